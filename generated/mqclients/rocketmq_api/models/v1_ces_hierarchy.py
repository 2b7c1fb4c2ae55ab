"""V1CesHierarchy: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.v1_ces_dimension import V1CesDimension
    from ..models.v1_ces_group import V1CesGroup
    from ..models.v1_ces_name import V1CesName
    from ..models.v1_ces_queue import V1CesQueue


@_attrs_define(repr=False)
class V1CesHierarchy(ModelWithExtras):
    """The instance's monitoring hierarchy in Cloud Eye (002 table 8-20)."""

    dimensions: list[V1CesDimension] | None = None
    """ Monitoring dimensions. """
    instance_ids: list[V1CesName] | None = None
    """ Instance information. """
    nodes: list[V1CesName] | None = None
    """ Nodes. """
    queues: list[V1CesQueue] | None = None
    """ Topics. """
    groups: list[V1CesGroup] | None = None
    """ Consumer groups. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.dimensions is not None:
            field_dict["dimensions"] = [item0.to_dict() for item0 in self.dimensions]
        if self.instance_ids is not None:
            field_dict["instance_ids"] = [item0.to_dict() for item0 in self.instance_ids]
        if self.nodes is not None:
            field_dict["nodes"] = [item0.to_dict() for item0 in self.nodes]
        if self.queues is not None:
            field_dict["queues"] = [item0.to_dict() for item0 in self.queues]
        if self.groups is not None:
            field_dict["groups"] = [item0.to_dict() for item0 in self.groups]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.v1_ces_dimension import V1CesDimension  # noqa: PLC0415
        from ..models.v1_ces_group import V1CesGroup  # noqa: PLC0415
        from ..models.v1_ces_name import V1CesName  # noqa: PLC0415
        from ..models.v1_ces_queue import V1CesQueue  # noqa: PLC0415

        d = dict(src_dict)
        _dimensions = d.pop("dimensions", None)
        dimensions: list[V1CesDimension] | None = (
            None if _dimensions is None else [V1CesDimension.from_dict(item0) for item0 in _dimensions]
        )
        _instance_ids = d.pop("instance_ids", None)
        instance_ids: list[V1CesName] | None = (
            None if _instance_ids is None else [V1CesName.from_dict(item0) for item0 in _instance_ids]
        )
        _nodes = d.pop("nodes", None)
        nodes: list[V1CesName] | None = None if _nodes is None else [V1CesName.from_dict(item0) for item0 in _nodes]
        _queues = d.pop("queues", None)
        queues: list[V1CesQueue] | None = (
            None if _queues is None else [V1CesQueue.from_dict(item0) for item0 in _queues]
        )
        _groups = d.pop("groups", None)
        groups: list[V1CesGroup] | None = (
            None if _groups is None else [V1CesGroup.from_dict(item0) for item0 in _groups]
        )
        model = cls(
            dimensions=dimensions,
            instance_ids=instance_ids,
            nodes=nodes,
            queues=queues,
            groups=groups,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
