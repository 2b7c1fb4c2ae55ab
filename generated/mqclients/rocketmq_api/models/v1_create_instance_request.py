"""V1CreateInstanceRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.v1_create_instance_request_engine import (
    V1CreateInstanceRequestEngine,
    check_v1_create_instance_request_engine,
)
from ..models.v1_create_instance_request_engine_version import (
    V1CreateInstanceRequestEngineVersion,
    check_v1_create_instance_request_engine_version,
)
from ..models.v1_create_instance_request_product_id import (
    V1CreateInstanceRequestProductId,
    check_v1_create_instance_request_product_id,
)
from ..models.v1_create_instance_request_storage_spec_code import (
    V1CreateInstanceRequestStorageSpecCode,
    check_v1_create_instance_request_storage_spec_code,
)

if TYPE_CHECKING:
    from ..models.v1_bss_param import V1BssParam


@_attrs_define(repr=False)
class V1CreateInstanceRequest(ModelWithExtras):
    """The new instance (002 table 8-2, which the doc heads "response body" but which is the request body of §8.1.1.1; it
    has no required column, so the required flags are those of the same table in §5.1.2)."""

    name: str
    """ Instance name: starts with a letter; letters, digits, hyphens and underscores; 4 to 64 characters. """
    engine: V1CreateInstanceRequestEngine
    """ Message engine: `reliability`. """
    engine_version: V1CreateInstanceRequestEngineVersion
    """ Engine version: `4.8.0`. """
    storage_space: int
    """ Storage space, GB. """
    vpc_id: str
    """ VPC id (VPC console, VPC details page). """
    subnet_id: str
    """ Subnet (network) id (VPC console, subnet details page). """
    security_group_id: str
    """ Id of the security group the instance belongs to (VPC console, security group details). """
    available_zones: list[str]
    """ Ids of availability zones that have resources (see list_available_zones_v1). Not empty and no empty values;
    RocketMQ nodes go to 1 availability zone or to 3 or more. """
    product_id: V1CreateInstanceRequestProductId
    """ Instance specification: `c6.4u8g.cluster.small` (2000 topics and 2000 consumer groups per broker),
    `c6.4u8g.cluster` (4000/4000), `c6.8u16g.cluster` (8000/8000), `c6.12u24g.cluster` (12000/12000),
    `c6.16u32g.cluster` (16000/16000). """
    storage_spec_code: V1CreateInstanceRequestStorageSpecCode
    """ Storage I/O specification: `dms.physical.storage.high.v2` (high I/O disks) or
    `dms.physical.storage.ultra.v2` (ultra-high I/O disks). """
    broker_num: int
    """ Number of brokers. """
    description: str | None = None
    """ Instance description, at most 1024 characters. Backslash and double quote must be escaped with a backslash
    in the JSON. """
    ssl_enable: bool | None = None
    """ Whether to enable SSL-encrypted access: true on, false off. """
    enterprise_project_id: str | None = None
    """ Enterprise project id; required for an enterprise project account. """
    enable_acl: bool | None = None
    """ Whether to enable access control (ACL). """
    ipv6_enable: bool | None = None
    """ Whether to support IPv6: true yes, false no. """
    enable_publicip: bool | None = None
    """ Whether to enable public access: true on, false off. The service's default is off. """
    publicip_id: str | None = None
    """ Ids of the elastic IPs to bind, comma-separated; required when enable_publicip is true. """
    bss_param: V1BssParam | None = None
    """ Yearly/monthly billing parameters of a new instance (doc table BssParam, 002 table 8-3). """
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
        if self.enable_publicip is not None:
            field_dict["enable_publicip"] = self.enable_publicip
        if self.publicip_id is not None:
            field_dict["publicip_id"] = self.publicip_id
        if self.bss_param is not None:
            field_dict["bss_param"] = self.bss_param.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.v1_bss_param import V1BssParam  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        _engine = d.pop("engine")
        engine: V1CreateInstanceRequestEngine = check_v1_create_instance_request_engine(_engine)
        _engine_version = d.pop("engine_version")
        engine_version: V1CreateInstanceRequestEngineVersion = check_v1_create_instance_request_engine_version(
            _engine_version
        )
        storage_space = d.pop("storage_space")
        vpc_id = d.pop("vpc_id")
        subnet_id = d.pop("subnet_id")
        security_group_id = d.pop("security_group_id")
        available_zones = d.pop("available_zones")
        _product_id = d.pop("product_id")
        product_id: V1CreateInstanceRequestProductId = check_v1_create_instance_request_product_id(_product_id)
        _storage_spec_code = d.pop("storage_spec_code")
        storage_spec_code: V1CreateInstanceRequestStorageSpecCode = check_v1_create_instance_request_storage_spec_code(
            _storage_spec_code
        )
        broker_num = d.pop("broker_num")
        description = d.pop("description", None)
        ssl_enable = d.pop("ssl_enable", None)
        enterprise_project_id = d.pop("enterprise_project_id", None)
        enable_acl = d.pop("enable_acl", None)
        ipv6_enable = d.pop("ipv6_enable", None)
        enable_publicip = d.pop("enable_publicip", None)
        publicip_id = d.pop("publicip_id", None)
        _bss_param = d.pop("bss_param", None)
        bss_param: V1BssParam | None = None if _bss_param is None else V1BssParam.from_dict(_bss_param)
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
            enable_publicip=enable_publicip,
            publicip_id=publicip_id,
            bss_param=bss_param,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
