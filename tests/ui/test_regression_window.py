"""Picking a regression set in the window trains it without an error in any view (the
regression views proper are tested with them); back to a classification set too."""

import numpy as np

from dlviz.config import Config


def test_the_window_trains_a_curve_and_a_surface_and_goes_back(qtbot):
    from dlviz.ui.main_window import MainWindow

    w = MainWindow(Config(dataset="spiral", hidden=(6,), dropout=0.1))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.apply_layout("all")  # every dock on screen, so every view draws
    qtbot.waitUntil(lambda: w.frame is not None, timeout=30_000)
    for name, kind in (("sine", "curve"), ("bump", "surface"), ("xor", "points")):
        assert w.controller.set_value("dataset", name)
        qtbot.waitUntil(lambda: w.frame is not None and w.frame.info.config.dataset == name, timeout=30_000)
        w.play()
        qtbot.waitUntil(lambda: w.frame.snap.epoch >= 2 and w.frame.inside is not None, timeout=60_000)
        w.pause()
        qtbot.waitUntil(lambda: not w.playing, timeout=10_000)
        w.scheduler.draw_all()
        f = w.frame
        assert f.info.kind == kind and f.metric == ("accuracy" if kind == "points" else "r2")
        if kind != "points":
            assert f.evaluation is not None and np.isfinite(f.val_acc).all()
    w.close()
