from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_ces_hierarchy_resp_instance_ids import ShowCesHierarchyRespInstanceIds
    from ..models.show_ceshierarchy_resp_dimensions import ShowCeshierarchyRespDimensions
    from ..models.show_ceshierarchy_resp_dlq import ShowCeshierarchyRespDlq
    from ..models.show_ceshierarchy_resp_groups import ShowCeshierarchyRespGroups
    from ..models.show_ceshierarchy_resp_nodes import ShowCeshierarchyRespNodes
    from ..models.show_ceshierarchy_resp_topics import ShowCeshierarchyRespTopics


T = TypeVar("T", bound="ShowCesHierarchyResponse")


@_attrs_define
class ShowCesHierarchyResponse:
    """SDK model ShowCesHierarchyResponse (huaweicloudsdkrocketmq 3.1.219)."""

    dimensions: list[ShowCeshierarchyRespDimensions] | Unset = UNSET
    """ Monitoring dimensions. """
    instance_ids: list[ShowCesHierarchyRespInstanceIds] | Unset = UNSET
    """ The instance. """
    nodes: list[ShowCeshierarchyRespNodes] | Unset = UNSET
    """ Its nodes. """
    topics: list[ShowCeshierarchyRespTopics] | Unset = UNSET
    """ Its topics. """
    dlq: list[ShowCeshierarchyRespDlq] | Unset = UNSET
    """ Its dead-letter queues. """
    groups: list[ShowCeshierarchyRespGroups] | Unset = UNSET
    """ Its consumer groups. """
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

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        dlq: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dlq, Unset):
            dlq = []
            for dlq_item_data in self.dlq:
                dlq_item = dlq_item_data.to_dict()
                dlq.append(dlq_item)

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
        if topics is not UNSET:
            field_dict["topics"] = topics
        if dlq is not UNSET:
            field_dict["dlq"] = dlq
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.show_ces_hierarchy_resp_instance_ids import ShowCesHierarchyRespInstanceIds  # noqa: PLC0415
        from ..models.show_ceshierarchy_resp_dimensions import ShowCeshierarchyRespDimensions  # noqa: PLC0415
        from ..models.show_ceshierarchy_resp_dlq import ShowCeshierarchyRespDlq  # noqa: PLC0415
        from ..models.show_ceshierarchy_resp_groups import ShowCeshierarchyRespGroups  # noqa: PLC0415
        from ..models.show_ceshierarchy_resp_nodes import ShowCeshierarchyRespNodes  # noqa: PLC0415
        from ..models.show_ceshierarchy_resp_topics import ShowCeshierarchyRespTopics  # noqa: PLC0415

        d = dict(src_dict)
        _dimensions = d.pop("dimensions", UNSET)
        dimensions: list[ShowCeshierarchyRespDimensions] | Unset = UNSET
        if _dimensions is not UNSET:
            dimensions = []
            for dimensions_item_data in _dimensions:
                dimensions_item = ShowCeshierarchyRespDimensions.from_dict(dimensions_item_data)

                dimensions.append(dimensions_item)

        _instance_ids = d.pop("instance_ids", UNSET)
        instance_ids: list[ShowCesHierarchyRespInstanceIds] | Unset = UNSET
        if _instance_ids is not UNSET:
            instance_ids = []
            for instance_ids_item_data in _instance_ids:
                instance_ids_item = ShowCesHierarchyRespInstanceIds.from_dict(instance_ids_item_data)

                instance_ids.append(instance_ids_item)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[ShowCeshierarchyRespNodes] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = ShowCeshierarchyRespNodes.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        _topics = d.pop("topics", UNSET)
        topics: list[ShowCeshierarchyRespTopics] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = ShowCeshierarchyRespTopics.from_dict(topics_item_data)

                topics.append(topics_item)

        _dlq = d.pop("dlq", UNSET)
        dlq: list[ShowCeshierarchyRespDlq] | Unset = UNSET
        if _dlq is not UNSET:
            dlq = []
            for dlq_item_data in _dlq:
                dlq_item = ShowCeshierarchyRespDlq.from_dict(dlq_item_data)

                dlq.append(dlq_item)

        _groups = d.pop("groups", UNSET)
        groups: list[ShowCeshierarchyRespGroups] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = ShowCeshierarchyRespGroups.from_dict(groups_item_data)

                groups.append(groups_item)

        show_ces_hierarchy_response = cls(
            dimensions=dimensions,
            instance_ids=instance_ids,
            nodes=nodes,
            topics=topics,
            dlq=dlq,
            groups=groups,
        )

        show_ces_hierarchy_response.additional_properties = d
        return show_ces_hierarchy_response

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
