"""TLS to the routing backend: only certificates the operating system trusts are accepted.

Certificates are made here (a CA, and leaves that are valid, expired, for another host, or
self-signed); the simulator is served over https by a TLS-terminating loopback proxy. "The OS
trust store" is OpenSSL's default store, pointed at a file with SSL_CERT_FILE (how a CA that
IT installed is found on Linux).
"""

import asyncio
import datetime as dt
import ipaddress
import ssl
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from console.core.api import fetch_meta
from console.core.errors import CoreError, ErrorKind
from console.core.transport import new_client
from console.simulator.server import SimulatorServer
from tests.faults.proxy import FaultProxy

NOW = dt.datetime.now(dt.UTC)


@dataclass
class Issued:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey


def issue(
    name: str,
    issuer: Issued | None,
    *,
    ca: bool = False,
    hosts: tuple[str, ...] = (),
    ips: tuple[str, ...] = (),
    valid: tuple[dt.datetime, dt.datetime] = (
        NOW - dt.timedelta(days=1),
        NOW + dt.timedelta(days=30),
    ),
) -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid[0])
        .not_valid_after(valid[1])
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    names: list[x509.GeneralName] = [x509.DNSName(h) for h in hosts]
    names += [x509.IPAddress(ipaddress.ip_address(i)) for i in ips]
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    if ca:
        usage = x509.KeyUsage(
            digital_signature=True,
            key_cert_sign=True,
            crl_sign=True,
            content_commitment=False,
            key_encipherment=False,
            data_encipherment=False,
            key_agreement=False,
            encipher_only=False,
            decipher_only=False,
        )
        builder = builder.add_extension(usage, critical=True)
    cert = builder.sign((issuer or Issued(None, key)).key, hashes.SHA256())  # type: ignore[arg-type]
    return Issued(cert, key)


def pem(issued: Issued) -> bytes:
    return issued.cert.public_bytes(serialization.Encoding.PEM)


def server_context(tmp_path: Path, leaf: Issued) -> ssl.SSLContext:
    cert_file, key_file = tmp_path / "server.pem", tmp_path / "server.key"
    cert_file.write_bytes(pem(leaf))
    key_file.write_bytes(
        leaf.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


@pytest.fixture
def authority(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Issued:
    """A CA that 'IT installed': the only one in the trust store for these tests."""
    ca = issue("Helpline test CA", None, ca=True)
    store = tmp_path / "os-trust-store.pem"
    store.write_bytes(pem(ca))
    monkeypatch.setenv("SSL_CERT_FILE", str(store))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "no-such-dir"))
    return ca


def connect(url: str) -> object:
    async def meta() -> object:
        async with new_client(url) as client:
            return await fetch_meta(client)

    return asyncio.run(meta())


def test_a_certificate_from_a_ca_in_the_os_store_is_accepted(
    authority: Issued, simulator: SimulatorServer, tmp_path: Path
) -> None:
    leaf = issue("routing", authority, ips=("127.0.0.1",))
    with FaultProxy(simulator.url, tls=server_context(tmp_path, leaf)) as proxy:
        assert proxy.url.startswith("https://")
        meta = connect(proxy.url)
    assert getattr(meta, "api_version", None)


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("expired", "expired"),
        ("wrong-host", "mismatch"),
        ("self-signed", "self-signed"),
        ("unknown-ca", "unable to get local issuer"),
    ],
)
def test_an_untrustworthy_certificate_is_refused_with_a_clear_reason(
    authority: Issued, simulator: SimulatorServer, tmp_path: Path, case: str, words: str
) -> None:
    past = (NOW - dt.timedelta(days=60), NOW - dt.timedelta(days=1))
    other_ca = issue("Somebody else's CA", None, ca=True)
    leaf = {
        "expired": lambda: issue("routing", authority, ips=("127.0.0.1",), valid=past),
        "wrong-host": lambda: issue("routing", authority, hosts=("routing.example.no",)),
        "self-signed": lambda: issue("routing", None, ips=("127.0.0.1",)),
        "unknown-ca": lambda: issue("routing", other_ca, ips=("127.0.0.1",)),
    }[case]()
    with (
        FaultProxy(simulator.url, tls=server_context(tmp_path, leaf)) as proxy,
        pytest.raises(CoreError) as refused,
    ):
        connect(proxy.url)
    assert refused.value.kind is ErrorKind.UNTRUSTED_CERTIFICATE
    assert words in str(refused.value)


def test_no_connection_is_not_mistaken_for_a_certificate_problem(authority: Issued) -> None:
    with pytest.raises(CoreError) as refused:
        connect("https://127.0.0.1:9")  # nothing listens on the discard port
    assert refused.value.kind is ErrorKind.OFFLINE


def test_plain_http_off_this_machine_is_refused_before_connecting() -> None:
    with pytest.raises(CoreError) as refused:
        new_client("http://routing.example.no")
    assert refused.value.kind is ErrorKind.INSECURE_BACKEND
