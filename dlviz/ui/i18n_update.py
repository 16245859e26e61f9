"""Refresh the Korean translation: sources -> resources/i18n/dlviz_ko.ts -> dlviz_ko.qm.

    python -m dlviz.ui.i18n_update           # update the .ts (translations kept), compile the .qm
    python -m dlviz.ui.i18n_update --check   # the same into a temporary folder: the repository is untouched

Prints how many entries are unfinished and exits 1 if any are (so a test or CI can check it).
New entries are translated in dlviz/ui/i18n_ko.py (``python -m dlviz.ui.i18n_ko``).

pyside6-lupdate sees ``self.tr("...")``, ``QCoreApplication.translate("ctx", "...")`` and
``QT_TRANSLATE_NOOP``, but not the house's module wrappers (``def _tr(text): return
QCoreApplication.translate("layouts", text)`` called as ``_tr("Loss")``), and it files a bare
``tr("...")`` under the enclosing class instead of the wrapper's context. So this script first
writes ``dlviz/ui/i18n_strings.py``: one ``QT_TRANSLATE_NOOP(context, text)`` per wrapper call
(found with ``ast``, its real place in a ``#:`` comment), per registry label and description
and per Config key's label and help (read from the registries and Config's declarations, so a
new activation, optimizer, dataset, key ... is picked up) and per
``Message("...")`` template of the Qt-free layers (their errors, context "errors"); then it
runs lupdate over every dlviz/**/*.py and drops the entries lupdate filed under a wrong context.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import pkgutil
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # a checkout: the tool reads the sources and writes resources/
PACKAGE = ROOT / "dlviz"
TS = ROOT / "resources" / "i18n" / "dlviz_ko.ts"
GENERATED = PACKAGE / "ui" / "i18n_strings.py"
LANGUAGE = "ko_KR"
REGISTRY_CONTEXT = "registry"  # what the window passes to QCoreApplication.translate for registry text
ERRORS_CONTEXT = "errors"  # the context of the Qt-free layers' Message templates (dlviz.ui.i18n.explain)


# -- the module wrappers and their calls ------------------------------------------------------

def _wrapper_context(fn: ast.FunctionDef) -> tuple[str | None, int] | None:
    """For ``def f(text): return QCoreApplication.translate("ctx", text)``: ("ctx", 1); for
    ``def f(context, text): return QCoreApplication.translate(context, text)``: (None, 2)."""
    # A docstring and imports (a wrapper that imports Qt only when called) may come first.
    body = [s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
            and not isinstance(s, (ast.Import, ast.ImportFrom))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return None
    call, params = body[0].value, [a.arg for a in fn.args.args]
    f = call.func
    if not (isinstance(f, ast.Attribute) and f.attr == "translate" and len(call.args) == 2):
        return None
    ctx, text = call.args
    if not (isinstance(text, ast.Name) and text.id == params[-1]):
        return None
    if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str) and len(params) == 1:
        return ctx.value, 1
    if isinstance(ctx, ast.Name) and len(params) == 2 and ctx.id == params[0]:
        return None, 2
    return None


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def find_wrappers(files: list[Path]) -> dict[tuple[str, str], tuple[str | None, int]]:
    """(module, function name) -> (context, number of arguments) of every module-level wrapper."""
    found = {}
    for path in files:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef):
                w = _wrapper_context(node)
                if w is not None:
                    found[(_module_name(path), node.name)] = w
    return found


def wrapper_calls(files: list[Path], wrappers) -> list[tuple[str, str, Path, int]]:
    """(context, text, file, line) of every call of a wrapper with string literals, in
    the module that defines it or imports it by name."""
    calls = []
    for path in files:
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n: w for (m, n), w in wrappers.items() if m == module}
        is_pkg = path.name == "__init__.py"
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = module.split(".") if is_pkg else module.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)] if node.level else []
                source = ".".join(base + ([node.module] if node.module else []))
                for alias in node.names:
                    if (source, alias.name) in wrappers:
                        names[alias.asname or alias.name] = wrappers[(source, alias.name)]
        calls += _self_tr_aliases(tree, path)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names):
                continue
            ctx, nargs = names[node.func.id]
            args = node.args
            if len(args) != nargs or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                continue  # not a literal: lupdate could not see it either (the test of the window will)
            calls.append((ctx if nargs == 1 else args[0].value, args[-1].value, path, args[-1].lineno))
    return calls


def _self_tr_aliases(tree: ast.Module, path: Path) -> list[tuple[str, str, Path, int]]:
    """Calls of ``tr("...")`` after ``tr = self.tr`` in a method: lupdate files them under no
    context, PySide6 under the class (it tries each class of the object's MRO)."""
    out = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for fn in (n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
            aliases = set()
            for n in (n for n in ast.walk(fn) if isinstance(n, ast.Assign)):
                for target in n.targets:  # tr = self.tr, or c, tr = ..., self.tr
                    pairs = (zip(target.elts, n.value.elts) if isinstance(target, ast.Tuple)
                             and isinstance(n.value, ast.Tuple) else [(target, n.value)])
                    aliases |= {t.id for t, v in pairs if isinstance(t, ast.Name) and isinstance(v, ast.Attribute)
                                and v.attr == "tr" and isinstance(v.value, ast.Name) and v.value.id == "self"}
            for n in ast.walk(fn):
                if (aliases and isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in aliases
                        and len(n.args) == 1 and isinstance(n.args[0], ast.Constant)
                        and isinstance(n.args[0].value, str)):
                    out.append((cls.name, n.args[0].value, path, n.args[0].lineno))  # lupdate's line
    return out


# -- the Qt-free layers' messages ----------------------------------------------------------------

def message_templates(files: list[Path]) -> list[tuple[str, str, Path, int]]:
    """(ERRORS_CONTEXT, template, file, line) of every ``Message("literal", ...)`` call
    (dlviz.common.messages): the errors of the layers below the window, which the
    window translates with ``dlviz.ui.i18n.explain``."""
    out = []
    for path in files:
        for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(n, ast.Call) or not n.args:
                continue
            name = n.func.id if isinstance(n.func, ast.Name) else getattr(n.func, "attr", "")
            first = n.args[0]
            if name == "Message" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                out.append((ERRORS_CONTEXT, first.value, path, first.lineno))
    return out


# -- the registries ---------------------------------------------------------------------------

def registry_strings() -> list[tuple[str, str]]:
    """(where, text) of every label and description in the registries of dlviz.data and dlviz.engine."""
    sys.path.insert(0, str(ROOT))
    from dlviz.common.registry import Registry

    seen: dict[int, tuple[str, Registry]] = {}
    for pkg_name in ("dlviz.data", "dlviz.engine", "dlviz.config"):
        pkg = importlib.import_module(pkg_name)
        mods = [pkg] + [importlib.import_module(f"{pkg_name}.{m.name}")
                        for m in pkgutil.iter_modules(getattr(pkg, "__path__", []))]
        for mod in mods:
            for attr, value in vars(mod).items():
                if isinstance(value, Registry):
                    seen.setdefault(id(value), (f"{mod.__name__}.{attr}", value))
    out = []
    for where, reg in sorted(seen.values(), key=lambda x: x[0]):
        for e in reg.values():
            out += [(f"{where}[{e.name!r}]", t) for t in (e.label, e.doc) if t]
            for o in e.options:
                out += [(f"{where}[{e.name!r}] option {o.key}", t) for t in (o.label, o.doc) if t]
    from dlviz.config import FIELDS, SHAPE
    from dlviz.data.features import FEATURES

    for k, p in {**FIELDS, **SHAPE}.items():  # the Config keys' declarations: the panel's labels and tooltips
        out += [(f"dlviz.config key {k}", t) for t in (p.label, p.doc) if t]
    out += [(f"dlviz.data.features.FEATURES[{k!r}]", f.label) for k, f in FEATURES.items()]
    return out


#: pyqtgraph's own translatable strings the window shows (the plots' right-click menu), by file
#: in the installed pyqtgraph: lupdate is not run over site-packages, they are listed here instead.
THIRD_PARTY = ("GraphicsScene/GraphicsScene.py", "graphicsItems/ViewBox/ViewBoxMenu.py")


def third_party_calls() -> list[tuple[str, str, Path, int]]:
    """(context, text, file, line) of pyqtgraph's ``translate("ctx", "text")`` calls in THIRD_PARTY."""
    import pyqtgraph

    root = Path(pyqtgraph.__file__).parent
    out = []
    for rel in THIRD_PARTY:
        path = root / rel
        for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) == "translate"
                    and len(n.args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                                 for a in n.args)):
                out.append((n.args[0].value, n.args[1].value, Path("pyqtgraph") / rel, n.args[1].lineno))
    return out


