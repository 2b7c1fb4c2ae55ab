"""CreateInstanceByEngineReq: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.bss_param import BssParam


@_attrs_define(repr=False)
class CreateInstanceByEngineReq(ModelWithExtras):
    """SDK model CreateInstanceByEngineReq (huaweicloudsdkrocketmq 3.1.219)."""

    name: str
    """ Instance name, 4 to 64 characters; starts with a letter, then letters, digits, `-` and `_`. """
    engine: str
    """ Message engine; `reliability`. """
    engine_version: str
    """ Engine version; `4.8.0`. """
    storage_space: int
    """ Storage space, in GB. """
    vpc_id: str
    """ VPC id (VPC console, VPC details page). """
    subnet_id: str
    """ Subnet (network) id (VPC console, subnet details page). """
    security_group_id: str
    """ Security group the instance belongs to (VPC console, security group details page). """
    available_zones: list[str]
    """ Ids of availability zones that have resources (see list_available_zones); not empty and no empty value.
    RocketMQ nodes go in 1 zone, or in 3 or more. """
    product_id: str
    """ Instance specification: c6.4u8g.cluster.small (per broker at most 2000 topics and 2000 consumer groups),
    c6.4u8g.cluster (4000 / 4000), c6.8u16g.cluster (8000 / 8000), c6.12u24g.cluster (12000 / 12000),
    c6.16u32g.cluster (16000 / 16000). """
    storage_spec_code: str
    """ Storage I/O: `dms.physical.storage.high.v2` (high I/O disks) or `dms.physical.storage.ultra.v2` (ultra-high
    I/O disks). """
    broker_num: int
    """ Number of brokers. """
    description: str | None = None
    """ Description of the instance, at most 1024 characters. """
    ssl_enable: bool | None = None
    """ Turn on SSL-encrypted access (true) or not (false). """
    enterprise_project_id: str | None = None
    """ Enterprise project id; required for enterprise project accounts. """
    enable_acl: bool | None = None
    """ Turn on access control (ACL). """
    ipv6_enable: bool | None = None
    """ Support IPv6 (true) or not (false). """
    ipv6_broker_address: str | None = None
    """ Ipv6 broker address. """
    ipv6_namesrv_address: str | None = None
    """ Ipv6 namesrv address. """
    proxy_enable: bool | None = None
    """ Proxy enable. """
    enable_publicip: bool | None = None
    """ Turn on public access (off when left out). """
    disk_encrypted_enable: bool | None = None
    """ Disk encrypted enable. """
    disk_encrypted_key: str | None = None
    """ Disk encrypted key. """
    publicip_id: str | None = None
    """ Ids of the elastic IPs to bind, comma-separated; required when enable_publicip is true. """
    arch_type: str | None = None
    """ Arch type. """
    tls_mode: str | None = None
    """ Tls mode. """
    bss_param: BssParam | None = None
    """ SDK model BssParam (huaweicloudsdkrocketmq 3.1.219). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["engine"] = self.engine
        field_dict["engine_version"] = self.engine_version
        field_dict["storage_space"] = self.storage_space
        field_dict["vpc_id"] = self.vpc_id
        field_dict["subnet_id"] = self.subnet_id
        field_dict["security_group_id"] = self.security_group_id
        field_dict["available_zones"] = self.available_zones
        field_dict["product_id"] = self.product_id
        field_dict["storage_spec_code"] = self.storage_spec_code
        field_dict["broker_num"] = self.broker_num
        if self.description is not None:
            field_dict["description"] = self.description
        if self.ssl_enable is not None:
            field_dict["ssl_enable"] = self.ssl_enable
        if self.enterprise_project_id is not None:
            field_dict["enterprise_project_id"] = self.enterprise_project_id
        if self.enable_acl is not None:
            field_dict["enable_acl"] = self.enable_acl
        if self.ipv6_enable is not None:
            field_dict["ipv6_enable"] = self.ipv6_enable
        if self.ipv6_broker_address is not None:
            field_dict["ipv6_broker_address"] = self.ipv6_broker_address
        if self.ipv6_namesrv_address is not None:
            field_dict["ipv6_namesrv_address"] = self.ipv6_namesrv_address
        if self.proxy_enable is not None:
            field_dict["proxy_enable"] = self.proxy_enable
        if self.enable_publicip is not None:
            field_dict["enable_publicip"] = self.enable_publicip
        if self.disk_encrypted_enable is not None:
            field_dict["disk_encrypted_enable"] = self.disk_encrypted_enable
        if self.disk_encrypted_key is not None:
            field_dict["disk_encrypted_key"] = self.disk_encrypted_key
        if self.publicip_id is not None:
            field_dict["publicip_id"] = self.publicip_id
        if self.arch_type is not None:
            field_dict["arch_type"] = self.arch_type
        if self.tls_mode is not None:
            field_dict["tls_mode"] = self.tls_mode
        if self.bss_param is not None:
            field_dict["bss_param"] = self.bss_param.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.bss_param import BssParam  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        engine = d.pop("engine")
        engine_version = d.pop("engine_version")
        storage_space = d.pop("storage_space")
        vpc_id = d.pop("vpc_id")
        subnet_id = d.pop("subnet_id")
        security_group_id = d.pop("security_group_id")
        available_zones = d.pop("available_zones")
        product_id = d.pop("product_id")
        storage_spec_code = d.pop("storage_spec_code")
        broker_num = d.pop("broker_num")
        description = d.pop("description", None)
        ssl_enable = d.pop("ssl_enable", None)
        enterprise_project_id = d.pop("enterprise_project_id", None)
        enable_acl = d.pop("enable_acl", None)
        ipv6_enable = d.pop("ipv6_enable", None)
        ipv6_broker_address = d.pop("ipv6_broker_address", None)
        ipv6_namesrv_address = d.pop("ipv6_namesrv_address", None)
        proxy_enable = d.pop("proxy_enable", None)
        enable_publicip = d.pop("enable_publicip", None)
        disk_encrypted_enable = d.pop("disk_encrypted_enable", None)
        disk_encrypted_key = d.pop("disk_encrypted_key", None)
        publicip_id = d.pop("publicip_id", None)
        arch_type = d.pop("arch_type", None)
        tls_mode = d.pop("tls_mode", None)
        _bss_param = d.pop("bss_param", None)
        bss_param: BssParam | None = None if _bss_param is None else BssParam.from_dict(_bss_param)
        model = cls(
            name=name,
            engine=engine,
            engine_version=engine_version,
            storage_space=storage_space,
            vpc_id=vpc_id,
            subnet_id=subnet_id,
            security_group_id=security_group_id,
            available_zones=available_zones,
            product_id=product_id,
            storage_spec_code=storage_spec_code,
            broker_num=broker_num,
            description=description,
            ssl_enable=ssl_enable,
            enterprise_project_id=enterprise_project_id,
            enable_acl=enable_acl,
            ipv6_enable=ipv6_enable,
            ipv6_broker_address=ipv6_broker_address,
            ipv6_namesrv_address=ipv6_namesrv_address,
            proxy_enable=proxy_enable,
            enable_publicip=enable_publicip,
            disk_encrypted_enable=disk_encrypted_enable,
            disk_encrypted_key=disk_encrypted_key,
            publicip_id=publicip_id,
            arch_type=arch_type,
            tls_mode=tls_mode,
            bss_param=bss_param,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
