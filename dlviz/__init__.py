"""dlviz: train a small neural network on 2-D data and watch it learn."""

import os as _os

# The engine multiplies matrices of a few dozen rows: BLAS threads only add
# synchronisation there, and on a 2-core machine they fight the GUI for the
# second core (measured: 15,000 -> 2,500 steps/s with another busy process).
# Set before NumPy is first imported; a user's own setting wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")

__version__ = "0.1.0"
