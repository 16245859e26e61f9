"""Training speed of the two engines, in the same run: the compiled kernel (numba) and
the NumPy reference, on the headless jobs of issue 21's table, and torch eager where
it is installed.

Jobs:
- Playground 8,8 ReLU: TensorFlow Playground's job (spiral, 2 classes, 500 points, half
  held out: 250 train points, batch 10, SGD lr 0.03), trained headless; goal >= 8x.
- Playground 6x8 tanh: the same with six tanh layers of 8; goal >= 8x.
- reference job: spiral, 3 classes, 1,200 points, 32,32 ReLU, Adam lr 0.01, batch 32, no
  validation; goal >= 3x NumPy and >= 25x torch eager (the usual per-batch loop).

Each figure is epochs per CPU second (``time.process_time``: the machines here are shared,
and wall time would measure the neighbours' load) of ``Trainer.run`` (per-epoch evaluation and
diagnostics included, as in the window), the best of ``--repeats`` runs, the engines
interleaved so that both see the same load. The ratio is taken in the same run.

    python benchmarks/engine_speed.py [--repeats 5] [--epochs 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import numpy as np

from dlviz.config import Config
from dlviz.training.session import limit_blas_threads
from dlviz.training.trainer import Trainer

PLAYGROUND = dict(dataset="spiral", classes=2, samples=500, val_fraction=0.5, noise=0.1, batch_size=10,
                  optimizer="sgd", lr=0.03)
REFERENCE = Config(dataset="spiral", classes=3, samples=1200, noise=0.2, hidden=(32, 32), activation="relu",
                   optimizer="adam", lr=0.01, schedule="constant", batch_size=32, val_fraction=0.0, seed=0)
JOBS = {
    "Playground 8,8 ReLU, 250 pts, batch 10, SGD 0.03": (Config(**PLAYGROUND, hidden=(8, 8), activation="relu"), 8.0),
    "Playground 6x8 tanh": (Config(**PLAYGROUND, hidden=(8,) * 6, activation="tanh"), 8.0),
    "reference: spiral 1,200, 32,32 ReLU, Adam, batch 32": (REFERENCE, 3.0),
}


def epochs_per_second(config: Config, engine: str, epochs: int) -> float:
    t = Trainer(config.replace(engine=engine, epochs=epochs))  # (built outside the timing, as the window does)
    assert t.engine == engine, f"{engine} asked, {t.engine} used ({t.engine_note})"
    c0 = time.process_time()  # CPU time: the machine is shared, wall time would measure the neighbours
    t.run(10**9)
    return t.epoch / (time.process_time() - c0)


def torch_epochs_per_second(config: Config, epochs: int) -> float | None:
    """The same job as the usual torch eager loop (nn.Sequential, CrossEntropyLoss, optim)."""
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    t = Trainer(config.replace(engine="numpy"))
    X = torch.tensor(t._train_rows[:, :-1], dtype=torch.float32)
    y = torch.tensor(t.y_train, dtype=torch.long)
    layers, sizes = [], [X.shape[1], *config.hidden, t.dataset.n_classes]
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(torch.nn.Linear(a, b))
        if i < len(sizes) - 2:
            layers.append({"relu": torch.nn.ReLU, "tanh": torch.nn.Tanh}[config.activation]())
    model = torch.nn.Sequential(*layers)
    opt = {"adam": torch.optim.Adam, "sgd": torch.optim.SGD}[config.optimizer](model.parameters(), lr=config.lr)
    loss_fn = torch.nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(0)
    B, n = config.batch_size, len(y)
    start = time.process_time()
    for _ in range(epochs):
        perm = torch.randperm(n, generator=gen)
        for s in range(0, n, B):
            idx = perm[s:s + B]
            opt.zero_grad()
            loss = loss_fn(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
        with torch.no_grad():  # the per-epoch evaluation dlviz does too
            loss_fn(model(X), y).item()
    return epochs / (time.process_time() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=300, help="epochs per timed run (the reference job: a tenth)")
    args = ap.parse_args()
    Trainer(JOBS[next(iter(JOBS))][0].replace(engine="compiled"))  # load (or compile) the kernel first
    print(f"load average {os.getloadavg()[0]:.1f}; epochs per CPU second, best of {args.repeats} (median in brackets); ratio compiled / numpy in the same run")
    print(f"| job | numpy | compiled | ratio | goal | torch eager | compiled / torch |")
    print(f"|---|---|---|---|---|---|---|")
    for name, (config, goal) in JOBS.items():
        epochs = args.epochs if config is not REFERENCE else max(args.epochs // 10, 5)
        runs: dict[str, list[float]] = {"numpy": [], "compiled": []}
        for _ in range(args.repeats):
            for engine in runs:
                runs[engine].append(epochs_per_second(config, engine, epochs))
        best = {k: max(v) for k, v in runs.items()}
        med = {k: statistics.median(v) for k, v in runs.items()}
        ratio = best["compiled"] / best["numpy"]
        torch_cell = ratio_cell = "-"
        if config is REFERENCE:
            tv = [torch_epochs_per_second(config, epochs) for _ in range(args.repeats)]
            if tv[0] is not None:
                torch_cell = f"{max(tv):,.0f}"
                ratio_cell = f"{best['compiled'] / max(tv):.1f}x (goal >= 25x)"
        print(f"| {name} | {best['numpy']:,.0f} ({med['numpy']:,.0f}) | {best['compiled']:,.0f} "
              f"({med['compiled']:,.0f}) | {ratio:.1f}x | >= {goal:g}x | {torch_cell} | {ratio_cell} |", flush=True)


if __name__ == "__main__":
    with limit_blas_threads():  # as the training process and `dlviz train` do
        np.seterr(all="ignore")
        main()
