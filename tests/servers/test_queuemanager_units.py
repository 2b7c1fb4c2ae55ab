"""The queueManager server's security pieces on their own, with fake clocks: challenges, login payloads, sessions,
back-off, grants; and the client's message when the login extra is missing. No server process."""

from __future__ import annotations

import base64
import json
import sys

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from mqclients import errors
from mqclients.servers.queuemanager.accounts import Account
from mqclients.servers.queuemanager.limits import BackoffPolicy, LoginThrottle
from mqclients.servers.queuemanager.login import (
    OAEP,
    Challenges,
    LoginRefused,
    check_time,
    decrypt_login,
    encrypt_login,
)
from mqclients.servers.queuemanager.sessions import Sessions

KEY = rsa.generate_private_key(public_exponent=65537, key_size=3072)
PUBLIC = KEY.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def test_challenges_are_bound_to_the_key_and_expire() -> None:
    challenges = Challenges(b"k" * 32, ttl=60)
    text = challenges.issue(now=1000.0)
    checked = challenges.check(text, now=1010.0)
    assert checked.expires == 1060.0
    assert challenges.check(challenges.issue(now=1000.0), now=1000.0).nonce != checked.nonce
    with pytest.raises(LoginRefused, match="expired"):
        challenges.check(text, now=1060.0)
    with pytest.raises(LoginRefused, match="not one this server issued"):
        Challenges(b"x" * 32, ttl=60).check(text, now=1010.0)
    raw = bytearray(base64.urlsafe_b64decode(text))
    raw[10] ^= 1  # a changed nonce breaks the MAC
    with pytest.raises(LoginRefused, match="not one this server issued"):
        challenges.check(base64.urlsafe_b64encode(bytes(raw)).decode(), now=1010.0)


def test_login_payloads_decrypt_only_in_their_canonical_spelling() -> None:
    encrypted = encrypt_login(PUBLIC, "pässword", "the-challenge", now=5000.0)
    payload = decrypt_login(KEY, encrypted)
    assert (payload.challenge, payload.time, payload.password) == ("the-challenge", 5000.0, "pässword")
    assert "pässword" not in repr(payload)
    for variant in (encrypted + "==", encrypted + "\n", " " + encrypted):
        with pytest.raises(LoginRefused, match="base64"):
            decrypt_login(KEY, variant)
    check_time(payload, 60, now=5059.0)
    with pytest.raises(LoginRefused, match="clock"):
        check_time(payload, 60, now=5061.0)
    public = KEY.public_key()
    for plain in (b"just the password", json.dumps({"challenge": "c", "time": "1", "password": "p"}).encode()):
        with pytest.raises(LoginRefused, match="JSON object"):
            decrypt_login(KEY, base64.b64encode(public.encrypt(plain, OAEP)).decode())


def test_sessions_have_a_maximum_lifetime_and_bounded_numbers() -> None:
    now = [0.0]
    sessions = Sessions(10, max_lifetime=25, max_per_user=2, max_total=3, clock=lambda: now[0])
    first, _ = sessions.open("alice", "h")
    second, _ = sessions.open("alice", "h")
    third, _ = sessions.open("alice", "h")  # alice's oldest session makes room
    assert sessions.find(first) is None
    assert sessions.find(second) is not None
    bob, _ = sessions.open("bob", "h")
    carol, _ = sessions.open("carol", "h")  # the oldest on the server makes room
    assert len(sessions) == 3
    assert sessions.find(second) is None
    kept = sessions.find(third)
    assert kept is not None
    for _ in range(3):  # heart beats every 8 s keep it past its idle lifetime, not past 25 s
        now[0] += 8
        assert sessions.find(third) is kept
        sessions.renew(kept)
    assert sessions.seconds_left(kept) == 1
    now[0] += 1
    assert sessions.find(third) is None
    assert sessions.purge() == 2  # bob's and carol's, idle for more than 10 s
    assert (sessions.find(bob), sessions.find(carol)) == (None, None)


def test_back_off_doubles_per_user_and_per_address() -> None:
    now = [0.0]
    throttle = LoginThrottle(
        {"user": BackoffPolicy(3, 1.0, 8.0), "addr": BackoffPolicy(5, 1.0, 8.0)}, max_keys=100, clock=lambda: now[0]
    )
    alice = ["user:alice", "addr:10.0.0.1"]
    waits = []
    for _ in range(8):
        now[0] += throttle.wait(alice)  # each attempt when it is allowed
        throttle.failed(alice)
        waits.append(throttle.wait(alice))
    # the user's policy until the address's takes over (after 5 failures), both capped at 8 s
    assert waits == [0.0, 0.0, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert throttle.wait(["user:bob", "addr:10.0.0.2"]) == 0.0
    assert throttle.wait(["user:bob", "addr:10.0.0.1"]) == 8.0  # a guessing address waits for every user
    throttle.succeeded("user:alice")
    assert throttle.wait(["user:alice", "addr:10.0.0.2"]) == 0.0
    for n in range(200):  # the table stays bounded
        throttle.failed([f"user:u{n}"])
    assert len(throttle._records) == 100


def test_grants_by_name_prefix_and_role() -> None:
    user = Account("carol", "scrypt$x", "user", ("jobs.*", "orders"), ("cfg",))
    assert user.may_use_queue("jobs.a") and user.may_use_queue("orders")  # noqa: PT018
    assert not user.may_use_queue("jobs") and not user.may_use_queue("orders2")  # noqa: PT018
    assert user.may_use_map("cfg") and not user.may_use_map("cfg.x")  # noqa: PT018
    admin = Account("root", "scrypt$x", "admin")
    assert admin.may_use_queue("anything") and admin.may_use_map("anything")  # noqa: PT018
    assert "scrypt" not in repr(user)


def test_a_client_without_the_login_extra_is_told_which_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from mqclients.queuemanager import encrypt_login as client_encrypt

    monkeypatch.setitem(sys.modules, "cryptography.hazmat.primitives", None)
    with pytest.raises(errors.MQClientError, match=r"pip install 'mqclients\[queuemanager\]'") as raised:
        client_encrypt(PUBLIC, "pw", "challenge")
    assert isinstance(raised.value.__cause__, ImportError)
