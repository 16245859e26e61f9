"""The Lessons dock (Help ▸ Lessons, F1): the course's lessons in order, each one's
text beside the views, a prediction asked before its run, pointers that raise and
flash the views it talks about, one-click variations, and the glossary EN ↔ KO.
Under the list, the progress of each part of the course (lessons watched to the
end, quiz questions answered right: :mod:`dlviz.training.quizzes`), remembered in
the window's settings, and a Quiz button for the current lesson's part. A lesson
with ``scene.paths`` also opens the optimizer paths lab, set as it says.

The lessons themselves are :mod:`dlviz.training.lessons` (Qt-free, shared with
``dlviz train --lesson``); this module only shows them and applies their scenes
to a MainWindow. The window makes its :class:`LessonsDock` (``window.lessons``);
``window.open_lesson(id)`` opens one.
"""

from __future__ import annotations

import html
import json
from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDialog, QDialogButtonBox, QDockWidget, QFrame,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QRadioButton, QScrollArea, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)
from superqt.utils import create_worker

from ..training.compare import variants
from ..training.lessons import Lesson, find_lesson, format_measure, load_lessons, run_lesson
from ..training.messages import RunState
from ..training.quizzes import Part, QuizError, load_parts
from .fonts import wm_title
from .i18n import current_language
from .viewspec import VIEWS

SETTINGS_DONE = "lessons/done"  # the ids of the lessons whose run has ended, comma-separated
SETTINGS_QUIZ = "lessons/quiz/"  # + a part's id: the 0-based questions of its quiz answered right, comma-separated
SETTINGS_QUIZ_LAYOUT = "lessons/quiz_layout"  # which layout of resources/quizzes.json the answers above index
#: The quizzes' layout now, and how an answer stored under an older one moves: {old layout:
#: {(part, question): (part, question)}}. Layout 2 moved the initialisation question
#: (generalisation 2) to the training part (3), with its lesson; generalisation 2 is a new question.
QUIZ_LAYOUT = 2
QUIZ_MOVES = {1: {("generalisation", 2): ("training", 3)}}
HIGHLIGHT_MS = 1500  # how long a "look at" frame stays, fading over its last third
HIGHLIGHT_COLOR = QColor("#D55E00")  # Okabe–Ito vermillion: stands out against the views' blues and oranges
TICK = "✓"
TALL = 950  # px: a window this tall puts the lesson above the controls, a lower one in a tab beside them


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _tr(text: str) -> str:
    return QCoreApplication.translate("lessons", text)


def language() -> str:
    """The language the lesson texts are shown in: the window's ("en" or "ko")."""
    lang = current_language()
    return lang if lang in ("en", "ko") else "en"


def text_of(pair: dict) -> str:
    """A lesson text in the window's language."""
    return pair.get(language()) or pair["en"]


# -- the glossary ------------------------------------------------------------------------------


def glossary_file():
    """``resources/glossary.json`` (not in ``lessons/``: every file there is read as a lesson)."""
    return resources.files("dlviz.resources") / "glossary.json"


def load_glossary() -> list[dict]:
    """The course's terms: ``[{"en", "ko", "explain": {"en", "ko"}}]``, in the file's order."""
    data = json.loads(glossary_file().read_text(encoding="utf-8"))
    terms = data["terms"]
    for i, t in enumerate(terms):
        if not (isinstance(t.get("en"), str) and isinstance(t.get("ko"), str)
                and isinstance(t.get("explain"), dict) and {"en", "ko"} <= set(t["explain"])):
            raise ValueError(f"glossary.json: terms[{i}] needs en, ko and explain.en/explain.ko")
    return terms



