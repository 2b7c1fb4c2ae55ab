from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_tag import InstanceTag


T = TypeVar("T", bound="InstanceDetail")


@_attrs_define
class InstanceDetail:
    """An instance as listed and shown (doc ShowInstanceResp, §5.1.1 table 5-4 and §5.1.3 table 5-11)."""

    name: str | Unset = UNSET
    """ Instance name. """
    engine: str | Unset = UNSET
    """ Message engine (`reliability` for RocketMQ). """
    status: str | Unset = UNSET
    """ Instance state (002 §9.3): CREATING, RUNNING, ERROR, RESTARTING, STARTING, EXTENDING, EXTENDEDFAILED,
    FROZEN, FREEZING, UPGRADING or ROLLINGBACK. """
    description: str | Unset = UNSET
    """ Description of the instance. """
    type_: str | Unset = UNSET
    """ Instance type, e.g. `cluster` (RocketMQ 5.x also `single.basic` and others). """
    specification: str | Unset = UNSET
    """ Human-readable specification, e.g. `c6.4u8g.cluster * 1 broker`. """
    engine_version: str | Unset = UNSET
    """ Engine version, e.g. `4.8.0` or `5.x`. """
    instance_id: str | Unset = UNSET
    """ Instance id. """
    charging_mode: int | Unset = UNSET
    """ Billing mode; 1 pay-per-use, 0 yearly/monthly. """
    vpc_id: str | Unset = UNSET
    """ VPC id. """
    vpc_name: str | Unset = UNSET
    """ VPC name. """
    created_at: str | Unset = UNSET
    """ When the instance was created, milliseconds since 1970-01-01T00:00:00Z, as a string of digits. """
    product_id: str | Unset = UNSET
    """ Product (specification) id. """
    security_group_id: str | Unset = UNSET
    """ Security group id. """
    security_group_name: str | Unset = UNSET
    """ Security group name. """
    subnet_id: str | Unset = UNSET
    """ Subnet id. """
    subnet_name: str | Unset = UNSET
    """ Subnet name. """
    subnet_cidr: str | Unset = UNSET
    """ Subnet CIDR (RocketMQ 5.x only). """
    available_zones: list[str] | Unset = UNSET
    """ Availability zone ids. """
    available_zone_names: list[str] | Unset = UNSET
    """ Availability zone names. """
    user_id: str | Unset = UNSET
    """ User id. """
    user_name: str | Unset = UNSET
    """ User name. """
    maintain_begin: str | Unset = UNSET
    """ Start of the maintenance window, HH:mm:ss. """
    maintain_end: str | Unset = UNSET
    """ End of the maintenance window, HH:mm:ss. """
    enable_log_collection: bool | Unset = UNSET
    """ Whether message collection is on. """
    storage_space: int | Unset = UNSET
    """ Storage space in GB. """
    used_storage_space: int | Unset = UNSET
    """ Message storage used, in GB. """
    enable_publicip: bool | Unset = UNSET
    """ Whether public access is on. """
    publicip_id: str | Unset = UNSET
    """ Ids of the elastic IPs bound to the instance, comma-separated (set when public access is on). """
    publicip_address: str | Unset = UNSET
    """ Public IP address. """
    ssl_enable: bool | Unset = UNSET
    """ Whether SSL is on. """
    cross_vpc_info: str | Unset = UNSET
    """ Cross-VPC access information, a JSON object encoded as a string (per private IP its advertised IP, ports and
    port id). """
    storage_resource_id: str | Unset = UNSET
    """ Storage resource id. """
    storage_spec_code: str | Unset = UNSET
    """ Storage I/O specification, e.g. `dms.physical.storage.ultra.v2`. """
    service_type: str | Unset = UNSET
    """ Service type, e.g. `advanced`. """
    storage_type: str | Unset = UNSET
    """ Storage type, e.g. `hec`. """
    extend_times: int | Unset = UNSET
    """ Number of times the instance was scaled. """
    ipv6_enable: bool | Unset = UNSET
    """ Whether IPv6 is on. """
    support_features: str | Unset = UNSET
    """ Features the instance supports, comma-separated. """
    disk_encrypted: bool | Unset = UNSET
    """ Whether the disks are encrypted. """
    ces_version: str | Unset = UNSET
    """ Cloud Eye (monitoring) version. """
    node_num: int | Unset = UNSET
    """ Number of nodes. """
    new_spec_billing_enable: bool | Unset = UNSET
    """ Whether the new specification billing is used. """
    enable_acl: bool | Unset = UNSET
    """ Whether access control (ACL) is on. """
    broker_num: int | Unset = UNSET
    """ Number of brokers (RocketMQ 4.8.0 only). """
    dns_enable: bool | Unset = UNSET
    """ Whether access by domain name is on (true on, false off). """
    namesrv_address: str | Unset = UNSET
    """ Metadata (name server) address. """
    namesrv_domain_name: str | Unset = UNSET
    """ Metadata (name server) domain name. """
    broker_address: str | Unset = UNSET
    """ Service data (broker) address. """
    public_namesrv_address: str | Unset = UNSET
    """ Public metadata (name server) address. """
    public_namesrv_domain_name: str | Unset = UNSET
    """ Public metadata (name server) domain name. """
    public_broker_address: str | Unset = UNSET
    """ Public service data (broker) address. """
    grpc_address: str | Unset = UNSET
    """ gRPC address (RocketMQ 5.x only). """
    grpc_domain_name: str | Unset = UNSET
    """ gRPC domain name (RocketMQ 5.x only). """
    public_grpc_address: str | Unset = UNSET
    """ Public gRPC address (RocketMQ 5.x only). """
    public_grpc_domain_name: str | Unset = UNSET
    """ Public gRPC domain name (RocketMQ 5.x only). """
    enterprise_project_id: str | Unset = UNSET
    """ Enterprise project id. """
    tags: list[InstanceTag] | Unset = UNSET
    """ Tags of the instance. """
    total_storage_space: int | Unset = UNSET
    """ Total storage space, in GB. """
    resource_spec_code: str | Unset = UNSET
    """ Resource specification code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        engine = self.engine

        status = self.status

        description = self.description

        type_ = self.type_

        specification = self.specification

        engine_version = self.engine_version

        instance_id = self.instance_id

        charging_mode = self.charging_mode

        vpc_id = self.vpc_id

        vpc_name = self.vpc_name

        created_at = self.created_at

        product_id = self.product_id

        security_group_id = self.security_group_id

        security_group_name = self.security_group_name

        subnet_id = self.subnet_id

        subnet_name = self.subnet_name

        subnet_cidr = self.subnet_cidr

        available_zones: list[str] | Unset = UNSET
        if not isinstance(self.available_zones, Unset):
            available_zones = self.available_zones

        available_zone_names: list[str] | Unset = UNSET
        if not isinstance(self.available_zone_names, Unset):
            available_zone_names = self.available_zone_names

        user_id = self.user_id

        user_name = self.user_name

        maintain_begin = self.maintain_begin

        maintain_end = self.maintain_end

        enable_log_collection = self.enable_log_collection

        storage_space = self.storage_space

        used_storage_space = self.used_storage_space

        enable_publicip = self.enable_publicip

        publicip_id = self.publicip_id

        publicip_address = self.publicip_address

        ssl_enable = self.ssl_enable

        cross_vpc_info = self.cross_vpc_info

        storage_resource_id = self.storage_resource_id

        storage_spec_code = self.storage_spec_code

        service_type = self.service_type

        storage_type = self.storage_type

        extend_times = self.extend_times

        ipv6_enable = self.ipv6_enable

        support_features = self.support_features

        disk_encrypted = self.disk_encrypted

        ces_version = self.ces_version

        node_num = self.node_num

        new_spec_billing_enable = self.new_spec_billing_enable

        enable_acl = self.enable_acl

        broker_num = self.broker_num

        dns_enable = self.dns_enable

        namesrv_address = self.namesrv_address

        namesrv_domain_name = self.namesrv_domain_name

        broker_address = self.broker_address

        public_namesrv_address = self.public_namesrv_address

        public_namesrv_domain_name = self.public_namesrv_domain_name

        public_broker_address = self.public_broker_address

        grpc_address = self.grpc_address

        grpc_domain_name = self.grpc_domain_name

        public_grpc_address = self.public_grpc_address

        public_grpc_domain_name = self.public_grpc_domain_name

        enterprise_project_id = self.enterprise_project_id

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        total_storage_space = self.total_storage_space

        resource_spec_code = self.resource_spec_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if engine is not UNSET:
            field_dict["engine"] = engine
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if specification is not UNSET:
            field_dict["specification"] = specification
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if charging_mode is not UNSET:
            field_dict["charging_mode"] = charging_mode
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if vpc_name is not UNSET:
            field_dict["vpc_name"] = vpc_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if security_group_name is not UNSET:
            field_dict["security_group_name"] = security_group_name
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id
        if subnet_name is not UNSET:
            field_dict["subnet_name"] = subnet_name
        if subnet_cidr is not UNSET:
            field_dict["subnet_cidr"] = subnet_cidr
        if available_zones is not UNSET:
            field_dict["available_zones"] = available_zones
        if available_zone_names is not UNSET:
            field_dict["available_zone_names"] = available_zone_names
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if maintain_begin is not UNSET:
            field_dict["maintain_begin"] = maintain_begin
        if maintain_end is not UNSET:
            field_dict["maintain_end"] = maintain_end
        if enable_log_collection is not UNSET:
            field_dict["enable_log_collection"] = enable_log_collection
        if storage_space is not UNSET:
            field_dict["storage_space"] = storage_space
        if used_storage_space is not UNSET:
            field_dict["used_storage_space"] = used_storage_space
        if enable_publicip is not UNSET:
            field_dict["enable_publicip"] = enable_publicip
        if publicip_id is not UNSET:
            field_dict["publicip_id"] = publicip_id
        if publicip_address is not UNSET:
            field_dict["publicip_address"] = publicip_address
        if ssl_enable is not UNSET:
            field_dict["ssl_enable"] = ssl_enable
        if cross_vpc_info is not UNSET:
            field_dict["cross_vpc_info"] = cross_vpc_info
        if storage_resource_id is not UNSET:
            field_dict["storage_resource_id"] = storage_resource_id
        if storage_spec_code is not UNSET:
            field_dict["storage_spec_code"] = storage_spec_code
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if storage_type is not UNSET:
            field_dict["storage_type"] = storage_type
        if extend_times is not UNSET:
            field_dict["extend_times"] = extend_times
        if ipv6_enable is not UNSET:
            field_dict["ipv6_enable"] = ipv6_enable
        if support_features is not UNSET:
            field_dict["support_features"] = support_features
        if disk_encrypted is not UNSET:
            field_dict["disk_encrypted"] = disk_encrypted
        if ces_version is not UNSET:
            field_dict["ces_version"] = ces_version
        if node_num is not UNSET:
            field_dict["node_num"] = node_num
        if new_spec_billing_enable is not UNSET:
            field_dict["new_spec_billing_enable"] = new_spec_billing_enable
        if enable_acl is not UNSET:
            field_dict["enable_acl"] = enable_acl
        if broker_num is not UNSET:
            field_dict["broker_num"] = broker_num
        if dns_enable is not UNSET:
            field_dict["dns_enable"] = dns_enable
        if namesrv_address is not UNSET:
            field_dict["namesrv_address"] = namesrv_address
        if namesrv_domain_name is not UNSET:
            field_dict["namesrv_domain_name"] = namesrv_domain_name
        if broker_address is not UNSET:
            field_dict["broker_address"] = broker_address
        if public_namesrv_address is not UNSET:
            field_dict["public_namesrv_address"] = public_namesrv_address
        if public_namesrv_domain_name is not UNSET:
            field_dict["public_namesrv_domain_name"] = public_namesrv_domain_name
        if public_broker_address is not UNSET:
            field_dict["public_broker_address"] = public_broker_address
        if grpc_address is not UNSET:
            field_dict["grpc_address"] = grpc_address
        if grpc_domain_name is not UNSET:
            field_dict["grpc_domain_name"] = grpc_domain_name
        if public_grpc_address is not UNSET:
            field_dict["public_grpc_address"] = public_grpc_address
        if public_grpc_domain_name is not UNSET:
            field_dict["public_grpc_domain_name"] = public_grpc_domain_name
        if enterprise_project_id is not UNSET:
            field_dict["enterprise_project_id"] = enterprise_project_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if total_storage_space is not UNSET:
            field_dict["total_storage_space"] = total_storage_space
        if resource_spec_code is not UNSET:
            field_dict["resource_spec_code"] = resource_spec_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_tag import InstanceTag  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        engine = d.pop("engine", UNSET)

        status = d.pop("status", UNSET)

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        specification = d.pop("specification", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        charging_mode = d.pop("charging_mode", UNSET)

        vpc_id = d.pop("vpc_id", UNSET)

        vpc_name = d.pop("vpc_name", UNSET)

        created_at = d.pop("created_at", UNSET)

        product_id = d.pop("product_id", UNSET)

        security_group_id = d.pop("security_group_id", UNSET)

        security_group_name = d.pop("security_group_name", UNSET)

        subnet_id = d.pop("subnet_id", UNSET)

        subnet_name = d.pop("subnet_name", UNSET)

        subnet_cidr = d.pop("subnet_cidr", UNSET)

        available_zones = cast(list[str], d.pop("available_zones", UNSET))

        available_zone_names = cast(list[str], d.pop("available_zone_names", UNSET))

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        maintain_begin = d.pop("maintain_begin", UNSET)

        maintain_end = d.pop("maintain_end", UNSET)

        enable_log_collection = d.pop("enable_log_collection", UNSET)

        storage_space = d.pop("storage_space", UNSET)

        used_storage_space = d.pop("used_storage_space", UNSET)

        enable_publicip = d.pop("enable_publicip", UNSET)

        publicip_id = d.pop("publicip_id", UNSET)

        publicip_address = d.pop("publicip_address", UNSET)

        ssl_enable = d.pop("ssl_enable", UNSET)

        cross_vpc_info = d.pop("cross_vpc_info", UNSET)

        storage_resource_id = d.pop("storage_resource_id", UNSET)

        storage_spec_code = d.pop("storage_spec_code", UNSET)

        service_type = d.pop("service_type", UNSET)

        storage_type = d.pop("storage_type", UNSET)

        extend_times = d.pop("extend_times", UNSET)

        ipv6_enable = d.pop("ipv6_enable", UNSET)

        support_features = d.pop("support_features", UNSET)

        disk_encrypted = d.pop("disk_encrypted", UNSET)

        ces_version = d.pop("ces_version", UNSET)

        node_num = d.pop("node_num", UNSET)

        new_spec_billing_enable = d.pop("new_spec_billing_enable", UNSET)

        enable_acl = d.pop("enable_acl", UNSET)

        broker_num = d.pop("broker_num", UNSET)

        dns_enable = d.pop("dns_enable", UNSET)

        namesrv_address = d.pop("namesrv_address", UNSET)

        namesrv_domain_name = d.pop("namesrv_domain_name", UNSET)

        broker_address = d.pop("broker_address", UNSET)

        public_namesrv_address = d.pop("public_namesrv_address", UNSET)

        public_namesrv_domain_name = d.pop("public_namesrv_domain_name", UNSET)

        public_broker_address = d.pop("public_broker_address", UNSET)

        grpc_address = d.pop("grpc_address", UNSET)

        grpc_domain_name = d.pop("grpc_domain_name", UNSET)

        public_grpc_address = d.pop("public_grpc_address", UNSET)

        public_grpc_domain_name = d.pop("public_grpc_domain_name", UNSET)

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[InstanceTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = InstanceTag.from_dict(tags_item_data)

                tags.append(tags_item)

        total_storage_space = d.pop("total_storage_space", UNSET)

        resource_spec_code = d.pop("resource_spec_code", UNSET)

        instance_detail = cls(
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

        instance_detail.additional_properties = d
        return instance_detail

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
