"""``python -m dlviz`` is the ``dlviz`` command."""

import sys

from .cli import main

sys.exit(main())
