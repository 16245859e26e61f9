"""Seconds to make an animated GIF of training (issue 22 §4: 100 frames in <= 10 s).

Usage: PYTHONPATH=. python benchmarks/animation_speed.py [FRAMES [WxH]]
Trains the window's default run (Config(), 100 epochs) headless with a replay
Timeline, as ``dlviz train --animate`` does, then times
``dlviz.ui.animation.headless_gif`` (drawing every frame offscreen: a snapshot's
decision regions and the curves' cursor, then Pillow's encoding and the write): the
median of 3, wall-clock and CPU seconds (on a machine shared with other jobs the CPU
time is what an idle one would take). Qt and pyqtgraph are imported before the clock
starts (``dlviz train`` pays their import once, ~1-3 s, whatever it draws). Prints the
time, frames, size and bytes of the GIF, and the per-frame split: drawing vs encoding.
Measured (issue 22, load average ~30 on 2 cores: wall-clock is several times the CPU):

    trained 100 epochs (1,300 steps) in 0.17 s, 101 snapshots kept (150 kB)
    GIF 100 frames (100 decoded), 960x480, 5 s long, 3,781,821 bytes
    made in 7.52 s wall, 2.18 s cpu (median of 3); drawing 5.37 s, encoding 2.15 s; goal <= 10 s for 100 frames: met

Before drawing only the plane and the cursor per frame (the axes and legends once), the
same GIF took 11.4 s wall (each frame grabbed both whole views: their axes' text most).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(frames: int = 100, size: tuple[int, int] = (960, 480)) -> None:
    import pyqtgraph  # noqa: F401  (imported before the clock: see the docstring)
    from PIL import Image
    from PySide6.QtWidgets import QApplication

    from dlviz.config import Config
    from dlviz.training import headless
    from dlviz.training.trainer import Trainer
    from dlviz.ui import animation

    QApplication.instance() or QApplication([])
    t = Trainer(Config(epochs=100))
    timeline = headless.animation_timeline(t, frames)
    with headless.blas_limited():
        t0 = time.perf_counter()
        headless.train(t, timeline=timeline)
        train_s = time.perf_counter() - t0
        print(f"trained {t.epoch} epochs ({t.step:,} steps) in {train_s:.2f} s, {len(timeline)} snapshots kept "
              f"({timeline.nbytes / 1e3:.0f} kB)")
        out = os.path.join(tempfile.mkdtemp(prefix="dlviz-gif-"), "training.gif")
        animation.headless_gif(t, timeline, out, frames, 5.0, size)  # warm-up (first layout, fonts)
        wall, cpu, drawn = [], [], []
        encode = animation.encode_gif
        timing = {}

        def timed_encode(images, seconds, should_stop=None):
            e0 = time.perf_counter()
            try:
                return encode(images, seconds, should_stop)
            finally:
                timing["encode"] = time.perf_counter() - e0

        animation.encode_gif = timed_encode
        try:
            for _ in range(3):
                w0, c0 = time.perf_counter(), time.process_time()
                result = animation.headless_gif(t, timeline, out, frames, 5.0, size)
                wall.append(time.perf_counter() - w0)
                cpu.append(time.process_time() - c0)
                drawn.append(wall[-1] - timing["encode"])
        finally:
            animation.encode_gif = encode
    with Image.open(out) as im:
        decoded = im.n_frames
    w, h = result.size
    print(f"GIF {result.frames} frames ({decoded} decoded), {w}x{h}, {result.seconds:g} s long, "
          f"{result.bytes:,} bytes")
    print(f"made in {statistics.median(wall):.2f} s wall, {statistics.median(cpu):.2f} s cpu (median of 3); "
          f"drawing {statistics.median(drawn):.2f} s, encoding {statistics.median(wall) - statistics.median(drawn):.2f} s; "
          f"goal <= 10 s for 100 frames: {'met' if statistics.median(wall) <= 10 else 'NOT met'}")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    sz = tuple(int(v) for v in sys.argv[2].split("x")) if len(sys.argv) > 2 else (960, 480)
    main(n, sz)
