"""Screenshots of the image views in the window, fed a hand-built digits Evaluation.

    PYTHONPATH=$PWD python benchmarks/image_views_screenshots.py [--lang ko] [--size 1920x1080] [--out DIR]

Until the training process sends an Evaluation for image runs, this trains a small NumPy
MLP on the digits (tests/ui/image_frames.py), builds the Frame the pipeline will send and
draws it in an offscreen window: one PNG with each image dock in front, and the views' PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ui"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en")
    ap.add_argument("--size", default="1366x768")
    ap.add_argument("--out", default="/tmp/image_views")
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from dlviz.config import Config
    from dlviz.ui import i18n
    from dlviz.ui.fonts import register_fonts
    from dlviz.ui.main_window import MainWindow
    from image_frames import evaluate, image_frame, train_mlp

    i18n.install(app, args.lang)
    register_fonts()
    frame = image_frame(evaluate(train_mlp(epochs=3), step=100))
    win = MainWindow(Config())
    win.resize(w, h)
    win.show()

    def spin(n: int = 20) -> None:
        for _ in range(n):
            app.processEvents()
            time.sleep(0.02)

    t0 = time.time()
    while win.frame is None and time.time() - t0 < 60:
        spin(1)
    win.controller.frames_ready.disconnect()  # the 2-D run's frames no longer reach the views
    spin()
    if w > 1600:
        win.apply_layout("all")
    win._draw_fast(frame)  # the centre: the PCA map; the image docks open
    for name in ("samples_dock", "confusion_dock", "mistakes_dock", "first_layer_dock"):
        win.views[name].update_frame(frame)
    spin()
    for name in ("samples_dock", "confusion_dock", "first_layer_dock"):
        win.docks[name].raise_()
        spin(5)
        path = out / f"window_{args.lang}_{w}_{name}.png"
        win.grab().save(str(path))
        print(path)
    # The image views' own PNGs at 2x, as File > Export writes them (the window's export
    # redraws from the scheduler's newest frame: the 2-D run's here).
    from dlviz.ui.export import export_views

    views = {"embedding_plot": win.embedding_view}
    views.update({win.views[n].objectName(): win.views[n] for n in ("samples_dock", "confusion_dock",
                                                                      "first_layer_dock") if win.docks[n].isVisible()})
    for p in export_views(views, out / f"export_{args.lang}_{w}", 2.0):
        print(p)
    win.close()


if __name__ == "__main__":
    main()
