"""The translations, the Qt way: the .ts files are current with the sources, every entry is
translated with its placeholders intact, the .qm files are their compilation, and every
string reaches the translation in a form pyside6-lupdate reads (no wrapper, f-string or
docstring hides one). The window walked in Korean is tests/ui/test_korean.py."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from dlviz.ui import i18n, i18n_update

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = i18n_update.ts_files()
SOURCES = [ROOT / s for s in i18n_update.sources()]

_BRACES = re.compile(r"\{[^{}]*\}")
_PERCENT = re.compile(r"%(?:n|L?\d+)")
_TAG = re.compile(r"<[^>]+>")


def problems_of(source: str, translation: str) -> list[str]:
    """Why ``translation`` cannot stand for ``source``: placeholders ({x}, %1), tags, lines, accelerators."""
    out = []
    for name, pattern in (("placeholders", _BRACES), ("%-placeholders", _PERCENT), ("HTML tags", _TAG)):
        if sorted(pattern.findall(source)) != sorted(pattern.findall(translation)):
            out.append(f"{name} differ: {pattern.findall(source)} vs {pattern.findall(translation)}")
    if source.count("\n") != translation.count("\n"):
        out.append("line breaks differ")
    accel = re.compile(r"&(?!&|[a-z]+;|#)")
    if accel.search(source.replace("&&", "")) and not accel.search(translation.replace("&&", "")):
        out.append("menu accelerator (&) missing")
    return out


def test_the_checks_can_fail():
    assert problems_of("lr {lr} at step {n}", "스텝 {n}의 학습률") != []
    assert problems_of("%1 of %2", "%1") != []
    assert problems_of("a<br>b", "ab") != []
    assert problems_of("&File", "파일") != []
    assert problems_of("lr {lr} at step {n}", "스텝 {n}: 학습률 {lr}") == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_keeps_its_placeholders(ts):
    bad = [f"[{ctx}] {src!r} -> {text!r}: {'; '.join(why)}"
           for (ctx, src), (text, kind) in i18n_update.messages(ts).items() if kind == ""
           for why in [problems_of(src, text)] if why]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_nothing_unfinished_or_vanished(ts):
    assert i18n_update.unfinished(ts) == []
    assert i18n_update.vanished(ts) == []  # a string the sources dropped: --drop-obsolete once its text is saved


def test_the_ts_and_qm_files_are_current():
    """lupdate over the sources (on a copy) changes no message, and lrelease of each .ts gives the committed .qm."""
    assert TS_FILES, "no resources/i18n/dlviz_*.ts"
    problems = i18n_update.check()
    assert not problems, "run python -m dlviz.ui.i18n_update:\n" + "\n".join(problems)


def test_every_ts_has_its_compiled_language():
    assert set(i18n.LANGUAGES) == {"en"} | {p.stem.removeprefix("dlviz_") for p in TS_FILES}
    assert i18n.LANGUAGES["ko"] == "한국어"  # each named in itself


# -- the forms lupdate reads --------------------------------------------------------------------

def _is_wrapper(fn: ast.FunctionDef) -> bool:
    """``def f(..., text): return QCoreApplication.translate(ctx, text)``: a call ``f("...")`` is invisible to lupdate."""
    body = [s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
            and not isinstance(s, (ast.Import, ast.ImportFrom))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return False
    call = body[0].value
    params = [a.arg for a in fn.args.args]
    return (getattr(call.func, "attr", getattr(call.func, "id", "")) == "translate" and len(call.args) == 2
            and isinstance(call.args[1], ast.Name) and call.args[1].id in params)


_LUPDATE_NAMES = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def hidden_strings(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, why) of each literal that reaches a translation in a form lupdate cannot read."""
    out = []
    wrappers = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and _is_wrapper(n)
                and n.name != "translate"}
    aliases = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign) for t in n.targets
               if isinstance(t, ast.Name) and isinstance(n.value, ast.Attribute) and n.value.attr == "tr"}
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call):
            continue
        name = n.func.id if isinstance(n.func, ast.Name) else getattr(n.func, "attr", "")
        last = n.args[-1] if n.args else None  # the text (a context may come first)
        literal = [last] if isinstance(last, ast.Constant) and isinstance(last.value, str) else []
        if isinstance(n.func, ast.Name) and literal and (name in wrappers or name in aliases):
            out.append((n.lineno, f"{name}({literal[-1].value!r}): a wrapper or alias lupdate does not know"))
        elif isinstance(n.func, ast.Name) and name == "tr" and literal:
            out.append((n.lineno, f"tr({literal[0].value!r}) without self.: lupdate files it under no context"))
        if name in _LUPDATE_NAMES and any(isinstance(a, ast.JoinedStr) for a in n.args):
            out.append((n.lineno, f"{name}(f\"...\"): an f-string is translated after it is filled"))
        if name == "Message" and n.args and isinstance(n.args[0], ast.Constant):
            out.append((n.lineno, f"Message({n.args[0].value!r}): mark it QT_TRANSLATE_NOOP(\"errors\", ...)"))
    return out


def test_the_check_finds_hidden_strings():
    code = ('def _tr(text):\n    return QCoreApplication.translate("x", text)\n'
            'a = _tr("Loss")\nb = tr("Loss")\nc = QCoreApplication.translate("x", f"{a} b")\n'
            'd = Message("bad {x}", x=1)\ne = QCoreApplication.translate("x", "fine")\n'
            'f = Message(QT_TRANSLATE_NOOP("errors", "fine {x}"), x=1)\n'
            'class A:\n    def f(self):\n        tr = self.tr\n        return tr("Loss")\n')
    assert [line for line, _ in hidden_strings(ast.parse(code))] == sorted([3, 4, 5, 6, 12])


