"""Buttons a stray key must never press: decline, start or complete a transfer, end a contact.

A volunteer who starts typing while the focus sits on one of these must not decline a youth
chat or open a legevakt transfer with the space bar. So these buttons:
- take the focus from Tab only, never from a click: a mouse click leaves the focus where the
  volunteer types;
- ignore Space, Enter, Return and Select when they have the focus (without a modifier), and
  say instead, through the screen reader, which shortcut does it.
They stay reachable from the keyboard through their modifier shortcut (listed in their tooltip
and on the F1 sheet) and through the screen reader's "press" action, which is always deliberate.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from console.ui.accessibility import announce

PRESS_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select})
PROPERTY = "keySafe"


def is_press_key(event: QKeyEvent) -> bool:
    """A key that presses a focused button: Space, Enter, Return or Select, unmodified
    (Shift and the keypad flag do not count as deliberate)."""
    deliberate = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    return Qt.Key(event.key()) in PRESS_KEYS and not deliberate


class KeySafety(QObject):
    """Event filter for the guarded buttons. GUI thread only (it sees their key events)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hints: dict[QAbstractButton, Callable[[], str]] = {}

    def guard(self, button: QAbstractButton, hint: Callable[[], str]) -> None:
        """`hint` says (translated, when asked) how to press this button on purpose."""
        if button in self._hints:
            self._hints[button] = hint
            return
        self._hints[button] = hint
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setProperty(PROPERTY, True)
        button.installEventFilter(self)
        button.destroyed.connect(lambda: self._hints.pop(button, None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressing = event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
        if not (pressing and isinstance(event, QKeyEvent) and is_press_key(event)):
            return False
        hint = self._hints.get(watched)  # type: ignore[call-overload]
        first = event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat()
        if hint is not None and first and isinstance(watched, QWidget):
            announce(watched, hint())
        return True  # swallowed: the button is not pressed


def is_guarded(button: QWidget) -> bool:
    return bool(button.property(PROPERTY))
