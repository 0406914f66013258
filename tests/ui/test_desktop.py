"""Desktop integration: the tray, the ring, one console per user, the remembered window."""

import io
import struct
import wave
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console, build_console
from console.config import load_settings
from console.contract.enums import Presence
from console.simulator.server import SimulatorServer
from console.ui import single_instance
from console.ui.ring import SOUNDS, RingPlayer, player_command, wav_bytes
from console.ui.tray import presence_icon
from tests.ui.test_shift_workflow import WAIT_MS


def test_the_tray_shows_presence_and_changes_it(
    qtbot: QtBot, console: Console, admin: httpx.Client, simulator: SimulatorServer
) -> None:
    tray = console.window.tray
    qtbot.waitUntil(lambda: tray.presence is Presence.BUSY, timeout=WAIT_MS)
    assert tray.tooltip() == "Helpline Console: Busy"
    assert not tray.presence_actions[Presence.BUSY].isEnabled()  # already busy
    tray.presence_actions[Presence.AVAILABLE].trigger()
    engine = simulator.sim.engine
    qtbot.waitUntil(
        lambda: engine.agents["demo-volunteer"].presence == "available", timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: tray.presence is Presence.AVAILABLE, timeout=WAIT_MS)
    console.languages.switch("nb_NO")
    assert tray.tooltip() == "Helpline Console: Tilgjengelig"
    assert tray.show_action.text() != "Show the console"
    console.languages.switch("en")


def test_presence_icons_differ_in_shape_not_only_colour() -> None:
    """Each presence has its own shape (offline and not connected share the cross)."""
    images = {p: presence_icon(p).pixmap(32, 32).toImage() for p in Presence}
    masks = {p: image.createAlphaMask() for p, image in images.items()}
    shapes = {bytes(mask.constBits()) for mask in masks.values()}  # transparency only
    assert len(shapes) == len(masks)


def peak(data: bytes) -> int:
    with wave.open(io.BytesIO(data)) as sound:
        frames = sound.readframes(sound.getnframes())
    return max(abs(int(s)) for (s,) in struct.iter_unpack("<h", frames))


def test_the_ring_volume_is_its_own_and_every_sound_is_distinct() -> None:
    loud, quiet = peak(wav_bytes("chime", 100)), peak(wav_bytes("chime", 25))
    assert 25_000 < loud <= 32_767
    assert quiet == pytest.approx(loud / 4, rel=0.05)
    assert peak(wav_bytes("chime", 0)) == 0
    assert len({wav_bytes(sound, 70) for sound in SOUNDS}) == len(SOUNDS)


def test_the_ring_is_played_by_what_the_pc_has() -> None:
    found = {"paplay": "/usr/bin/paplay", "aplay": "/usr/bin/aplay"}
    assert player_command(found.get) == ["/usr/bin/paplay"]
    assert player_command({"aplay": "/usr/bin/aplay"}.get) == ["/usr/bin/aplay", "-q"]
    assert player_command(lambda _: None) is None  # then the system beep, never silence


class RecordingRing(RingPlayer):
    def __init__(self) -> None:
        super().__init__()
        self.played: list[tuple[str, int]] = []

    def play(self) -> None:
        self.played.append((self.sound, self.volume))


def test_the_ring_can_be_chosen_and_tested_from_the_view_menu(console: Console) -> None:
    window = console.window
    window.ring_player = RecordingRing()
    window.ring_sound_actions["bell"].trigger()
    window.ring_volume_actions[25].trigger()
    window.test_ring_action.trigger()
    assert window.ring_player.played == [("bell", 70), ("bell", 25), ("bell", 25)]


def test_one_console_per_user_and_training_beside_it(tmp_path: Path) -> None:
    shift = single_instance.acquire(tmp_path / "console.lock")
    assert shift is not None
    assert single_instance.acquire(tmp_path / "console.lock") is None  # a second start
    training = single_instance.acquire(tmp_path / "console-training.lock")
    assert training is not None  # practice may run beside a live shift
    shift.unlock()
    training.unlock()
    again = single_instance.acquire(tmp_path / "console.lock")
    assert again is not None
    again.unlock()


def test_the_window_comes_back_where_it_was_and_remembers_nothing_else(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, tmp_path: Path
) -> None:
    memory = tmp_path / "window.ini"

    def start() -> Console:
        built = build_console(
            qapp, simulator.url, login_hint="demo-volunteer", language="en", window_memory=memory
        )
        qtbot.addWidget(built.window)
        built.window.show()
        return built

    first = start()
    first.window.resize(710, 520)
    qtbot.waitUntil(lambda: first.window.width() == 710, timeout=WAIT_MS)
    first.shutdown()
    assert memory.exists()
    assert [line.split("=")[0] for line in memory.read_text().splitlines() if "=" in line] == [
        "geometry",
        "layout",
    ]
    second = start()
    try:
        assert (second.window.width(), second.window.height()) == (710, 520)
    finally:
        second.shutdown()


def test_a_changed_shortcut_works_and_the_window_says_so(
    qtbot: QtBot,
    qapp: QApplication,
    simulator: SimulatorServer,
    admin: httpx.Client,
    tmp_path: Path,
) -> None:
    (tmp_path / "user.toml").write_text('[shortcuts]\naccept = "F5"\n', encoding="utf-8")
    settings = load_settings({}, {}, tmp_path / "policy.toml", tmp_path / "user.toml", {})
    console = build_console(
        qapp, simulator.url, login_hint="demo-volunteer", language="en", settings=settings
    )
    qtbot.addWidget(console.window)
    try:
        window = console.window
        window.show()
        qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=WAIT_MS)
        assert "(F5)" in window.offers.accept_button.toolTip()
        window.show_shortcuts()
        assert window.shortcut_sheet is not None
        assert "F5\tAccept the selected offer" in window.shortcut_sheet.text()
        window.shortcut_sheet.close()  # a window-modal sheet holds the window's shortcuts
        console.bridge.set_presence(Presence.AVAILABLE)
        qtbot.waitUntil(lambda: window.tray.presence is Presence.AVAILABLE, timeout=WAIT_MS)
        admin.post("/interactions", json={"channel": "voice", "age_group": "adult"})
        qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
        window.activateWindow()  # a shortcut belongs to the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        qtbot.keyClick(window.offers.list, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: window.contacts.count() == 1, timeout=WAIT_MS)
    finally:
        console.shutdown()
