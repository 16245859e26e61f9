"""The compiled engine: whole slices of training steps in one numba call.

Networks this small are bound by call overhead: a Playground-sized step is a few
thousand multiply-adds but ~40 NumPy calls. Here one call runs many steps
(forward, softmax + cross-entropy, backward, L1/L2, the optimizer's update and
the divergence rule) in plain loops, on the same flat parameter buffer, the same
gradient buffer and the same optimizer state arrays as the NumPy engine, so
everything above the engine (views, diagnostics, experiment files) reads them
unchanged. The random streams stay in NumPy: the trainer draws the epoch's order
and the dropout uniforms from its generators, in the order the NumPy engine
does, and passes them in.

The NumPy engine (:mod:`.network`, :mod:`.optimizers`) stays the reference; the
kernel agrees with it up to rounding (tests/engine/test_kernel.py). A batch is
worked on feature-major, as the NumPy engine does, in tiles of 8 samples (a batch
padded to a multiple of 8) that LLVM's SLP vectoriser keeps in vector registers; the
arithmetic of elementwise functions runs in float64 and is stored in the network's
dtype. The step's helpers are inlined into it (numba's ``inline="always"``): called,
each array view they were handed cost an atomic reference count. Denormals are flushed
to zero while a slice trains (see :func:`train_slice`). The epoch's scores (training
and validation sets) are one call, :func:`scores`.

``import`` never fails: without numba (or on a Python it does not support yet)
:data:`AVAILABLE` is False and :data:`IMPORT_ERROR` says why.
"""

from __future__ import annotations

import contextlib
import gc
import math
import platform
import sys

import numpy as np

from . import numba_cache

CACHE_DIR = numba_cache.setup()  # before numba is imported: it reads NUMBA_CACHE_DIR then

def _vector_loops_for_short_rows() -> None:
    """Ask LLVM for vector loops without interleaving (one vector per iteration), before
    anything is compiled. The kernel's rows are a batch's samples, 16 for a batch of 10
    once padded; on a CPU with wide vectors LLVM's loops take 32 or more elements per
    iteration (two or four vectors at once), so a row of 16 ran all in the scalar
    remainder. Measured on an AVX-512 machine: an 8x8 layer's forward loop 225 -> 98 ns,
    its gradient 143 -> 101 ns. A process-wide LLVM option: dlviz compiles nothing else."""
    try:
        import llvmlite.binding as llvm

        llvm.set_option("dlviz", "-force-vector-interleave=1")
    except Exception:  # an llvmlite without it: the loops are only slower
        pass


try:
    import numba
    from numba import njit

    AVAILABLE, IMPORT_ERROR = True, None
    _vector_loops_for_short_rows()
    # numba leaves LLVM's SLP vectoriser off by default; the matrix tiles (see _lincomb)
    # need it. Read at each compile, so this holds for everything compiled after it.
    numba.config.SLP_VECTORIZE = 1
except Exception as e:  # ImportError, or a numba that does not run on this Python
    AVAILABLE, IMPORT_ERROR = False, f"{type(e).__name__}: {e}"

    def njit(*args, **kwargs):  # the functions stay plain Python (never used to train)
        return (lambda f: f) if not args or not callable(args[0]) else args[0]


def _flush_denormals_code():
    """njit functions that read and set the x86 SSE control register (MXCSR), or that do
    nothing on other CPUs. See train_slice."""
    if AVAILABLE and platform.machine().lower() in ("x86_64", "amd64"):
        from llvmlite import ir
        from numba import types
        from numba.core import cgutils
        from numba.extending import intrinsic

        def _call(builder, name, slot):
            ptr = builder.bitcast(slot, ir.IntType(8).as_pointer())
            fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(ir.VoidType(), [ptr.type]), name)
            builder.call(fn, [ptr])

        @intrinsic
        def get_mxcsr(typingctx):
            def codegen(context, builder, signature, args):
                slot = cgutils.alloca_once(builder, ir.IntType(32))
                _call(builder, "llvm.x86.sse.stmxcsr", slot)
                return builder.load(slot)
            return types.uint32(), codegen

        @intrinsic
        def set_mxcsr(typingctx, value):
            def codegen(context, builder, signature, args):
                slot = cgutils.alloca_once(builder, ir.IntType(32))
                builder.store(args[0], slot)
                _call(builder, "llvm.x86.sse.ldmxcsr", slot)
                return context.get_dummy_value()
            return types.void(types.uint32), codegen

        return get_mxcsr, set_mxcsr, 0x8040  # flush to zero (bit 15), denormals are zero (bit 6)

    @njit
    def get_mxcsr():
        return np.uint32(0)

    @njit
    def set_mxcsr(value):
        pass

    return get_mxcsr, set_mxcsr, 0


_get_mxcsr, _set_mxcsr, FTZ_DAZ = _flush_denormals_code()

from .activations import ELU, GELU, LeakyReLU, Linear, ReLU, Sigmoid, SiLU, Step, Tanh, grad_peak, DEAD_GRAD, DEAD_SHARE, SATURATION
from .optimizers import SGD, Adagrad, Adam, AdamW, Momentum, Nesterov, RMSprop

#: Activation class -> code in the kernel (exact types: a subclass may change the formulas).
ACT_CODES = {Step: 0, Linear: 1, Sigmoid: 2, Tanh: 3, ReLU: 4, LeakyReLU: 5, ELU: 6, GELU: 7, SiLU: 8}
#: Optimizer class -> code in the kernel.
OPT_CODES = {SGD: 0, Momentum: 1, Nesterov: 2, RMSprop: 3, Adagrad: 4, Adam: 5, AdamW: 6}

_FROZEN = False
EVAL_CHUNK = 256  # samples a scoring pass works on at a time (its rows stay in the L1/L2 cache)
_SQRT_HALF = 1.0 / math.sqrt(2.0)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)


@contextlib.contextmanager
def _without_scipy_blas():
    """numba's first compile or cache load in a process imports its NumPy registries, and one
    of them (numba.np.arraymath) tries ``import scipy.linalg.cython_blas`` to see whether
    np.dot can use BLAS: all of scipy.linalg, ~0.35 s of CPU, half of a warm start. The
    kernel never calls np.dot, so while the kernel's code loads, that import fails fast
    (a None in sys.modules). Nothing changes where scipy.linalg is already imported; once
    the registries are in, the entry goes again, so later imports of scipy.linalg work."""
    key = "scipy.linalg.cython_blas"
    if key in sys.modules or "scipy.linalg" in sys.modules or "numba.np.arraymath" in sys.modules:
        yield
        return
    sys.modules[key] = None
    try:
        yield
    finally:
        if key in sys.modules and sys.modules[key] is None:
            del sys.modules[key]


