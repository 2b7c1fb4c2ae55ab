from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The error body of a failed request. `error_code` is a Huawei DMS code, eight digits starting with
    1024 (the reference quotes them bare, such as 10240032; compare codes on their digits, since other
    Huawei services prefix theirs with `DMS.`). The documented ranges:
    - 10240002 to 10240032 (HTTP 400): request validation. Among them 10240028: `retention_hours` was
      given for a queue that is not KAFKA_HA or KAFKA_HT; 10240032: the queue is still initialising
      (a call made within about three seconds of create_queue), retry shortly.
    - 10240101 to 10240104 (HTTP 401): token or signature problems.
    - 10240304 to 10240311 (HTTP 403): permission problems.
    - 10240401 and 10240405 (HTTP 404): no such queue, no such consumer group.
    The full table is the "Error Code" page of the DMS API reference.

    """

    error_code: str | Unset = UNSET
    """ The DMS error code, such as `10240032`. """
    error_msg: str | Unset = UNSET
    """ What went wrong, in English. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("error_code", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        error = cls(
            error_code=error_code,
            error_msg=error_msg,
        )

        error.additional_properties = d
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
