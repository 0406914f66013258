"""Screen readers: names for what has no visible label, and announcements for what happens
while the volunteer looks elsewhere (an offer rings, the connection drops or comes back)."""

from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

# The last announcements made (bounded), so tests and the shortcut sheet can see them.
ANNOUNCED: deque[str] = deque(maxlen=20)


def announce(widget: QWidget, text: str) -> None:
    """Say `text` through the platform's screen reader without moving the focus."""
    ANNOUNCED.append(text)
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