def supports(activation, optimizer) -> bool:
    """Whether the kernel implements this activation and optimizer (entries registered
    at run time, or subclasses, train with NumPy)."""
    return type(activation) in ACT_CODES and type(optimizer) in OPT_CODES


# -- the compiled functions ------------------------------------------------------------------
# ``sizes`` (int64) is [n_inputs, *hidden, n_classes]; layer l's block is (sizes[l] + 1) x
# sizes[l + 1] in the flat buffer, weights then the bias row: the kernel reads and writes it
# (and the gradient) through 2-d views of the flat buffers, ``W[i, j]`` (bias at i = sizes[l]),
# so there is no copy to keep in step. A batch is worked on feature-major, as the NumPy engine does: the work rows
# are ``work[k, l, j, s]`` (k: z, h, a, keep-scale; l: layer; j: unit; s: sample), seen
# as tiles ``[..., j, t, 8]`` by the matrix products (see _lincomb). Every index comes from
# a range() starting at 0: an index with an offset would cost a negative-index check per
# element. The update writes the flat buffers (parameters, gradient, optimizer state), so
# the layout above the engine is unchanged.

# Only ``contract`` (a*b+c in one rounding, FMA): the results move by rounding, as BLAS's
# own does (tests/engine/test_kernel.py). Never the flags that assume no NaN or inf: the
# divergence rule must see them.
# error_model="numpy" everywhere: a float division by zero gives inf or NaN, as NumPy's does
# (the reference's; the divergence rule then sees it), instead of a check before every
# division that raises, which also keeps LLVM from vectorising a loop that divides (tanh).


@njit(cache=True, error_model="numpy")
def _tanh(z):
    """tanh from one exp: libm's tanh costs ~3.5x as much (26 vs 7 ns here). Never overflows;
    the absolute error stays at rounding level (near 0 the relative one grows, harmlessly)."""
    t = math.exp(-2.0 * abs(z))
    r = (1.0 - t) / (1.0 + t)
    return r if z >= 0.0 else -r


@njit(cache=True, error_model="numpy", inline="always")
def _tanh32(x):
    """tanh for float32 networks: a rational function (Eigen's float tanh) in float32
    arithmetic, no exp, so a row of them vectorises (16 lanes on AVX-512). Error <= 3.6e-7
    absolute and relative over the whole line (measured against libm's float64 tanh on 2e6
    float32 points): a few units in float32's last place."""
    x = min(max(x, np.float32(-7.90531110763549805)), np.float32(7.90531110763549805))
    x2 = x * x
    p = np.float32(-2.76076847742355e-16)
    p = p * x2 + np.float32(2.00018790482477e-13)
    p = p * x2 + np.float32(-8.60467152213735e-11)
    p = p * x2 + np.float32(5.12229709037114e-08)
    p = p * x2 + np.float32(1.48572235717979e-05)
    p = p * x2 + np.float32(6.37261928875436e-04)
    p = p * x2 + np.float32(4.89352455891786e-03)
    q = np.float32(1.19825839466702e-06)
    q = q * x2 + np.float32(1.18534705686654e-04)
    q = q * x2 + np.float32(2.26843463243900e-03)
    q = q * x2 + np.float32(4.89352518554385e-03)
    return x * p / q


@njit(cache=True, error_model="numpy", inline="always")
def _sigmoid32(x):
    """The float32 sigmoid, from :func:`_tanh32`."""
    return np.float32(0.5) * (np.float32(1.0) + _tanh32(np.float32(0.5) * x))


@njit(cache=True, error_model="numpy")
def _act(code, z, slope, alpha):
    if code == 4:
        return z if z > 0.0 else 0.0
    if code == 3:
        return _tanh(z)
    if code == 2:
        return 0.5 * (1.0 + _tanh(0.5 * z))
    if code == 1:
        return z
    if code == 0:
        return 1.0 if z > 0.0 else 0.0
    if code == 5:
        return z if z > 0.0 else slope * z
    if code == 6:
        return z if z > 0.0 else alpha * math.expm1(z)
    if code == 7:
        return 0.5 * z * (1.0 + math.erf(z * _SQRT_HALF))
    return z * (0.5 * (1.0 + _tanh(0.5 * z)))  # 8: silu


@njit(cache=True, error_model="numpy")
def _dact(code, z, h, slope, alpha):
    """f'(z), from z and the cached output h = f(z) where that is what the reference uses."""
    if code == 4:
        return 1.0 if h > 0.0 else 0.0
    if code == 3:
        return 1.0 - h * h
    if code == 2:
        return h * (1.0 - h)
    if code == 1:
        return 1.0
    if code == 0:
        return 0.0
    if code == 5:
        return 1.0 if z > 0.0 else slope
    if code == 6:
        return 1.0 if z > 0.0 else h + alpha
    if code == 7:
        return 0.5 * (1.0 + math.erf(z * _SQRT_HALF)) + z * _INV_SQRT_2PI * math.exp(-0.5 * z * z)
    s = 0.5 * (1.0 + _tanh(0.5 * z))
    return s * (1.0 + z * (1.0 - s))


@njit(cache=True, error_model="numpy", inline="always")
def _act8(Z3, H3, j, t, tanh):
    """H3[j, t, :] = tanh or sigmoid of Z3[j, t, :], float32: the 8 loads, then the 8
    functions, then the 8 stores, so that SLP makes one vector of each (a store between
    two loads, to what might be the same array, keeps it from moving them together)."""
    z0, z1, z2, z3 = Z3[j, t, 0], Z3[j, t, 1], Z3[j, t, 2], Z3[j, t, 3]
    z4, z5, z6, z7 = Z3[j, t, 4], Z3[j, t, 5], Z3[j, t, 6], Z3[j, t, 7]
    if tanh:
        _put8(H3, j, t, (_tanh32(z0), _tanh32(z1), _tanh32(z2), _tanh32(z3),
                         _tanh32(z4), _tanh32(z5), _tanh32(z6), _tanh32(z7)))
    else:
        _put8(H3, j, t, (_sigmoid32(z0), _sigmoid32(z1), _sigmoid32(z2), _sigmoid32(z3),
                         _sigmoid32(z4), _sigmoid32(z5), _sigmoid32(z6), _sigmoid32(z7)))


@njit(cache=True, error_model="numpy")
def _act_tiles(Z3, H3, fo, T, tanh):
    """:func:`_act8` over a layer's rows: one function, called once per layer, so that its
    sixteen polynomials are compiled once (inlined where _act_rows is, they doubled the
    kernel's compile time)."""
    for j in range(fo):
        for t in range(T):
            _act8(Z3, H3, j, t, tanh)


