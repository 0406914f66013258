"""Qt's own warnings go through the redacting log, not straight to stderr.

Qt writes what it likes into a warning (an object's name, a property's value, a URL it failed
to load), so the text is handed to the log as an argument: it survives only if the redacting
formatter finds it harmless. The category and the kind of message are always kept.
"""

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

QT_LOG = logging.getLogger("console.qt")
LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def route(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Called by Qt on whichever thread wrote the message; logging is thread-safe."""
    category = context.category or "default"
    QT_LOG.log(LEVELS.get(kind, logging.WARNING), "qt %s: %s", category, message)


def route_qt_messages() -> None:
    qInstallMessageHandler(route)
