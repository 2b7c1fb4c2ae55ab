from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_info import ElementInfo


T = TypeVar("T", bound="PullElementsResult")


@_attrs_define
class PullElementsResult:
    """What `qm.pull_elements` answers, its `code` and, when it is 0, `element_info` and `number`."""

    code: int
    """ The result code; 0 on success. The other codes are listed in the `Result` schema. """
    message: str | Unset = UNSET
    """ Why the call failed, in English (present when `code` is not 0). """
    element_info: list[ElementInfo] | Unset = UNSET
    """ The elements taken, oldest first (empty when the queue is). """
    number: int | Unset = UNSET
    """ How many elements `element_info` holds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        element_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_info, Unset):
            element_info = []
            for element_info_item_data in self.element_info:
                element_info_item = element_info_item_data.to_dict()
                element_info.append(element_info_item)

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if element_info is not UNSET:
            field_dict["element_info"] = element_info
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_info import ElementInfo  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        _element_info = d.pop("element_info", UNSET)
        element_info: list[ElementInfo] | Unset = UNSET
        if _element_info is not UNSET:
            element_info = []
            for element_info_item_data in _element_info:
                element_info_item = ElementInfo.from_dict(element_info_item_data)

                element_info.append(element_info_item)

        number = d.pop("number", UNSET)

        pull_elements_result = cls(
            code=code,
            message=message,
            element_info=element_info,
            number=number,
        )

        pull_elements_result.additional_properties = d
        return pull_elements_result

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
