"""The voice path in the real window: the voice line in the call panel, mute by key, the
unanswered phone explained, and the voice dialog (E.164 checked, no-device explained)."""

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.config import load_settings
from console.core.voice.devices import MemoryAudio
from console.core.voice.softphone import PhoneState, SoftphoneStatus
from console.simulator.server import SimulatorServer
from console.ui.ring import RingPlayer
from console.ui.voice_controls import VoiceControls
from console.ui.voice_dialog import VoiceDialog
from tests.simkit import connect
from tests.ui.helpers import open_console
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

CALLER_HZ = 440.0


@pytest.fixture
def audio() -> MemoryAudio:
    return MemoryAudio(tone_hz=1000.0)


@pytest.fixture
def voice_console(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, audio: MemoryAudio
) -> Iterator[Console]:
    built = open_console(qtbot, qapp, simulator.url, audio_devices=lambda: audio)
    yield built
    built.shutdown()


def controls(console: Console) -> VoiceControls:
    found = console.window.findChild(VoiceControls)
    assert isinstance(found, VoiceControls)
    return found


def test_a_call_in_the_console_shows_where_the_audio_is_and_mutes_by_key(
    qtbot: QtBot, voice_console: Console, admin: httpx.Client, audio: MemoryAudio
) -> None:
    voice = voice_console.voice
    assert voice is not None
    qtbot.waitUntil(lambda: voice.status.state is PhoneState.CONNECTED, timeout=WAIT_MS)
    go_available(qtbot, voice_console)
    admin.post("/interactions", json={"channel": "voice", "caller_tone_hz": CALLER_HZ})
    panel = accept_first(qtbot, voice_console)
    voice_controls = controls(voice_console)
    qtbot.waitUntil(lambda: panel.interaction.id in voice_controls.lines, timeout=WAIT_MS)
    line = voice_controls.lines[panel.interaction.id]
    # The line is made when the call is known and shown with its contact's panel, which can be
    # a turn of the event loop later.
    qtbot.waitUntil(line.isVisible, timeout=WAIT_MS)
    assert line.where.text() == "In the console"
    qtbot.waitUntil(lambda: audio.ear.heard()[0] is not None, timeout=WAIT_MS)  # the caller
    window = voice_console.window
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(voice_controls.muted_sign.isVisible, timeout=WAIT_MS)
    assert line.mute.isChecked() and line.mute.text() == "Muted"

    def caller_hears_silence() -> bool:
        heard = admin.get(f"/interactions/{panel.interaction.id}/media").json()
        return heard["caller_heard_hz"] is None

    qtbot.waitUntil(caller_hears_silence, timeout=WAIT_MS)


def test_a_configured_mute_key_mutes_and_the_window_says_so(
    qtbot: QtBot,
    qapp: QApplication,
    simulator: SimulatorServer,
    admin: httpx.Client,
    audio: MemoryAudio,
    tmp_path: Path,
) -> None:
    (tmp_path / "user.toml").write_text(
        'voice_mode = "softphone"\n[shortcuts]\nmute = "F9"\n', encoding="utf-8"
    )
    settings = load_settings({}, {}, tmp_path / "policy.toml", tmp_path / "user.toml", {})
    built = open_console(qtbot, qapp, simulator.url, settings=settings, audio_devices=lambda: audio)
    try:
        voice = built.voice
        assert voice is not None
        window = built.window
        window.show_shortcuts()
        assert window.shortcut_sheet is not None
        assert "F9\tMute or unmute the microphone" in window.shortcut_sheet.text()
        window.shortcut_sheet.close()  # a window-modal sheet holds the window's shortcuts
        qtbot.waitUntil(lambda: voice.status.state is PhoneState.CONNECTED, timeout=WAIT_MS)
        go_available(qtbot, built)
        admin.post("/interactions", json={"channel": "voice", "caller_tone_hz": CALLER_HZ})
        panel = accept_first(qtbot, built)
        voice_controls = controls(built)
        qtbot.waitUntil(lambda: panel.interaction.id in voice_controls.lines, timeout=WAIT_MS)
        line = voice_controls.lines[panel.interaction.id]
        assert "(F9)" in line.mute.toolTip()
        window.activateWindow()  # a shortcut belongs to the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        qtbot.keyClick(window, Qt.Key.Key_F9)
        qtbot.waitUntil(voice_controls.muted_sign.isVisible, timeout=WAIT_MS)
        assert line.mute.isChecked()
    finally:
        built.shutdown()


