# Generated from specs/huawei-rocketmq.yaml by datamodel-code-generator (pydantic v2 models): do not edit.
# Regenerate with `python -m servers.emulators.generate_models` (`--check` to verify it is up to date).
# ruff: noqa: E501

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field
from typing_extensions import TypeAliasType


class Error(BaseModel):
    error_code: Annotated[
        str | None,
        Field(description="Service error code, e.g. DMS.00400002 (002 §9.2)."),
    ] = None
    error_msg: Annotated[str | None, Field(description="Error message.")] = None


class InstanceTag(BaseModel):
    key: Annotated[
        str | None,
        Field(
            description="Tag key, 1 to 128 characters (letters of any language, digits, spaces and `_ . : = + - @`; no leading or trailing space), unique per instance.",
            max_length=128,
            min_length=1,
        ),
    ] = None
    value: Annotated[
        str | None,
        Field(
            description="Tag value, 0 to 255 characters (letters of any language, digits, spaces and `_ . : = + - @`; no leading or trailing space).",
            max_length=255,
            min_length=0,
        ),
    ] = None


class InstanceDetail(BaseModel):
    name: Annotated[str | None, Field(description="Instance name.")] = None
    engine: Annotated[str | None, Field(description="Message engine (`reliability` for RocketMQ).")] = None
    status: Annotated[
        str | None,
        Field(
            description="Instance state (002 §9.3): CREATING, RUNNING, ERROR, RESTARTING, STARTING, EXTENDING, EXTENDEDFAILED, FROZEN, FREEZING, UPGRADING or ROLLINGBACK."
        ),
    ] = None
    description: Annotated[str | None, Field(description="Description of the instance.")] = None
    type: Annotated[
        str | None,
        Field(description="Instance type, e.g. `cluster` (RocketMQ 5.x also `single.basic` and others)."),
    ] = None
    specification: Annotated[
        str | None,
        Field(description="Human-readable specification, e.g. `c6.4u8g.cluster * 1 broker`."),
    ] = None
    engine_version: Annotated[str | None, Field(description="Engine version, e.g. `4.8.0` or `5.x`.")] = None
    instance_id: Annotated[str | None, Field(description="Instance id.")] = None
    charging_mode: Annotated[int | None, Field(description="Billing mode; 1 pay-per-use, 0 yearly/monthly.")] = None
    vpc_id: Annotated[str | None, Field(description="VPC id.")] = None
    vpc_name: Annotated[str | None, Field(description="VPC name.")] = None
    created_at: Annotated[
        str | None,
        Field(
            description="When the instance was created, milliseconds since 1970-01-01T00:00:00Z, as a string of digits."
        ),
    ] = None
    product_id: Annotated[str | None, Field(description="Product (specification) id.")] = None
    security_group_id: Annotated[str | None, Field(description="Security group id.")] = None
    security_group_name: Annotated[str | None, Field(description="Security group name.")] = None
    subnet_id: Annotated[str | None, Field(description="Subnet id.")] = None
    subnet_name: Annotated[str | None, Field(description="Subnet name.")] = None
    subnet_cidr: Annotated[str | None, Field(description="Subnet CIDR (RocketMQ 5.x only).")] = None
    available_zones: Annotated[list[str] | None, Field(description="Availability zone ids.")] = None
    available_zone_names: Annotated[list[str] | None, Field(description="Availability zone names.")] = None
    user_id: Annotated[str | None, Field(description="User id.")] = None
    user_name: Annotated[str | None, Field(description="User name.")] = None
    maintain_begin: Annotated[str | None, Field(description="Start of the maintenance window, HH:mm:ss.")] = None
    maintain_end: Annotated[str | None, Field(description="End of the maintenance window, HH:mm:ss.")] = None
    enable_log_collection: Annotated[bool | None, Field(description="Whether message collection is on.")] = None
    storage_space: Annotated[int | None, Field(description="Storage space in GB.")] = None
    used_storage_space: Annotated[int | None, Field(description="Message storage used, in GB.")] = None
    enable_publicip: Annotated[bool | None, Field(description="Whether public access is on.")] = None
    publicip_id: Annotated[
        str | None,
        Field(
            description="Ids of the elastic IPs bound to the instance, comma-separated (set when public access is on)."
        ),
    ] = None
    publicip_address: Annotated[str | None, Field(description="Public IP address.")] = None
    ssl_enable: Annotated[bool | None, Field(description="Whether SSL is on.")] = None
    cross_vpc_info: Annotated[
        str | None,
        Field(
            description="Cross-VPC access information, a JSON object encoded as a string (per private IP its advertised IP, ports and port id)."
        ),
    ] = None
    storage_resource_id: Annotated[str | None, Field(description="Storage resource id.")] = None
    storage_spec_code: Annotated[
        str | None,
        Field(description="Storage I/O specification, e.g. `dms.physical.storage.ultra.v2`."),
    ] = None
    service_type: Annotated[str | None, Field(description="Service type, e.g. `advanced`.")] = None
    storage_type: Annotated[str | None, Field(description="Storage type, e.g. `hec`.")] = None
    extend_times: Annotated[int | None, Field(description="Number of times the instance was scaled.")] = None
    ipv6_enable: Annotated[bool | None, Field(description="Whether IPv6 is on.")] = None
    support_features: Annotated[
        str | None,
        Field(description="Features the instance supports, comma-separated."),
    ] = None
    disk_encrypted: Annotated[bool | None, Field(description="Whether the disks are encrypted.")] = None
    ces_version: Annotated[str | None, Field(description="Cloud Eye (monitoring) version.")] = None
    node_num: Annotated[int | None, Field(description="Number of nodes.")] = None
    new_spec_billing_enable: Annotated[
        bool | None, Field(description="Whether the new specification billing is used.")
    ] = None
    enable_acl: Annotated[bool | None, Field(description="Whether access control (ACL) is on.")] = None
    broker_num: Annotated[int | None, Field(description="Number of brokers (RocketMQ 4.8.0 only).")] = None
    dns_enable: Annotated[
        bool | None,
        Field(description="Whether access by domain name is on (true on, false off)."),
    ] = None
    namesrv_address: Annotated[str | None, Field(description="Metadata (name server) address.")] = None
    namesrv_domain_name: Annotated[str | None, Field(description="Metadata (name server) domain name.")] = None
    broker_address: Annotated[str | None, Field(description="Service data (broker) address.")] = None
    public_namesrv_address: Annotated[str | None, Field(description="Public metadata (name server) address.")] = None
    public_namesrv_domain_name: Annotated[
        str | None, Field(description="Public metadata (name server) domain name.")
    ] = None
    public_broker_address: Annotated[str | None, Field(description="Public service data (broker) address.")] = None
    grpc_address: Annotated[str | None, Field(description="gRPC address (RocketMQ 5.x only).")] = None
    grpc_domain_name: Annotated[str | None, Field(description="gRPC domain name (RocketMQ 5.x only).")] = None
    public_grpc_address: Annotated[str | None, Field(description="Public gRPC address (RocketMQ 5.x only).")] = None
    public_grpc_domain_name: Annotated[
        str | None, Field(description="Public gRPC domain name (RocketMQ 5.x only).")
    ] = None
    enterprise_project_id: Annotated[str | None, Field(description="Enterprise project id.")] = None
    tags: Annotated[list[InstanceTag] | None, Field(description="Tags of the instance.")] = None
    total_storage_space: Annotated[int | None, Field(description="Total storage space, in GB.")] = None
    resource_spec_code: Annotated[str | None, Field(description="Resource specification code.")] = None


class InstanceList(BaseModel):
    instances: Annotated[list[InstanceDetail] | None, Field(description="The instances on this page.")] = None
    instance_num: Annotated[int | None, Field(description="Number of instances matching the filters.")] = None


class InstanceBssParam(BaseModel):
    is_auto_renew: Annotated[
        bool | None,
        Field(description="Renew automatically at the end of the period (not renewed when left out)."),
    ] = None
    charging_mode: Annotated[
        Literal["prePaid", "postPaid"] | None,
        Field(
            description="Billing mode: `prePaid` (yearly/monthly) or `postPaid` (pay-per-use, what the server assumes when left out)."
        ),
    ] = None
    is_auto_pay: Annotated[
        bool | None,
        Field(
            description="Pay the order from the account automatically (true) or leave it for the customer to pay (false, what the server assumes when left out)."
        ),
    ] = None
    period_type: Annotated[
        Literal["month", "year"] | None,
        Field(
            description="Subscription period unit: `month` or `year`. Required (and read) only when charging_mode is prePaid."
        ),
    ] = None
    period_num: Annotated[
        int | None,
        Field(
            description="Number of periods, 1 to 9 months or 1 to 3 years. Required (and read) only when charging_mode is prePaid.",
            ge=1,
            le=9,
        ),
    ] = None


AvailableZone = TypeAliasType("AvailableZone", Annotated[str, Field(min_length=1)])


class InstanceCreateRequest(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Instance name, 4 to 64 characters; starts with a letter, then letters, digits, `-` and `_`.",
            max_length=64,
            min_length=4,
            pattern="^[A-Za-z][A-Za-z0-9_-]*$",
        ),
    ]
    description: Annotated[
        str | None,
        Field(
            description="Description of the instance, at most 1024 characters.",
            max_length=1024,
        ),
    ] = None
    engine: Annotated[Literal["reliability"], Field(description="Message engine; `reliability`.")]
    engine_version: Annotated[Literal["4.8.0"], Field(description="Engine version; `4.8.0`.")]
    storage_space: Annotated[int, Field(description="Storage space, in GB.")]
    vpc_id: Annotated[str, Field(description="VPC id (VPC console, VPC details page).")]
    subnet_id: Annotated[
        str,
        Field(description="Subnet (network) id (VPC console, subnet details page)."),
    ]
    security_group_id: Annotated[
        str,
        Field(description="Security group the instance belongs to (VPC console, security group details page)."),
    ]
    available_zones: Annotated[
        list[AvailableZone],
        Field(
            description="Ids of availability zones that have resources (see list_available_zones); not empty and no empty value. RocketMQ nodes go in 1 zone, or in 3 or more.",
            min_length=1,
        ),
    ]
    product_id: Annotated[
        Literal[
            "c6.4u8g.cluster.small", "c6.4u8g.cluster", "c6.8u16g.cluster", "c6.12u24g.cluster", "c6.16u32g.cluster"
        ],
        Field(
            description="Instance specification: c6.4u8g.cluster.small (per broker at most 2000 topics and 2000 consumer groups),\nc6.4u8g.cluster (4000 / 4000), c6.8u16g.cluster (8000 / 8000), c6.12u24g.cluster (12000 / 12000),\nc6.16u32g.cluster (16000 / 16000).\n"
        ),
    ]
    ssl_enable: Annotated[
        bool | None,
        Field(description="Turn on SSL-encrypted access (true) or not (false)."),
    ] = None
    storage_spec_code: Annotated[
        Literal["dms.physical.storage.high.v2", "dms.physical.storage.ultra.v2"],
        Field(
            description="Storage I/O: `dms.physical.storage.high.v2` (high I/O disks) or `dms.physical.storage.ultra.v2` (ultra-high I/O disks)."
        ),
    ]
    enterprise_project_id: Annotated[
        str | None,
        Field(description="Enterprise project id; required for enterprise project accounts."),
    ] = None
    enable_acl: Annotated[bool | None, Field(description="Turn on access control (ACL).")] = None
    ipv6_enable: Annotated[bool | None, Field(description="Support IPv6 (true) or not (false).")] = None
    enable_publicip: Annotated[bool | None, Field(description="Turn on public access (off when left out).")] = None
    publicip_id: Annotated[
        str | None,
        Field(description="Ids of the elastic IPs to bind, comma-separated; required when enable_publicip is true."),
    ] = None
    broker_num: Annotated[int, Field(description="Number of brokers.")]
    bss_param: InstanceBssParam | None = None


class PostPaidInstanceCreateRequest(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Instance name, 4 to 64 characters; starts with a letter, then letters, digits, `-` and `_`.",
            max_length=64,
            min_length=4,
            pattern="^[A-Za-z][A-Za-z0-9_-]*$",
        ),
    ]
    description: Annotated[
        str | None,
        Field(
            description="Description of the instance, at most 1024 characters.",
            max_length=1024,
        ),
    ] = None
    engine: Annotated[Literal["reliability"], Field(description="Message engine; `reliability`.")]
    engine_version: Annotated[Literal["4.8.0"], Field(description="Engine version; `4.8.0`.")]
    storage_space: Annotated[int, Field(description="Storage space, in GB.")]
    vpc_id: Annotated[str, Field(description="VPC id (VPC console, VPC details page).")]
    subnet_id: Annotated[
        str,
        Field(description="Subnet (network) id (VPC console, subnet details page)."),
    ]
    security_group_id: Annotated[
        str,
        Field(description="Security group the instance belongs to (VPC console, security group details page)."),
    ]
    available_zones: Annotated[
        list[AvailableZone],
        Field(
            description="Ids of availability zones that have resources (see list_available_zones); not empty and no empty value. RocketMQ nodes go in 1 zone, or in 3 or more.",
            min_length=1,
        ),
    ]
    product_id: Annotated[
        Literal[
            "c6.4u8g.cluster.small", "c6.4u8g.cluster", "c6.8u16g.cluster", "c6.12u24g.cluster", "c6.16u32g.cluster"
        ],
        Field(
            description="Instance specification: c6.4u8g.cluster.small (per broker at most 2000 topics and 2000 consumer groups),\nc6.4u8g.cluster (4000 / 4000), c6.8u16g.cluster (8000 / 8000), c6.12u24g.cluster (12000 / 12000),\nc6.16u32g.cluster (16000 / 16000).\n"
        ),
    ]
    ssl_enable: Annotated[
        bool | None,
        Field(description="Turn on SSL-encrypted access (true) or not (false)."),
    ] = None
    storage_spec_code: Annotated[
        Literal["dms.physical.storage.high.v2", "dms.physical.storage.ultra.v2"],
        Field(
            description="Storage I/O: `dms.physical.storage.high.v2` (high I/O disks) or `dms.physical.storage.ultra.v2` (ultra-high I/O disks)."
        ),
    ]
    enterprise_project_id: Annotated[
        str | None,
        Field(description="Enterprise project id; required for enterprise project accounts."),
    ] = None
    enable_acl: Annotated[bool | None, Field(description="Turn on access control (ACL).")] = None
    ipv6_enable: Annotated[bool | None, Field(description="Support IPv6 (true) or not (false).")] = None
    enable_publicip: Annotated[bool | None, Field(description="Turn on public access (off when left out).")] = None
    publicip_id: Annotated[
        str | None,
        Field(description="Ids of the elastic IPs to bind, comma-separated; required when enable_publicip is true."),
    ] = None
    broker_num: Annotated[int, Field(description="Number of brokers.")]


class InstanceCreateResult(BaseModel):
    instance_id: Annotated[str | None, Field(description="Id of the new instance.")] = None


class InstanceUpdateRequest(BaseModel):
    name: Annotated[
        str | None,
        Field(
            description="New name, 4 to 64 characters; starts with a letter, then letters, digits and `-`.",
            max_length=64,
            min_length=4,
            pattern="^[A-Za-z][A-Za-z0-9-]*$",
        ),
    ] = None
    description: Annotated[
        str | None,
        Field(description="New description, at most 1024 characters.", max_length=1024),
    ] = None
    security_group_id: Annotated[
        str | None,
        Field(description="Security group id (VPC console, security group details page)."),
    ] = None
    enable_acl: Annotated[bool | None, Field(description="Turn access control (ACL) on or off.")] = None
    enable_publicip: Annotated[bool | None, Field(description="Turn public access on or off.")] = None
    publicip_id: Annotated[
        str | None,
        Field(description="Ids of the elastic IPs to bind, comma-separated; required when enable_publicip is true."),
    ] = None


class InstanceBatchDeleteRequest(BaseModel):
    instances: Annotated[list[str] | None, Field(description="Ids of the instances to delete.")] = None
    action: Annotated[Literal["delete"], Field(description="The operation; `delete`.")]
    all_failure: Annotated[
        Literal["reliability"] | None,
        Field(description="`reliability`: delete every RocketMQ instance of the tenant whose creation failed."),
    ] = None


