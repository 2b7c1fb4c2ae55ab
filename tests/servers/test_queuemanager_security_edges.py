"""The queueManager server's security modules pinned at their edges, in process and with fake clocks: login back-off
and rate-limited logging (``limits``), session lifetimes and caps (``sessions``), challenge and payload windows
(``login``), and the users file, passwords and grants (``accounts``)."""

from __future__ import annotations

import base64
import json
import logging
import os
import stat
import struct
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from mqclients.servers.queuemanager import accounts as accounts_module
from mqclients.servers.queuemanager.accounts import (
    Account,
    Accounts,
    UsersFileError,
    add_user,
    create_default_users,
    hash_password,
    load_accounts,
    remove_user,
    updated_account,
    verify_password,
)
from mqclients.servers.queuemanager.limits import BackoffPolicy, LoginThrottle, RateLimitedLog
from mqclients.servers.queuemanager.login import (
    OAEP,
    Challenges,
    LoginPayload,
    LoginRefused,
    check_time,
    decrypt_login,
    encrypt_login,
    load_or_create_challenge_key,
    load_or_create_key,
    public_key_pem,
)
from mqclients.servers.queuemanager.sessions import MemorySessionBook, Session, Sessions, SharedSessionBook
from mqclients.servers.queuemanager.store import StoredSession

# A 2048-bit key keeps this module quick to import; the server's own key size is checked where it is made.
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
PUBLIC = public_key_pem(KEY)


class Clock:
    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# ---------------------------------------------------------------------------------------------------- back-off


@pytest.mark.parametrize(
    ("failures", "wait"), [(0, 0.0), (2, 0.0), (3, 1.5), (4, 3.0), (5, 6.0), (6, 10.0), (7, 10.0), (50, 10.0)]
)
def test_back_off_starts_after_the_free_failures_doubles_and_caps(failures: int, wait: float) -> None:
    assert BackoffPolicy(free=3, base=1.5, cap=10.0).wait_after(failures) == wait


def test_a_policy_is_an_immutable_value() -> None:
    policy = BackoffPolicy(free=3, base=1.0, cap=8.0)
    with pytest.raises(AttributeError):
        policy.free = 0  # type: ignore[misc]
    assert policy == BackoffPolicy(3, 1.0, 8.0)


def test_the_throttle_table_holds_fifty_thousand_keys_by_default() -> None:
    throttle = LoginThrottle({"addr": BackoffPolicy(1, 1.0, 60.0)}, clock=Clock())
    throttle.failed(f"addr:{n}" for n in range(50_000))
    assert throttle.wait(["addr:0"]) == 1.0
    throttle.failed(["addr:50000"])
    assert throttle.wait(["addr:0"]) == 0.0
    assert throttle.wait(["addr:1"]) == 1.0


def test_a_throttle_without_records_or_past_its_wait_lets_go() -> None:
    clock = Clock(100.0)
    throttle = LoginThrottle({"user": BackoffPolicy(1, 4.0, 60.0)}, clock=clock)
    assert throttle.wait([]) == 0.0
    assert throttle.wait(["user:a"]) == 0.0
    throttle.failed(["user:a"])
    assert throttle.wait(["user:a"]) == 4.0
    clock.now += 3.0
    assert throttle.wait(["user:a"]) == 1.0
    clock.now += 10.0  # long past: never a negative wait
    assert throttle.wait(["user:a"]) == 0.0


def test_each_key_prefix_uses_its_own_policy_and_the_longest_wait_counts() -> None:
    throttle = LoginThrottle({"user": BackoffPolicy(1, 2.0, 60.0), "addr": BackoffPolicy(1, 5.0, 60.0)}, clock=Clock())
    throttle.failed(["user:a", "addr:1.2.3.4"])
    assert throttle.wait(["user:a"]) == 2.0
    assert throttle.wait(["addr:1.2.3.4"]) == 5.0
    assert throttle.wait(["user:a", "addr:1.2.3.4"]) == 5.0
    throttle.succeeded("user:a")
    assert throttle.wait(["user:a"]) == 0.0
    assert throttle.wait(["addr:1.2.3.4"]) == 5.0  # a success clears only the key named
    throttle.succeeded("user:nobody")  # unknown keys are fine


