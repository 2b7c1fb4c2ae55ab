"""Contains all the data models used in inputs/outputs.

mqclients: models are imported on first use (PEP 562), so importing a client does not import hundreds of model
modules; type checkers and IDEs still see every name through the TYPE_CHECKING imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .available_zone import AvailableZone
    from .available_zone_list import AvailableZoneList
    from .batch_delete_consumer_groups_action import BatchDeleteConsumerGroupsAction
    from .batch_delete_topics_action import BatchDeleteTopicsAction
    from .consume_validation_request import ConsumeValidationRequest
    from .consumer_client import ConsumerClient
    from .consumer_client_list import ConsumerClientList
    from .consumer_group import ConsumerGroup
    from .consumer_group_batch_delete_request import ConsumerGroupBatchDeleteRequest
    from .consumer_group_batch_delete_result import ConsumerGroupBatchDeleteResult
    from .consumer_group_batch_update_request import ConsumerGroupBatchUpdateRequest
    from .consumer_group_batch_update_result import ConsumerGroupBatchUpdateResult
    from .consumer_group_broker_consumption import ConsumerGroupBrokerConsumption
    from .consumer_group_create_request import ConsumerGroupCreateRequest
    from .consumer_group_created import ConsumerGroupCreated
    from .consumer_group_detail import ConsumerGroupDetail
    from .consumer_group_list import ConsumerGroupList
    from .consumer_group_queue_consumption import ConsumerGroupQueueConsumption
    from .consumer_group_settings import ConsumerGroupSettings
    from .consumer_group_topic_consumption import ConsumerGroupTopicConsumption
    from .consumer_group_update_request import ConsumerGroupUpdateRequest
    from .consumer_offset_reset_queue import ConsumerOffsetResetQueue
    from .consumer_offset_reset_request import ConsumerOffsetResetRequest
    from .consumer_offset_reset_result import ConsumerOffsetResetResult
    from .consumer_subscription import ConsumerSubscription
    from .create_migration_task_overwrite import CreateMigrationTaskOverwrite
    from .create_migration_task_type import CreateMigrationTaskType
    from .dlq_message_export_request import DlqMessageExportRequest
    from .dlq_message_resend_request import DlqMessageResendRequest
    from .engine_product import EngineProduct
    from .engine_product_list import EngineProductList
    from .engine_product_properties import EngineProductProperties
    from .error import Error
    from .extend_product_feature import ExtendProductFeature
    from .extend_product_feature_properties import ExtendProductFeatureProperties
    from .extend_product_info import ExtendProductInfo
    from .extend_product_io import ExtendProductIo
    from .extend_product_list import ExtendProductList
    from .extend_product_properties import ExtendProductProperties
    from .history_consumer_group import HistoryConsumerGroup
    from .history_consumer_group_list import HistoryConsumerGroupList
    from .history_instance import HistoryInstance
    from .history_job import HistoryJob
    from .history_tag import HistoryTag
    from .instance_batch_delete_item_result import InstanceBatchDeleteItemResult
    from .instance_batch_delete_request import InstanceBatchDeleteRequest
    from .instance_batch_delete_request_action import InstanceBatchDeleteRequestAction
    from .instance_batch_delete_request_all_failure import InstanceBatchDeleteRequestAllFailure
    from .instance_batch_delete_result import InstanceBatchDeleteResult
    from .instance_broker import InstanceBroker
    from .instance_broker_list import InstanceBrokerList
    from .instance_bss_param import InstanceBssParam
    from .instance_bss_param_charging_mode import InstanceBssParamChargingMode
    from .instance_bss_param_period_type import InstanceBssParamPeriodType
    from .instance_create_request import InstanceCreateRequest
    from .instance_create_request_engine import InstanceCreateRequestEngine
    from .instance_create_request_engine_version import InstanceCreateRequestEngineVersion
    from .instance_create_request_product_id import InstanceCreateRequestProductId
    from .instance_create_request_storage_spec_code import InstanceCreateRequestStorageSpecCode
    from .instance_create_result import InstanceCreateResult
    from .instance_detail import InstanceDetail
    from .instance_list import InstanceList
    from .instance_node import InstanceNode
    from .instance_node_list import InstanceNodeList
    from .instance_resize_request import InstanceResizeRequest
    from .instance_resize_request_oper_type import InstanceResizeRequestOperType
    from .instance_resize_result import InstanceResizeResult
    from .instance_restart_result import InstanceRestartResult
    from .instance_tag import InstanceTag
    from .instance_tag_create_action import InstanceTagCreateAction
    from .instance_tag_create_action_action import InstanceTagCreateActionAction
    from .instance_tag_delete_action import InstanceTagDeleteAction
    from .instance_tag_delete_action_action import InstanceTagDeleteActionAction
    from .instance_tag_entry import InstanceTagEntry
    from .instance_tag_list import InstanceTagList
    from .instance_update_request import InstanceUpdateRequest
    from .list_instance_extend_products_type import ListInstanceExtendProductsType
    from .list_instances_exact_match_name import ListInstancesExactMatchName
    from .list_instances_status import ListInstancesStatus
    from .message_resend_result import MessageResendResult
    from .message_resend_results import MessageResendResults
    from .message_trace import MessageTrace
    from .message_trace_list import MessageTraceList
    from .migration_rabbit_binding import MigrationRabbitBinding
    from .migration_rabbit_exchange import MigrationRabbitExchange
    from .migration_rabbit_queue import MigrationRabbitQueue
    from .migration_rabbit_vhost import MigrationRabbitVhost
    from .migration_rocket_mq_subscription_group import MigrationRocketMQSubscriptionGroup
    from .migration_rocket_mq_topic_config import MigrationRocketMQTopicConfig
    from .migration_rocket_mq_topic_config_topic_filter_type import MigrationRocketMQTopicConfigTopicFilterType
    from .migration_task import MigrationTask
    from .migration_task_create_request import MigrationTaskCreateRequest
    from .migration_task_create_request_subscription_group_table import MigrationTaskCreateRequestSubscriptionGroupTable
    from .migration_task_create_request_topic_config_table import MigrationTaskCreateRequestTopicConfigTable
    from .migration_task_created import MigrationTaskCreated
    from .migration_task_delete_request import MigrationTaskDeleteRequest
    from .migration_task_list import MigrationTaskList
    from .post_paid_instance_create_request import PostPaidInstanceCreateRequest
    from .post_paid_instance_create_request_engine import PostPaidInstanceCreateRequestEngine
    from .post_paid_instance_create_request_engine_version import PostPaidInstanceCreateRequestEngineVersion
    from .post_paid_instance_create_request_product_id import PostPaidInstanceCreateRequestProductId
    from .post_paid_instance_create_request_storage_spec_code import PostPaidInstanceCreateRequestStorageSpecCode
    from .product_core_count import ProductCoreCount
    from .project_tag import ProjectTag
    from .project_tag_list import ProjectTagList
    from .rocket_mq_access_policy import RocketMQAccessPolicy
    from .rocket_mq_access_policy_list import RocketMQAccessPolicyList
    from .rocket_mq_config_change import RocketMQConfigChange
    from .rocket_mq_config_entry import RocketMQConfigEntry
    from .rocket_mq_config_list import RocketMQConfigList
    from .rocket_mq_config_modify_request import RocketMQConfigModifyRequest
    from .rocket_mq_message import RocketMQMessage
    from .rocket_mq_message_list import RocketMQMessageList
    from .rocket_mq_message_property import RocketMQMessageProperty
    from .rocket_mq_user import RocketMQUser
    from .rocket_mq_user_delete_result import RocketMQUserDeleteResult
    from .rocket_mq_user_group_perm import RocketMQUserGroupPerm
    from .rocket_mq_user_group_perm_request import RocketMQUserGroupPermRequest
    from .rocket_mq_user_group_perm_request_perm import RocketMQUserGroupPermRequestPerm
    from .rocket_mq_user_list import RocketMQUserList
    from .rocket_mq_user_request import RocketMQUserRequest
    from .rocket_mq_user_request_default_group_perm import RocketMQUserRequestDefaultGroupPerm
    from .rocket_mq_user_request_default_topic_perm import RocketMQUserRequestDefaultTopicPerm
    from .rocket_mq_user_topic_perm import RocketMQUserTopicPerm
    from .rocket_mq_user_topic_perm_request import RocketMQUserTopicPermRequest
    from .rocket_mq_user_topic_perm_request_perm import RocketMQUserTopicPermRequestPerm
    from .topic_batch_delete_request import TopicBatchDeleteRequest
    from .topic_batch_delete_result import TopicBatchDeleteResult
    from .topic_broker_queues import TopicBrokerQueues
    from .topic_consumer_group_list import TopicConsumerGroupList
    from .topic_create_request import TopicCreateRequest
    from .topic_create_request_message_type import TopicCreateRequestMessageType
    from .topic_create_request_permission import TopicCreateRequestPermission
    from .topic_created import TopicCreated
    from .topic_detail import TopicDetail
    from .topic_list import TopicList
    from .topic_queue_assignment import TopicQueueAssignment
    from .topic_status import TopicStatus
    from .topic_status_broker import TopicStatusBroker
    from .topic_status_queue import TopicStatusQueue
    from .topic_summary import TopicSummary
    from .topic_update_request import TopicUpdateRequest
    from .topic_update_request_permission import TopicUpdateRequestPermission
    from .v1_available_zone import V1AvailableZone
    from .v1_available_zone_list import V1AvailableZoneList
    from .v1_bss_param import V1BssParam
    from .v1_bss_param_charging_mode import V1BssParamChargingMode
    from .v1_bss_param_period_type import V1BssParamPeriodType
    from .v1_ces_dimension import V1CesDimension
    from .v1_ces_dimension_child import V1CesDimensionChild
    from .v1_ces_group import V1CesGroup
    from .v1_ces_hierarchy import V1CesHierarchy
    from .v1_ces_name import V1CesName
    from .v1_ces_queue import V1CesQueue
    from .v1_create_instance_request import V1CreateInstanceRequest
    from .v1_create_instance_request_engine import V1CreateInstanceRequestEngine
    from .v1_create_instance_request_engine_version import V1CreateInstanceRequestEngineVersion
    from .v1_create_instance_request_product_id import V1CreateInstanceRequestProductId
    from .v1_create_instance_request_storage_spec_code import V1CreateInstanceRequestStorageSpecCode
    from .v1_instance_created import V1InstanceCreated
    from .v1_instance_list import V1InstanceList
    from .v1_product import V1Product
    from .v1_product_list import V1ProductList
    from .v1_product_properties import V1ProductProperties
    from .v1_quota_report import V1QuotaReport
    from .v1_quota_resource import V1QuotaResource
    from .v1_quota_set import V1QuotaSet

    pass

_MODULE_OF = {
    "AvailableZone": ".available_zone",
    "AvailableZoneList": ".available_zone_list",
    "BatchDeleteConsumerGroupsAction": ".batch_delete_consumer_groups_action",
    "BatchDeleteTopicsAction": ".batch_delete_topics_action",
    "ConsumeValidationRequest": ".consume_validation_request",
    "ConsumerClient": ".consumer_client",
    "ConsumerClientList": ".consumer_client_list",
    "ConsumerGroup": ".consumer_group",
    "ConsumerGroupBatchDeleteRequest": ".consumer_group_batch_delete_request",
    "ConsumerGroupBatchDeleteResult": ".consumer_group_batch_delete_result",
    "ConsumerGroupBatchUpdateRequest": ".consumer_group_batch_update_request",
    "ConsumerGroupBatchUpdateResult": ".consumer_group_batch_update_result",
    "ConsumerGroupBrokerConsumption": ".consumer_group_broker_consumption",
    "ConsumerGroupCreateRequest": ".consumer_group_create_request",
    "ConsumerGroupCreated": ".consumer_group_created",
    "ConsumerGroupDetail": ".consumer_group_detail",
    "ConsumerGroupList": ".consumer_group_list",
    "ConsumerGroupQueueConsumption": ".consumer_group_queue_consumption",
    "ConsumerGroupSettings": ".consumer_group_settings",
    "ConsumerGroupTopicConsumption": ".consumer_group_topic_consumption",
    "ConsumerGroupUpdateRequest": ".consumer_group_update_request",
    "ConsumerOffsetResetQueue": ".consumer_offset_reset_queue",
    "ConsumerOffsetResetRequest": ".consumer_offset_reset_request",
    "ConsumerOffsetResetResult": ".consumer_offset_reset_result",
    "ConsumerSubscription": ".consumer_subscription",
    "CreateMigrationTaskOverwrite": ".create_migration_task_overwrite",
    "CreateMigrationTaskType": ".create_migration_task_type",
    "DlqMessageExportRequest": ".dlq_message_export_request",
    "DlqMessageResendRequest": ".dlq_message_resend_request",
    "EngineProduct": ".engine_product",
    "EngineProductList": ".engine_product_list",
    "EngineProductProperties": ".engine_product_properties",
    "Error": ".error",
    "ExtendProductFeature": ".extend_product_feature",
    "ExtendProductFeatureProperties": ".extend_product_feature_properties",
    "ExtendProductInfo": ".extend_product_info",
    "ExtendProductIo": ".extend_product_io",
    "ExtendProductList": ".extend_product_list",
    "ExtendProductProperties": ".extend_product_properties",
    "HistoryConsumerGroup": ".history_consumer_group",
    "HistoryConsumerGroupList": ".history_consumer_group_list",
    "HistoryInstance": ".history_instance",
    "HistoryJob": ".history_job",
    "HistoryTag": ".history_tag",
    "InstanceBatchDeleteItemResult": ".instance_batch_delete_item_result",
    "InstanceBatchDeleteRequest": ".instance_batch_delete_request",
    "InstanceBatchDeleteRequestAction": ".instance_batch_delete_request_action",
    "InstanceBatchDeleteRequestAllFailure": ".instance_batch_delete_request_all_failure",
    "InstanceBatchDeleteResult": ".instance_batch_delete_result",
    "InstanceBroker": ".instance_broker",
    "InstanceBrokerList": ".instance_broker_list",
    "InstanceBssParam": ".instance_bss_param",
    "InstanceBssParamChargingMode": ".instance_bss_param_charging_mode",
    "InstanceBssParamPeriodType": ".instance_bss_param_period_type",
    "InstanceCreateRequest": ".instance_create_request",
    "InstanceCreateRequestEngine": ".instance_create_request_engine",
    "InstanceCreateRequestEngineVersion": ".instance_create_request_engine_version",
    "InstanceCreateRequestProductId": ".instance_create_request_product_id",
    "InstanceCreateRequestStorageSpecCode": ".instance_create_request_storage_spec_code",
    "InstanceCreateResult": ".instance_create_result",
    "InstanceDetail": ".instance_detail",
    "InstanceList": ".instance_list",
    "InstanceNode": ".instance_node",
    "InstanceNodeList": ".instance_node_list",
    "InstanceResizeRequest": ".instance_resize_request",
    "InstanceResizeRequestOperType": ".instance_resize_request_oper_type",
    "InstanceResizeResult": ".instance_resize_result",
    "InstanceRestartResult": ".instance_restart_result",
    "InstanceTag": ".instance_tag",
    "InstanceTagCreateAction": ".instance_tag_create_action",
    "InstanceTagCreateActionAction": ".instance_tag_create_action_action",
    "InstanceTagDeleteAction": ".instance_tag_delete_action",
    "InstanceTagDeleteActionAction": ".instance_tag_delete_action_action",
    "InstanceTagEntry": ".instance_tag_entry",
    "InstanceTagList": ".instance_tag_list",
    "InstanceUpdateRequest": ".instance_update_request",
    "ListInstanceExtendProductsType": ".list_instance_extend_products_type",
    "ListInstancesExactMatchName": ".list_instances_exact_match_name",
    "ListInstancesStatus": ".list_instances_status",
    "MessageResendResult": ".message_resend_result",
    "MessageResendResults": ".message_resend_results",
    "MessageTrace": ".message_trace",
    "MessageTraceList": ".message_trace_list",
    "MigrationRabbitBinding": ".migration_rabbit_binding",
    "MigrationRabbitExchange": ".migration_rabbit_exchange",
    "MigrationRabbitQueue": ".migration_rabbit_queue",
    "MigrationRabbitVhost": ".migration_rabbit_vhost",
    "MigrationRocketMQSubscriptionGroup": ".migration_rocket_mq_subscription_group",
    "MigrationRocketMQTopicConfig": ".migration_rocket_mq_topic_config",
    "MigrationRocketMQTopicConfigTopicFilterType": ".migration_rocket_mq_topic_config_topic_filter_type",
    "MigrationTask": ".migration_task",
    "MigrationTaskCreateRequest": ".migration_task_create_request",
    "MigrationTaskCreateRequestSubscriptionGroupTable": ".migration_task_create_request_subscription_group_table",
    "MigrationTaskCreateRequestTopicConfigTable": ".migration_task_create_request_topic_config_table",
    "MigrationTaskCreated": ".migration_task_created",
    "MigrationTaskDeleteRequest": ".migration_task_delete_request",
    "MigrationTaskList": ".migration_task_list",
    "PostPaidInstanceCreateRequest": ".post_paid_instance_create_request",
    "PostPaidInstanceCreateRequestEngine": ".post_paid_instance_create_request_engine",
    "PostPaidInstanceCreateRequestEngineVersion": ".post_paid_instance_create_request_engine_version",
    "PostPaidInstanceCreateRequestProductId": ".post_paid_instance_create_request_product_id",
    "PostPaidInstanceCreateRequestStorageSpecCode": ".post_paid_instance_create_request_storage_spec_code",
    "ProductCoreCount": ".product_core_count",
    "ProjectTag": ".project_tag",
    "ProjectTagList": ".project_tag_list",
    "RocketMQAccessPolicy": ".rocket_mq_access_policy",
    "RocketMQAccessPolicyList": ".rocket_mq_access_policy_list",
    "RocketMQConfigChange": ".rocket_mq_config_change",
    "RocketMQConfigEntry": ".rocket_mq_config_entry",
    "RocketMQConfigList": ".rocket_mq_config_list",
    "RocketMQConfigModifyRequest": ".rocket_mq_config_modify_request",
    "RocketMQMessage": ".rocket_mq_message",
    "RocketMQMessageList": ".rocket_mq_message_list",
    "RocketMQMessageProperty": ".rocket_mq_message_property",
    "RocketMQUser": ".rocket_mq_user",
    "RocketMQUserDeleteResult": ".rocket_mq_user_delete_result",
    "RocketMQUserGroupPerm": ".rocket_mq_user_group_perm",
    "RocketMQUserGroupPermRequest": ".rocket_mq_user_group_perm_request",
    "RocketMQUserGroupPermRequestPerm": ".rocket_mq_user_group_perm_request_perm",
    "RocketMQUserList": ".rocket_mq_user_list",
    "RocketMQUserRequest": ".rocket_mq_user_request",
    "RocketMQUserRequestDefaultGroupPerm": ".rocket_mq_user_request_default_group_perm",
    "RocketMQUserRequestDefaultTopicPerm": ".rocket_mq_user_request_default_topic_perm",
    "RocketMQUserTopicPerm": ".rocket_mq_user_topic_perm",
    "RocketMQUserTopicPermRequest": ".rocket_mq_user_topic_perm_request",
    "RocketMQUserTopicPermRequestPerm": ".rocket_mq_user_topic_perm_request_perm",
    "TopicBatchDeleteRequest": ".topic_batch_delete_request",
    "TopicBatchDeleteResult": ".topic_batch_delete_result",
    "TopicBrokerQueues": ".topic_broker_queues",
    "TopicConsumerGroupList": ".topic_consumer_group_list",
    "TopicCreateRequest": ".topic_create_request",
    "TopicCreateRequestMessageType": ".topic_create_request_message_type",
    "TopicCreateRequestPermission": ".topic_create_request_permission",
    "TopicCreated": ".topic_created",
    "TopicDetail": ".topic_detail",
    "TopicList": ".topic_list",
    "TopicQueueAssignment": ".topic_queue_assignment",
    "TopicStatus": ".topic_status",
    "TopicStatusBroker": ".topic_status_broker",
    "TopicStatusQueue": ".topic_status_queue",
    "TopicSummary": ".topic_summary",
    "TopicUpdateRequest": ".topic_update_request",
    "TopicUpdateRequestPermission": ".topic_update_request_permission",
    "V1AvailableZone": ".v1_available_zone",
    "V1AvailableZoneList": ".v1_available_zone_list",
    "V1BssParam": ".v1_bss_param",
    "V1BssParamChargingMode": ".v1_bss_param_charging_mode",
    "V1BssParamPeriodType": ".v1_bss_param_period_type",
    "V1CesDimension": ".v1_ces_dimension",
    "V1CesDimensionChild": ".v1_ces_dimension_child",
    "V1CesGroup": ".v1_ces_group",
    "V1CesHierarchy": ".v1_ces_hierarchy",
    "V1CesName": ".v1_ces_name",
    "V1CesQueue": ".v1_ces_queue",
    "V1CreateInstanceRequest": ".v1_create_instance_request",
    "V1CreateInstanceRequestEngine": ".v1_create_instance_request_engine",
    "V1CreateInstanceRequestEngineVersion": ".v1_create_instance_request_engine_version",
    "V1CreateInstanceRequestProductId": ".v1_create_instance_request_product_id",
    "V1CreateInstanceRequestStorageSpecCode": ".v1_create_instance_request_storage_spec_code",
    "V1InstanceCreated": ".v1_instance_created",
    "V1InstanceList": ".v1_instance_list",
    "V1Product": ".v1_product",
    "V1ProductList": ".v1_product_list",
    "V1ProductProperties": ".v1_product_properties",
    "V1QuotaReport": ".v1_quota_report",
    "V1QuotaResource": ".v1_quota_resource",
    "V1QuotaSet": ".v1_quota_set",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AvailableZone",
    "AvailableZoneList",
    "BatchDeleteConsumerGroupsAction",
    "BatchDeleteTopicsAction",
    "ConsumerClient",
    "ConsumerClientList",
    "ConsumerGroup",
    "ConsumerGroupBatchDeleteRequest",
    "ConsumerGroupBatchDeleteResult",
    "ConsumerGroupBatchUpdateRequest",
    "ConsumerGroupBatchUpdateResult",
    "ConsumerGroupBrokerConsumption",
    "ConsumerGroupCreated",
    "ConsumerGroupCreateRequest",
    "ConsumerGroupDetail",
    "ConsumerGroupList",
    "ConsumerGroupQueueConsumption",
    "ConsumerGroupSettings",
    "ConsumerGroupTopicConsumption",
    "ConsumerGroupUpdateRequest",
    "ConsumerOffsetResetQueue",
    "ConsumerOffsetResetRequest",
    "ConsumerOffsetResetResult",
    "ConsumerSubscription",
    "ConsumeValidationRequest",
    "CreateMigrationTaskOverwrite",
    "CreateMigrationTaskType",
    "DlqMessageExportRequest",
    "DlqMessageResendRequest",
    "EngineProduct",
    "EngineProductList",
    "EngineProductProperties",
    "Error",
    "ExtendProductFeature",
    "ExtendProductFeatureProperties",
    "ExtendProductInfo",
    "ExtendProductIo",
    "ExtendProductList",
    "ExtendProductProperties",
    "HistoryConsumerGroup",
    "HistoryConsumerGroupList",
    "HistoryInstance",
    "HistoryJob",
    "HistoryTag",
    "InstanceBatchDeleteItemResult",
    "InstanceBatchDeleteRequest",
    "InstanceBatchDeleteRequestAction",
    "InstanceBatchDeleteRequestAllFailure",
    "InstanceBatchDeleteResult",
    "InstanceBroker",
    "InstanceBrokerList",
    "InstanceBssParam",
    "InstanceBssParamChargingMode",
    "InstanceBssParamPeriodType",
    "InstanceCreateRequest",
    "InstanceCreateRequestEngine",
    "InstanceCreateRequestEngineVersion",
    "InstanceCreateRequestProductId",
    "InstanceCreateRequestStorageSpecCode",
    "InstanceCreateResult",
    "InstanceDetail",
    "InstanceList",
    "InstanceNode",
    "InstanceNodeList",
    "InstanceResizeRequest",
    "InstanceResizeRequestOperType",
    "InstanceResizeResult",
    "InstanceRestartResult",
    "InstanceTag",
    "InstanceTagCreateAction",
    "InstanceTagCreateActionAction",
    "InstanceTagDeleteAction",
    "InstanceTagDeleteActionAction",
    "InstanceTagEntry",
    "InstanceTagList",
    "InstanceUpdateRequest",
    "ListInstanceExtendProductsType",
    "ListInstancesExactMatchName",
    "ListInstancesStatus",
    "MessageResendResult",
    "MessageResendResults",
    "MessageTrace",
    "MessageTraceList",
    "MigrationRabbitBinding",
    "MigrationRabbitExchange",
    "MigrationRabbitQueue",
    "MigrationRabbitVhost",
    "MigrationRocketMQSubscriptionGroup",
    "MigrationRocketMQTopicConfig",
    "MigrationRocketMQTopicConfigTopicFilterType",
    "MigrationTask",
    "MigrationTaskCreated",
    "MigrationTaskCreateRequest",
    "MigrationTaskCreateRequestSubscriptionGroupTable",
    "MigrationTaskCreateRequestTopicConfigTable",
    "MigrationTaskDeleteRequest",
    "MigrationTaskList",
    "PostPaidInstanceCreateRequest",
    "PostPaidInstanceCreateRequestEngine",
    "PostPaidInstanceCreateRequestEngineVersion",
    "PostPaidInstanceCreateRequestProductId",
    "PostPaidInstanceCreateRequestStorageSpecCode",
    "ProductCoreCount",
    "ProjectTag",
    "ProjectTagList",
    "RocketMQAccessPolicy",
    "RocketMQAccessPolicyList",
    "RocketMQConfigChange",
    "RocketMQConfigEntry",
    "RocketMQConfigList",
    "RocketMQConfigModifyRequest",
    "RocketMQMessage",
    "RocketMQMessageList",
    "RocketMQMessageProperty",
    "RocketMQUser",
    "RocketMQUserDeleteResult",
    "RocketMQUserGroupPerm",
    "RocketMQUserGroupPermRequest",
    "RocketMQUserGroupPermRequestPerm",
    "RocketMQUserList",
    "RocketMQUserRequest",
    "RocketMQUserRequestDefaultGroupPerm",
    "RocketMQUserRequestDefaultTopicPerm",
    "RocketMQUserTopicPerm",
    "RocketMQUserTopicPermRequest",
    "RocketMQUserTopicPermRequestPerm",
    "TopicBatchDeleteRequest",
    "TopicBatchDeleteResult",
    "TopicBrokerQueues",
    "TopicConsumerGroupList",
    "TopicCreated",
    "TopicCreateRequest",
    "TopicCreateRequestMessageType",
    "TopicCreateRequestPermission",
    "TopicDetail",
    "TopicList",
    "TopicQueueAssignment",
    "TopicStatus",
    "TopicStatusBroker",
    "TopicStatusQueue",
    "TopicSummary",
    "TopicUpdateRequest",
    "TopicUpdateRequestPermission",
    "V1AvailableZone",
    "V1AvailableZoneList",
    "V1BssParam",
    "V1BssParamChargingMode",
    "V1BssParamPeriodType",
    "V1CesDimension",
    "V1CesDimensionChild",
    "V1CesGroup",
    "V1CesHierarchy",
    "V1CesName",
    "V1CesQueue",
    "V1CreateInstanceRequest",
    "V1CreateInstanceRequestEngine",
    "V1CreateInstanceRequestEngineVersion",
    "V1CreateInstanceRequestProductId",
    "V1CreateInstanceRequestStorageSpecCode",
    "V1InstanceCreated",
    "V1InstanceList",
    "V1Product",
    "V1ProductList",
    "V1ProductProperties",
    "V1QuotaReport",
    "V1QuotaResource",
    "V1QuotaSet",
)
