"""``python -m dlviz`` is the ``dlviz`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
