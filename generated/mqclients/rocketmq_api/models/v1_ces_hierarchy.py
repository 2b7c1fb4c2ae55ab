from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v1_ces_dimension import V1CesDimension
    from ..models.v1_ces_group import V1CesGroup
    from ..models.v1_ces_name import V1CesName
    from ..models.v1_ces_queue import V1CesQueue


T = TypeVar("T", bound="V1CesHierarchy")


@_attrs_define
class V1CesHierarchy:
    """The instance's monitoring hierarchy in Cloud Eye (002 table 8-20)."""

    dimensions: list[V1CesDimension] | Unset = UNSET
    """ Monitoring dimensions. """
    instance_ids: list[V1CesName] | Unset = UNSET
    """ Instance information. """
    nodes: list[V1CesName] | Unset = UNSET
    """ Nodes. """
    queues: list[V1CesQueue] | Unset = UNSET
    """ Topics. """
    groups: list[V1CesGroup] | Unset = UNSET
    """ Consumer groups. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = []
            for dimensions_item_data in self.dimensions:
                dimensions_item = dimensions_item_data.to_dict()
                dimensions.append(dimensions_item)

        instance_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_ids, Unset):
            instance_ids = []
            for instance_ids_item_data in self.instance_ids:
                instance_ids_item = instance_ids_item_data.to_dict()
                instance_ids.append(instance_ids_item)

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = []
            for queues_item_data in self.queues:
                queues_item = queues_item_data.to_dict()
                queues.append(queues_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if instance_ids is not UNSET:
            field_dict["instance_ids"] = instance_ids
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if queues is not UNSET:
            field_dict["queues"] = queues
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_ces_dimension import V1CesDimension  # noqa: PLC0415
        from ..models.v1_ces_group import V1CesGroup  # noqa: PLC0415
        from ..models.v1_ces_name import V1CesName  # noqa: PLC0415
        from ..models.v1_ces_queue import V1CesQueue  # noqa: PLC0415

        d = dict(src_dict)
        _dimensions = d.pop("dimensions", UNSET)
        dimensions: list[V1CesDimension] | Unset = UNSET
        if _dimensions is not UNSET:
            dimensions = []
            for dimensions_item_data in _dimensions:
                dimensions_item = V1CesDimension.from_dict(dimensions_item_data)

                dimensions.append(dimensions_item)

        _instance_ids = d.pop("instance_ids", UNSET)
        instance_ids: list[V1CesName] | Unset = UNSET
        if _instance_ids is not UNSET:
            instance_ids = []
            for instance_ids_item_data in _instance_ids:
                instance_ids_item = V1CesName.from_dict(instance_ids_item_data)

                instance_ids.append(instance_ids_item)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[V1CesName] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = V1CesName.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        _queues = d.pop("queues", UNSET)
        queues: list[V1CesQueue] | Unset = UNSET
        if _queues is not UNSET:
            queues = []
            for queues_item_data in _queues:
                queues_item = V1CesQueue.from_dict(queues_item_data)

                queues.append(queues_item)

        _groups = d.pop("groups", UNSET)
        groups: list[V1CesGroup] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = V1CesGroup.from_dict(groups_item_data)

                groups.append(groups_item)

        v1_ces_hierarchy = cls(
            dimensions=dimensions,
            instance_ids=instance_ids,
            nodes=nodes,
            queues=queues,
            groups=groups,
        )

        v1_ces_hierarchy.additional_properties = d
        return v1_ces_hierarchy

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