class InstanceBatchDeleteItemResult(BaseModel):
    result: Annotated[str | None, Field(description="Outcome, e.g. `success`.")] = None
    instance: Annotated[str | None, Field(description="Instance id.")] = None


class InstanceBatchDeleteResult(BaseModel):
    results: Annotated[
        list[InstanceBatchDeleteItemResult] | None,
        Field(description="The outcome per instance."),
    ] = None


class InstanceBroker(BaseModel):
    ids: Annotated[
        list[float] | None,
        Field(description="Ids of all the broker's nodes (0 for the master)."),
    ] = None
    broker_name: Annotated[str | None, Field(description="Broker name, e.g. `broker-0`.")] = None


class InstanceBrokerList(BaseModel):
    brokers: Annotated[list[InstanceBroker] | None, Field(description="The brokers.")] = None


class AvailableZone2(BaseModel):
    soldOut: Annotated[bool | None, Field(description="Whether the zone is sold out.")] = None
    id: Annotated[
        str | None,
        Field(description="Availability zone id (what create_instance takes)."),
    ] = None
    code: Annotated[str | None, Field(description="Availability zone code.")] = None
    name: Annotated[str | None, Field(description="Availability zone name.")] = None
    port: Annotated[str | None, Field(description="Availability zone port.")] = None
    resource_availability: Annotated[
        str | None,
        Field(description='Whether the zone still has resources ("true" or "false").'),
    ] = None
    default_az: Annotated[bool | None, Field(description="Whether this is the default zone.")] = None
    remain_time: Annotated[int | None, Field(description="Remaining time.")] = None
    ipv6_enable: Annotated[bool | None, Field(description="Whether the zone supports IPv6.")] = None


class AvailableZoneList(BaseModel):
    region_id: Annotated[str | None, Field(description="Region id.")] = None
    available_zones: Annotated[list[AvailableZone2] | None, Field(description="The availability zones.")] = None


class EngineProduct(BaseModel):
    type: Annotated[str | None, Field(description="Product type, `single` or `cluster`.")] = None
    product_id: Annotated[str | None, Field(description="Product id.")] = None
    ecs_flavor_id: Annotated[str | None, Field(description="ECS flavor id.")] = None
    billing_code: Annotated[str | None, Field(description="CBC specification (billing) code.")] = None
    arch_types: Annotated[list[str] | None, Field(description="CPU architectures.")] = None
    charging_mode: Annotated[
        Any | None,
        Field(description='Billing modes (documented as Object; a list such as `["monthly", "hourly"]` in practice).'),
    ] = None
    ios: Annotated[
        Any | None,
        Field(description="Supported storage I/O types (documented as Object)."),
    ] = None
    support_features: Annotated[Any | None, Field(description="Supported features (documented as Object).")] = None
    properties: Annotated[
        dict[str, Any] | None,
        Field(description="Product properties as key/value pairs (maximum brokers, topics, storage and so on)."),
    ] = None
    available_zones: Annotated[list[str] | None, Field(description="Availability zones with resources.")] = None
    unavailable_zones: Annotated[list[str] | None, Field(description="Availability zones without resources.")] = None
    qingtian_incompatible: Annotated[bool | None, Field(description="Whether this is a Qingtian instance.")] = None


class EngineProductList(BaseModel):
    engine: Annotated[str | None, Field(description="Engine type.")] = None
    versions: Annotated[list[str] | None, Field(description="Supported versions.")] = None
    products: Annotated[list[EngineProduct] | None, Field(description="The product specifications.")] = None


class ProductCoreCount(BaseModel):
    core_num: Annotated[int | None, Field(description="Number of cores.")] = None


class ExtendProductIo(BaseModel):
    io_spec: Annotated[
        str | None,
        Field(description="Storage I/O specification, e.g. `dms.physical.storage.ultra.v2`."),
    ] = None
    available_zones: Annotated[list[str] | None, Field(description="Availability zones with resources.")] = None
    type: Annotated[str | None, Field(description="I/O type, e.g. `evs`.")] = None
    unavailable_zones: Annotated[list[str] | None, Field(description="Availability zones that are sold out.")] = None


class ExtendProductProperties(BaseModel):
    max_broker: Annotated[str | None, Field(description="Maximum number of brokers.")] = None
    max_topic_per_broker: Annotated[str | None, Field(description="Maximum number of topics per broker.")] = None
    max_consumer_per_broker: Annotated[str | None, Field(description="Maximum number of consumers per broker.")] = None
    max_storage_per_node: Annotated[str | None, Field(description="Maximum storage per node, in GB.")] = None
    min_broker: Annotated[str | None, Field(description="Minimum number of brokers.")] = None
    engine_versions: Annotated[str | None, Field(description="Engine version.")] = None
    min_storage_per_node: Annotated[str | None, Field(description="Minimum storage per node, in GB.")] = None
    product_alias: Annotated[str | None, Field(description="Alias of the product id.")] = None


class ExtendProductFeature(BaseModel):
    name: Annotated[str | None, Field(description="Feature name.")] = None
    properties: Annotated[
        dict[str, str] | None,
        Field(description="The feature's properties as key/value strings."),
    ] = None


class ExtendProductInfo(BaseModel):
    type: Annotated[
        str | None,
        Field(description="Instance type, e.g. `cluster` or `cluster.small`."),
    ] = None
    product_id: Annotated[str | None, Field(description="Product id.")] = None
    ecs_flavor_id: Annotated[str | None, Field(description="ECS flavor the product runs on.")] = None
    billing_code: Annotated[str | None, Field(description="Billing code.")] = None
    arch_types: Annotated[list[str] | None, Field(description="Supported CPU architectures, e.g. `X86`.")] = None
    charging_mode: Annotated[
        list[str] | None,
        Field(description="Supported billing modes, e.g. `monthly`, `hourly`."),
    ] = None
    ios: Annotated[list[ExtendProductIo] | None, Field(description="Storage I/O options.")] = None
    properties: ExtendProductProperties | None = None
    available_zones: Annotated[list[str] | None, Field(description="Availability zones with resources.")] = None
    unavailable_zones: Annotated[list[str] | None, Field(description="Availability zones that are sold out.")] = None
    support_features: Annotated[list[ExtendProductFeature] | None, Field(description="Supported features.")] = None
    qingtian_incompatible: Annotated[bool | None, Field(description="Whether this is a Qingtian instance.")] = None


class ExtendProductList(BaseModel):
    engine: Annotated[str | None, Field(description="Message engine type.")] = None
    versions: Annotated[list[str] | None, Field(description="Engine versions supported.")] = None
    products: Annotated[list[ExtendProductInfo] | None, Field(description="The specifications.")] = None


class InstanceResizeRequest(BaseModel):
    oper_type: Annotated[
        Literal["storage", "horizontal", "vertical"],
        Field(
            description="What changes: `storage` (storage per broker grows, broker count unchanged), `horizontal` (more brokers,\nstorage per broker unchanged), `vertical` (the brokers' VM flavor changes; broker count and storage\nunchanged).\n"
        ),
    ]
    new_storage_space: Annotated[
        int | None,
        Field(
            description="New total storage in GB (= broker count x storage per broker); read and required when oper_type is\n`storage` (each broker grows by at least 100 GB) or `horizontal` (storage per broker stays the same).\n"
        ),
    ] = None
    new_product_id: Annotated[
        str | None,
        Field(description="New specification (product id); read and required only when oper_type is `vertical`."),
    ] = None
    new_broker_num: Annotated[
        int | None,
        Field(description="New number of brokers; required when oper_type is `horizontal`."),
    ] = None
    publicip_id: Annotated[
        str | None,
        Field(
            description="Ids of the elastic IPs to bind, comma-separated; required when oper_type is `horizontal` and public access is on."
        ),
    ] = None


class InstanceResizeResult(BaseModel):
    job_id: Annotated[str | None, Field(description="Id of the specification change job.")] = None


class InstanceNode(BaseModel):
    id: Annotated[str | None, Field(description="Node id.")] = None
    broker_name: Annotated[str | None, Field(description="Name of the broker the node belongs to.")] = None
    broker_id: Annotated[int | None, Field(description="Broker id of the node.")] = None
    address: Annotated[str | None, Field(description="Private address.")] = None
    public_address: Annotated[str | None, Field(description="Public address.")] = None


class InstanceNodeList(BaseModel):
    nodes: Annotated[list[InstanceNode] | None, Field(description="The nodes.")] = None
    total: Annotated[int | None, Field(description="Number of nodes.")] = None


class InstanceRestartResult(BaseModel):
    instance_id: Annotated[str | None, Field(description="Instance id.")] = None
    nodes: Annotated[list[str] | None, Field(description="The nodes being restarted.")] = None
    result: Annotated[str | None, Field(description="Outcome, e.g. `success`.")] = None


class ConsumerGroup(BaseModel):
    enabled: Annotated[bool | None, Field(description="Whether the group may consume.")] = None
    broadcast: Annotated[
        bool | None,
        Field(description="Whether the group consumes in broadcast mode (every consumer gets every message)."),
    ] = None
    brokers: Annotated[
        list[str] | None,
        Field(description="Names of the brokers the group is bound to."),
    ] = None
    name: Annotated[
        str | None,
        Field(description="Name of the consumer group (3 to 64 letters, digits, `%`, `|`, `-` or `_`)."),
    ] = None
    group_desc: Annotated[str | None, Field(description="Description of the group (0 to 200 characters).")] = None
    retry_max_time: Annotated[
        int | None,
        Field(description="Maximum number of redeliveries of a message that failed (1 to 16)."),
    ] = None
    createdAt: Annotated[
        int | None,
        Field(description="When the group was created, a Unix timestamp in milliseconds."),
    ] = None
    permissions: Annotated[list[str] | None, Field(description="The group's permissions.")] = None
    consume_orderly: Annotated[bool | None, Field(description="Whether the group consumes in order.")] = None


class ConsumerGroupList(BaseModel):
    total: Annotated[
        int | None,
        Field(description="Number of the instance's consumer groups (all pages)."),
    ] = None
    groups: Annotated[
        list[ConsumerGroup] | None,
        Field(description="The consumer groups on this page."),
    ] = None
    max: Annotated[
        int | None,
        Field(description="Maximum number of consumer groups the instance may hold."),
    ] = None
    remaining: Annotated[int | None, Field(description="How many more consumer groups can be created.")] = None
    next_offset: Annotated[int | None, Field(description="Offset of the next page; -1 when there is none.")] = None
    previous_offset: Annotated[
        int | None,
        Field(description="Offset of the previous page; -1 when there is none."),
    ] = None


class ConsumerGroupCreateRequest(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Name of the consumer group; letters, digits, `%`, `|`, `-` and `_`, 3 to 64 characters.",
            max_length=64,
            min_length=3,
            pattern="^[A-Za-z0-9%|_-]{3,64}$",
        ),
    ]
    brokers: Annotated[
        list[str] | None,
        Field(description="Names of the brokers to bind the group to (only RocketMQ 4.8.0 instances need it)."),
    ] = None
    broadcast: Annotated[bool | None, Field(description="Whether the group consumes in broadcast mode.")] = None
    retry_max_time: Annotated[
        int | None,
        Field(
            description="Maximum number of redeliveries of a message that failed.",
            ge=1,
            le=16,
        ),
    ] = None
    enabled: Annotated[bool | None, Field(description="Whether the group may consume.")] = None
    consume_orderly: Annotated[
        bool | None,
        Field(description="Whether the group consumes in order (only RocketMQ 5.x instances need it)."),
    ] = None
    group_desc: Annotated[
        str | None,
        Field(description="Description of the group.", max_length=200, min_length=0),
    ] = None


class ConsumerGroupCreated(BaseModel):
    name: Annotated[str | None, Field(description="Name of the consumer group created.")] = None


class ConsumerGroupBatchDeleteRequest(BaseModel):
    groups: Annotated[list[str], Field(description="Names of the consumer groups to delete.")]


class ConsumerGroupBatchDeleteResult(BaseModel):
    job_id: Annotated[str | None, Field(description="Id of the job that deletes the consumer groups.")] = None


class ConsumerGroupSettings(BaseModel):
    name: Annotated[
        str | None,
        Field(
            description="Name of the consumer group to change; letters, digits, `%`, `|`, `-` and `_`, 3 to 64 characters.",
            max_length=64,
            min_length=3,
            pattern="^[A-Za-z0-9%|_-]{3,64}$",
        ),
    ] = None
    brokers: Annotated[
        list[str] | None,
        Field(description="Names of the brokers the group is bound to (only RocketMQ 4.8.0 instances need it)."),
    ] = None
    broadcast: Annotated[bool | None, Field(description="Whether the group consumes in broadcast mode.")] = None
    retry_max_time: Annotated[
        int | None,
        Field(
            description="Maximum number of redeliveries of a message that failed.",
            ge=1,
            le=16,
        ),
    ] = None
    enabled: Annotated[bool | None, Field(description="Whether the group may consume.")] = None
    consume_orderly: Annotated[
        bool | None,
        Field(description="Whether the group consumes in order (only RocketMQ 5.x instances need it)."),
    ] = None
    group_desc: Annotated[
        str | None,
        Field(description="Description of the group.", max_length=200, min_length=0),
    ] = None


class ConsumerGroupBatchUpdateRequest(BaseModel):
    groups: Annotated[
        list[ConsumerGroupSettings] | None,
        Field(description="The consumer groups with their new settings."),
    ] = None


class ConsumerGroupBatchUpdateResult(BaseModel):
    job_id: Annotated[str | None, Field(description="Id of the job that applies the changes.")] = None


class ConsumerGroupDetail(BaseModel):
    enabled: Annotated[bool | None, Field(description="Whether the group may consume.")] = None
    broadcast: Annotated[bool | None, Field(description="Whether the group consumes in broadcast mode.")] = None
    brokers: Annotated[
        list[str] | None,
        Field(description="Names of the brokers the group is bound to."),
    ] = None
    name: Annotated[str | None, Field(description="Name of the consumer group.")] = None
    group_desc: Annotated[str | None, Field(description="Description of the group.")] = None
    retry_max_time: Annotated[
        int | None,
        Field(description="Maximum number of redeliveries of a message that failed."),
    ] = None
    app_id: Annotated[str | None, Field(description="Id of the application (null when none).")] = None
    app_name: Annotated[str | None, Field(description="Name of the application (null when none).")] = None
    permissions: Annotated[list[str] | None, Field(description="The group's permissions.")] = None


class ConsumerGroupUpdateRequest(BaseModel):
    enabled: Annotated[bool, Field(description="Whether the group may consume.")]
    broadcast: Annotated[bool, Field(description="Whether the group consumes in broadcast mode.")]
    brokers: Annotated[
        list[str] | None,
        Field(description="Names of the brokers the group is bound to."),
    ] = None
    name: Annotated[
        str | None,
        Field(description="Name of the consumer group being changed (the name itself cannot be changed)."),
    ] = None
    retry_max_time: Annotated[
        int,
        Field(
            description="Maximum number of redeliveries of a message that failed.",
            ge=1,
            le=16,
        ),
    ]


class ConsumerGroupQueueConsumption(BaseModel):
    id: Annotated[int | None, Field(description="Id of the queue.")] = None
    lag: Annotated[
        int | None,
        Field(description="Messages of the queue not consumed yet (backlog)."),
    ] = None
    broker_offset: Annotated[int | None, Field(description="Number of messages in the queue.")] = None
    consumer_offset: Annotated[int | None, Field(description="Number of messages of the queue consumed.")] = None
    last_message_time: Annotated[
        int | None,
        Field(description="Store time of the last message consumed, a Unix timestamp in milliseconds (0 when none)."),
    ] = None


class ConsumerGroupBrokerConsumption(BaseModel):
    broker_name: Annotated[str | None, Field(description="Name of the broker.")] = None
    queues: Annotated[
        list[ConsumerGroupQueueConsumption] | None,
        Field(description="Progress per queue of the broker."),
    ] = None


class ConsumerGroupTopicConsumption(BaseModel):
    topics: Annotated[
        list[str] | None,
        Field(description="Names of the topics the group consumes (only in the list answer)."),
    ] = None
    total: Annotated[
        int | None,
        Field(description="Number of topics the group consumes (only in the list answer)."),
    ] = None
    lag: Annotated[
        int | None,
        Field(description="Messages not consumed yet (backlog), over all queues."),
    ] = None
    max_offset: Annotated[int | None, Field(description="Number of messages, over all queues.")] = None
    consumer_offset: Annotated[int | None, Field(description="Number of messages consumed, over all queues.")] = None
    brokers: Annotated[
        list[ConsumerGroupBrokerConsumption] | None,
        Field(description="Progress per broker the topic is on (only in the details answer)."),
    ] = None


