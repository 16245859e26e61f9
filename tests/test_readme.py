"""Every command and snippet in README.md runs as written.

The ```bash and ```python blocks are read from the README. How each command is
checked:

- ``python -m pip install ...`` and ``python -m pytest``: by ``.ci/run``, which runs
  the README's test command word for word (checked here); not rerun from a test.
- ``dlviz train|lr-find|paths|sweep|lessons ...`` (every headless subcommand the CLI
  has), ``dlviz --screenshot ...``, ``dlviz --version``, ``install ...``:
  run as written, in a scratch folder holding a copy of resources/ (so pictures
  and the desktop files land there; ``HOME`` points there too).
- ``dlviz`` opening the window (with or without options): run as written plus
  ``--screenshot FILE --train-epochs 1``, offscreen, so it opens the real window
  with those options, trains an epoch, saves a picture and exits.
- Python blocks: each runs in a fresh interpreter in the scratch folder.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
TEST_COMMAND = "python -m pip install -e '.[test]' && python -m pytest"


def _subcommands() -> set[str]:
    """The CLI's headless subcommands, from its own parser (so a new one is known here)."""
    import argparse

    from dlviz.cli import build_parser

    actions = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return set(actions[0].choices)


SUBCOMMANDS = _subcommands()


def blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, re.S | re.M)


def commands() -> list[str]:
    """Each shell command of the bash blocks: continuations joined, comments dropped,
    ``a && b`` split in two (unless both are headless runs: then the chain runs whole)."""
    out = []
    for block in blocks("bash"):
        for line in block.replace("\\\n", " ").splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip()
            parts = [part.strip() for part in line.split("&&") if part.strip()] if line else []
            if len(parts) > 1 and all(how(p) == "run" for p in parts):
                parts = [line]  # a chain whose steps build on each other runs as written
            out += parts
    return out


def how(cmd: str) -> str:
    words = shlex.split(cmd)
    if words[:4] == ["python", "-m", "pip", "install"] or words[:3] == ["python", "-m", "pytest"]:
        return "ci"
    if words[0] == "install":
        return "run"
    if words[0] == "dlviz":
        window = len(words) == 1 or (words[1] not in SUBCOMMANDS and not {"--screenshot", "--version"} & set(words))
        return "window" if window else "run"
    raise AssertionError(f"the README test does not know how to check: {cmd}")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    d = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "resources", d / "resources", ignore=shutil.ignore_patterns("__pycache__", "screenshots"))  # the commands must write them
    (d / "resources" / "screenshots").mkdir(parents=True)
    return d


def _env(home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


@pytest.fixture(scope="module")
def results(scratch):
    """Every runnable command and snippet, started at once (they are independent)."""
    procs = {}
    for i, cmd in enumerate(commands()):
        kind = how(cmd)
        if kind == "ci":
            continue
        line = cmd + (f" --screenshot window{i}.png --train-epochs 1" if kind == "window" else "")
        procs[f"command {i + 1}"] = (line, subprocess.Popen(["bash", "-c", line], cwd=scratch, env=_env(scratch), stdin=subprocess.DEVNULL,
                                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for i, code in enumerate(blocks("python")):
        procs[f"python block {i + 1}"] = (code, subprocess.Popen(
            [sys.executable, "-c", code], cwd=scratch, env=_env(scratch), stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    out = {}
    try:
        for name, (line, p) in procs.items():
            stdout, stderr = p.communicate(timeout=300)
            out[name] = (line, p.returncode, stdout, stderr)
    finally:
        for _, p in procs.values():
            if p.poll() is None:
                p.kill()
                p.communicate()
    return out


def test_readme_has_commands_and_snippets():
    assert len(commands()) >= 10 and len(blocks("python")) >= 3
    assert SUBCOMMANDS >= {"train", "lr-find", "paths", "sweep", "lessons"}
    assert {how(c) for c in commands()} == {"ci", "run", "window"}


def test_the_test_command_is_what_ci_runs():
    assert TEST_COMMAND in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in ci.splitlines() or f"{TEST_COMMAND} || exit $?" in ci.splitlines()
    # and the slow tier, which the quick run leaves out, is in both as well
    assert "python -m pytest -m slow" in README and "python -m pytest -m slow" in ci.splitlines()
    assert "python -m pip install -e . && dlviz" in README  # the Quickstart: pip is .ci/run's, dlviz is run here


# Slow tier: ~20 processes at once (windows, a 300-epoch screenshot, lesson checks over seeds),
# minutes of CPU; the quick tier keeps the checks above of what the README holds.
@pytest.mark.slow
def test_every_command_and_snippet_runs(results):
    failed = {name: f"$ {line}\nexit {rc}\n{err[-1500:]}" for name, (line, rc, _, err) in results.items() if rc != 0}
    assert not failed, "\n\n".join(failed.values())


@pytest.mark.slow
def test_commands_make_what_they_promise(results, scratch):
    assert (scratch / "resources" / "screenshots" / "screenshot.png").stat().st_size > 10_000
    assert (scratch / "shot.png").stat().st_size > 10_000
    from dlviz.ui.viewspec import VIEWS  # a headless export draws every registered view

    expected = {s.export_file for s in VIEWS.values() if s.shown_for("points")} | {"decision_regions.png"}  # (a 2-D run)
    assert {p.name for p in (scratch / "figures").glob("*.png")} == expected
    assert (scratch / ".local" / "share" / "applications" / "dlviz.desktop").is_file()
    assert (scratch / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "dlviz.svg").is_file()
    windows = list(scratch.glob("window*.png"))
    assert len(windows) == sum(how(c) == "window" for c in commands())
    assert all(p.stat().st_size > 10_000 for p in windows)
    assert "propagateSizeHints" not in "".join(err for _, _, _, err in results.values())
