"""BatchDeleteMessageResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.batch_delete_error import BatchDeleteError


@_attrs_define(repr=False)
class BatchDeleteMessageResponse(ModelWithExtras):
    """BatchDeleteMessage's answer. A success (code 0) has nothing more; `errorList` comes with codes 6010 and
    6020, which raise (the error keeps the body)."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    error_list: list[BatchDeleteError] | None = None
    """ The handles that could not be deleted, and why. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        field_dict["requestId"] = self.request_id
        if self.error_list is not None:
            field_dict["errorList"] = [item0.to_dict() for item0 in self.error_list]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.batch_delete_error import BatchDeleteError  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message")
        request_id = d.pop("requestId")
        _error_list = d.pop("errorList", None)
        error_list: list[BatchDeleteError] | None = (
            None if _error_list is None else [BatchDeleteError.from_dict(item0) for item0 in _error_list]
        )
        model = cls(
            code=code,
            message=message,
            request_id=request_id,
            error_list=error_list,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
