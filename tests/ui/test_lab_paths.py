"""The optimizer-paths lab: what it draws is what compute_paths computes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from dlviz.engine.optimizers import OPTIMIZERS
from dlviz.engine.surfaces import SURFACES, get_surface
from dlviz.training.paths import PathSpec, compute_paths
from dlviz.ui.lab import paths as lab_paths
from dlviz.ui.lab.paths import PathsLab, log_surface


@pytest.fixture
def lab(qtbot):
    from dlviz.ui.style import configure_pyqtgraph

    configure_pyqtgraph()
    w = PathsLab()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_one_row_per_registered_optimizer_each_its_own_colour(lab):
    assert list(lab.checks) == list(OPTIMIZERS)
    colours = {lab_paths.path_color(n) for n in OPTIMIZERS}
    assert len(colours) == len(OPTIMIZERS)
    assert [lab.surface_box.itemData(i) for i in range(lab.surface_box.count())] == list(SURFACES)


def test_drawn_paths_are_compute_paths(lab):
    lab.set_surface("rosenbrock")
    for name in lab.checks:
        lab.set_enabled(name, True)
    lab.set_lr("adam", 0.05)
    lab.show_step(lab.steps)
    specs = [PathSpec(n, lab_paths.default_lr("rosenbrock", n) if n != "adam" else 0.05,
                      lab_paths.default_weight_decay(n)) for n in OPTIMIZERS]
    assert lab.specs() == specs
    want = compute_paths("rosenbrock", get_surface("rosenbrock").start, specs, lab.steps)
    assert set(lab.plot.curves) == set(want)
    for name, path in want.items():
        x, y = lab.plot.curves[name].getData()
        np.testing.assert_array_equal(np.column_stack([x, y]), path.points)
    # Half way, each path is drawn up to that step.
    lab.show_step(100)
    x, y = lab.plot.curves["sgd"].getData()
    np.testing.assert_array_equal(np.column_stack([x, y]), want["sgd"].points[:101])
    assert lab.step_label.text() == f"step 100 / {lab.steps}"


def test_adamw_gets_torch_weight_decay_and_differs_from_adam(lab):
    assert lab_paths.default_weight_decay("adamw") == 0.01
    assert lab_paths.default_weight_decay("adam") == 0.0
    lab.set_enabled("adamw", True)
    assert not np.array_equal(lab.paths["adam"].points, lab.paths["adamw"].points)


def test_the_surface_image_is_the_log_of_its_grid(lab):
    for name in ("rosenbrock", "himmelblau", "six_hump_camel"):
        lab.set_surface(name)
        surface = get_surface(name)
        _, _, Z = surface.grid(lab_paths.RESOLUTION)
        assert lab.plot.image.image.shape == (200, 200)
        L, base, eps = log_surface(Z, surface.f_min)
        np.testing.assert_allclose(lab.plot.image.image, L)
        # and by hand: log10(f - f_min + a thousandth of the median height)
        lo = min(Z.min(), surface.f_min)
        np.testing.assert_allclose(L, np.log10(Z - lo + 1e-3 * np.median(Z - lo)))
        assert tuple(lab.plot.image.levels) == pytest.approx((L.min(), L.max()))
        np.testing.assert_allclose(lab.plot.minima.getData()[0], [m[0] for m in surface.minima])
        assert surface.formula in lab.plot.plot.titleLabel.text
    lab.set_surface("saddle")  # unbounded below: f itself, no log
    np.testing.assert_allclose(lab.plot.image.image, get_surface("saddle").grid(200)[2])


def test_a_click_on_the_plane_sets_the_start(lab, qtbot):
    lab.set_surface("himmelblau")
    lab.set_enabled("sgd", True)
    qtbot.waitUntil(lambda: lab.plot.plot.getViewBox().width() > 100)
    vb = lab.plot.plot.getViewBox()
    target = QPointF(-2.0, 1.5)
    pos = lab.plot.mapFromScene(vb.mapViewToScene(target))
    with qtbot.waitSignal(lab.step_shown, timeout=5000):
        qtbot.mouseClick(lab.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    # One pixel of the 10-wide box is ~0.02: the click lands within a pixel or two.
    assert lab.start == pytest.approx((-2.0, 1.5), abs=0.05)
    x, y = lab.plot.start_marker.getData()
    assert (x[0], y[0]) == lab.start
    for p in lab.paths.values():
        assert tuple(p.points[0]) == lab.start
    assert lab.playing  # a new start plays at once
    lab.pause()


def test_a_divergent_lr_says_where_it_diverged(lab):
    lab.set_surface("quadratic")
    lab.set_lr("sgd", 10.0)
    p = lab.paths["sgd"]
    assert p.diverged_at is not None
    lab.show_step(p.diverged_at - 1)
    assert "diverged" not in lab.plot.legend_text("sgd")
    lab.show_step(lab.steps)
    assert lab.plot.legend_text("sgd") == f"SGD, lr 10: diverged at step {p.diverged_at}"
    assert lab.status["sgd"].text() == f"diverged at step {p.diverged_at}"
    assert "diverged" not in lab.plot.legend_text("adam")


def test_a_bad_lr_is_refused_and_the_old_one_kept(lab):
    lab.set_surface("quadratic")
    edit = lab.lr_edits["sgd"]
    edit.setText("-1")
    edit.editingFinished.emit()
    assert lab.specs()[0].lr == 0.05 and edit.text() == "0.05"
    assert "positive" in lab.status["sgd"].text()


def test_play_animates_to_the_end_and_stops(lab, qtbot):
    lab.steps_box.setValue(60)
    lab.reset()
    shown = []
    lab.step_shown.connect(shown.append)
    lab.play()
    qtbot.waitUntil(lambda: not lab.playing, timeout=10_000)
    assert lab.step == 60 and shown[-1] == 60
    assert len(shown) > 2 and shown == sorted(shown)  # revealed in steps, forward
    assert lab.play_button.text() == "Play"
    lab.play()  # at the end: starts over
    assert lab.step == 0 and lab.playing
    lab.reset()
    assert lab.step == 0 and not lab.playing


def test_dlviz_paths_export_writes_the_picture(tmp_path, qapp, capsys):
    import json

    from dlviz.cli import main

    out = tmp_path / "figs"
    rc = main(["paths", "--surface", "himmelblau", "--optimizers", "sgd,adam", "--lr", "0.01,0.1", "--steps", "200",
               "--json", "--export", str(out)])
    assert rc == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    png = out / "optimizer_paths.png"
    assert result["exported"] == [str(png)]
    assert png.stat().st_size > 20_000
    img = QImage(str(png))
    w, h = lab_paths.EXPORT_SIZE
    assert (img.width(), img.height()) == (2 * w, 2 * h)
    # Not blank: the surface's colours and the paths are in it.
    colours = {img.pixel(x, y) for x in range(0, img.width(), 37) for y in range(0, img.height(), 37)}
    assert len(colours) > 50


def test_dlviz_paths_export_to_a_file_is_refused(tmp_path, capsys):
    from dlviz.cli import main

    f = tmp_path / "file"
    f.write_text("x")
    assert main(["paths", "--export", str(f)]) == 2
    assert "cannot export" in capsys.readouterr().err