def test_the_throttle_table_drops_the_least_recently_failed_key_first() -> None:
    throttle = LoginThrottle({"user": BackoffPolicy(1, 1.0, 60.0)}, max_keys=2, clock=Clock())
    throttle.failed(["user:a"])
    throttle.failed(["user:b"])
    throttle.failed(["user:a"])  # a failed again: now the most recent
    throttle.failed(["user:c"])  # over the bound: b goes
    assert throttle.wait(["user:b"]) == 0.0
    assert throttle.wait(["user:a"]) == 2.0
    assert throttle.wait(["user:c"]) == 1.0
    throttle.failed(["user:d", "user:e"])  # bounded after the call: the two oldest go
    assert [throttle.wait([f"user:{k}"]) > 0 for k in "acde"] == [False, False, True, True]


def test_rate_limited_log_says_how_many_lines_it_left_out(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock(1_000.0)  # not 0: the time since the last line is a difference
    log = RateLimitedLog(logging.getLogger("qm-test"), interval=10.0, clock=clock)
    with caplog.at_level(logging.WARNING, logger="qm-test"):
        assert log.warning("accept", "accept failed: %s", "EMFILE") is True
        clock.now = 1_005.0
        assert log.warning("accept", "accept failed: %s", "EMFILE") is False
        clock.now = 1_009.99
        assert log.warning("accept", "accept failed: %s", "EMFILE") is False
        assert log.warning("other", "another kind") is True  # kinds are limited each on its own
        clock.now = 1_010.0
        assert log.warning("accept", "accept failed: %s", "EMFILE") is True
        clock.now = 1_025.0
        assert log.warning("accept", "accept failed: %s", "EMFILE") is True
    assert [record.getMessage() for record in caplog.records] == [
        "accept failed: EMFILE",
        "another kind",
        "accept failed: EMFILE (2 more like it in the last 10 s)",
        "accept failed: EMFILE",
    ]


def test_loop_errors_are_one_rate_limited_line(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    log = RateLimitedLog(logging.getLogger("qm-test"), clock=clock)
    with caplog.at_level(logging.WARNING, logger="qm-test"):
        log.loop_exception_handler(None, {"message": "accept failed", "exception": OSError(24, "EMFILE")})
        log.loop_exception_handler(None, {"message": "accept failed", "exception": OSError(24, "EMFILE")})
        log.loop_exception_handler(None, {})
    assert [record.getMessage() for record in caplog.records] == [
        "accept failed: OSError(24, 'EMFILE')",
        "event loop error: None",
    ]
    assert all(record.exc_info is None for record in caplog.records)


# ---------------------------------------------------------------------------------------------------- sessions


def test_a_session_token_is_random_and_only_its_hash_is_kept() -> None:
    import hashlib

    sessions = Sessions(10, max_lifetime=100, clock=Clock())
    token, session = sessions.open("alice", "hash-1")
    other, _ = sessions.open("alice", "hash-1")
    assert token != other
    assert len(base64.urlsafe_b64decode(token + "=")) == 32
    assert session.digest == hashlib.sha256(token.encode()).digest()
    assert len(session.id) == 24
    assert token not in repr(session)
    assert "hash-1" not in repr(session)
    assert repr(session.digest) not in repr(session)
    assert repr(session) == f"Session(id='{session.id}', username='alice', created=0.0, expires=10.0)"
    assert (session.username, session.password_hash, session.created, session.expires) == ("alice", "hash-1", 0.0, 10)


@pytest.mark.parametrize("token", [None, "", "not-a-token"])
def test_no_session_for_a_missing_or_unknown_token(token: str | None) -> None:
    sessions = Sessions(10, max_lifetime=100, clock=Clock())
    sessions.open("alice", "h")
    assert sessions.find(token) is None
    assert len(sessions) == 1


def test_a_session_ends_exactly_at_its_idle_deadline() -> None:
    clock = Clock()
    sessions = Sessions(10, max_lifetime=100, clock=clock)
    token, session = sessions.open("alice", "h")
    clock.now = 9.999
    assert sessions.find(token) is session
    clock.now = 10.0
    assert sessions.find(token) is None
    assert len(sessions) == 0  # found expired: closed


def test_renewing_moves_the_idle_deadline_but_not_the_lifetime() -> None:
    clock = Clock()
    sessions = Sessions(10, max_lifetime=15, clock=clock)
    token, session = sessions.open("alice", "h")
    clock.now = 8.0
    sessions.renew(session)
    assert session.expires == 18.0
    clock.now = 14.999
    assert sessions.find(token) is session
    clock.now = 15.0
    assert sessions.find(token) is None


@pytest.mark.parametrize(("now", "left"), [(0.0, 10), (6.4, 4), (6.6, 3), (9.8, 1), (9.999, 1)])
def test_seconds_left_rounds_and_is_never_below_one(now: float, left: int) -> None:
    clock = Clock()
    sessions = Sessions(10, max_lifetime=100, clock=clock)
    _, session = sessions.open("alice", "h")
    clock.now = now
    assert sessions.seconds_left(session) == left


def test_seconds_left_counts_to_the_lifetime_when_it_comes_first() -> None:
    clock = Clock()
    sessions = Sessions(10, max_lifetime=4, clock=clock)
    _, session = sessions.open("alice", "h")
    assert sessions.seconds_left(session) == 4


def test_a_user_may_hold_exactly_max_per_user_sessions() -> None:
    sessions = Sessions(10, max_lifetime=100, max_per_user=2, max_total=100, clock=Clock())
    bob, _ = sessions.open("bob", "h")
    first, _ = sessions.open("alice", "h")
    second, _ = sessions.open("alice", "h")
    assert sessions.find(first) is not None
    assert sessions.find(second) is not None
    third, _ = sessions.open("alice", "h")
    assert [sessions.find(t) is not None for t in (first, second, third, bob)] == [False, True, True, True]


def test_the_server_holds_exactly_max_total_sessions() -> None:
    sessions = Sessions(10, max_lifetime=100, max_per_user=10, max_total=2, clock=Clock())
    first, _ = sessions.open("a", "h")
    second, _ = sessions.open("b", "h")
    assert len(sessions) == 2
    assert sessions.find(first) is not None
    third, _ = sessions.open("c", "h")
    assert len(sessions) == 2
    assert [sessions.find(t) is not None for t in (first, second, third)] == [False, True, True]


def test_purge_closes_exactly_the_sessions_at_or_past_their_end() -> None:
    clock = Clock()
    sessions = Sessions(10, max_lifetime=100, clock=clock)
    early, _ = sessions.open("a", "h")
    clock.now = 1.0
    late, _ = sessions.open("b", "h")
    clock.now = 10.0
    assert sessions.purge() == 1
    assert sessions.find(early) is None
    assert sessions.find(late) is not None
    assert sessions.purge() == 0


def test_closing_twice_is_harmless() -> None:
    sessions = Sessions(10, max_lifetime=100, clock=Clock())
    _, session = sessions.open("a", "h")
    sessions.close(session)
    sessions.close(session)
    assert len(sessions) == 0


async def test_the_memory_session_book_is_the_sessions_table() -> None:
    clock = Clock()
    sessions = Sessions(10, max_lifetime=100, clock=clock)
    book = MemorySessionBook(sessions)
    token, session = await book.open("alice", "h")
    assert await book.find(token) is session
    assert await book.find(None) is None
    clock.now = 6.0
    await book.renew(session)
    assert session.expires == 16.0
    assert book.seconds_left(session) == 10
    clock.now = 16.0
    await book.purge()
    assert len(sessions) == 0
    token, session = await book.open("bob", "h")
    await book.close(session)
    assert await book.find(token) is None


class FakeSharedStore:
    """Records the calls of a ``SharedSessionBook``; answers from a dict keyed by digest."""

    def __init__(self) -> None:
        self.rows: dict[bytes, StoredSession] = {}
        self.calls: list[tuple[str, Any]] = []

    def session_open(self, digest: bytes, session_id: str, username: str, password_hash: str, **limits: Any) -> float:
        self.calls.append(("open", limits))
        account = Account(username, password_hash)
        self.rows[digest] = StoredSession(digest, session_id, username, password_hash, 42.0, account)
        return 42.0

    def session_find(self, digest: bytes) -> StoredSession | None:
        return self.rows.get(digest)

    def session_renew(self, digest: bytes, ttl: float) -> float:
        self.calls.append(("renew", ttl))
        return ttl

    def session_close(self, digest: bytes) -> None:
        self.calls.append(("close", digest))
        self.rows.pop(digest, None)


async def _run(call: Any, *args: Any) -> Any:
    return call(*args)


async def test_the_shared_session_book_keeps_sessions_in_the_store() -> None:
    store = FakeSharedStore()
    book = SharedSessionBook(store, _run, 30.0, max_lifetime=600.0, max_per_user=7)  # type: ignore[arg-type]
    token, session = await book.open("alice", "h1")
    assert len(base64.urlsafe_b64decode(token + "=")) == 32  # 32 random bytes, as in memory
    assert len(session.id) == 24
    assert store.calls == [("open", {"ttl": 30.0, "max_lifetime": 600.0, "max_per_user": 7, "max_total": 100_000})]
    assert 41 <= book.seconds_left(session) <= 42
    found = await book.find(token)
    assert found is not None
    assert (found.id, found.username, found.password_hash) == (session.id, "alice", "h1")
    assert found.current_account == Account("alice", "h1")
    assert await book.find(None) is None
    assert await book.find("unknown") is None
    await book.renew(found)
    assert store.calls[-1] == ("renew", 30.0)
    assert 29 <= book.seconds_left(found) <= 30
    await book.purge()  # the store's sweep does this: nothing to call
    await book.close(found)
    assert await book.find(token) is None


async def test_the_shared_session_book_refuses_a_row_whose_digest_differs() -> None:
    store = FakeSharedStore()
    book = SharedSessionBook(store, _run, 30.0, max_lifetime=600.0, max_per_user=7)  # type: ignore[arg-type]
    token, session = await book.open("alice", "h1")
    row = store.rows[session.digest]
    store.rows[session.digest] = StoredSession(b"x" * 32, row.id, row.username, row.password_hash, 1.0, None)
    assert await book.find(token) is None


def test_seconds_left_of_a_shared_session_is_at_least_one() -> None:
    session = SharedSessionBook._session(b"d", "id", "u", "h", -5.0)
    book = SharedSessionBook(FakeSharedStore(), _run, 1.0, max_lifetime=1.0, max_per_user=1)  # type: ignore[arg-type]
    assert book.seconds_left(session) == 1
    assert isinstance(session, Session)


# ---------------------------------------------------------------------------------------------------- login


def _challenge_at(challenges: Challenges, issued: float) -> str:
    return challenges.issue(now=issued)


def test_a_challenge_is_good_from_five_seconds_before_its_issue_until_its_ttl() -> None:
    challenges = Challenges(b"k" * 32, ttl=60)
    text = _challenge_at(challenges, 1000.0)
    assert challenges.check(text, now=995.0).expires == 1060.0
    assert challenges.check(text, now=1059.999).expires == 1060.0
    for now in (994.999, 1060.0, 2000.0):
        with pytest.raises(LoginRefused, match="expired"):
            challenges.check(text, now=now)


def test_a_challenge_carries_its_issue_time_in_milliseconds_and_a_fresh_nonce() -> None:
    challenges = Challenges(b"k" * 32, ttl=60)
    raw = base64.urlsafe_b64decode(challenges.issue(now=1234.5678))
    assert len(raw) == 40
    assert struct.unpack(">Q", raw[:8])[0] == 1234567
    checked = challenges.check(base64.urlsafe_b64encode(raw).decode(), now=1240.0)
    assert checked.nonce == raw[8:24]
    assert checked.expires == pytest.approx(1294.567)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("!!!not base64!!!", "not valid base64"),
        (base64.urlsafe_b64encode(b"x" * 39).decode(), "not one this server issued"),
        (base64.urlsafe_b64encode(b"x" * 41).decode(), "not one this server issued"),
    ],
)
def test_a_malformed_challenge_is_refused(text: str, reason: str) -> None:
    with pytest.raises(LoginRefused, match=reason):
        Challenges(b"k" * 32).check(text, now=0.0)