def write_generated(path: Path, calls, reg) -> None:
    lines = ['"""Generated by python -m dlviz.ui.i18n_update: do not edit.',
             "",
             "The strings pyside6-lupdate cannot find by itself: the calls of the modules' ``_tr``/``tr``",
             "wrappers (each under its wrapper's context, its place in the comment above it), the",
             f'Qt-free layers\' ``Message`` templates (context "{ERRORS_CONTEXT}") and the',
             "registries' labels and descriptions (translated where the window shows them, with the",
             f'context "{REGISTRY_CONTEXT}"). Never imported by the window."""',
             "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP",
             "",
             "STRINGS = ("]
    done = set()
    for ctx, text, file, line in sorted(calls, key=lambda c: (str(c[2]), c[3])):
        if (ctx, text) in done:
            continue
        done.add((ctx, text))
        where = file.relative_to(ROOT) if file.is_absolute() else file
        lines += [f"    #: {where.as_posix()}:{line}", f"    QT_TRANSLATE_NOOP({ctx!r}, {text!r}),"]
    for where, text in reg:
        if (REGISTRY_CONTEXT, text) in done:
            continue
        done.add((REGISTRY_CONTEXT, text))
        lines += [f"    #: {where}", f"    QT_TRANSLATE_NOOP({REGISTRY_CONTEXT!r}, {text!r}),"]
    lines += [")", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


# -- lupdate, clean-up, lrelease ----------------------------------------------------------------

def _tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        sys.exit(f"i18n_update: {name} not found (it ships with PySide6: pip install PySide6-Essentials)")
    return exe


def drop_misfiled(ts: Path, calls, files_root: Path) -> int:
    """Remove what lupdate filed from a wrapper's call site under another context (a bare
    ``tr("...")`` inside a class goes under the class); how many entries went."""
    at = {}
    for ctx, text, file, line in calls:
        at[(file.resolve(), line, text)] = ctx
    tree = ET.parse(ts)
    dropped = 0
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for msg in list(context.findall("message")):
            text = msg.findtext("source")
            locs = msg.findall("location")
            wrong = [loc for loc in locs
                     if at.get(((ts.parent / loc.get("filename")).resolve(), int(loc.get("line", 0)), text),
                               name) != name]
            for loc in wrong:
                msg.remove(loc)
            if wrong and len(wrong) == len(locs):
                context.remove(msg)
                dropped += 1
        if not context.findall("message"):
            tree.getroot().remove(context)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    _add_doctype(ts)
    return dropped


def _add_doctype(ts: Path) -> None:
    text = ts.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        head, _, rest = text.partition("\n")
        ts.write_text(f"{head}\n<!DOCTYPE TS>\n{rest}", encoding="utf-8")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry with no finished translation."""
    out = []
    for context in ET.parse(ts).getroot().findall("context"):
        for msg in context.findall("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished" or not (tr.text or "").strip():
                out.append((context.findtext("name") or "", msg.findtext("source") or ""))
    return out


def update(ts: Path, generated: Path, quiet: bool = False) -> list[tuple[str, str]]:
    """Regenerate ``generated``, update ``ts`` from the sources, compile it next to it; the unfinished entries."""
    files = sorted(p for p in PACKAGE.rglob("*.py") if p.resolve() != GENERATED.resolve())
    wrappers = find_wrappers(files)
    calls = wrapper_calls(files, wrappers)
    write_generated(generated, calls + message_templates(files) + third_party_calls(), registry_strings())
    ts.parent.mkdir(parents=True, exist_ok=True)
    sources = [os.path.relpath(p, ROOT) for p in files] + [os.path.relpath(generated, ROOT)]
    run = subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "absolute",
                          "-target-language", LANGUAGE, "-ts", str(ts)], cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"i18n_update: pyside6-lupdate failed:\n{run.stdout}{run.stderr}")
    dropped = drop_misfiled(ts, calls, ROOT)
    qm = ts.with_suffix(".qm")
    run = subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"i18n_update: pyside6-lrelease failed:\n{run.stdout}{run.stderr}")
    left = unfinished(ts)
    if not quiet:
        total = sum(len(c.findall("message")) for c in ET.parse(ts).getroot().findall("context"))
        print(f"{ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}: {total} entries "
              f"({len(calls)} wrapper calls, {dropped} misfiled by lupdate dropped), {len(left)} unfinished")
    return left


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="work on temporary copies: change nothing")
    p.add_argument("--list", action="store_true", help="print each unfinished entry")
    args = p.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            ts = Path(tmp) / "resources" / "i18n" / TS.name
            ts.parent.mkdir(parents=True)
            if TS.exists():
                shutil.copy(TS, ts)
            # The generated module must sit inside dlviz for lupdate; a copy with another name, removed after.
            generated = GENERATED.with_name(f"_i18n_strings_check_{os.getpid()}.py")
            try:
                left = update(ts, generated)
            finally:
                generated.unlink(missing_ok=True)
    else:
        left = update(TS, GENERATED)
    if args.list or args.check:
        for ctx, text in left:
            print(f"  unfinished [{ctx}] {text!r}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
