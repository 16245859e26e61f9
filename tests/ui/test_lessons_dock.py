"""The Lessons dock: Help ▸ Lessons, a lesson's scene, predict then Run, Next / Back,
look-at pointers, try-next variations, progress ticks in QSettings, the glossary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QMenu, QRadioButton

from dlviz.config import Config
from dlviz.training.lessons import LessonError, find_lesson, load_lessons
from dlviz.training.messages import RunState
from dlviz.ui.lessons import SETTINGS_DONE, TICK, load_glossary

TIMEOUT = 15_000


@pytest.fixture
def window(open_window):
    return open_window(Config(dataset="circles", samples=200, hidden=(4,), epochs=0, seed=1))


def _visible_docks(w) -> set[str]:
    docks = [d for d in w.findChildren(QDockWidget) if d.objectName() not in ("controls_dock", "lessons_dock")]
    return {d.objectName() for d in docks if d.isVisible()}


def _in_front(w, name: str) -> bool:
    """Is dock ``name`` shown and not behind another tab?"""
    dock = w.findChild(QDockWidget, name)
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_help_menu_opens_the_dock_with_every_lesson_in_course_order(window, qtbot):
    w = window
    dock = w.findChild(QDockWidget, "lessons_dock")
    assert dock is w.lessons and not dock.isVisible()
    help_menu = w.findChild(QMenu, "help_menu")
    action = next(a for a in help_menu.actions() if a.objectName() == "lessons_action")
    assert action.shortcut().toString() == "F1"
    action.trigger()
    qtbot.waitUntil(dock.isVisible, timeout=TIMEOUT)
    lessons = load_lessons()
    assert dock.list.count() == len(lessons) >= 24
    ids = [dock.list.item(i).data(0x0100) for i in range(dock.list.count())]  # Qt.UserRole
    assert ids == [l.id for l in sorted(lessons, key=lambda l: l.order)]
    assert dock.list.item(2).text().endswith("3. One perceptron cannot solve XOR")
    assert not dock.predict_box.isVisible()  # nothing applied before a lesson is chosen
    assert w.config.dataset == "circles"


def test_opening_a_lesson_applies_its_scene_and_asks_before_the_run(window, qtbot):
    w, lesson = window, find_lesson("dying-relu")
    w.open_lesson("dying-relu")
    assert w.config == lesson.config
    assert w.controller.watch_speed == float(lesson.watch_speed)
    assert w.findChild(type(w.watch_speed_box), "watch_speed").currentData() == float(lesson.watch_speed)
    # The new run's first frame: the layer views know its depth, the scene's layer is selected.
    qtbot.waitUntil(lambda: w.frame is not None and len(w.frame.info.sizes) == len(lesson.config.hidden) + 2,
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: w.health_view.layer == lesson.layer - 1, timeout=TIMEOUT)
    assert _visible_docks(w) == set(lesson.views["visible"])
    qtbot.waitUntil(lambda: _in_front(w, lesson.views["front"]), timeout=TIMEOUT)

    d = w.lessons
    assert d.title.text() == lesson.title["en"] == "ReLU, and how ReLU units die"
    assert d.predict_box.isVisible() and d.question.text() == lesson.predict["question"]["en"]
    assert [b.text() for b in d.choice_buttons] == [c["en"] for c in lesson.predict["choices"]]
    assert not d.run_button.isEnabled()  # predict first
    assert w.state == RunState.READY and not w.playing and w.frame.snap.epoch == 0

    wrong = (lesson.predict["answer"] + 1) % len(d.choice_buttons)
    d.choice_buttons[wrong].click()
    assert d.run_button.isEnabled()
    d.run_button.click()
    assert w.playing
    qtbot.waitUntil(lambda: w.frame.snap.epoch >= 1, timeout=TIMEOUT)
    answer = lesson.predict["choices"][lesson.predict["answer"]]["en"]
    assert "Not quite" in d.feedback.text() and answer in d.feedback.text()
    assert not d.run_button.isEnabled()


def test_a_comparison_lesson_shows_its_runs_and_the_comparison_in_front(window, qtbot):
    w, lesson = window, find_lesson("optimizers")
    w.open_lesson(lesson.id)
    assert w.config == lesson.config and w.controller.compared_values == lesson.compare
    assert len(w.controller.compare) == 4
    qtbot.waitUntil(lambda: _in_front(w, "compare_dock"), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _visible_docks(w) == set(lesson.views["visible"]), timeout=TIMEOUT)
    d = w.lessons
    d.choice_buttons[lesson.predict["answer"]].click()
    d.run_button.click()
    assert "Right!" in d.feedback.text()
    qtbot.waitUntil(lambda: w.frame.snap.epoch >= 1, timeout=TIMEOUT)


def test_next_and_back_follow_the_course_order(window):
    w = window
    order = [l.id for l in load_lessons()]
    d = w.lessons
    assert d.next().id == order[0]  # from no lesson: the first
    assert not d.back_button.isEnabled()
    assert d.back() is None
    w.open_lesson("xor-perceptron")
    i = order.index("xor-perceptron")
    d.next_button.click()
    assert d.lesson.id == order[i + 1] and w.config == find_lesson(order[i + 1]).config
    d.back_button.click()
    d.back_button.click()
    assert d.lesson.id == order[i - 1]
    assert d.list.currentItem().data(0x0100) == order[i - 1]
    w.open_lesson(order[-1])
    assert not d.next_button.isEnabled() and d.next() is None
    with pytest.raises(LessonError, match="no lesson 'nope'"):
        w.open_lesson("nope")


def test_look_at_raises_the_view_and_flashes_a_frame_that_fades(window, qtbot):
    w = window
    w.open_lesson("xor-perceptron")  # look at: the decision plot, then the loss dock
    d = w.lessons
    w.docks["network_dock"].raise_()
    d.findChild(type(d.back_button), "look_at_1").click()
    qtbot.waitUntil(lambda: _in_front(w, "loss_dock"), timeout=TIMEOUT)
    frame = d.highlights[id(w.docks["loss_dock"])]
    assert frame.isVisible() and frame.parentWidget() is w.docks["loss_dock"].widget()
    assert frame.size() == w.docks["loss_dock"].widget().size()
    qtbot.waitUntil(lambda: not d.highlight_active(), timeout=5000)
    d.look_at(0)
    assert d.highlights[id(w.decision_view)].isVisible()
    qtbot.waitUntil(lambda: not d.highlight_active(), timeout=5000)


def test_try_next_changes_the_settings_and_the_comparison(window, qtbot):
    w = window
    lesson = find_lesson("xor-perceptron")
    w.open_lesson(lesson.id)
    w.lessons.findChild(type(w.lessons.back_button), "try_next_0").click()  # a hidden layer of 4, tanh
    assert w.config == lesson.config.replace(hidden=(4,), activation="tanh")
    assert w.playing

    w.open_lesson("batch-size")
    w.lessons.try_next(0)  # batch 1 against the full set: a new comparison
    assert w.controller.compared_values == {"batch_size": [1, 360]}
    w.open_lesson("dropout")  # dropout 0 and 0.5, the masks in view: the views show the run that has them
    assert dict(w.controller.compare)[w.run_id] == "dropout=0.5"
    w.lessons.try_next(0)  # dropout 0.5 alone: back to one run
    assert w.config.dropout == 0.5 and not w.controller.compare
    qtbot.waitUntil(lambda: w.frame is not None and w.frame.run_id == w.run_id, timeout=TIMEOUT)


def test_a_finished_lesson_is_ticked_remembered_and_checked(qtbot, tmp_path):
    from dlviz.ui.main_window import MainWindow

    path = str(tmp_path / "dlviz.ini")
    settings = QSettings(path, QSettings.IniFormat)
    w = MainWindow(Config(epochs=0), settings=settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    try:
        lesson = find_lesson("xor-perceptron")
        w.open_lesson(lesson.id)
        d = w.lessons
        assert not d.item_of(lesson.id).text().startswith(TICK)
        d.choice_buttons[lesson.predict["answer"]].click()
        got = []
        d.checked.connect(lambda lid, results: got.append((lid, results)))
        with qtbot.waitSignals([d.lesson_done, d.checked], timeout=60_000):
            d.run_button.click()
            w.set_watch_speed(None)  # the lesson's 5 epochs/s: 8 s for 40 epochs
        assert w.state == RunState.FINISHED and w.frame.snap.epoch == lesson.config.epochs
        assert d.item_of(lesson.id).text().startswith(TICK)
        [(lid, results)] = got
        assert lid == lesson.id
        assert [r["holds"] for r in results] == [True] * len(lesson.expectations)
        assert d.checks_box.isVisible() and d.checks.text().count("✓") == len(lesson.expectations)
        assert QSettings(path, QSettings.IniFormat).value(SETTINGS_DONE) == lesson.id
    finally:
        w.close()
    w2 = MainWindow(Config(epochs=0), settings=QSettings(path, QSettings.IniFormat))
    qtbot.addWidget(w2)
    try:
        assert w2.lessons.done == {lesson.id}
        assert w2.lessons.item_of(lesson.id).text().startswith(TICK)
        assert not w2.lessons.item_of("perceptron").text().startswith(TICK)
    finally:
        w2.close()


def test_the_glossary_pairs_the_course_terms_in_both_languages(window, qtbot):
    terms = load_glossary()
    pairs = {t["en"]: t["ko"] for t in terms}
    for en, ko in (("learning rate", "학습률"), ("batch size", "배치 크기"), ("epoch", "에포크"),
                   ("hidden layer", "은닉층"), ("activation function", "활성화 함수"),
                   ("vanishing gradient", "기울기 소실"), ("overfitting", "과적합"), ("dropout", "드롭아웃"),
                   ("optimizer", "옵티마이저"), ("softmax", "소프트맥스"), ("cross-entropy", "교차 엔트로피"),
                   ("perceptron", "퍼셉트론"), ("decision boundary", "결정 경계"), ("loss", "손실"),
                   ("weight", "가중치"), ("bias", "편향"), ("gradient", "기울기"), ("momentum", "모멘텀"),
                   ("validation", "검증"), ("accuracy", "정확도")):
        assert pairs[en] == ko
    assert all(t["explain"]["en"] and t["explain"]["ko"] for t in terms)

    window.lessons.glossary_button.click()
    dialog = window.lessons.glossary
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    assert dialog.objectName() == "glossary" and dialog.table.rowCount() == len(terms)
    dialog.filter.setText("학습률")
    shown = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert dialog.table.item(shown[0], 0).text() == "learning rate" and 1 <= len(shown) < len(terms) / 2
    assert all("학습률" in " ".join(dialog.table.item(r, c).text() for c in range(4)) for r in shown)
    dialog.close()


def test_a_lesson_with_paths_opens_the_paths_lab_as_its_scene_says(window, qtbot):
    """local-minimum: the lab shows the camel from (1.9, 0.6), only SGD and momentum ticked
    at lr 0.01; the pointer brings it back without undoing the learner's changes; Run plays it."""
    w = window
    lesson = find_lesson("local-minimum")
    w.open_lesson(lesson.id)
    lab = w.labs.paths.window
    assert lab is not None and lab.isVisible()
    assert lab.surface.name == "six_hump_camel" and lab.start == (1.9, 0.6) and lab.steps == 500
    assert [(s.optimizer, s.lr) for s in lab.specs()] == [("sgd", 0.01), ("momentum", 0.01)]
    assert lab.paths["sgd"].loss[-1] == pytest.approx(2.104, abs=0.01)  # the local minimum
    assert lab.paths["momentum"].loss[-1] == pytest.approx(-1.0316, abs=0.001)  # the global one
    lab.set_lr("sgd", 0.1)  # the learner tries a larger rate ...
    assert w.lessons.look_at(0) is lab  # ... and the pointer keeps it
    assert lab.specs()[0].lr == 0.1
    w.lessons.choice_buttons[lesson.predict["answer"]].click()
    w.lessons.run_button.click()
    assert lab.playing
    lab.pause()
    w.open_lesson(lesson.id)  # opening the lesson again: its own scene
    assert lab.specs()[0].lr == 0.01


