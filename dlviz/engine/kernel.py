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
kernel agrees with it up to rounding (tests/engine/test_kernel.py). The loops
are sample by sample (a row of each layer at a time, contiguous inner loops over
a layer's outputs), with the arithmetic of elementwise functions in float64 and
stores in the network's dtype.

``import`` never fails: without numba (or on a Python it does not support yet)
:data:`AVAILABLE` is False and :data:`IMPORT_ERROR` says why.
"""

from __future__ import annotations

import gc
import math

import numpy as np

from . import numba_cache

CACHE_DIR = numba_cache.setup()  # before numba is imported: it reads NUMBA_CACHE_DIR then

try:
    import numba  # noqa: F401
    from numba import njit

    AVAILABLE, IMPORT_ERROR = True, None
except Exception as e:  # ImportError, or a numba that does not run on this Python
    AVAILABLE, IMPORT_ERROR = False, f"{type(e).__name__}: {e}"

    def njit(*args, **kwargs):  # the functions stay plain Python (never used to train)
        return (lambda f: f) if not args or not callable(args[0]) else args[0]


from .activations import ELU, GELU, LeakyReLU, Linear, ReLU, Sigmoid, SiLU, Step, Tanh, grad_peak, DEAD_GRAD, DEAD_SHARE, SATURATION
from .optimizers import SGD, Adagrad, Adam, AdamW, Momentum, Nesterov, RMSprop

#: Activation class -> code in the kernel (exact types: a subclass may change the formulas).
ACT_CODES = {Step: 0, Linear: 1, Sigmoid: 2, Tanh: 3, ReLU: 4, LeakyReLU: 5, ELU: 6, GELU: 7, SiLU: 8}
#: Optimizer class -> code in the kernel.
OPT_CODES = {SGD: 0, Momentum: 1, Nesterov: 2, RMSprop: 3, Adagrad: 4, Adam: 5, AdamW: 6}

_FROZEN = False
_SQRT_HALF = 1.0 / math.sqrt(2.0)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)


def supports(activation, optimizer) -> bool:
    """Whether the kernel implements this activation and optimizer (entries registered
    at run time, or subclasses, train with NumPy)."""
    return type(activation) in ACT_CODES and type(optimizer) in OPT_CODES


# -- the compiled functions ------------------------------------------------------------------
# ``sizes`` (int64) is [n_inputs, *hidden, n_classes]; layer l's block is (sizes[l] + 1) x
# sizes[l + 1] in the flat buffer, weights then the bias row. Inside a call the weights are
# read from a padded copy ``W3[l, i, j]`` (bias at i = sizes[l]) and the gradient summed in
# ``G3`` alike; the work rows are ``work[k, s, l, j]`` (k: z, h, a, keep-scale; s: sample).
# Every index comes from a range() starting at 0: an index with an offset would cost a
# negative-index check per element and keep LLVM from vectorising. The update writes the flat
# buffers (parameters, gradient, optimizer state), so the layout above the engine is unchanged.


@njit(cache=True)
def _tanh(z):
    """tanh from one exp: libm's tanh costs ~3.5x as much (26 vs 7 ns here). Never overflows;
    the absolute error stays at rounding level (near 0 the relative one grows, harmlessly)."""
    t = math.exp(-2.0 * abs(z))
    r = (1.0 - t) / (1.0 + t)
    return r if z >= 0.0 else -r


@njit(cache=True)
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


@njit(cache=True)
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


@njit(cache=True)
def _load(flat, sizes, W3, WT3):
    """The flat parameters into the padded copy, and the weights transposed (``WT3[l, j, i]``:
    the backward pass sums over j with a contiguous inner loop over i, which vectorises,
    where a dot product over j would be one long chain of dependent adds)."""
    q = 0
    for l in range(sizes.shape[0] - 1):
        fi, fo = sizes[l], sizes[l + 1]
        for i in range(fi + 1):
            for j in range(fo):
                W3[l, i, j] = flat[q + j]
                if i < fi:
                    WT3[l, j, i] = flat[q + j]
            q += fo


@njit(cache=True)
def _forward(W3, sizes, code, slope, alpha, X, r, zb, hb, ab, sb, s, u, ucur, nb, p, keep_scale):
    """Sample ``s`` (row ``r`` of ``X``, inputs with the ones column) forward: pre-activations
    into ``zb[s]``, hidden outputs into ``hb[s]`` (before dropout) and ``ab[s]`` (after).
    With dropout (p > 0) the keep-scales go into ``sb[s]``, from the uniforms ``u`` laid
    out as the reference draws them: per layer, (units, nb) from ``ucur``."""
    L = sizes.shape[0] - 1
    for l in range(L):
        fi, fo = sizes[l], sizes[l + 1]
        for j in range(fo):
            zb[s, l, j] = W3[l, fi, j]
        if l == 0:
            for i in range(fi):
                xi = X[r, i]
                for j in range(fo):
                    zb[s, 0, j] += xi * W3[0, i, j]
        else:
            for i in range(fi):
                ai = ab[s, l - 1, i]
                for j in range(fo):
                    zb[s, l, j] += ai * W3[l, i, j]
        if l == L - 1:
            break
        for j in range(fo):
            hb[s, l, j] = _act(code, float(zb[s, l, j]), slope, alpha)  # (float: one specialisation)
        if p > 0.0:
            for j in range(fo):
                if u[ucur + j * nb + s] >= p:
                    sb[s, l, j] = keep_scale
                else:
                    sb[s, l, j] = 0.0
                ab[s, l, j] = hb[s, l, j] * sb[s, l, j]
            ucur += fo * nb
        else:
            for j in range(fo):
                ab[s, l, j] = hb[s, l, j]
    return ucur


@njit(cache=True)
def train_slice(flat, grad, s1, s2, sizes, ints, fl, lrs, X, Y, u, st, losses, W3, WT3, G3, work, scal):
    """Run up to ``ints[5]`` steps of one epoch; return (steps done, divergence code).

    ints: act code, opt code, optimizer t before the slice, first row, batch size, steps,
    rows in the epoch. fl: leaky slope, elu alpha, l1, weight decay, momentum, rmsprop alpha,
    eps, beta1, beta2, dropout p, ln K. ``X`` (n, d + 1) and ``Y`` (n, K) are the epoch's
    shuffled rows (inputs with their ones column, one-hot targets); ``u`` the slice's dropout
    uniforms; ``st`` = [has ema, ema, blowup] (in and out); ``losses`` the step losses (out);
    ``W3``, ``G3`` padded weights and gradient; ``work`` (4, batch, L, width) the last step's
    z, h, a and keep-scales. ``scal`` (dtype): scratch casting coefficients to the network's
    dtype as the reference's NumPy scalars are. Divergence code: 0 none, 1 the loss ran away
    (finite), 2 not finite; the step that diverged is not counted and makes no update (as
    the reference)."""
    code, ocode = ints[0], ints[1]
    t0, pos, B, nsteps, n = ints[2], ints[3], ints[4], ints[5], ints[6]
    slope, alpha, l1, wd = fl[0], fl[1], fl[2], fl[3]
    mom, ralpha, eps, b1, b2, p, logk = fl[4], fl[5], fl[6], fl[7], fl[8], fl[9], fl[10]
    L = sizes.shape[0] - 1
    K = sizes[L]
    zb, hb, ab, sb = work[0], work[1], work[2], work[3]
    Q = W3.shape[2]
    dcur = np.empty(Q, flat.dtype)
    dnext = np.empty(Q, flat.dtype)
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
    _load(flat, sizes, W3, WT3)
    ucur = 0
    for step in range(nsteps):
        start = pos + step * B
        nb = min(B, n - start)
        if nb <= 0:
            return step, 0
        for l in range(L):
            for i in range(sizes[l] + 1):
                for j in range(sizes[l + 1]):
                    G3[l, i, j] = 0.0
        scal[0] = 1.0 / nb
        inv_n = scal[0]
        total = 0.0
        u0 = ucur
        for s in range(nb):
            r = start + s
            ucur = _forward(W3, sizes, code, slope, alpha, X, r, zb, hb, ab, sb, s, u, u0, nb, p_t, keep_scale)
            m = zb[s, L - 1, 0]
            for k in range(1, K):
                if zb[s, L - 1, k] > m:
                    m = zb[s, L - 1, k]
            ssum = 0.0
            picked = 0.0
            for k in range(K):
                e = math.exp(zb[s, L - 1, k] - m)
                dcur[k] = e
                ssum += e
                picked += (zb[s, L - 1, k] - m) * Y[r, k]
            total += math.log(ssum) - picked
            for k in range(K):
                dcur[k] = (dcur[k] / ssum - Y[r, k]) * inv_n
            # backward: this sample's share of every layer's gradient
            for l in range(L - 1, -1, -1):
                fi, fo = sizes[l], sizes[l + 1]
                if l == 0:
                    for i in range(fi):
                        xi = X[r, i]
                        for j in range(fo):
                            G3[0, i, j] += xi * dcur[j]
                else:
                    for i in range(fi):
                        ai = ab[s, l - 1, i]
                        for j in range(fo):
                            G3[l, i, j] += ai * dcur[j]
                for j in range(fo):
                    G3[l, fi, j] += dcur[j]
                if l == 0:
                    break
                for i in range(fi):
                    dnext[i] = zero_t
                for j in range(fo):
                    dj = dcur[j]
                    for i in range(fi):
                        dnext[i] += dj * WT3[l, j, i]
                for i in range(fi):
                    acc = dnext[i]
                    if p > 0.0:
                        acc *= sb[s, l - 1, i]
                    dnext[i] = acc * _dact(code, float(zb[s, l - 1, i]), float(hb[s, l - 1, i]), slope, alpha)
                for i in range(fi):
                    dcur[i] = dnext[i]
        loss = total / nb
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
            _store_grad(G3, sizes, grad)
            return step, (1 if finite else 2)
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
        q = 0
        for l in range(L):
            fi, fo = sizes[l], sizes[l + 1]
            for i in range(fi + 1):
                is_weight = i < fi
                for j in range(fo):
                    g = G3[l, i, j]
                    w = flat[q]
                    if l1 > 0.0 and is_weight:
                        if w > 0:
                            g += l1_t
                        elif w < 0:
                            g -= l1_t
                    if wd > 0.0 and ocode != 6:
                        g += wd_t * w
                    grad[q] = g
                    if ocode == 0:
                        w -= g * lr_t
                    elif ocode == 1 or ocode == 2:
                        v = g if t == 1.0 else s1[q] * c1 + g
                        s1[q] = v
                        if ocode == 2:
                            w -= (v * c1 + g) * lr_t
                        else:
                            w -= v * lr_t
                    elif ocode == 3:
                        sq = s1[q] * c1 + (g * g) * c2
                        s1[q] = sq
                        w -= g / (math.sqrt(sq) + eps_t) * lr_t
                    elif ocode == 4:
                        a = s1[q] + g * g
                        s1[q] = a
                        w -= g / (math.sqrt(a) + eps_t) * lr_t
                    else:
                        if ocode == 6 and wd > 0.0:
                            w *= shrink
                        M = s1[q] * c1 + g
                        V = s2[q] * c2 + g * g
                        s1[q] = M
                        s2[q] = V
                        w -= M / (math.sqrt(V) + eps_t) * adam_c
                    flat[q] = w
                    W3[l, i, j] = w
                    if is_weight:
                        WT3[l, j, i] = w
                    q += 1
    return nsteps, 0


@njit(cache=True)
def _store_grad(G3, sizes, grad):
    q = 0
    for l in range(sizes.shape[0] - 1):
        fi, fo = sizes[l], sizes[l + 1]
        for i in range(fi + 1):
            for j in range(fo):
                grad[q] = G3[l, i, j]
                q += 1


@njit(cache=True)
def evaluate(flat, sizes, code, slope, alpha, X, y, W3, WT3, work):
    """(correct predictions, summed cross-entropy) of the network on rows ``X`` (n, d + 1)
    with labels ``y``, evaluation mode (no dropout); the cross-entropy of a sample is
    -ln max(p_y, 1e-30), as the reference's. ``work`` (4, 1, L, width) is scratch."""
    L = sizes.shape[0] - 1
    K = sizes[L]
    _load(flat, sizes, W3, WT3)
    zb, hb = work[0], work[1]
    u = np.empty(0, flat.dtype)
    ps = np.zeros(2, flat.dtype)  # p = 0 and the keep-scale 1 in the dtype: the same _forward as training's
    ps[1] = 1.0
    correct = 0
    total = 0.0
    for r in range(X.shape[0]):
        _forward(W3, sizes, code, slope, alpha, X, r, zb, hb, hb, hb, 0, u, 0, 1, ps[0], ps[1])
        m = zb[0, L - 1, 0]
        best = 0
        for k in range(1, K):
            if zb[0, L - 1, k] > m:
                m = zb[0, L - 1, k]
                best = k
        ssum = 0.0
        for k in range(K):
            ssum += math.exp(zb[0, L - 1, k] - m)
        py = math.exp(zb[0, L - 1, y[r]] - m) / ssum
        total -= math.log(max(py, 1e-30))
        if best == y[r]:
            correct += 1
    return correct, total


@njit(cache=True)
def layer_rows(grad, sizes, code, slope, alpha, work, nb, threshold, out):
    """The diagnostics row of the last step into ``out``: per weight layer the gradient's
    norm, then per hidden layer the share of dead units (|f'(z)| < DEAD_GRAD on DEAD_SHARE of the batch)
    and the share of saturated pre-activations (|f'(z)| < ``threshold``)."""
    L = sizes.shape[0] - 1
    zb, hb = work[0], work[1]
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
        dead = 0
        sat = 0
        # Dead as in activations.dead_units: |f'(z)| < DEAD_GRAD on at least DEAD_SHARE of the batch.
        for j in range(fo):
            flat = 0
            for s in range(nb):
                z = float(zb[s, l, j])
                if abs(_dact(code, z, _act(code, z, slope, alpha), slope, alpha)) < DEAD_GRAD:
                    flat += 1
            if flat >= DEAD_SHARE * nb:
                dead += 1
        for s in range(nb):
            for j in range(fo):
                z = float(zb[s, l, j])
                d = _dact(code, z, _act(code, z, slope, alpha), slope, alpha)
                if abs(d) < threshold:
                    sat += 1
        out[L + l] = dead / fo
        out[2 * L - 1 + l] = sat / (fo * nb)


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
        self.W3 = np.zeros((L, max(sizes[:-1]) + 1, self.width), net.dtype)
        self.G3 = np.zeros_like(self.W3)
        self.WT3 = np.zeros((L, self.width, max(sizes[:-1]) + 1), net.dtype)
        act = net.activation
        self.act_code = ACT_CODES[type(act)]
        self.slope = float(getattr(act, "slope", 0.0))
        self.alpha = float(getattr(act, "alpha", 1.0))
        peak = grad_peak(act)
        self.threshold = SATURATION * peak if peak > 0 else math.inf  # no gradient anywhere: all saturated
        self.opt_code = OPT_CODES[type(opt)]
        self.dtype = net.dtype
        self.work = np.zeros((4, 1, L, self.width), self.dtype)
        self.eval_work = np.zeros((4, 1, L, self.width), self.dtype)
        self.nb = 0  # samples of the last step in ``work`` (0: none yet)
        self.last_dropout = 0.0
        self.scal = np.zeros(2, self.dtype)
        self.ints = np.zeros(7, np.int64)
        self.fl = np.zeros(11, np.float64)
        self.st = np.zeros(3, np.float64)
        self.rows = np.zeros(3 * L - 2, np.float64)
        self._empty = np.zeros(0, self.dtype)
        self._prime()

    def _prime(self) -> None:
        """Load (or compile) the kernel's code now, with calls that do nothing: the first
        real call must not spend the load's fraction of a second inside a timed run."""
        d = self.dtype
        X = np.zeros((0, self.net.sizes[0] + 1), d)
        Y = np.zeros((0, self.net.sizes[-1]), d)
        e, i64 = self._empty, np.zeros(0, np.int64)
        net = self.net
        self.ints[:] = 0  # no steps
        train_slice(net.flat, net.flat_grad, e, e, self.sizes, self.ints, self.fl, np.zeros(0), X, Y, e, self.st,
                    np.zeros(0), self.W3, self.WT3, self.G3, self.work, self.scal)
        evaluate(self.net.flat, self.sizes, 0, 0.0, 1.0, X, i64, self.W3, self.WT3, self.eval_work)
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
              dropout: float, l1: float, ema: float | None, blowup: float, log_k: float, losses: np.ndarray):
        """Run ``steps`` steps of the epoch whose shuffled rows are ``X``, ``Y`` from row
        ``pos``; returns (steps done, divergence code, ema, blowup)."""
        if self.work.shape[1] < batch:
            self.work = np.zeros((4, batch, self.L, self.width), self.dtype)
        s1, s2 = self.state_buffers()
        opt = self.opt
        ints, fl, st = self.ints, self.fl, self.st
        ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], ints[6] = (
            self.act_code, self.opt_code, opt.t, pos, batch, steps, X.shape[0])
        fl[0], fl[1], fl[2], fl[3] = self.slope, self.alpha, l1, opt.weight_decay
        fl[4] = getattr(opt, "momentum", 0.0)
        fl[5] = getattr(opt, "alpha", 0.0)
        fl[6] = getattr(opt, "eps", 0.0)
        fl[7] = getattr(opt, "beta1", 0.0)
        fl[8] = getattr(opt, "beta2", 0.0)
        fl[9], fl[10] = dropout, log_k
        st[0], st[1], st[2] = (0.0, 0.0, blowup) if ema is None else (1.0, ema, blowup)
        done, code = train_slice(self.net.flat, self.net.flat_grad, s1, s2, self.sizes, ints, fl, lrs, X, Y,
                                 u if u is not None else self._empty, st, losses, self.W3, self.WT3, self.G3,
                                 self.work, self.scal)
        if done or code:
            last = done if code else done - 1  # the diverging step filled the rows too
            self.nb = min(batch, X.shape[0] - (pos + last * batch))
            self.last_dropout = dropout
            self.net._fill_last = self.fill_last
        return done, code, (float(st[1]) if st[0] else None), float(st[2])

    def evaluate(self, X: np.ndarray, y: np.ndarray) -> tuple[float, float]:
        """(accuracy, mean cross-entropy) on rows ``X`` with labels ``y``."""
        if not len(y):
            return math.nan, math.nan
        correct, total = evaluate(self.net.flat, self.sizes, self.act_code, self.slope, self.alpha, X, y,
                                  self.W3, self.WT3, self.eval_work)
        return correct / len(y), total / len(y)

    def layer_rows(self):
        """(gradient norm per weight layer, dead and saturated share per hidden layer) of
        the last step, or None before one."""
        if not self.nb:
            return None
        L = self.L
        layer_rows(self.net.flat_grad, self.sizes, self.act_code, self.slope, self.alpha, self.work, self.nb,
                   self.threshold, self.rows)
        r = self.rows.tolist()
        return tuple(r[:L]), tuple(r[L:2 * L - 1]), tuple(r[2 * L - 1:])

    def fill_last(self) -> None:
        """Write the last step's pre-activations, outputs and dropout masks into the
        network's work arrays (``net.last_batch``), feature-major as the NumPy engine leaves them."""
        nb, dropout, net = self.nb, self.last_dropout, self.net
        net._fill_last = None
        if not nb:
            return
        w = net._work_for(nb, train=True)
        zb, hb, ab, sb = (self.work[i, :nb] for i in range(4))
        L = self.L
        for l, f in enumerate(net.sizes[1:]):
            w.z[l][...] = zb[:, l, :f].T
            if l == L - 1:
                break
            if dropout > 0:
                if w.h[l].base is w.a[l]:
                    w.h[l] = np.empty((f, nb), self.dtype)
                w.h[l][...] = hb[:, l, :f].T
                w.a[l][:-1] = ab[:, l, :f].T
                w.scale[l][...] = sb[:, l, :f].T
                w.keep[l] = w.scale[l] > 0
            else:
                if w.h[l].base is not w.a[l]:
                    w.h[l] = w.a[l][:-1]
                w.h[l][...] = hb[:, l, :f].T
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
        for f in (train_slice, evaluate, layer_rows):
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
    loaded = all(any(str(sig[0].dtype) == name for sig in f.signatures) for f in (train_slice, evaluate, layer_rows))
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
        eng.evaluate(X, np.array([0, 1, 0, 1], np.int64))
        eng.layer_rows()
        done.append(np.dtype(dt).name)
        if progress is not None:
            progress(i + 1, len(jobs))
    return done
