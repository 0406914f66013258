"""Screen readers: names for what has no visible label, and announcements for what happens
while the volunteer looks elsewhere (an offer rings, the connection drops or comes back)."""

from collections import deque

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QLabel, QWidget

# The last announcements made (bounded), so tests and the shortcut sheet can see them.
ANNOUNCED: deque[str] = deque(maxlen=20)


def announce(widget: QWidget, text: str) -> None:
    """Say `text` through the platform's screen reader without moving the focus."""
    ANNOUNCED.append(text)
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


class NamedComboBox(QAccessibleWidget):
    """A combo box as a screen reader should read it: its name ("Your presence"), then its
    value ("Busy"). Qt on Linux gives a combo box its current text as its name (it leaves the
    label to a relation that not every reader follows), so Orca said "Busy, combo box" with
    nothing to say what was busy. GUI thread only (Qt asks on the GUI thread)."""

    def __init__(self, box: QComboBox) -> None:
        super().__init__(box, QAccessible.Role.ComboBox)
        self._box = box

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self._box.accessibleName() or buddy_text(self._box) or self._box.currentText()
        if t == QAccessible.Text.Value:
            return self._box.currentText()
        return str(super().text(t))


def buddy_text(widget: QWidget) -> str:
    """The visible label that names `widget` (QLabel.setBuddy), without its & and colon."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").rstrip(": ")
    return ""


def _combo_boxes(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QComboBox) and not obj.isEditable():
        return NamedComboBox(obj)
    return None  # everything else: Qt's own interfaces


_installed = False


def install_names() -> None:
    """Once per process, before any window is read: combo boxes are read by their names."""
    global _installed  # noqa: PLW0603 (one factory per process, by Qt's design)
    if not _installed:
        QAccessible.installFactory(_combo_boxes)
        _installed = True