def test_a_challenge_with_a_forged_mac_is_refused() -> None:
    challenges = Challenges(b"k" * 32, ttl=60)
    raw = bytearray(base64.urlsafe_b64decode(challenges.issue(now=1000.0)))
    raw[-1] ^= 0x80
    with pytest.raises(LoginRefused, match="not one this server issued"):
        challenges.check(base64.urlsafe_b64encode(bytes(raw)).decode(), now=1000.0)


def test_the_challenge_key_is_not_in_its_repr() -> None:
    assert "secret-key" not in repr(Challenges(b"secret-key" * 4))


@pytest.mark.parametrize(("now", "ok"), [(940.0, True), (1060.0, True), (939.999, False), (1060.001, False)])
def test_the_payload_time_window_is_inclusive(now: float, ok: bool) -> None:
    payload = LoginPayload("c", 1000.0, "pw")
    if ok:
        check_time(payload, 60, now=now)
    else:
        with pytest.raises(LoginRefused, match=r"more than 60 s away"):
            check_time(payload, 60, now=now)


def _encrypt(payload: object) -> str:
    plain = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return base64.b64encode(KEY.public_key().encrypt(plain, OAEP)).decode()


@pytest.mark.parametrize(
    "payload",
    [
        {"challenge": "c", "time": True, "password": "p"},
        {"challenge": "c", "time": 1.5, "password": "p"},
        {"challenge": 1, "time": 1, "password": "p"},
        {"challenge": "c", "time": 1, "password": None},
        {"challenge": "c", "time": 1},
        {"challenge": "c", "time": 1, "password": "p", "extra": 1},
        ["c", 1, "p"],
        b"\xff\xfe not utf-8",
    ],
)
def test_only_the_exact_payload_object_is_accepted(payload: object) -> None:
    with pytest.raises(LoginRefused, match="JSON object"):
        decrypt_login(KEY, _encrypt(payload))


