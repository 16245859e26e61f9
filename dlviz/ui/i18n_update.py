"""Refresh the translations: the sources -> resources/i18n/dlviz_<lang>.ts -> dlviz_<lang>.qm.

    python -m dlviz.ui.i18n_update             # update every .ts from the sources, compile each .qm
    python -m dlviz.ui.i18n_update --check     # the same on temporary copies: exit 1 unless all is current
    python -m dlviz.ui.i18n_update --new ja    # start resources/i18n/dlviz_ja.ts for a new language

The ``.ts`` files are the source the translators edit (Qt Linguist, or by hand). This tool
only runs Qt's own tools, so it is the same as::

    pyside6-lupdate $(git ls-files 'dlviz/*.py') -locations relative -ts resources/i18n/dlviz_ko.ts
    pyside6-lrelease resources/i18n/dlviz_ko.ts -qm resources/i18n/dlviz_ko.qm

lupdate merges: a translation already in the file is kept, a new string is added as
unfinished, and a string gone from the sources stays as "vanished" (Linguist shows it greyed)
until ``--drop-obsolete`` removes it; nothing a translator wrote is overwritten.

For lupdate to find a string, it must reach the translation as a literal, in a form it reads:
``self.tr("...")`` in a class (context: the class), ``QCoreApplication.translate("ctx", "...")``
(or any call named ``translate`` with two literals) and ``QT_TRANSLATE_NOOP("ctx", "...")`` /
``QT_TR_NOOP("...")`` for strings kept in tables and translated later. The layers below the
window import no Qt: they mark their text with ``dlviz.common.messages.QT_TRANSLATE_NOOP``, a
no-op lupdate finds by its name (error templates: ``Message(QT_TRANSLATE_NOOP("errors", "..."))``,
registry labels and descriptions: context "registry"). An f-string, a variable, or a module
wrapper (``_tr("...")``) is invisible to lupdate: tests/ui/test_translations.py fails on them.

Prints, per file, the entries and how many are unfinished or vanished; exits 1 if any is
unfinished (or, with --check, if the committed .ts/.qm is not what the sources give).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # a checkout: the tool reads the sources and writes resources/
PACKAGE = ROOT / "dlviz"
FOLDER = ROOT / "resources" / "i18n"


def ts_files(folder: Path = FOLDER) -> list[Path]:
    """Every translation source, one per language: dlviz_<lang>.ts."""
    return sorted(folder.glob("dlviz_*.ts"))


def sources() -> list[str]:
    """The Python files lupdate reads, relative to ROOT (every dlviz/**/*.py)."""
    return sorted(p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py")
                  if "__pycache__" not in p.parts and not p.relative_to(PACKAGE).parts[0] == "resources")


def tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        sys.exit(f"i18n_update: {name} not found (it ships with PySide6: pip install PySide6-Essentials)")
    return exe


def lupdate(ts: Path, drop_obsolete: bool = False, language: str | None = None) -> None:
    """Merge the sources' strings into ``ts`` (created if missing)."""
    cmd = [tool("pyside6-lupdate"), *sources(), "-locations", "relative", "-ts", str(ts)]
    if drop_obsolete:
        cmd.insert(-2, "-no-obsolete")
    if language:
        cmd[-2:-2] = ["-target-language", language]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"i18n_update: pyside6-lupdate failed:\n{run.stdout}{run.stderr}")


def lrelease(ts: Path, qm: Path) -> None:
    run = subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"i18n_update: pyside6-lrelease failed:\n{run.stdout}{run.stderr}")


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, its type: "" finished, "unfinished", "vanished", "obsolete")."""
    out = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for msg in context.findall("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            text = (tr.text or "") if tr is not None else ""
            if kind == "" and not text.strip():
                kind = "unfinished"
            out[(name, msg.findtext("source") or "")] = (text, kind)
    return out


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every live entry with no finished translation."""
    return [k for k, (_, kind) in messages(ts).items() if kind == "unfinished"]


