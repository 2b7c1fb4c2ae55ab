"""Users: the users file, password hashes, roles and grants.

The users file is JSON, written 0600 by ``mqclients-queuemanager --add-user``::

    {"users": {
        "ops":   {"password": "scrypt$16384$8$1$<salt>$<hash>", "role": "admin"},
        "app":   {"password": "scrypt$...", "role": "user", "queues": ["orders", "jobs.*"], "maps": ["app.*"]},
        "old":   "scrypt$..."
    }}

- ``admin`` may call every method on every queue and map (and manages the users file).
- ``user`` may use only the queues and maps it is granted: a grant is a name (``orders``), a prefix ending in
  ``*`` (``jobs.*``: every name starting with ``jobs.``), or ``*`` (every name). A user with no grants can only log
  in, heart-beat and log out.
- A bare hash string (the file format before roles) is a ``user`` with no grants: nothing is opened by accident.

Passwords: ``hashlib.scrypt`` (N=2^14, r=8, p=1, 16-byte random salt); unknown users are checked against a dummy
hash so that they cost as much time as a wrong password.
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
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
GRANT = re.compile(r"^(\*|[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}\*?)$")
ROLES = ("admin", "user")
Role = Literal["admin", "user"]

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


class UsersFileError(ValueError):
    """The users file is missing, unreadable or malformed, or a change to it is not valid."""


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


DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def _grant_matches(grant: str, name: str) -> bool:
    if grant.endswith("*"):
        return name.startswith(grant[:-1])
    return name == grant


@dataclass(frozen=True)
class Account:
    """One user of the users file."""

    name: str
    password_hash: str = field(repr=False)
    role: Role = "user"
    queues: tuple[str, ...] = ()
    maps: tuple[str, ...] = ()

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def may_use_queue(self, queue: str) -> bool:
        return self.is_admin or any(_grant_matches(grant, queue) for grant in self.queues)

    def may_use_map(self, name: str) -> bool:
        return self.is_admin or any(_grant_matches(grant, name) for grant in self.maps)

    def to_json(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"password": self.password_hash, "role": self.role}
        if self.queues:
            entry["queues"] = list(self.queues)
        if self.maps:
            entry["maps"] = list(self.maps)
        return entry


def _grants(path: Path, name: str, value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(g, str) and GRANT.match(g) for g in value):
        raise UsersFileError(f"{path}: user {name!r}: {what} must be a list of names, 'prefix*' or '*'")
    return tuple(value)


def _account(path: Path, name: Any, entry: Any) -> Account:
    if not isinstance(name, str) or not USERNAME.match(name):
        raise UsersFileError(f"{path}: {name!r} is not a valid username")
    if isinstance(entry, str):
        entry = {"password": entry}
    if not isinstance(entry, dict):
        raise UsersFileError(f"{path}: user {name!r}: expected an object with password, role, queues, maps")
    unknown = set(entry) - {"password", "role", "queues", "maps"}
    if unknown:
        raise UsersFileError(f"{path}: user {name!r}: unknown fields {sorted(unknown)}")
    stored, role = entry.get("password"), entry.get("role", "user")
    if not isinstance(stored, str) or not stored.startswith("scrypt$"):
        raise UsersFileError(f"{path}: user {name!r}: password must be a scrypt$ hash")
    if role not in ROLES:
        raise UsersFileError(f"{path}: user {name!r}: role must be one of {', '.join(ROLES)}")
    queues = _grants(path, name, entry.get("queues"), "queues")
    return Account(name, stored, role, queues, _grants(path, name, entry.get("maps"), "maps"))


def load_accounts(path: Path) -> dict[str, Account]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsersFileError(f"{path}: users file not found (create it with --add-user)") from exc
    except (OSError, ValueError) as exc:
        raise UsersFileError(f"{path}: not a readable JSON users file: {exc}") from exc
    users = data.get("users") if isinstance(data, dict) else None
    if not isinstance(users, dict):
        raise UsersFileError(f'{path}: expected {{"users": {{"name": {{"password": "scrypt$...", ...}}}}}}')
    return {name: _account(path, name, entry) for name, entry in users.items()}


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, readable by its owner only (0600)."""
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


def _save(path: Path, accounts: Iterable[Account]) -> None:
    data = {"users": {account.name: account.to_json() for account in accounts}}
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_private(path, json.dumps(data, indent=2, sort_keys=True) + "\n")


def updated_account(
    current: Account | None,
    username: str,
    password: str | None,
    *,
    role: Role | None = None,
    queues: Iterable[str] | None = None,
    maps: Iterable[str] | None = None,
) -> Account:
    """``current`` (None: a new user) with a new password (None keeps it), role, or grants (None keeps them)."""
    if not USERNAME.match(username):
        raise UsersFileError(f"{username!r}: a username is 1 to 64 letters, digits, '_', '.', '@' or '-'")
    if password is not None and not password:
        raise UsersFileError("the password is empty")
    if password is None and current is None:
        raise UsersFileError(f"{username!r}: a new user needs a password")
    grants = {
        "queues": tuple(queues) if queues is not None else None,
        "maps": tuple(maps) if maps is not None else None,
    }
    for what, value in grants.items():
        bad = [g for g in value or () if not GRANT.match(g)]
        if bad:
            raise UsersFileError(f"{what} grant {bad[0]!r}: a name, a prefix ending in '*', or '*'")
    return Account(
        username,
        hash_password(password) if password is not None else current.password_hash,  # type: ignore[union-attr]
        role or (current.role if current else "user"),
        grants["queues"] if grants["queues"] is not None else (current.queues if current else ()),
        grants["maps"] if grants["maps"] is not None else (current.maps if current else ()),
    )


def add_user(
    path: Path,
    username: str,
    password: str | None,
    *,
    role: Role | None = None,
    queues: Iterable[str] | None = None,
    maps: Iterable[str] | None = None,
) -> None:
    """Add a user to the users file or change one (see ``updated_account``)."""
    if not USERNAME.match(username):
        raise UsersFileError(f"{username!r}: a username is 1 to 64 letters, digits, '_', '.', '@' or '-'")
    accounts = load_accounts(path) if path.exists() else {}
    accounts[username] = updated_account(
        accounts.get(username), username, password, role=role, queues=queues, maps=maps
    )
    _save(path, accounts.values())


def remove_user(path: Path, username: str) -> None:
    accounts = load_accounts(path)
    if accounts.pop(username, None) is None:
        raise UsersFileError(f"{path}: no user {username!r}")
    _save(path, accounts.values())


def create_default_users(path: Path, username: str = "admin") -> str:
    """Create a users file with one admin and a random password; answer the password (to show once)."""
    password = secrets.token_urlsafe(18)
    add_user(path, username, password, role="admin")
    return password


class Accounts:
    """The users file, re-read when it changes: users added, removed or changed while the server runs count at
    once (a removed user's or a changed password's sessions end at their next call)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._accounts = load_accounts(path)
        self._stamp = self._stat()

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            info = self.path.stat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size, info.st_ino

    def get(self, username: str) -> Account | None:
        stamp = self._stat()
        if stamp != self._stamp:
            with self._lock, contextlib.suppress(UsersFileError):  # a file being rewritten: keep the users we have
                self._accounts = load_accounts(self.path)
                self._stamp = stamp
        return self._accounts.get(username)

    def check(self, username: str, password: str) -> Account | None:
        """The account when the password is right (as slow for an unknown user as for a wrong password)."""
        account = self.get(username)
        matched = verify_password(password, account.password_hash if account is not None else DUMMY_HASH)
        return account if matched else None