def test_a_payload_for_another_key_does_not_decrypt() -> None:
    with pytest.raises(LoginRefused, match="does not decrypt"):
        decrypt_login(KEY, base64.b64encode(b"\x00" * 256).decode())


def test_the_login_payload_round_trips_through_the_reference_encoder() -> None:
    payload = decrypt_login(KEY, encrypt_login(PUBLIC, "pw", "chal", now=77.9))
    assert payload == LoginPayload("chal", 77.0, "pw")


def test_key_files_are_made_once_private_and_reloaded(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path)
    assert isinstance(key, rsa.RSAPrivateKey)
    assert key.key_size == 3072
    for name in ("private_key.pem", "public_key.pem"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600
    assert (tmp_path / "public_key.pem").read_bytes() == public_key_pem(key)
    (tmp_path / "public_key.pem").write_text("stale")
    again = load_or_create_key(tmp_path)
    assert public_key_pem(again) == public_key_pem(key)
    assert (tmp_path / "public_key.pem").read_bytes() == public_key_pem(key)  # rewritten from the private key
    challenge_key = load_or_create_challenge_key(tmp_path)
    assert len(challenge_key) == 32
    assert stat.S_IMODE(os.stat(tmp_path / "challenge.key").st_mode) == 0o600
    assert load_or_create_challenge_key(tmp_path) == challenge_key


# ---------------------------------------------------------------------------------------------------- accounts


HASH = hash_password("right")


def test_password_hashes_verify_only_the_right_password() -> None:
    scheme, n, r, p, salt, digest = HASH.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(digest)) == 32
    assert verify_password("right", HASH)
    assert not verify_password("wrong", HASH)
    assert hash_password("right") != HASH  # salted


