"""Render the voice screenshots: a call in the console, a call on the volunteer's phone, and
the voice dialog, at 1366x768, with in-memory audio (never a real device).

    .venv/bin/python -m tools.voice_screenshots [OUTPUT_DIR]

SHOT_LANGUAGE=en,se_NO picks the languages (default en). Runs offscreen on a fresh simulator
per scene; nothing shown is real caller data.
"""

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtWidgets import QApplication

from console.app import Console, build_console
from console.contract.enums import Presence
from console.core.voice.devices import MemoryAudio
from console.core.voice.softphone import PhoneState
from console.simulator.config import SimConfig
from console.simulator.server import SimulatorServer
from console.ui.page import Page
from console.ui.voice_controls import VoiceControls
from tools.screenshots import settle, shoot, take

SIZE = (1366, 768)


@contextmanager
def voice_scene(app: QApplication, language: str) -> Iterator[tuple[Console, httpx.Client]]:
    audio = MemoryAudio(tone_hz=1000.0)
    with (
        SimulatorServer(SimConfig(scenario="quiet", seed=4, agent_phone_answers_after_s=30)) as sim,
        httpx.Client(base_url=f"{sim.url}/_sim") as admin,
    ):
        console = build_console(
            app,
            sim.url,
            login_hint="demo-volunteer",
            language=language,
            audio_devices=lambda: audio,
        )
        window = console.window
        window.resize(*SIZE)
        window.show()
        settle(lambda: window.pages.currentIndex() == Page.SHIFT and not window.banner.isVisible())
        try:
            yield console, admin
        finally:
            console.shutdown()


def controls(console: Console) -> VoiceControls:
    found = console.window.findChild(VoiceControls)
    assert isinstance(found, VoiceControls)
    return found


def softphone_call(app: QApplication, out: Path, language: str) -> None:
    with voice_scene(app, language) as (console, admin):
        voice = console.voice
        assert voice is not None
        settle(lambda: voice.status.state is PhoneState.CONNECTED)
        console.bridge.set_presence(Presence.AVAILABLE)
        panel = take(console, admin, channel="voice", age_group="adult", language="se")
        settle(lambda: panel.interaction.id in controls(console).lines)
        shoot(console.window, out / f"voice-softphone-call-{language}.png")
        controls(console).open_dialog()
        dialog = controls(console).dialog
        assert dialog is not None
        settle(lambda: dialog.level.value() > 0)
        shoot(dialog, out / f"voice-devices-{language}.png")


def phone_call(app: QApplication, out: Path, language: str) -> None:
    with voice_scene(app, language) as (console, admin):
        voice = console.voice
        assert voice is not None
        voice.choose("phone", "+4791234567")
        window = console.window
        settle(lambda: window.me is not None and window.me.voice.mode == "phone")
        console.bridge.set_presence(Presence.AVAILABLE)
        panel = take(console, admin, channel="voice", age_group="child_youth", language="nb")
        settle(lambda: panel.interaction.id in controls(console).lines)
        shoot(window, out / f"voice-phone-ringing-{language}.png")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    for language in os.environ.get("SHOT_LANGUAGE", "en").split(","):
        softphone_call(app, out, language)
        phone_call(app, out, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
