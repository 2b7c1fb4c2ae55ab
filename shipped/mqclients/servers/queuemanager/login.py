"""Replay-proof logins: the RSA key pair, single-use login challenges and the encrypted login payload.

A login is two steps:

1. ``GET /login-challenge`` answers ``{"challenge": "...", "expires_in": 60, "public_key": "<PEM>"}``. A challenge
   is ``base64url(issued_at[8] || nonce[16] || HMAC-SHA256(challenge key, issued_at || nonce)[:16])``: the server
   keeps nothing per challenge until it is used, so asking for challenges costs no memory.
2. ``qm.auth`` sends ``password = base64(RSA-OAEP-SHA256(public key, payload))`` where ``payload`` is the UTF-8 JSON
   object ``{"challenge": "<as served>", "time": <Unix seconds>, "password": "<the password>"}``.

The server decodes the base64 strictly (the canonical spelling only: no extra padding, no whitespace), decrypts,
checks the challenge's MAC and age (``--challenge-ttl``) and the payload's time (within the same window of the
server's clock), then records the nonce as used in the store, which refuses a second use. Records outlive a restart
(they are in the database) and are forgotten once the challenge has expired, when its age refuses it anyway. So a
captured ``qm.auth`` request logs in at most once, before the real client's own use of it or instead of it, and
never after.

The key pair is RSA 3072 (``private_key.pem``, ``public_key.pem``) and the challenge key 32 random bytes
(``challenge.key``), made on first start in the data directory, all 0600.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .accounts import write_private

KEY_BITS = 3072
PRIVATE_KEY_FILE = "private_key.pem"
PUBLIC_KEY_FILE = "public_key.pem"
CHALLENGE_KEY_FILE = "challenge.key"
OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
# RSA-3072 with OAEP-SHA256 encrypts at most 384 - 2*32 - 2 = 318 bytes; the rest of the payload takes < 110.
MAX_PASSWORD_BYTES = 200
_NONCE_BYTES, _MAC_BYTES = 16, 16


class LoginRefused(Exception):
    """A login payload that cannot be used; its message says why, without any secret."""


def load_or_create_key(data_dir: Path) -> rsa.RSAPrivateKey:
    """The server's private key, made (RSA 3072) and saved on first start."""
    private_path = data_dir / PRIVATE_KEY_FILE
    if not private_path.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        write_private(private_path, pem.decode("ascii"))
    os.chmod(private_path, 0o600)
    loaded = serialization.load_pem_private_key(private_path.read_bytes(), password=None)
    if not isinstance(loaded, rsa.RSAPrivateKey):
        raise ValueError(f"{private_path}: not an RSA private key")
    public_path = data_dir / PUBLIC_KEY_FILE
    public_pem = public_key_pem(loaded)
    if not public_path.exists() or public_path.read_bytes() != public_pem:
        write_private(public_path, public_pem.decode("ascii"))
    return loaded


def load_or_create_challenge_key(data_dir: Path) -> bytes:
    path = data_dir / CHALLENGE_KEY_FILE
    if not path.exists():
        write_private(path, secrets.token_hex(32))
    os.chmod(path, 0o600)
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


def public_key_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def _strict_b64decode(text: str, *, urlsafe: bool = False) -> bytes:
    """The bytes of canonical base64 only: a second spelling of the same bytes (padding, whitespace) is refused."""
    try:
        raw = base64.urlsafe_b64decode(text) if urlsafe else base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise LoginRefused("not valid base64") from None
    canonical = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
    if not hmac.compare_digest(canonical, text.encode("ascii", "replace")):
        raise LoginRefused("not canonical base64 (extra padding or characters)")
    return raw


@dataclass(frozen=True)
class Challenge:
    """A challenge that passed its checks: ``nonce`` to record as used, until ``expires`` (Unix time)."""

    nonce: bytes
    expires: float


@dataclass
class Challenges:
    """Issues and checks login challenges (stateless: a MAC with the challenge key, and the issue time)."""

    key: bytes = field(repr=False)
    ttl: float = 60.0

    def _mac(self, stamp_and_nonce: bytes) -> bytes:
        return hmac.new(self.key, stamp_and_nonce, hashlib.sha256).digest()[:_MAC_BYTES]

    def issue(self, now: float | None = None) -> str:
        issued = struct.pack(">Q", int((time.time() if now is None else now) * 1000))
        body = issued + secrets.token_bytes(_NONCE_BYTES)
        return base64.urlsafe_b64encode(body + self._mac(body)).decode("ascii")

    def check(self, text: str, now: float | None = None) -> Challenge:
        now = time.time() if now is None else now
        raw = _strict_b64decode(text, urlsafe=True)
        if len(raw) != 8 + _NONCE_BYTES + _MAC_BYTES:
            raise LoginRefused("the challenge is not one this server issued")
        body, mac = raw[: 8 + _NONCE_BYTES], raw[8 + _NONCE_BYTES :]
        if not hmac.compare_digest(mac, self._mac(body)):
            raise LoginRefused("the challenge is not one this server issued")
        issued = struct.unpack(">Q", body[:8])[0] / 1000
        if not issued - 5 <= now < issued + self.ttl:
            raise LoginRefused("the challenge has expired: fetch a new one from GET /login-challenge")
        return Challenge(body[8:], issued + self.ttl)


@dataclass(frozen=True)
class LoginPayload:
    challenge: str
    time: float
    password: str = field(repr=False)


def encrypt_login(public_pem: bytes, password: str, challenge: str, now: float | None = None) -> str:
    """What a client sends as ``qm.auth``'s ``password`` (the reference of the format; tests and helpers use it)."""
    public = serialization.load_pem_public_key(public_pem)
    if not isinstance(public, rsa.RSAPublicKey):
        raise ValueError("not an RSA public key")
    payload = {"challenge": challenge, "time": int(time.time() if now is None else now), "password": password}
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(public.encrypt(plain, OAEP)).decode("ascii")


def decrypt_login(key: rsa.RSAPrivateKey, encrypted: str) -> LoginPayload:
    """The payload a client encrypted for this key, or ``LoginRefused``."""
    try:
        plain = key.decrypt(_strict_b64decode(encrypted), OAEP)
    except ValueError:
        raise LoginRefused("the password does not decrypt with the server's key") from None
    try:
        data = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        data = None
    if not (
        isinstance(data, dict)
        and set(data) == {"challenge", "time", "password"}
        and isinstance(data["challenge"], str)
        and isinstance(data["time"], int)
        and not isinstance(data["time"], bool)
        and isinstance(data["password"], str)
    ):
        raise LoginRefused(
            'the decrypted payload must be the JSON object {"challenge": ..., "time": ..., "password": ...}'
        )
    return LoginPayload(data["challenge"], float(data["time"]), data["password"])


def check_time(payload: LoginPayload, window: float, now: float | None = None) -> None:
    now = time.time() if now is None else now
    if abs(now - payload.time) > window:
        raise LoginRefused(f"the payload's time is more than {window:g} s away from the server's clock")
