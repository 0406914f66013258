"""Which host addresses WebRTC offers as ICE candidates.

aioice (under aiortc) gathers host candidates from every interface except loopback, and has no
option for it. On a loopback-only set-up (tests, the demo with its embedded simulator) both ends
must offer 127.0.0.1 and nothing else, so no packet ever leaves the machine. `loopback_only()`
swaps aioice's address lister for one that answers 127.0.0.1; it is process-wide (aioice reads
a module global) and idempotent. STUN/TURN are never configured on such a set-up (iceServers
empty), so no server-reflexive or relayed candidate exists either.
"""

import ipaddress
from typing import Any
from urllib.parse import urlsplit

LOOPBACK = "127.0.0.1"
_original: list[Any] = []  # aioice's own lister, once loaded


def _loopback_addresses(use_ipv4: bool, use_ipv6: bool) -> list[str]:
    return [LOOPBACK] if use_ipv4 else []


def loopback_only() -> None:
    import aioice.ice  # noqa: PLC0415 - WebRTC loads only when voice is used

    if not _original:
        _original.append(aioice.ice.get_host_addresses)
    aioice.ice.get_host_addresses = _loopback_addresses


def all_interfaces() -> None:
    import aioice.ice  # noqa: PLC0415

    if _original:
        aioice.ice.get_host_addresses = _original[0]


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def candidate_addresses(sdp: str) -> list[str]:
    """The connection addresses of the `a=candidate` lines of an SDP (for checks and tests)."""
    addresses = []
    for line in sdp.splitlines():
        if line.startswith("a=candidate:"):
            parts = line.split()
            if len(parts) > 4:
                addresses.append(parts[4])
    return addresses


# What aiortc's SDP parsing raises on text it cannot use: its parser asserts (AssertionError),
# indexes and converts without checks. Callers refuse such a description with these.
SDP_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    AttributeError,
    KeyError,
    IndexError,
    TypeError,
    AssertionError,
)
