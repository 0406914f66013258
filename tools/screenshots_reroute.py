"""Screenshots of re-route, the resource panel and ready replies, at 1366x768.

    SHOT_LANGUAGE=en,se_NO .venv/bin/python tools/screenshots_reroute.py [OUTPUT_DIR]

Uses the scene helpers of tools/screenshots.py (offscreen, a fresh simulator per scene). A
second volunteer (demo-sami) is driven over the contract to receive and send re-routes. All
text shown is sample text.
"""

import os
import sys
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console.app import Console
from console.ui.contact_panel import ContactPanel
from tools.screenshots import scene, settle, shoot, take

REDIRECT_URI = "http://127.0.0.1:53682/callback"
LINES = {
    "nb": (
        "Jeg er egentlig 15, er det greit?",
        "Takk for at du sier det. Jeg finner noen for deg.",
    ),
    "se": ("Mun lean duođaid 15 jagi boaris.", "Giitu go dadjalat. Mun ohcan muhtuma dutnje."),
}
NOTES = {"nb": "Sier hun er 15; vil snakke om skolen", "se": "Dadjá ahte lea 15; skuvla"}


class Colleague:
    """The second volunteer, signed in with a login hint like the embedded simulator allows."""

    def __init__(self, url: str) -> None:
        self.client = httpx.Client(base_url=url, timeout=10)
        import base64  # noqa: PLC0415
        import hashlib  # noqa: PLC0415
        import secrets  # noqa: PLC0415

        verifier = secrets.token_urlsafe(48)
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        response = self.client.get(
            "/oauth/authorize",
            params={
                "response_type": "code",
                "client_id": "helpline-console",
                "redirect_uri": REDIRECT_URI,
                "code_challenge": challenge,
                "code_challenge_method": "S256",
                "state": "s",
                "login_hint": "demo-sami",
            },
        )
        code = parse_qs(urlsplit(response.headers["location"]).query)["code"][0]
        token = self.client.post(
            "/oauth/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": REDIRECT_URI,
                "client_id": "helpline-console",
                "code_verifier": verifier,
            },
        ).json()["access_token"]
        self.auth = {"Authorization": f"Bearer {token}"}

    def call(self, method: str, path: str, body: Any = None) -> Any:
        headers = {**self.auth, "Idempotency-Key": str(uuid.uuid4())}
        response = self.client.request(method, path, json=body, headers=headers)
        response.raise_for_status()
        return response.json() if response.content else None

    def offers(self) -> list[dict[str, Any]]:
        offers: list[dict[str, Any]] = self.call("GET", "/v1/snapshot")["offers"]
        return offers


def chat_language(language: str) -> str:
    return "se" if language.startswith(("se", "smj", "sma")) else "nb"


def reroute_scene(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    window = console.window
    window.resize(1366, 768)
    chatter = chat_language(language)
    first, reply = LINES[chatter]
    panel = take(
        console, admin, channel="chat", age_group="adult", language=chatter, org_id="kirkens-sos"
    )
    admin.post(f"/interactions/{panel.interaction.id}/messages", json={"text": first})
    settle(lambda: first in panel.transcript.toPlainText())
    panel.chat_input.setText(reply)
    panel.send_button.click()
    reroute = panel.transfer_bar.reroute
    assert reroute is not None
    reroute.choice.setCurrentIndex(reroute.choice.findData("queue.child_youth"))
    reroute.note.setText(NOTES[chatter])
    reroute.button.click()
    bar = panel.transfer_bar
    settle(lambda: bar.transfer is not None and bar.transfer.state == "ringing")
    shoot(window, out / f"reroute-waiting-{language}.png")
    colleague = Colleague(str(admin.base_url).rstrip("/").removesuffix("/_sim"))
    colleague.call("PUT", "/v1/me/presence", {"presence": "available"})
    settle(lambda: bool(colleague.offers()))
    leg = colleague.call("POST", f"/v1/offers/{colleague.offers()[0]['id']}/accept")
    settle(panel.reroute_notice.isVisible)
    shoot(window, out / f"reroute-record-{language}.png")
    # The other way: the colleague re-routes a chat to this volunteer's queue.
    if panel.record_form is not None:  # any one-click closer: the record is not shown
        next(iter(panel.record_form.closing_buttons.values())).click()
    else:
        panel.outcome.setCurrentIndex(panel.outcome.findData("transferred"))
        panel.finish_button.click()
    settle(lambda: window.contacts.count() == 0)
    colleague.call(
        "POST",
        f"/v1/interactions/{leg['id']}/transfers",
        {"target_id": "queue.adult", "note": NOTES[chatter]},
    )
    settle(lambda: window.offers.list.count() == 1)
    window.offers.accept_button.click()
    settle(lambda: window.contacts.count() == 1)
    received = window.contacts.currentWidget()
    assert isinstance(received, ContactPanel)
    settle(received.reroute_notice.isVisible)
    shoot(window, out / f"reroute-received-{language}.png")
    colleague.client.close()


def resources_scene(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    window = console.window
    window.resize(1366, 768)
    chatter = chat_language(language)
    panel = take(
        console,
        admin,
        channel="chat",
        age_group="child_youth",
        language=chatter,
        org_id="kors-paa-halsen",
    )
    resources = panel.resource_panel
    settle(lambda: resources.results.count() > 0)
    resources.search.setText("116111")
    settle(lambda: resources.results.count() == 1)
    resources.put_in_reply()
    shoot(window, out / f"resource-panel-{language}.png")


def replies_scene(console: Console, admin: httpx.Client, out: Path, language: str) -> None:
    window = console.window
    window.resize(1366, 768)
    chatter = chat_language(language)
    panel = take(
        console, admin, channel="chat", age_group="adult", language=chatter, org_id="kirkens-sos"
    )
    box = panel.chat_input
    box.setFocus()
    QTest.keyClicks(box, "/jaskes" if chatter == "se" else "/silent")
    settle(panel.replies.list.isVisible)
    shoot(window, out / f"ready-replies-search-{language}.png")
    QTest.keyClick(box, Qt.Key.Key_Escape)
    box.clear()
    QTest.keyClicks(box, "/rahpan" if chatter == "se" else "/opening hours")
    QTest.keyClick(box, Qt.Key.Key_Return)
    QTest.keyClick(box, Qt.Key.Key_Return)  # send is refused: a placeholder is left
    settle(panel.replies.message.isVisible)
    shoot(window, out / f"ready-replies-placeholder-{language}.png")


SCENES = {"reroute": reroute_scene, "resources": resources_scene, "replies": replies_scene}


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    for language in os.environ.get("SHOT_LANGUAGE", "en").split(","):
        for play in SCENES.values():
            with scene(app, language) as (console, admin):
                play(console, admin, out, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
