"""Render the README screenshots: the real window, the real simulator, a scripted moment.

    .venv/bin/python tools/screenshots.py [OUTPUT_DIR]

Runs offscreen; the simulator's admin API sets the scene (no caller data is real).
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from console.app import Console, build_console
from console.contract.enums import Presence
from console.simulator.config import SimConfig
from console.simulator.server import SimulatorServer
from console.ui.contact_panel import ContactPanel


def settle(predicate: object = None, timeout_ms: int = 8000) -> None:
    """Run the Qt loop until the predicate holds (or a short pause when there is none)."""
    loop = QEventLoop()
    waited = 0
    while waited < timeout_ms:
        if callable(predicate) and predicate():
            return
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
        if predicate is None and waited >= 600:
            return


def shoot(console: Console, path: Path) -> None:
    settle()
    console.window.grab().save(str(path))
    print(path)


def finish(console: Console, admin: httpx.Client, panel: ContactPanel) -> None:
    """Close the open contacts so the next scene starts clean."""
    window = console.window
    for _row in range(window.offers.list.count()):
        window.offers.decline_button.click()
        settle()
    console.bridge.end(panel.interaction.id)
    settle(panel.wrap_up.isVisible)
    panel.finish_button.click()
    settle(lambda: window.contacts.count() == 0)


def voice_scenes(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    window = console.window
    admin.post(
        "/interactions",
        json={"channel": "voice", "age_group": "adult", "language": "se", "org_id": "kirkens-sos"},
    )
    settle(lambda: window.offers.list.count() == 1)
    window.offers.accept_button.click()
    settle(lambda: window.contacts.count() == 1)
    panel = window.contacts.currentWidget()
    assert isinstance(panel, ContactPanel)
    bar = panel.transfer_bar
    bar.buttons["amk"].click()
    settle(lambda: bar.transfer is not None and bar.transfer.state == "consulting")
    shoot(console, out / f"transfer-consulting-{language}.png")
    bar.cancel_button.click()
    settle(lambda: bar.transfer is not None and bar.transfer.state == "canceled")
    admin.put("/targets/amk", json={"outcome": "busy"})
    bar.buttons["amk"].click()
    settle(bar.fallback_number.isVisible)
    shoot(console, out / f"transfer-failed-{language}.png")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    language = os.environ.get("SHOT_LANGUAGE", "en")
    with (
        SimulatorServer(SimConfig(scenario="quiet", seed=4)) as sim,
        httpx.Client(base_url=f"{sim.url}/_sim") as admin,
    ):
        console = build_console(app, sim.url, login_hint="demo-volunteer", language=language)
        window = console.window
        window.resize(1200, 760)
        window.show()
        settle(lambda: window.pages.currentIndex() == 1 and not window.banner.isVisible())
        console.bridge.set_presence(Presence.AVAILABLE)
        settle(lambda: window._me is not None and window._me.presence == "available")
        admin.post(
            "/interactions",
            json={
                "channel": "chat",
                "age_group": "child_youth",
                "language": "nb",
                "org_id": "kors-paa-halsen",
            },
        )
        settle(lambda: window.offers.list.count() == 1)
        window.offers.accept_button.click()
        settle(lambda: window.contacts.count() == 1)
        panel = window.contacts.currentWidget()
        assert isinstance(panel, ContactPanel)
        admin.post(
            f"/interactions/{panel.interaction.id}/messages",
            json={"text": "Hei. Jeg vet ikke helt hvorfor jeg skriver hit."},
        )
        settle(lambda: "Hei" in panel.transcript.toPlainText())
        panel.chat_input.setText("Hei, så fint at du skriver. Jeg er her.")
        panel.send_button.click()
        settle()
        admin.post(
            "/interactions",
            json={
                "channel": "voice",
                "age_group": "adult",
                "language": "se",
                "org_id": "kirkens-sos",
            },
        )
        admin.post(
            "/interactions",
            json={
                "channel": "chat",
                "age_group": "unknown",
                "language": "en",
                "org_id": "mental-helse",
            },
        )
        settle(lambda: window.offers.list.count() >= 1)
        settle(None)
        shoot(console, out / f"volunteer-chat-{language}.png")
        finish(console, admin, panel)
        voice_scenes(console, admin, out, language)
        console.shutdown()
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
