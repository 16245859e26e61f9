"""Screenshots of a regression run in the window (hand-built frames, see
regression_frames.py): ``python tests/ui/regression_screens.py OUT_DIR``
writes curve/surface x 1366x768/1920x1080 x en/ko, with the inspector open."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))


def main(out: str, lang: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    import regression_frames as rf
    from dlviz.config import Config
    from dlviz.training.frames import Frames
    from dlviz.ui import i18n
    from dlviz.ui.app import application
    from dlviz.ui.export import export_window
    from dlviz.ui.main_window import MainWindow

    app = application()
    i18n.install(app, lang, None)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    for kind in ("curve", "surface"):
        for size in ((1366, 768), (1920, 1080)):
            win = MainWindow(Config(dataset="moons", samples=100, hidden=(3,), epochs=1))
            win.resize(*size)
            win.show()
            for _ in range(100):
                wait(100)
                if win.frame is not None:
                    break
            # From here on the window shows the hand-built run only.
            win.controller.frames_ready.disconnect(win.scheduler.submit)
            f = rf.frame(kind, run_id=win.run_id)
            win.scheduler.submit(Frames((f,)))
            wait(300)
            x = f.info.X_train[5]
            win.regression_view.point_clicked.emit(float(x[0]), float(x[1]) if len(x) > 1 else float(f.info.y_train[5]))
            _, net = rf.dataset(kind)
            ins = win.inspector.widget
            ins.show_probe(rf.probe(net, ins.point), f.config)
            wait(300)
            win.scheduler.draw_all()
            wait(300)
            export_window(win, str(Path(out) / f"{kind}_{size[0]}_{lang}.png"), scale=1.0)
            if size[0] == 1366:
                folder = Path(out) / f"{kind}_{lang}_plots"
                folder.mkdir(exist_ok=True)
                win.export_png(folder, 1.0)
            win.close()
            wait(200)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "en")
