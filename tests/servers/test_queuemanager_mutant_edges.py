"""Promises of the queueManager server's users file, password hashes, login format and SQLite settings that
``make mutation`` found unpinned: the hash's salt and digest sizes, strict base64 and the scrypt memory bound in
stored hashes, a users file written durably (flushed, then fsynced) in a stable layout, input checked before any
file is read, the users file re-read only when it changes, the exact login payload bytes, and the SQLite pragmas
that make a returned call durable and a busy database wait instead of failing."""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from mqclients.servers.queuemanager import accounts as accounts_module
from mqclients.servers.queuemanager.accounts import (
    Account,
    Accounts,
    UsersFileError,
    add_user,
    hash_password,
    load_accounts,
    verify_password,
)
from mqclients.servers.queuemanager.limits import BackoffPolicy, RateLimitedLog
from mqclients.servers.queuemanager.login import (
    OAEP,
    Challenges,
    LoginPayload,
    LoginRefused,
    decrypt_login,
    encrypt_login,
    public_key_pem,
)
from mqclients.servers.queuemanager.sessions import Session, Sessions
from mqclients.servers.queuemanager.sqlite_store import SQLiteStore
from mqclients.servers.queuemanager.store import Delivered, StoredSession, Taker

# ---------------------------------------------------------------------------------------------------- passwords


def test_a_new_hash_has_a_16_byte_salt_and_a_32_byte_digest() -> None:
    scheme, n, r, p, salt, digest = hash_password("pw").split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt, validate=True)) == 16
    assert len(base64.b64decode(digest, validate=True)) == 32


@pytest.mark.parametrize("part", [4, 5], ids=["salt", "digest"])
def test_a_stored_hash_with_characters_outside_base64_never_verifies(part: int) -> None:
    pieces = hash_password("pw").split("$")
    assert verify_password("pw", "$".join(pieces))
    pieces[part] = pieces[part][:4] + "*" + pieces[part][4:]  # lenient base64 would skip the '*' and still match
    assert not verify_password("pw", "$".join(pieces))


# scrypt of "pw" with N=2^16, r=8, p=1 (64 MiB of memory): a users file may not make a login that costly.
COSTLY_HASH = "scrypt$65536$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$9Wy5xe4ls8cUnRfT4XsqX0yb6Mcu2+Tdoo8FwiSL9eo="


def test_a_stored_hash_needing_64_mib_or_more_is_refused_without_computing_it() -> None:
    assert not verify_password("pw", COSTLY_HASH)


# ---------------------------------------------------------------------------------------------------- users file


def test_the_users_file_is_on_disk_whole_when_it_is_fsynced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes_at_fsync: list[int] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        sizes_at_fsync.append(os.fstat(fd).st_size)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    path = tmp_path / "users.json"
    add_user(path, "app", "pw")
    assert sizes_at_fsync == [path.stat().st_size]
    assert sizes_at_fsync[0] > 0


def test_the_users_file_is_sorted_with_two_space_indents(tmp_path: Path) -> None:
    path = tmp_path / "users.json"
    add_user(path, "zed", "pw", queues=["q"])
    add_user(path, "amy", "pw", role="admin")
    users = load_accounts(path)
    expected = {"users": {"amy": users["amy"].to_json(), "zed": users["zed"].to_json()}}
    assert path.read_text() == json.dumps(expected, indent=2, sort_keys=True) + "\n"
    assert path.read_text().splitlines()[1] == '  "users": {'
    assert list(json.loads(path.read_text())["users"]) == ["amy", "zed"]


