"""Huge input reaches the real window: 5,000 offers at once, a megabyte chat line. Everything
is shown (or, for the line, shown shortened and said so), counts are right, and the window
still does what the volunteer asks. The timing budgets for the same input are in benchmarks/."""

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.app import Console
from console.contract.enums import Delivery, Presence, Sender
from console.contract.resources import Message
from console.core.store import Change, Kind
from console.simulator.server import SimulatorServer
from console.ui import notifications, offer_notice
from console.ui.contact_panel import ContactPanel
from console.ui.transcript import SHOWN_CHARS_MAX

pytestmark = pytest.mark.qt
WAIT_MS = 60_000
BURST = 5000


def go_available(qtbot: QtBot, console: Console) -> None:
    console.bridge.set_presence(Presence.AVAILABLE)
    window = console.window
    qtbot.waitUntil(
        lambda: window.me is not None and window.me.presence == "available", timeout=WAIT_MS
    )


def offer_envelope(console: Console, index: int, version: int, state: str) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    offer = {
        "id": f"of_burst_{index}",
        "version": version,
        "interaction_id": f"ix_burst_{index}",
        "agent_id": "demo-volunteer",
        "state": state,
        "channel": "chat",
        "age_group": "adult",
        "language": "nb",
        "org": {"id": "burst", "name": f"Burst {index}"},
        "queue_id": "burst",
        "enqueued_at": now,
        "created_at": now,
        "expires_at": (datetime.now(UTC) + timedelta(minutes=10)).isoformat(),
    }
    event_type = "offer.created" if state == "pending" else f"offer.{state}"
    # The cursor stays where the real stream left it.
    cursor = max(1, console.session.store.cursor)
    return {"id": cursor, "type": event_type, "time": now, "subject": "o", "data": offer, "v": 1}


def arrive_at_once(console: Console, raws: list[dict[str, Any]]) -> None:
    """Through the real store on the core thread, in one go: validated, stored, handed over."""
    store = console.session.store
    console.runtime.loop.call_soon_threadsafe(lambda: [store.apply_raw(r) for r in raws])


def test_five_thousand_offers_at_once_are_all_listed_then_all_withdrawn(
    qtbot: QtBot, console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    go_available(qtbot, console)
    window = console.window
    said: list[str] = []  # what a screen reader is told about offers
    monkeypatch.setattr(notifications, "announce", lambda _w, text: said.append(text))
    monkeypatch.setattr(offer_notice, "announce", lambda _w, text: said.append(text))
    arrive_at_once(console, [offer_envelope(console, i, 1, "pending") for i in range(BURST)])
    qtbot.waitUntil(lambda: window.offers.list.count() == BURST, timeout=WAIT_MS)
    assert {o.id for o in window.offers.offers()} == {f"of_burst_{i}" for i in range(BURST)}
    assert "Burst 0" in window.offers.list.item(0).text()
    assert f"Burst {BURST - 1}" in window.offers.list.item(BURST - 1).text()
    assert window.offers.list.currentRow() == 0 and window.offers.accept_button.isEnabled()
    # The last rows are reachable by keyboard (once the list has laid itself out, in batches
    # between events) and brought up to date when scrolled into view.
    window.offers.list.setFocus()

    def end_reaches_the_last() -> bool:
        qtbot.keyClick(window.offers.list, Qt.Key.Key_End)
        return bool(window.offers.list.currentRow() == BURST - 1)

    qtbot.waitUntil(end_reaches_the_last, timeout=WAIT_MS)
    window.offers.tick()
    assert "answer within" in window.offers.list.item(BURST - 1).text()
    arrive_at_once(console, [offer_envelope(console, i, 2, "rescinded") for i in range(BURST)])
    qtbot.waitUntil(lambda: window.offers.list.count() == 0, timeout=WAIT_MS)
    assert window.offers.offers() == []
    assert not window.offers.accept_button.isEnabled()
    # Told as bursts, with a count: a few sentences (at most one of each kind a second), not
    # one per offer.
    notice = window.shift_page.offer_notice
    qtbot.waitUntil(lambda: "offers left your list" in notice.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.shift_page.offer_news._timer.isActive(), timeout=WAIT_MS)
    assert said.count("A contact is waiting for you.") <= 10
    assert 2 <= len(said) <= 20 and said[-1] == notice.text()


def test_a_megabyte_chat_line_is_shown_shortened_and_the_chat_goes_on(
    qtbot: QtBot, console: Console, admin: httpx.Client, simulator: SimulatorServer
) -> None:
    go_available(qtbot, console)
    window = console.window
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    qtbot.mouseClick(window.offers.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contacts.count() == 1, timeout=WAIT_MS)
    panel = window.contacts.currentWidget()
    assert isinstance(panel, ContactPanel)
    # Past validation on purpose (the contract refuses it): the window must hold even so.
    huge = Message.model_construct(
        id="msg_huge",
        version=1,
        interaction_id=panel.interaction.id,
        seq=1000,
        sender=Sender.REMOTE,
        client_message_id=None,
        text="ø" * 1_000_000,
        sent_at=datetime.now(UTC),
        delivery=Delivery.DELIVERED,
    )
    post = console.bridge.mailbox.postbox.post
    post(console.bridge._emit_changes, [Change(Kind.MESSAGE, huge.id, huge)])
    qtbot.waitUntil(lambda: "message shortened" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    text = panel.transcript.toPlainText()
    assert "ø" * SHOWN_CHARS_MAX in text and "ø" * (SHOWN_CHARS_MAX + 1) not in text
    assert f"{1_000_000 - SHOWN_CHARS_MAX} more characters not shown" in text
    # The volunteer answers with the keyboard, and the answer arrives and is shown.
    panel.chat_input.setFocus()
    qtbot.keyClicks(panel.chat_input, "Jeg er her.")
    qtbot.keyClick(panel.chat_input, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Jeg er her. (delivered)" in panel.transcript.toPlainText(), timeout=WAIT_MS
    )
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": "takk"})
    qtbot.waitUntil(lambda: "Contact: takk" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    assert panel.transcript.document().blockCount() == 3
