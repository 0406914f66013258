"""Render the sign-in screenshots: the real window (1366x768) through the real OpenID sign-in.

    .venv/bin/python tools/signin_screenshots.py [OUTPUT_DIR]

SHOT_LANGUAGE=en,se_NO picks the languages (default both). Runs offscreen on loopback.

The console is started as `--backend URL` starts it (no login hint), so it signs in through
the browser step against the embedded simulator's own OpenID provider. Only the browser is
faked (there is none here): `FakeBrowser` keeps the URL the console would open, then does what
a volunteer's browser does — loads the provider's page, picks the demo volunteer, and delivers
the redirect to the console's loopback listener. The refused cases:

- provider down: the backend names an external issuer (a second simulator, whose discovery the
  backend has already read), and that provider is stopped before the volunteer signs in;
- wrong issuer: the redirect reaches the console naming another issuer (RFC 9207 `iss`), as a
  tampered or mixed-up answer would.
"""

import os
import sys
import webbrowser
from collections.abc import Callable
from pathlib import Path
from unittest import mock
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from console.app import Console, build_console
from console.simulator.config import SimConfig
from console.simulator.server import SimulatorServer
from console.ui.page import Page

FORM_FIELDS = ("client_id", "redirect_uri", "code_challenge", "state", "scope", "nonce")
OTHER_ISSUER = "http://127.0.0.1:1"


def settle(predicate: Callable[[], bool] | None = None, timeout_ms: int = 15000) -> None:
    """Run the Qt loop until the predicate holds (or for a short pause without one)."""
    loop = QEventLoop()
    waited = 0
    while waited < timeout_ms:
        if predicate is not None and predicate():
            return
        if predicate is None and waited >= 600:
            return
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
    raise RuntimeError("the scene did not reach the expected state")


class FakeBrowser:
    """The system browser's stand-in. `open` is called on the core thread (it only records);
    `approve` on the GUI thread, while the console's loopback listener waits on the core loop."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def open(self, url: str, *_args: object, **_kwargs: object) -> bool:
        self.urls.append(url)
        return True

    def approve(self, user_id: str = "demo-volunteer", issuer: str | None = None) -> None:
        """Sign in as `user_id` on the provider's page; `issuer` rewrites the answer's `iss`."""
        url = self.urls[-1]
        params = dict(parse_qsl(urlsplit(url).query))
        form = {name: params.get(name, "") for name in FORM_FIELDS} | {"user_id": user_id}
        with httpx.Client(trust_env=False, timeout=10) as client:
            client.get(url).raise_for_status()  # the provider's sign-in page
            answer = client.post(url.split("?", 1)[0], data=form)
            location = answer.headers["location"]
            if issuer is not None:
                parts = urlsplit(location)
                query = dict(parse_qsl(parts.query)) | {"iss": issuer}
                location = urlunsplit(parts._replace(query=urlencode(query)))
            client.get(location)  # the redirect, to the console's loopback listener


def shoot(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def open_console(app: QApplication, url: str, language: str, browser: FakeBrowser) -> Console:
    with mock.patch.object(webbrowser, "open", browser.open):
        console = build_console(app, url, language=language)
    window = console.window
    window.resize(1366, 768)
    window.show()
    settle(lambda: window.pages.currentIndex() == Page.SIGN_IN)
    return console


def click_sign_in(console: Console) -> None:
    button = console.window.sign_in_button
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)  # as a keyboard-only volunteer would


def refused(console: Console) -> bool:
    return bool(console.window.sign_in_error.text()) and console.window.sign_in_button.isEnabled()


def flow(app: QApplication, out: Path, language: str) -> None:
    """Before, while the browser is open, and signed in (the shift page)."""
    browser = FakeBrowser()
    with SimulatorServer(SimConfig(scenario="quiet", seed=4)) as sim:
        console = open_console(app, sim.url, language, browser)
        window = console.window
        try:
            shoot(window, out / f"sign-in-1-start-{language}.png")
            click_sign_in(console)
            settle(lambda: bool(browser.urls))
            shoot(window, out / f"sign-in-2-waiting-{language}.png")
            browser.approve()
            settle(lambda: window.pages.currentIndex() == Page.SHIFT and window.me is not None)
            shoot(window, out / f"sign-in-3-shift-{language}.png")
        finally:
            console.shutdown()


def provider_down(app: QApplication, out: Path, language: str) -> None:
    provider = SimulatorServer(SimConfig(scenario="quiet", seed=4)).start()
    backend_config = SimConfig(scenario="quiet", seed=4, external_issuer=provider.url)
    with SimulatorServer(backend_config) as backend:
        # The backend read the provider's discovery while it was up; then the provider goes down.
        httpx.get(f"{backend.url}/v1/meta", trust_env=False, timeout=10).raise_for_status()
        provider.stop()
        browser = FakeBrowser()
        console = open_console(app, backend.url, language, browser)
        try:
            click_sign_in(console)
            settle(lambda: refused(console))
            assert not browser.urls, "no browser opens when the provider cannot be reached"
            shoot(console.window, out / f"sign-in-4-provider-down-{language}.png")
        finally:
            console.shutdown()


def wrong_issuer(app: QApplication, out: Path, language: str) -> None:
    browser = FakeBrowser()
    with SimulatorServer(SimConfig(scenario="quiet", seed=4)) as sim:
        console = open_console(app, sim.url, language, browser)
        try:
            click_sign_in(console)
            settle(lambda: bool(browser.urls))
            browser.approve(issuer=OTHER_ISSUER)
            settle(lambda: refused(console))
            shoot(console.window, out / f"sign-in-5-wrong-issuer-{language}.png")
        finally:
            console.shutdown()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    for language in os.environ.get("SHOT_LANGUAGE", "en,se_NO").split(","):
        flow(app, out, language)
        provider_down(app, out, language)
        wrong_issuer(app, out, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
