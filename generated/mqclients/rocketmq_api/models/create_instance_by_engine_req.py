from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bss_param import BssParam


T = TypeVar("T", bound="CreateInstanceByEngineReq")


@_attrs_define
class CreateInstanceByEngineReq:
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
    c6.16u32g.cluster (16000 / 16000).
     """
    storage_spec_code: str
    """ Storage I/O: `dms.physical.storage.high.v2` (high I/O disks) or `dms.physical.storage.ultra.v2` (ultra-high
    I/O disks). """
    broker_num: int
    """ Number of brokers. """
    description: str | Unset = UNSET
    """ Description of the instance, at most 1024 characters. """
    ssl_enable: bool | Unset = UNSET
    """ Turn on SSL-encrypted access (true) or not (false). """
    enterprise_project_id: str | Unset = UNSET
    """ Enterprise project id; required for enterprise project accounts. """
    enable_acl: bool | Unset = UNSET
    """ Turn on access control (ACL). """
    ipv6_enable: bool | Unset = UNSET
    """ Support IPv6 (true) or not (false). """
    ipv6_broker_address: str | Unset = UNSET
    """ Ipv6 broker address. """
    ipv6_namesrv_address: str | Unset = UNSET
    """ Ipv6 namesrv address. """
    proxy_enable: bool | Unset = UNSET
    """ Proxy enable. """
    enable_publicip: bool | Unset = UNSET
    """ Turn on public access (off when left out). """
    disk_encrypted_enable: bool | Unset = UNSET
    """ Disk encrypted enable. """
    disk_encrypted_key: str | Unset = UNSET
    """ Disk encrypted key. """
    publicip_id: str | Unset = UNSET
    """ Ids of the elastic IPs to bind, comma-separated; required when enable_publicip is true. """
    arch_type: str | Unset = UNSET
    """ Arch type. """
    tls_mode: str | Unset = UNSET
    """ Tls mode. """
    bss_param: BssParam | Unset = UNSET
    """ SDK model BssParam (huaweicloudsdkrocketmq 3.1.219). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        engine = self.engine

        engine_version = self.engine_version

        storage_space = self.storage_space

        vpc_id = self.vpc_id

        subnet_id = self.subnet_id

        security_group_id = self.security_group_id

        available_zones = self.available_zones

        product_id = self.product_id

        storage_spec_code = self.storage_spec_code

        broker_num = self.broker_num

        description = self.description

        ssl_enable = self.ssl_enable

        enterprise_project_id = self.enterprise_project_id

        enable_acl = self.enable_acl

        ipv6_enable = self.ipv6_enable

        ipv6_broker_address = self.ipv6_broker_address

        ipv6_namesrv_address = self.ipv6_namesrv_address

        proxy_enable = self.proxy_enable

        enable_publicip = self.enable_publicip

        disk_encrypted_enable = self.disk_encrypted_enable

        disk_encrypted_key = self.disk_encrypted_key

        publicip_id = self.publicip_id

        arch_type = self.arch_type

        tls_mode = self.tls_mode

        bss_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bss_param, Unset):
            bss_param = self.bss_param.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "engine": engine,
                "engine_version": engine_version,
                "storage_space": storage_space,
                "vpc_id": vpc_id,
                "subnet_id": subnet_id,
                "security_group_id": security_group_id,
                "available_zones": available_zones,
                "product_id": product_id,
                "storage_spec_code": storage_spec_code,
                "broker_num": broker_num,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if ssl_enable is not UNSET:
            field_dict["ssl_enable"] = ssl_enable
        if enterprise_project_id is not UNSET:
            field_dict["enterprise_project_id"] = enterprise_project_id
        if enable_acl is not UNSET:
            field_dict["enable_acl"] = enable_acl
        if ipv6_enable is not UNSET:
            field_dict["ipv6_enable"] = ipv6_enable
        if ipv6_broker_address is not UNSET:
            field_dict["ipv6_broker_address"] = ipv6_broker_address
        if ipv6_namesrv_address is not UNSET:
            field_dict["ipv6_namesrv_address"] = ipv6_namesrv_address
        if proxy_enable is not UNSET:
            field_dict["proxy_enable"] = proxy_enable
        if enable_publicip is not UNSET:
            field_dict["enable_publicip"] = enable_publicip
        if disk_encrypted_enable is not UNSET:
            field_dict["disk_encrypted_enable"] = disk_encrypted_enable
        if disk_encrypted_key is not UNSET:
            field_dict["disk_encrypted_key"] = disk_encrypted_key
        if publicip_id is not UNSET:
            field_dict["publicip_id"] = publicip_id
        if arch_type is not UNSET:
            field_dict["arch_type"] = arch_type
        if tls_mode is not UNSET:
            field_dict["tls_mode"] = tls_mode
        if bss_param is not UNSET:
            field_dict["bss_param"] = bss_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bss_param import BssParam  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        engine = d.pop("engine")

        engine_version = d.pop("engine_version")

        storage_space = d.pop("storage_space")

        vpc_id = d.pop("vpc_id")

        subnet_id = d.pop("subnet_id")

        security_group_id = d.pop("security_group_id")

        available_zones = cast(list[str], d.pop("available_zones"))

        product_id = d.pop("product_id")

        storage_spec_code = d.pop("storage_spec_code")

        broker_num = d.pop("broker_num")

        description = d.pop("description", UNSET)

        ssl_enable = d.pop("ssl_enable", UNSET)

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)

        enable_acl = d.pop("enable_acl", UNSET)

        ipv6_enable = d.pop("ipv6_enable", UNSET)

        ipv6_broker_address = d.pop("ipv6_broker_address", UNSET)

        ipv6_namesrv_address = d.pop("ipv6_namesrv_address", UNSET)

        proxy_enable = d.pop("proxy_enable", UNSET)

        enable_publicip = d.pop("enable_publicip", UNSET)

        disk_encrypted_enable = d.pop("disk_encrypted_enable", UNSET)

        disk_encrypted_key = d.pop("disk_encrypted_key", UNSET)

        publicip_id = d.pop("publicip_id", UNSET)

        arch_type = d.pop("arch_type", UNSET)

        tls_mode = d.pop("tls_mode", UNSET)

        _bss_param = d.pop("bss_param", UNSET)
        bss_param: BssParam | Unset
        if isinstance(_bss_param, Unset):
            bss_param = UNSET
        else:
            bss_param = BssParam.from_dict(_bss_param)

        create_instance_by_engine_req = cls(
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

        create_instance_by_engine_req.additional_properties = d
        return create_instance_by_engine_req

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
