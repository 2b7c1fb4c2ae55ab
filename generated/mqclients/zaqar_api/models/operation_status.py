"""OperationStatus: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..types import UNSET, Unset


@_attrs_define(repr=False)
class OperationStatus(ModelWithExtras):
    """Outcome of one step of the health check workload."""

    succeeded: bool
    """ Whether the step succeeded. """
    seconds: float
    """ How long the step took, in seconds. """
    _ref: str | None | Unset = _attrs_field(default=UNSET, alias="ref")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    @property
    def ref(self) -> str | None:
        """On failure, an id under which the server logged the error; null on success.

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._ref, Unset) else self._ref

    @ref.setter
    def ref(self, value: str | None) -> None:
        self._ref = value

    @ref.deleter
    def ref(self) -> None:
        self._ref = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["succeeded"] = self.succeeded
        field_dict["seconds"] = self.seconds
        if not isinstance(self._ref, Unset):
            field_dict["ref"] = self._ref
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        succeeded = d.pop("succeeded")
        seconds = d.pop("seconds")
        ref = d.pop("ref", UNSET)
        model = cls(
            succeeded=succeeded,
            seconds=seconds,
            ref=ref,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