def test_measures_show_under_the_checks(window):
    """gelu-cost: what the check measured (time per step) is shown with its unit, not checked."""
    w = window
    lesson = find_lesson("gelu-cost")
    w.open_lesson(lesson.id)
    d = w.lessons
    results = [{"text": e["text"], "holds": True, "value": 1, "against": 0} for e in lesson.expectations]
    measures = [{"text": m["text"], "metric": m["metric"], "value": v} for m, v in zip(lesson.measures, (0.0018, 0.0153))]
    d._on_checked(lesson.id, {"expectations": results, "measures": measures})
    text = d.checks.text()
    assert text.count("✓") == len(lesson.expectations)
    assert "Measured on this computer" in text and "ReLU: 1.8 ms per step" in text and "GELU: 15.3 ms per step" in text


def test_tanh_centred_shows_the_runs_own_figures(window):
    """tanh-centred: the mean output per hidden layer and the zig-zag share, the run's own
    figures (the same on every computer), under their own heading."""
    w = window
    lesson = find_lesson("tanh-centred")
    w.open_lesson(lesson.id)
    d = w.lessons
    results = [{"text": e["text"], "holds": True, "value": 1, "against": 0} for e in lesson.expectations]
    values = ([0.496, 0.504], [-0.0099, -0.0153], 0.659, 0.0)
    measures = [{"text": m["text"], "metric": m["metric"], "value": v} for m, v in zip(lesson.measures, values)]
    d._on_checked(lesson.id, {"expectations": results, "measures": measures})
    text = d.checks.text()
    assert "Measured in this run" in text and "Measured on this computer" not in text
    assert "+0.50 · +0.50" in text and "−0.01 · −0.02" in text
    assert "in 66 % of the cases" in text and "in 0 % of the cases" in text


