"""How the core reaches a backend: URL policy, TLS and the shared HTTP client settings."""

import ipaddress
import ssl
from urllib.parse import urlsplit

import httpx
import truststore

from console import __version__
from console.core.errors import CoreError, ErrorKind

USER_AGENT = f"HelplineConsole/{__version__} (+contract v1)"


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_backend_url(url: str) -> str:
    """Refuse, before any connection, what would expose a shift to the network.

    https is required for any backend that is not on this machine; there is deliberately no
    switch to allow plain http or to ignore certificate errors.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CoreError(ErrorKind.INSECURE_BACKEND, "backend URL must be http(s)://host[:port]")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise CoreError(
            ErrorKind.INSECURE_BACKEND, "plain http is allowed only for a backend on this machine"
        )
    return url.rstrip("/")


def tls_context() -> ssl.SSLContext:
    """The operating system's trust store, so corporate CAs installed by IT just work."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def connection_failure(error: httpx.TransportError, what: str) -> CoreError:
    """No connection, or a certificate the OS does not trust: said apart, never bypassed."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            reason = cause.verify_message or "not trusted"
            return CoreError(ErrorKind.UNTRUSTED_CERTIFICATE, f"{what}: certificate {reason}")
        cause = cause.__cause__ or cause.__context__
    return CoreError(ErrorKind.OFFLINE, f"{what}: no connection")


def timeouts(read_s: float = 15.0) -> httpx.Timeout:
    return httpx.Timeout(connect=5.0, read=read_s, write=10.0, pool=5.0)


def new_client(base_url: str, read_timeout_s: float = 15.0) -> httpx.AsyncClient:
    base = check_backend_url(base_url)
    return httpx.AsyncClient(
        base_url=base,
        timeout=timeouts(read_timeout_s),
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        verify=tls_context(),
        follow_redirects=False,
        trust_env=False,  # no proxy or certificate overrides from the environment
    )