class ConsumerOffsetResetRequest(BaseModel):
    topic: Annotated[str, Field(description="Topic whose consumption progress is reset.")]
    timestamp: Annotated[
        str,
        Field(
            description='Time to reset to, a Unix timestamp in milliseconds written as a decimal string (e.g. "1662652800000").'
        ),
    ]


class ConsumerOffsetResetQueue(BaseModel):
    broker_name: Annotated[str | None, Field(description="Broker the queue is on.")] = None
    queue_id: Annotated[int | None, Field(description="Id of the queue.")] = None
    timestamp_offset: Annotated[int | None, Field(description="The queue's consumer offset after the reset.")] = None


class ConsumerOffsetResetResult(BaseModel):
    queues: Annotated[
        list[ConsumerOffsetResetQueue] | None,
        Field(description="The queues reset, with their new offsets."),
    ] = None


class ConsumerSubscription(BaseModel):
    topic: Annotated[str | None, Field(description="Name of the topic subscribed to.")] = None
    type: Annotated[str | None, Field(description="Kind of filter expression, `TAG` or `SQL92`.")] = None
    expression: Annotated[
        str | None,
        Field(description="The filter expression (for `TAG`, the tags, e.g. `tagA`)."),
    ] = None


class ConsumerClient(BaseModel):
    language: Annotated[str | None, Field(description="Language of the client, e.g. JAVA.")] = None
    version: Annotated[str | None, Field(description="Version of the client, e.g. V4_8_0.")] = None
    client_id: Annotated[str | None, Field(description="Id of the client.")] = None
    client_addr: Annotated[str | None, Field(description="Address (host:port) of the client.")] = None
    subscriptions: Annotated[
        list[ConsumerSubscription] | None,
        Field(description="The client's subscriptions."),
    ] = None


class ConsumerClientList(BaseModel):
    group_name: Annotated[str | None, Field(description="Name of the consumer group.")] = None
    online: Annotated[
        bool | None,
        Field(description="Whether the group is online (has connected consumers)."),
    ] = None
    subscription_consistency: Annotated[
        bool | None,
        Field(description="Whether all consumers of the group have the same subscriptions."),
    ] = None
    total: Annotated[int | None, Field(description="Number of the group's consumers (all pages).")] = None
    next_offset: Annotated[int | None, Field(description="Offset of the next page; -1 when there is none.")] = None
    previous_offset: Annotated[
        int | None,
        Field(description="Offset of the previous page; -1 when there is none."),
    ] = None
    clients: Annotated[
        list[ConsumerClient] | None,
        Field(description="The consumers on this page, with their subscriptions."),
    ] = None


class TopicQueueAssignment(BaseModel):
    broker: Annotated[str | None, Field(description="Name of the broker.")] = None
    queue_num: Annotated[int | None, Field(description="Number of queues on the broker.", ge=1, le=50)] = None


class TopicCreateRequest(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Name of the topic; letters, digits, `%`, `|`, `-` and `_`, 3 to 64 characters.",
            max_length=64,
            min_length=3,
            pattern="^[A-Za-z0-9%|_-]{3,64}$",
        ),
    ]
    brokers: Annotated[
        list[str] | None,
        Field(description="Names of the brokers to put the topic on (only RocketMQ 4.8.0 instances need it)."),
    ] = None
    queue_num: Annotated[int | None, Field(description="Number of queues.", ge=1, le=50)] = None
    queues: Annotated[
        list[TopicQueueAssignment] | None,
        Field(description="Queues per broker (only RocketMQ 4.8.0 instances need it)."),
    ] = None
    permission: Annotated[
        Literal["pub", "sub", "all"] | None,
        Field(
            description="Permission (only RocketMQ 4.8.0 instances need it): `pub` (publish), `sub` (subscribe) or `all` (both)."
        ),
    ] = None
    message_type: Annotated[
        Literal["NORMAL", "FIFO", "DELAY", "TRANSACTION"] | None,
        Field(
            description="Message type (only RocketMQ 5.x instances need it): `NORMAL`, `FIFO` (ordered), `DELAY` (scheduled) or `TRANSACTION`."
        ),
    ] = None


class TopicCreated(BaseModel):
    id: Annotated[str | None, Field(description="Name of the topic created.")] = None


class TopicBatchDeleteRequest(BaseModel):
    topics: Annotated[list[str], Field(description="Names of the topics to delete.")]


class TopicBatchDeleteResult(BaseModel):
    job_id: Annotated[str | None, Field(description="Id of the job that deletes the topics.")] = None


class TopicBrokerQueues(BaseModel):
    broker_name: Annotated[str | None, Field(description="Name of the broker.")] = None
    read_queue_num: Annotated[int | None, Field(description="Number of read queues on the broker.")] = None
    write_queue_num: Annotated[int | None, Field(description="Number of write queues on the broker.")] = None


class TopicSummary(BaseModel):
    name: Annotated[str | None, Field(description="Name of the topic.")] = None
    total_read_queue_num: Annotated[int | None, Field(description="Number of read queues, over all brokers.")] = None
    total_write_queue_num: Annotated[int | None, Field(description="Number of write queues, over all brokers.")] = None
    permission: Annotated[
        str | None,
        Field(description="Permission, `pub` (publish), `sub` (subscribe) or `all` (both)."),
    ] = None
    brokers: Annotated[
        list[TopicBrokerQueues] | None,
        Field(description="The brokers the topic is on, with its queues there."),
    ] = None
    message_type: Annotated[
        str | None,
        Field(description="Message type, `NORMAL`, `FIFO`, `DELAY` or `TRANSACTION` (only on RocketMQ 5.x instances)."),
    ] = None


class TopicList(BaseModel):
    total: Annotated[int | None, Field(description="Number of the instance's topics (all pages).")] = None
    max: Annotated[int | None, Field(description="Maximum number of topics the instance may hold.")] = None
    remaining: Annotated[int | None, Field(description="How many more topics can be created.")] = None
    next_offset: Annotated[int | None, Field(description="Offset of the next page; -1 when there is none.")] = None
    previous_offset: Annotated[
        int | None,
        Field(description="Offset of the previous page; -1 when there is none."),
    ] = None
    topics: Annotated[list[TopicSummary] | None, Field(description="The topics on this page.")] = None


class TopicDetail(BaseModel):
    name: Annotated[str | None, Field(description="Name of the topic.")] = None
    total_read_queue_num: Annotated[int | None, Field(description="Number of read queues, over all brokers.")] = None
    total_write_queue_num: Annotated[int | None, Field(description="Number of write queues, over all brokers.")] = None
    permission: Annotated[
        str | None,
        Field(description="Permission, `pub` (publish), `sub` (subscribe) or `all` (both)."),
    ] = None
    brokers: Annotated[
        list[TopicBrokerQueues] | None,
        Field(description="The brokers the topic is on, with its queues there."),
    ] = None
    message_type: Annotated[
        str | None,
        Field(description="Message type, `NORMAL`, `FIFO`, `DELAY` or `TRANSACTION` (only on RocketMQ 5.x instances)."),
    ] = None


class TopicUpdateRequest(BaseModel):
    read_queue_num: Annotated[int | None, Field(description="Total number of read queues.")] = None
    write_queue_num: Annotated[int | None, Field(description="Total number of write queues.")] = None
    permission: Annotated[
        Literal["pub", "sub", "all"] | None,
        Field(
            description="Permission, `pub` (publish), `sub` (subscribe) or `all` (both); the values are those 002 §5.3.1 lists."
        ),
    ] = None


class TopicConsumerGroupList(BaseModel):
    groups: Annotated[
        list[str] | None,
        Field(description="Names of the consumer groups that consume the topic."),
    ] = None


class TopicStatusQueue(BaseModel):
    id: Annotated[int | None, Field(description="Id of the queue.")] = None
    min_offset: Annotated[
        int | None,
        Field(description="Smallest offset of a message stored in the queue."),
    ] = None
    max_offset: Annotated[int | None, Field(description="Offset after the last message of the queue.")] = None
    last_message_time: Annotated[
        int | None,
        Field(description="Store time of the last message, a Unix timestamp in milliseconds."),
    ] = None


class TopicStatusBroker(BaseModel):
    queues: Annotated[
        list[TopicStatusQueue] | None,
        Field(description="The topic's queues on the broker."),
    ] = None
    broker_name: Annotated[str | None, Field(description="Name of the broker (node).")] = None


class TopicStatus(BaseModel):
    max_offset: Annotated[int | None, Field(description="Largest offset of the topic.")] = None
    min_offset: Annotated[int | None, Field(description="Smallest offset of the topic.")] = None
    brokers: Annotated[list[TopicStatusBroker] | None, Field(description="Offsets per broker.")] = None


class RocketMQMessageProperty(BaseModel):
    name: Annotated[
        str | None,
        Field(description="Property name, e.g. KEYS, TAGS, UNIQ_KEY, CLUSTER, ORIGIN_MESSAGE_ID."),
    ] = None
    value: Annotated[str | None, Field(description="Property value.")] = None


class RocketMQMessage(BaseModel):
    msg_id: Annotated[str | None, Field(description="Message id (the broker's offset message id).")] = None
    instance_id: Annotated[str | None, Field(description="Instance id.")] = None
    topic: Annotated[str | None, Field(description="Name of the topic.")] = None
    store_timestamp: Annotated[
        int | None,
        Field(description="When the broker stored the message, Unix time in milliseconds (doc type Number)."),
    ] = None
    born_timestamp: Annotated[
        int | None,
        Field(description="When the producer created the message, Unix time in milliseconds (doc type Number)."),
    ] = None
    reconsume_times: Annotated[
        int | None,
        Field(description="How many times consumption of the message has been retried."),
    ] = None
    body: Annotated[str | None, Field(description="Message body.")] = None
    body_crc: Annotated[int | None, Field(description="CRC checksum of the body (doc type Number).")] = None
    store_size: Annotated[
        int | None,
        Field(description="Size of the stored message in bytes (doc type Number)."),
    ] = None
    property_list: Annotated[
        list[RocketMQMessageProperty] | None,
        Field(description="Properties of the message."),
    ] = None
    born_host: Annotated[
        str | None,
        Field(description="Address (ip:port) of the producer that created the message."),
    ] = None
    store_host: Annotated[
        str | None,
        Field(description="Address (ip:port) of the broker that stores the message."),
    ] = None
    queue_id: Annotated[int | None, Field(description="Id of the queue that holds the message.")] = None
    queue_offset: Annotated[int | None, Field(description="Offset of the message within its queue.")] = None


class RocketMQMessageList(BaseModel):
    messages: Annotated[list[RocketMQMessage] | None, Field(description="The messages of this page.")] = None
    total: Annotated[
        int | None,
        Field(description="Number of messages matching the search (doc type Number)."),
    ] = None


class MessageTrace(BaseModel):
    success: Annotated[bool | None, Field(description="Whether the traced step succeeded.")] = None
    trace_type: Annotated[
        str | None,
        Field(description="Kind of record, e.g. `Pub` (production), `SubBefore`, `SubAfter` (consumption)."),
    ] = None
    timestamp: Annotated[
        int | None,
        Field(description="When the step happened, Unix time in milliseconds (doc type Number)."),
    ] = None
    group_name: Annotated[str | None, Field(description="Producer group or consumer group of the step.")] = None
    cost_time: Annotated[
        int | None,
        Field(description="How long the step took, in milliseconds (doc type Number)."),
    ] = None
    request_id: Annotated[str | None, Field(description="Request id of the step.")] = None
    consume_status: Annotated[
        int | None,
        Field(
            description="Consumption status (doc type Number): 0 consumed successfully, 1 consumption timed out, 2 consumption\nthrew an exception, 3 the consumer returned null, 5 consumption failed.\n"
        ),
    ] = None
    topic: Annotated[str | None, Field(description="Name of the topic.")] = None
    msg_id: Annotated[str | None, Field(description="Message id (the producer's unique key).")] = None
    offset_msg_id: Annotated[
        str | None,
        Field(description="Offset message id (the broker's id of the stored message)."),
    ] = None
    tags: Annotated[str | None, Field(description="Tag of the message.")] = None
    keys: Annotated[str | None, Field(description="Keys of the message.")] = None
    store_host: Annotated[
        str | None,
        Field(description="Address (ip:port) of the broker that stores the message."),
    ] = None
    client_host: Annotated[
        str | None,
        Field(description="Address of the client (producer or consumer) of the step."),
    ] = None
    retry_times: Annotated[int | None, Field(description="Number of retries.")] = None
    body_length: Annotated[
        int | None,
        Field(description="Length of the message body in bytes (doc type Number)."),
    ] = None
    msg_type: Annotated[str | None, Field(description="Message type, e.g. Normal_Msg.")] = None
    transaction_state: Annotated[
        str | None,
        Field(description="Transaction state, for transactional messages; null otherwise."),
    ] = None
    transaction_id: Annotated[
        str | None,
        Field(description="Transaction id, for transactional messages; null otherwise."),
    ] = None
    from_transaction_check: Annotated[
        bool | None,
        Field(description="Whether the record answers a transaction check-back."),
    ] = None


class MessageTraceList(BaseModel):
    trace: Annotated[list[MessageTrace] | None, Field(description="The trace records.")] = None


class DlqMessageExportRequest(BaseModel):
    topic: Annotated[
        str | None,
        Field(description="Name of the dead-letter topic, e.g. `%DLQ%group1`."),
    ] = None
    msg_id_list: Annotated[list[str] | None, Field(description="Ids of the messages to export.")] = None
    uniq_key_list: Annotated[
        list[str] | None,
        Field(description="Unique keys (UNIQ_KEY property) of the messages to export."),
    ] = None


class DlqMessageResendRequest(BaseModel):
    topic: Annotated[
        str | None,
        Field(description="Name of the dead-letter topic, e.g. `%DLQ%group1`."),
    ] = None
    msg_id_list: Annotated[list[str] | None, Field(description="Ids of the messages to resend.")] = None


class ConsumeValidationRequest(BaseModel):
    group: Annotated[str, Field(description="Consumer group (Group ID).")]
    topic: Annotated[str | None, Field(description="Topic the messages belong to.")] = None
    client_id: Annotated[
        str,
        Field(description="Id of the online consumer client to send the messages to."),
    ]
    msg_id_list: Annotated[list[str] | None, Field(description="Ids of the messages to send.")] = None


class MessageResendResult(BaseModel):
    msg_id: Annotated[str | None, Field(description="Message id.")] = None
    error_code: Annotated[str | None, Field(description="Result code; `DMS.00000000` on success.")] = None
    error_message: Annotated[str | None, Field(description="Result message; `Success.` on success.")] = None


class MessageResendResults(BaseModel):
    resend_results: Annotated[list[MessageResendResult] | None, Field(description="One result per message.")] = None


class RocketMQUserTopicPermRequest(BaseModel):
    name: Annotated[str | None, Field(description="Name of the topic.")] = None
    perm: Annotated[
        Literal["PUB", "SUB", "PUB|SUB", "DENY"] | None,
        Field(
            description="Permission on the topic: `PUB` publish, `SUB` subscribe, `PUB|SUB` both, `DENY` none (values of the official SDK's enum)."
        ),
    ] = None


class RocketMQUserGroupPermRequest(BaseModel):
    name: Annotated[str | None, Field(description="Name of the consumer group.")] = None
    perm: Annotated[
        Literal["PUB", "SUB", "PUB|SUB", "DENY"] | None,
        Field(
            description="Permission on the consumer group: `SUB` subscribe, `DENY` none; the doc's examples also send `PUB|SUB`\n(and `PUB` is the remaining RocketMQ ACL value). Newer official SDKs accept only `SUB` and `DENY` here.\n"
        ),
    ] = None


