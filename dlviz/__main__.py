"""``python -m dlviz`` is the ``dlviz`` command."""

import sys

from .cli import main

# The guard matters: the training process is spawned, and spawn re-imports the
# parent's main module in the child, where this must not open another window.
if __name__ == "__main__":
    sys.exit(main())