def test_every_string_reaches_the_translation_in_a_form_lupdate_reads():
    found = [f"{p.relative_to(ROOT)}:{line}: {why}" for p in SOURCES
             for line, why in hidden_strings(ast.parse(p.read_text(encoding="utf-8")))]
    assert not found, "\n".join(sorted(found))


def _registry_texts() -> set[str]:
    """Every label and description in the registries of dlviz.data, dlviz.engine and dlviz.config."""
    from dlviz.common.registry import Registry
    from dlviz.data.features import FEATURES

    seen = {}
    for pkg_name in ("dlviz.data", "dlviz.engine", "dlviz.config"):
        pkg = importlib.import_module(pkg_name)
        mods = [pkg] + [importlib.import_module(f"{pkg_name}.{m.name}")
                        for m in pkgutil.iter_modules(getattr(pkg, "__path__", []))]
        for mod in mods:
            seen.update({id(v): v for v in vars(mod).values() if isinstance(v, Registry)})
    out = {f.label for f in FEATURES.values()}
    for reg in seen.values():
        for e in reg.values():
            out |= {t for t in (e.label, e.doc) if t}
            out |= {t for o in e.options for t in (o.label, o.doc) if t}
    return out


def test_every_registry_label_and_description_is_marked():
    """They are shown through QCoreApplication.translate("registry", ...): a new activation,
    optimizer, dataset, ... must mark its label and description with QT_TRANSLATE_NOOP."""
    ts = i18n_update.messages(ROOT / "resources" / "i18n" / "dlviz_ko.ts")
    missing = sorted(t for t in _registry_texts() if ("registry", t) not in ts)
    assert not missing, "not marked QT_TRANSLATE_NOOP(\"registry\", ...):\n" + "\n".join(missing)


def test_pyqtgraphs_strings_are_marked():
    """The plots' right-click menu is pyqtgraph's: every string it translates in the listed
    files is in dlviz.ui.i18n.PYQTGRAPH_STRINGS."""
    import pyqtgraph

    root = Path(pyqtgraph.__file__).parent
    asked = set()
    for rel in i18n.PYQTGRAPH_FILES:
        for n in ast.walk(ast.parse((root / rel).read_text(encoding="utf-8"))):
            if (isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) == "translate"
                    and len(n.args) == 2 and all(isinstance(a, ast.Constant) for a in n.args)):
                asked.add((n.args[0].value, n.args[1].value))
    ts = i18n_update.messages(ROOT / "resources" / "i18n" / "dlviz_ko.ts")
    assert asked and all(k in ts for k in asked), sorted(asked - set(ts))


# -- the loaded translation ------------------------------------------------------------------------

@pytest.fixture
def korean(qapp):
    assert i18n.install(qapp, "ko") == "ko"
    yield
    i18n.uninstall(qapp)


def test_the_loaded_qm_answers_every_finished_entry(korean):
    """The .qm the window loads (from bytes) holds what the .ts says."""
    ts = i18n_update.messages(ROOT / "resources" / "i18n" / "dlviz_ko.ts")
    wrong = [f"[{c}] {s!r}: {QCoreApplication.translate(c, s)!r} != {t!r}" for (c, s), (t, kind) in ts.items()
             if kind == "" and QCoreApplication.translate(c, s) != t]
    assert not wrong, "\n".join(wrong[:20])


def test_qt_free_messages_and_registry_text_translate(korean):
    from dlviz.config import Config, ConfigError
    from dlviz.engine.activations import ACTIVATIONS

    with pytest.raises(ConfigError) as e:
        Config().replace(lr=500)
    said = i18n.explain(e.value)
    assert said != str(e.value) and "500" in said
    assert QCoreApplication.translate("registry", ACTIVATIONS["sigmoid"].label) != "Sigmoid"
    assert QCoreApplication.translate("registry", ACTIVATIONS["relu"].doc) != ACTIVATIONS["relu"].doc


def test_an_old_branchs_dict_fills_only_unfinished_entries(tmp_path):
    """Merging a branch made before the .ts became the source: its i18n_ko.py's Korean fills
    the entries lupdate added as unfinished, and never replaces a translator's text."""
    import shutil
    import xml.etree.ElementTree as ET

    ts = tmp_path / "dlviz_ko.ts"
    shutil.copy(ROOT / "resources" / "i18n" / "dlviz_ko.ts", ts)
    tree = ET.parse(ts)
    for msg in tree.getroot().iter("message"):
        if msg.findtext("source") == "Loss and accuracy":
            msg.find("translation").text = ""
            msg.find("translation").set("type", "unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    old = tmp_path / "i18n_ko.py"
    old.write_text('KO: dict[str, str] = {"Loss and accuracy": "손실/정확도", "Seed": "씨앗"}\nBY_CONTEXT = {}\n',
                   encoding="utf-8")
    assert ("layouts", "Loss and accuracy") in i18n_update.unfinished(ts)
    assert i18n_update.fill_from_dict(ts, old) >= 1
    after = i18n_update.messages(ts)
    assert after[("layouts", "Loss and accuracy")] == ("손실/정확도", "")
    assert after[("registry", "Seed")][0] == "시드"  # finished: kept
