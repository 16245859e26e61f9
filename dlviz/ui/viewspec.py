"""The view registry: one :class:`ViewSpec` per docked view.

The window builds a dock per entry (:meth:`MainWindow.add_dock`), the layouts
place it (:func:`dlviz.ui.layouts.arrange`), the PNG export names its file, the
lessons' pointers and scenes may name it, and the import contract lists its
module (a test keeps pyproject.toml's list equal to the registry's). Adding a
view is one :func:`register` call (see tests/test_extending.py).

The decision regions are not here: they are the window's centre, not a dock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ..training import lessons as lesson_schema
from ..training.trainer import DEFAULT_HORIZON_EPOCHS
from .views import (ActivationView, DropoutView, GradientView, HealthView, LossView, NetworkView, WeightsView)
from .views.backprop import BackpropView
from .views.confusion import ConfusionView
from .views.first_layer import FirstLayerView
from .views.misclassified import MisclassifiedView
from .views.sample_grid import SampleGridView
from .views.schedule import ScheduleView

#: How a dock is put into a layout: beside another (a split left-right), below it
#: (a split top-bottom), in a tab with it; or first in the right or bottom area.
HOW = ("right", "bottom", "beside", "below", "tab")

TITLE_CONTEXT = "layouts"  # the dock titles' translation context


@dataclass(frozen=True)
class Place:
    """Where a layout puts a dock: ``how`` (one of :data:`HOW`) relative to dock ``of``,
    at ``step`` among the layout's placements (a split acts on what is there already)."""

    step: int
    how: str
    of: str = ""

    def __post_init__(self):
        if self.how not in HOW:
            raise ValueError(f"unknown placement {self.how!r}; choose from {', '.join(HOW)}")
        if self.how in ("beside", "below", "tab") and not self.of:
            raise ValueError(f"placement {self.how!r} needs the dock it goes {self.how}")


@dataclass(frozen=True)
class ViewSpec:
    """One docked view.

    ``name``: the dock's objectName (what lessons and the View menu's order use);
    ``plot``: the view's own objectName (tests find it by this; export keys by it);
    ``factory()``: builds the view (a widget with ``update_frame(frame)``);
    ``title``: the dock's title, English (translated in the "layouts" context: mark
    it with ``QT_TRANSLATE_NOOP("layouts", ...)``); ``area``: where a dock not in the
    current layout sits; ``export_file``: its PNG's name; ``size``: its size in a
    headless export; ``layouts``: layout name -> :class:`Place` (a layout not named
    leaves the dock closed, in the View menu)."""

    name: str
    plot: str
    factory: Callable[[], object]
    title: str
    export_file: str
    size: tuple[int, int] = (640, 480)
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    layouts: Mapping[str, Place] = field(default_factory=dict)
    #: The data kinds whose runs show this dock ("image", ...); empty: every run. A dock
    #: for other data is left out of the layouts while such a run shows (the View menu opens it).
    kinds: tuple[str, ...] = ()

    def shown_for(self, kind: str) -> bool:
        return not self.kinds or kind in self.kinds

    @property
    def module(self) -> str:
        """The module that defines the view (the independence contract lists it)."""
        return getattr(self.factory, "func", self.factory).__module__

    def translated_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)


class ViewRegistry(Mapping[str, ViewSpec]):
    """The docked views by dock name, in the View menu's order."""

    def __init__(self, specs: tuple[ViewSpec, ...] = ()):
        self._specs: dict[str, ViewSpec] = {}
        for s in specs:
            self.add(s)

    def add(self, spec: ViewSpec) -> ViewSpec:
        if spec.name in self._specs or any(s.plot == spec.plot for s in self._specs.values()):
            raise ValueError(f"a view named {spec.name!r} (or {spec.plot!r}) is registered already")
        self._specs[spec.name] = spec
        lesson_schema.add_dock(spec.name)  # a lesson's scene and pointers may name it
        return spec

    def remove(self, name: str) -> None:
        if self._specs.pop(name, None) is not None:
            lesson_schema.remove_dock(name)

    def by_plot(self) -> dict[str, ViewSpec]:
        return {s.plot: s for s in self._specs.values()}

    def __getitem__(self, name: str) -> ViewSpec:
        return self._specs[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)



