"""The headless ways to get pictures: ``dlviz train --export`` and ``dlviz --screenshot``."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QImage

from dlviz.ui.app import SIZE_HINTS_NOTICE, application, quiet_qt_messages

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _image_ok(path) -> None:
    img = QImage(str(path))
    assert img.width() > 100 and img.height() > 100, path
    colours = {img.pixel(x, y) for x in range(0, img.width(), 9) for y in range(0, img.height(), 9)}
    assert len(colours) > 5, f"{path} looks blank"


def test_train_export_writes_every_plot(tmp_path):
    out = tmp_path / "figs"
    proc = subprocess.run(
        [sys.executable, "-m", "dlviz", "train", "--dataset", "xor", "--samples", "200", "--hidden", "8,8",
         "--dropout", "0.2", "--epochs", "5", "--export", str(out), "--json"],
        capture_output=True, text=True, timeout=120, env=ENV)
    assert proc.returncode == 0, proc.stderr
    names = {p.name for p in out.iterdir()}
    assert names == {"decision_regions.png", "loss.png", "activation.png", "dropout_masks.png", "network.png",
                     "gradient_flow.png", "dead_units_and_saturation.png", "weights.png",
                     "schedule_plot.png", "backprop.png"}  # (the learning-rate and backprop views: the registry added them)
    for p in out.iterdir():
        _image_ok(p)
    assert '"exported"' in proc.stdout.splitlines()[-1]
    assert proc.stderr == ""  # not even "This plugin does not support propagateSizeHints()"


@pytest.mark.slow  # a window process; --train-epochs' screenshot stays in the quick tier
def test_screenshot_option(tmp_path):
    shot = tmp_path / "shot.png"
    cfg = tmp_path / "lesson.json"
    cfg.write_text('{"dataset": "moons", "dropout": 0.3}', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "dlviz", "--screenshot", str(shot), "--train-seconds", "0.5",
                           "--size", "1366x768", "--config", str(cfg)],
                          capture_output=True, text=True, timeout=120, env=ENV)
    assert proc.returncode == 0, proc.stderr
    img = QImage(str(shot))
    assert (img.width(), img.height()) == (1366, 768)
    _image_ok(shot)
    assert "propagateSizeHints" not in proc.stderr


def test_screenshot_after_a_number_of_epochs(tmp_path):
    """--train-epochs: the picture shows the run after exactly N epochs, whatever the machine's speed."""
    shot = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-m", "dlviz", "--screenshot", str(shot), "--train-epochs", "7",
                           "--size", "1366x768"], capture_output=True, text=True, timeout=120, env=ENV)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"wrote {shot} (epoch 7, finished)"
    assert proc.stderr == ""  # no "This plugin does not support propagateSizeHints()" lines
    _image_ok(shot)


def test_window_options_are_checked(tmp_path):
    for args in (["--size", "huge"], ["--config", str(tmp_path / "missing.json")], ["--train-epochs", "0"],
                 ["--train-epochs", "3", "--train-seconds", "2"]):
        proc = subprocess.run([sys.executable, "-m", "dlviz", "--screenshot", str(tmp_path / "x.png"), *args],
                              capture_output=True, text=True, timeout=60, env=ENV)
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert "Traceback" not in proc.stderr


def test_bad_screenshot_path_exits_2_before_qt(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "dlviz", "--screenshot", str(tmp_path / "nodir" / "x.png")],
                          capture_output=True, text=True, timeout=60, env=ENV)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        f"dlviz: error: cannot save the screenshot: {tmp_path / 'nodir' / 'x.png'}: "
        f"the folder '{tmp_path / 'nodir'}' does not exist"]


@pytest.mark.no_qt_log  # pytest-qt's own handler would keep the message from stderr
def test_only_the_size_hints_notice_is_silenced(capfd):
    from PySide6.QtCore import qInstallMessageHandler

    earlier = qInstallMessageHandler(None)  # Qt's own handler underneath, whatever ran before
    try:
        quiet_qt_messages()
        qWarning(SIZE_HINTS_NOTICE)
        qWarning("something else went wrong")
        qWarning(SIZE_HINTS_NOTICE + " and more")  # not exactly the notice: kept
    finally:
        qInstallMessageHandler(earlier)
    err = capfd.readouterr().err.splitlines()
    assert err == ["something else went wrong", SIZE_HINTS_NOTICE + " and more"]


def test_application_has_the_dlviz_icon(qapp):
    app = application()
    assert app is qapp and app.applicationName() == "dlviz"
    assert not app.windowIcon().isNull()
    assert app.windowIcon().pixmap(64, 64).width() == 64