@njit(cache=True, error_model="numpy", inline="always")
def _act_rows(code, fast, Z, H, Z3, H3, fo, nb, slope, alpha):
    """H[j, s] = f(Z[j, s]) for a layer's rows; the activation chosen once, outside the loops,
    so that a row is one simple loop (``fast``: float32, tanh by :func:`_tanh32`, on tiles
    of 8 samples, ``Z3`` and ``H3``: with the SLP vectoriser on, a plain loop over the row
    came out 5x slower, its two polynomials packed together instead of its samples)."""
    if code == 4:
        for j in range(fo):
            for s in range(nb):
                z = Z[j, s]
                H[j, s] = z if z > 0.0 else 0.0
    elif (code == 3 or code == 2) and fast:
        _act_tiles(Z3, H3, fo, nb // 8, code == 3)
    elif code == 1:
        for j in range(fo):
            for s in range(nb):
                H[j, s] = Z[j, s]
    else:
        for j in range(fo):
            for s in range(nb):
                H[j, s] = _act(code, float(Z[j, s]), slope, alpha)  # (float: one specialisation)


@njit(cache=True, error_model="numpy")
def _block(flat, sizes, l):
    """Layer ``l``'s (sizes[l] + 1, sizes[l + 1]) block of a flat buffer, as a view."""
    q = 0
    for m in range(l):
        q += (sizes[m] + 1) * sizes[m + 1]
    fi, fo = sizes[l], sizes[l + 1]
    return flat[q:q + (fi + 1) * fo].reshape((fi + 1, fo))


@njit(cache=True, error_model="numpy")
def _blocks(flat, sizes):
    """Every layer's block of a flat buffer, as views, made once per call: a view costs
    ~17 ns, and a step of a 7-layer network took 21 of them."""
    return [_block(flat, sizes, l) for l in range(sizes.shape[0] - 1)]


# The three matrix products of a layer work on tiles of 8 samples (or 8 units) held in 8
# local accumulators, ``a0 .. a7``: LLVM's SLP vectoriser packs them into one vector
# register that stays in a register across the whole sum (a loop over a row of 16 samples
# instead loaded and stored its row once per term: an 8x8 layer's forward product took
# 100 ns, now 30; a 32x32 one with 32 samples 2.4 us, now 1). The tiles are read through
# 3-d views ``(rows, tiles, 8)`` whose last index is a constant, so that the 8 loads are
# consecutive addresses. These functions have no ``reassoc``: with it LLVM's loop
# vectoriser takes the sum's own loop (gathering across rows); without it each lane is a
# plain sum in order, and the sums run over the same terms as the reference's.
_TILE = {"contract"}


@njit(cache=True, fastmath=_TILE, error_model="numpy", inline="always")
def _lincomb(M, nred, nout, A3, Z3, T, bias, zero):
    """Z3[o, t, :] = (M[nred, o] if bias else 0) + sum_r M[r, o] A3[r, t, :] for o < nout,
    over the ``T`` tiles: a layer's pre-activations (M = W, r over its inputs) or the
    deltas handed to the layer below (M = W.T, r over its units). Units go in pairs, so
    that each row of A3 loaded serves two sums."""
    for t in range(T):
        for oo in range(nout // 2):
            o = 2 * oo
            b = M[nred, o] if bias else zero
            c = M[nred, o + 1] if bias else zero
            a = (b, b, b, b, b, b, b, b)
            cc = (c, c, c, c, c, c, c, c)
            for r in range(nred):
                a, cc = _two_rows(M[r, o], M[r, o + 1], A3, r, t, a, cc)
            _put8(Z3, o, t, a)
            _put8(Z3, o + 1, t, cc)
        if nout % 2:
            o = nout - 1
            b = M[nred, o] if bias else zero
            a = (b, b, b, b, b, b, b, b)
            for r in range(nred):
                a = _one_row(M[r, o], A3, r, t, a)
            _put8(Z3, o, t, a)


@njit(cache=True, fastmath=_TILE, error_model="numpy", inline="always")
def _two_rows(w, v, X3, r, t, a, c):
    """The two tiles of 8 sums ``a`` and ``c`` (tuples: registers), plus ``w`` and ``v`` times
    the tile ``X3[r, t, :]``, loaded once for both."""
    x0, x1, x2, x3 = X3[r, t, 0], X3[r, t, 1], X3[r, t, 2], X3[r, t, 3]
    x4, x5, x6, x7 = X3[r, t, 4], X3[r, t, 5], X3[r, t, 6], X3[r, t, 7]
    return ((a[0] + w * x0, a[1] + w * x1, a[2] + w * x2, a[3] + w * x3,
             a[4] + w * x4, a[5] + w * x5, a[6] + w * x6, a[7] + w * x7),
            (c[0] + v * x0, c[1] + v * x1, c[2] + v * x2, c[3] + v * x3,
             c[4] + v * x4, c[5] + v * x5, c[6] + v * x6, c[7] + v * x7))


@njit(cache=True, fastmath=_TILE, error_model="numpy", inline="always")
def _one_row(w, X3, r, t, a):
    """:func:`_two_rows` for one tile of sums (a layer's odd unit, or the bias row)."""
    return (a[0] + w * X3[r, t, 0], a[1] + w * X3[r, t, 1], a[2] + w * X3[r, t, 2], a[3] + w * X3[r, t, 3],
            a[4] + w * X3[r, t, 4], a[5] + w * X3[r, t, 5], a[6] + w * X3[r, t, 6], a[7] + w * X3[r, t, 7])


@njit(cache=True, error_model="numpy", inline="always")
def _put8(Z3, o, t, a):
    """Z3[o, t, :] = the 8 values of the tuple ``a``."""
    Z3[o, t, 0] = a[0]; Z3[o, t, 1] = a[1]; Z3[o, t, 2] = a[2]; Z3[o, t, 3] = a[3]  # noqa: E702
    Z3[o, t, 4] = a[4]; Z3[o, t, 5] = a[5]; Z3[o, t, 6] = a[6]; Z3[o, t, 7] = a[7]  # noqa: E702


@njit(cache=True, fastmath=_TILE, error_model="numpy")
def _forward(Ws, sizes, code, fast, slope, alpha, X03, work, work3, nb, nbp, u, ucur, p, keep_scale, zero):
    """The batch ``X03`` (inputs x tiles x 8 samples, no ones row) forward: per layer the pre-activations
    into ``work[0, l]``, outputs into ``work[1, l]`` (before dropout) and, with dropout
    (p > 0), ``work[2, l]`` (after) with the keep-scales in ``work[3, l]``, from the uniforms
    ``u`` laid out as the reference draws them: per layer, (units, nb) from ``ucur``.

    The loops run over ``nbp`` >= ``nb`` columns: the batch padded to a multiple of 8, so
    that a batch of 10 still fills the vector loop LLVM makes (16 wide) instead of running
    all in its scalar remainder. The padding columns of ``X0`` are zeros and the hidden
    outputs there are set to 0, so they add exact zeros to every sum (and cannot overflow).
    ``work3`` is ``work`` seen as tiles of 8 samples."""
    L = sizes.shape[0] - 1
    A3 = X03
    for l in range(L):
        fi, fo = sizes[l], sizes[l + 1]
        Z = work[0, l]
        _lincomb(Ws[l], fi, fo, A3, work3[0, l], nbp // 8, True, zero)
        if l == L - 1:
            break
        H = work[1, l]
        _act_rows(code, fast, Z, H, work3[0, l], work3[1, l], fo, nbp, slope, alpha)
        if p > 0.0:
            Ad, S = work[2, l], work[3, l]
            for j in range(fo):
                for s in range(nb):
                    S[j, s] = keep_scale if u[ucur + j * nb + s] >= p else 0.0
                    Ad[j, s] = H[j, s] * S[j, s]
                for s in range(nb, nbp):
                    S[j, s] = 0.0
                    Ad[j, s] = 0.0
            ucur += fo * nb
            A3 = work3[2, l]
        else:
            for j in range(fo):
                for s in range(nb, nbp):
                    H[j, s] = 0.0
            A3 = work3[1, l]
    return ucur


@njit(cache=True, fastmath=_TILE, error_model="numpy", inline="always")
def _grad_block(A, D, Dt, Dt3, Gt, Gt3, G, fi, fo, nb, zero):
    """G[i, j] = sum_s A[i, s] D[j, s], the bias row G[fi, j] = sum_s D[j, s]. The deltas
    are first copied sample-major into ``Dt`` (``Dt3``: its (samples, tiles, 8) view), so
    that a tile of 8 units lies along a vector; inputs go in pairs (two sums per row).
    The tiles are written whole into the scratch ``Gt`` (units padded to 8), then copied."""
    for j in range(fo):
        for s in range(nb):
            Dt[s, j] = D[j, s]
    for jt in range((fo + 7) // 8):
        for ii in range(fi // 2):
            i = 2 * ii
            a = (zero, zero, zero, zero, zero, zero, zero, zero)
            cc = a
            for s in range(nb):
                a, cc = _two_rows(A[i, s], A[i + 1, s], Dt3, s, jt, a, cc)
            _put8(Gt3, i, jt, a)
            _put8(Gt3, i + 1, jt, cc)
        one = zero + np.float32(1.0)  # (the dtype's 1: float32 + float32 stays float32)
        for i in range(fi - fi % 2, fi + 1):  # the odd input, then the bias row (inputs of 1)
            a = (zero, zero, zero, zero, zero, zero, zero, zero)
            if i < fi:
                for s in range(nb):
                    a = _one_row(A[i, s], Dt3, s, jt, a)
            else:
                for s in range(nb):
                    a = _one_row(one, Dt3, s, jt, a)
            _put8(Gt3, i, jt, a)
    for i in range(fi + 1):
        for j in range(fo):
            G[i, j] = Gt[i, j]


@njit(cache=True, error_model="numpy", inline="always")
def _dact_rows(code, Dn, Z, H, S, p, fi, nb, slope, alpha):
    """Dn[i, s] *= (keep-scale) * f'(Z[i, s]), the activation chosen once, outside the loops."""
    if p > 0.0:
        for i in range(fi):
            for s in range(nb):
                Dn[i, s] *= S[i, s]
    if code == 4:
        for i in range(fi):
            for s in range(nb):
                Dn[i, s] = Dn[i, s] if H[i, s] > 0.0 else 0.0
    elif code == 3:
        for i in range(fi):
            for s in range(nb):
                h = H[i, s]
                Dn[i, s] = Dn[i, s] * (1.0 - h * h)
    elif code == 1:
        pass
    else:
        for i in range(fi):
            for s in range(nb):
                Dn[i, s] = Dn[i, s] * _dact(code, float(Z[i, s]), float(H[i, s]), slope, alpha)


@njit(cache=True, nogil=True, error_model="numpy")
def train_slice(flat, grad, s1, s2, sizes, ints, fl, lrs, X, Y, order, u, st, losses, work, X0, D2, scal):
    """Run up to ``ints[5]`` steps of one epoch; return (steps done, divergence code).

    ints: act code, opt code, optimizer t before the slice, first row, batch size, steps,
    rows in the epoch, fast (float32 tanh), loss (0: softmax + cross-entropy, 1: identity +
    mean squared error). fl: leaky slope, elu alpha, l1, weight decay, momentum, rmsprop
    alpha, eps, beta1, beta2, dropout p, the chance-level loss (ln K; a regression's target
    variance). ``X`` (n, d + 1) and ``Y`` (n, K) are the epoch's shuffled rows (inputs with
    their ones column, one-hot targets or a regression's targets), in the epoch's order
    ``order`` (int64: row ``order[i]`` is the epoch's i-th; empty: as they stand);
    ``u`` the slice's dropout uniforms; ``st`` = [has ema, ema, blowup] (in and out);
    ``losses`` the step losses (out); ``work``
    (4, L, width, batch padded to 8) the last step's z, h, a and keep-scales; ``X0`` (d, batch) and ``D2``
    (2, width, batch) scratch. ``scal`` (dtype): scratch casting coefficients to the network's
    dtype as the reference's NumPy scalars are. Divergence code: 0 none, 1 the loss ran away
    (finite), 2 not finite; the step that diverged is not counted and makes no update (as
    the reference)."""
    # Denormal numbers are flushed to zero while the kernel runs (x86's FTZ and DAZ bits,
    # restored after): Adam's first moment of a dead unit's weights decays through the
    # denormal range, and each operation on one costs ~100 cycles. Measured on the reference
    # job: 16.8 us a step with them, 9.0 without. The values flushed are below 1.2e-38
    # (float32) or 2.2e-308 (float64), far below the agreement tests' tolerance.
    old = _get_mxcsr()
    _set_mxcsr(old | np.uint32(FTZ_DAZ))
    r = _train_steps(flat, grad, s1, s2, sizes, ints, fl, lrs, X, Y, order, u, st, losses, work, X0, D2, scal)
    _set_mxcsr(old)
    return r


@njit(cache=True, fastmath=_TILE, error_model="numpy")
def _train_steps(flat, grad, s1, s2, sizes, ints, fl, lrs, X, Y, order, u, st, losses, work, X0, D2, scal):
    """train_slice's work."""
    code, ocode = ints[0], ints[1]
    t0, pos, B, nsteps, n, fast = ints[2], ints[3], ints[4], ints[5], ints[6], ints[7] != 0
    mse = ints[8] != 0
    ordered = order.shape[0] > 0
    slope, alpha, l1, wd = fl[0], fl[1], fl[2], fl[3]
    mom, ralpha, eps, b1, b2, p, logk = fl[4], fl[5], fl[6], fl[7], fl[8], fl[9], fl[10]
    L = sizes.shape[0] - 1
    K = sizes[L]
    d = sizes[0]
    scal[0] = p
    p_t = scal[0]
    scal[0] = 1.0 / (1.0 - p)
    keep_scale = scal[0]
    scal[0] = l1
    l1_t = scal[0]
    scal[0] = wd
    wd_t = scal[0]
    scal[1] = 0.0
    zero_t = scal[1]
    P = flat.shape[0]
    Ws, Gs = _blocks(flat, sizes), _blocks(grad, sizes)
    WTs = [w.T for w in Ws]
    # the same rows seen as tiles of 8 samples (see _lincomb), and the sample-major deltas
    T8 = X0.shape[1] // 8
    width = D2.shape[1]
    work3 = work.reshape((4, L, width, T8, 8))
    X03 = X0.reshape((d, T8, 8))
    D23 = D2.reshape((2, width, T8, 8))
    Dt = np.zeros((X0.shape[1], (width + 7) // 8 * 8), flat.dtype)
    Dt3 = Dt.reshape((Dt.shape[0], Dt.shape[1] // 8, 8))
    Gt = np.zeros((sizes[:L].max() + 1, Dt.shape[1]), flat.dtype)
    Gt3 = Gt.reshape((Gt.shape[0], Gt.shape[1] // 8, 8))
    ucur = 0
    for step in range(nsteps):
        start = pos + step * B
        nb = min(B, n - start)
        if nb <= 0:
            return step, 0
        nbp = min((nb + 7) // 8 * 8, X0.shape[1])
        for s in range(nb):
            r = order[start + s] if ordered else start + s
            for i in range(d):
                X0[i, s] = X[r, i]
        for i in range(d):
            for s in range(nb, nbp):
                X0[i, s] = 0.0
        scal[0] = 1.0 / nb
        inv_n = scal[0]
        ucur = _forward(Ws, sizes, code, fast, slope, alpha, X03, work, work3, nb, nbp, u, ucur, p_t, keep_scale,
                        zero_t)
        Zo = work[0, L - 1]
        D = D2[0]
        total = 0.0
        if mse:
            # identity output + mean squared error over the nb x K outputs:
            # loss = mean (z - y)^2, delta = 2 (z - y) / (nb K), as the reference's
            scal[0] = 2.0 / (nb * K)
            two_n = scal[0]
            for s in range(nb):
                r = order[start + s] if ordered else start + s
                for k in range(K):
                    e = Zo[k, s] - Y[r, k]
                    total += e * e
                    D[k, s] = e * two_n
        # softmax + cross-entropy, sample by sample (the classes are a short strided column)
        for s in range(0 if mse else nb):
            r = order[start + s] if ordered else start + s
            m = Zo[0, s]
            for k in range(1, K):
                if Zo[k, s] > m:
                    m = Zo[k, s]
            ssum = 0.0
            picked = 0.0
            for k in range(K):
                e = math.exp(Zo[k, s] - m)
                D[k, s] = e
                ssum += e
                picked += (Zo[k, s] - m) * Y[r, k]
            total += math.log(ssum) - picked
            for k in range(K):
                D[k, s] = (D[k, s] / ssum - Y[r, k]) * inv_n
        for k in range(K):
            for s in range(nb, nbp):
                D[k, s] = 0.0
        # backward
        cur = 0
        for l in range(L - 1, -1, -1):
            fi, fo = sizes[l], sizes[l + 1]
            D = D2[cur]
            A = X0 if l == 0 else (work[2, l - 1] if p > 0.0 else work[1, l - 1])
            _grad_block(A, D, Dt, Dt3, Gt, Gt3, Gs[l], fi, fo, nb, zero_t)  # (one call: inlined; the real samples only)
            if l == 0:
                break
            Dn = D2[1 - cur]
            _lincomb(WTs[l], fo, fi, D23[cur], D23[1 - cur], nbp // 8, False, zero_t)  # Dn = W D
            _dact_rows(code, Dn, work[0, l - 1], work[1, l - 1], work[3, l - 1], p, fi, nbp, slope, alpha)
            cur = 1 - cur
        loss = total / (nb * K) if mse else total / nb
        losses[step] = loss
        # the divergence rule (see trainer.BLOWUP_FACTOR)
        finite = math.isfinite(loss)
        if st[0] == 0.0:
            st[0] = 1.0
            st[1] = loss
            if finite:
                st[2] = 10.0 * max(logk, loss)
        st[1] = st[1] + 0.1 * (loss - st[1])
        if not finite or st[1] > st[2]:
            return step, (1 if finite else 2)  # (the gradient stays as computed, as the reference's)
        # the update
        t = float(t0 + step + 1)
        lr = lrs[step]
        scal[0] = lr
        lr_t = scal[0]
        if ocode == 1 or ocode == 2:
            scal[0] = mom
            c1 = scal[0]
            c2 = c1
        elif ocode == 3:
            scal[0] = ralpha
            c1 = scal[0]
            scal[0] = 1.0 - ralpha
            c2 = scal[0]
        elif ocode >= 5:
            scal[0] = b1
            c1 = scal[0]
            scal[0] = b2
            c2 = scal[0]
        else:
            c1 = lr_t
            c2 = lr_t
        scal[0] = eps
        eps_t = scal[0]
        if ocode >= 5:
            kk = math.sqrt((1.0 - b2) / (1.0 - b2 ** t))
            scal[0] = eps / kk
            eps_t = scal[0]
            scal[0] = lr * (1.0 - b1) / ((1.0 - b1 ** t) * kk)
            adam_c = scal[0]
            scal[0] = 1.0 - lr * wd
            shrink = scal[0]
        else:
            adam_c = lr_t
            shrink = lr_t
        # L1 and L2 join the gradient (as the reference's: it is what the diagnostics read),
        # then the optimizer's rule: each a plain loop over the flat buffers, the choices
        # made outside them.
        if l1 > 0.0:
            for l in range(L):
                Gl, Wl = Gs[l], Ws[l]
                for i in range(sizes[l]):  # weights only, not the bias row
                    for j in range(sizes[l + 1]):
                        w = Wl[i, j]
                        if w > 0:
                            Gl[i, j] += l1_t
                        elif w < 0:
                            Gl[i, j] -= l1_t
        if wd > 0.0 and ocode != 6:
            for q in range(P):
                grad[q] += wd_t * flat[q]
        if ocode == 0:
            for q in range(P):
                flat[q] -= grad[q] * lr_t
        elif ocode == 1 or ocode == 2:
            for q in range(P):
                g = grad[q]
                v = g if t == 1.0 else s1[q] * c1 + g
                s1[q] = v
                if ocode == 2:
                    flat[q] -= (v * c1 + g) * lr_t
                else:
                    flat[q] -= v * lr_t
        elif ocode == 3:
            for q in range(P):
                g = grad[q]
                sq = s1[q] * c1 + (g * g) * c2
                s1[q] = sq
                flat[q] -= g / (math.sqrt(sq) + eps_t) * lr_t
        elif ocode == 4:
            for q in range(P):
                g = grad[q]
                a = s1[q] + g * g
                s1[q] = a
                flat[q] -= g / (math.sqrt(a) + eps_t) * lr_t
        else:
            if ocode == 6 and wd > 0.0:
                for q in range(P):
                    flat[q] *= shrink
            for q in range(P):
                g = grad[q]
                M = s1[q] * c1 + g
                V = s2[q] * c2 + g * g
                s1[q] = M
                s2[q] = V
                flat[q] -= M / (math.sqrt(V) + eps_t) * adam_c
    return nsteps, 0


@njit(cache=True, error_model="numpy", inline="always")
def _eval_scratch(flat, sizes, ework):
    """What a scoring pass's forward needs, made once per call: the layer views, an input
    chunk (zeros: the padding columns stay so) and its tiles, ``ework``'s tiles, no dropout
    uniforms, and the dtype's 0 and 1 (the types train_slice calls _forward with: one
    compiled copy of it)."""
    d, L, C = sizes[0], sizes.shape[0] - 1, ework.shape[3]
    X0 = np.zeros((d, C), flat.dtype)
    return (_blocks(flat, sizes), X0, X0.reshape((d, C // 8, 8)),
            ework.reshape((2, L, ework.shape[2], C // 8, 8)), np.empty(0, flat.dtype),
            np.zeros(1, flat.dtype)[0], np.ones(1, flat.dtype)[0])


@njit(cache=True, error_model="numpy", inline="always")
def _eval_chunk(ev, sizes, code, fast, slope, alpha, X, c0, nb, ework):
    """The columns ``c0 .. c0 + nb`` of ``X`` (d + 1, n) forward in evaluation mode, with
    the scratch ``ev`` of :func:`_eval_scratch`; returns the output rows (in ``ework``)."""
    Ws, X0, X03, ework3, u, zero, one = ev
    nbp = (nb + 7) // 8 * 8  # (padding columns: zeros, see _forward)
    for i in range(sizes[0]):
        for s in range(nb):
            X0[i, s] = X[i, c0 + s]
        for s in range(nb, nbp):
            X0[i, s] = 0.0
    _forward(Ws, sizes, code, fast != 0, slope, alpha, X03, ework, ework3, nb, nbp, u, 0, zero, one, zero)
    return ework[0, sizes.shape[0] - 2]


@njit(cache=True, nogil=True, error_model="numpy")
def scores(flat, sizes, code, fast, slope, alpha, Xt, yt, Xv, yv, ework, out):
    """The epoch's scores in one call: ``out`` = [correct, summed cross-entropy] on the
    training rows ``Xt`` (d + 1, n: feature-major, the ones row last, unused), labels ``yt``,
    then the same on ``Xv``, ``yv``; evaluation mode (no dropout). The cross-entropy of a
    sample is -ln max(p_y, 1e-30), as the reference's. ``ework`` (2, L, width, chunk): z and
    h, scratch; the rows go through in chunks of that many samples."""
    K = sizes[sizes.shape[0] - 1]
    C = ework.shape[3]
    ev = _eval_scratch(flat, sizes, ework)
    for part in range(2):
        X = Xt if part == 0 else Xv
        y = yt if part == 0 else yv
        n = y.shape[0]
        correct = 0
        total = 0.0
        for c0 in range(0, n, C):
            nb = min(C, n - c0)
            Zo = _eval_chunk(ev, sizes, code, fast, slope, alpha, X, c0, nb, ework)
            for s in range(nb):
                m = Zo[0, s]
                best = 0
                for k in range(1, K):
                    if Zo[k, s] > m:
                        m = Zo[k, s]
                        best = k
                yy = y[c0 + s]
                ssum = 0.0
                ey = 0.0
                for k in range(K):
                    e = math.exp(Zo[k, s] - m)
                    ssum += e
                    if k == yy:
                        ey = e
                py = ey / ssum
                total -= math.log(max(py, 1e-30))
                if best == yy:
                    correct += 1
        out[2 * part] = correct
        out[2 * part + 1] = total


@njit(cache=True, nogil=True, error_model="numpy")
def scores_mse(flat, sizes, code, fast, slope, alpha, Xt, yt, Xv, yv, ework, out):
    """:func:`scores` for a regression network (identity output, one output): ``out`` =
    [summed squared error, 0] on the training columns ``Xt`` with float targets ``yt``,
    then the same on ``Xv``, ``yv``; evaluation mode."""
    C = ework.shape[3]
    ev = _eval_scratch(flat, sizes, ework)
    for part in range(2):
        X = Xt if part == 0 else Xv
        y = yt if part == 0 else yv
        n = y.shape[0]
        total = 0.0
        for c0 in range(0, n, C):
            nb = min(C, n - c0)
            Zo = _eval_chunk(ev, sizes, code, fast, slope, alpha, X, c0, nb, ework)
            for s in range(nb):
                e = float(Zo[0, s]) - y[c0 + s]
                total += e * e
        out[2 * part] = total
        out[2 * part + 1] = 0.0


@njit(cache=True, nogil=True, error_model="numpy")
def layer_rows(grad, sizes, code, slope, alpha, work, nb, threshold, out):
    """The diagnostics row of the last step into ``out``: per weight layer the gradient's
    norm, then per hidden layer the share of dead units (|f'(z)| < DEAD_GRAD on DEAD_SHARE of the batch),
    the share of saturated pre-activations (|f'(z)| < ``threshold``) and the same-sign share
    (as trainer.same_sign_shares: of the next layer's units, those whose weight gradients
    from the layer are all >= 0 or all <= 0, not all 0; a NaN counts as mixed)."""
    L = sizes.shape[0] - 1
    if nb == 0:
        return
    q = 0
    for l in range(L):
        acc = 0.0
        for i in range((sizes[l] + 1) * sizes[l + 1]):
            g = float(grad[q + i])
            acc += g * g
        q += (sizes[l] + 1) * sizes[l + 1]
        out[l] = math.sqrt(acc)
    for l in range(L - 1):
        fo = sizes[l + 1]
        zb = work[0, l]
        dead = 0
        sat = 0
        # Dead as in activations.dead_units: |f'(z)| < DEAD_GRAD on at least DEAD_SHARE of the batch.
        for j in range(fo):
            flat = 0
            for s in range(nb):
                z = float(zb[j, s])
                dv = abs(_dact(code, z, _act(code, z, slope, alpha), slope, alpha))
                if dv < DEAD_GRAD:
                    flat += 1
                if dv < threshold:
                    sat += 1
            if flat >= DEAD_SHARE * nb:
                dead += 1
        out[L + l] = dead / fo
        out[2 * L - 1 + l] = sat / (fo * nb)
    for l in range(1, L):
        G = _block(grad, sizes, l)
        fi, fo = sizes[l], sizes[l + 1]
        same = 0
        for j in range(fo):
            up = down = True
            moved = False
            for i in range(fi):
                g = G[i, j]
                up = up and g >= 0.0
                down = down and g <= 0.0
                moved = moved or g != 0.0
            if (up or down) and moved:
                same += 1
        out[3 * L - 3 + l] = same / fo


# -- the Python side ---------------------------------------------------------------------------


class CompiledEngine:
    """The kernel's view of one network and optimizer: their layout, codes and work rows.

    The arrays it trains are the network's ``flat`` and ``flat_grad`` and the optimizer's
    own state buffers, so either engine can take over after any step."""

    def __init__(self, net, opt):
        if not AVAILABLE:
            raise RuntimeError(f"numba is not available ({IMPORT_ERROR})")
        if not supports(net.activation, opt):
            raise ValueError(f"the kernel has no {type(net.activation).__name__} or {type(opt).__name__}")
        self.net, self.opt = net, opt
        sizes = net.sizes
        self.L = L = len(sizes) - 1
        self.sizes = np.array(sizes, np.int64)
        self.width = max(sizes[1:])
        act = net.activation
        self.act_code = ACT_CODES[type(act)]
        self.slope = float(getattr(act, "slope", 0.0))
        self.alpha = float(getattr(act, "alpha", 1.0))
        peak = grad_peak(act)
        self.threshold = SATURATION * peak if peak > 0 else math.inf  # no gradient anywhere: all saturated
        self.opt_code = OPT_CODES[type(opt)]
        self.dtype = net.dtype
        self.fast = int(self.dtype == np.float32)  # float32: tanh and sigmoid by a rational function
        self._alloc(1)
        self.eval_work = np.zeros((2, L, self.width, EVAL_CHUNK), self.dtype)
        self.eval_out = np.zeros(4, np.float64)
        self.nb = 0  # samples of the last step in ``work`` (0: none yet)
        self.last_dropout = 0.0
        self.scal = np.zeros(2, self.dtype)
        self.ints = np.zeros(9, np.int64)
        self.mse = int(getattr(net, "regression", False))
        self.fl = np.zeros(11, np.float64)
        self.st = np.zeros(3, np.float64)
        self.rows = np.zeros(4 * L - 3, np.float64)
        self._empty = np.zeros(0, self.dtype)
        self._no_order = np.zeros(0, np.int64)
        self._prime()

    def _alloc(self, batch: int) -> None:
        """The work rows for batches of up to ``batch`` samples (allocated once per network
        and batch size, never inside a call)."""
        batch = -(-batch // 8) * 8  # room for the padding (see _forward)
        self.work = np.zeros((4, self.L, self.width, batch), self.dtype)
        self.X0 = np.zeros((self.net.sizes[0], batch), self.dtype)
        self.D2 = np.zeros((2, self.width, batch), self.dtype)

    def _prime(self) -> None:
        """Load (or compile) the kernel's code now, with calls that do nothing: the first
        real call must not spend the load's fraction of a second inside a timed run."""
        self.ints[:] = 0  # no steps
        with _without_scipy_blas():
            self._prime_calls(self.dtype)

    def _prime_calls(self, d) -> None:
        X = np.zeros((0, self.net.sizes[0] + 1), d)
        Y = np.zeros((0, self.net.sizes[-1]), d)
        e, i64 = self._empty, np.zeros(0, np.int64)
        net = self.net
        train_slice(net.flat, net.flat_grad, e, e, self.sizes, self.ints, self.fl, np.zeros(0), X, Y, self._no_order,
                    e, self.st, np.zeros(0), self.work, self.X0, self.D2, self.scal)
        Xc = np.zeros((self.net.sizes[0] + 1, 0), d)
        scores(self.net.flat, self.sizes, 0, 0, 0.0, 1.0, Xc, i64, Xc, i64, self.eval_work, self.eval_out)
        f64 = np.zeros(0, np.float64)
        scores_mse(self.net.flat, self.sizes, 0, 0, 0.0, 1.0, Xc, f64, Xc, f64, self.eval_work, self.eval_out)
        layer_rows(e, self.sizes, 0, 0.0, 1.0, self.work, 0, 1.0, self.rows)
        global _FROZEN
        if not _FROZEN:
            # numba brings ~90,000 long-lived objects, which every full collection would
            # scan again: 40 -> 230 ms a pass here, a stall in the middle of training (or
            # of a grid pass). Frozen once, they are left out of collections for good.
            _FROZEN = True
            gc.freeze()

    def state_buffers(self) -> tuple[np.ndarray, np.ndarray]:
        """The optimizer's state buffers for the flat parameters, created as its first step would."""
        opt, net = self.opt, self.net
        if opt._state is None or len(opt._state) != 1:
            opt._state = [opt._init_state(net.flat)]
            opt._tmp = [np.empty_like(net.flat)]
        bufs = list(opt._state[0].values())
        e = self._empty
        return (bufs[0] if bufs else e), (bufs[1] if len(bufs) > 1 else e)

    def train(self, X, Y, pos: int, batch: int, steps: int, lrs: np.ndarray, u: np.ndarray | None,
              dropout: float, l1: float, ema: float | None, blowup: float, log_k: float, losses: np.ndarray,
              order: np.ndarray | None = None):
        """Run ``steps`` steps of the epoch whose shuffled rows are ``X``, ``Y`` (or the rows
        ``X[order]``, ``Y[order]``: the kernel reads them where they are) from row ``pos``;
        returns (steps done, divergence code, ema, blowup)."""
        if self.work.shape[3] < batch:
            self._alloc(batch)
        s1, s2 = self.state_buffers()
        opt = self.opt
        ints, fl, st = self.ints, self.fl, self.st
        ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], ints[6], ints[7], ints[8] = (
            self.act_code, self.opt_code, opt.t, pos, batch, steps, X.shape[0] if order is None else len(order),
            self.fast, self.mse)
        fl[0], fl[1], fl[2], fl[3] = self.slope, self.alpha, l1, opt.weight_decay
        fl[4] = getattr(opt, "momentum", 0.0)
        fl[5] = getattr(opt, "alpha", 0.0)
        fl[6] = getattr(opt, "eps", 0.0)
        fl[7] = getattr(opt, "beta1", 0.0)
        fl[8] = getattr(opt, "beta2", 0.0)
        fl[9], fl[10] = dropout, log_k
        st[0], st[1], st[2] = (0.0, 0.0, blowup) if ema is None else (1.0, ema, blowup)
        done, code = train_slice(self.net.flat, self.net.flat_grad, s1, s2, self.sizes, ints, fl, lrs, X, Y,
                                 self._no_order if order is None else order, u if u is not None else self._empty,
                                 st, losses, self.work, self.X0, self.D2, self.scal)
        if done or code:
            last = done if code else done - 1  # the diverging step filled the rows too
            self.nb = min(batch, int(ints[6]) - (pos + last * batch))
            self.last_dropout = dropout
            self.net._fill_last = self.fill_last
        return done, code, (float(st[1]) if st[0] else None), float(st[2])

    def scores(self, Xt: np.ndarray, yt: np.ndarray, Xv: np.ndarray, yv: np.ndarray
               ) -> tuple[float, float, float, float]:
        """(accuracy, mean cross-entropy) on the training columns ``Xt`` (d + 1, n: feature-major)
        with labels ``yt`` (int64), then on ``Xv``, ``yv``, in one call; NaN for an empty set."""
        o = self.eval_out
        scores(self.net.flat, self.sizes, self.act_code, self.fast, self.slope, self.alpha, Xt, yt, Xv, yv,
               self.eval_work, o)
        nt, nv = len(yt), len(yv)
        o = o.tolist()
        return ((o[0] / nt, o[1] / nt) if nt else (math.nan, math.nan)) + \
            ((o[2] / nv, o[3] / nv) if nv else (math.nan, math.nan))

    def sse(self, Xt: np.ndarray, yt: np.ndarray, Xv: np.ndarray, yv: np.ndarray) -> tuple[float, float]:
        """A regression network's summed squared errors on the training columns ``Xt``
        (d + 1, n) with float64 targets ``yt``, then on ``Xv``, ``yv``, in one call."""
        o = self.eval_out
        scores_mse(self.net.flat, self.sizes, self.act_code, self.fast, self.slope, self.alpha, Xt, yt, Xv, yv,
                   self.eval_work, o)
        return float(o[0]), float(o[2])

    def evaluate(self, Xcols: np.ndarray, y: np.ndarray) -> tuple[float, float]:
        """(accuracy, mean cross-entropy) on the columns ``Xcols`` (d + 1, n) with labels ``y``."""
        return self.scores(Xcols, y, Xcols[:, :0], y[:0])[:2]

    def layer_rows(self):
        """(gradient norm per weight layer, then per hidden layer the dead, saturated and
        same-sign shares) of the last step, or None before one."""
        if not self.nb:
            return None
        L = self.L
        layer_rows(self.net.flat_grad, self.sizes, self.act_code, self.slope, self.alpha, self.work, self.nb,
                   self.threshold, self.rows)
        r = self.rows.tolist()
        return tuple(r[:L]), tuple(r[L:2 * L - 1]), tuple(r[2 * L - 1:3 * L - 2]), tuple(r[3 * L - 2:])

    def fill_last(self) -> None:
        """Write the last step's pre-activations, outputs and dropout masks into the
        network's work arrays (``net.last_batch``), feature-major as the NumPy engine leaves them."""
        nb, dropout, net = self.nb, self.last_dropout, self.net
        net._fill_last = None
        if not nb:
            return
        w = net._work_for(nb, train=True)
        zb, hb, ab, sb = (self.work[i, ..., :nb] for i in range(4))
        L = self.L
        for l, f in enumerate(net.sizes[1:]):
            w.z[l][...] = zb[l, :f]
            if l == L - 1:
                break
            if dropout > 0:
                if w.h[l].base is w.a[l]:
                    w.h[l] = np.empty((f, nb), self.dtype)
                w.h[l][...] = hb[l, :f]
                w.a[l][:-1] = ab[l, :f]
                w.scale[l][...] = sb[l, :f]
                w.keep[l] = w.scale[l] > 0
            else:
                if w.h[l].base is not w.a[l]:
                    w.h[l] = w.a[l][:-1]
                w.h[l][...] = hb[l, :f]
                w.keep[l] = None
        net._last = w


def is_cached(dtype=np.float32) -> bool:
    """Whether the disk cache holds the kernel's code for ``dtype`` (then loading it takes
    a fraction of a second; otherwise the first use compiles, ~20-60 s). Reads numba's
    cache index; any surprise there counts as not cached."""
    if not AVAILABLE:
        return False
    name = np.dtype(dtype).name
    try:
        for f in (train_slice, scores, scores_mse, layer_rows):
            index = f._cache._cache_file._load_index()
            if not any(getattr(key[0][0], "dtype", None) is not None and str(key[0][0].dtype) == name
                       for key in index):
                return False
    except Exception:
        return False
    return True


_READY: set[str] = set()


def ready(dtype=np.float32) -> bool:
    """Whether the code for ``dtype`` is loaded in this process or cached on disk (then
    using it costs no compiling). Remembered once true."""
    name = np.dtype(dtype).name
    if name in _READY:
        return True
    loaded = all(any(str(sig[0].dtype) == name for sig in f.signatures)
                 for f in (train_slice, scores, scores_mse, layer_rows))
    if loaded or is_cached(dtype):
        _READY.add(name)
        return True
    return False


def warmup(progress=None) -> list[str]:
    """Compile (or load from the cache) every specialisation the trainer uses: float32
    and float64. ``progress(done, total)`` is called after each. Returns their names."""
    from .network import MLP
    from .optimizers import make_optimizer

    done = []
    jobs = [np.float32, np.float64]
    for i, dt in enumerate(jobs):
        net = MLP([2, 3, 2], "relu", dropout=0.5, seed=0, dtype=dt)
        eng = CompiledEngine(net, make_optimizer("adam"))
        X = net.augment(np.zeros((4, 2)))
        Y = np.eye(2, dtype=dt)[[0, 1, 0, 1]]
        u = np.full(3 * 4, 0.9, dt)
        eng.train(X, Y, 0, 4, 1, np.full(1, 0.01), u, 0.5, 0.0, None, 1e9, math.log(2), np.zeros(1))
        eng.evaluate(np.ascontiguousarray(X.T), np.array([0, 1, 0, 1], np.int64))
        eng.layer_rows()
        reg = CompiledEngine(MLP([2, 3, 1], "relu", seed=0, dtype=dt, loss="mse"), make_optimizer("adam"))
        Yr = np.zeros((4, 1), dt)
        reg.train(X, Yr, 0, 4, 1, np.full(1, 0.01), None, 0.0, 0.0, None, 1e9, 1.0, np.zeros(1))
        Xc = np.ascontiguousarray(X.T)
        reg.sse(Xc, np.zeros(4), Xc, np.zeros(4))
        done.append(np.dtype(dt).name)
        if progress is not None:
            progress(i + 1, len(jobs))
    return done
