"""Sign-in redirects go to a loopback IP literal and nowhere else (RFC 8252)."""

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.simulator.identity import is_loopback_redirect
from console.simulator.server import SimulatorServer
from tests.simkit import pkce_pair

LOOPBACK = ["127.0.0.1", "[::1]"]
ELSEWHERE = [
    "evil.example",
    "localhost",
    "127.0.0.1.evil.example",
    "127.1",
    "2130706433",
    "0x7f.0.0.1",
    "[::ffff:127.0.0.1]",
    "127.0.0.2",
    "%31%32%37.0.0.1",
    "[::1%25eth0]",
    "",
]
USERINFO = ["", "127.0.0.1@", "evil.example\\@", "user@", "user:pw@", "[::1]@", "a%40b@"]
SCHEMES = ["http", "https", "ftp", "javascript", "file", "HTTP"]
segment = st.text(alphabet="abcxyz0123456789-._~/=&?%", max_size=12)


@st.composite
def crafted(draw: st.DrawFn) -> tuple[str, bool]:
    """A URL built from parts, and whether RFC 8252 lets us redirect there."""
    scheme = draw(st.sampled_from(SCHEMES))
    userinfo = draw(st.sampled_from(USERINFO))
    host = draw(st.sampled_from(LOOPBACK + ELSEWHERE))
    port = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=70_000)))
    path = "/" + draw(segment).lstrip("/?")
    fragment = draw(st.one_of(st.none(), segment))
    url = f"{scheme}://{userinfo}{host}{'' if port is None else f':{port}'}{path}"
    if fragment is not None:
        url += "#" + fragment
    allowed = (
        scheme.lower() == "http"
        and userinfo == ""
        and host in LOOPBACK
        and (port is None or 1 <= port <= 65535)
        and fragment is None
        and "#" not in path
    )
    return url, allowed


@given(crafted())
def test_only_loopback_literals_without_userinfo_are_accepted(case: tuple[str, bool]) -> None:
    url, allowed = case
    assert is_loopback_redirect(url) is allowed, url


@given(st.text(max_size=80))
def test_anything_accepted_points_at_loopback_for_an_independent_parser(text: str) -> None:
    candidates = [text, f"http://127.0.0.1{text}", f"http://{text}", f"http://[::1]:8{text}"]
    for url in candidates:
        if is_loopback_redirect(url):
            parsed = httpx.URL(url)
            assert parsed.scheme == "http" and parsed.userinfo == b"", url
            assert parsed.host in {"127.0.0.1", "::1"}, url


@pytest.mark.parametrize(
    "uri",
    [
        "http://127.0.0.1@evil.example/cb",
        "http://127.0.0.1:80@evil.example/cb",
        "http://127.0.0.1\\@evil.example/cb",
        "http://evil.example\\@127.0.0.1/cb",  # a browser reads the backslash as a slash
        "http://evil.example@127.0.0.1/cb",
        "http://localhost:5000/cb",
        "https://127.0.0.1/cb",
    ],
)
def test_the_authorize_endpoint_never_redirects_elsewhere(
    simulator: SimulatorServer, uri: str
) -> None:
    _verifier, challenge = pkce_pair()
    params = {
        "response_type": "code",
        "client_id": "helpline-console",
        "redirect_uri": uri,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "state": "s",
        "login_hint": "demo-volunteer",
    }
    with httpx.Client(base_url=simulator.url) as client:
        answer = client.get("/oauth/authorize", params=params)
    assert answer.status_code == 400 and "location" not in answer.headers
    assert answer.json()["error"] == "invalid_request"
