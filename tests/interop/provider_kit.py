"""A certified OpenID provider (panva's oidc-provider, Node.js) and a test user agent.

The provider runs as a child process on 127.0.0.1 from tests/interop/oidc-provider (installed
with `npm ci` from the lock file the first time; test-only, never bundled). Where Node.js is
missing the tests are skipped with a message saying so.

`UserAgent` fakes only the browser: it follows redirects, fills the provider's own login form
(devInteractions: any login, the login name is the role) and submits its sign-out form, then
delivers the final redirect to the console's loopback listener, as a browser would.
"""

import asyncio
import json
import select
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx
import pytest

PROVIDER_DIR = Path(__file__).parent / "oidc-provider"
START_TIMEOUT_S = 20.0


def node_or_skip() -> str:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip(
            "interop with the certified OpenID provider SKIPPED: Node.js/npm not found "
            "(install Node.js 20.19+ to run tests/interop; CI has it)"
        )
    if not (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir():
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=PROVIDER_DIR,
            check=True,
            timeout=300,
        )
    return node


@dataclass
class RunningProvider:
    issuer: str
    mode: str
    process: subprocess.Popen[bytes]


@contextmanager
def certified_provider(mode: str = "pkce", *extra: str) -> Iterator[RunningProvider]:
    node = node_or_skip()
    process = subprocess.Popen(
        [node, "provider.mjs", "--mode", mode, *extra],
        cwd=PROVIDER_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # its startup warnings (dev adapter, devInteractions)
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT_S)
        line = process.stdout.readline() if ready else b""
        if not line:
            raise RuntimeError("oidc-provider did not start")
        yield RunningProvider(json.loads(line)["issuer"], mode, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


@dataclass
class _Form:
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)
    element_id: str | None = None


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[_Form] = []
        self._open: _Form | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._open = _Form(a.get("action", ""), a.get("method", "get").lower())
            self._open.element_id = a.get("id")
            self.forms.append(self._open)
        elif a.get("name") and (tag == "input" or (tag == "button" and "autofocus" in a)):
            # The autofocused button is the one a person would press (sign-out's "Yes").
            target = self._owner(a.get("form"))
            if target is not None:
                target.fields.setdefault(a["name"], a.get("value", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._open = None

    def _owner(self, form_id: str | None) -> _Form | None:
        if form_id:
            return next((f for f in self.forms if f.element_id == form_id), None)
        return self._open


class UserAgent:
    """The volunteer's browser, scripted. `open` is what the console calls (sync, on its loop)."""

    def __init__(self, login: str = "volunteer", tamper_state: bool = False) -> None:
        self.login = login
        self.tamper_state = tamper_state
        self.http = httpx.AsyncClient(follow_redirects=False, trust_env=False, timeout=10)
        self.visits: list[asyncio.Task[str]] = []
        self.pages: list[str] = []  # each page's <title>-ish text, for asserting the journey

    def open(self, url: str) -> None:
        self.visits.append(asyncio.get_running_loop().create_task(self.visit(url)))

    async def finished(self) -> list[str]:
        return [await task for task in self.visits]

    async def close(self) -> None:
        for task in self.visits:
            task.cancel()
        await asyncio.gather(*self.visits, return_exceptions=True)
        await self.http.aclose()

    async def visit(self, url: str) -> str:
        """Follow the journey; returns where it ended ('callback', 'signed out', 'login')."""
        method, data = "GET", None
        for _ in range(20):
            if _is_console_callback(url):
                await self.http.get(self._maybe_tampered(url))
                return "callback"
            response = await self.http.request(method, url, data=data)
            if response.is_redirect:
                url, method, data = urljoin(url, response.headers["location"]), "GET", None
                continue
            page = response.text
            if "Sign-out Success" in page:
                return "signed out"
            parser = _Forms()
            parser.feed(page)
            if response.status_code != 200 or not parser.forms:
                raise AssertionError(f"the provider answered {response.status_code}: {page[:300]}")
            form = parser.forms[0]
            if "login" in form.fields:
                form.fields.update({"login": self.login, "password": "interop"})
            url, method, data = urljoin(url, form.action), form.method.upper(), form.fields
        raise AssertionError("too many steps")

    def _maybe_tampered(self, url: str) -> str:
        if not self.tamper_state:
            return url
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        query["state"] = "forged-" + query.get("state", "")
        return urlunsplit(parts._replace(query=urlencode(query)))


def _is_console_callback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.hostname == "127.0.0.1" and parts.path == "/callback"
