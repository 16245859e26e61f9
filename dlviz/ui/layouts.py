"""Where things sit in the window: the central area, the docks and the two layouts.

``compact`` (for 1366×768): the decision regions in the centre, two tabbed
stacks on the right: the run's curves above (loss, learning rate, and the
comparison and the inspector when they are open), the network and what goes on
inside it below. ``all`` (for 1920×1080): no tabs, every view visible at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDockWidget, QHBoxLayout, QLabel, QLineEdit,
                               QMainWindow, QSlider, QStyle, QToolBar, QVBoxLayout, QWidget)

from .viewspec import VIEWS

LAYOUTS = ("compact", "all")


def _tr(text: str) -> str:
    return QCoreApplication.translate("layouts", text)


def dock_titles() -> dict[str, str]:
    """Each view dock's objectName and title, in the View menu's order (the registry's,
    :data:`dlviz.ui.viewspec.VIEWS`)."""
    return {name: spec.translated_title() for name, spec in VIEWS.items()}


WATCH_SPEEDS = (1, 2, 5, 10, 30, 100, None)  # epochs per second; None: as fast as it goes


def speed_text(v: float | None) -> str:
    if v is None:
        return QCoreApplication.translate("layouts", "max")
    if v == 1:
        return QCoreApplication.translate("layouts", "1 epoch/s")
    return QCoreApplication.translate("layouts", "{n} epochs/s").format(n=f"{v:g}")


def watch_speed_box(c) -> QComboBox:
    """The watch-speed choice (objectName ``watch_speed``), kept in step with the
    controller ``c``: a lesson may set a speed the list does not hold, which is added."""
    box = QComboBox()
    box.setObjectName("watch_speed")
    box.setToolTip(QCoreApplication.translate("layouts", "How fast training runs: slow enough to watch the boundary form, or as fast as it goes"))
    for v in WATCH_SPEEDS:
        box.addItem(speed_text(v), v)

    def show(v):
        # Signals off for the insert too: an item put before the current one moves the
        # current index, and that change would set the speed back to the old item's.
        box.blockSignals(True)
        try:
            i = box.findData(v)
            if i < 0:  # in order: before the first faster speed (and "max")
                i = next(j for j in range(box.count()) if box.itemData(j) is None or box.itemData(j) > v)
                box.insertItem(i, speed_text(v), v)
            box.setCurrentIndex(i)
        finally:
            box.blockSignals(False)

    show(c.watch_speed)
    box.currentIndexChanged.connect(lambda i: c.set_watch_speed(box.itemData(i)))
    c.watch_speed_changed.connect(show)
    return box


def checkbox(name: str, text: str, tip: str, checked: bool = False) -> QCheckBox:
    box = QCheckBox(text)
    box.setObjectName(name)
    box.setToolTip(tip)
    box.setChecked(checked)
    return box


def show_kind_docks(win: QMainWindow, docks: dict[str, QDockWidget], name: str, kind: str) -> None:
    """A run of data ``kind`` began: open the docks of layout ``name`` that are for that
    kind (where the layout puts them) and close those for another; the rest stay as the
    learner left them."""
    for spec in sorted((s for s in VIEWS.values() if s.kinds and s.name in docks),
                       key=lambda s: s.layouts[name].step if name in s.layouts else 1 << 30):
        dock = docks[spec.name]
        if not spec.shown_for(kind):
            dock.hide()
            continue
        if not dock.isHidden() or name not in spec.layouts:
            continue
        p = spec.layouts[name]
        of = docks.get(p.of)
        if p.how == "tab" and of is not None and not of.isHidden():
            win.tabifyDockWidget(of, dock)
        elif p.how in ("beside", "below") and of is not None and not of.isHidden():
            win.splitDockWidget(of, dock, Qt.Horizontal if p.how == "beside" else Qt.Vertical)
        else:
            win.addDockWidget(spec.area, dock)
        dock.show()
        if name == "all":  # every view is in sight there: an image run's in front of their tabs
            dock.raise_()


def central_widget(decision, thinned, toggles, others=()) -> QWidget:
    """The decision regions above the thinned network's (shown on demand), the toggles above both.
    ``others``: the centres of runs that have no plane (an image run's PCA map), hidden until
    such a run shows (:meth:`MainWindow.show_centre`)."""
    central = QWidget()
    lay = QVBoxLayout(central)
    lay.setContentsMargins(4, 4, 4, 4)
    bar = QHBoxLayout()
    for box in toggles:
        bar.addWidget(box)
        bar.addSpacing(16)
    bar.addStretch(1)
    lay.addLayout(bar)
    # One above the other: the centre is taller than wide in both layouts.
    for view in (decision, thinned):
        view.setMinimumSize(240, 240)
        lay.addWidget(view, 1)
    for view in others:
        view.setMinimumSize(240, 240)
        view.hide()
        lay.addWidget(view, 1)
    return central


def loss_box(loss_view) -> tuple[QWidget, QCheckBox, QSlider]:
    """The loss view with its log-scale box and smoothing slider above it."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(2, 2, 2, 2)
    row = QHBoxLayout()
    log = checkbox("loss_log", QCoreApplication.translate("layouts", "Log scale"),
                   QCoreApplication.translate("layouts", "Show the loss on a logarithmic axis: small late improvements become visible."))
    log.toggled.connect(loss_view.set_log)
    # A plain QSlider: the smoothing is felt on the curve, a number beside it adds nothing.
    smoothing = QSlider(Qt.Horizontal)
    smoothing.setObjectName("smoothing")
    smoothing.setRange(0, 99)
    smoothing.setValue(60)
    smoothing.setToolTip(QCoreApplication.translate("layouts", "Smooths the noisy per-step loss (a running average); 0 shows it raw."))
    smoothing.valueChanged.connect(lambda v: loss_view.set_smoothing(v / 100))
    loss_view.set_smoothing(0.6)
    row.addWidget(log)
    row.addSpacing(12)
    row.addWidget(QLabel(QCoreApplication.translate("layouts", "Smoothing")))
    row.addWidget(smoothing, 1)
    lay.addLayout(row)
    lay.addWidget(loss_view, 1)
    return box, log, smoothing


def dock_content(name: str, view: QWidget) -> QWidget:
    """What dock ``name`` holds: the view, or the view with its own controls (the loss)."""
    return loss_box(view)[0] if name == "loss_dock" else view


def set_corners(win: QMainWindow) -> None:
    """The left column and the right column run the full height; the bottom
    area (used by the "all" layout) sits under the decision regions."""
    for corner, area in ((Qt.BottomLeftCorner, Qt.LeftDockWidgetArea), (Qt.TopLeftCorner, Qt.LeftDockWidgetArea),
                         (Qt.BottomRightCorner, Qt.RightDockWidgetArea), (Qt.TopRightCorner, Qt.RightDockWidgetArea)):
        win.setCorner(corner, area)


def controls_dock(win: QMainWindow, panel_area: QWidget) -> QDockWidget:
    """The controls' dock on the left (movable, floatable, not closable)."""
    dock = QDockWidget(QCoreApplication.translate("layouts", "Hyperparameters"), win)
    dock.setObjectName("controls_dock")
    dock.setWidget(panel_area)
    dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
    win.addDockWidget(Qt.LeftDockWidgetArea, dock)
    return dock


#: The window manager's frame (title bar and borders) around a window not yet shown,
#: whose real frame is not known: a generous guess (most title bars are 24-38 px).
FRAME_GUESS = QMargins(4, 38, 4, 4)


def fit_rect(wanted: QSize, available: QRect, frame: QMargins = FRAME_GUESS,
             at: QPoint | None = None) -> QRect:
    """Where a window of client size ``wanted`` goes on a screen whose free area is
    ``available``: its size cut to what fits with its ``frame`` around it, its frame
    moved inside ``available`` (from ``at``, its frame's top-left, else centred).
    Returns the client geometry (what ``setGeometry`` takes)."""
    room = QSize(max(1, available.width() - frame.left() - frame.right()),
                 max(1, available.height() - frame.top() - frame.bottom()))
    size = wanted.boundedTo(room)
    outer_w = size.width() + frame.left() + frame.right()
    outer_h = size.height() + frame.top() + frame.bottom()
    if at is None:
        x = available.left() + (available.width() - outer_w) // 2
        y = available.top() + (available.height() - outer_h) // 2
    else:
        x = min(max(at.x(), available.left()), available.right() + 1 - outer_w)
        y = min(max(at.y(), available.top()), available.bottom() + 1 - outer_h)
    return QRect(x + frame.left(), y + frame.top(), size.width(), size.height())


def _frame_margins(win) -> QMargins:
    """The window's frame: the real one once the window manager has drawn it, else a guess."""
    geo, outer = win.geometry(), win.frameGeometry()
    real = QMargins(geo.left() - outer.left(), geo.top() - outer.top(),
                    outer.right() - geo.right(), outer.bottom() - geo.bottom())
    if win.isVisible() and (real.top() > 0 or QGuiApplication.platformName() == "offscreen"):
        return real
    return QMargins(max(real.left(), FRAME_GUESS.left()), max(real.top(), FRAME_GUESS.top()),
                    max(real.right(), FRAME_GUESS.right()), max(real.bottom(), FRAME_GUESS.bottom()))


def fit_to_screen(win, fill: bool = False, screen=None) -> QRect:
    """Size and place top-level window ``win`` inside its screen's available area (less
    panels and docks), its frame included: ``fill`` takes the whole area (a first
    start), else its own size is kept where it fits (a remembered geometry, a lab's
    size). ``screen``: where to put it (default: the window's own, or its parent's)."""
    if win.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return win.geometry()  # (a remembered maximised window: the window manager fits it)
    if screen is None:
        parent = win.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or win.screen() \
            or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    frame = _frame_margins(win)
    wanted = QSize(10 ** 6, 10 ** 6) if fill else win.size()
    on_screen = win.isVisible() or win.testAttribute(Qt.WA_Moved)
    at = win.frameGeometry().topLeft() if on_screen and available.intersects(win.frameGeometry()) else None
    rect = fit_rect(wanted.expandedTo(win.minimumSize()), available, frame, at)
    win.setGeometry(rect)
    return rect


def default_layout(width: int, height: int) -> str:
    """Every view at once on a large screen; tabs on a laptop (1366 × 768)."""
    return "all" if width >= 1800 and height >= 950 else "compact"


def arrange(win: QMainWindow, docks: dict[str, QDockWidget], name: str) -> None:
    """Put the view docks in layout ``name`` and size them to the window."""
    if name not in LAYOUTS:
        raise ValueError(f"unknown layout {name!r}; choose from {', '.join(LAYOUTS)}")
    d = docks
    for dock in (v for k, v in d.items() if k != "controls_dock"):
        dock.setFloating(False)
        win.removeDockWidget(dock)
    w, h = win.width(), win.height()
    # Each registered view this layout shows, in its steps (a split acts on what is there already).
    kind = getattr(win, "centre_kind", None) or "points"  # the run's data: a dock for other data stays closed
    placed = sorted((s for s in VIEWS.values() if name in s.layouts and s.name in d and s.shown_for(kind)),
                    key=lambda s: s.layouts[name].step)
    for spec in placed:
        p, dock = spec.layouts[name], d[spec.name]
        if p.how in ("right", "bottom"):
            win.addDockWidget(Qt.RightDockWidgetArea if p.how == "right" else Qt.BottomDockWidgetArea, dock)
        elif p.how == "tab":
            win.tabifyDockWidget(d[p.of], dock)
        else:
            win.splitDockWidget(d[p.of], dock, Qt.Horizontal if p.how == "beside" else Qt.Vertical)
    shown = {s.name for s in placed} | {"controls_dock"}
    for spec in VIEWS.values():  # a view this layout does not show: closed, in its area (the View menu opens it)
        if spec.name in d and spec.name not in shown:
            win.addDockWidget(spec.area, d[spec.name])
            d[spec.name].hide()
    # Docks that other modules add (the inspector) name the view they tab beside.
    for extra in win.findChildren(QDockWidget):
        beside = extra.property("tab_beside")
        if beside in d and extra not in d.values() and not extra.isHidden() and not extra.isFloating():
            win.tabifyDockWidget(d[beside], extra)
    for dock_name in [n for n in d if n in shown]:
        d[dock_name].show()
    if name == "all":
        d["loss_dock"].raise_()
        for spec in placed:  # a dock shown only for this run's data: in front of its tab
            if spec.kinds:
                d[spec.name].raise_()
        win.resizeDocks([d["network_dock"], d["gradient_dock"]], [int(0.30 * w), int(0.22 * w)], Qt.Horizontal)
        win.resizeDocks([d["network_dock"], d["loss_dock"], d["schedule_dock"]],
                        [int(0.42 * h), int(0.36 * h), int(0.22 * h)], Qt.Vertical)
        win.resizeDocks([d["activation_dock"]], [int(0.30 * h)], Qt.Vertical)
        win.resizeDocks([d["gradient_dock"], d["health_dock"], d["weights_dock"]],
                        [int(0.30 * h), int(0.40 * h), int(0.30 * h)], Qt.Vertical)
    else:
        d["loss_dock"].raise_()
        d["network_dock"].raise_()
        win.resizeDocks([d["loss_dock"]], [max(360, int(0.38 * w))], Qt.Horizontal)
        win.resizeDocks([d["loss_dock"], d["network_dock"]], [int(0.54 * h), int(0.46 * h)], Qt.Vertical)


def _typing(win: QMainWindow) -> bool:
    """Is the keyboard focus in a field the user types into?"""
    focus = win.focusWidget()
    return isinstance(focus, (QLineEdit, QAbstractSpinBox)) or (isinstance(focus, QComboBox) and focus.isEditable())


@dataclass
class Bar:
    """What :func:`add_actions` made: the menus by name, the toolbar, the run's actions."""

    menus: dict
    toolbar: QToolBar
    play: QAction
    step: QAction
    reset: QAction
    cancel_csv: QAction
    watch_speed_box: QComboBox


def add_actions(win, c) -> Bar:
    """The toolbar and the menus: File, Train (play, step, reset), View; ``c`` is the
    window's RunController. The window keeps what this returns."""
    tb = win.addToolBar(QCoreApplication.translate("layouts", "Training"))
    tb.setObjectName("training_toolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    specs = (("play", QCoreApplication.translate("layouts", "Play"), Qt.Key_Space, c.toggle_play, QCoreApplication.translate("layouts", "Start or pause training"), QStyle.SP_MediaPlay),
             ("step", QCoreApplication.translate("layouts", "Step epoch"), "Ctrl+Right", c.step_epoch, QCoreApplication.translate("layouts", "Train exactly one epoch"),
              QStyle.SP_MediaSkipForward),
             ("reset", QCoreApplication.translate("layouts", "Reset"), "Ctrl+R", c.reset, QCoreApplication.translate("layouts", "Fresh weights, empty curves, same settings"),
              QStyle.SP_BrowserReload))
    m = win.menuBar().addMenu(QCoreApplication.translate("layouts", "&File"))
    m.addAction(QCoreApplication.translate("layouts", "Load CSV…"), win.open_csv_dialog)
    m.addAction(QCoreApplication.translate("layouts", "Open image folder…"), win.open_image_folder_dialog).setObjectName(
        "open_image_folder")
    cancel_csv = m.addAction(QCoreApplication.translate("layouts", "Cancel loading"), QKeySequence.Cancel, win.csv_loader.cancel_csv)
    cancel_csv.setEnabled(False)
    m.addAction(QCoreApplication.translate("layouts", "Export plots as PNG…"), win.open_export_dialog)
    m.addAction(QCoreApplication.translate("layouts", "Export history as CSV…"), win.open_history_dialog)
    m.addSeparator()
    m.addAction(QCoreApplication.translate("layouts", "Quit"), QKeySequence.Quit, win.close)
    t = win.menuBar().addMenu(QCoreApplication.translate("layouts", "&Train"))
    t.setObjectName("train_menu")
    run_actions = {}
    for name, text, key, slot, tip, icon in specs:
        keys = QKeySequence(key).toString(QKeySequence.NativeText)
        a = QAction(win.style().standardIcon(icon), f"{text}\t{keys}", win)
        a.setIconText(text)
        a.setObjectName(name + "_action")
        a.setToolTip(f"{tip} ({keys})")
        a.triggered.connect(slot)
        # The key is a QShortcut of its own, not the action's, so that it can be
        # ignored while the user types in a field; the menu shows it.
        sc = QShortcut(QKeySequence(key), win)
        sc.setObjectName(name + "_shortcut")
        sc.activated.connect(lambda s=slot: None if _typing(win) else s())
        tb.addAction(a)
        t.addAction(a)
        tb.widgetForAction(a).setObjectName(name)  # the tests find the buttons by these names
        run_actions[name] = a
    tb.addSeparator()
    speed = watch_speed_box(c)
    label = QLabel(QCoreApplication.translate("layouts", "Watch speed") + " ")
    label.setToolTip(speed.toolTip())
    tb.addWidget(label)
    tb.addWidget(speed)
    v = win.menuBar().addMenu(QCoreApplication.translate("layouts", "&View"))
    v.setObjectName("view_menu")  # found by name: its title is translated
    v.addAction(QCoreApplication.translate("layouts", "Compact layout (tabs)"), lambda: win.apply_layout("compact"))
    v.addAction(QCoreApplication.translate("layouts", "Every view at once"), lambda: win.apply_layout("all"))
    v.addSeparator()
    for dock in win.docks.values():
        v.addAction(dock.toggleViewAction())
    return Bar({"file": m, "train": t, "view": v}, tb, run_actions["play"], run_actions["step"],
               run_actions["reset"], cancel_csv, speed)
