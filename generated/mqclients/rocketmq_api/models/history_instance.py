"""HistoryInstance: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.history_tag import HistoryTag


@_attrs_define(repr=False)
class HistoryInstance(ModelWithExtras):
    """An instance as the history API answers it (doc table ShowInstanceResp; 002 tables 8-5, 8-9 and 8-32 list the same
    fields). Every field may be missing; fields marked 4.8.0-only or 5.x-only appear only on instances of that engine
    version."""

    name: str | None = None
    """ Instance name. """
    engine: str | None = None
    """ Message engine, e.g. `reliability`. """
    status: str | None = None
    """ Instance status (002 §9.3): CREATING, RUNNING, ERROR, RESTARTING, STARTING, EXTENDING, EXTENDEDFAILED,
    FROZEN, FREEZING, UPGRADING or ROLLINGBACK. """
    description: str | None = None
    """ Instance description. """
    type_: str | None = None
    """ Instance type; the doc says `cluster` (its examples also show `single.basic`). """
    specification: str | None = None
    """ Instance specification, e.g. `c6.4u8g.cluster * 1 broker`. """
    engine_version: str | None = None
    """ Engine version, e.g. `4.8.0` or `5.x`. """
    instance_id: str | None = None
    """ Instance id. """
    charging_mode: int | None = None
    """ Billing mode: 1 pay-per-use, 0 yearly/monthly. """
    vpc_id: str | None = None
    """ VPC id. """
    vpc_name: str | None = None
    """ VPC name. """
    created_at: str | None = None
    """ Creation time: milliseconds since 1970-01-01T00:00:00Z, as a string of digits. """
    product_id: str | None = None
    """ Product (specification) id. """
    security_group_id: str | None = None
    """ Security group id. """
    security_group_name: str | None = None
    """ Security group name. """
    subnet_id: str | None = None
    """ Subnet id. """
    subnet_name: str | None = None
    """ Subnet name. """
    subnet_cidr: str | None = None
    """ Subnet CIDR (RocketMQ 5.x only). """
    available_zones: list[str] | None = None
    """ Ids of the availability zones the instance runs in. """
    available_zone_names: list[str] | None = None
    """ Names of the availability zones the instance runs in. """
    user_id: str | None = None
    """ User id. """
    user_name: str | None = None
    """ User name. """
    maintain_begin: str | None = None
    """ Start of the maintenance window, HH:mm:ss. """
    maintain_end: str | None = None
    """ End of the maintenance window, HH:mm:ss. """
    enable_log_collection: bool | None = None
    """ Whether message (log) collection is enabled. """
    storage_space: int | None = None
    """ Message storage space, GB. """
    used_storage_space: int | None = None
    """ Used message storage space, GB. """
    enable_publicip: bool | None = None
    """ Whether public access is enabled. """
    publicip_id: str | None = None
    """ Ids of the elastic IPs bound to the instance, comma-separated; set when public access is enabled. """
    publicip_address: str | None = None
    """ Public IP address. """
    ssl_enable: bool | None = None
    """ Whether SSL is enabled. """
    cross_vpc_info: str | None = None
    """ Cross-VPC access information, a JSON document in a string. """
    storage_resource_id: str | None = None
    """ Storage resource id. """
    storage_spec_code: str | None = None
    """ Storage I/O specification code, e.g. `dms.physical.storage.ultra.v2`. """
    service_type: str | None = None
    """ Service type. """
    storage_type: str | None = None
    """ Storage type. """
    extend_times: int | None = None
    """ Number of times the instance was expanded (the doc: "expansion time"). """
    ipv6_enable: bool | None = None
    """ Whether IPv6 is enabled. """
    support_features: str | None = None
    """ Features the instance supports, comma-separated. """
    disk_encrypted: bool | None = None
    """ Whether disk encryption is enabled. """
    ces_version: str | None = None
    """ Cloud Eye (CES) monitoring version. """
    node_num: int | None = None
    """ Number of nodes. """
    new_spec_billing_enable: bool | None = None
    """ Whether the new specification billing is enabled. """
    enable_acl: bool | None = None
    """ Whether access control (ACL) is enabled. """
    broker_num: int | None = None
    """ Number of brokers (RocketMQ 4.8.0 only). """
    dns_enable: bool | None = None
    """ Whether domain-name access is enabled: true enabled, false not enabled. """
    namesrv_address: str | None = None
    """ Metadata (name server) address. """
    namesrv_domain_name: str | None = None
    """ Metadata (name server) domain name. """
    broker_address: str | None = None
    """ Service data (broker) address. """
    public_namesrv_address: str | None = None
    """ Public metadata (name server) address. """
    public_namesrv_domain_name: str | None = None
    """ Public metadata (name server) domain name. """
    public_broker_address: str | None = None
    """ Public service data (broker) address. """
    grpc_address: str | None = None
    """ gRPC address (RocketMQ 5.x only). """
    grpc_domain_name: str | None = None
    """ gRPC domain name (RocketMQ 5.x only). """
    public_grpc_address: str | None = None
    """ Public gRPC address (RocketMQ 5.x only). """
    public_grpc_domain_name: str | None = None
    """ Public gRPC domain name (RocketMQ 5.x only). """
    enterprise_project_id: str | None = None
    """ Enterprise project id. """
    tags: list[HistoryTag] | None = None
    """ Tags of the instance. """
    total_storage_space: int | None = None
    """ Total storage space, GB. """
    resource_spec_code: str | None = None
    """ Resource specification code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.engine is not None:
            field_dict["engine"] = self.engine
        if self.status is not None:
            field_dict["status"] = self.status
        if self.description is not None:
            field_dict["description"] = self.description
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.specification is not None:
            field_dict["specification"] = self.specification
        if self.engine_version is not None:
            field_dict["engine_version"] = self.engine_version
        if self.instance_id is not None:
            field_dict["instance_id"] = self.instance_id
        if self.charging_mode is not None:
            field_dict["charging_mode"] = self.charging_mode
        if self.vpc_id is not None:
            field_dict["vpc_id"] = self.vpc_id
        if self.vpc_name is not None:
            field_dict["vpc_name"] = self.vpc_name
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at
        if self.product_id is not None:
            field_dict["product_id"] = self.product_id
        if self.security_group_id is not None:
            field_dict["security_group_id"] = self.security_group_id
        if self.security_group_name is not None:
            field_dict["security_group_name"] = self.security_group_name
        if self.subnet_id is not None:
            field_dict["subnet_id"] = self.subnet_id
        if self.subnet_name is not None:
            field_dict["subnet_name"] = self.subnet_name
        if self.subnet_cidr is not None:
            field_dict["subnet_cidr"] = self.subnet_cidr
        if self.available_zones is not None:
            field_dict["available_zones"] = self.available_zones
        if self.available_zone_names is not None:
            field_dict["available_zone_names"] = self.available_zone_names
        if self.user_id is not None:
            field_dict["user_id"] = self.user_id
        if self.user_name is not None:
            field_dict["user_name"] = self.user_name
        if self.maintain_begin is not None:
            field_dict["maintain_begin"] = self.maintain_begin
        if self.maintain_end is not None:
            field_dict["maintain_end"] = self.maintain_end
        if self.enable_log_collection is not None:
            field_dict["enable_log_collection"] = self.enable_log_collection
        if self.storage_space is not None:
            field_dict["storage_space"] = self.storage_space
        if self.used_storage_space is not None:
            field_dict["used_storage_space"] = self.used_storage_space
        if self.enable_publicip is not None:
            field_dict["enable_publicip"] = self.enable_publicip
        if self.publicip_id is not None:
            field_dict["publicip_id"] = self.publicip_id
        if self.publicip_address is not None:
            field_dict["publicip_address"] = self.publicip_address
        if self.ssl_enable is not None:
            field_dict["ssl_enable"] = self.ssl_enable
        if self.cross_vpc_info is not None:
            field_dict["cross_vpc_info"] = self.cross_vpc_info
        if self.storage_resource_id is not None:
            field_dict["storage_resource_id"] = self.storage_resource_id
        if self.storage_spec_code is not None:
            field_dict["storage_spec_code"] = self.storage_spec_code
        if self.service_type is not None:
            field_dict["service_type"] = self.service_type
        if self.storage_type is not None:
            field_dict["storage_type"] = self.storage_type
        if self.extend_times is not None:
            field_dict["extend_times"] = self.extend_times
        if self.ipv6_enable is not None:
            field_dict["ipv6_enable"] = self.ipv6_enable
        if self.support_features is not None:
            field_dict["support_features"] = self.support_features
        if self.disk_encrypted is not None:
            field_dict["disk_encrypted"] = self.disk_encrypted
        if self.ces_version is not None:
            field_dict["ces_version"] = self.ces_version
        if self.node_num is not None:
            field_dict["node_num"] = self.node_num
        if self.new_spec_billing_enable is not None:
            field_dict["new_spec_billing_enable"] = self.new_spec_billing_enable
        if self.enable_acl is not None:
            field_dict["enable_acl"] = self.enable_acl
        if self.broker_num is not None:
            field_dict["broker_num"] = self.broker_num
        if self.dns_enable is not None:
            field_dict["dns_enable"] = self.dns_enable
        if self.namesrv_address is not None:
            field_dict["namesrv_address"] = self.namesrv_address
        if self.namesrv_domain_name is not None:
            field_dict["namesrv_domain_name"] = self.namesrv_domain_name
        if self.broker_address is not None:
            field_dict["broker_address"] = self.broker_address
        if self.public_namesrv_address is not None:
            field_dict["public_namesrv_address"] = self.public_namesrv_address
        if self.public_namesrv_domain_name is not None:
            field_dict["public_namesrv_domain_name"] = self.public_namesrv_domain_name
        if self.public_broker_address is not None:
            field_dict["public_broker_address"] = self.public_broker_address
        if self.grpc_address is not None:
            field_dict["grpc_address"] = self.grpc_address
        if self.grpc_domain_name is not None:
            field_dict["grpc_domain_name"] = self.grpc_domain_name
        if self.public_grpc_address is not None:
            field_dict["public_grpc_address"] = self.public_grpc_address
        if self.public_grpc_domain_name is not None:
            field_dict["public_grpc_domain_name"] = self.public_grpc_domain_name
        if self.enterprise_project_id is not None:
            field_dict["enterprise_project_id"] = self.enterprise_project_id
        if self.tags is not None:
            field_dict["tags"] = [item0.to_dict() for item0 in self.tags]
        if self.total_storage_space is not None:
            field_dict["total_storage_space"] = self.total_storage_space
        if self.resource_spec_code is not None:
            field_dict["resource_spec_code"] = self.resource_spec_code
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.history_tag import HistoryTag  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", None)
        engine = d.pop("engine", None)
        status = d.pop("status", None)
        description = d.pop("description", None)
        type_ = d.pop("type", None)
        specification = d.pop("specification", None)
        engine_version = d.pop("engine_version", None)
        instance_id = d.pop("instance_id", None)
        charging_mode = d.pop("charging_mode", None)
        vpc_id = d.pop("vpc_id", None)
        vpc_name = d.pop("vpc_name", None)
        created_at = d.pop("created_at", None)
        product_id = d.pop("product_id", None)
        security_group_id = d.pop("security_group_id", None)
        security_group_name = d.pop("security_group_name", None)
        subnet_id = d.pop("subnet_id", None)
        subnet_name = d.pop("subnet_name", None)
        subnet_cidr = d.pop("subnet_cidr", None)
        available_zones = d.pop("available_zones", None)
        available_zone_names = d.pop("available_zone_names", None)
        user_id = d.pop("user_id", None)
        user_name = d.pop("user_name", None)
        maintain_begin = d.pop("maintain_begin", None)
        maintain_end = d.pop("maintain_end", None)
        enable_log_collection = d.pop("enable_log_collection", None)
        storage_space = d.pop("storage_space", None)
        used_storage_space = d.pop("used_storage_space", None)
        enable_publicip = d.pop("enable_publicip", None)
        publicip_id = d.pop("publicip_id", None)
        publicip_address = d.pop("publicip_address", None)
        ssl_enable = d.pop("ssl_enable", None)
        cross_vpc_info = d.pop("cross_vpc_info", None)
        storage_resource_id = d.pop("storage_resource_id", None)
        storage_spec_code = d.pop("storage_spec_code", None)
        service_type = d.pop("service_type", None)
        storage_type = d.pop("storage_type", None)
        extend_times = d.pop("extend_times", None)
        ipv6_enable = d.pop("ipv6_enable", None)
        support_features = d.pop("support_features", None)
        disk_encrypted = d.pop("disk_encrypted", None)
        ces_version = d.pop("ces_version", None)
        node_num = d.pop("node_num", None)
        new_spec_billing_enable = d.pop("new_spec_billing_enable", None)
        enable_acl = d.pop("enable_acl", None)
        broker_num = d.pop("broker_num", None)
        dns_enable = d.pop("dns_enable", None)
        namesrv_address = d.pop("namesrv_address", None)
        namesrv_domain_name = d.pop("namesrv_domain_name", None)
        broker_address = d.pop("broker_address", None)
        public_namesrv_address = d.pop("public_namesrv_address", None)
        public_namesrv_domain_name = d.pop("public_namesrv_domain_name", None)
        public_broker_address = d.pop("public_broker_address", None)
        grpc_address = d.pop("grpc_address", None)
        grpc_domain_name = d.pop("grpc_domain_name", None)
        public_grpc_address = d.pop("public_grpc_address", None)
        public_grpc_domain_name = d.pop("public_grpc_domain_name", None)
        enterprise_project_id = d.pop("enterprise_project_id", None)
        _tags = d.pop("tags", None)
        tags: list[HistoryTag] | None = None if _tags is None else [HistoryTag.from_dict(item0) for item0 in _tags]
        total_storage_space = d.pop("total_storage_space", None)
        resource_spec_code = d.pop("resource_spec_code", None)
        model = cls(
            name=name,
            engine=engine,
            status=status,
            description=description,
            type_=type_,
            specification=specification,
            engine_version=engine_version,
            instance_id=instance_id,
            charging_mode=charging_mode,
            vpc_id=vpc_id,
            vpc_name=vpc_name,
            created_at=created_at,
            product_id=product_id,
            security_group_id=security_group_id,
            security_group_name=security_group_name,
            subnet_id=subnet_id,
            subnet_name=subnet_name,
            subnet_cidr=subnet_cidr,
            available_zones=available_zones,
            available_zone_names=available_zone_names,
            user_id=user_id,
            user_name=user_name,
            maintain_begin=maintain_begin,
            maintain_end=maintain_end,
            enable_log_collection=enable_log_collection,
            storage_space=storage_space,
            used_storage_space=used_storage_space,
            enable_publicip=enable_publicip,
            publicip_id=publicip_id,
            publicip_address=publicip_address,
            ssl_enable=ssl_enable,
            cross_vpc_info=cross_vpc_info,
            storage_resource_id=storage_resource_id,
            storage_spec_code=storage_spec_code,
            service_type=service_type,
            storage_type=storage_type,
            extend_times=extend_times,
            ipv6_enable=ipv6_enable,
            support_features=support_features,
            disk_encrypted=disk_encrypted,
            ces_version=ces_version,
            node_num=node_num,
            new_spec_billing_enable=new_spec_billing_enable,
            enable_acl=enable_acl,
            broker_num=broker_num,
            dns_enable=dns_enable,
            namesrv_address=namesrv_address,
            namesrv_domain_name=namesrv_domain_name,
            broker_address=broker_address,
            public_namesrv_address=public_namesrv_address,
            public_namesrv_domain_name=public_namesrv_domain_name,
            public_broker_address=public_broker_address,
            grpc_address=grpc_address,
            grpc_domain_name=grpc_domain_name,
            public_grpc_address=public_grpc_address,
            public_grpc_domain_name=public_grpc_domain_name,
            enterprise_project_id=enterprise_project_id,
            tags=tags,
            total_storage_space=total_storage_space,
            resource_spec_code=resource_spec_code,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
