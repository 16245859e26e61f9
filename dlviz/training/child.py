"""The training process's entry point: ``python -m dlviz.training.child CMD_FD MSG_FD``.

Started as a module of its own (not by multiprocessing's spawn, which re-imports
the user's ``__main__``): a script or notebook that opens the window needs no
``if __name__ == "__main__":`` guard. The two arguments are inherited pipe file
descriptors: commands come in on the first, messages go out on the second.
"""

from __future__ import annotations

import os
import sys
from multiprocessing.connection import Connection

from .session import child_main


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not all(a.isdigit() for a in argv):
        print("usage: python -m dlviz.training.child CMD_FD MSG_FD (started by dlviz's window)", file=sys.stderr)
        return 2
    commands = Connection(int(argv[0]), writable=False)
    out = Connection(int(argv[1]), readable=False)
    child_main(commands, out)
    return 0


def _exit_now(code: int) -> None:
    """End at once, skipping the interpreter's teardown: nothing is left to save
    (a save is answered before "quit" is read), and tearing down a process that
    holds several big runs took a good part of the window's closing time (issue 19
    item 17: the GUI waits for this process to end)."""
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(code)


if __name__ == "__main__":
    _exit_now(main(sys.argv[1:]))
