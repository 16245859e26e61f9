"""PNG export of the plots (through pyqtgraph's exporters) and of the whole window."""

from __future__ import annotations

import os
from pathlib import Path

#: File names of the exported plots, by view objectName.
PLOT_FILES = {
    "decision_plot": "decision_regions.png",
    "loss_plot": "loss.png",
    "activation_plot": "activation.png",
    "dropout_plot": "dropout_masks.png",
    "network_view": "network.png",
    "gradient_plot": "gradient_flow.png",
    "health_plot": "dead_units_and_saturation.png",
    "weights_plot": "weights.png",
    "decision_thinned": "decision_regions_thinned.png",
}
DEFAULT_SCALE = 2.0


def export_plot(widget, path: Path, scale: float = DEFAULT_SCALE) -> Path:
    """Write one pyqtgraph widget (PlotWidget or GraphicsLayoutWidget) to ``path``.

    A widget that was never laid out has no size; it must be shown (or at least
    resized) first, otherwise the exporter writes an empty image.
    """
    import pyqtgraph as pg
    import pyqtgraph.exporters as pge

    target = getattr(widget, "export_target", widget)  # a container exports its plot
    if target.width() < 10 or target.height() < 10:
        raise ValueError(f"{widget.objectName() or widget} has no size yet: show or resize it before export")
    if not isinstance(target, pg.GraphicsView):
        return export_window(target, path, scale)  # not pyqtgraph (the network diagram): render it
    widget = target
    exporter = pge.ImageExporter(widget.scene())
    # The width parameter must be an int; the exporter keeps the aspect ratio.
    exporter.parameters()["width"] = int(round(widget.width() * scale))
    exporter.export(str(path))
    return Path(path)


def export_window(window, path: Path, scale: float = DEFAULT_SCALE) -> Path:
    """Write a widget (the whole window), rendered at ``scale`` times its size, to ``path``."""
    from PySide6.QtGui import QPixmap

    size = window.size()
    pix = QPixmap(int(size.width() * scale), int(size.height() * scale))
    pix.setDevicePixelRatio(scale)
    pix.fill()
    window.render(pix)
    if not pix.save(str(path)):
        raise OSError(f"could not write {path}")
    return Path(path)


def export_views(views: dict, folder: str | os.PathLike, scale: float = DEFAULT_SCALE) -> list[Path]:
    """Export each view in ``views`` (objectName -> widget) into ``folder``."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    return [export_plot(w, out / PLOT_FILES.get(name, f"{name}.png"), scale) for name, w in views.items()]


class Recorder:
    """Records a headless run the way the window sees it: a light snapshot (history
    and diagnostics, no grid) after each epoch. Qt-free."""

    def __init__(self, trainer):
        from ..training.session import Cursor, run_info
        from ..training.frames import FrameAccumulator

        self.trainer = trainer
        self.acc = FrameAccumulator(run_info(trainer, run_id=0))
        self.cursor = Cursor()

    def epoch_done(self) -> None:
        from ..training.session import ViewRequest, make_snapshot

        self.acc.add(make_snapshot(self.trainer, 0, "training", self.cursor, with_grid=False,
                                   view=ViewRequest(inside=False)))


def export_headless(trainer, folder: str | os.PathLike, scale: float = DEFAULT_SCALE, recorder=None) -> list[Path]:
    """Draw a trained :class:`Trainer`'s plots offscreen and write them into ``folder``.

    Used by ``dlviz train --export DIR``: the same views as the window, fed the
    same snapshots the training process would send. ``recorder`` (a
    :class:`Recorder` that watched the training) adds the diagnostics over time.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..training.session import make_snapshot
    from .style import configure_pyqtgraph
    from .views import (ActivationView, DecisionView, DropoutView, GradientView, HealthView, LossView,
                        NetworkView, WeightsView)

    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    rec = recorder or Recorder(trainer)
    state = "diverged" if trainer.diverged else ("finished" if trainer.finished else "paused")
    rec.acc.add(make_snapshot(trainer, 0, state, rec.cursor))  # with the grid and the look inside
    info, frame = rec.acc.info, rec.acc.frame()
    views = {"decision_plot": DecisionView(), "loss_plot": LossView(),
             "activation_plot": ActivationView(), "dropout_plot": DropoutView(),
             "network_view": NetworkView(), "gradient_plot": GradientView(),
             "health_plot": HealthView(), "weights_plot": WeightsView()}
    sizes = {"decision_plot": (640, 600), "loss_plot": (720, 540), "activation_plot": (560, 420),
             "dropout_plot": (560, 480), "network_view": (900, 560), "gradient_plot": (640, 420),
             "health_plot": (640, 560), "weights_plot": (640, 520)}
    try:
        for name, v in views.items():
            v.resize(*sizes[name])
            v.set_run(info)
            v.update_frame(frame)
            v.show()
        app.processEvents()
        return export_views(views, folder, scale)
    finally:
        for v in views.values():
            v.close()
            v.deleteLater()
        app.processEvents()