class RocketMQUserRequest(BaseModel):
    access_key: Annotated[
        str | None,
        Field(
            description="User name (access key); starts with a letter, then letters, digits, hyphens and underscores, 7 to 64 characters.",
            max_length=64,
            min_length=7,
            pattern="^[A-Za-z][A-Za-z0-9_-]*$",
        ),
    ] = None
    secret_key: Annotated[
        str | None,
        Field(
            description="Secret key of the user: a secret, never log it. 8 to 32 characters with at least 3 of: uppercase\nletters, lowercase letters, digits, special characters (`~!@#$%^&*()-_=+\\|[{}];:'\",<.>/?); must not equal\nthe user name or the user name reversed.\n",
            max_length=32,
            min_length=8,
        ),
    ] = None
    white_remote_address: Annotated[
        str | None,
        Field(description="IP whitelist of the user (addresses allowed to use it); empty for none."),
    ] = None
    admin: Annotated[
        bool | None,
        Field(description="Whether the user is an administrator (all permissions)."),
    ] = None
    default_topic_perm: Annotated[
        Literal["PUB", "SUB", "PUB|SUB", "DENY"] | None,
        Field(description="Permission on topics not listed in `topic_perms`: `PUB`, `SUB`, `PUB|SUB` or `DENY`."),
    ] = None
    default_group_perm: Annotated[
        Literal["SUB", "DENY"] | None,
        Field(
            description="Permission on consumer groups not listed in `group_perms`: `SUB` or `DENY` (values of the official SDK's enum)."
        ),
    ] = None
    topic_perms: Annotated[
        list[RocketMQUserTopicPermRequest] | None,
        Field(description="Permissions on particular topics, overriding the default."),
    ] = None
    group_perms: Annotated[
        list[RocketMQUserGroupPermRequest] | None,
        Field(description="Permissions on particular consumer groups, overriding the default."),
    ] = None


class RocketMQUserTopicPerm(BaseModel):
    name: Annotated[str | None, Field(description="Name of the topic.")] = None
    perm: Annotated[
        str | None,
        Field(description="Permission on the topic: `PUB`, `SUB`, `PUB|SUB` or `DENY`."),
    ] = None


class RocketMQUserGroupPerm(BaseModel):
    name: Annotated[str | None, Field(description="Name of the consumer group.")] = None
    perm: Annotated[
        str | None,
        Field(description="Permission on the consumer group: `SUB` or `DENY` (the doc's examples also use `PUB|SUB`)."),
    ] = None


class RocketMQUser(BaseModel):
    access_key: Annotated[
        str | None,
        Field(
            description="User name (access key); starts with a letter, then letters, digits, hyphens and underscores, 7 to 64 characters."
        ),
    ] = None
    secret_key: Annotated[
        str | None,
        Field(
            description="Secret key of the user (a secret, never log it). The doc's examples show it masked as `*****`."
        ),
    ] = None
    white_remote_address: Annotated[str | None, Field(description="IP whitelist of the user; empty for none.")] = None
    admin: Annotated[bool | None, Field(description="Whether the user is an administrator.")] = None
    default_topic_perm: Annotated[
        str | None,
        Field(description="Permission on topics not listed in `topic_perms`: `PUB`, `SUB`, `PUB|SUB` or `DENY`."),
    ] = None
    default_group_perm: Annotated[
        str | None,
        Field(description="Permission on consumer groups not listed in `group_perms`: `SUB` or `DENY`."),
    ] = None
    topic_perms: Annotated[
        list[RocketMQUserTopicPerm] | None,
        Field(description="Permissions on particular topics."),
    ] = None
    group_perms: Annotated[
        list[RocketMQUserGroupPerm] | None,
        Field(description="Permissions on particular consumer groups."),
    ] = None


class RocketMQUserList(BaseModel):
    users: Annotated[list[RocketMQUser] | None, Field(description="The users of this page.")] = None
    total: Annotated[int | None, Field(description="Total number of users (doc type Number).")] = None


class RocketMQUserDeleteResult(BaseModel):
    message: Annotated[str | None, Field(description="Message about the deletion.")] = None


class RocketMQAccessPolicy(BaseModel):
    access_key: Annotated[str | None, Field(description="User name (access key).")] = None
    secret_key: Annotated[
        str | None,
        Field(
            description="Secret key of the user (a secret, never log it); the doc's example shows it masked as `*****`."
        ),
    ] = None
    white_remote_address: Annotated[str | None, Field(description="IP whitelist of the user.")] = None
    admin: Annotated[bool | None, Field(description="Whether the user is an administrator.")] = None
    perm: Annotated[
        str | None,
        Field(
            description="The user's permission on the topic or group: `PUB`, `SUB`, `PUB|SUB` or `DENY` (may be empty)."
        ),
    ] = None


class RocketMQAccessPolicyList(BaseModel):
    policies: Annotated[
        list[RocketMQAccessPolicy] | None,
        Field(description="The authorized users of this page."),
    ] = None
    total: Annotated[
        int | None,
        Field(description="Total number of authorized users (doc type Number)."),
    ] = None
    name: Annotated[str | None, Field(description="Name of the topic or consumer group.")] = None


class MigrationRocketMQTopicConfig(BaseModel):
    topicName: Annotated[str | None, Field(description="Name of the topic.")] = None
    order: Annotated[bool | None, Field(description="Whether the topic carries ordered messages.")] = None
    perm: Annotated[
        int | None,
        Field(description="RocketMQ permission bits of the topic (2 write, 4 read; 6 read and write)."),
    ] = None
    readQueueNums: Annotated[int | None, Field(description="Number of read queues.")] = None
    writeQueueNums: Annotated[int | None, Field(description="Number of write queues.")] = None
    topicFilterType: Annotated[
        Literal["SINGLE_TAG", "MULTI_TAG"] | None,
        Field(
            description="Filter type of the topic: `SINGLE_TAG` (one tag per message) or `MULTI_TAG` (several tags)."
        ),
    ] = None
    topicSysFlag: Annotated[int | None, Field(description="System flag bits of the topic.")] = None


class MigrationRocketMQSubscriptionGroup(BaseModel):
    groupName: Annotated[str | None, Field(description="Name of the consumer group.")] = None
    consumeBroadcastEnable: Annotated[bool | None, Field(description="Whether broadcast consumption is allowed.")] = (
        None
    )
    consumeEnable: Annotated[bool | None, Field(description="Whether consumption is allowed.")] = None
    consumeFromMinEnable: Annotated[
        bool | None,
        Field(description="Whether consumption starts from the minimum offset."),
    ] = None
    notifyConsumerIdsChangedEnable: Annotated[
        bool | None,
        Field(description="Whether consumers are notified when the group's consumer ids change."),
    ] = None
    retryMaxTimes: Annotated[int | None, Field(description="Maximum number of consumption retries.")] = None
    retryQueueNums: Annotated[int | None, Field(description="Number of retry queues.")] = None
    whichBrokerWhenConsumeSlow: Annotated[
        int | None,
        Field(description="Id of the broker node to consume from when consumption is slow."),
    ] = None


class MigrationRabbitVhost(BaseModel):
    name: Annotated[str | None, Field(description="Name of the vhost.")] = None


class MigrationRabbitQueue(BaseModel):
    vhost: Annotated[str | None, Field(description="Vhost of the queue.")] = None
    name: Annotated[str | None, Field(description="Name of the queue.")] = None
    durable: Annotated[bool | None, Field(description="Whether the queue is durable.")] = None


class MigrationRabbitExchange(BaseModel):
    vhost: Annotated[str | None, Field(description="Vhost of the exchange.")] = None
    name: Annotated[str | None, Field(description="Name of the exchange.")] = None
    type: Annotated[
        str | None,
        Field(description="Exchange type, e.g. direct, topic, fanout, headers."),
    ] = None
    durable: Annotated[bool | None, Field(description="Whether the exchange is durable.")] = None


class MigrationRabbitBinding(BaseModel):
    vhost: Annotated[str | None, Field(description="Vhost of the binding.")] = None
    source: Annotated[str | None, Field(description="Source exchange of the binding.")] = None
    destination: Annotated[str | None, Field(description="Destination (queue or exchange) of the binding.")] = None
    destination_type: Annotated[str | None, Field(description="Kind of destination, e.g. queue or exchange.")] = None
    routing_key: Annotated[str | None, Field(description="Routing key of the binding.")] = None


class MigrationTaskCreateRequest(BaseModel):
    topicConfigTable: Annotated[
        dict[str, MigrationRocketMQTopicConfig] | None,
        Field(description="RocketMQ topics keyed by topic name; required for `type=rocketmq`."),
    ] = None
    subscriptionGroupTable: Annotated[
        dict[str, MigrationRocketMQSubscriptionGroup] | None,
        Field(description="RocketMQ consumer groups keyed by group name; required for `type=rocketmq`."),
    ] = None
    vhosts: Annotated[
        list[MigrationRabbitVhost] | None,
        Field(description="RabbitMQ vhosts; required for `type=rabbitToRocket`."),
    ] = None
    queues: Annotated[
        list[MigrationRabbitQueue] | None,
        Field(description="RabbitMQ queues; required for `type=rabbitToRocket`."),
    ] = None
    exchanges: Annotated[
        list[MigrationRabbitExchange] | None,
        Field(description="RabbitMQ exchanges; required for `type=rabbitToRocket`."),
    ] = None
    bindings: Annotated[
        list[MigrationRabbitBinding] | None,
        Field(description="RabbitMQ bindings; required for `type=rabbitToRocket`."),
    ] = None


class MigrationTaskCreated(BaseModel):
    task_id: Annotated[str | None, Field(description="Id of the new task.")] = None


class MigrationTask(BaseModel):
    id: Annotated[str | None, Field(description="Task id.")] = None
    name: Annotated[str | None, Field(description="Task name.")] = None
    start_date: Annotated[
        str | None,
        Field(description='When the task started, as the service writes it (e.g. "2023-03-13 19:43:32.12").'),
    ] = None
    status: Annotated[str | None, Field(description="Task status, e.g. `finished`.")] = None
    type: Annotated[
        str | None,
        Field(description="Kind of migration: `rocketmq` or `rabbitToRocket`."),
    ] = None


class MigrationTaskList(BaseModel):
    total: Annotated[int | None, Field(description="Total number of migration tasks.")] = None
    task: Annotated[list[MigrationTask] | None, Field(description="The tasks of this page.")] = None


class MigrationTaskDeleteRequest(BaseModel):
    task_ids: Annotated[list[str], Field(description="Ids of the tasks to delete.")]


class RocketMQConfigEntry(BaseModel):
    name: Annotated[str | None, Field(description="Parameter name, e.g. fileReservedTime.")] = None
    value: Annotated[str | None, Field(description="Current value, as a string.")] = None
    config_type: Annotated[
        str | None,
        Field(description="Kind of parameter, e.g. `dynamic` (applied without a restart) or `static`."),
    ] = None
    default_value: Annotated[str | None, Field(description="Default value, as a string.")] = None
    valid_values: Annotated[str | None, Field(description='Range of valid values, e.g. "1~720".')] = None
    value_type: Annotated[str | None, Field(description="Type of the value, e.g. `integer`.")] = None


class RocketMQConfigList(BaseModel):
    rocketmq_configs: Annotated[list[RocketMQConfigEntry] | None, Field(description="The parameters.")] = None


class RocketMQConfigChange(BaseModel):
    name: Annotated[str | None, Field(description="Parameter name, e.g. fileReservedTime.")] = None
    value: Annotated[
        str | None,
        Field(description="Target value, as a string (within the parameter's `valid_values`)."),
    ] = None


class RocketMQConfigModifyRequest(BaseModel):
    rocketmq_configs: Annotated[
        list[RocketMQConfigChange] | None,
        Field(description="The parameters and their new values."),
    ] = None


class InstanceTagEntry(BaseModel):
    key: Annotated[
        str | None,
        Field(
            description="Tag key; not empty, unique per instance, 1 to 128 characters.",
            max_length=128,
            min_length=1,
        ),
    ] = None
    value: Annotated[
        str | None,
        Field(description="Tag value, 0 to 255 characters.", max_length=255, min_length=0),
    ] = None


class InstanceTagCreateAction(BaseModel):
    action: Annotated[
        Literal["create"],
        Field(description="Operation, always `create` here (lowercase only); filled in by the client."),
    ]
    tags: Annotated[list[InstanceTagEntry] | None, Field(description="The tags to add.")] = None


class InstanceTagDeleteAction(BaseModel):
    action: Annotated[
        Literal["delete"],
        Field(description="Operation, always `delete` here (lowercase only); filled in by the client."),
    ]
    tags: Annotated[list[InstanceTagEntry] | None, Field(description="The tags to remove.")] = None


class InstanceTagList(BaseModel):
    tags: Annotated[list[InstanceTagEntry] | None, Field(description="The tags.")] = None


class ProjectTag(BaseModel):
    key: Annotated[str | None, Field(description="Tag key.")] = None
    values: Annotated[
        list[str] | None,
        Field(description="The values of the key across the project's instances."),
    ] = None


class ProjectTagList(BaseModel):
    tags: Annotated[list[ProjectTag] | None, Field(description="The tag keys with their values.")] = None


class HistoryTag(BaseModel):
    key: Annotated[
        str | None,
        Field(
            description="Tag key: unique per instance, 1 to 128 characters (letters of any language, digits, spaces and `_ . : = + - @`), not starting or ending with a space.",
            max_length=128,
            min_length=1,
        ),
    ] = None
    value: Annotated[
        str | None,
        Field(
            description="Tag value: 0 to 255 characters (letters of any language, digits, spaces and `_ . : = + - @`), not starting or ending with a space.",
            max_length=255,
        ),
    ] = None