def test_a_quiz_marks_progress_per_part_and_a_new_window_remembers_it(qtbot, tmp_path):
    from dlviz.ui.lessons import SETTINGS_QUIZ
    from dlviz.ui.main_window import MainWindow

    path = str(tmp_path / "dlviz.ini")
    w = MainWindow(Config(epochs=0), settings=QSettings(path, QSettings.IniFormat))
    qtbot.addWidget(w)
    try:
        d = w.lessons
        assert [p.id for p in d.parts] == ["mlp", "activations", "training", "generalisation"]
        part = d.parts[1]
        assert d.part_progress(part) == (0, 0)
        assert "Part 2: 0/9 lessons · quiz 0/4" in d.progress.text()
        w.open_lesson("gelu-cost")  # the quiz button opens this lesson's part
        quiz = d.quiz_button.click() or d.quiz
        assert quiz.part is part and quiz.isVisible()
        q0 = part.questions[0]
        quiz.findChild(QRadioButton, f"quiz_choice_0_{q0.answer}").click()
        assert quiz.check() == [True, None, None, None]
        assert d.part_progress(part) == (0, 1)
        assert "Part 2: 0/9 lessons · quiz 1/4" in d.progress.text()
        assert QSettings(path, QSettings.IniFormat).value(SETTINGS_QUIZ + "activations") == "0"
        d.mark_done("gelu-cost")
        assert "Part 2: 1/9 lessons · quiz 1/4" in d.progress.text()
    finally:
        w.close()
    w2 = MainWindow(Config(epochs=0), settings=QSettings(path, QSettings.IniFormat))
    qtbot.addWidget(w2)
    try:
        assert w2.lessons.part_progress(w2.lessons.parts[1]) == (1, 1)
        assert "Part 2: 1/9 lessons · quiz 1/4" in w2.lessons.progress.text()
        assert w2.lessons.part_progress(w2.lessons.parts[0]) == (0, 0)
    finally:
        w2.close()


