"""QueueManager client <-> the reference server over real HTTP, sync and async: every method, login with an
RSA-OAEP encrypted password, token expiry and re-login, heartbeats (and their stop on close), redelivery after a
missed ack deadline, the consumer helper, map paging, typed errors."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from mqclients import errors
from mqclients.queuemanager import AsyncQueueManager, QueueManager
from mqclients.queuemanager_api import models as m
from mqclients.servers.queuemanager.local import LocalQueueManager, running_queuemanager, write_users
from tests.support.async_driver import AsyncDriver
from tests.support.stores import StoreFor

USER, PASSWORD = "app", "correct horse battery staple"


@pytest.fixture(scope="module")
def qm_server(tmp_path_factory: pytest.TempPathFactory, store_for: StoreFor) -> Iterator[LocalQueueManager]:
    """The server, once with each store (``store_kind``)."""
    data = tmp_path_factory.mktemp("qm-data")
    users = write_users(data / "users.json", {USER: PASSWORD})
    with running_queuemanager(data, users, token_ttl=2, ack_deadline=1, store=store_for(data)) as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def make_qm(request: pytest.FixtureRequest, qm_server: LocalQueueManager) -> Iterator[Any]:
    """Clients of both kinds (the async one behind a sync driver), closed at the end."""
    import asyncio

    loop = asyncio.new_event_loop()
    made: list[Any] = []

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("username", USER)
        kwargs.setdefault("password", PASSWORD)
        kwargs.setdefault("heartbeat_interval", 0)
        if request.param == "sync":
            client: Any = QueueManager(qm_server.url, **kwargs)
            made.append(client)
            return client
        aclient = AsyncQueueManager(qm_server.url, **kwargs)
        made.append(aclient)
        return AsyncDriver(aclient, loop)

    yield make
    for client in made:
        if isinstance(client, AsyncQueueManager):
            loop.run_until_complete(client.aclose())
        else:
            client.close()
    loop.close()


def unique(prefix: str) -> str:
    return f"{prefix}-{time.monotonic_ns()}"


def test_every_queue_method(make_qm: Any) -> None:
    qm: QueueManager = make_qm()
    queue = unique("jobs")
    assert qm.new_queue(body=m.NewQueueParams(queue_name=queue)).code == 0
    with pytest.raises(errors.ConflictError):
        qm.new_queue(body=m.NewQueueParams(queue_name=queue))
    assert qm.is_empty(body=m.IsEmptyParams(queue_name=queue)).empty is True
    qm.add(body=m.AddParams(queue_name=queue, element="first"))
    qm.add_all(body=m.AddAllParams(queue_name=queue, elements=[f"e{i}" for i in range(5)]))
    assert qm.size(body=m.SizeParams(queue_name=queue)).size == 6

    polled = qm.poll(body=m.PollParams(queue_name=queue))
    assert polled is not None
    assert polled.element == "first"
    assert isinstance(polled.message_id, int)
    pulled = qm.pull_elements(body=m.PullElementsParams(queue_name=queue, number=3))
    assert pulled.element_info is not None
    assert [e.element for e in pulled.element_info] == ["e0", "e1", "e2"]
    assert qm.get_uncheck_num(body=m.GetUncheckNumParams(queue_name=queue)).ack_num == 4
    qm.ack(body=m.AckParams(message_id=polled.message_id, ack_type=0))
    for element in pulled.element_info:
        qm.ack(body=m.AckParams(message_id=element.message_id, ack_type=0))
    assert qm.get_uncheck_num(body=m.GetUncheckNumParams(queue_name=queue)).ack_num == 0
    with pytest.raises(errors.ConflictError):  # not empty, no force
        qm.destroy_queue(body=m.DestroyQueueParams(queue_name=queue))
    qm.destroy_queue(body=m.DestroyQueueParams(queue_name=queue, force=True))
    with pytest.raises(errors.NotFoundError):
        qm.size(body=m.SizeParams(queue_name=queue))


def test_an_empty_poll_is_none_and_bad_input_fails_before_io(make_qm: Any) -> None:
    qm: QueueManager = make_qm()
    queue = unique("empty")
    qm.new_queue(body=m.NewQueueParams(queue_name=queue))
    assert qm.poll(body=m.PollParams(queue_name=queue)) is None
    with pytest.raises(errors.ValidationError, match="number: must be at most 1000"):
        qm.pull_elements(body=m.PullElementsParams(queue_name=queue, number=5000))


def test_maps_and_map_paging(make_qm: Any) -> None:
    qm: QueueManager = make_qm()
    name = unique("config")
    qm.map_put(body=m.MapPutParams(map_=name, key="a", value="1"))
    assert qm.map_get(body=m.MapGetParams(map_=name, key="a")).value == "1"
    qm.map_batch_put(
        body=m.MapBatchPutParams.from_dict({"map": name, "list": {f"k{i:02d}": str(i) for i in range(25)}})
    )
    keys = [entry.key for entry in qm.map_get_list(body=m.MapGetListParams(map_=name, size=10))]
    assert keys == ["a", *[f"k{i:02d}" for i in range(25)]]  # three pages and an empty one, in key order
    pages = list(qm.map_get_list(body=m.MapGetListParams(map_=name, size=10)).by_page())
    assert [len(p.items) for p in pages] == [10, 10, 6]
    all_pairs = qm.map_get_all(body=m.MapGetAllParams(map_=name)).map_
    assert all_pairs is not None
    assert all_pairs.additional_properties["k07"] == "7"
    qm.map_remove(body=m.MapRemoveParams(map_=name, key="a"))
    assert qm.map_get(body=m.MapGetParams(map_=name, key="a")).value is None  # a missing key: no value
    qm.map_destroy(body=m.MapDestroyParams(map_=name))
    assert list(qm.map_get_list(body=m.MapGetListParams(map_=name))) == []


def test_wrong_password_is_an_authentication_error(make_qm: Any) -> None:
    qm: QueueManager = make_qm(password="wrong")
    with pytest.raises(errors.AuthenticationError):
        qm.size(body=m.SizeParams(queue_name="anything"))


def test_an_expired_token_logs_in_again_once(make_qm: Any) -> None:
    qm: QueueManager = make_qm()
    queue = unique("expiry")
    qm.new_queue(body=m.NewQueueParams(queue_name=queue))
    session = qm.session if isinstance(qm, QueueManager) else qm._client.session
    first = session.token
    time.sleep(2.5)  # the server's token lifetime is 2 s here
    assert qm.size(body=m.SizeParams(queue_name=queue)).size == 0
    assert session.token != first
    assert session.logins == 2


def test_heartbeats_keep_the_token_and_stop_on_close(qm_server: LocalQueueManager) -> None:
    queue = unique("beat")
    with QueueManager(qm_server.url, username=USER, password=PASSWORD, heartbeat_interval=0.5) as qm:
        qm.new_queue(body=m.NewQueueParams(queue_name=queue))
        time.sleep(3)  # longer than the token lifetime: only the heartbeats keep it alive
        qm.size(body=m.SizeParams(queue_name=queue))
        assert qm.session.logins == 1
        assert qm.heartbeat_running
    assert not qm.heartbeat_running


def test_heartbeats_never_log_in_themselves(qm_server: LocalQueueManager) -> None:
    """A heartbeat keeps a session alive; it does not open one (which raced the first call's own login)."""
    with QueueManager(qm_server.url, username=USER, password=PASSWORD, heartbeat_interval=0.2) as qm:
        time.sleep(1.0)  # five beats with no session yet
        assert qm.session.logins == 0
        assert qm.session.token is None
        qm.new_queue(queue_name=unique("beat-late"))
        assert qm.session.logins == 1


async def test_async_heartbeats_never_log_in_themselves(qm_server: LocalQueueManager) -> None:
    import asyncio

    queue = unique("abeat-late")
    async with AsyncQueueManager(qm_server.url, username=USER, password=PASSWORD, heartbeat_interval=0.2) as qm:
        await qm.new_queue(queue_name=queue)
        qm.session.token = None  # as after a failed re-login: the next call, not the heartbeat, logs in
        await asyncio.sleep(1.0)
        assert qm.session.logins == 1
        await qm.size(queue_name=queue)
        assert qm.session.logins == 2


async def test_async_heartbeat_task_stops_on_close(qm_server: LocalQueueManager) -> None:
    async with AsyncQueueManager(qm_server.url, username=USER, password=PASSWORD, heartbeat_interval=0.5) as qm:
        await qm.new_queue(body=m.NewQueueParams(queue_name=unique("abeat")))
        import asyncio

        await asyncio.sleep(3)
        assert qm.session.logins == 1
        assert qm.heartbeat_running
    assert not qm.heartbeat_running


def test_a_missed_ack_deadline_redelivers(make_qm: Any) -> None:
    qm: QueueManager = make_qm()
    queue = unique("redeliver")
    qm.new_queue(body=m.NewQueueParams(queue_name=queue))
    qm.add(body=m.AddParams(queue_name=queue, element="slow"))
    first = qm.poll(body=m.PollParams(queue_name=queue))
    assert first is not None
    assert qm.poll(body=m.PollParams(queue_name=queue)) is None  # invisible while in flight
    time.sleep(2.2)  # the ack deadline is 1 s here
    again = qm.poll(body=m.PollParams(queue_name=queue))
    assert again is not None
    assert (again.element, again.message_id) == ("slow", first.message_id)


def test_consumer_acks_success_and_sends_failures_back(make_qm: Any) -> None:
    qm: QueueManager = make_qm()
    queue = unique("consume")
    qm.new_queue(body=m.NewQueueParams(queue_name=queue))
    qm.add_all(body=m.AddAllParams(queue_name=queue, elements=[f"e{i}" for i in range(5)]))

    def handle_until_e2_fails() -> list[str]:
        seen = []
        with qm.consume(queue, batch_size=5, stop_when_empty=True) as elements:
            for element in elements:
                seen.append(element.element)
                if element.element == "e2":
                    raise RuntimeError("handler failed")
        return seen

    with pytest.raises(RuntimeError):
        handle_until_e2_fails()
    # e0, e1 acked; e2 (raised) and e3, e4 (never handled) went back to the queue
    left = [str(e.element) for e in qm.consume(queue, batch_size=5, stop_when_empty=True)]
    assert sorted(left) == ["e2", "e3", "e4"]
    assert qm.size(body=m.SizeParams(queue_name=queue)).size == 0


def test_secrets_stay_out_of_reprs(qm_server: LocalQueueManager) -> None:
    with QueueManager(qm_server.url, username=USER, password=PASSWORD, heartbeat_interval=0) as qm:
        assert PASSWORD not in repr(qm)
        assert PASSWORD not in repr(qm.session)


def test_explicit_auth_and_heart_beat(make_qm: Any, qm_server: LocalQueueManager) -> None:
    qm: QueueManager = make_qm()
    login = qm.auth(body=m.AuthParams(username=USER, password=qm_server.encrypted(PASSWORD)))
    assert isinstance(login.token, str)
    assert isinstance(login.expires_in, int)
    beat = qm.heart_beat(body=m.HeartBeatParams())  # the session's token is put in by the client
    assert beat.code == 0
    with pytest.raises(errors.AuthenticationError) as refused:
        qm.auth(body=m.AuthParams(username=USER, password=qm_server.encrypted("wrong")))
    assert refused.value.error_code == "1111600007"


def test_close_logs_out_and_the_token_dies(qm_server: LocalQueueManager) -> None:
    from mqclients.servers.queuemanager.local import RawSession

    qm = QueueManager(qm_server.url, username=USER, password=PASSWORD, heartbeat_interval=0)
    qm.map_put(body=m.MapPutParams(map_=unique("logout"), key="k", value="v"))
    token = qm.session.token
    assert token is not None
    with RawSession(qm_server.url) as raw:
        raw.token = token
        assert raw.result("qm.heart_beat")["code"] == 0
        qm.close()
        assert raw.result("qm.heart_beat")["code"] == 1111600006
    assert qm.session.token is None


def test_each_login_uses_a_fresh_challenge(make_qm: Any) -> None:
    qm: QueueManager = make_qm()
    session = qm.session if isinstance(qm, QueueManager) else qm._client.session
    queue = unique("relogin")
    qm.new_queue(body=m.NewQueueParams(queue_name=queue))
    session.token = "forged-or-expired"  # the server refuses it: the client logs in again, with a new challenge
    assert qm.size(body=m.SizeParams(queue_name=queue)).size == 0
    assert session.logins == 2


def test_a_password_too_long_for_the_login_payload_fails_before_io() -> None:
    with pytest.raises(errors.ValidationError, match="password: must be at most 200 bytes"):
        QueueManager("http://127.0.0.1:9", username=USER, password="x" * 201, heartbeat_interval=0)


def test_repeated_wrong_passwords_turn_into_a_rate_limit_error(qm_server: LocalQueueManager) -> None:
    write_users(qm_server.data_dir / "users.json", {"guessed": "the-right-one"})
    outcomes = []
    for _ in range(4):  # three failures are free, then the server asks to wait
        with QueueManager(qm_server.url, username="guessed", password="wrong", heartbeat_interval=0) as qm:
            with pytest.raises((errors.AuthenticationError, errors.RateLimitError)) as refused:
                qm.size(body=m.SizeParams(queue_name="anything"))
            outcomes.append((type(refused.value).__name__, refused.value.error_code))
    assert outcomes == [("AuthenticationError", "1111600007")] * 3 + [("RateLimitError", "1111600010")]
