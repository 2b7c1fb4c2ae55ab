"""Users, passwords, the RSA key pair and session tokens.

- The users file is JSON: ``{"users": {"alice": "scrypt$16384$8$1$<salt>$<hash>"}}`` (base64 salt and hash;
  ``hashlib.scrypt`` with a random 16-byte salt). ``python -m servers.queuemanager --add-user NAME`` writes it.
- The key pair is RSA 3072, made on first start in the data directory (``private_key.pem``, mode 0600, and
  ``public_key.pem``). Clients encrypt the password with RSA-OAEP (SHA-256, MGF1-SHA-256, no label) and send it
  in base64.
- Sessions live in memory: a random token (``secrets.token_urlsafe``) per login, valid for the token TTL after the
  login or the last heart beat. A restart ends them all.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
KEY_BITS = 3072
PRIVATE_KEY_FILE = "private_key.pem"
PUBLIC_KEY_FILE = "public_key.pem"
OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


class UsersFileError(ValueError):
    """The users file is missing, unreadable or malformed."""


# -- passwords ---------------------------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    encoded = [base64.b64encode(part).decode("ascii") for part in (salt, digest)]
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${encoded[0]}${encoded[1]}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a ``hash_password`` string (constant time in the digest comparison)."""
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64, validate=True), base64.b64decode(digest_b64, validate=True)
        digest = hashlib.scrypt(
            password.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected), maxmem=2**26
        )
    except (ValueError, binascii.Error):
        return False
    return hmac.compare_digest(digest, expected)


# A hash to check unknown users against, so that a wrong username costs as much time as a wrong password.
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


# -- the users file ----------------------------------------------------------------------------------------------


def load_users(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsersFileError(f"{path}: users file not found (create it with --add-user)") from exc
    except (OSError, ValueError) as exc:
        raise UsersFileError(f"{path}: not a readable JSON users file: {exc}") from exc
    users = data.get("users") if isinstance(data, dict) else None
    if not isinstance(users, dict):
        raise UsersFileError(f'{path}: expected {{"users": {{"name": "scrypt$..."}}}}')
    for name, stored in users.items():
        if not USERNAME.match(name) or not isinstance(stored, str) or not stored.startswith("scrypt$"):
            raise UsersFileError(f"{path}: user {name!r}: bad name or password hash")
    return dict(users)


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, readable by its owner only."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def add_user(path: Path, username: str, password: str) -> None:
    """Add a user to the users file (or change their password), creating the file if needed."""
    if not USERNAME.match(username):
        raise UsersFileError(f"{username!r}: a username is 1 to 64 letters, digits, '_', '.', '@' or '-'")
    if not password:
        raise UsersFileError("the password is empty")
    users = load_users(path) if path.exists() else {}
    users[username] = hash_password(password)
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_private(path, json.dumps({"users": users}, indent=2, sort_keys=True) + "\n")


def create_default_users(path: Path, username: str = "admin") -> str:
    """Create a users file with one user and a random password; answer the password (to show once)."""
    password = secrets.token_urlsafe(18)
    add_user(path, username, password)
    return password


class Users:
    """The users file, re-read when it changes (users added while the server runs can log in)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._users = load_users(path)
        self._stamp = self._stat()

    def _stat(self) -> tuple[int, int] | None:
        try:
            info = self.path.stat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size

    def check(self, username: str, password: str) -> bool:
        stamp = self._stat()
        if stamp != self._stamp:
            with contextlib.suppress(UsersFileError):  # a file being rewritten: keep the users we have
                self._users = load_users(self.path)
                self._stamp = stamp
        stored = self._users.get(username)
        matched = verify_password(password, stored if stored is not None else _DUMMY_HASH)
        return matched and stored is not None


# -- the key pair ------------------------------------------------------------------------------------------------


def load_or_create_key(data_dir: Path) -> rsa.RSAPrivateKey:
    """The server's private key, made (RSA 3072) and saved on first start."""
    private_path = data_dir / PRIVATE_KEY_FILE
    if not private_path.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        _write_private(private_path, pem.decode("ascii"))
    os.chmod(private_path, 0o600)
    loaded = serialization.load_pem_private_key(private_path.read_bytes(), password=None)
    if not isinstance(loaded, rsa.RSAPrivateKey):
        raise ValueError(f"{private_path}: not an RSA private key")
    public_path = data_dir / PUBLIC_KEY_FILE
    public_pem = public_key_pem(loaded)
    if not public_path.exists() or public_path.read_bytes() != public_pem:
        public_path.write_bytes(public_pem)
    return loaded


def public_key_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def encrypt_password(public_pem: bytes, password: str) -> str:
    """What a client sends as ``qm.auth``'s ``password``: base64 of RSA-OAEP-SHA256 of the UTF-8 password."""
    public = serialization.load_pem_public_key(public_pem)
    if not isinstance(public, rsa.RSAPublicKey):
        raise ValueError("not an RSA public key")
    return base64.b64encode(public.encrypt(password.encode("utf-8"), OAEP)).decode("ascii")


def decrypt_password(key: rsa.RSAPrivateKey, encrypted: str) -> str | None:
    """The password a client encrypted, or ``None`` when it is not valid base64 of a ciphertext for this key."""
    try:
        return key.decrypt(base64.b64decode(encrypted, validate=True), OAEP).decode("utf-8")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None


# -- sessions ----------------------------------------------------------------------------------------------------


@dataclass
class _Session:
    username: str
    expires: float


class Sessions:
    """Session tokens in memory. Used from the event loop's thread only."""

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._clock = clock
        self._sessions: dict[str, _Session] = {}

    def open(self, username: str) -> str:
        token = secrets.token_urlsafe(32)
        self._sessions[token] = _Session(username, self._clock() + self.ttl)
        return token

    def user(self, token: str | None) -> str | None:
        """The user of a valid, unexpired token."""
        session = self._session(token)
        return None if session is None else session.username

    def renew(self, token: str | None) -> bool:
        """Start the token's lifetime again; false when it is not valid (any more)."""
        session = self._session(token)
        if session is None:
            return False
        session.expires = self._clock() + self.ttl
        return True

    def _session(self, token: str | None) -> _Session | None:
        if not token:
            return None
        session = self._sessions.get(token)
        if session is not None and session.expires <= self._clock():
            del self._sessions[token]
            return None
        return session

    def purge(self) -> int:
        now = self._clock()
        expired = [token for token, session in self._sessions.items() if session.expires <= now]
        for token in expired:
            del self._sessions[token]
        return len(expired)
