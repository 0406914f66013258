"""Where the volunteer left the window last time: its place and size, and the split between
offers and contacts. Nothing else is kept."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget


def _memory(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def restore(path: Path, window: QWidget, splitter: QSplitter) -> None:
    memory = _memory(path)
    stored = memory.value("geometry")
    if isinstance(stored, QByteArray):
        window.restoreGeometry(stored)
    split = memory.value("layout")
    if isinstance(split, QByteArray):
        splitter.restoreState(split)


def keep(path: Path, window: QWidget, splitter: QSplitter) -> None:
    memory = _memory(path)
    memory.setValue("geometry", window.saveGeometry())
    memory.setValue("layout", splitter.saveState())
