"""A PNG that cannot be written names the file asked for, not its hidden temporary
file (issue 19, item 20: ``--screenshot /proc/x.png`` said ``/proc/.x.png.kv3mb2lq.part``)."""

from __future__ import annotations

import os

import pytest


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux's /proc")
def test_save_image_names_the_target_when_no_file_can_be_made_there(qapp):
    from PySide6.QtGui import QColor, QImage

    from dlviz.ui.export import save_image

    img = QImage(8, 8, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    with pytest.raises(OSError) as e:
        save_image(img, "/proc/x.png")
    assert e.value.filename == "/proc/x.png"
    assert ".part" not in str(e.value) and "/proc/." not in str(e.value)
