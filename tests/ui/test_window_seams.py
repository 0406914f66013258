"""The seam between bridge and window is typed: failures name their operation with an enum,
and every kind of store change has exactly one handler."""

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from console.app import Console
from console.bridge.operation_names import OperationName
from console.contract.enums import Presence
from console.contract.resources import Agent
from console.core.store import Kind
from console.ui.store_changes import StoreChanges
from console.ui.style import LIGHT

WAIT_MS = 10_000


def test_every_kind_of_store_change_has_one_handler(console: Console) -> None:
    changes = StoreChanges(console.window.shift_page, lambda: None, lambda: None)
    assert set(changes.handlers) == set(Kind)


def test_a_failed_command_names_its_operation_with_the_enum(console: Console, qtbot: QtBot) -> None:
    with qtbot.waitSignal(console.bridge.commandFailed, timeout=WAIT_MS) as failed:
        console.bridge.accept("no-such-offer")
    operation, _error = failed.args
    assert type(operation) is OperationName and operation is OperationName.ACCEPT
    # The window said so on the shift page, where the volunteer looks.
    qtbot.waitUntil(lambda: console.window.error_label.text() != "", timeout=WAIT_MS)


def test_the_window_shows_who_is_signed_in_read_only(console: Console, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: console.window.me is not None, timeout=WAIT_MS)
    me = console.window.me
    assert isinstance(me, Agent)
    with pytest.raises(AttributeError):
        console.window.me = None  # type: ignore[misc]
    with pytest.raises(ValidationError):
        me.presence = Presence.BREAK  # type: ignore[misc]
    assert console.window.me is me


def test_the_shift_page_still_paints_the_theme_background(console: Console) -> None:
    """A QWidget subclass paints no stylesheet background unless asked; a plain QWidget does."""
    window, page = console.window, console.window.shift_page
    image = window.grab().toImage()  # the whole window: a page's own grab fills its palette
    corner = page.mapTo(window, QPoint(2, page.height() - 2))  # in the layout's margin
    assert QColor(image.pixel(corner)) == QColor(LIGHT.window)