def vanished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry the sources no longer ask for."""
    return [k for k, (_, kind) in messages(ts).items() if kind in ("vanished", "obsolete")]


def update(ts: Path, qm: Path, drop_obsolete: bool = False, quiet: bool = False) -> list[tuple[str, str]]:
    """lupdate ``ts``, lrelease it to ``qm``; the unfinished entries."""
    lupdate(ts, drop_obsolete)
    lrelease(ts, qm)
    left = unfinished(ts)
    if not quiet:
        print(f"{ts.name}: {len(messages(ts))} entries, {len(left)} unfinished, {len(vanished(ts))} vanished")
    return left


def check(folder: Path = FOLDER) -> list[str]:
    """What is not current, for every .ts in ``folder`` (empty: all is): run the tools on
    copies and compare the messages and the compiled .qm with the committed ones."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files(folder):
            copy, qm = Path(tmp) / ts.name, Path(tmp) / ts.with_suffix(".qm").name
            shutil.copy(ts, copy)
            left = update(copy, qm, quiet=True)
            problems += [f"{ts.name}: unfinished [{c}] {s!r}" for c, s in left]
            problems += [f"{ts.name}: no longer in the sources [{c}] {s!r}" for c, s in vanished(copy)]
            before, after = messages(ts), messages(copy)
            problems += [f"{ts.name}: lupdate adds or changes [{c}] {s!r}" for (c, s) in after
                         if (c, s) not in before or before[(c, s)] != after[(c, s)]]
            committed = ts.with_suffix(".qm")
            if not committed.is_file() or committed.read_bytes() != qm.read_bytes():
                problems.append(f"{committed.name} is not the compiled {ts.name}: run python -m dlviz.ui.i18n_update")
    return problems


def fill_from_dict(ts: Path, table_file: Path) -> int:
    """Translate the *unfinished* entries of ``ts`` from the ``KO`` (and ``BY_CONTEXT``) dicts of
    an old ``dlviz/ui/i18n_ko.py`` (read, not imported), for a branch made before the .ts became
    the source; a finished translation is never changed. How many entries were filled."""
    import ast

    tables = {}
    for node in ast.parse(table_file.read_text(encoding="utf-8")).body:
        target = node.target if isinstance(node, ast.AnnAssign) else (node.targets[0] if isinstance(node, ast.Assign)
                                                                       else None)
        if isinstance(target, ast.Name) and target.id in ("KO", "BY_CONTEXT") and node.value is not None:
            tables[target.id] = ast.literal_eval(node.value)
    ko, by_context = tables.get("KO", {}), tables.get("BY_CONTEXT", {})
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for msg in context.findall("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            text = by_context.get(name, {}).get(msg.findtext("source"), ko.get(msg.findtext("source")))
            if text:
                tr.text = text
                tr.attrib.pop("type")
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lupdate(ts)  # lupdate's own layout again
    return filled


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 unless the .ts and .qm are current")
    p.add_argument("--drop-obsolete", action="store_true", help="remove the entries the sources no longer ask for")
    p.add_argument("--new", metavar="LANG", help="create resources/i18n/dlviz_LANG.ts (e.g. ja) for a new language")
    p.add_argument("--list", action="store_true", help="print each unfinished entry")
    p.add_argument("--fill-from-dict", metavar="I18N_KO_PY", type=Path,
                   help="translate unfinished entries of dlviz_ko.ts from an old i18n_ko.py's KO dict (merging an "
                        "older branch); finished translations are kept")
    args = p.parse_args(argv)
    if args.fill_from_dict:
        print(f"filled {fill_from_dict(FOLDER / 'dlviz_ko.ts', args.fill_from_dict)} entries from {args.fill_from_dict}")
    if args.check:
        problems = check()
        print("\n".join(problems) if problems else "translations are current")
        return 1 if problems else 0
    if args.new:
        ts = FOLDER / f"dlviz_{args.new}.ts"
        if ts.exists():
            sys.exit(f"i18n_update: {ts.relative_to(ROOT)} exists already")
        lupdate(ts, language=args.new)
    left = []
    for ts in ts_files():
        found = update(ts, ts.with_suffix(".qm"), args.drop_obsolete)
        left += found
        if args.list:
            for ctx, text in found:
                print(f"  unfinished [{ctx}] {text!r}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