def test_the_users_file_may_be_several_new_folders_deep(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "users.json"
    add_user(path, "app", "pw")
    assert set(load_accounts(path)) == {"app"}


def test_a_bad_username_is_refused_before_the_users_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "users.json"
    path.write_text("{broken")
    with pytest.raises(UsersFileError, match="a username is 1 to 64"):
        add_user(path, "no spaces", "pw")


def test_the_users_file_is_read_again_only_when_it_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "users.json"
    add_user(path, "app", "pw")
    accounts = Accounts(path)
    loads: list[Path] = []
    real_load = accounts_module.load_accounts

    def counting(where: Path) -> dict[str, Account]:
        loads.append(where)
        return real_load(where)

    monkeypatch.setattr(accounts_module, "load_accounts", counting)
    for _ in range(3):
        assert accounts.get("app") is not None
    assert loads == []
    add_user(path, "other", "pw")  # (reads the file itself)
    loads.clear()
    for _ in range(3):
        assert accounts.get("other") is not None
    assert loads == [path]


# ---------------------------------------------------------------------------------------------------- login

KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_the_login_payload_is_compact_utf8_json() -> None:
    encrypted = encrypt_login(public_key_pem(KEY), "pässwörd", "chal", now=1_700_000_000.9)
    plain = KEY.decrypt(base64.b64decode(encrypted, validate=True), OAEP)
    assert plain == '{"challenge":"chal","time":1700000000,"password":"pässwörd"}'.encode()
    assert decrypt_login(KEY, encrypted).password == "pässwörd"


def test_an_encrypted_password_outside_the_base64_alphabet_says_so() -> None:
    encrypted = encrypt_login(public_key_pem(KEY), "pw", "chal")
    with pytest.raises(LoginRefused, match="not valid base64"):
        decrypt_login(KEY, encrypted[:8] + "*" + encrypted[8:])


# ---------------------------------------------------------------------------------------------------- SQLite


def test_the_sqlite_store_syncs_every_commit_and_waits_for_a_busy_database(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "qm.db", ack_deadline=1.0)
    store.open()
    try:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: a returned commit is on disk
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    finally:
        store.close()


# ---------------------------------------------------------------------------------------------------- values


def test_the_store_values_are_immutable_and_a_stored_session_hides_its_secrets() -> None:
    account = Account("alice", "scrypt$secret-hash")
    stored = StoredSession(b"secret-digest", "sid", "alice", "scrypt$secret-hash", 5.0, account)
    for value, attribute in ((Delivered(1, "e"), "element"), (Taker("u", "s"), "user"), (stored, "username")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, attribute, "other")
    assert "secret" not in repr(stored)
    assert repr(stored).startswith("StoredSession(id='sid', username='alice', seconds_left=5.0")


def test_accounts_and_login_payloads_are_immutable_and_hide_their_secrets() -> None:
    account = Account("alice", "scrypt$secret-hash")
    payload = LoginPayload("chal", 1.0, "secret-password")
    for value, attribute in ((account, "role"), (payload, "password"), (BackoffPolicy(1, 1.0, 2.0), "free")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, attribute, "other")
    assert "secret" not in repr(account)
    assert "secret" not in repr(payload)


def test_a_session_repr_shows_neither_its_digest_nor_its_hash_nor_its_account() -> None:
    session = Session(b"secret-digest", "sid", "alice", "scrypt$secret-hash", 0.0, 1.0, Account("alice", "x"))
    assert repr(session) == "Session(id='sid', username='alice', created=0.0, expires=1.0)"


def test_the_documented_defaults(tmp_path: Path) -> None:
    sessions = Sessions(10, max_lifetime=100)
    assert (sessions.max_per_user, sessions.max_total) == (256, 10_000)
    assert SQLiteStore(tmp_path / "qm.db", ack_deadline=1.0).max_in_flight == 100_000
    assert Challenges(b"k" * 32).ttl == 60.0


def test_rate_limited_lines_are_ten_seconds_apart_by_default(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    log = RateLimitedLog(logging.getLogger("qm-mutants"), clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="qm-mutants"):
        assert log.warning("k", "first")
        now[0] = 9.99
        assert not log.warning("k", "second")
        now[0] = 10.0
        assert log.warning("k", "third")
    assert [r.getMessage() for r in caplog.records] == ["first", "third (1 more like it in the last 10 s)"]


def test_a_challenge_is_8_time_bytes_16_nonce_bytes_and_a_16_byte_mac() -> None:
    raw = base64.urlsafe_b64decode(Challenges(b"k" * 32).issue(now=1000.0))
    assert len(raw) == 40
    checked = Challenges(b"k" * 32).check(base64.urlsafe_b64encode(raw).decode(), now=1000.0)
    assert checked.nonce == raw[8:24]
    with pytest.raises(dataclasses.FrozenInstanceError):
        checked.nonce = b"other"  # type: ignore[misc]