class HistoryInstance(BaseModel):
    name: Annotated[str | None, Field(description="Instance name.")] = None
    engine: Annotated[str | None, Field(description="Message engine, e.g. `reliability`.")] = None
    status: Annotated[
        str | None,
        Field(
            description="Instance status (002 §9.3): CREATING, RUNNING, ERROR, RESTARTING, STARTING, EXTENDING, EXTENDEDFAILED, FROZEN, FREEZING, UPGRADING or ROLLINGBACK."
        ),
    ] = None
    description: Annotated[str | None, Field(description="Instance description.")] = None
    type: Annotated[
        str | None,
        Field(description="Instance type; the doc says `cluster` (its examples also show `single.basic`)."),
    ] = None
    specification: Annotated[
        str | None,
        Field(description="Instance specification, e.g. `c6.4u8g.cluster * 1 broker`."),
    ] = None
    engine_version: Annotated[str | None, Field(description="Engine version, e.g. `4.8.0` or `5.x`.")] = None
    instance_id: Annotated[str | None, Field(description="Instance id.")] = None
    charging_mode: Annotated[int | None, Field(description="Billing mode: 1 pay-per-use, 0 yearly/monthly.")] = None
    vpc_id: Annotated[str | None, Field(description="VPC id.")] = None
    vpc_name: Annotated[str | None, Field(description="VPC name.")] = None
    created_at: Annotated[
        str | None,
        Field(description="Creation time: milliseconds since 1970-01-01T00:00:00Z, as a string of digits."),
    ] = None
    product_id: Annotated[str | None, Field(description="Product (specification) id.")] = None
    security_group_id: Annotated[str | None, Field(description="Security group id.")] = None
    security_group_name: Annotated[str | None, Field(description="Security group name.")] = None
    subnet_id: Annotated[str | None, Field(description="Subnet id.")] = None
    subnet_name: Annotated[str | None, Field(description="Subnet name.")] = None
    subnet_cidr: Annotated[str | None, Field(description="Subnet CIDR (RocketMQ 5.x only).")] = None
    available_zones: Annotated[
        list[str] | None,
        Field(description="Ids of the availability zones the instance runs in."),
    ] = None
    available_zone_names: Annotated[
        list[str] | None,
        Field(description="Names of the availability zones the instance runs in."),
    ] = None
    user_id: Annotated[str | None, Field(description="User id.")] = None
    user_name: Annotated[str | None, Field(description="User name.")] = None
    maintain_begin: Annotated[str | None, Field(description="Start of the maintenance window, HH:mm:ss.")] = None
    maintain_end: Annotated[str | None, Field(description="End of the maintenance window, HH:mm:ss.")] = None
    enable_log_collection: Annotated[bool | None, Field(description="Whether message (log) collection is enabled.")] = (
        None
    )
    storage_space: Annotated[int | None, Field(description="Message storage space, GB.")] = None
    used_storage_space: Annotated[int | None, Field(description="Used message storage space, GB.")] = None
    enable_publicip: Annotated[bool | None, Field(description="Whether public access is enabled.")] = None
    publicip_id: Annotated[
        str | None,
        Field(
            description="Ids of the elastic IPs bound to the instance, comma-separated; set when public access is enabled."
        ),
    ] = None
    publicip_address: Annotated[str | None, Field(description="Public IP address.")] = None
    ssl_enable: Annotated[bool | None, Field(description="Whether SSL is enabled.")] = None
    cross_vpc_info: Annotated[
        str | None,
        Field(description="Cross-VPC access information, a JSON document in a string."),
    ] = None
    storage_resource_id: Annotated[str | None, Field(description="Storage resource id.")] = None
    storage_spec_code: Annotated[
        str | None,
        Field(description="Storage I/O specification code, e.g. `dms.physical.storage.ultra.v2`."),
    ] = None
    service_type: Annotated[str | None, Field(description="Service type.")] = None
    storage_type: Annotated[str | None, Field(description="Storage type.")] = None
    extend_times: Annotated[
        int | None,
        Field(description='Number of times the instance was expanded (the doc: "expansion time").'),
    ] = None
    ipv6_enable: Annotated[bool | None, Field(description="Whether IPv6 is enabled.")] = None
    support_features: Annotated[
        str | None,
        Field(description="Features the instance supports, comma-separated."),
    ] = None
    disk_encrypted: Annotated[bool | None, Field(description="Whether disk encryption is enabled.")] = None
    ces_version: Annotated[str | None, Field(description="Cloud Eye (CES) monitoring version.")] = None
    node_num: Annotated[int | None, Field(description="Number of nodes.")] = None
    new_spec_billing_enable: Annotated[
        bool | None,
        Field(description="Whether the new specification billing is enabled."),
    ] = None
    enable_acl: Annotated[bool | None, Field(description="Whether access control (ACL) is enabled.")] = None
    broker_num: Annotated[int | None, Field(description="Number of brokers (RocketMQ 4.8.0 only).")] = None
    dns_enable: Annotated[
        bool | None,
        Field(description="Whether domain-name access is enabled: true enabled, false not enabled."),
    ] = None
    namesrv_address: Annotated[str | None, Field(description="Metadata (name server) address.")] = None
    namesrv_domain_name: Annotated[str | None, Field(description="Metadata (name server) domain name.")] = None
    broker_address: Annotated[str | None, Field(description="Service data (broker) address.")] = None
    public_namesrv_address: Annotated[str | None, Field(description="Public metadata (name server) address.")] = None
    public_namesrv_domain_name: Annotated[
        str | None, Field(description="Public metadata (name server) domain name.")
    ] = None
    public_broker_address: Annotated[str | None, Field(description="Public service data (broker) address.")] = None
    grpc_address: Annotated[str | None, Field(description="gRPC address (RocketMQ 5.x only).")] = None
    grpc_domain_name: Annotated[str | None, Field(description="gRPC domain name (RocketMQ 5.x only).")] = None
    public_grpc_address: Annotated[str | None, Field(description="Public gRPC address (RocketMQ 5.x only).")] = None
    public_grpc_domain_name: Annotated[
        str | None, Field(description="Public gRPC domain name (RocketMQ 5.x only).")
    ] = None
    enterprise_project_id: Annotated[str | None, Field(description="Enterprise project id.")] = None
    tags: Annotated[list[HistoryTag] | None, Field(description="Tags of the instance.")] = None
    total_storage_space: Annotated[int | None, Field(description="Total storage space, GB.")] = None
    resource_spec_code: Annotated[str | None, Field(description="Resource specification code.")] = None


class V1InstanceList(BaseModel):
    instances: Annotated[list[HistoryInstance] | None, Field(description="The instances.")] = None
    instance_num: Annotated[int | None, Field(description="Number of instances.")] = None


class V1BssParam(BaseModel):
    is_auto_renew: Annotated[
        bool | None,
        Field(description="Whether to renew automatically: true yes, false no. The service's default is false."),
    ] = None
    charging_mode: Annotated[
        Literal["prePaid", "postPaid"] | None,
        Field(
            description="Billing mode: `prePaid` yearly/monthly, `postPaid` pay-per-use. The service's default is `postPaid`."
        ),
    ] = None
    is_auto_pay: Annotated[
        bool | None,
        Field(
            description="Whether to pay the order automatically from the account: true automatic, false the customer pays by hand. The service's default is false (manual payment)."
        ),
    ] = None
    period_type: Annotated[
        Literal["month", "year"] | None,
        Field(description="Subscription period unit: `month` or `year`. Required when charging_mode is prePaid."),
    ] = None
    period_num: Annotated[
        int | None,
        Field(
            description="Number of periods: 1 to 9 when period_type is month, 1 to 3 when it is year. Required when charging_mode is prePaid.",
            ge=1,
            le=9,
        ),
    ] = None


AvailableZone3 = TypeAliasType("AvailableZone3", Annotated[str, Field(min_length=1)])


class V1CreateInstanceRequest(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Instance name: starts with a letter; letters, digits, hyphens and underscores; 4 to 64 characters.",
            max_length=64,
            min_length=4,
            pattern="^[A-Za-z][A-Za-z0-9_-]*$",
        ),
    ]
    description: Annotated[
        str | None,
        Field(
            description="Instance description, at most 1024 characters. Backslash and double quote must be escaped with a backslash in the JSON.",
            max_length=1024,
        ),
    ] = None
    engine: Annotated[Literal["reliability"], Field(description="Message engine: `reliability`.")]
    engine_version: Annotated[Literal["4.8.0"], Field(description="Engine version: `4.8.0`.")]
    storage_space: Annotated[int, Field(description="Storage space, GB.")]
    vpc_id: Annotated[str, Field(description="VPC id (VPC console, VPC details page).")]
    subnet_id: Annotated[
        str,
        Field(description="Subnet (network) id (VPC console, subnet details page)."),
    ]
    security_group_id: Annotated[
        str,
        Field(description="Id of the security group the instance belongs to (VPC console, security group details)."),
    ]
    available_zones: Annotated[
        list[AvailableZone3],
        Field(
            description="Ids of availability zones that have resources (see list_available_zones_v1). Not empty and no empty values; RocketMQ nodes go to 1 availability zone or to 3 or more.",
            min_length=1,
        ),
    ]
    product_id: Annotated[
        Literal[
            "c6.4u8g.cluster.small", "c6.4u8g.cluster", "c6.8u16g.cluster", "c6.12u24g.cluster", "c6.16u32g.cluster"
        ],
        Field(
            description="Instance specification: `c6.4u8g.cluster.small` (2000 topics and 2000 consumer groups per broker), `c6.4u8g.cluster` (4000/4000), `c6.8u16g.cluster` (8000/8000), `c6.12u24g.cluster` (12000/12000), `c6.16u32g.cluster` (16000/16000)."
        ),
    ]
    ssl_enable: Annotated[
        bool | None,
        Field(description="Whether to enable SSL-encrypted access: true on, false off."),
    ] = None
    storage_spec_code: Annotated[
        Literal["dms.physical.storage.high.v2", "dms.physical.storage.ultra.v2"],
        Field(
            description="Storage I/O specification: `dms.physical.storage.high.v2` (high I/O disks) or `dms.physical.storage.ultra.v2` (ultra-high I/O disks)."
        ),
    ]
    enterprise_project_id: Annotated[
        str | None,
        Field(description="Enterprise project id; required for an enterprise project account."),
    ] = None
    enable_acl: Annotated[bool | None, Field(description="Whether to enable access control (ACL).")] = None
    ipv6_enable: Annotated[bool | None, Field(description="Whether to support IPv6: true yes, false no.")] = None
    enable_publicip: Annotated[
        bool | None,
        Field(description="Whether to enable public access: true on, false off. The service's default is off."),
    ] = None
    publicip_id: Annotated[
        str | None,
        Field(description="Ids of the elastic IPs to bind, comma-separated; required when enable_publicip is true."),
    ] = None
    broker_num: Annotated[int, Field(description="Number of brokers.")]
    bss_param: V1BssParam | None = None


class V1InstanceCreated(BaseModel):
    instance_id: Annotated[str | None, Field(description="Id of the new instance.")] = None


class V1AvailableZone(BaseModel):
    soldOut: Annotated[bool | None, Field(description="Whether the zone is sold out.")] = None
    id: Annotated[str | None, Field(description="Availability zone id.")] = None
    code: Annotated[str | None, Field(description="Availability zone code.")] = None
    name: Annotated[str | None, Field(description="Availability zone name.")] = None
    port: Annotated[str | None, Field(description="Availability zone port.")] = None
    resource_availability: Annotated[
        str | None,
        Field(description="Whether the zone still has resources: `true` or `false`, as a string."),
    ] = None
    default_az: Annotated[bool | None, Field(description="Whether this is the default availability zone.")] = None
    remain_time: Annotated[
        int | None,
        Field(description="Remaining time (the examples show 9223372036854775807, i.e. unlimited)."),
    ] = None
    ipv6_enable: Annotated[bool | None, Field(description="Whether the zone supports IPv6.")] = None


class V1AvailableZoneList(BaseModel):
    region_id: Annotated[str | None, Field(description="Region id.")] = None
    available_zones: Annotated[list[V1AvailableZone] | None, Field(description="The availability zones.")] = None


class V1QuotaResource(BaseModel):
    type: Annotated[
        str | None,
        Field(
            description="Resource type: `rabbitmqInstance`, `kafkaInstance`, `rocketmqInstance` (instance quotas of each engine) or `tags` (tags per instance)."
        ),
    ] = None
    quota: Annotated[
        int | None,
        Field(description="Maximum number of instances the tenant may create, or of tags per instance."),
    ] = None
    used: Annotated[
        int | None,
        Field(description="Number of instances already created (absent on the `tags` entry)."),
    ] = None


class V1QuotaSet(BaseModel):
    resources: Annotated[list[V1QuotaResource] | None, Field(description="One entry per resource type.")] = None


class V1QuotaReport(BaseModel):
    quotas: V1QuotaSet | None = None


class V1CesDimensionChild(BaseModel):
    name: Annotated[str | None, Field(description="Dimension name.")] = None
    metrics: Annotated[list[str] | None, Field(description="Metric names of the dimension.")] = None
    key_name: Annotated[
        list[str] | None,
        Field(
            description="Keys of this answer (instance_ids, nodes, queues, groups, partitions) that the monitoring query uses."
        ),
    ] = None
    dim_router: Annotated[
        list[str] | None,
        Field(description="Dimension route: the dimension names from the root to this one."),
    ] = None


class V1CesDimension(BaseModel):
    name: Annotated[str | None, Field(description="Dimension name.")] = None
    metrics: Annotated[list[str] | None, Field(description="Metric names of the dimension.")] = None
    key_name: Annotated[
        list[str] | None,
        Field(
            description="Keys of this answer (instance_ids, nodes, queues, groups, partitions) that the monitoring query uses."
        ),
    ] = None
    dim_router: Annotated[
        list[str] | None,
        Field(description="Dimension route: the dimension names from the root to this one."),
    ] = None
    children: Annotated[list[V1CesDimensionChild] | None, Field(description="Sub-dimensions.")] = None


class V1CesName(BaseModel):
    name: Annotated[str | None, Field(description="The instance id, node name or partition name.")] = None


class V1CesQueue(BaseModel):
    name: Annotated[str | None, Field(description="Topic name.")] = None
    partitions: Annotated[list[V1CesName] | None, Field(description="The topic's partitions.")] = None


class V1CesGroup(BaseModel):
    name: Annotated[str | None, Field(description="Consumer group name.")] = None
    queues: Annotated[list[V1CesQueue] | None, Field(description="The topics of the group.")] = None


class V1CesHierarchy(BaseModel):
    dimensions: Annotated[list[V1CesDimension] | None, Field(description="Monitoring dimensions.")] = None
    instance_ids: Annotated[list[V1CesName] | None, Field(description="Instance information.")] = None
    nodes: Annotated[list[V1CesName] | None, Field(description="Nodes.")] = None
    queues: Annotated[list[V1CesQueue] | None, Field(description="Topics.")] = None
    groups: Annotated[list[V1CesGroup] | None, Field(description="Consumer groups.")] = None


class V1Product(BaseModel):
    type: Annotated[str | None, Field(description="Product type: `single` or `cluster`.")] = None
    product_id: Annotated[str | None, Field(description="Product id.")] = None
    ecs_flavor_id: Annotated[str | None, Field(description="ECS flavor id.")] = None
    billing_code: Annotated[str | None, Field(description="CBC billing specification code.")] = None
    arch_types: Annotated[list[str] | None, Field(description="CPU architecture types.")] = None
    charging_mode: Annotated[
        Any | None,
        Field(
            description="Billing modes. The doc types it Object without a table; §5.10.1 returns the same-named field as an array of strings (`monthly`, `hourly`), so any JSON value is accepted."
        ),
    ] = None
    ios: Annotated[
        Any | None,
        Field(
            description="Supported disk I/O types. The doc types it Object without a table; §5.10.1 returns the same-named field as an array of objects (io_spec, type, available_zones, unavailable_zones), so any JSON value is accepted."
        ),
    ] = None
    support_features: Annotated[
        Any | None,
        Field(
            description="Supported features. The doc types it Object without a table; §5.10.1 returns the same-named field as an array of objects (name, properties), so any JSON value is accepted."
        ),
    ] = None
    properties: Annotated[
        dict[str, Any] | None,
        Field(
            description="Product properties as key/value pairs (not tabled for this operation; §5.10.1 lists e.g. max_broker, max_topic_per_broker, engine_versions, all as strings)."
        ),
    ] = None
    available_zones: Annotated[list[str] | None, Field(description="Availability zones with resources.")] = None
    unavailable_zones: Annotated[list[str] | None, Field(description="Availability zones without resources.")] = None
    qingtian_incompatible: Annotated[
        bool | None, Field(description="Whether the instance is a Qingtian (擎天) one.")
    ] = None


class V1ProductList(BaseModel):
    engine: Annotated[str | None, Field(description="Engine type.")] = None
    versions: Annotated[list[str] | None, Field(description="Supported engine versions.")] = None
    products: Annotated[list[V1Product] | None, Field(description="Product details.")] = None


class HistoryConsumerGroup(BaseModel):
    enabled: Annotated[bool | None, Field(description="Whether the group may consume.")] = None
    broadcast: Annotated[bool | None, Field(description="Whether the group consumes in broadcast mode.")] = None
    brokers: Annotated[list[str] | None, Field(description="Brokers the group is associated with.")] = None
    name: Annotated[
        str | None,
        Field(
            description="Consumer group name: letters, digits, percent signs, vertical bars, hyphens and underscores, 3 to 64 characters.",
            max_length=64,
            min_length=3,
            pattern="^[A-Za-z0-9%|_-]+$",
        ),
    ] = None
    group_desc: Annotated[
        str | None,
        Field(
            description="Consumer group description, 0 to 200 characters.",
            max_length=200,
        ),
    ] = None
    retry_max_time: Annotated[
        int | None,
        Field(description="Maximum number of retries, 1 to 16.", ge=1, le=16),
    ] = None
    createdAt: Annotated[
        int | None,
        Field(description="Creation time, milliseconds since 1970-01-01T00:00:00Z."),
    ] = None
    permissions: Annotated[list[str] | None, Field(description="Permission set.")] = None
    consume_orderly: Annotated[bool | None, Field(description="Whether messages are consumed in order.")] = None


class HistoryConsumerGroupList(BaseModel):
    total: Annotated[
        int | None,
        Field(description="Total number of consumer groups (the doc types it Number)."),
    ] = None
    groups: Annotated[
        list[HistoryConsumerGroup] | None,
        Field(description="The consumer groups of this page."),
    ] = None
    max: Annotated[
        int | None,
        Field(description="Maximum number of consumer groups that can be created."),
    ] = None
    remaining: Annotated[
        int | None,
        Field(description="Number of consumer groups that can still be created."),
    ] = None
    next_offset: Annotated[
        int | None,
        Field(description="Offset of the next page (-1 when there is none)."),
    ] = None
    previous_offset: Annotated[
        int | None,
        Field(description="Offset of the previous page (-1 when there is none)."),
    ] = None