def test_a_media_failure_is_said_at_once_with_what_to_do(
    qtbot: QtBot, voice_console: Console
) -> None:
    voice = voice_console.voice
    assert voice is not None
    qtbot.waitUntil(lambda: voice.status.state is PhoneState.CONNECTED, timeout=WAIT_MS)
    voice.statusChanged.emit(SoftphoneStatus(state=PhoneState.FAILED))
    error = voice_console.window.shift_page.error_label
    qtbot.waitUntil(lambda: "audio connection failed" in error.text(), timeout=WAIT_MS)
    assert "switch to your phone" in error.text()


def test_an_unanswered_phone_is_explained(
    qtbot: QtBot, voice_console: Console, admin: httpx.Client
) -> None:
    voice = voice_console.voice
    assert voice is not None
    admin.post("/settings", json={"agent_phone_fails": True, "agent_phone_ring_timeout_s": 1.0})
    voice.choose("phone", "+4791234567")
    window = voice_console.window
    qtbot.waitUntil(
        lambda: window.me is not None and window.me.voice.mode == "phone", timeout=WAIT_MS
    )
    assert controls(voice_console).button.text() == "On your phone +47 … 67"
    go_available(qtbot, voice_console)
    admin.post("/interactions", json={"channel": "voice"})
    panel = accept_first(qtbot, voice_console)
    line_of = controls(voice_console).lines
    qtbot.waitUntil(lambda: panel.interaction.id in line_of, timeout=WAIT_MS)
    assert "ringing" in line_of[panel.interaction.id].leg.text()
    error = window.shift_page.error_label
    qtbot.waitUntil(lambda: "did not answer" in error.text(), timeout=WAIT_MS)
    assert "not responding" in error.text()
    assert window.contacts.count() == 0


def test_the_voice_dialog_checks_the_number_and_explains_no_device(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer
) -> None:
    built = open_console(
        qtbot, qapp, simulator.url, audio_devices=lambda: MemoryAudio(inputs=(), outputs=())
    )
    try:
        voice = built.voice
        assert voice is not None
        qtbot.waitUntil(lambda: voice.status.state is PhoneState.NO_DEVICE, timeout=WAIT_MS)
        voice_controls = controls(built)
        qtbot.waitUntil(
            lambda: "No microphone or speaker" in voice_controls.button.text(), timeout=WAIT_MS
        )
        qtbot.mouseClick(voice_controls.button, Qt.MouseButton.LeftButton)
        dialog = voice_controls.dialog
        assert dialog is not None
        assert "No microphone or speaker" in dialog.devices_note.text()
        qtbot.mouseClick(dialog.phone, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.number, "912 34")
        dialog.accept()
        assert "country code" in dialog.number_error.text() and dialog.isVisible()
        dialog.number.clear()
        qtbot.keyClicks(dialog.number, "+47 912 34 567")
        dialog.accept()
        qtbot.waitUntil(
            lambda: (
                built.window.me is not None and built.window.me.voice.phone_number == "+4791234567"
            ),
            timeout=WAIT_MS,
        )
    finally:
        built.shutdown()


