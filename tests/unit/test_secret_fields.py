"""Fields the spec marks ``x-secret`` (Zaqar's pool ``uri``, which may hold a store password): masked in reprs, in
error texts a server echoes them into, in debug logs and in display dicts; returned as is by ``to_dict()``."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from mqclients import errors
from mqclients._core.redact import REDACTED, model_secrets, redacted_dict, secret_variants, secrets_in_body
from mqclients.zaqar import Zaqar
from mqclients.zaqar_api.facade import _CREATE_POOL
from mqclients.zaqar_api.models import Link, Pool, PoolCreate, PoolList, PoolUpdate, Queue

PASSWORD = "hunter2-pool-password"
URI = f"redis://admin:{PASSWORD}@redis.internal:6379?dbid=2"


def _pool(name: str = "p1") -> Pool:
    return Pool(name=name, uri=URI, weight=10, href=f"/v2/pools/{name}")


def test_reprs_mask_secret_fields_and_only_those() -> None:
    for model in (_pool(), PoolCreate(uri=URI, weight=1), PoolUpdate(uri=URI)):
        text = repr(model)
        assert PASSWORD not in text
        assert "redis.internal" not in text
        assert f"uri={REDACTED!r}" in text
    assert "name='p1'" in repr(_pool())
    assert "weight=10" in repr(_pool())
    assert PASSWORD not in repr(PoolList(pools=[_pool("a"), _pool("b")], links=[]))  # nested models too
    assert repr(PoolUpdate(weight=3)) == "PoolUpdate(weight=3)"  # an absent secret stays absent
    assert "name='orders'" in repr(Queue.from_dict({"name": "orders", "href": "/v2/queues/orders"}))  # no x-secret


def test_to_dict_keeps_the_secret_and_redacted_dict_masks_it_at_any_depth() -> None:
    page = PoolList(pools=[_pool("a"), _pool("b")], links=[Link(rel="next", href="/v2/pools?marker=b")])
    assert [p["uri"] for p in page.to_dict()["pools"]] == [URI, URI]
    shown = redacted_dict(page)
    assert [p["uri"] for p in shown["pools"]] == [REDACTED, REDACTED]
    assert shown["links"] == [{"rel": "next", "href": "/v2/pools?marker=b"}]
    assert PASSWORD not in json.dumps(shown)
    assert set(model_secrets(page)) >= {URI, PASSWORD}


def test_a_url_secret_also_masks_its_credentials_alone() -> None:
    assert secret_variants(URI) == [URI, f"admin:{PASSWORD}", PASSWORD]
    assert secret_variants("plain-secret") == ["plain-secret"]
    body = json.dumps({"uri": URI, "weight": 1}).encode()
    assert secrets_in_body(body, ("uri",)) == secret_variants(URI)
    assert secrets_in_body(b"not json", ("uri",)) == []
    assert secrets_in_body(body, ()) == []


def test_the_create_pool_operation_declares_its_secret_body_field() -> None:
    assert _CREATE_POOL.secret_fields == ("uri",)


def test_an_error_that_echoes_the_secret_carries_it_masked(caplog: pytest.LogCaptureFixture) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)["uri"]
        # Zaqar's own answer for a pool it cannot reach; a server may also quote the credentials alone
        text = f"cannot connect to {sent} (auth {sent.split('@')[0].split('//')[1]})"
        return httpx.Response(400, json={"title": "Invalid API request", "description": text})

    caplog.set_level(logging.DEBUG, logger="mqclients")
    with (
        Zaqar("http://127.0.0.1:9", project_id="p", http_transport=httpx.MockTransport(answer)) as zq,
        pytest.raises(errors.BadRequestError) as raised,
    ):
        zq.create_pool("p1", uri=URI, weight=1)
    error = raised.value
    assert error.message.startswith(f"cannot connect to {REDACTED}")
    texts = [str(error), repr(error), error.message, json.dumps(error.body)]
    texts += [record.getMessage() for record in caplog.records]
    assert [text for text in texts if PASSWORD in text] == []


def test_an_error_without_the_secret_is_left_as_the_server_wrote_it() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"title": "Invalid API request", "description": "weight must be >= 0"})

    with (
        Zaqar("http://127.0.0.1:9", project_id="p", http_transport=httpx.MockTransport(answer)) as zq,
        pytest.raises(errors.BadRequestError, match="weight must be >= 0"),
    ):
        zq.create_pool("p1", uri=URI, weight=1)


def test_cli_output_shows_the_secret_masked() -> None:
    from mqclients.cli.output import plain

    shown = plain(PoolList(pools=[_pool("a")], links=[]))
    assert shown["pools"][0]["uri"] == REDACTED
    assert shown["pools"][0]["name"] == "a"
    assert plain([_pool("b")])[0]["uri"] == REDACTED