class HistoryJob(BaseModel):
    job_id: Annotated[str | None, Field(description="Background task id.")] = None


class BatchDeleteDiagnosisReportReq(BaseModel):
    report_id_list: Annotated[list[str] | None, Field(description="IDs of the diagnosis reports to delete.")] = None


class BatchDeleteDiagnosisRecordsResponse(BaseModel):
    report_id_list: Annotated[list[str] | None, Field(description="IDs of the reports deleted.")] = None


class BatchDeleteDiagnosisRecordsForRocketMqResponse(BaseModel):
    report_id_list: Annotated[list[str] | None, Field(description="IDs of the reports deleted.")] = None


class MetadataDeleteReq(BaseModel):
    task_ids: Annotated[list[str], Field(description="IDs of the migration tasks to delete; mandatory.")]


class BatchDeleteRocketMqMigrationTaskResponse(BaseModel):
    success_task_list: Annotated[list[str] | None, Field(description="IDs of the tasks deleted.")] = None


class DiagnosisReq(BaseModel):
    group_name: Annotated[str, Field(description="Consumer group to diagnose; mandatory.")]
    node_id_list: Annotated[
        list[str] | None,
        Field(description="Nodes to diagnose (an empty list in the page's example)."),
    ] = None


class CreateDiagnosisTaskResponse(BaseModel):
    report_id: Annotated[str | None, Field(description="ID of the report the task writes.")] = None


class CreateDiagnosisTaskForRocketMqResponse(BaseModel):
    report_id: Annotated[str | None, Field(description="ID of the report the task writes.")] = None


class BssParam(BaseModel):
    is_auto_renew: Annotated[
        bool | None,
        Field(description="Renew automatically at the end of the period (not renewed when left out)."),
    ] = None
    charging_mode: Annotated[
        str | None,
        Field(
            description="Billing mode: `prePaid` (yearly/monthly) or `postPaid` (pay-per-use, what the server assumes when left out)."
        ),
    ] = None
    is_auto_pay: Annotated[
        bool | None,
        Field(
            description="Pay the order from the account automatically (true) or leave it for the customer to pay (false, what the server assumes when left out)."
        ),
    ] = None
    period_type: Annotated[
        str | None,
        Field(
            description="Subscription period unit: `month` or `year`. Required (and read) only when charging_mode is prePaid."
        ),
    ] = None
    period_num: Annotated[
        int | None,
        Field(
            description="Number of periods, 1 to 9 months or 1 to 3 years. Required (and read) only when charging_mode is prePaid."
        ),
    ] = None


class CreatePostPaidInstanceForRocketMqResponse(BaseModel):
    instance_id: Annotated[str | None, Field(description="Id of the new instance.")] = None


class ListBackgroundTasksRespTasks(BaseModel):
    id: Annotated[str | None, Field(description="Task ID.")] = None
    name: Annotated[str | None, Field(description="Task name (e.g. bindInstancePublicIp).")] = None
    user_name: Annotated[str | None, Field(description="Name of the user who started the task.")] = None
    user_id: Annotated[str | None, Field(description="ID of that user.")] = None
    params: Annotated[
        str | None,
        Field(description="The task's parameters: a JSON document in a string."),
    ] = None
    status: Annotated[str | None, Field(description="Task status (e.g. SUCCESS, EXECUTING).")] = None
    created_at: Annotated[str | None, Field(description="When the task started.")] = None
    updated_at: Annotated[str | None, Field(description="When the task ended.")] = None


class ListConfigFeatures(BaseModel):
    featureId: Annotated[str | None, Field(description="Feature id.")] = None
    status: Annotated[
        int | bool | None,
        Field(
            description="Whether the feature is on: the RabbitMQ page types it Boolean (example true) and describes 0/1, the SDK has int; both are accepted."
        ),
    ] = None
    description: Annotated[str | None, Field(description="What the feature is.")] = None


class ListAccessPolicyRespPolicies(BaseModel):
    access_key: Annotated[str | None, Field(description="User name (access key).")] = None
    white_remote_address: Annotated[str | None, Field(description="IP whitelist of the user.")] = None
    admin: Annotated[bool | None, Field(description="Whether the user is an administrator.")] = None
    perm: Annotated[
        str | None,
        Field(
            description="The user's permission on the topic or group: `PUB`, `SUB`, `PUB|SUB` or `DENY` (may be empty)."
        ),
    ] = None


class DiagnosisReportResp(BaseModel):
    report_id: Annotated[str | None, Field(description="Report ID.")] = None
    group_name: Annotated[str | None, Field(description="Consumer group diagnosed.")] = None
    consumer_nums: Annotated[int | None, Field(description="Number of consumers.")] = None
    status: Annotated[
        str | None,
        Field(description="Report status: diagnosing, failed, deleted, finished, normal or abnormal."),
    ] = None
    created_at: Annotated[str | None, Field(description="When the report was generated.")] = None
    abnormal_item_sum: Annotated[int | None, Field(description="Number of abnormal items.")] = None
    faulted_node_sum: Annotated[int | None, Field(description="Number of abnormal nodes.")] = None


class ListDiagnosisReportsForRocketMqResponse(BaseModel):
    diagnosis_report_list: Annotated[
        list[DiagnosisReportResp] | None, Field(description="The reports of this page.")
    ] = None
    total_num: Annotated[int | None, Field(description="Number of reports (Long in the doc).")] = None


class ListMessageTraceRespTrace(BaseModel):
    success: Annotated[bool | None, Field(description="Whether the traced step succeeded.")] = None
    trace_type: Annotated[
        str | None,
        Field(description="Kind of record, e.g. `Pub` (production), `SubBefore`, `SubAfter` (consumption)."),
    ] = None
    timestamp: Annotated[
        float | None,
        Field(description="When the step happened, Unix time in milliseconds (doc type Number)."),
    ] = None
    group_name: Annotated[str | None, Field(description="Producer group or consumer group of the step.")] = None
    cost_time: Annotated[
        float | None,
        Field(description="How long the step took, in milliseconds (doc type Number)."),
    ] = None
    request_id: Annotated[str | None, Field(description="Request id of the step.")] = None
    consume_status: Annotated[
        float | None,
        Field(
            description="Consumption status (doc type Number): 0 consumed successfully, 1 consumption timed out, 2 consumption\nthrew an exception, 3 the consumer returned null, 5 consumption failed.\n"
        ),
    ] = None
    topic: Annotated[str | None, Field(description="Name of the topic.")] = None
    msg_id: Annotated[str | None, Field(description="Message id (the producer's unique key).")] = None
    offset_msg_id: Annotated[
        str | None,
        Field(description="Offset message id (the broker's id of the stored message)."),
    ] = None
    tags: Annotated[str | None, Field(description="Tag of the message.")] = None
    keys: Annotated[str | None, Field(description="Keys of the message.")] = None
    store_host: Annotated[
        str | None,
        Field(description="Address (ip:port) of the broker that stores the message."),
    ] = None
    client_host: Annotated[
        str | None,
        Field(description="Address of the client (producer or consumer) of the step."),
    ] = None
    retry_times: Annotated[int | None, Field(description="Number of retries.")] = None
    body_length: Annotated[
        float | None,
        Field(description="Length of the message body in bytes (doc type Number)."),
    ] = None
    msg_type: Annotated[str | None, Field(description="Message type, e.g. Normal_Msg.")] = None
    transaction_state: Annotated[
        str | None,
        Field(description="Transaction state, for transactional messages; null otherwise."),
    ] = None
    transaction_id: Annotated[
        str | None,
        Field(description="Transaction id, for transactional messages; null otherwise."),
    ] = None
    from_transaction_check: Annotated[
        bool | None,
        Field(description="Whether the record answers a transaction check-back."),
    ] = None


class MessagePropertyList(BaseModel):
    name: Annotated[
        str | None,
        Field(description="Property name, e.g. KEYS, TAGS, UNIQ_KEY, CLUSTER, ORIGIN_MESSAGE_ID."),
    ] = None
    value: Annotated[str | None, Field(description="Property value.")] = None


class ScheduledTaskEntity(BaseModel):
    id: Annotated[str | None, Field(description="Task ID.")] = None
    name: Annotated[str | None, Field(description="Task name.")] = None
    user_name: Annotated[str | None, Field(description="Name of the user who scheduled the task.")] = None
    user_id: Annotated[str | None, Field(description="ID of that user.")] = None
    params: Annotated[
        str | None,
        Field(description="The task's parameters: a JSON document in a string."),
    ] = None
    status: Annotated[str | None, Field(description="Task status.")] = None
    created_at: Annotated[str | None, Field(description="When the task was created.")] = None
    updated_at: Annotated[str | None, Field(description="When it last changed.")] = None
    schedule_at: Annotated[str | None, Field(description="When it is scheduled to run.")] = None


class PlainSSLSwitchRep(BaseModel):
    tls_mode: Annotated[
        str | None,
        Field(
            description="Access mode: SSL (encrypted only), PLAINTEXT (plain only) or PERMISSIVE (both, as the client chooses)."
        ),
    ] = None


class ModifyInstanceSslConfigResponse(BaseModel):
    job_id: Annotated[str | None, Field(description="ID of the task that applies the change.")] = None
    tls_mode: Annotated[str | None, Field(description="The access mode requested.")] = None


class ModifyRecyclePolicyReq(BaseModel):
    retention_days: Annotated[
        int | None,
        Field(
            description="Days a deleted instance stays in the recycle bin, 1 to 7.",
            ge=1,
            le=7,
        ),
    ] = None
    default_use_recycle: Annotated[
        bool | None,
        Field(description="true: deleted instances go to the recycle bin; false: they are deleted at once."),
    ] = None


class InstanceRecycleInfo(BaseModel):
    instance_id: Annotated[str | None, Field(description="Instance ID.")] = None
    status: Annotated[str | None, Field(description="Instance status.")] = None
    name: Annotated[str | None, Field(description="Instance name.")] = None
    engine: Annotated[
        str | None,
        Field(description="Message engine: rocketmq, or its alias reliability."),
    ] = None
    in_recycle_time: Annotated[int | None, Field(description="When the instance entered the recycle bin.")] = None
    save_time: Annotated[int | None, Field(description="Days it is kept, 1 to 7.")] = None
    auto_delete_time: Annotated[int | None, Field(description="When it will be deleted for good.")] = None
    cost_per_hour: Annotated[float | None, Field(description="Hourly fee.")] = None
    error_message: Annotated[str | None, Field(description="Error message.")] = None
    product_id: Annotated[str | None, Field(description="Product (flavour) ID.")] = None


class ResetConsumeOffsetReq(BaseModel):
    topic: Annotated[str, Field(description="Topic whose consumer offset is reset; mandatory.")]
    timestamp: Annotated[
        int,
        Field(description="Time to reset the offset to, in epoch milliseconds; mandatory."),
    ]


class ResetConsumeOffsetRespQueues(BaseModel):
    broker_name: Annotated[str | None, Field(description="Broker the queue is on.")] = None
    queue_id: Annotated[int | None, Field(description="Id of the queue.")] = None
    timestamp_offset: Annotated[int | None, Field(description="The queue's consumer offset after the reset.")] = None


class ResizeEngineInstanceReq(BaseModel):
    oper_type: Annotated[
        Literal["storage", "horizontal", "vertical"],
        Field(
            description="What changes: `storage` (storage per broker grows, broker count unchanged), `horizontal` (more brokers,\nstorage per broker unchanged), `vertical` (the brokers' VM flavor changes; broker count and storage\nunchanged).\n"
        ),
    ]
    new_storage_space: Annotated[
        int | None,
        Field(
            description="New total storage in GB (= broker count x storage per broker); read and required when oper_type is\n`storage` (each broker grows by at least 100 GB) or `horizontal` (storage per broker stays the same).\n"
        ),
    ] = None
    new_product_id: Annotated[
        str | None,
        Field(description="New specification (product id); read and required only when oper_type is `vertical`."),
    ] = None
    new_broker_num: Annotated[
        int | None,
        Field(description="New number of brokers; required when oper_type is `horizontal`."),
    ] = None
    publicip_id: Annotated[
        str | None,
        Field(
            description="Ids of the elastic IPs to bind, comma-separated; required when oper_type is `horizontal` and public access is on."
        ),
    ] = None


class ResizeInstanceForRocketMqResponse(BaseModel):
    job_id: Annotated[str | None, Field(description="Id of the specification change job.")] = None


class BatchResumeInstanceReq(BaseModel):
    instances: Annotated[list[str] | None, Field(description="IDs of the instances to restore.")] = None


class InstanceResumeResult(BaseModel):
    instance_id: Annotated[str | None, Field(description="Instance ID.")] = None
    job_id: Annotated[str | None, Field(description="ID of the restoring task.")] = None
    error_msg: Annotated[
        str | None,
        Field(description="Why the instance could not be restored (null when it could)."),
    ] = None


class DeadletterResendReq(BaseModel):
    topic: Annotated[
        str | None,
        Field(description="Dead-letter topic of the messages, `%DLQ%<group>`."),
    ] = None
    msg_id_list: Annotated[
        list[str] | None,
        Field(description="IDs of the dead-letter messages to send again."),
    ] = None


class DeadletterResendRespResendResults(BaseModel):
    msg_id: Annotated[str | None, Field(description="Message id.")] = None
    error_code: Annotated[str | None, Field(description="Result code; `DMS.00000000` on success.")] = None
    error_message: Annotated[str | None, Field(description="Result message; `Success.` on success.")] = None


class SendMessageProperties(BaseModel):
    name: Annotated[
        str | None,
        Field(
            description="Property name. The newest page names KEYS (a business key that identifies the message, usually tied to the service's primary key) and TAGS (a tag that classifies messages within a topic)."
        ),
    ] = None
    value: Annotated[str | None, Field(description="Property value.")] = None


class SendMessageResponse(BaseModel):
    topic: Annotated[str | None, Field(description="Topic the message went to.")] = None
    body: Annotated[str | None, Field(description="Message content.")] = None
    property_list: Annotated[
        list[SendMessageProperties] | None,
        Field(description="Message properties as stored."),
    ] = None
    msg_id: Annotated[str | None, Field(description="Message ID the broker assigned.")] = None
    queue_id: Annotated[
        float | None,
        Field(description="ID of the queue the message was written to (Number in the doc)."),
    ] = None
    queue_offset: Annotated[
        float | None,
        Field(description="Offset of the message in its queue (Number in the doc)."),
    ] = None
    broker_name: Annotated[str | None, Field(description="Broker that stored the message.")] = None


class SendMessageForRocketMqResponse(BaseModel):
    topic: Annotated[str | None, Field(description="Topic the message went to.")] = None
    body: Annotated[str | None, Field(description="Message content.")] = None
    property_list: Annotated[
        list[SendMessageProperties] | None,
        Field(description="Message properties as stored."),
    ] = None
    msg_id: Annotated[str | None, Field(description="Message ID the broker assigned.")] = None
    queue_id: Annotated[
        float | None,
        Field(description="ID of the queue the message was written to (Number in the doc)."),
    ] = None
    queue_offset: Annotated[
        float | None,
        Field(description="Offset of the message in its queue (Number in the doc)."),
    ] = None
    broker_name: Annotated[str | None, Field(description="Broker that stored the message.")] = None


class ShowBackgroundTaskResponse(BaseModel):
    task_count: Annotated[
        str | None,
        Field(description="Number of tasks (a string on the page and in the SDK)."),
    ] = None
    tasks: Annotated[
        list[ListBackgroundTasksRespTasks] | None,
        Field(description="The task, as a one-item list."),
    ] = None


class StepDetail(BaseModel):
    name: Annotated[str | None, Field(description="Step name.")] = None
    statue: Annotated[
        str | None,
        Field(
            description="Step status (the field is spelled `statue` on the page and in the SDK): COMPLETED, IN_PROGRESS, FAILED or WAITING."
        ),
    ] = None
    start_time: Annotated[
        int | str | None,
        Field(description="When the step started (String on the page, int in the SDK)."),
    ] = None
    end_time: Annotated[
        int | str | None,
        Field(description="When the step ended (String on the page, int in the SDK)."),
    ] = None


class ShowCeshierarchyRespChildren(BaseModel):
    name: Annotated[str | None, Field(description="Sub-dimension name.")] = None
    metrics: Annotated[list[str] | None, Field(description="Metric names.")] = None
    key_name: Annotated[list[str] | None, Field(description="Keys used to query the metrics.")] = None
    dim_router: Annotated[list[str] | None, Field(description="Dimension route.")] = None