def test_devices_and_the_ring_device_are_chosen_and_remembered(
    qtbot: QtBot, voice_console: Console, audio: MemoryAudio
) -> None:
    voice = voice_console.voice
    assert voice is not None
    qtbot.waitUntil(lambda: voice.status.state is PhoneState.CONNECTED, timeout=WAIT_MS)
    remembered: dict[str, object] = {}
    rings: list[object] = []
    dialog = VoiceDialog(
        voice, remember=remembered.__setitem__, parent=voice_console.window, ring_device=None
    )
    dialog.ringDeviceChosen.connect(rings.append)
    qtbot.waitUntil(lambda: dialog.level.value() > 30, timeout=WAIT_MS)  # the mic test meter
    phone = voice.service.phone
    assert phone is not None and phone.metering and not phone.in_call
    dialog.speaker.setCurrentIndex(dialog.speaker.findData("headset"))
    dialog.ring.setCurrentIndex(dialog.ring.findData("speakers"))
    dialog.accept()
    qtbot.waitUntil(lambda: audio.opened[-1] == ("mic", "headset"), timeout=WAIT_MS)
    assert voice.status.state is PhoneState.CONNECTED  # the session stayed up
    # Closed: the microphone is no longer measured (nor read: no call).
    qtbot.waitUntil(lambda: not phone.metering and audio.capturing is False, timeout=WAIT_MS)
    assert rings == ["speakers"]
    assert remembered == {
        "voice_mode": "softphone",
        "voice_input_device": "",
        "voice_output_device": "headset",
        "voice_ring_device": "speakers",
    }
    dialog.deleteLater()


def test_the_ring_plays_on_its_own_device_when_one_is_chosen() -> None:
    played: list[bytes] = []

    def on_device(wav: bytes) -> bool:
        played.append(wav)
        return True

    player = RingPlayer("chime", 50, on_device=on_device)
    player.play()
    assert len(played) == 1 and played[0].startswith(b"RIFF")
    assert player._file is None  # not played the usual way as well


@pytest.mark.parametrize(("policy", "asked"), [("", True), ('voice_mode = "phone"\n', False)])
def test_the_voice_mode_is_asked_at_shift_start_unless_settled(
    qtbot: QtBot,
    qapp: QApplication,
    simulator: SimulatorServer,
    tmp_path: Path,
    policy: str,
    asked: bool,
) -> None:
    (tmp_path / "policy.toml").write_text(
        policy + ('voice_phone_number = "+4791234567"\n' if policy else ""), encoding="utf-8"
    )
    settings = load_settings({}, {}, tmp_path / "policy.toml", tmp_path / "user.toml", {})
    built = open_console(
        qtbot,
        qapp,
        simulator.url,
        settings=settings,
        user_file=tmp_path / "user.toml",
        audio_devices=lambda: MemoryAudio(tone_hz=None),
    )
    try:
        window = built.window
        qtbot.waitUntil(lambda: window.me is not None, timeout=WAIT_MS)
        voice_controls = controls(built)
        if asked:
            qtbot.waitUntil(lambda: voice_controls.dialog is not None, timeout=WAIT_MS)
            dialog = voice_controls.dialog
            assert dialog is not None and dialog.isVisible()
            qtbot.mouseClick(dialog.none, Qt.MouseButton.LeftButton)
            dialog.accept()
            qtbot.waitUntil(
                lambda: window.me is not None and window.me.voice.mode == "none", timeout=WAIT_MS
            )
            assert 'voice_mode = "none"' in (tmp_path / "user.toml").read_text()
        else:
            qtbot.waitUntil(
                lambda: window.me is not None and window.me.voice.mode == "phone",
                timeout=WAIT_MS,
            )
            assert voice_controls.dialog is None
            assert voice_controls.button.text() == "On your phone +47 … 67"
    finally:
        built.shutdown()


def test_a_clean_quit_logs_the_phone_off_at_once(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, admin: httpx.Client
) -> None:
    built = open_console(qtbot, qapp, simulator.url, audio_devices=MemoryAudio)
    voice = built.voice
    assert voice is not None
    voice.choose("phone", "+4791234567")
    window = built.window
    qtbot.waitUntil(
        lambda: window.me is not None and window.me.voice.mode == "phone", timeout=WAIT_MS
    )
    go_available(qtbot, built)
    built.shutdown()

    async def volunteer_presence() -> str:
        async with connect(simulator.url, "demo-supervisor") as supervisor:
            team = (await supervisor.get("/v1/supervision/team")).json()["agents"]
            return str(next(a["presence"] for a in team if a["id"] == "demo-volunteer"))

    # At once, not after the backend's 60 s watchdog.
    assert asyncio.run(volunteer_presence()) == "offline"
    assert admin.get("/stats").json()["logged_off_by_watchdog"] == 0
