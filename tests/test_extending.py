"""Adding an activation with an option is one registry entry: the CLI flag, Config
validation and training pick it up (the README's "Extending dlviz" example)."""

import json

import numpy as np
import pytest

from dlviz.cli import main
from dlviz.common.registry import Entry, Option
from dlviz.config import Config, ConfigError
from dlviz.engine.activations import ACTIVATIONS, Activation


class Softsign(Activation):
    """Softsign, f(z) = z / (k + |z|)."""

    name, label, formula = "softsign", "Softsign", "f(z) = z / (k + |z|)"
    calls = 0

    def __init__(self, k: float = 1.0):
        self.k = float(k)
        Softsign.last_k = self.k

    def fn(self, z):
        Softsign.calls += 1
        return z / (self.k + np.abs(z))

    def grad(self, z):
        return self.k / (self.k + np.abs(z)) ** 2


@pytest.fixture
def softsign():
    ACTIVATIONS.add(Entry("softsign", "Softsign", "z / (k + |z|)", Softsign,
                          (Option("softsign_k", 1.0, 0.1, 10.0, "k", "softsign's scale", arg="k"),)))
    Softsign.calls = 0
    yield
    ACTIVATIONS.remove("softsign")


def test_a_runtime_activation_trains_through_the_cli(softsign, capsys):
    rc = main(["train", "--dataset", "xor", "--samples", "200", "--hidden", "8", "--activation", "softsign",
               "--softsign-k", "2.5", "--epochs", "3", "--json"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    summary = json.loads(out.out.strip().splitlines()[-1])
    assert summary["epochs"] == 3 and summary["train_loss"] is not None
    assert Softsign.calls > 0 and Softsign.last_k == 2.5  # the option reached the activation


def test_its_option_is_validated_and_kept(softsign):
    c = Config(activation="softsign", softsign_k=3.0)
    assert c.softsign_k == 3.0 and c.options_for("activation") == {"softsign_k": 3.0}
    assert Config.from_dict(c.to_dict()) == c
    with pytest.raises(ConfigError, match="softsign_k must be 0.1 to 10"):
        Config(activation="softsign", softsign_k=50)


def test_bad_option_value_on_the_cli_is_one_line_and_exit_2(softsign, capsys):
    rc = main(["train", "--activation", "softsign", "--softsign-k", "abc", "--epochs", "1"])
    err = capsys.readouterr().err
    assert rc == 2 and "softsign_k" in err and len(err.strip().splitlines()) == 1


def test_its_one_declaration_reaches_every_reader(softsign, qtbot, tmp_path, capsys):
    """The option's Param is the whole change: the schema, Config, JSON files, the CLI's flag
    and help, the config's JSON Schema and the panel's control (name, range, tooltip)."""
    from PySide6.QtWidgets import QWidget

    from dlviz.cli import build_parser
    from dlviz.config import config_json_schema, schema
    from dlviz.ui.panels.control_panel import ControlPanel

    p = schema()["softsign_k"]
    assert (p.lo, p.hi, p.default) == (0.1, 10.0, 1.0)
    assert config_json_schema()["properties"]["softsign_k"]["maximum"] == 10.0
    train = next(a for a in build_parser()._actions if a.dest == "command").choices["train"]
    flag = next(a for a in train._actions if a.dest == "softsign_k")
    assert flag.option_strings == ["--softsign-k"] and flag.help == "softsign's scale (0.1 to 10, default 1)"
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"activation": "softsign", "softsign_k": 20}))
    assert main(["train", "--config", str(path), "--epochs", "1"]) == 2
    assert capsys.readouterr().err == f"dlviz train: error: config file {path}: softsign_k must be 0.1 to 10, got 20\n"

    panel = ControlPanel()
    qtbot.addWidget(panel)
    w = panel.findChild(QWidget, "softsign_k")
    assert w is not None and (w.minimum(), w.maximum()) == (0.1, 10.0) and "softsign&#x27;s scale" in w.toolTip()
    panel.set_config(Config(activation="softsign", softsign_k=2.5))
    assert w.value() == 2.5 and panel.values()["softsign_k"] == 2.5


# -- a view: one ViewSpec ----------------------------------------------------------------------


@pytest.fixture
def epoch_view():
    """A new docked view, registered as the README's "Extending dlviz" says: one entry."""
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QLabel

    from dlviz.ui.viewspec import Place, ViewSpec, register, unregister

    class EpochView(QLabel):
        """The epoch, in big type."""

        def __init__(self):
            super().__init__("epoch 0")
            self.frames = 0

        def update_frame(self, frame):
            self.frames += 1
            self.setText(f"epoch {frame.snap.epoch}")

    spec = register(ViewSpec("epoch_dock", "epoch_plot", EpochView, "Epoch", "epoch.png", (320, 200),
                             layouts={"compact": Place(20, "tab", "weights_dock"),
                                      "all": Place(20, "below", "weights_dock")}))
    yield spec
    unregister("epoch_dock")


def test_a_registered_view_is_docked_laid_out_exported_and_a_lesson_target(epoch_view, qtbot, tmp_path):
    from dlviz.config import Config
    from dlviz.training.lessons import dock_names, pointer_names
    from dlviz.ui import MainWindow
    from dlviz.ui.layouts import dock_titles
    from dlviz.ui.lessons import view_names

    w = MainWindow(Config(dataset="xor", samples=100, hidden=(4,), epochs=3))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    try:
        qtbot.waitUntil(lambda: w.frame is not None, timeout=30_000)  # (and the first layout is in place)
        dock = w.docks["epoch_dock"]
        view = w.views["epoch_dock"]
        assert dock.widget() is view and view.objectName() == "epoch_plot" and dock.windowTitle() == "Epoch"
        assert dock_titles()["epoch_dock"] == "Epoch" and view_names()["epoch_dock"] == "Epoch"
        assert dock.toggleViewAction() in w.menus["view"].actions()
        for layout, beside in (("compact", None), ("all", "weights_dock")):
            w.apply_layout(layout)
            if beside is None:
                assert dock in w.tabifiedDockWidgets(w.docks["weights_dock"])
            else:
                assert dock not in w.tabifiedDockWidgets(w.docks["weights_dock"]) and dock.isVisible()
        dock.raise_()
        w.play()
        qtbot.waitUntil(lambda: w.state.ended and view.text() == "epoch 3", timeout=30_000)  # drawn by the scheduler
        w.pause()
        paths = w.export_png(tmp_path, scale=1.0)
        assert tmp_path / "epoch.png" in paths and (tmp_path / "epoch.png").stat().st_size > 0
        assert "epoch_dock" in dock_names() and "epoch_dock" in pointer_names()
        assert w.lessons.view_widget("epoch_dock") is dock and dock.isVisible()
    finally:
        w.close()
    assert "epoch_dock" in dock_names()  # (until the fixture unregisters it)