class ShowCesHierarchyRespInstanceIds(BaseModel):
    name: Annotated[str | None, Field(description="Instance ID.")] = None


class ShowCeshierarchyRespNodes(BaseModel):
    name: Annotated[str | None, Field(description="Node name.")] = None
    available_zone: Annotated[str | None, Field(description="Availability zone of the node.")] = None


class ShowCeshierarchyRespTopics(BaseModel):
    name: Annotated[str | None, Field(description="Topic name.")] = None


class ShowCeshierarchyRespDlq(BaseModel):
    name: Annotated[str | None, Field(description="Dead-letter queue name.")] = None


class ShowCeshierarchyRespGroups(BaseModel):
    name: Annotated[str | None, Field(description="Consumer group name.")] = None
    topics: Annotated[
        list[ShowCeshierarchyRespTopics] | None,
        Field(description="Topics the group consumes."),
    ] = None


class Subscription(BaseModel):
    topic: Annotated[str | None, Field(description="Name of the topic subscribed to.")] = None
    type: Annotated[str | None, Field(description="Kind of filter expression, `TAG` or `SQL92`.")] = None
    expression: Annotated[
        str | None,
        Field(description="The filter expression (for `TAG`, the tags, e.g. `tagA`)."),
    ] = None


class ConsumersInTagEntity(BaseModel):
    consumers: Annotated[list[str] | None, Field(description="Consumers.")] = None
    tag_name: Annotated[str | None, Field(description="Tag name.")] = None


class DiagnosisNodeReportEntity(BaseModel):
    node_id: Annotated[str | None, Field(description="Node id.")] = None
    is_faulted: Annotated[bool | None, Field(description="Is faulted.")] = None
    abnormal_item_sum: Annotated[int | None, Field(description="Abnormal item sum.")] = None
    message_accumulation: Annotated[int | None, Field(description="Message accumulation.")] = None
    dead_lock: Annotated[bool | None, Field(description="Dead lock.")] = None
    deadlock_thread: Annotated[str | None, Field(description="Deadlock thread.")] = None
    stack_id: Annotated[str | None, Field(description="Stack id.")] = None
    is_pop: Annotated[bool | None, Field(description="Is pop.")] = None
    consume_type: Annotated[str | None, Field(description="Consume type.")] = None


class ShowDiagnosisStackResponse(BaseModel):
    thread_name: Annotated[str | None, Field(description="Name of the thread.")] = None
    stack: Annotated[str | None, Field(description="Its stack trace.")] = None


class ShowDiagnosisStackForRocketMqResponse(BaseModel):
    thread_name: Annotated[str | None, Field(description="Name of the thread.")] = None
    stack: Annotated[str | None, Field(description="Its stack trace.")] = None


class RocketMQExtendProductIosEntity(BaseModel):
    io_spec: Annotated[
        str | None,
        Field(description="Storage I/O specification, e.g. `dms.physical.storage.ultra.v2`."),
    ] = None
    available_zones: Annotated[list[str] | None, Field(description="Availability zones with resources.")] = None
    type: Annotated[str | None, Field(description="I/O type, e.g. `evs`.")] = None
    unavailable_zones: Annotated[list[str] | None, Field(description="Availability zones that are sold out.")] = None


class RocketMQExtendProductPropertiesEntity(BaseModel):
    max_broker: Annotated[str | None, Field(description="Maximum number of brokers.")] = None
    max_topic_per_broker: Annotated[str | None, Field(description="Maximum number of topics per broker.")] = None
    max_consumer_per_broker: Annotated[str | None, Field(description="Maximum number of consumers per broker.")] = None
    min_broker: Annotated[str | None, Field(description="Minimum number of brokers.")] = None
    engine_versions: Annotated[str | None, Field(description="Engine version.")] = None
    max_storage_per_node: Annotated[str | None, Field(description="Maximum storage per node, in GB.")] = None
    min_storage_per_node: Annotated[str | None, Field(description="Minimum storage per node, in GB.")] = None
    product_alias: Annotated[str | None, Field(description="Alias of the product id.")] = None
    feature: Annotated[str | None, Field(description="Feature.")] = None
    max_topic: Annotated[str | None, Field(description="Max topic.")] = None
    broker_num: Annotated[str | None, Field(description="Broker num.")] = None
    core: Annotated[str | None, Field(description="Core.")] = None
    max_consumer: Annotated[str | None, Field(description="Max consumer.")] = None
    rcu: Annotated[str | None, Field(description="Rcu.")] = None
    max_storage: Annotated[str | None, Field(description="Max storage.")] = None
    min_storage: Annotated[str | None, Field(description="Min storage.")] = None
    max_tps_per_rcu: Annotated[str | None, Field(description="Max TPS per rcu.")] = None
    elastic_tps: Annotated[str | None, Field(description="Elastic TPS.")] = None


class RocketMQProductSupportFeaturesEntity(BaseModel):
    name: Annotated[str | None, Field(description="Feature name.")] = None
    properties: Annotated[
        dict[str, str] | None,
        Field(description="The feature's properties as key/value strings."),
    ] = None


class QuotaResourceEntity(BaseModel):
    type: Annotated[
        str | None,
        Field(description="What the quota counts: rocketmqInstance, kafkaInstance, rabbitmqInstance or tags."),
    ] = None
    quota: Annotated[
        int | None,
        Field(description="Most instances the project may create, or most tags per instance."),
    ] = None
    used: Annotated[int | None, Field(description="How many exist.")] = None


class ShowRecycleInstancesResponse(BaseModel):
    retention_days: Annotated[int | None, Field(description="Days a deleted instance is kept, 1 to 7.")] = None
    default_use_recycle: Annotated[
        bool | None,
        Field(description="Whether deleted instances go to the recycle bin."),
    ] = None
    recycle_instances: Annotated[
        list[InstanceRecycleInfo] | None,
        Field(description="Instances in the recycle bin."),
    ] = None


class ShowRocketMqScalePreCheckInfoResponse(BaseModel):
    name: Annotated[str | None, Field(description="Check item (e.g. CPU).")] = None
    success: Annotated[bool | None, Field(description="true: the item is fine; false: it is not.")] = None
    reason: Annotated[str | None, Field(description="Why the check failed (empty when it passed).")] = None
    risk: Annotated[str | None, Field(description="Risk level: low, medium or high.")] = None


class ShowVolumeExpandConfigResponse(BaseModel):
    auto_volume_expand_enable: Annotated[bool | None, Field(description="Whether automatic disk expansion is on.")] = (
        None
    )
    expand_threshold: Annotated[
        int | None,
        Field(description="Disk usage (percent) that triggers an expansion, 20-80."),
    ] = None
    max_volume_size: Annotated[int | None, Field(description="Upper limit of automatic expansion (GB).")] = None
    expand_increment: Annotated[int | None, Field(description="Share added per expansion (percent), 10-100.")] = None


class AlterAutoVolumeExpandConfig(BaseModel):
    auto_volume_expand_enable: Annotated[
        bool,
        Field(description="true turns automatic disk expansion on, false off; mandatory."),
    ]
    expand_threshold: Annotated[
        int | None,
        Field(
            description="Disk usage (percent) that triggers an expansion, 20 to 80.",
            ge=20,
            le=80,
        ),
    ] = None
    max_volume_size: Annotated[
        int | None,
        Field(
            description="Upper limit of automatic expansion (GB): a multiple of 100, above the instance's current storage and below 30000 times its node count (the server checks these)."
        ),
    ] = None
    expand_increment: Annotated[
        int | None,
        Field(
            description="Share of the current storage added per expansion (percent), 10 to 100.",
            ge=10,
            le=100,
        ),
    ] = None


class UpdateVolumeExpansionConfigResponse(BaseModel):
    body: Annotated[str | None, Field(description="Body.")] = None


class ResendReq(BaseModel):
    group: Annotated[
        str,
        Field(description="Consumer group (Group ID) that consumes the messages again; mandatory on the current page."),
    ]
    topic: Annotated[str | None, Field(description="Topic the messages belong to.")] = None
    client_id: Annotated[
        str,
        Field(description="ID of the consumer client that receives them; mandatory on the current page."),
    ]
    msg_id_list: Annotated[list[str] | None, Field(description="IDs of the messages to deliver again.")] = None


class ValidateConsumedMessageForRocketMqResponse(BaseModel):
    resend_results: Annotated[
        list[DeadletterResendRespResendResults] | None,
        Field(description="One result per message."),
    ] = None


class V2ProjectIdInstancesGetParametersQuery(BaseModel):
    engine: str
    name: str | None = None
    instance_id: str | None = None
    status: (
        Literal[
            "CREATING",
            "RUNNING",
            "ERROR",
            "RESTARTING",
            "STARTING",
            "EXTENDING",
            "EXTENDEDFAILED",
            "FROZEN",
            "FREEZING",
            "UPGRADING",
            "ROLLINGBACK",
        ]
        | None
    ) = None
    include_failure: str | None = None
    exact_match_name: Literal["true", "false"] = "false"
    enterprise_project_id: str | None = None
    limit: Annotated[int, Field(ge=1, le=50)] = 10
    offset: Annotated[int | None, Field(ge=0)] = None


class V2EngineProductsGetParametersQuery(BaseModel):
    type: str
    product_id: str


class V2EngineProjectIdInstancesInstanceIdExtendGetParametersQuery(BaseModel):
    type: Literal["advanced"] | None = None


class V2ProjectIdInstancesInstanceIdGroupsGetParametersQuery(BaseModel):
    group: str | None = None
    limit: int | None = None
    offset: Annotated[int | None, Field(ge=0)] = None


class V2ProjectIdInstancesInstanceIdGroupsBatchDeletePostParametersQuery(BaseModel):
    action: Literal["delete"]


class V2ProjectIdInstancesInstanceIdGroupsGroupTopicsGetParametersQuery(BaseModel):
    topic: str | None = None
    limit: Annotated[int, Field(ge=1, le=50)] = 10
    offset: Annotated[int | None, Field(ge=0)] = None


class V2RocketmqProjectIdInstancesInstanceIdGroupsGroupClientsGetParametersQuery(BaseModel):
    limit: Annotated[int | None, Field(ge=1, le=50)] = None
    offset: Annotated[int | None, Field(ge=0)] = None
    is_detail: bool | None = None


class V2ProjectIdInstancesInstanceIdTopicsGetParametersQuery(BaseModel):
    limit: Annotated[int | None, Field(ge=1, le=50)] = None
    offset: Annotated[int | None, Field(ge=0)] = None


class V2ProjectIdInstancesInstanceIdTopicsBatchDeletePostParametersQuery(BaseModel):
    action: Literal["delete"]


class V2ProjectIdInstancesInstanceIdTopicsTopicGroupsGetParametersQuery(BaseModel):
    limit: Annotated[int, Field(ge=1, le=50)] = 10
    offset: Annotated[int | None, Field(ge=0)] = None


class V2EngineProjectIdInstancesInstanceIdMessagesGetParametersQuery(BaseModel):
    topic: str
    limit: str | None = None
    offset: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    key: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    msg_id: str | None = None


class V2EngineProjectIdInstancesInstanceIdTraceGetParametersQuery(BaseModel):
    msg_id: str


V2ProjectIdInstancesInstanceIdMessagesExportPostResponse = TypeAliasType(
    "V2ProjectIdInstancesInstanceIdMessagesExportPostResponse",
    Annotated[list[RocketMQMessage], Field(description="The exported messages.")],
)


class V2ProjectIdInstancesInstanceIdUsersGetParametersQuery(BaseModel):
    offset: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    limit: str | None = None


class V2ProjectIdInstancesInstanceIdTopicsTopicAccesspolicyGetParametersQuery(BaseModel):
    offset: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    limit: str | None = None


class V2EngineProjectIdInstancesInstanceIdGroupsGroupIdAccesspolicyGetParametersQuery(BaseModel):
    offset: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    limit: str | None = None


class V2ProjectIdInstancesInstanceIdMetadataPostParametersQuery(BaseModel):
    overwrite: Literal["true", "false"]
    name: Annotated[str, Field(max_length=64, min_length=4, pattern="^[A-Za-z][A-Za-z0-9_-]*$")]
    type: Literal["rocketmq", "rabbitToRocket"]


class V2ProjectIdInstancesInstanceIdMetadataGetParametersQuery(BaseModel):
    id: str | None = None
    type: str | None = None
    offset: Annotated[str | None, Field(pattern="^[0-9]+$")] = None
    limit: str | None = None
    name: str | None = None


class V10ProductsGetParametersQuery(BaseModel):
    instance_id: str
    product_id: str


class V2EngineProjectIdInstancesInstanceIdGroupsGetParametersQuery(BaseModel):
    offset: Annotated[int | None, Field(ge=0)] = None
    limit: Annotated[int, Field(ge=1, le=50)] = 10
    group: str | None = None
    topic: str | None = None


class V2EngineProjectIdInstancesInstanceIdDiagnosisGetParametersQuery(BaseModel):
    limit: Annotated[int | None, Field(ge=1, le=50)] = None
    offset: Annotated[int | None, Field(ge=0)] = None


class V2ProjectIdRocketmqInstancesInstanceIdDiagnosisGetParametersQuery(BaseModel):
    limit: Annotated[int | None, Field(ge=1, le=50)] = None
    offset: Annotated[int | None, Field(ge=0)] = None


class V2ProjectIdInstancesInstanceIdScheduledTasksTaskIdPutParametersQuery(BaseModel):
    execute_at: str | None = None
    status: Literal["CANCELLED"] | None = None


class V2ProjectIdInstancesInstanceIdTasksGetParametersQuery(BaseModel):
    begin_time: str | None = None
    end_time: str | None = None
    limit: Annotated[int | None, Field(ge=1)] = None
    start: Annotated[int | None, Field(ge=0)] = None


class V2ProjectIdRocketmqInstancesInstanceIdGroupsGroupAccesspolicyGetParametersQuery(BaseModel):
    limit: int | None = None
    offset: int | None = None


class V2ProjectIdRocketmqInstancesInstanceIdTraceGetParametersQuery(BaseModel):
    limit: int | None = None
    msg_id: str
    offset: int | None = None


class V2ProjectIdRocketmqInstancesInstanceIdMessagesGetParametersQuery(BaseModel):
    end_time: str | None = None
    key: str | None = None
    limit: int | None = None
    msg_id: str | None = None
    offset: int | None = None
    queue: str | None = None
    start_time: str | None = None
    topic: str


class V2ProjectIdInstancesInstanceIdScheduledTasksGetParametersQuery(BaseModel):
    begin_time: str | None = None
    end_time: str | None = None
    limit: Annotated[int | None, Field(ge=1, le=100)] = None
    start: Annotated[str | None, Field(pattern="^[0-9]+$")] = None


class V2ProjectIdRocketmqInstancesInstanceIdExtendGetParametersQuery(BaseModel):
    limit: int | None = None
    offset: int | None = None
    type: Literal["advanced"] | None = None


class V2ProjectIdRocketmqInstancesInstanceIdGroupsGroupClientsGetParametersQuery(BaseModel):
    is_detail: bool | None = None
    limit: Annotated[int | None, Field(ge=1, le=50)] = None
    offset: Annotated[int | None, Field(ge=0)] = None


class V2ProjectIdQuotasGetParametersQuery(BaseModel):
    includeTagsQuota: Literal["true", "false"] | None = None
    onlyQuota: Literal["reliability", "kafka", "rabbitmq"] | None = None


