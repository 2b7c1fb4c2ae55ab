"""ShowCesHierarchyResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.show_ces_hierarchy_resp_instance_ids import ShowCesHierarchyRespInstanceIds
    from ..models.show_ceshierarchy_resp_dimensions import ShowCeshierarchyRespDimensions
    from ..models.show_ceshierarchy_resp_dlq import ShowCeshierarchyRespDlq
    from ..models.show_ceshierarchy_resp_groups import ShowCeshierarchyRespGroups
    from ..models.show_ceshierarchy_resp_nodes import ShowCeshierarchyRespNodes
    from ..models.show_ceshierarchy_resp_topics import ShowCeshierarchyRespTopics


@_attrs_define(repr=False)
class ShowCesHierarchyResponse(ModelWithExtras):
    """SDK model ShowCesHierarchyResponse (huaweicloudsdkrocketmq 3.1.219)."""

    dimensions: list[ShowCeshierarchyRespDimensions] | None = None
    """ Monitoring dimensions. """
    instance_ids: list[ShowCesHierarchyRespInstanceIds] | None = None
    """ The instance. """
    nodes: list[ShowCeshierarchyRespNodes] | None = None
    """ Its nodes. """
    topics: list[ShowCeshierarchyRespTopics] | None = None
    """ Its topics. """
    dlq: list[ShowCeshierarchyRespDlq] | None = None
    """ Its dead-letter queues. """
    groups: list[ShowCeshierarchyRespGroups] | None = None
    """ Its consumer groups. """
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
        if self.topics is not None:
            field_dict["topics"] = [item0.to_dict() for item0 in self.topics]
        if self.dlq is not None:
            field_dict["dlq"] = [item0.to_dict() for item0 in self.dlq]
        if self.groups is not None:
            field_dict["groups"] = [item0.to_dict() for item0 in self.groups]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.show_ces_hierarchy_resp_instance_ids import ShowCesHierarchyRespInstanceIds  # noqa: PLC0415
        from ..models.show_ceshierarchy_resp_dimensions import ShowCeshierarchyRespDimensions  # noqa: PLC0415
        from ..models.show_ceshierarchy_resp_dlq import ShowCeshierarchyRespDlq  # noqa: PLC0415
        from ..models.show_ceshierarchy_resp_groups import ShowCeshierarchyRespGroups  # noqa: PLC0415
        from ..models.show_ceshierarchy_resp_nodes import ShowCeshierarchyRespNodes  # noqa: PLC0415
        from ..models.show_ceshierarchy_resp_topics import ShowCeshierarchyRespTopics  # noqa: PLC0415

        d = dict(src_dict)
        _dimensions = d.pop("dimensions", None)
        dimensions: list[ShowCeshierarchyRespDimensions] | None = (
            None if _dimensions is None else [ShowCeshierarchyRespDimensions.from_dict(item0) for item0 in _dimensions]
        )
        _instance_ids = d.pop("instance_ids", None)
        instance_ids: list[ShowCesHierarchyRespInstanceIds] | None = (
            None
            if _instance_ids is None
            else [ShowCesHierarchyRespInstanceIds.from_dict(item0) for item0 in _instance_ids]
        )
        _nodes = d.pop("nodes", None)
        nodes: list[ShowCeshierarchyRespNodes] | None = (
            None if _nodes is None else [ShowCeshierarchyRespNodes.from_dict(item0) for item0 in _nodes]
        )
        _topics = d.pop("topics", None)
        topics: list[ShowCeshierarchyRespTopics] | None = (
            None if _topics is None else [ShowCeshierarchyRespTopics.from_dict(item0) for item0 in _topics]
        )
        _dlq = d.pop("dlq", None)
        dlq: list[ShowCeshierarchyRespDlq] | None = (
            None if _dlq is None else [ShowCeshierarchyRespDlq.from_dict(item0) for item0 in _dlq]
        )
        _groups = d.pop("groups", None)
        groups: list[ShowCeshierarchyRespGroups] | None = (
            None if _groups is None else [ShowCeshierarchyRespGroups.from_dict(item0) for item0 in _groups]
        )
        model = cls(
            dimensions=dimensions,
            instance_ids=instance_ids,
            nodes=nodes,
            topics=topics,
            dlq=dlq,
            groups=groups,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
