"""A contact that is wrapped up leaves nothing behind: its panel, with everything it held (the
transcript, the risk assessment, the record form), is freed as soon as Qt deletes the widgets,
not at Python's next full garbage collection, which can be many contacts later (checked with
the collector switched off, so only reference counting can free it); and what it left in
shared caches goes with it (console/ui/after_contact.py)."""

import gc
import weakref
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPixmap, QPixmapCache
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from console import heap
from console.app import Console
from console.ui import after_contact
from tests.ui.helpers import file_conversation, wait_for_contact_form
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

pytestmark = pytest.mark.qt


@pytest.fixture
def no_cycle_collector() -> Iterator[None]:
    gc.collect()  # whatever earlier tests left, so the switch-off starts clean
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def chat_until_wrapped_up(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> list[weakref.ref[QObject]]:
    """A chat with a message each way and the risk panel opened, ended and filed; weak
    references to the parts of its panel (its locals go when this returns)."""
    wait_for_contact_form(qtbot, console)  # the wrap-up is the record form, as in a real shift
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult", "language": "nb"})
    panel = accept_first(qtbot, console)
    transcript = panel.transcript
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": "Er du der?"})
    qtbot.waitUntil(lambda: "Er du der?" in transcript.toPlainText(), timeout=WAIT_MS)
    qtbot.keyClicks(panel.chat_input, "Ja, jeg er her.")
    qtbot.keyClick(panel.chat_input, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Ja, jeg er her. (delivered)" in transcript.toPlainText(), timeout=WAIT_MS
    )
    qtbot.mouseClick(panel.risk_support_button, Qt.MouseButton.LeftButton)
    assert panel.risk_panel is not None and panel.risk_panel.isVisible()
    assert panel.transfer_bar.reroute is not None and panel.record_form is not None
    # Every part that took a callback from the part above it (the cycles this guards against).
    parts: list[QObject] = [
        panel,
        panel.resource_panel,
        panel.risk_panel,
        panel.risk_panel.plan,
        panel.transfer_bar,
        panel.transfer_bar.reroute,
        transcript,
        panel.record_form,
    ]
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    file_conversation(qtbot, panel, "mental_health.loneliness")
    return [weakref.ref(part) for part in parts]


def test_a_wrapped_up_chat_is_freed_at_once(
    qtbot: QtBot, console: Console, admin: httpx.Client, no_cycle_collector: None
) -> None:
    alive = chat_until_wrapped_up(qtbot, console, admin)
    qtbot.waitUntil(lambda: console.window.contacts.count() == 0, timeout=WAIT_MS)

    def all_freed() -> None:
        left = [type(part).__name__ for ref in alive if (part := ref()) is not None]
        assert not left, f"still in memory after the contact: {left}"

    qtbot.waitUntil(all_freed, timeout=WAIT_MS)


SENTINEL = "test-contact-pixmap"


def cached(key: str) -> bool:
    return QPixmapCache.find(key, QPixmap())


def test_a_closed_contacts_pictures_and_freed_heap_are_let_go_once_its_panel_is_deleted(
    qtbot: QtBot, console: Console, admin: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    wait_for_contact_form(qtbot, console)
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    heap_returned: list[bool] = []  # each time: was the panel deleted by then?

    def return_free_heap() -> bool:
        heap_returned.append(not Shiboken.isValid(panel))
        return heap.return_free_heap()

    monkeypatch.setattr(after_contact, "return_free_heap", return_free_heap)
    # Stands for the pictures the style cached for this contact's widgets (keyed by their own
    # palettes, so never found again once they are gone).
    QPixmapCache.insert(SENTINEL, QPixmap(16, 16))
    assert cached(SENTINEL)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    assert cached(SENTINEL) and not heap_returned  # nothing while the contact is open
    file_conversation(qtbot, panel, "mental_health.loneliness")
    qtbot.waitUntil(lambda: console.window.contacts.count() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not cached(SENTINEL), timeout=WAIT_MS)
    assert heap_returned == [True]  # once, after the panel's deletion
