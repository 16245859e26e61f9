"""``dlviz train ... --animate out.gif``: the GIF headless, and bad input in one line (exit 2)
before any training."""

import json
import os

import pytest
from PIL import Image

from dlviz.cli import main

SMALL = ["train", "--samples", "60", "--epochs", "3"]


def _one_line_error(capsys, rc, *words):
    out = capsys.readouterr()
    assert rc == 2, out
    assert out.out == "" and len(out.err.strip().splitlines()) == 1, out.err  # and no epoch line: nothing trained
    assert "Traceback" not in out.err
    for w in words:
        assert w in out.err, out.err
    return out.err


def test_animate_writes_the_gif_asked_for(tmp_path, capsys):
    out = tmp_path / "run.gif"
    rc = main(SMALL + ["--epochs", "8", "--animate", str(out), "--animate-frames", "7", "--animate-seconds", "1.4",
                       "--animate-size", "640x320", "--json"])
    printed = capsys.readouterr()
    assert rc == 0, printed.err
    a = json.loads(printed.out.strip().splitlines()[-1])["animation"]
    assert a == {"path": str(out), "frames": 7, "seconds": 1.4, "width": 640, "height": 320,
                 "bytes": out.stat().st_size}
    with Image.open(out) as im:
        assert im.n_frames == 7 and im.size == (640, 320) and im.info["duration"] == 200


def test_empty_animate_path_is_refused(capsys):
    with pytest.raises(SystemExit) as e:
        main(SMALL + ["--animate", ""])
    out = capsys.readouterr()
    assert e.value.code == 2 and out.out == "" and out.err.count("\n") == 1
    assert "argument --animate: expected a file name, got an empty string" in out.err


@pytest.mark.parametrize("where", ["a-folder", "no-folder"])
def test_a_folder_or_a_missing_folder_is_refused(tmp_path, capsys, where):
    target = tmp_path if where == "a-folder" else tmp_path / "nodir" / "x.gif"
    _one_line_error(capsys, main(SMALL + ["--animate", str(target)]), "cannot write the animation", str(target))


def test_an_unwritable_folder_is_refused(read_only_dir, capsys):
    _one_line_error(capsys, main(SMALL + ["--animate", str(read_only_dir / "x.gif")]), "Permission denied")


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux's /proc")
def test_proc_is_refused_before_any_work(capsys):
    err = _one_line_error(capsys, main(SMALL + ["--animate", "/proc/x.gif"]), "/proc/x.gif: cannot create a file in /proc")
    assert ".part" not in err


@pytest.mark.parametrize("flags, words", [
    (["--animate-frames", "1"], "frames must be a whole number from 2 to 1000"),
    (["--animate-frames", "many"], "--animate-frames: expected a whole number"),
    (["--animate-seconds", "0"], "seconds must be a number from 0.5"),
    (["--animate-seconds", "nan"], "seconds must be a number"),
    (["--animate-size", "big"], "the size must be WIDTHxHEIGHT"),
    (["--animate-size", "10x10"], "the size must be from 320x200"),
    (["--compare", "lr=0.01,0.1"], "--animate draws one run"),
])
def test_bad_animation_settings_are_one_line(tmp_path, capsys, flags, words):
    _one_line_error(capsys, main(SMALL + ["--animate", str(tmp_path / "x.gif"), *flags]), words)
    assert not (tmp_path / "x.gif").exists()


@pytest.mark.parametrize("flags", [["--dataset", "sine", "--hidden", "8", "--epochs", "40"],
                                   ["--dataset", "digits", "--samples", "300", "--hidden", "16", "--epochs", "4"]])
def test_a_regression_or_image_run_animates_its_own_centre(tmp_path, capsys, flags):
    """A curve's GIF shows the fitted curve, an image run's the PCA map: the first and
    last frames differ in the centre (its left half), not only in the curves' cursor."""
    import numpy as np

    out = tmp_path / "run.gif"
    rc = main(["train", *flags, "--engine", "numpy", "--animate", str(out), "--animate-frames", "5"])
    assert rc == 0, capsys.readouterr().err
    with Image.open(out) as im:
        im.seek(0)
        first = np.asarray(im.convert("RGB"))[40:, :440].astype(int)
        im.seek(im.n_frames - 1)
        last = np.asarray(im.convert("RGB"))[40:, :440].astype(int)
    assert np.abs(first - last).sum(axis=2).astype(bool).mean() > 0.01