class CreateInstanceByEngineReq(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Instance name, 4 to 64 characters; starts with a letter, then letters, digits, `-` and `_`.",
            max_length=64,
            min_length=4,
            pattern="^[A-Za-z][A-Za-z0-9_-]*$",
        ),
    ]
    description: Annotated[
        str | None,
        Field(
            description="Description of the instance, at most 1024 characters.",
            max_length=1024,
        ),
    ] = None
    engine: Annotated[str, Field(description="Message engine; `reliability`.")]
    engine_version: Annotated[str, Field(description="Engine version; `4.8.0`.")]
    storage_space: Annotated[int, Field(description="Storage space, in GB.")]
    vpc_id: Annotated[str, Field(description="VPC id (VPC console, VPC details page).")]
    subnet_id: Annotated[
        str,
        Field(description="Subnet (network) id (VPC console, subnet details page)."),
    ]
    security_group_id: Annotated[
        str,
        Field(description="Security group the instance belongs to (VPC console, security group details page)."),
    ]
    available_zones: Annotated[
        list[str],
        Field(
            description="Ids of availability zones that have resources (see list_available_zones); not empty and no empty value. RocketMQ nodes go in 1 zone, or in 3 or more.",
            min_length=1,
        ),
    ]
    product_id: Annotated[
        str,
        Field(
            description="Instance specification: c6.4u8g.cluster.small (per broker at most 2000 topics and 2000 consumer groups),\nc6.4u8g.cluster (4000 / 4000), c6.8u16g.cluster (8000 / 8000), c6.12u24g.cluster (12000 / 12000),\nc6.16u32g.cluster (16000 / 16000).\n"
        ),
    ]
    ssl_enable: Annotated[
        bool | None,
        Field(description="Turn on SSL-encrypted access (true) or not (false)."),
    ] = None
    storage_spec_code: Annotated[
        str,
        Field(
            description="Storage I/O: `dms.physical.storage.high.v2` (high I/O disks) or `dms.physical.storage.ultra.v2` (ultra-high I/O disks)."
        ),
    ]
    enterprise_project_id: Annotated[
        str | None,
        Field(description="Enterprise project id; required for enterprise project accounts."),
    ] = None
    enable_acl: Annotated[bool | None, Field(description="Turn on access control (ACL).")] = None
    ipv6_enable: Annotated[bool | None, Field(description="Support IPv6 (true) or not (false).")] = None
    ipv6_broker_address: Annotated[str | None, Field(description="Ipv6 broker address.")] = None
    ipv6_namesrv_address: Annotated[str | None, Field(description="Ipv6 namesrv address.")] = None
    proxy_enable: Annotated[bool | None, Field(description="Proxy enable.")] = None
    enable_publicip: Annotated[bool | None, Field(description="Turn on public access (off when left out).")] = None
    disk_encrypted_enable: Annotated[bool | None, Field(description="Disk encrypted enable.")] = None
    disk_encrypted_key: Annotated[str | None, Field(description="Disk encrypted key.")] = None
    publicip_id: Annotated[
        str | None,
        Field(description="Ids of the elastic IPs to bind, comma-separated; required when enable_publicip is true."),
    ] = None
    broker_num: Annotated[int, Field(description="Number of brokers.")]
    arch_type: Annotated[str | None, Field(description="Arch type.")] = None
    tls_mode: Annotated[str | None, Field(description="Tls mode.")] = None
    bss_param: BssParam | None = None


class ListBackgroundTasksResponse(BaseModel):
    task_count: Annotated[
        str | None,
        Field(
            description="How many tasks the time window holds, in decimal digits (a string on the page and in the SDK; the pager stops there).",
            examples=["4"],
            pattern="^[0-9]+$",
        ),
    ] = None
    tasks: Annotated[list[ListBackgroundTasksRespTasks] | None, Field(description="The tasks.")] = None


class ListConfigFeaturesResponse(BaseModel):
    features: Annotated[list[ListConfigFeatures] | None, Field(description="The feature switches.")] = None
    totalRecord: Annotated[int | None, Field(description="Total record.")] = None


class ListConsumeGroupAccessPolicyForRocketMqResponse(BaseModel):
    policies: Annotated[
        list[ListAccessPolicyRespPolicies] | None,
        Field(description="The authorized users of this page."),
    ] = None
    total: Annotated[
        float | None,
        Field(description="Total number of authorized users (doc type Number)."),
    ] = None
    name: Annotated[str | None, Field(description="Name of the topic or consumer group.")] = None


class ListDiagnosisReportsResponse(BaseModel):
    diagnosis_report_list: Annotated[
        list[DiagnosisReportResp] | None, Field(description="The reports of this page.")
    ] = None
    total_num: Annotated[int | None, Field(description="Number of reports (Long in the doc).")] = None


class ListMessageTraceForRocketMqResponse(BaseModel):
    total: Annotated[float | None, Field(description="Total.")] = None
    next_offset: Annotated[int | None, Field(description="Next offset.")] = None
    previous_offset: Annotated[int | None, Field(description="Previous offset.")] = None
    trace: Annotated[list[ListMessageTraceRespTrace] | None, Field(description="The trace records.")] = None


class Message(BaseModel):
    msg_id: Annotated[str | None, Field(description="Message id (the broker's offset message id).")] = None
    instance_id: Annotated[str | None, Field(description="Instance id.")] = None
    topic: Annotated[str | None, Field(description="Name of the topic.")] = None
    store_timestamp: Annotated[
        float | None,
        Field(description="When the broker stored the message, Unix time in milliseconds (doc type Number)."),
    ] = None
    born_timestamp: Annotated[
        float | None,
        Field(description="When the producer created the message, Unix time in milliseconds (doc type Number)."),
    ] = None
    reconsume_times: Annotated[
        int | None,
        Field(description="How many times consumption of the message has been retried."),
    ] = None
    body: Annotated[str | None, Field(description="Message body.")] = None
    body_crc: Annotated[float | None, Field(description="CRC checksum of the body (doc type Number).")] = None
    store_size: Annotated[
        float | None,
        Field(description="Size of the stored message in bytes (doc type Number)."),
    ] = None
    property_list: Annotated[
        list[MessagePropertyList] | None,
        Field(description="Properties of the message."),
    ] = None
    born_host: Annotated[
        str | None,
        Field(description="Address (ip:port) of the producer that created the message."),
    ] = None
    store_host: Annotated[
        str | None,
        Field(description="Address (ip:port) of the broker that stores the message."),
    ] = None
    queue_id: Annotated[int | None, Field(description="Id of the queue that holds the message.")] = None
    queue_offset: Annotated[int | None, Field(description="Offset of the message within its queue.")] = None


class ListScheduledTasksResponse(BaseModel):
    job_count: Annotated[
        int | None,
        Field(description="Number of scheduled tasks (String on the page, int in the SDK)."),
    ] = None
    jobs: Annotated[list[ScheduledTaskEntity] | None, Field(description="The scheduled tasks.")] = None


class ModifyRecyclePolicyResponse(BaseModel):
    retention_days: Annotated[int | None, Field(description="Days a deleted instance is kept, 1 to 7.")] = None
    default_use_recycle: Annotated[
        bool | None,
        Field(description="Whether deleted instances go to the recycle bin."),
    ] = None
    recycle_instances: Annotated[
        list[InstanceRecycleInfo] | None,
        Field(description="Instances in the recycle bin."),
    ] = None


class ResetConsumeOffsetForRocketMqResponse(BaseModel):
    queues: Annotated[
        list[ResetConsumeOffsetRespQueues] | None,
        Field(description="The queues reset, with their new offsets."),
    ] = None


class RestoreRecycleInstanceResponse(BaseModel):
    results: Annotated[list[InstanceResumeResult] | None, Field(description="One result per instance.")] = None


class SendDlqMessageForRocketMqResponse(BaseModel):
    resend_results: Annotated[
        list[DeadletterResendRespResendResults] | None,
        Field(description="One result per message."),
    ] = None


class SendMessageReq(BaseModel):
    topic: Annotated[str, Field(description="Topic the message is sent to.")]
    body: Annotated[str, Field(description="Message content, as text.")]
    property_list: Annotated[
        list[SendMessageProperties] | None,
        Field(description="Message properties (the page calls them features), each a name and a value."),
    ] = None


class ShowBackgroundTaskProgressResponse(BaseModel):
    progress_percentage: Annotated[int | None, Field(description="How far the task has got (percent).")] = None
    remain_time: Annotated[int | None, Field(description="Time left.")] = None
    step_list: Annotated[list[StepDetail] | None, Field(description="The steps of the task.")] = None


class ShowCeshierarchyRespDimensions(BaseModel):
    name: Annotated[str | None, Field(description="Dimension name.")] = None
    metrics: Annotated[list[str] | None, Field(description="Metric names.")] = None
    key_name: Annotated[list[str] | None, Field(description="Keys used to query the metrics.")] = None
    dim_router: Annotated[list[str] | None, Field(description="Dimension route.")] = None
    children: Annotated[list[ShowCeshierarchyRespChildren] | None, Field(description="Sub-dimensions.")] = None


class ClientData(BaseModel):
    language: Annotated[str | None, Field(description="Language of the client, e.g. JAVA.")] = None
    version: Annotated[str | None, Field(description="Version of the client, e.g. V4_8_0.")] = None
    client_id: Annotated[str | None, Field(description="Id of the client.")] = None
    client_addr: Annotated[str | None, Field(description="Address (host:port) of the client.")] = None
    consume_type: Annotated[str | None, Field(description="Consumption type.")] = None
    subscriptions: Annotated[list[Subscription] | None, Field(description="The client's subscriptions.")] = None


class SubscriptionEntity(BaseModel):
    topic_name: Annotated[str | None, Field(description="Topic name.")] = None
    consumers_in_tags: Annotated[list[ConsumersInTagEntity] | None, Field(description="Consumers in tags.")] = None


class ShowDiagnosisReportForRocketMqResponse(BaseModel):
    report_id: Annotated[str | None, Field(description="Report ID.")] = None
    group_name: Annotated[str | None, Field(description="Consumer group diagnosed.")] = None
    consumer_nums: Annotated[int | None, Field(description="Number of consumers.")] = None
    status: Annotated[
        str | None,
        Field(
            description="Report status: diagnosing, failed, deleted (by hand), finished, normal (no problem found) or abnormal (problems found)."
        ),
    ] = None
    created_at: Annotated[
        int | None,
        Field(description="When the report was generated (Long in the doc)."),
    ] = None
    abnormal_item_sum: Annotated[int | None, Field(description="Number of abnormal items.")] = None
    faulted_node_sum: Annotated[int | None, Field(description="Number of abnormal nodes.")] = None
    online: Annotated[bool | None, Field(description="Whether the group is online.")] = None
    message_accumulation: Annotated[int | None, Field(description="Number of messages piled up.")] = None
    subscription_consistency: Annotated[
        bool | None, Field(description="Whether the consumers' subscriptions agree.")
    ] = None
    duplicate_client_id: Annotated[bool | None, Field(description="Whether two consumers share a client ID.")] = None
    different_consumer_type: Annotated[
        bool | None,
        Field(description="Whether the consumers use different consumption types."),
    ] = None
    subscriptions: Annotated[list[SubscriptionEntity] | None, Field(description="Subscriptions found.")] = None
    diagnosis_node_report_list: Annotated[
        list[DiagnosisNodeReportEntity] | None, Field(description="Findings per node.")
    ] = None


class RocketMQExtendProductInfoEntity(BaseModel):
    type: Annotated[
        str | None,
        Field(description="Instance type, e.g. `cluster` or `cluster.small`."),
    ] = None
    product_id: Annotated[str | None, Field(description="Product id.")] = None
    ecs_flavor_id: Annotated[str | None, Field(description="ECS flavor the product runs on.")] = None
    billing_code: Annotated[str | None, Field(description="Billing code.")] = None
    arch_types: Annotated[list[str] | None, Field(description="Supported CPU architectures, e.g. `X86`.")] = None
    charging_mode: Annotated[
        list[str] | None,
        Field(description="Supported billing modes, e.g. `monthly`, `hourly`."),
    ] = None
    ios: Annotated[
        list[RocketMQExtendProductIosEntity] | None,
        Field(description="Storage I/O options."),
    ] = None
    properties: RocketMQExtendProductPropertiesEntity | None = None
    available_zones: Annotated[list[str] | None, Field(description="Availability zones with resources.")] = None
    unavailable_zones: Annotated[list[str] | None, Field(description="Availability zones that are sold out.")] = None
    support_features: Annotated[
        list[RocketMQProductSupportFeaturesEntity] | None,
        Field(description="Supported features."),
    ] = None
    qingtian_incompatible: Annotated[bool | None, Field(description="Whether this is a Qingtian instance.")] = None


class QuotasRespQuotas(BaseModel):
    resources: Annotated[list[QuotaResourceEntity] | None, Field(description="The quotas.")] = None


class ListMessagesForRocketMqResponse(BaseModel):
    messages: Annotated[list[Message] | None, Field(description="The messages of this page.")] = None
    total: Annotated[
        float | None,
        Field(description="Number of messages matching the search (doc type Number)."),
    ] = None


class ShowCesHierarchyResponse(BaseModel):
    dimensions: Annotated[
        list[ShowCeshierarchyRespDimensions] | None,
        Field(description="Monitoring dimensions."),
    ] = None
    instance_ids: Annotated[list[ShowCesHierarchyRespInstanceIds] | None, Field(description="The instance.")] = None
    nodes: Annotated[list[ShowCeshierarchyRespNodes] | None, Field(description="Its nodes.")] = None
    topics: Annotated[list[ShowCeshierarchyRespTopics] | None, Field(description="Its topics.")] = None
    dlq: Annotated[
        list[ShowCeshierarchyRespDlq] | None,
        Field(description="Its dead-letter queues."),
    ] = None
    groups: Annotated[
        list[ShowCeshierarchyRespGroups] | None,
        Field(description="Its consumer groups."),
    ] = None


class ShowConsumerConnectionsForRocketMqResponse(BaseModel):
    group_name: Annotated[str | None, Field(description="Name of the consumer group.")] = None
    online: Annotated[
        bool | None,
        Field(description="Whether the group is online (has connected consumers)."),
    ] = None
    subscription_consistency: Annotated[
        bool | None,
        Field(description="Whether all consumers of the group have the same subscriptions."),
    ] = None
    total: Annotated[int | None, Field(description="Number of the group's consumers (all pages).")] = None
    next_offset: Annotated[int | None, Field(description="Offset of the next page; -1 when there is none.")] = None
    previous_offset: Annotated[
        int | None,
        Field(description="Offset of the previous page; -1 when there is none."),
    ] = None
    clients: Annotated[
        list[ClientData] | None,
        Field(description="The consumers on this page, with their subscriptions."),
    ] = None


class ShowDiagnosisReportResponse(BaseModel):
    report_id: Annotated[str | None, Field(description="Report ID.")] = None
    group_name: Annotated[str | None, Field(description="Consumer group diagnosed.")] = None
    consumer_nums: Annotated[int | None, Field(description="Number of consumers.")] = None
    status: Annotated[
        str | None,
        Field(
            description="Report status: diagnosing, failed, deleted (by hand), finished, normal (no problem found) or abnormal (problems found)."
        ),
    ] = None
    created_at: Annotated[
        int | None,
        Field(description="When the report was generated (Long in the doc)."),
    ] = None
    abnormal_item_sum: Annotated[int | None, Field(description="Number of abnormal items.")] = None
    faulted_node_sum: Annotated[int | None, Field(description="Number of abnormal nodes.")] = None
    online: Annotated[bool | None, Field(description="Whether the group is online.")] = None
    message_accumulation: Annotated[int | None, Field(description="Number of messages piled up.")] = None
    subscription_consistency: Annotated[
        bool | None, Field(description="Whether the consumers' subscriptions agree.")
    ] = None
    duplicate_client_id: Annotated[bool | None, Field(description="Whether two consumers share a client ID.")] = None
    different_consumer_type: Annotated[
        bool | None,
        Field(description="Whether the consumers use different consumption types."),
    ] = None
    subscriptions: Annotated[list[SubscriptionEntity] | None, Field(description="Subscriptions found.")] = None
    diagnosis_node_report_list: Annotated[
        list[DiagnosisNodeReportEntity] | None, Field(description="Findings per node.")
    ] = None


class ShowEngineInstanceExtendProductInfoForRocketMqResponse(BaseModel):
    total: Annotated[float | None, Field(description="Total.")] = None
    next_offset: Annotated[int | None, Field(description="Next offset.")] = None
    previous_offset: Annotated[int | None, Field(description="Previous offset.")] = None
    engine: Annotated[str | None, Field(description="Message engine type.")] = None
    versions: Annotated[list[str] | None, Field(description="Engine versions supported.")] = None
    products: Annotated[
        list[RocketMQExtendProductInfoEntity] | None,
        Field(description="The specifications."),
    ] = None


class ShowQuotasResponse(BaseModel):
    quotas: QuotasRespQuotas | None = None
