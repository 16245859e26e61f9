"""The softmax inspector's costs: the probe in the training process (per inside
snapshot, at most 10 a second) and the inspector's redraw on the GUI thread (at most
``INSPECT_HZ`` a second while training), for narrow and wide networks.

    QT_QPA_PLATFORM=offscreen python benchmarks/inspector_speed.py
"""

import time

from PySide6.QtWidgets import QApplication

from dlviz.config import Config
from dlviz.training import inside as I
from dlviz.training.session import run_info
from dlviz.training.trainer import Trainer
from dlviz.ui.inspector import INSPECT_HZ, Inspector


def main() -> None:
    app = QApplication.instance() or QApplication([])
    for hidden in ((8, 8), (64, 64, 64), (256, 256)):
        t = Trainer(Config(dataset="spiral", classes=3, hidden=hidden))
        t.run(10)
        unit = (len(hidden) - 1, 3)
        n = 2000
        t0 = time.perf_counter()
        for _ in range(n):
            p1 = I.probe(t, (0.1, 0.2), unit)
        probe_us = (time.perf_counter() - t0) / n * 1e6
        t.run(5)
        p2 = I.probe(t, (0.1, 0.2), unit)  # other numbers: every cell's text changes
        ins = Inspector()
        ins.resize(500, 700)
        ins.show()
        ins.new_run(run_info(t, 0))
        ins.set_point((0.1, 0.2))
        ins.set_unit(unit)
        for _ in range(5):
            app.processEvents()
        n = 50
        t0 = time.perf_counter()
        for i in range(n):
            ins.show_probe(p1 if i % 2 else p2, t.config)
            app.processEvents()  # and paint
        redraw_ms = (time.perf_counter() - t0) / n * 1e3
        print(f"hidden {hidden}: probe {probe_us:.0f} µs; inspector redraw and paint {redraw_ms:.1f} ms "
              f"({redraw_ms * INSPECT_HZ / 10:.1f} % of the GUI thread at {INSPECT_HZ} Hz)")
        ins.close()


if __name__ == "__main__":
    main()
