"""The training process's entry point: ``python -m dlviz.training.child CMD_FD MSG_FD``.

Started as a module of its own (not by multiprocessing's spawn, which re-imports
the user's ``__main__``): a script or notebook that opens the window needs no
``if __name__ == "__main__":`` guard. The two arguments are inherited pipe file
descriptors: commands come in on the first, messages go out on the second.
"""

from __future__ import annotations

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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
