"""The volunteer's shift, driven through the window like a person would."""

from typing import TypeVar

import httpx
import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from console.app import Console, build_console
from console.contract.enums import Presence
from console.simulator.server import SimulatorServer
from console.ui.contact_panel import ContactPanel
from console.ui.page import Page
from tests.ui.helpers import file_conversation, wait_for_contact_form

WAIT_MS = 10_000
YOUNG_SAMI_CHAT = {
    "channel": "chat",
    "age_group": "child_youth",
    "language": "se",
    "org_id": "kors-paa-halsen",
}
W = TypeVar("W", bound=QObject)


def child(parent: QObject, kind: type[W], name: str) -> W:
    """Find a widget by its stable objectName (the testability contract)."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def go_available(qtbot: QtBot, console: Console) -> None:
    window = console.window
    index = window.presence.findData(Presence.AVAILABLE)
    window.presence.setCurrentIndex(index)
    window.presence.activated.emit(index)
    qtbot.waitUntil(
        lambda: window.me is not None and window.me.presence == "available", timeout=WAIT_MS
    )


def accept_first(qtbot: QtBot, console: Console) -> ContactPanel:
    window = console.window
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    qtbot.mouseClick(window.offers.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contacts.count() == 1, timeout=WAIT_MS)
    panel = window.contacts.currentWidget()
    assert isinstance(panel, ContactPanel)
    return panel


def test_after_sign_in_the_volunteer_is_busy(console: Console) -> None:
    assert console.window.presence.currentData() == Presence.BUSY
    assert console.window.offers.list.count() == 0


def test_child_youth_chat_offer_accept_and_messages(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json=YOUNG_SAMI_CHAT)
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    text = window.offers.list.item(0).text()
    for expected in ("Chat", "Child/youth", "Northern Sámi", "Kors på halsen", "★"):
        assert expected in text
    assert not window.offers.list.item(0).icon().isNull()  # a shape, not just a colour
    panel = accept_first(qtbot, console)
    assert window.offers.list.count() == 0
    interaction_id = panel.interaction.id
    admin.post(f"/interactions/{interaction_id}/messages", json={"text": "Bures, lea go doppe?"})
    transcript = child(panel, QPlainTextEdit, "chatTranscript")
    qtbot.waitUntil(lambda: "Bures, lea go doppe?" in transcript.toPlainText(), timeout=WAIT_MS)
    composer = child(panel, QLineEdit, "chatInput")
    composer.setText("Bures! Mun lean dás.")
    qtbot.mouseClick(child(panel, QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Bures! Mun lean dás. (delivered)" in transcript.toPlainText(), timeout=WAIT_MS
    )
    assert composer.text() == ""


def test_voice_call_hold_resume_end_and_wrap_up(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    wait_for_contact_form(qtbot, console)  # so the contact's wrap-up is the record form
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "voice", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    hold = child(panel, QPushButton, "holdButton")
    assert hold.isVisible() and hold.text() == "Hold"
    assert not child(panel, QPlainTextEdit, "chatTranscript").isVisible()
    qtbot.mouseClick(hold, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.interaction.on_hold and hold.text() == "Resume", timeout=WAIT_MS)
    qtbot.mouseClick(hold, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.interaction.on_hold, timeout=WAIT_MS)
    qtbot.mouseClick(child(panel, QPushButton, "endButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    assert window.me is not None
    qtbot.waitUntil(
        lambda: window.me is not None and window.me.routing_state == "wrap_up", timeout=WAIT_MS
    )
    file_conversation(qtbot, panel, "mental_health.loneliness")
    qtbot.waitUntil(lambda: window.contacts.count() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: window.me is not None and window.me.routing_state == "idle", timeout=WAIT_MS
    )


def test_an_expired_offer_is_explained_with_one_way_back(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    admin.post("/clock/advance", json={"seconds": 25})
    qtbot.waitUntil(window.become_available.isVisible, timeout=WAIT_MS)
    assert window.offers.list.count() == 0
    assert "missed" in window.shift_page.offer_notice.text()  # calm, where the offer was
    assert "Not responding" in window.shift_page.routing.text()
    qtbot.mouseClick(window.become_available, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.become_available.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)  # it came back


def test_dropped_stream_shows_reconnecting_then_live_and_keeps_the_chat(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    transcript = child(panel, QPlainTextEdit, "chatTranscript")
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": "first"})
    qtbot.waitUntil(lambda: "first" in transcript.toPlainText(), timeout=WAIT_MS)
    admin.post("/settings", json={"ping_interval_s": 30})
    with qtbot.waitSignal(
        console.bridge.connectionChanged,
        timeout=WAIT_MS,
        check_params_cb=lambda s: s.phase == "reconnecting",
    ):
        admin.post("/faults", json={"fail_next": 2, "status": 503})
        admin.post("/streams/drop")
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    assert "Reconnecting" in window.banner._label.text()
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": "second"})
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "second" in transcript.toPlainText(), timeout=WAIT_MS)
    assert transcript.toPlainText().count("first") == 1


def test_chat_markup_is_shown_literally(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    hostile = '<b>x</b><img src="http://127.0.0.1:9/x">'
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": hostile})
    transcript = child(panel, QPlainTextEdit, "chatTranscript")
    qtbot.waitUntil(lambda: hostile in transcript.toPlainText(), timeout=WAIT_MS)
    assert "<b>" in transcript.toPlainText()


@pytest.mark.parametrize(
    "name",
    [
        "presenceSelector",
        "connectionBanner",
        "offerList",
        "acceptButton",
        "declineButton",
        "contactTabs",
        "languageMenu",
    ],
)
def test_testability_contract_names(console: Console, name: str) -> None:
    assert child(console.window, QObject, name).objectName() == name


def test_offer_notifications_carry_no_caller_content(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json=YOUNG_SAMI_CHAT)
    qtbot.waitUntil(lambda: len(window.notifications) == 1, timeout=WAIT_MS)
    text = " ".join(window.notifications[0])
    for secret in ("Sámi", "Child", "Kors", "Chat", "se"):
        assert secret not in text


def test_signing_out_with_an_open_contact_is_refused_and_explained(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "voice", "age_group": "adult"})
    accept_first(qtbot, console)
    console.window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: "cannot sign out" in console.window.error_label.text(), timeout=WAIT_MS)
    assert console.window.contacts.count() == 1


def test_an_unsafe_keychain_is_refused_with_a_message(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring  # noqa: PLC0415
    from keyring.backends import fail  # noqa: PLC0415

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    built = build_console(qapp, simulator.url, login_hint="demo-volunteer", remember=True)
    qtbot.addWidget(built.window)
    try:
        assert "no safe place to remember" in built.window.error_label.text()
        qtbot.waitUntil(lambda: built.window.pages.currentIndex() == Page.SHIFT, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: built.window.me is not None, timeout=WAIT_MS)  # still signed in
    finally:
        built.shutdown()
