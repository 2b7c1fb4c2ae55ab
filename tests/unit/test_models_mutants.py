"""Pins of the model base classes and ``UNSET`` that mutation testing found unchecked: the compact, unescaped JSON
of ``to_json``, the const check of ``from_dict``, the extras mapping, and ``UNSET`` staying one object."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest

from mqclients._core.models import Model, ModelWithExtras, expect_const, model_repr
from mqclients._core.unset import UNSET, Unset
from mqclients.queuemanager_api.models.ack_response import AckResponse
from mqclients.queuemanager_api.models.destroy_queue_result import DestroyQueueResult


def test_to_json_is_compact_and_keeps_non_ascii_text() -> None:
    model = DestroyQueueResult(code=3, message="file d'attente «q» introuvable")
    assert model.to_json() == '{"code":3,"message":"file d\'attente «q» introuvable"}'
    # a caller's own options win over the defaults
    assert model.to_json(ensure_ascii=True, separators=(", ", ": ")) == (
        '{"code": 3, "message": "file d\'attente \\u00abq\\u00bb introuvable"}'
    )


def test_from_dict_refuses_a_value_other_than_the_const_and_names_both() -> None:
    with pytest.raises(ValueError, match=r"jsonrpc must be '2\.0', got '1\.0'"):
        AckResponse.from_dict({"jsonrpc": "1.0", "id": 1, "result": {"code": 0}})
    assert expect_const("2.0", "2.0", "jsonrpc") == "2.0"
    with pytest.raises(ValueError, match="kind must be 'a', got 'b'"):
        expect_const("b", "a", "kind")


def test_the_extras_of_a_model_read_write_and_delete_by_wire_name() -> None:
    model = DestroyQueueResult.from_dict({"code": 0, "x-trace": "t1"})
    assert "x-trace" in model
    assert "code" not in model  # named fields are attributes, not extras
    model["x-region"] = "eu"
    assert model["x-region"] == "eu"
    assert "x-region" in model
    assert model.additional_keys == ["x-trace", "x-region"]
    assert model.to_dict() == {"code": 0, "x-trace": "t1", "x-region": "eu"}
    del model["x-trace"]
    assert "x-trace" not in model
    assert model.to_dict() == {"code": 0, "x-region": "eu"}


def test_the_base_model_has_no_wire_form_of_its_own() -> None:
    with pytest.raises(NotImplementedError):
        Model().to_dict()


@attrs.define(repr=False)
class _ExtrasFirst(ModelWithExtras):
    """A model whose extras come before a named field (the repr must go on past empty extras)."""

    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, **({"name": self.name} if self.name is not None else {})}


def test_the_repr_leaves_out_empty_extras_and_goes_on_to_the_fields_after_them() -> None:
    assert repr(_ExtrasFirst(name="orders")) == "_ExtrasFirst(name='orders')"
    assert model_repr(_ExtrasFirst({"x": 1}, "q")) == "_ExtrasFirst(additional_properties={'x': 1}, name='q')"


def test_unset_is_one_object_however_it_is_made_or_copied() -> None:
    assert Unset() is UNSET
    assert Unset() is Unset()
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy({"v": UNSET})["v"] is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET  # noqa: S301 - our own bytes
    assert not UNSET
    assert repr(UNSET) == "UNSET"


def test_the_base_class_mapping_of_extras_for_a_model_that_does_not_define_its_own() -> None:
    model = _ExtrasFirst(name="q")
    model["x-trace"] = "t1"
    assert model["x-trace"] == "t1"
    assert "x-trace" in model
    assert model.additional_keys == ["x-trace"]
    del model["x-trace"]
    assert "x-trace" not in model
    assert model.to_dict() == {"name": "q"}


def test_the_first_unset_made_is_kept_and_given_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Unset, "_instance", None)  # as before ``UNSET`` was made at import; restored after
    first = Unset()
    assert isinstance(first, Unset)
    assert Unset() is first
