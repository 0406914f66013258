"""A shift with canary strings in every caller-related field, run as its own process.

    python tests/privacy/canary_shift.py URL CANARY clean|kill

Used by test_canary.py: afterwards nothing on disk and no log line may contain the canary.
`kill` stops the process with SIGKILL in the middle of a chat, as a crash would.
"""

import os
import signal
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import httpx
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from console.app import build_console
from console.contract.enums import ConsentAnswer, OutcomeCode, Presence
from console.ui.contact_panel import ContactPanel


def spin(until: object, timeout_s: float = 15.0) -> None:
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    while not (callable(until) and until()):
        if time.monotonic() > deadline:
            raise RuntimeError("step timed out")
        QTimer.singleShot(5, loop.quit)
        loop.exec()


def main() -> int:
    url, canary, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("HelplineConsole")
    app.setApplicationName("Helpline Console")
    console = build_console(app, url, login_hint="demo-volunteer", language="nb_NO")
    window = console.window
    window.show()
    spin(lambda: window.me is not None and not window.banner.isVisible())
    with httpx.Client(base_url=f"{url}/_sim") as admin:
        console.bridge.set_presence(Presence.AVAILABLE)
        spin(lambda: window.me is not None and window.me.presence == "available")
        admin.post("/interactions", json={"channel": "chat", "age_group": "child_youth"})
        spin(lambda: bool(window.offers.offers()))
        console.bridge.accept(window.offers.offers()[0].id)
        spin(lambda: window.contacts.count() == 1)
        panel = window.contacts.currentWidget()
        assert isinstance(panel, ContactPanel)
        admin.post(
            f"/interactions/{panel.interaction.id}/messages",
            json={"text": f"jeg heter {canary} og bor i Storgata 1"},
        )
        spin(lambda: canary in panel.transcript.toPlainText())
        console.bridge.send_message(panel.interaction.id, f"takk {canary}")
        panel.transfer_bar.note.setText(f"notat {canary}")
        spin(lambda: panel.transcript.toPlainText().count(canary) == 2)
        # Risk support: an acute assessment (consent, reason) and a safety plan with the canary
        # in every step; the plan goes into the chat as one message, and nothing else anywhere.
        risk = panel.risk_panel
        assert risk is not None
        panel.risk_support_button.click()
        for question, answer in (("plan", "yes"), ("means", "yes"), ("time_frame", "now")):
            risk.answer_buttons[(question, answer)].click()
        risk.consent_buttons[ConsentAnswer.NO].click()
        spin(lambda: panel.interaction.consent is not None)
        for step_id, edit in risk.plan.fields.items():
            edit.setText(f"{step_id} {canary}")
        risk.plan.send_button.click()
        spin(lambda: panel.transcript.toPlainText().count(canary) == 2 + len(risk.plan.fields))
        window.grab()  # paint it all, as a real session would
        if mode == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        console.bridge.end(panel.interaction.id)
        spin(panel.wrap_up.isVisible)
        console.bridge.wrap_up(panel.interaction.id, OutcomeCode.SUPPORTED, f"notat {canary}")
        spin(lambda: window.contacts.count() == 0)
    console.shutdown()
    app.processEvents()
    print("shift done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
