"""Trainer: runs mini-batch steps on a dataset under a Config, in bounded chunks.

It is the object the GUI's training process drives: ``run(n)`` does at most
``n`` steps and returns, live changes (learning rate, schedule, batch size,
dropout, weight decay, L1, epoch budget) apply from the next step, and it can
stop after any step. It keeps the per-step and per-epoch history, detects
divergence, and computes diagnostics only when asked.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np

from ..common.arrays import Growing
from ..config import Config
from ..data import (Dataset, grid_points, load_csv, make_dataset, make_features, make_image_features,
                    train_val_split)
from ..engine import engines
from ..engine.activations import ACTIVATIONS, dead_units, saturated_below
from ..engine.losses import LOSSES, loss_for_task, r2_from_sums
from ..engine.network import MLP
from ..engine.optimizers import OPTIMIZERS
from ..engine.schedules import SCHEDULES

#: With no epoch budget, cosine-type schedules need a horizon: this many epochs.
DEFAULT_HORIZON_EPOCHS = 100

GRID_BLOCK = 2048  # grid points per evaluation pass

#: Divergence: the loss is not finite, or its running mean (EMA, weight 0.1 per
#: step) passes this many times the larger of the chance-level loss ln K and the
#: first step's loss (a badly initialised net may start far above chance). The
#: stable softmax keeps the loss finite even while the weights explode, so "not
#: finite" alone would miss most blow-ups. Healthy runs (batch 1, noise 0.5
#: included) stay below 1.5 x ln K; sgd at lr 3-100 passes 10 x ln K within an
#: epoch or two.
BLOWUP_FACTOR = 10.0
_EMA = 0.1
DIAG_EVERY = 256  # steps between two diagnostics rows inside a long epoch


def dataset_for(config: Config) -> Dataset:
    """The dataset a config asks for: its CSV file (a regression's when it names a
    ``target_column``), or a generated one."""
    if config.csv:
        return (load_csv(config.csv, target_column=config.target_column) if config.target_column
                else load_csv(config.csv))
    if config.image_folder:
        # Read with Qt's image reader: the edge (the CLI, the window) loads it and passes it on.
        raise ValueError("an image folder is loaded by the caller and passed as the dataset")
    return make_dataset(config.dataset, config.samples, config.noise, config.classes, config.seed)


#: Rows of per-epoch history (and of diagnostics) kept, at most. A run trains until
#: paused, so its history must not grow without end: past this many rows, the older
#: half is thinned by two (every other row kept), the newer half stays whole. Thinned
#: again and again, old epochs end up geometrically sparse, recent ones whole: about
#: 2.4 MB of per-epoch and 2 MB of diagnostics rows per run at most (4 hidden layers).
HISTORY_CAP = 1 << 15
#: Per-step losses kept (the newest): past this many the older half is dropped
#: (the window has them binned already). 10 MB at most.
STEP_CAP = 1 << 20
EPOCH_FIELDS = ("epoch", "epoch_step", "train_loss", "train_acc", "val_loss", "val_acc", "lr", "seconds")
DIAG_FIELDS = ("diag_step", "grad_norm", "dead_fraction", "saturated", "same_sign")


def thin(columns: dict[str, Growing], cap: int) -> bool:
    """Thin parallel ``columns`` (same length) that passed ``cap`` rows: every other row of
    the older part kept (the first included), the newest ``cap // 2`` rows all kept.

    Each column is replaced by a new :class:`Growing` (never changed in place: views
    of the old arrays may be held by another thread). True if it thinned."""
    n = len(next(iter(columns.values())))
    if n <= cap:
        return False
    old = n - cap // 2
    keep = np.concatenate([np.arange(0, old, 2), np.arange(old, n)])
    for k, g in columns.items():
        rows = g.view()[keep]
        new = Growing(None if rows.ndim == 1 else rows.shape[1], capacity=cap + 1)
        new.extend(rows)
        columns[k] = new
    return True


@dataclass
class History:
    """Per-step training loss, and per-epoch evaluation (train and validation).

    Bounded (see ``HISTORY_CAP`` and ``STEP_CAP``): the per-epoch rows carry their
    epoch number (``epoch``), since a long run's older rows are thinned."""

    step_loss: Growing  # the newest STEP_CAP steps' losses at most: they end at the trainer's step
    epoch_step: Growing  # steps completed when each epoch ended
    train_loss: Growing
    train_acc: Growing
    val_loss: Growing  # NaN when there is no validation set
    val_acc: Growing
    lr: Growing  # learning rate at each epoch's last step
    seconds: Growing  # training time (in run()) when each epoch ended
    # Diagnostics over time: a row at each epoch's end and every DIAG_EVERY steps
    # within long epochs (cheap: per-layer norms and shares of one batch).
    diag_step: Growing
    grad_norm: Growing  # (rows, weight layers)
    dead_fraction: Growing  # (rows, hidden layers)
    saturated: Growing  # (rows, hidden layers)
    epoch: Growing = field(default_factory=lambda: Growing(capacity=1024))  # 1, 2, ... (thinned: gaps)
    # (rows, hidden layers): per hidden layer, the share of the next layer's units whose
    # weights from it all moved the same way (all up or all down) in the step; see same_sign_shares.
    same_sign: Growing | None = None
    #: What ``train_acc`` / ``val_acc`` hold: "accuracy", or "r2" (a regression's R²;
    #: its losses are the MSE).
    metric: str = "accuracy"

    @classmethod
    def empty(cls, n_weight_layers: int, metric: str = "accuracy") -> "History":
        n_hidden = n_weight_layers - 1
        return cls(*(Growing(capacity=1024) for _ in range(9)), Growing(n_weight_layers), Growing(n_hidden),
                   Growing(n_hidden), same_sign=Growing(n_hidden), metric=metric)

    @property
    def epochs(self) -> int:
        """Epochs recorded (the last one's number: thinned rows count too)."""
        return int(self.epoch.last()) if self.epoch.n else 0

    @property
    def rows(self) -> int:
        """Per-epoch rows kept."""
        return self.train_loss.n

    def bound(self, cap: int | None = None, step_cap: int | None = None) -> None:
        """Keep the history within its bounds (default ``HISTORY_CAP``, ``STEP_CAP``)."""
        cap = HISTORY_CAP if cap is None else cap
        step_cap = STEP_CAP if step_cap is None else step_cap
        if self.train_loss.n <= cap and self.diag_step.n <= cap and self.step_loss.n <= step_cap:
            return  # (called every epoch: the common case costs no dicts)
        for fields in (EPOCH_FIELDS, DIAG_FIELDS):
            cols = {k: getattr(self, k) for k in fields}
            if thin(cols, cap):
                for k, g in cols.items():
                    setattr(self, k, g)
        if self.step_loss.n > step_cap:
            kept = Growing(capacity=step_cap + step_cap // 4)  # (room for the next calls of run: no doubling)
            kept.extend(self.step_loss.view(self.step_loss.n - step_cap // 2))
            self.step_loss = kept


@dataclass(frozen=True)
class Diagnostics:
    """What the last training step looked like, per layer."""

    lr: float
    grad_norm: tuple[float, ...]  # per weight layer (weights and bias), input side first
    dead_fraction: tuple[float, ...]  # per hidden layer: units with |f'(z)| < 1e-3 on >= 99 % of the batch
    preact_mean: tuple[float, ...]  # per hidden layer
    preact_std: tuple[float, ...]
    saturated_fraction: tuple[float, ...]  # pre-activations where f'(z) < 5% of its peak


def same_sign_shares(gblocks) -> tuple[float, ...]:
    """Per hidden layer, the share of the next layer's units whose incoming weights from it
    all get a gradient of one sign in this step (all >= 0 or all <= 0, not all 0): then the
    step moves every one of those weights the same way, all up or all down.

    ``gblocks``: the step's gradient per weight layer, (inputs + 1, outputs), the bias row
    last (:attr:`MLP.gblocks`; both engines fill it). A unit's weight gradients are its
    inputs times one number per point (its delta), summed over the batch: when the inputs
    are all positive, as a sigmoid's (or a ReLU's) outputs are, one point's signs all agree,
    and a batch's mostly do; outputs centred on 0 (tanh) give mixed signs. Updates that can
    only move a unit's weights all up or all down zig-zag towards the minimum."""
    shares = []
    for g in gblocks[1:]:  # the first layer's inputs are the data, not a hidden layer
        w = g[:-1]
        up, down = (w >= 0).all(axis=0), (w <= 0).all(axis=0)
        moved = (w != 0).any(axis=0)
        shares.append(float(np.count_nonzero((up | down) & moved)) / w.shape[1])
    return tuple(shares)
def _sst(y: np.ndarray) -> float:
    """Summed squared deviation of targets from their mean (R²'s denominator)."""
    y = np.asarray(y, np.float64)
    return float(np.sum((y - y.mean()) ** 2)) if y.size else 0.0


def _accuracy_and_loss(proba_t: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Accuracy and mean cross-entropy from probabilities (K, n)."""
    p = proba_t[y, np.arange(len(y))].astype(np.float64)
    loss = float(-np.log(np.maximum(p, 1e-30)).mean())
    return float((proba_t.argmax(axis=0) == y).mean()), loss


class Trainer:
    """Train an MLP on a dataset under ``config``.

    Parameters
    ----------
    config : Config
    dataset : Dataset, optional
        Defaults to :func:`dataset_for` ``(config)``.
    dtype : numpy dtype
        float32 (default) trains fastest.
    """

    def __init__(self, config: Config, dataset: Dataset | None = None, dtype=np.float32):
        self.config = config
        self.dataset = dataset if dataset is not None else dataset_for(config)
        ds = self.dataset
        self.dtype = np.dtype(dtype)
        net_seed, split_seed, shuffle_seed = np.random.SeedSequence(config.seed).spawn(3)
        Xtr, ytr, Xva, yva = train_val_split(ds.X, ds.y, config.val_fraction, int(split_seed.generate_state(1)[0]))
        self.y_train, self.y_val = ytr, yva
        self.X_train_raw, self.X_val_raw = Xtr, Xva
        train_inputs = self.inputs(Xtr)
        #: The loss follows the dataset's task: softmax + cross-entropy for classification,
        #: identity + mean squared error for regression (engine.losses.LOSSES).
        self.loss = loss_for_task(ds.task)
        #: What the history's ``train_acc`` / ``val_acc`` columns hold: "accuracy" or "r2".
        self.metric = LOSSES[self.loss].build().metric
        self.net = MLP(
            [train_inputs.shape[1], *config.hidden, ds.n_classes],
            activation=ACTIVATIONS[config.activation].build(config.options_for("activation")),
            dropout=config.dropout,
            init=config.init,
            seed=np.random.default_rng(net_seed),
            dtype=self.dtype,
            loss=self.loss,
        )
        # Rows are samples here (cheap to shuffle and slice); the network reads the
        # transposed slices as sample-per-column without a copy.
        self._train_rows = self.net.augment(train_inputs)
        self._train_cols = np.ascontiguousarray(self._train_rows.T)
        self._val_cols = np.ascontiguousarray(self.net.augment(self.inputs(Xva)).T)
        self._onehot_rows = self.net.targets(ytr)  # one-hot rows, or a regression's targets (n, 1)
        # The compiled engine reads samples as rows (inputs with the ones column) and labels as
        # int64 (a regression's targets as float64).
        self._val_rows = np.ascontiguousarray(self._val_cols.T)
        ydt = np.float64 if self.regression else np.int64
        self._y_train64 = np.ascontiguousarray(ytr, dtype=ydt)
        self._y_val64 = np.ascontiguousarray(yva, dtype=ydt)
        # R²'s denominators, and the chance-level loss the divergence rule measures against:
        # ln K for cross-entropy, the training targets' variance (the MSE of predicting their
        # mean) for regression (at least a tiny floor: a constant target has none).
        self._sst_train, self._sst_val = (_sst(ytr), _sst(yva)) if self.regression else (0.0, 0.0)
        self._chance_loss = (max(self._sst_train / max(len(ytr), 1), 1e-6) if self.regression
                             else math.log(ds.n_classes))
        self._shuffle_rng = np.random.default_rng(shuffle_seed)
        self.opt = OPTIMIZERS[config.optimizer].build(config.options_for("optimizer"), lr=config.lr,
                                                      weight_decay=config.weight_decay)
        self.history = History.empty(self.net.n_layers, self.metric)
        self._last_diag_step = 0
        self.step = 0  # steps completed
        self.config_step = 0  # the step from which self.config's live fields hold
        self.epoch = 0  # epochs completed
        self._pos = 0  # samples of the current epoch already used
        self._epoch_X = self._epoch_Y = None  # this epoch's shuffled samples (the compiled engine: see _order)
        self._order: np.ndarray | None = None  # the compiled engine: the epoch's order of _epoch_X's rows
        self._batches: list[tuple[np.ndarray, np.ndarray]] = []  # ... cut into batches
        self._next_batch = 0  # next batch
        self.diverged = False
        self.diverged_at_step: int | None = None
        self._ema: float | None = None  # running mean of the step loss
        self._blowup = BLOWUP_FACTOR * self._chance_loss
        self.train_seconds = 0.0  # wall time spent inside run()
        self._last_finite = self.net.flat.copy()  # last parameters known to be finite
        self._grid_cache: dict[int, np.ndarray] = {}  # resolution -> augmented grid inputs
        self._grid_out: dict[int, np.ndarray] = {}  # resolution -> probabilities buffer
        self._kernel = None  # the compiled engine (kernel.CompiledEngine) while it trains this run
        self._kernel_fresh = False  # its work rows hold the last step
        self.engine = "numpy"  # the engine that trains: "compiled" or "numpy"
        self.engine_note = None  # a Message to show once: why the compiled engine was not used
        self._losses = np.empty(0)
        self._configure_live(config)

    # -- configuration ----------------------------------------------------------------------

    def inputs(self, X: np.ndarray) -> np.ndarray:
        """The network's inputs (n, d) of raw rows ``X`` of this run's data: the chosen
        features of 2-D points (or a regression's 1 or 2 inputs), or of images (raw pixels,
        ink per row or column)."""
        ds = self.dataset
        if ds.kind == "image":
            return make_image_features(X, self.config.features, ds.image_shape, dtype=self.dtype)
        return make_features(X, self.config.features, ds.bounds, dtype=self.dtype)

    @property
    def has_plane(self) -> bool:
        """Are the inputs points of a plane (decision grid, unit maps, probes)? 2-D points and a
        regression's curve (x against the target) or surface are; images are not."""
        return self.dataset.kind != "image"

    @property
    def regression(self) -> bool:
        """The run fits float targets (identity output, MSE; the history's accuracy
        columns hold R²)."""
        return self.net.regression

    @property
    def n_train(self) -> int:
        return len(self.y_train)

    @property
    def steps_per_epoch(self) -> int:
        return max(1, math.ceil(self.n_train / self.batch_size))

    @property
    def activation_bytes(self) -> int:
        """Bytes the arrays of one training batch's forward and backward pass take
        (:meth:`MLP.batch_bytes` of a whole batch): the memory a step needs grows with the batch."""
        return self.net.batch_bytes(min(self.batch_size, self.n_train))

    def _set_engine(self, name: str) -> bool:
        """Resolve the config's ``engine``; True if the engine that trains changed."""
        engine, note = engines.resolve(name, self.net.activation, self.opt, self.dtype)
        if note is not None:
            self.engine_note = note
        if engine == self.engine:
            return False
        self.engine = engine
        if engine == "compiled":
            from ..engine.kernel import CompiledEngine

            self._kernel = CompiledEngine(self.net, self.opt)
        else:
            self._kernel = None
        self._kernel_fresh = False
        return True

    def _configure_live(self, c: Config) -> None:
        self.config = c
        old_batch = getattr(self, "batch_size", None)
        self.batch_size = min(c.batch_size, self.n_train)
        switched = self._set_engine(c.engine) and old_batch is not None
        if old_batch is not None and (old_batch != self.batch_size or switched) \
                and self._next_batch < len(self._batches):
            self._chunk(self._pos)  # mid-epoch: the rest of the epoch in the new size (or for the other engine)
        spe = self.steps_per_epoch
        horizon = (c.epochs or DEFAULT_HORIZON_EPOCHS) * spe
        self.lr_at = SCHEDULES[c.schedule].build(c.options_for("schedule"), lr=c.lr, total_steps=max(horizon, 1),
                                                 steps_per_epoch=spe)
        self.net.dropout = c.dropout
        self.opt.weight_decay = c.weight_decay
        self.l1 = c.l1
        self._l1_mask = self.net.weight_mask.astype(self.dtype) * self.dtype.type(c.l1) if c.l1 else None

    def apply_live(self, config: Config) -> None:
        """Take the live fields of ``config`` (see ``LIVE_KEYS``) from the next step on,
        keeping the weights. Any other difference is an error: that needs a new Trainer."""
        _, needs_new_run = self.config.live_changes(config)
        if needs_new_run:
            raise ValueError("this change needs a new run (a new Trainer), not a live change")
        if config != self.config:
            self.config_step = self.step
        self._configure_live(config)

    @property
    def finished(self) -> bool:
        """The epoch budget is spent (never, when the budget is 0)."""
        return bool(self.config.epochs) and self.epoch >= self.config.epochs

    @property
    def lr(self) -> float:
        """Learning rate of the next step."""
        return float(self.lr_at(self.step))

    # -- training ---------------------------------------------------------------------------

    def run(self, max_steps: int) -> int:
        """Do up to ``max_steps`` steps; stop early at the epoch budget or on divergence.

        Returns the number of steps done.
        """
        if self.diverged or self.finished or max_steps <= 0:
            return 0
        if self._kernel is not None:
            return self._run_compiled(max_steps)
        self._kernel_fresh = False
        t0 = self._run_t0 = time.perf_counter()
        net, opt = self.net, self.opt
        params, grads = [net.flat], [net.flat_grad]
        hist = self.history.step_loss
        lr_at, train = self.lr_at, net.train_grads
        n = self.n_train
        done = 0
        np.copyto(self._last_finite, net.flat)
        while done < max_steps:
            if self._next_batch >= len(self._batches):
                self._new_epoch()
            Xt, Yt = self._batches[self._next_batch]
            opt.lr = lr_at(self.step)
            loss = train(Xt, Yt)
            if self._ema is None:
                self._ema = loss
                if math.isfinite(loss):
                    self._blowup = BLOWUP_FACTOR * max(self._chance_loss, loss)
            ema = self._ema = self._ema + _EMA * (loss - self._ema)
            if not math.isfinite(loss) or ema > self._blowup:
                self._diverge(math.isfinite(loss))
                break
            if self._l1_mask is not None:
                net.flat_grad += np.sign(net.flat) * self._l1_mask
            opt.step(params, grads)
            hist.append(loss)
            self.step += 1
            self._next_batch += 1
            self._pos += Xt.shape[1]
            done += 1
            if self._after_step(n):
                break
        self._end_slice(t0)
        return done

    def _after_step(self, n: int) -> bool:
        """After a step (either engine): the epoch's end or a diagnostics row when due;
        True if the budget is spent."""
        if self._pos >= n:
            self._end_epoch()
            return self.finished
        if self.step - self._last_diag_step >= DIAG_EVERY:
            self._record_diagnostics()
        return False

    def _end_slice(self, t0: float) -> None:
        """After a slice of steps (either engine): a blow-up left in the weights, the
        history's bound, the training time."""
        if not self.diverged and not np.isfinite(self.net.flat).all():
            self._diverge(False)
        self.history.bound()
        self.train_seconds += time.perf_counter() - t0

    def _run_compiled(self, max_steps: int) -> int:
        """:meth:`run` on the compiled engine: slices of steps in one kernel call each, cut
        where the NumPy loop does something between steps (an epoch's end, a diagnostics
        row), with the same random streams: the epoch's order from the shuffle generator,
        the dropout uniforms from the network's, drawn here in the order the NumPy
        engine draws them."""
        t0 = self._run_t0 = time.perf_counter()
        net, opt, eng = self.net, self.opt, self._kernel
        hist = self.history.step_loss
        n = self.n_train
        n_hidden = sum(net.sizes[1:-1])
        log_k = self._chance_loss
        done = 0
        np.copyto(self._last_finite, net.flat)
        const_lr = getattr(self.lr_at, "constant", None)
        while done < max_steps:
            if self._next_batch >= len(self._batches):
                self._new_epoch()
            B, pos = self.batch_size, self._pos
            k = min(max_steps - done, len(self._batches) - self._next_batch,
                    max(1, DIAG_EVERY - (self.step - self._last_diag_step)))
            if const_lr is None:
                lrs = np.fromiter(map(self.lr_at, range(self.step, self.step + k)), np.float64, k)
            else:  # (25 calls of a constant schedule took 5 % of a Playground epoch)
                lrs = np.full(k, const_lr)
            p = net.dropout
            u = rng_state = None
            if p > 0.0 and n_hidden:
                rng_state = net.rng.bit_generator.state
                u = net.rng.random(min(k * B, n - pos) * n_hidden, dtype=self.dtype)
            if len(self._losses) < k:
                self._losses = np.empty(max(k, 64))
            did, code, self._ema, self._blowup = eng.train(
                self._epoch_X, self._epoch_Y, pos, B, k, lrs, u, p, self.l1, self._ema, self._blowup, log_k,
                self._losses, self._order)
            self._kernel_fresh = True
            if did:
                hist.extend(self._losses[:did])
                self.step += did
                self._next_batch += did
                self._pos = min(pos + did * B, n)
                opt.t += did
                opt.lr = float(lrs[did - 1])
                done += did
            if code:
                opt.lr = float(lrs[did])
                if u is not None and did + 1 < k:
                    # Give back the uniforms of the steps not taken: the stream stands where
                    # the NumPy engine's would, after the diverging step's masks.
                    net.rng.bit_generator.state = rng_state
                    net.rng.random(min((did + 1) * B, n - pos) * n_hidden, dtype=self.dtype)
                self._diverge(code == 1)
                break
            if self._after_step(n):
                break
        self._end_slice(t0)
        return done

    @property
    def steps_left_in_epoch(self) -> int:
        """Steps to the end of the current epoch (a whole epoch when at a boundary)."""
        left = len(self._batches) - self._next_batch
        return left if left > 0 else self.steps_per_epoch

    def run_epoch(self) -> int:
        """Run to the end of the current epoch (a whole epoch when at a boundary)."""
        return self.run(self.steps_left_in_epoch)

    def _new_epoch(self) -> None:
        perm = self._shuffle_rng.permutation(self.n_train)
        if self._kernel is not None:  # it reads the rows in this order where they are: no shuffled copies
            self._epoch_X, self._epoch_Y, self._order = self._train_rows, self._onehot_rows, perm
        else:
            self._epoch_X = self._train_rows[perm]
            self._epoch_Y = self._onehot_rows[perm]
            self._order = None
        self._chunk(0)

    def _shuffled(self) -> None:
        """Make ``_epoch_X``, ``_epoch_Y`` the epoch's shuffled rows themselves (the NumPy
        engine cuts batches of them; a saved run keeps them)."""
        if self._order is not None:
            self._epoch_X = self._epoch_X[self._order]
            self._epoch_Y = self._epoch_Y[self._order]
            self._order = None

    def _chunk(self, start: int) -> None:
        """Cut the shuffled samples from ``start`` on into batches, each stored
        sample-per-column and contiguous: the layout the network is fastest on."""
        B = self.batch_size
        if self._kernel is not None:  # the kernel reads the rows where they are: only the count
            self._batches = range(-(-(len(self._epoch_X) - start) // B))
            self._next_batch, self._pos = 0, start
            return
        self._shuffled()
        Xs, Ys = self._epoch_X[start:], self._epoch_Y[start:]
        m = len(Xs)
        nb = m // B
        Xb = np.ascontiguousarray(Xs[: nb * B].reshape(nb, B, Xs.shape[1]).transpose(0, 2, 1))
        Yb = np.ascontiguousarray(Ys[: nb * B].reshape(nb, B, Ys.shape[1]).transpose(0, 2, 1))
        self._batches = list(zip(Xb, Yb))  # (a range of their count on the compiled engine)
        if m % B:
            self._batches.append((np.ascontiguousarray(Xs[nb * B :].T), np.ascontiguousarray(Ys[nb * B :].T)))
        self._next_batch = 0
        self._pos = start

    def _end_epoch(self) -> None:
        self.epoch += 1
        h = self.history
        acc, loss, vacc, vloss = self._scores()
        h.epoch.append(self.epoch)
        h.epoch_step.append(self.step)
        h.train_loss.append(loss)
        h.train_acc.append(acc)
        h.val_loss.append(vloss)
        h.val_acc.append(vacc)
        h.lr.append(self.opt.lr)
        h.seconds.append(self.train_seconds + time.perf_counter() - self._run_t0)
        self._record_diagnostics()

    def _scores(self) -> tuple[float, float, float, float]:
        """Accuracy and loss on the training set, then on the validation set (NaN without one);
        a regression's R² and MSE."""
        if self.regression:
            return self._regression_scores()
        if self._kernel is not None:
            return self._kernel.scores(self._train_cols, self._y_train64, self._val_cols, self._y_val64)
        acc, loss = _accuracy_and_loss(self.net.eval_proba_t(self._train_cols), self.y_train)
        if len(self.y_val):
            vacc, vloss = _accuracy_and_loss(self.net.eval_proba_t(self._val_cols), self.y_val)
        else:
            vacc = vloss = math.nan
        return acc, loss, vacc, vloss

    def _regression_scores(self) -> tuple[float, float, float, float]:
        """(R², MSE) on the training set, then on the validation set (NaN without one)."""
        nt, nv = len(self.y_train), len(self.y_val)
        if self._kernel is not None:
            sse_t, sse_v = self._kernel.sse(self._train_cols, self._y_train64, self._val_cols, self._y_val64)
        else:
            def sse(cols, y):
                if not len(y):
                    return 0.0
                e = self.net.eval_proba_t(cols)[0].astype(np.float64) - y
                return float(np.dot(e, e))
            sse_t, sse_v = sse(self._train_cols, self._y_train64), sse(self._val_cols, self._y_val64)
        out = []
        for sse_, sst, n in ((sse_t, self._sst_train, nt), (sse_v, self._sst_val, nv)):
            out += [r2_from_sums(sse_, sst), sse_ / n] if n else [math.nan, math.nan]
        return out[0], out[1], out[2], out[3]

    def _record_diagnostics(self) -> None:
        # A row per epoch costs what a couple of steps do: only the three series
        # the plots draw, not the full Diagnostics (its mean and std cost as much again).
        rows = self._layer_rows()
        if rows is None:
            return
        h = self.history
        h.diag_step.append(self.step)
        h.grad_norm.append(rows[0])
        h.dead_fraction.append(rows[1])
        h.saturated.append(rows[2])
        h.same_sign.append(rows[3])
        self._last_diag_step = self.step

    def _layer_rows(self, same_sign: bool = True) -> tuple[tuple[float, ...], ...] | None:
        """(gradient norm per weight layer, then per hidden layer the dead, saturated and
        same-sign shares) of the last step; ``same_sign`` False: () for the last, where
        it costs (the NumPy engine; the kernel counts it with the others)."""
        if self._kernel is not None and self._kernel_fresh:
            return self._kernel.layer_rows()
        w = self.net.last_batch
        if w is None:
            return None
        act = self.net.activation
        norms = tuple(math.sqrt(float(np.dot(g.ravel(), g.ravel()))) for g in self.net.gblocks)
        dead = tuple(float(np.count_nonzero(dead_units(act, z))) / len(z) for z in w.z[:-1])
        sat = tuple(float(np.count_nonzero(saturated_below(act, z))) / z.size for z in w.z[:-1])
        return norms, dead, sat, same_sign_shares(self.net.gblocks) if same_sign else ()

    def _diverge(self, finite: bool) -> None:
        # Record where it happened. Weights that are no longer finite fall back to
        # the last finite ones, so nothing downstream (grid, plots, JSON) sees a
        # NaN; finite blown-up weights stay, since their picture is the lesson.
        self.diverged = True
        self.diverged_at_step = self.step + 1
        if not finite or not np.isfinite(self.net.flat).all():
            np.copyto(self.net.flat, self._last_finite)

    # -- saving and resuming -----------------------------------------------------------------

    HISTORY_FIELDS = ("step_loss", "epoch_step", "train_loss", "train_acc", "val_loss", "val_acc", "lr", "seconds",
                      "diag_step", "grad_norm", "dead_fraction", "saturated", "epoch", "same_sign")

    def state(self) -> tuple[dict, dict[str, np.ndarray]]:
        """Everything a resumed run needs to go on exactly as this one would:
        (JSON-ready scalars and generator states, arrays by name)."""
        mid_epoch = self._next_batch < len(self._batches)
        scalars = {
            "step": self.step, "epoch": self.epoch, "pos": self._pos if mid_epoch else 0, "mid_epoch": mid_epoch,
            "diverged": self.diverged, "diverged_at_step": self.diverged_at_step, "ema": self._ema,
            "blowup": self._blowup, "last_diag_step": self._last_diag_step, "train_seconds": self.train_seconds,
            "optimizer_t": self.opt.t,
            "rng": {"net": self.net.rng.bit_generator.state, "shuffle": self._shuffle_rng.bit_generator.state},
        }
        arrays = {"params": self.net.flat.copy()}
        arrays.update({f"opt.{k}": a.copy() for k, a in self.opt.state_arrays().items()})
        arrays.update({f"history.{k}": np.array(getattr(self.history, k).view()) for k in self.HISTORY_FIELDS})
        if mid_epoch:
            self._shuffled()
            arrays["epoch_X"], arrays["epoch_Y"] = self._epoch_X, self._epoch_Y
        return scalars, arrays

    def restore(self, scalars: dict, arrays: dict[str, np.ndarray]) -> None:
        """Take a :meth:`state` of a run of the same config and data. ValueError
        (naming the part) if anything does not fit; the trainer is then unusable."""
        def arr(name: str, shape=None) -> np.ndarray:
            a = arrays.get(name)
            if a is None:
                raise ValueError(f"{name} is missing")
            if shape is not None and a.shape != shape:
                raise ValueError(f"{name} has shape {a.shape}, expected {shape}")
            return a

        self.net.flat[...] = arr("params", self.net.flat.shape)
        if not np.isfinite(self.net.flat).all():
            raise ValueError("params are not finite")
        self.opt.load_state(scalars["optimizer_t"], {k[4:]: a for k, a in arrays.items() if k.startswith("opt.")},
                            [self.net.flat])
        self.net.rng.bit_generator.state = scalars["rng"]["net"]
        self._shuffle_rng.bit_generator.state = scalars["rng"]["shuffle"]
        self.step, self.epoch = int(scalars["step"]), int(scalars["epoch"])
        self.diverged, self.diverged_at_step = bool(scalars["diverged"]), scalars["diverged_at_step"]
        self._ema = None if scalars["ema"] is None else float(scalars["ema"])
        self._blowup = float(scalars["blowup"])
        self._last_diag_step = int(scalars["last_diag_step"])
        self.train_seconds = float(scalars["train_seconds"])
        self.history = History.empty(self.net.n_layers, self.metric)
        for k in self.HISTORY_FIELDS:
            if k == "epoch" and "history.epoch" not in arrays:  # a file from before histories were thinned
                self.history.epoch.extend(np.arange(1, self.history.rows + 1, dtype=np.float64))
                continue
            if k == "same_sign" and "history.same_sign" not in arrays:  # a file from before it was recorded
                self.history.same_sign.extend(np.full((self.history.diag_step.n, self.net.n_layers - 1), np.nan))
                continue
            getattr(self.history, k).extend(arr(f"history.{k}"))
        if self.history.same_sign.n != self.history.diag_step.n:
            raise ValueError("history.same_sign does not have one row per diagnostics row")
        e = self.history.epoch.view()
        if len(e) != self.history.rows or (len(e) and (not np.all(np.diff(e) > 0) or e[0] < 1)):
            raise ValueError("history.epoch is not one increasing epoch number per row")
        if self.history.epochs != self.epoch:
            raise ValueError(f"history has {self.history.epochs} epochs, the run {self.epoch}")
        if self.history.step_loss.n > self.step:
            raise ValueError(f"history has {self.history.step_loss.n} step losses, the run {self.step} steps")
        self.history.bound()
        if scalars["mid_epoch"]:
            n, width = self._train_rows.shape
            self._epoch_X = arr("epoch_X", (n, width)).astype(self.dtype)
            self._epoch_Y = arr("epoch_Y", self._onehot_rows.shape).astype(self.dtype)
            self._order = None
            self._chunk(int(scalars["pos"]))
        else:
            self._epoch_X = self._epoch_Y = self._order = None
            self._batches, self._next_batch, self._pos = [], 0, 0
        np.copyto(self._last_finite, self.net.flat)

    # -- reading the state ------------------------------------------------------------------

    def evaluate(self) -> dict[str, float]:
        """Loss and accuracy of the current weights on the train and validation sets
        (computed as the per-epoch history is, by the engine that trains)."""
        acc, loss, vacc, vloss = self._scores()
        if self.regression:
            # The loss is the MSE; R² takes accuracy's place (no accuracy: NaN, None in JSON).
            return {"train_loss": loss, "train_accuracy": math.nan, "val_loss": vloss, "val_accuracy": math.nan,
                    "train_mse": loss, "train_r2": acc, "val_mse": vloss, "val_r2": vacc}
        return {"train_loss": loss, "train_accuracy": acc, "val_loss": vloss, "val_accuracy": vacc}

    def grid_inputs(self, resolution: int) -> np.ndarray:
        """Augmented network inputs for a resolution x resolution grid over the data bounds
        (a curve's: x from the grid point, the target's axis unused, so each row is the same)."""
        if not self.has_plane:
            raise ValueError(f"{self.dataset.kind} data has no plane to draw a grid over")
        g = self._grid_cache.get(resolution)
        if g is None:
            pts = grid_points(self.dataset.bounds, resolution)
            if self.dataset.kind == "curve":  # the plane's x is the curve's input; its y is the target's axis
                pts = pts[:, :1]
            feats = make_features(pts, self.config.features, self.dataset.bounds, dtype=self.dtype)
            g = np.ascontiguousarray(self.net.augment(feats).T)
            if len(self._grid_cache) > 4:
                self._grid_cache.clear()
                self._grid_out.clear()
            self._grid_cache[resolution] = g
        return g

    def predict_grid(self, resolution: int = 100) -> np.ndarray:
        """Class probabilities over the plane, shape (K, resolution, resolution), [k, iy, ix]
        (a regression's predictions, K = 1).

        The array is reused by the next call: copy it to keep it."""
        g = self.grid_inputs(resolution)
        out = self._grid_out.get(resolution)
        if out is None:
            out = self._grid_out[resolution] = np.empty((self.dataset.n_classes, g.shape[1]), self.dtype)
        # In blocks of columns: a 10,000-point pass through a deep net needs work
        # arrays of several MB, which pushes the training step's arrays out of cache.
        n = g.shape[1]
        for a in range(0, n, GRID_BLOCK):
            b = min(a + GRID_BLOCK, n)
            self.net.eval_proba_t(g[:, a:b], out=out[:, a:b])
        return out.reshape(-1, resolution, resolution)

    def evaluation(self):
        """What the views of image data draw (:class:`.evaluation.Evaluation`), now."""
        from .evaluation import image_evaluation

        return image_evaluation(self)

    def diagnostics(self) -> Diagnostics | None:
        """Per-layer statistics of the last training step; None before the first step."""
        w = self.net.last_batch
        if w is None:
            return None
        norms, dead, sat, _ = self._layer_rows(same_sign=False)  # (a snapshot's Diagnostics has no same-sign)
        mean = tuple(float(z.mean()) for z in w.z[:-1])
        std = tuple(float(z.std()) for z in w.z[:-1])
        return Diagnostics(self.opt.lr, norms, dead, mean, std, sat)

    def summary(self) -> dict:
        """The figures the CLI prints (and its JSON line carries)."""
        ev = self.evaluate()
        secs = self.train_seconds
        return {
            "epochs": self.epoch,
            "steps": self.step,
            "seconds": round(secs, 4),
            "steps_per_second": round(self.step / secs, 1) if secs > 0 else None,
            **{k: (None if math.isnan(v) else round(v, 6)) for k, v in ev.items()},
            "diverged": self.diverged,
            "diverged_at_step": self.diverged_at_step,
            "engine": self.engine,
            "task": self.dataset.task,
            "metric": self.metric,
        }