@pytest.mark.parametrize(
    "stored",
    [HASH.replace("scrypt$", "bcrypt$", 1), "scrypt$1$2$3", "scrypt$16384$8$1$!!$!!", "", HASH + "$extra"],
    ids=["other-scheme", "too-few-fields", "not-base64", "empty", "extra-field"],  # HASH is random: stable ids
)
def test_malformed_hashes_never_verify(stored: str) -> None:
    assert not verify_password("right", stored)


def test_grants_match_names_prefixes_and_everything() -> None:
    user = Account("u", HASH, "user", ("*",), ())
    assert user.may_use_queue("anything")
    assert not user.may_use_map("anything")
    assert not user.is_admin
    assert Account("a", HASH, "admin").is_admin


def _write_users(path: Path, users: object) -> Path:
    path.write_text(json.dumps({"users": users}))
    return path


def test_a_bare_hash_is_a_user_without_grants(tmp_path: Path) -> None:
    accounts = load_accounts(_write_users(tmp_path / "u.json", {"old": HASH}))
    assert accounts == {"old": Account("old", HASH, "user", (), ())}


def test_a_full_entry_is_read_with_its_role_and_grants(tmp_path: Path) -> None:
    users = {"app": {"password": HASH, "role": "admin", "queues": ["orders", "jobs.*"], "maps": ["*"]}}
    assert load_accounts(_write_users(tmp_path / "u.json", users)) == {
        "app": Account("app", HASH, "admin", ("orders", "jobs.*"), ("*",))
    }