#: Short titles: in the compact layout at 1366 px six of them share one tab bar 519 px
#: wide ("Dead units and saturation" and its like were elided to "Dead u…"); the plots'
#: own titles say the rest.
VIEWS = ViewRegistry((
    ViewSpec("loss_dock", "loss_plot", LossView, QT_TRANSLATE_NOOP("layouts", "Loss and accuracy"), "loss.png",
             (720, 540), layouts={"compact": Place(0, "right"), "all": Place(2, "below", "network_dock")}),
    ViewSpec("network_dock", "network_view", NetworkView, QT_TRANSLATE_NOOP("layouts", "Network"), "network.png",
             (900, 560), layouts={"compact": Place(1, "below", "loss_dock"), "all": Place(0, "right")}),
    ViewSpec("gradient_dock", "gradient_plot", GradientView, QT_TRANSLATE_NOOP("layouts", "Gradient flow"),
             "gradient_flow.png", (640, 420),
             layouts={"compact": Place(3, "tab", "network_dock"), "all": Place(1, "beside", "network_dock")}),
    ViewSpec("health_dock", "health_plot", HealthView, QT_TRANSLATE_NOOP("layouts", "Dead units"),
             "dead_units_and_saturation.png", (640, 560),
             layouts={"compact": Place(4, "tab", "gradient_dock"), "all": Place(3, "below", "gradient_dock")}),
    ViewSpec("weights_dock", "weights_plot", WeightsView, QT_TRANSLATE_NOOP("layouts", "Weights"), "weights.png",
             (640, 520), layouts={"compact": Place(5, "tab", "health_dock"), "all": Place(4, "below", "health_dock")}),
    ViewSpec("activation_dock", "activation_plot", ActivationView, QT_TRANSLATE_NOOP("layouts", "Activation"),
             "activation.png", (560, 420),
             layouts={"compact": Place(6, "tab", "weights_dock"), "all": Place(5, "bottom")}),
    ViewSpec("dropout_dock", "dropout_plot", DropoutView, QT_TRANSLATE_NOOP("layouts", "Dropout"),
             "dropout_masks.png", (560, 480),
             layouts={"compact": Place(7, "tab", "activation_dock"), "all": Place(6, "beside", "activation_dock")}),
    # The lr under the loss it drives; in the compact layout a tab beside the loss.
    # (Its file keeps the name exports have always given it.)
    ViewSpec("schedule_dock", "schedule_plot", partial(ScheduleView, DEFAULT_HORIZON_EPOCHS),
             QT_TRANSLATE_NOOP("layouts", "Learning rate"), "schedule_plot.png", (640, 420),
             layouts={"compact": Place(2, "tab", "loss_dock"), "all": Place(7, "below", "loss_dock")}),
    # Train ▸ Step through backprop… opens it (a tab with the Network); no layout shows it at first.
    # Its diagram is the Network view's drawing, handed in (the views do not import one another).
    ViewSpec("backprop_dock", "backprop_view", partial(BackpropView, NetworkView), QT_TRANSLATE_NOOP("layouts", "Backprop"),
             "backprop.png", (900, 620)),
    # Image runs (digits, shapes, a folder of images): tabs beside the curves at 1366 (three:
    # a fourth elided every title there; the mistakes are marked in the samples too, and the
    # View menu opens their own view); at 1920 each a tab in front of a view of its column.
    # Closed for a run of other data (the View menu opens them; each says it is for images).
    ViewSpec("samples_dock", "samples_plot", SampleGridView, QT_TRANSLATE_NOOP("layouts", "Samples"),
             "image_samples.png", (760, 560), kinds=("image",),
             layouts={"compact": Place(8, "tab", "schedule_dock"), "all": Place(8, "tab", "gradient_dock")}),
    ViewSpec("confusion_dock", "confusion_plot", ConfusionView, QT_TRANSLATE_NOOP("layouts", "Confusion"),
             "confusion_matrix.png", (640, 600), kinds=("image",),
             layouts={"compact": Place(9, "tab", "samples_dock"), "all": Place(9, "tab", "health_dock")}),
    ViewSpec("mistakes_dock", "mistakes_plot", MisclassifiedView, QT_TRANSLATE_NOOP("layouts", "Mistakes"),
             "misclassified.png", (760, 560), kinds=("image",),
             layouts={"all": Place(10, "tab", "activation_dock")}),
    ViewSpec("first_layer_dock", "first_layer_plot", FirstLayerView, QT_TRANSLATE_NOOP("layouts", "First layer"),
             "first_layer_weights.png", (760, 600), kinds=("image",),
             layouts={"compact": Place(10, "tab", "confusion_dock"), "all": Place(11, "tab", "weights_dock")}),
))


def register(spec: ViewSpec) -> ViewSpec:
    """Add a docked view: windows built from now on have it (see :data:`VIEWS`)."""
    return VIEWS.add(spec)


def unregister(name: str) -> None:
    VIEWS.remove(name)