def test_quiz_answers_stored_before_the_init_lesson_moved_follow_its_question(qtbot, tmp_path):
    """The initialisation question moved from the generalisation quiz (question 2) to the
    training quiz (question 3) with its lesson: an answer stored before counts there, and
    the generalisation quiz's new question 2 is not marked answered."""
    from dlviz.ui.lessons import QUIZ_LAYOUT, SETTINGS_QUIZ, SETTINGS_QUIZ_LAYOUT
    from dlviz.ui.main_window import MainWindow

    path = str(tmp_path / "dlviz.ini")
    old = QSettings(path, QSettings.IniFormat)
    old.setValue(SETTINGS_QUIZ + "generalisation", "0,2")
    old.setValue(SETTINGS_QUIZ + "training", "1")
    old.sync()
    for _ in range(2):  # the second window reads the layout the first one wrote
        w = MainWindow(Config(epochs=0), settings=QSettings(path, QSettings.IniFormat))
        qtbot.addWidget(w)
        try:
            d = w.lessons
            assert d.quiz_right["training"] == {1, 3} and d.quiz_right["generalisation"] == {0}
            training = next(p for p in d.parts if p.id == "training")
            assert "Every weight starts at 0" in training.questions[3].question["en"]
        finally:
            w.close()
    s = QSettings(path, QSettings.IniFormat)
    assert int(s.value(SETTINGS_QUIZ_LAYOUT)) == QUIZ_LAYOUT
    assert s.value(SETTINGS_QUIZ + "generalisation") == "0" and s.value(SETTINGS_QUIZ + "training") == "1,3"


def test_a_wrong_quiz_answer_shows_the_explanation_and_marks_nothing(window):
    d = window.lessons
    quiz = d.open_quiz("training")
    q = quiz.part.questions[1]
    wrong = next(i for i in range(len(q.choices)) if i != q.answer)
    quiz.findChild(QRadioButton, f"quiz_choice_1_{wrong}").click()
    assert quiz.check() == [None, False, None, None]
    fb = quiz.feedback[1]
    assert fb.isVisibleTo(quiz) and "Not quite." in fb.text()
    assert q.explain["en"][:40] in fb.text() and q.choices[q.answer]["en"] in fb.text()
    assert not quiz.feedback[0].isVisibleTo(quiz)
    assert d.part_progress(quiz.part)[1] == 0
