"""Qt's messages: the one that means nothing for a picture is dropped.

Used by the app and by every headless export (below the app: they must not import it).
"""

from __future__ import annotations

import sys

#: Qt's offscreen platform says this once per dock and window; it means nothing
#: for a picture, so it is the one message dropped (see :func:`quiet_qt_messages`).
SIZE_HINTS_NOTICE = "This plugin does not support propagateSizeHints()"


def quiet_qt_messages():
    """Install a Qt message handler that drops exactly :data:`SIZE_HINTS_NOTICE`
    and hands every other message to the handler that was there before (or
    prints it as Qt's own handler would). Returns that previous handler."""
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if message == SIZE_HINTS_NOTICE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)
    quiet_qt_messages.handler = handler  # keep it alive while Qt holds it
    return previous
