"""HTTPS: the server with ``--tls-cert/--tls-key`` and a certificate from a CA this test makes; the client verifies
it (``verify=`` a CA bundle path or an SSLContext) and refuses a server its CAs do not vouch for."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from mqclients import errors
from mqclients.queuemanager import AsyncQueueManager, QueueManager
from mqclients.queuemanager_api import models as m
from mqclients.servers.queuemanager import local
from mqclients.servers.queuemanager.local import LocalQueueManager, RawSession

USER, PASSWORD = "tls-user", "tls-password-1"


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_ca_and_server_cert(directory: Path) -> tuple[Path, Path, Path]:
    """A self-signed CA, and a certificate it signs for 127.0.0.1 and localhost: (ca.pem, cert.pem, key.pem)."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("mqclients test CA"))
        .issuer_name(_name("mqclients test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )  # key_cert_sign, crl_sign
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = directory / "ca.pem", directory / "cert.pem", directory / "key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    paths[2].chmod(0o600)
    return paths


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalQueueManager, Path]]:
    directory = tmp_path_factory.mktemp("qm-tls")
    ca, cert, key = make_ca_and_server_cert(directory)
    users = local.write_users(directory / "users.json", {USER: PASSWORD})
    context = ssl.create_default_context(cafile=str(ca))
    server = local.start(directory / "data", users, tls=(cert, key), verify=context)
    try:
        yield server, ca
    finally:
        local.stop(server)


def test_the_client_verifies_the_server_certificate(tls_server: tuple[LocalQueueManager, Path]) -> None:
    server, ca = tls_server
    assert server.url.startswith("https://")
    with QueueManager(server.url, username=USER, password=PASSWORD, heartbeat_interval=0, verify=str(ca)) as qm:
        qm.map_put(body=m.MapPutParams(map_="tls", key="k", value="over https"))
        assert qm.map_get(body=m.MapGetParams(map_="tls", key="k")).value == "over https"
    context = ssl.create_default_context(cafile=str(ca))
    with QueueManager(server.url, username=USER, password=PASSWORD, heartbeat_interval=0, verify=context) as qm:
        assert qm.map_get(body=m.MapGetParams(map_="tls", key="k")).value == "over https"
    # the system's CAs do not know the test's CA: the call fails with a typed error, before any login
    with (
        QueueManager(server.url, username=USER, password=PASSWORD, heartbeat_interval=0, max_retries=0) as qm,
        pytest.raises(errors.MQClientError) as refused,
    ):
        qm.map_get(body=m.MapGetParams(map_="tls", key="k"))
    assert isinstance(refused.value, errors.ConnectionError)  # the same call with verify= the CA works (above)
    assert qm.session.logins == 0


async def test_the_async_client_verifies_too(tls_server: tuple[LocalQueueManager, Path]) -> None:
    server, ca = tls_server
    async with AsyncQueueManager(
        server.url, username=USER, password=PASSWORD, heartbeat_interval=0, verify=str(ca)
    ) as qm:
        await qm.map_put(body=m.MapPutParams(map_="atls", key="k", value="v"))
        assert (await qm.map_get(body=m.MapGetParams(map_="atls", key="k"))).value == "v"


def test_plain_http_is_not_served_on_the_tls_port(tls_server: tuple[LocalQueueManager, Path]) -> None:
    server, _ = tls_server
    with RawSession(server.url.replace("https://", "http://"), timeout=5) as raw, pytest.raises(Exception):  # noqa: B017, PT011
        raw.http.get("/public-key").raise_for_status()