def _int_or(value, default: int) -> int:
    """A settings value read as an int (an INI file hands back text), else ``default``."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return default

class GlossaryDialog(QDialog):
    """The terms of the course in English and Korean, each explained in both; a filter field on top."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("glossary")
        self.setWindowTitle(wm_title(QCoreApplication.translate("lessons", "Glossary"), "Glossary"))
        self.terms = load_glossary()
        lay = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setObjectName("glossary_filter")
        self.filter.setPlaceholderText(QCoreApplication.translate("lessons", "Find a term (English or Korean)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        lay.addWidget(self.filter)
        self.table = t = QTableWidget(len(self.terms), 4)
        t.setObjectName("glossary_table")
        t.setHorizontalHeaderLabels([QCoreApplication.translate("lessons", "English"), QCoreApplication.translate("lessons", "Korean"), QCoreApplication.translate("lessons", "Meaning"), QCoreApplication.translate("lessons", "Meaning in Korean")])
        t.setEditTriggers(QAbstractItemView.NoEditTriggers)
        t.setWordWrap(True)
        t.verticalHeader().setVisible(False)
        for r, term in enumerate(self.terms):
            for c, text in enumerate((term["en"], term["ko"], term["explain"]["en"], term["explain"]["ko"])):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignLeft | Qt.AlignVCenter)
                if c < 2:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                t.setItem(r, c, item)
        head = t.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.Stretch)
        head.setSectionResizeMode(3, QHeaderView.Stretch)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        lay.addWidget(t, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(1000, 560)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for r, term in enumerate(self.terms):
            hay = " ".join((term["en"], term["ko"], term["explain"]["en"], term["explain"]["ko"])).lower()
            self.table.setRowHidden(r, bool(needle) and needle not in hay)


# -- "look at": a frame that flashes over a view -------------------------------------------------


class Highlight(QWidget):
    """A coloured frame over ``target`` (transparent to the mouse) that fades away."""

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setObjectName("lesson_highlight")
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_NoSystemBackground)
        self._alpha = 255
        self._left = 0
        self._timer = QTimer(self, interval=50)
        self._timer.timeout.connect(self._tick)
        target.installEventFilter(self)
        self.hide()

    def flash(self, ms: int = HIGHLIGHT_MS) -> None:
        self._left, self._total = ms, ms
        self._alpha = 255
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self._timer.start()
        self.update()

    def _tick(self) -> None:
        self._left -= self._timer.interval()
        if self._left <= 0:
            self._timer.stop()
            self.hide()
            return
        fade = self._total / 3  # full strength first, then fading out
        self._alpha = int(255 * min(1.0, self._left / fade))
        self.update()

    @property
    def active(self) -> bool:
        return self.isVisible()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Resize and obj is self.parentWidget():
            self.setGeometry(obj.rect())
        return False

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        color = QColor(HIGHLIGHT_COLOR)
        color.setAlpha(self._alpha)
        pen = QPen(color, 5)
        p.setPen(pen)
        fill = QColor(HIGHLIGHT_COLOR)
        fill.setAlpha(self._alpha // 10)
        p.setBrush(fill)
        p.drawRoundedRect(self.rect().adjusted(3, 3, -3, -3), 6, 6)


# -- the dock --------------------------------------------------------------------------------------


class _Checked(QObject):
    """Carries the background check of a finished lesson run to the GUI thread."""

    done = Signal(str, object)  # lesson id, run_lesson's result (or an error message)


class LessonsDock(QDockWidget):
    """The lessons in course order (✓ when done), the chosen lesson, Back / Next and the glossary.

    ``open_lesson(id)`` applies the lesson's scene to the window, paused, and asks its
    question; ``run()`` (the Run button) plays it; ``look_at(i)`` and ``try_next(i)``
    are its pointer and variation buttons."""

    lesson_opened = Signal(str)  # lesson id
    lesson_done = Signal(str)  # lesson id: its run ended
    checked = Signal(str, object)  # lesson id, the expectations' results [{"text", "holds"}]

    def __init__(self, win):
        super().__init__(QCoreApplication.translate("lessons", "Lessons"), win)
        self.setObjectName("lessons_dock")
        self.win = win
        self.lessons: list[Lesson] = load_lessons()
        self.lesson: Lesson | None = None
        self.done: set[str] = self._stored_done()
        self.highlights: dict[int, Highlight] = {}  # id(widget) -> its frame
        self._runs: frozenset[int] = frozenset()  # the run ids the opened lesson's scene started
        self._scene_pending = False  # the scene's docks and layer wait for the new run's first frame
        self._played = False
        self._paths_set_for: tuple | None = None  # (lesson id, id(lab)) the paths lab was last set for
        self._layer_wanted: int | None = None  # 0-based, until the layer views have taken it
        self._placed = False  # put beside the controls when first shown (see present)
        self._checker = _Checked(self)  # deleted with the dock (unparented, only the cycle collector freed it)
        self._checker.done.connect(self._on_checked)

        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(4, 4, 4, 4)
        split = QSplitter(Qt.Vertical)
        split.setObjectName("lessons_split")
        split.setChildrenCollapsible(False)
        self.list = QListWidget()
        self.list.setObjectName("lesson_list")
        self.list.setWordWrap(True)  # a long title wraps rather than hiding its end
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setToolTip(QCoreApplication.translate("lessons", "The course's lessons in order; ✓: its run has been watched to the end"))
        self.list.itemActivated.connect(self._on_item)
        self.list.itemClicked.connect(self._on_item)
        top = QWidget()
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.addWidget(self.list, 1)
        # The course's parts: lessons done and quiz questions answered right, per part.
        try:
            self.parts: list[Part] = load_parts([l.id for l in self.lessons])
        except QuizError:
            self.parts = []
        self.quiz_right: dict[str, set[int]] = self._stored_quiz()
        prow = QHBoxLayout()
        self.progress = QLabel()
        self.progress.setObjectName("lesson_progress")
        self.progress.setWordWrap(True)
        self.progress.setToolTip(QCoreApplication.translate("lessons", "Per part of the course: the lessons watched to the end, and the quiz questions answered right"))
        self.quiz_button = QPushButton(QCoreApplication.translate("lessons", "Quiz"))
        self.quiz_button.setObjectName("quiz_button")
        self.quiz_button.setToolTip(QCoreApplication.translate("lessons", "A short quiz on the part of the course this lesson belongs to"))
        self.quiz_button.clicked.connect(lambda: self.open_quiz())
        self.quiz_button.setEnabled(bool(self.parts))
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.quiz_button, 0, Qt.AlignTop)
        top_lay.addLayout(prow)
        self.quiz: QuizDialog | None = None
        split.addWidget(top)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("lesson_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.NoFrame)
        content = QWidget()
        self.content = QVBoxLayout(content)
        self.content.setContentsMargins(6, 6, 10, 6)
        self.title = QLabel()
        self.title.setObjectName("lesson_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.PlainText)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title.setFont(f)
        self.text = QLabel()
        self.text.setObjectName("lesson_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.RichText)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.content.addWidget(self.title)
        self.content.addWidget(self.text)

        self.predict_box = QGroupBox(QCoreApplication.translate("lessons", "Predict first"))
        self.predict_box.setObjectName("lesson_predict")
        pl = QVBoxLayout(self.predict_box)
        self.question = QLabel()
        self.question.setObjectName("lesson_question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.PlainText)
        pl.addWidget(self.question)
        self.choices_box = QVBoxLayout()
        pl.addLayout(self.choices_box)
        self.choice_group = QButtonGroup(self)
        self.choice_group.idClicked.connect(lambda _: self._update_run_button())
        self.choice_buttons: list[QRadioButton] = []
        row = QHBoxLayout()
        self.run_button = QPushButton(QCoreApplication.translate("lessons", "Run"))
        self.run_button.setObjectName("lesson_run")
        self.run_button.clicked.connect(self.run)
        row.addWidget(self.run_button)
        row.addStretch(1)
        pl.addLayout(row)
        self.feedback = QLabel()
        self.feedback.setObjectName("lesson_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.RichText)
        pl.addWidget(self.feedback)
        self.content.addWidget(self.predict_box)

        self.look_box = QGroupBox(QCoreApplication.translate("lessons", "Look at"))
        self.look_box.setObjectName("lesson_look_at")
        self.look_grid = QGridLayout(self.look_box)
        self.look_grid.setColumnStretch(1, 1)
        self.content.addWidget(self.look_box)

        self.try_box = QGroupBox(QCoreApplication.translate("lessons", "Try next"))
        self.try_box.setObjectName("lesson_try_next")
        self.try_lay = QVBoxLayout(self.try_box)
        self.content.addWidget(self.try_box)

        self.checks_box = QGroupBox(QCoreApplication.translate("lessons", "What the run showed"))
        self.checks_box.setObjectName("lesson_checks_box")
        cl = QVBoxLayout(self.checks_box)
        self.checks = QLabel()
        self.checks.setObjectName("lesson_checks")
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.RichText)
        cl.addWidget(self.checks)
        self.content.addWidget(self.checks_box)
        self.content.addStretch(1)
        self.scroll.setWidget(content)
        split.addWidget(self.scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        outer.addWidget(split, 1)

        nav = QHBoxLayout()
        self.back_button = QPushButton(QCoreApplication.translate("lessons", "Back"))
        self.back_button.setObjectName("lesson_back")
        self.back_button.setToolTip(QCoreApplication.translate("lessons", "The previous lesson of the course"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(QCoreApplication.translate("lessons", "Next"))
        self.next_button.setObjectName("lesson_next")
        self.next_button.setToolTip(QCoreApplication.translate("lessons", "The next lesson of the course"))
        self.next_button.clicked.connect(self.next)
        self.glossary_button = QPushButton(QCoreApplication.translate("lessons", "Glossary"))
        self.glossary_button.setObjectName("glossary_button")
        self.glossary_button.setToolTip(QCoreApplication.translate("lessons", "The course's terms in English and Korean"))
        self.glossary_button.clicked.connect(self.show_glossary)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.glossary_button)
        outer.addLayout(nav)
        self.setWidget(body)
        self.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.glossary: GlossaryDialog | None = None

        self._fill_list()
        self._show_intro()
        win.controller.state_changed.connect(self._on_state)
        win.controller.frames_ready.connect(self._on_frames)
        win.frame_drawn.connect(self._select_layer)
        self._add_to(win)

    def _add_to(self, win) -> None:
        """Dock it on the left (hidden until Help ▸ Lessons or F1; placed when first shown:
        the window's size is known then) and add Help ▸ Lessons (``action``, objectName
        "lessons_action") and Help ▸ Glossary."""
        win.addDockWidget(Qt.LeftDockWidgetArea, self)
        self.hide()
        self.visibilityChanged.connect(self._on_first_shown)
        help_menu = win.menu("help", QCoreApplication.translate("lessons", "&Help"))
        self.action = win.add_action("help", QCoreApplication.translate("lessons", "Lessons"), self.present, name="lessons_action",
                                     shortcut=QKeySequence(QKeySequence.HelpContents),
                                     tip=QCoreApplication.translate("lessons", "The course's lessons, one idea at a time"))
        help_menu.addAction(QCoreApplication.translate("lessons", "Glossary"), self.show_glossary).setObjectName("glossary_action")

    def _on_first_shown(self, shown: bool) -> None:
        if shown:
            self._placed = True

    # -- the list and the progress -------------------------------------------------------------

    def _stored_done(self) -> set[str]:
        s = self.win.settings
        if s is None:
            return set()
        raw = s.value(SETTINGS_DONE, "")
        if isinstance(raw, (list, tuple)):  # (an INI file may hand back a list)
            raw = ",".join(map(str, raw))
        known = {l.id for l in self.lessons}
        return {x for x in str(raw or "").split(",") if x in known}

    def _store_done(self) -> None:
        s = self.win.settings
        if s is not None:
            s.setValue(SETTINGS_DONE, ",".join(l.id for l in self.lessons if l.id in self.done))
            s.sync()

    def _stored_quiz(self) -> dict[str, set[int]]:
        s, out = self.win.settings, {}
        raw_by_part = {}
        for part in self.parts:
            raw = "" if s is None else s.value(SETTINGS_QUIZ + part.id, "")
            if isinstance(raw, (list, tuple)):  # (an INI file may hand back a list)
                raw = ",".join(map(str, raw))
            raw_by_part[part.id] = {int(x) for x in str(raw or "").split(",") if x.isdigit()}
        layout = _int_or(None if s is None else s.value(SETTINGS_QUIZ_LAYOUT, None), 1)
        moved = False
        for old in range(layout, QUIZ_LAYOUT):  # answers stored under an older layout: where they are now
            for (pa, qa), (pb, qb) in QUIZ_MOVES.get(old, {}).items():
                if qa in raw_by_part.get(pa, ()):
                    raw_by_part[pa].discard(qa)
                    raw_by_part.setdefault(pb, set()).add(qb)
                    moved = True
        for part in self.parts:
            out[part.id] = {q for q in raw_by_part.get(part.id, ()) if q < len(part.questions)}
        if s is not None and layout != QUIZ_LAYOUT:
            if moved:
                for part in self.parts:
                    s.setValue(SETTINGS_QUIZ + part.id, ",".join(str(q) for q in sorted(out[part.id])))
            s.setValue(SETTINGS_QUIZ_LAYOUT, QUIZ_LAYOUT)
            s.sync()
        return out

    def part_of(self, lesson_id: str) -> Part | None:
        return next((p for p in self.parts if lesson_id in p.lessons), None)

    def part_progress(self, part: Part) -> tuple[int, int]:
        """(lessons of ``part`` done, quiz questions of it answered right)."""
        return sum(lid in self.done for lid in part.lessons), len(self.quiz_right.get(part.id, ()))

    def _update_progress(self) -> None:
        rows = []
        for i, part in enumerate(self.parts, 1):
            done, right = self.part_progress(part)
            row = _esc(QCoreApplication.translate("lessons", "Part {n}: {done}/{total} lessons · quiz {right}/{questions}").format(
                n=i, done=done, total=len(part.lessons), right=right, questions=len(part.questions)))
            if done == len(part.lessons) and right == len(part.questions):
                row = f"<b>{TICK} {row}</b>"
            rows.append(row)
        self.progress.setText("<br>".join(rows))
        self.progress.setToolTip("<br>".join(f"{i}. {_esc(text_of(p.title))}" for i, p in enumerate(self.parts, 1)))

    def answered_right(self, part: Part, question: int) -> None:
        """Question ``question`` of ``part``'s quiz was answered right: remembered per user."""
        got = self.quiz_right.setdefault(part.id, set())
        if question in got:
            return
        got.add(question)
        s = self.win.settings
        if s is not None:
            s.setValue(SETTINGS_QUIZ + part.id, ",".join(str(q) for q in sorted(got)))
            s.sync()
        self._update_progress()

    def open_quiz(self, part_id: str | None = None) -> "QuizDialog | None":
        """The quiz of part ``part_id`` (default: the current lesson's part, else the first
        part not yet complete)."""
        if not self.parts:
            return None
        part = next((p for p in self.parts if p.id == part_id), None)
        if part is None and self.lesson is not None:
            part = self.part_of(self.lesson.id)
        if part is None:
            part = next((p for p in self.parts if self.part_progress(p) != (len(p.lessons), len(p.questions))),
                        self.parts[0])
        if self.quiz is not None:
            self.quiz.close()
            self.quiz.deleteLater()
        self.quiz = QuizDialog(self, part, self.parts.index(part) + 1)
        self.quiz.show()
        return self.quiz

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for l in self.lessons:
            item = QListWidgetItem(self._item_text(l))
            item.setData(Qt.UserRole, l.id)
            item.setToolTip(", ".join(l.tags))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_progress()

    def _item_text(self, l: Lesson) -> str:
        mark = TICK if l.id in self.done else "\u2003"  # an em space keeps the titles aligned
        return f"{mark} {l.order}. {text_of(l.title)}"

    def item_of(self, lesson_id: str) -> QListWidgetItem:
        return self.list.item([l.id for l in self.lessons].index(lesson_id))

    def mark_done(self, lesson_id: str) -> None:
        if lesson_id in self.done:
            return
        self.done.add(lesson_id)
        self._store_done()
        lesson = next(l for l in self.lessons if l.id == lesson_id)
        self.item_of(lesson_id).setText(self._item_text(lesson))
        self._update_progress()
        self.lesson_done.emit(lesson_id)

    def _on_item(self, item: QListWidgetItem) -> None:
        lid = item.data(Qt.UserRole)
        if self.lesson is None or lid != self.lesson.id:
            self.open_lesson(lid)

    def _show_intro(self) -> None:
        self.title.setText(QCoreApplication.translate("lessons", "Lessons"))
        self.text.setText("<p>" + _esc(QCoreApplication.translate("lessons", 
            "Each lesson sets up the window for one idea of the course, asks you to predict what the run "
            "will show, then runs it. Choose a lesson in the list: its settings replace the current ones.")) + "</p>")
        for box in (self.predict_box, self.look_box, self.try_box, self.checks_box):
            box.hide()
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(bool(self.lessons))
        self.next_button.setToolTip(QCoreApplication.translate("lessons", "The next lesson of the course"))

    # -- opening a lesson ----------------------------------------------------------------------

    def open_lesson(self, lesson_id: str | Lesson) -> Lesson:
        """Show lesson ``lesson_id`` and apply its scene, paused; a LessonError if there is none.
        A Lesson read from a file of its own (a teacher's draft) joins the list in its place."""
        if isinstance(lesson_id, Lesson):
            lesson = lesson_id
            if lesson not in self.lessons:
                self.lessons = sorted([l for l in self.lessons if l.id != lesson.id] + [lesson],
                                      key=lambda l: (l.order, l.id))
                self._fill_list()
        else:
            lesson = next((l for l in self.lessons if l.id == lesson_id), None)
        if lesson is None:
            lesson = find_lesson(lesson_id)  # (raises, listing the ids)
        self.lesson = lesson
        self.present()
        self.list.blockSignals(True)
        self.list.setCurrentItem(self.item_of(lesson.id))
        self.list.blockSignals(False)
        self._show_lesson(lesson)
        self.apply_scene(lesson)
        self.scroll.verticalScrollBar().setValue(0)
        self.lesson_opened.emit(lesson.id)
        return lesson

    def present(self) -> None:
        """Show the dock in front. The first time, place it by the window's height: above the
        controls on a tall screen, in a tab beside them on a laptop (the text needs the height)."""
        w = self.win
        controls = w.docks.get("controls_dock")
        if not self._placed and controls is not None and not self.isFloating():
            self._placed = True
            tall = w.height() >= TALL
            if tall:
                w.splitDockWidget(self, controls, Qt.Vertical)
            else:
                w.tabifyDockWidget(controls, self)

                # Once the docks are laid out (sizes set before that are dropped); the column's
                # width is the controls' own (fixed: they never scroll sideways).
                QTimer.singleShot(0, lambda: w.resizeDocks(
                    [self, controls], [int(0.65 * w.height()), int(0.35 * w.height())], Qt.Vertical))
        self.show()
        self.raise_()
        if not w.isVisible():  # a tab is brought up only in a shown window: once it is
            QTimer.singleShot(0, self.raise_)

    def _show_lesson(self, l: Lesson) -> None:
        self.title.setText(text_of(l.title))
        paragraphs = [p.strip() for p in text_of(l.text).split("\n") if p.strip()]
        self.text.setText("".join(f"<p>{_esc(p)}</p>" for p in paragraphs))

        self.question.setText(text_of(l.predict["question"]))
        for b in self.choice_buttons:
            self.choice_group.removeButton(b)
            b.deleteLater()
        self.choice_buttons = []
        for i, choice in enumerate(l.predict["choices"]):
            b = QRadioButton(text_of(choice))
            b.setObjectName(f"lesson_choice_{i}")
            self.choice_group.addButton(b, i)
            self.choices_box.addWidget(b)
            self.choice_buttons.append(b)
        self.feedback.clear()
        self.feedback.hide()
        self._played = False
        self._update_run_button()

        _clear(self.look_grid)
        names = view_names()
        for i, item in enumerate(l.look_at):
            b = QPushButton(names.get(item["view"], item["view"]))
            b.setObjectName(f"look_at_{i}")
            b.setToolTip(QCoreApplication.translate("lessons", "Bring this view to the front and mark it"))
            b.clicked.connect(lambda _=False, n=i: self.look_at(n))
            label = QLabel(text_of(item["text"]))
            label.setTextFormat(Qt.PlainText)
            label.setWordWrap(True)
            self.look_grid.addWidget(b, i, 0, Qt.AlignTop)
            self.look_grid.addWidget(label, i, 1)
        _clear(self.try_lay)
        for i, item in enumerate(l.try_next):
            b = QPushButton(text_of(item["label"]))
            b.setObjectName(f"try_next_{i}")
            b.setToolTip(QCoreApplication.translate("lessons", "Change the settings this way and run again"))
            b.clicked.connect(lambda _=False, n=i: self.try_next(n))
            self.try_lay.addWidget(b)
        self.checks.setText(self._expectations_text(None))
        for box in (self.predict_box, self.look_box, self.try_box):
            box.show()
        self.checks_box.hide()

        i = self.lessons.index(l)
        self.back_button.setEnabled(i > 0)
        self.next_button.setEnabled(i + 1 < len(self.lessons))

    def _update_run_button(self) -> None:
        picked = self.choice_group.checkedId() >= 0
        self.run_button.setEnabled(picked and not self._played)
        self.run_button.setToolTip(QCoreApplication.translate("lessons", "Start the run and see if you were right") if picked
                                   else QCoreApplication.translate("lessons", "Pick an answer first"))

    def apply_scene(self, l: Lesson) -> None:
        """The lesson's settings, comparison, views, layer, thinned toggle and watch speed,
        with a fresh run that waits (paused) for the prediction."""
        w = self.win
        w.pause()
        w.set_watch_speed(None if l.watch_speed == "max" else float(l.watch_speed))
        w.apply_config(l.config)
        w.start_compare(dict(l.compare) if l.compare else {})  # starts the new run now (paused), not debounced
        self._runs = self._current_runs()
        self._scene_pending = True
        self._apply_views(l)
        w.show_thinned_network(bool(l.thinned) and l.config.dropout > 0)
        if l.paths:
            self.open_paths(l, reset=True)

    def open_paths(self, l: Lesson | None = None, reset: bool = False):
        """The optimizer paths lab set as the lesson's ``scene.paths`` says (its surface, start,
        steps, and only its optimizers ticked, at their learning rates), shown at step 0.
        A pointer (``reset`` false) only brings it up: the learner's changes stay."""
        l = self.lesson if l is None else l
        lab = self.win.labs.paths.open()  # (the window's labs: the dock does not import them)
        if reset or self._paths_set_for != (l.id, id(lab)):
            spec = l.paths
            lab.set_surface(spec["surface"])
            lrs = {o["optimizer"]: o["lr"] for o in spec["optimizers"]}
            for name in lab.checks:
                lab.set_enabled(name, name in lrs)
            for name, lr in lrs.items():
                lab.set_lr(name, lr)
            lab.steps_box.setValue(spec["steps"])
            lab.set_start(*spec["start"])
            self._paths_set_for = (l.id, id(lab))
        return lab

    def _current_runs(self) -> frozenset[int]:
        c = self.win.controller
        return frozenset(dict(c.compare)) if c.compare else frozenset({c.run_id})

    def _apply_views(self, l: Lesson) -> None:
        self.win.show_views(l.views["visible"], l.views["front"])
        visible = set(l.views["visible"])
        self._layer_wanted = None if l.layer is None else l.layer - 1
        self._select_layer()
        if "dropout_dock" in visible:
            self._focus_dropout_run()

    def _focus_dropout_run(self) -> None:
        """In a comparison, show a run that has dropout in the single-run views (the dropout
        masks, the network's dropped units): a run without it has nothing to show there."""
        c = self.win.controller
        if not c.compare:
            return
        try:
            configs = [config for _, config in variants(c.config, c.compared_values)]  # c.compare's order
        except ValueError:
            return
        if len(configs) != len(c.compare) or configs[[i for i, _ in c.compare].index(c.run_id)].dropout > 0:
            return
        with_dropout = [run_id for (run_id, _), config in zip(c.compare, configs) if config.dropout > 0]
        if with_dropout:
            c.focus_run(with_dropout[0])

    def _select_layer(self, frame=None) -> None:
        """The scene's hidden layer in the views that pick one (the health view's combo). It
        takes once the view has drawn the new network: before, it knows the old depth."""
        if self._layer_wanted is None or self._current_runs() != self._runs:
            return
        if self.win.select_layer(self._layer_wanted):
            self._layer_wanted = None

    def _on_frames(self, frames) -> None:
        # The comparison shows its dock on its first frame, and the layer views learn the
        # new network's depth from it: the scene's views and layer are set again then.
        if self._scene_pending and self.lesson is not None and self._current_runs() == self._runs:
            self._scene_pending = False
            self._apply_views(self.lesson)

    def run(self) -> None:
        """The Run button: say whether the prediction was right, and play the lesson's run."""
        l = self.lesson
        if l is None:
            return
        picked = self.choice_group.checkedId()
        answer = l.predict["answer"]
        right = text_of(l.predict["choices"][answer])
        if picked == answer:
            msg = "<b style='color:#009E73'>{}</b> ".format(_esc(QCoreApplication.translate("lessons", "Right!"))) + _esc(
                QCoreApplication.translate("lessons", "The answer is: {answer}. Watch the run show it.").format(answer=right))
        else:
            msg = "<b style='color:#D55E00'>{}</b> ".format(_esc(QCoreApplication.translate("lessons", "Not quite."))) + _esc(
                QCoreApplication.translate("lessons", "The answer is: {answer}. Watch the run to see why.").format(answer=right))
        self.feedback.setText(msg)
        self.feedback.show()
        self._played = True
        self._update_run_button()
        for b in self.choice_buttons:
            b.setEnabled(False)
        if self._current_runs() != self._runs or self.win.state.ended:
            self.apply_scene(l)  # the settings were changed since: the lesson's own run again
        self.win.play()
        if l.paths:
            self.open_paths(l).play()

    # -- the run ends ---------------------------------------------------------------------------

    def _on_state(self, state) -> None:
        l = self.lesson
        if l is None or not RunState(state).ended or self._current_runs() != self._runs:
            return
        self.mark_done(l.id)
        if self.win.config == l.config:
            self._check(l)

    def _check(self, l: Lesson) -> None:
        """Check the lesson's expectations on the same run, trained again headless in a
        worker thread (the training process keeps no Trainer for us to ask; the same seed
        and settings give the same numbers, and a lesson's run takes < 0.5 s)."""
        self.checks.setText(_esc(QCoreApplication.translate("lessons", "Checking…")))
        self.checks_box.show()
        checker = self._checker

        def work():
            try:
                done = run_lesson(l)
                result = {"expectations": done["expectations"], "measures": done["measures"]}
            except Exception as e:  # (a thread must not die silently: say it in the dock)
                result = str(e)
            try:
                checker.done.emit(l.id, result)
            except RuntimeError:  # the window closed meanwhile
                pass

        create_worker(work, _start_thread=True)  # a superqt worker: the GUI's one way to run a thread

    def _on_checked(self, lesson_id: str, result) -> None:
        if self.lesson is None or lesson_id != self.lesson.id:
            return
        measures = None
        if isinstance(result, dict):
            result, measures = result["expectations"], result["measures"]
        self.checks.setText(self._expectations_text(result) + self._measures_text(measures))
        self.checks_box.show()
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.checks_box))
        if not isinstance(result, str):
            self.checked.emit(lesson_id, [{"text": r["text"], "holds": r["holds"]} for r in result])

    def _measures_text(self, measures) -> str:
        """What the check measured (times, memory), under the expectations: shown, not checked."""
        if not measures:
            return ""
        rows = "".join("<li>{}</li>".format(_esc(text_of(m["text"]).replace(
            "{value}", format_measure(m["metric"], m["value"])))) for m in measures)
        if any(m["metric"] in ("seconds_per_step", "seconds_per_epoch") for m in measures):
            title = QCoreApplication.translate("lessons", "Measured on this computer")
        else:  # (the run's own numbers: the same on every computer)
            title = QCoreApplication.translate("lessons", "Measured in this run")
        return "<p><b>{}</b></p><ul style='margin-left:12px'>{}</ul>".format(_esc(title), rows)

    def _expectations_text(self, result) -> str:
        if self.lesson is None:
            return ""
        if isinstance(result, str):
            return _esc(QCoreApplication.translate("lessons", "The check could not run: {why}").format(why=result))
        rows = []
        for i, e in enumerate(self.lesson.expectations):
            if result is None:
                mark = "•"
            else:
                ok = result[i]["holds"]
                mark = "<b style='color:#009E73'>✓</b>" if ok else "<b style='color:#D55E00'>✗</b>"
            rows.append(f"<tr><td valign='top'>{mark}&nbsp;</td><td>{_esc(text_of(e['text']))}</td></tr>")
        return "<table>" + "".join(rows) + "</table>"

    # -- navigation, pointers, variations ---------------------------------------------------------

    def next(self) -> Lesson | None:
        i = -1 if self.lesson is None else self.lessons.index(self.lesson)
        return self.open_lesson(self.lessons[i + 1].id) if i + 1 < len(self.lessons) else None

    def back(self) -> Lesson | None:
        i = 0 if self.lesson is None else self.lessons.index(self.lesson)
        return self.open_lesson(self.lessons[i - 1].id) if i > 0 else None

    def look_at(self, i: int) -> QWidget | None:
        """Pointer ``i`` of the lesson: bring its view to the front and flash a frame over it."""
        if self.lesson is None or not 0 <= i < len(self.lesson.look_at):
            return None
        return self.highlight(self.lesson.look_at[i]["view"])

    def view_widget(self, view: str) -> QWidget | None:
        """The widget a pointer names (a dock, after showing and raising it; or a central view)."""
        w = self.win
        if view in ("decision_plot", "regression_plot"):
            # While comparing, the centre holds the tiles: the decision regions (or a
            # regression's fitted curves) are there; else the centre's view of the run.
            return w.comparison.tiles if w.controller.compare else w.centre_view
        if view == "decision_thinned":
            w.show_thinned_network(w.config.dropout > 0)
            return w.thinned_view
        if view == "embedding_plot":  # an image run's centre
            return w.embedding_view
        if view == "dropout_dock":
            self._focus_dropout_run()
        if view == "compare_tiles":
            return w.comparison.tiles
        if view == "paths_lab":
            return self.open_paths() if self.lesson is not None and self.lesson.paths else None
        dock = w.dock(view)
        if dock is None:
            return None
        dock.show()
        dock.raise_()
        return dock

    def highlight(self, view: str) -> QWidget | None:
        target = self.view_widget(view)
        if target is None:
            return None
        frame = self.highlights.get(id(target))
        if frame is None:
            frame = self.highlights[id(target)] = Highlight(target.widget() if isinstance(target, QDockWidget)
                                                            else target)
        frame.flash()
        return target

    def highlight_active(self) -> bool:
        """Is a "look at" frame showing now?"""
        return any(h.active for h in self.highlights.values())

    def try_next(self, i: int) -> None:
        """Variation ``i``: the lesson's settings changed as it says (and its comparison,
        a new one, or none), trained at once."""
        l = self.lesson
        if l is None or not 0 <= i < len(l.try_next):
            return
        item = l.try_next[i]
        w = self.win
        w.pause()
        w.apply_config(l.config.replace(**item["config"]))
        cmp = item["compare"] if "compare" in item else l.compare
        w.start_compare(dict(cmp) if cmp else {})
        self._scene_pending = False
        w.play()

    def show_glossary(self) -> GlossaryDialog:
        if self.glossary is None:
            self.glossary = GlossaryDialog(self.win)
        if self.glossary.isVisible():
            self.glossary.raise_()  # (behind the window: bring it up)
        self.glossary.show()
        return self.glossary


class QuizDialog(QDialog):
    """A part's quiz: each question with its choices; Check says, per answered question,
    right or not and why (the explanation), and the dock remembers the right ones."""

    def __init__(self, dock: LessonsDock, part: Part, number: int):
        super().__init__(dock.win)
        self.setObjectName("quiz_dialog")
        self.dock, self.part = dock, part
        self.setWindowTitle(wm_title(QCoreApplication.translate("lessons", "Quiz: part {n}").format(n=number),
                                     f"Quiz: part {number}"))
        lay = QVBoxLayout(self)
        head = QLabel(f"<b>{_esc(text_of(part.title))}</b>")
        head.setWordWrap(True)
        lay.addWidget(head)
        self.groups: list[QButtonGroup] = []
        self.feedback: list[QLabel] = []
        for qi, q in enumerate(part.questions):
            box = QGroupBox()
            bl = QVBoxLayout(box)
            label = QLabel(f"{qi + 1}. {_esc(text_of(q.question))}")
            label.setWordWrap(True)
            bl.addWidget(label)
            group = QButtonGroup(box)
            for ci, c in enumerate(q.choices):
                b = QRadioButton(text_of(c))
                b.setObjectName(f"quiz_choice_{qi}_{ci}")
                group.addButton(b, ci)
                bl.addWidget(b)
            fb = QLabel()
            fb.setObjectName(f"quiz_feedback_{qi}")
            fb.setWordWrap(True)
            fb.setTextFormat(Qt.RichText)
            fb.hide()
            bl.addWidget(fb)
            self.groups.append(group)
            self.feedback.append(fb)
            lay.addWidget(box)
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.check_button = buttons.addButton(QCoreApplication.translate("lessons", "Check"), QDialogButtonBox.ActionRole)
        self.check_button.setObjectName("quiz_check")
        self.check_button.clicked.connect(self.check)
        buttons.rejected.connect(self.close)
        lay.addWidget(buttons)
        self.resize(600, 700)

    def check(self) -> list[bool | None]:
        """Mark every answered question right or wrong and explain it; None where unanswered."""
        out = []
        for qi, (q, group, fb) in enumerate(zip(self.part.questions, self.groups, self.feedback)):
            picked = group.checkedId()
            if picked < 0:
                out.append(None)
                continue
            explain = _esc(text_of(q.explain))
            if picked == q.answer:
                fb.setText("<b style='color:#009E73'>{}</b> {}".format(
                    _esc(QCoreApplication.translate("lessons", "Right!")), explain))
                self.dock.answered_right(self.part, qi)
            else:
                fb.setText("<b style='color:#D55E00'>{}</b> {} {}".format(
                    _esc(QCoreApplication.translate("lessons", "Not quite.")),
                    _esc(QCoreApplication.translate("lessons", "The answer is: {answer}.").format(
                        answer=text_of(q.choices[q.answer]))), explain))
            fb.show()
            out.append(picked == q.answer)
        return out


def view_names() -> dict[str, str]:
    """What a "look at" button calls each view."""
    return {**{name: spec.translated_title() for name, spec in VIEWS.items()}, "decision_plot": QCoreApplication.translate("lessons", "Decision regions"), "regression_plot": QCoreApplication.translate("lessons", "Fitted curve"), "embedding_plot": QCoreApplication.translate("lessons", "PCA map"), "decision_thinned": QCoreApplication.translate("lessons", "Thinned network"),
            "compare_tiles": QCoreApplication.translate("lessons", "Comparison tiles"), "compare_dock": QCoreApplication.translate("lessons", "Comparison"),
            "controls_dock": QCoreApplication.translate("lessons", "Hyperparameters"),
            "paths_lab": QCoreApplication.translate("lessons", "Optimizer paths lab")}


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