@pytest.mark.parametrize(
    ("users", "message"),
    [
        ({"bad name": HASH}, "'bad name' is not a valid username"),
        ({"x" * 65: HASH}, "is not a valid username"),
        ({"u": 5}, "user 'u': expected an object with password, role, queues, maps"),
        ({"u": {"password": HASH, "colour": "red"}}, "user 'u': unknown fields \\['colour'\\]"),
        ({"u": {"password": "plain"}}, "user 'u': password must be a scrypt\\$ hash"),
        ({"u": {"role": "user"}}, "password must be a scrypt"),
        ({"u": {"password": HASH, "role": "root"}}, "user 'u': role must be one of admin, user"),
        ({"u": {"password": HASH, "queues": "orders"}}, "user 'u': queues must be a list"),
        ({"u": {"password": HASH, "maps": ["a b"]}}, "user 'u': maps must be a list"),
        ({"u": {"password": HASH, "queues": ["*x"]}}, "queues must be a list"),
    ],
)
def test_a_malformed_users_file_names_the_user_and_the_rule(tmp_path: Path, users: object, message: str) -> None:
    with pytest.raises(UsersFileError, match=message):
        load_accounts(_write_users(tmp_path / "u.json", users))


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "users file not found"), ("{not json", "not a readable JSON users file"), ('{"users": []}', "expected")],
)
def test_an_unreadable_users_file_is_refused(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "u.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(UsersFileError, match=message):
        load_accounts(path)


def test_updated_account_keeps_what_is_not_given() -> None:
    current = Account("app", HASH, "admin", ("q",), ("m",))
    same = updated_account(current, "app", None)
    assert same == current
    regranted = updated_account(current, "app", None, queues=[], maps=["n.*"])
    assert (regranted.role, regranted.queues, regranted.maps, regranted.password_hash) == ("admin", (), ("n.*",), HASH)
    demoted = updated_account(current, "app", None, role="user")
    assert demoted.role == "user"
    new = updated_account(None, "fresh", "pw")
    assert (new.role, new.queues, new.maps) == ("user", (), ())
    assert verify_password("pw", new.password_hash)


@pytest.mark.parametrize(
    ("current", "username", "password", "grants", "message"),
    [
        (None, "bad name", "pw", {}, "a username is 1 to 64"),
        (None, "u", "", {}, "the password is empty"),
        (None, "u", None, {}, "a new user needs a password"),
        (None, "u", "pw", {"queues": ["ok", "not ok"]}, "queues grant 'not ok'"),
        (None, "u", "pw", {"maps": ["*x"]}, "maps grant '\\*x'"),
    ],
)
def test_updated_account_refuses_bad_changes(
    current: Account | None, username: str, password: str | None, grants: dict[str, list[str]], message: str
) -> None:
    with pytest.raises(UsersFileError, match=message):
        updated_account(current, username, password, **grants)  # type: ignore[arg-type]


def test_the_users_file_is_written_private_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "users.json"
    password = create_default_users(path, "root")
    assert len(password) == 24  # 18 random bytes, URL-safe base64
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    add_user(path, "app", "pw", queues=["orders"])
    loaded = load_accounts(path)
    assert loaded["root"].role == "admin"
    assert verify_password(password, loaded["root"].password_hash)
    assert loaded["app"].queues == ("orders",)
    assert json.loads(path.read_text())["users"]["app"] == {
        "password": loaded["app"].password_hash,
        "role": "user",
        "queues": ["orders"],
    }
    remove_user(path, "app")
    assert set(load_accounts(path)) == {"root"}
    with pytest.raises(UsersFileError, match="no user 'app'"):
        remove_user(path, "app")
    with pytest.raises(UsersFileError, match="a username is 1 to 64"):
        add_user(path, "", "pw")
    assert [p.name for p in path.parent.iterdir()] == ["users.json"]  # no temporary file left behind


def test_accounts_follow_the_users_file_and_keep_the_last_good_one(tmp_path: Path) -> None:
    path = tmp_path / "users.json"
    add_user(path, "app", "pw")
    accounts = Accounts(path)
    assert accounts.check("app", "pw") == accounts.get("app")
    assert accounts.check("app", "wrong") is None
    assert accounts.check("ghost", "pw") is None
    add_user(path, "other", "pw2")
    assert accounts.get("other") is not None  # a user added while running counts at once
    path.write_text("{broken")
    assert accounts.get("app") is not None  # a file being rewritten: the users we had
    path.write_text(json.dumps({"users": {"other": {"password": HASH}}}))
    assert accounts.get("app") is None  # a user removed while running is gone at once
    assert accounts.check("other", "right") == Account("other", HASH)


def test_an_unknown_user_costs_a_password_check(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "users.json"
    add_user(path, "app", "pw")
    checked: list[str] = []
    real = accounts_module.verify_password

    def spy(password: str, stored: str) -> bool:
        checked.append(stored)
        return real(password, stored)

    monkeypatch.setattr(accounts_module, "verify_password", spy)
    assert Accounts(path).check("ghost", "pw") is None
    assert checked == [accounts_module.DUMMY_HASH]


def test_an_ipv6_address_key_uses_the_address_policy() -> None:
    throttle = LoginThrottle({"user": BackoffPolicy(1, 1.0, 60.0), "addr": BackoffPolicy(1, 7.0, 60.0)}, clock=Clock())
    throttle.failed(["addr:::1"])
    assert throttle.wait(["addr:::1"]) == 7.0


def test_key_files_are_made_private_again_and_rebuilt_when_missing(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path)
    challenge_key = load_or_create_challenge_key(tmp_path)
    for name in ("private_key.pem", "challenge.key"):
        os.chmod(tmp_path / name, 0o644)
    (tmp_path / "public_key.pem").unlink()
    (tmp_path / "challenge.key").write_text(challenge_key.hex() + "\n")  # an editor's final newline is fine
    assert public_key_pem(load_or_create_key(tmp_path)) == public_key_pem(key)
    assert load_or_create_challenge_key(tmp_path) == challenge_key
    for name in ("private_key.pem", "public_key.pem", "challenge.key"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600, name


def test_a_private_key_file_that_is_not_rsa_is_refused(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    other = ec.generate_private_key(ec.SECP256R1())
    pem = other.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    (tmp_path / "private_key.pem").write_bytes(pem)
    with pytest.raises(ValueError, match="not an RSA private key"):
        load_or_create_key(tmp_path)
    public = other.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(ValueError, match="not an RSA public key"):
        encrypt_login(public, "pw", "c")


def test_a_challenge_in_another_spelling_is_refused() -> None:
    challenges = Challenges(b"k" * 32, ttl=60)
    text = challenges.issue(now=1000.0)
    for variant in (text + "=", text + "\n", text.replace("-", "+").replace("_", "/"), text + "\u00e9"):
        if variant == text:
            continue
        with pytest.raises(LoginRefused, match="base64"):
            challenges.check(variant, now=1000.0)


def test_the_wall_clock_is_the_default_everywhere() -> None:
    import time

    challenges = Challenges(b"k" * 32, ttl=60)
    checked = challenges.check(challenges.issue())
    assert time.time() < checked.expires <= time.time() + 60
    payload = decrypt_login(KEY, encrypt_login(PUBLIC, "pw", "c"))
    assert abs(payload.time - time.time()) < 5
    check_time(payload, 60)
    with pytest.raises(LoginRefused):
        check_time(LoginPayload("c", time.time() - 120, "pw"), 60)


@pytest.mark.parametrize(("content", "message"), [("[]", "expected"), ('"users"', "expected"), ("null", "expected")])
def test_a_users_file_that_is_not_an_object_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "u.json"
    path.write_text(content)
    with pytest.raises(UsersFileError, match=message):
        load_accounts(path)


def test_a_users_path_that_is_a_folder_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UsersFileError, match="not a readable JSON users file"):
        load_accounts(tmp_path)


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "users.json"
    add_user(path, "app", "pw")
    before = path.read_bytes()

    def broken_replace(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        add_user(path, "other", "pw")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["users.json"]


def test_the_users_folder_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "users.json"
    add_user(path, "app", "pw")
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700


def test_a_users_file_removed_while_running_keeps_the_users_we_had(tmp_path: Path) -> None:
    path = tmp_path / "users.json"
    add_user(path, "app", "pw")
    accounts = Accounts(path)
    path.unlink()
    assert accounts.get("app") is not None
    add_user(path, "other", "pw")  # and a new file is read again
    assert accounts.get("other") is not None
    assert accounts.get("app") is None


def test_a_user_below_the_cap_keeps_every_session() -> None:
    sessions = Sessions(10, max_lifetime=100, max_per_user=5, clock=Clock())
    tokens = [sessions.open("alice", "h")[0] for _ in range(4)]
    assert all(sessions.find(token) is not None for token in tokens)
    assert len(sessions) == 4


def test_a_user_holds_256_sessions_by_default() -> None:
    sessions = Sessions(10, max_lifetime=100, clock=Clock())
    tokens = [sessions.open("alice", "h")[0] for _ in range(256)]
    assert sessions.find(tokens[0]) is not None
    sessions.open("alice", "h")
    assert sessions.find(tokens[0]) is None
    assert sessions.find(tokens[1]) is not None
    assert len(sessions) == 256


def test_a_token_that_is_not_valid_unicode_finds_nothing() -> None:
    sessions = Sessions(10, max_lifetime=100, clock=Clock())
    sessions.open("alice", "h")
    assert sessions.find("\ud800") is None  # a lone surrogate from a JSON body: no session, no crash
