"""Contains all the data models used in inputs/outputs.

mqclients: models are imported on first use (PEP 562), so importing a client does not import hundreds of model
modules; type checkers and IDEs still see every name through the TYPE_CHECKING imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alter_auto_volume_expand_config import AlterAutoVolumeExpandConfig
    from .available_zone import AvailableZone
    from .available_zone_list import AvailableZoneList
    from .batch_delete_consumer_groups_action import BatchDeleteConsumerGroupsAction
    from .batch_delete_diagnosis_records_for_rocket_mq_response import BatchDeleteDiagnosisRecordsForRocketMqResponse
    from .batch_delete_diagnosis_records_response import BatchDeleteDiagnosisRecordsResponse
    from .batch_delete_diagnosis_report_req import BatchDeleteDiagnosisReportReq
    from .batch_delete_rocket_mq_migration_task_response import BatchDeleteRocketMqMigrationTaskResponse
    from .batch_delete_topics_action import BatchDeleteTopicsAction
    from .batch_resume_instance_req import BatchResumeInstanceReq
    from .bss_param import BssParam
    from .client_data import ClientData
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
    from .consumers_in_tag_entity import ConsumersInTagEntity
    from .create_diagnosis_task_for_rocket_mq_response import CreateDiagnosisTaskForRocketMqResponse
    from .create_diagnosis_task_response import CreateDiagnosisTaskResponse
    from .create_instance_by_engine_req import CreateInstanceByEngineReq
    from .create_migration_task_overwrite import CreateMigrationTaskOverwrite
    from .create_migration_task_type import CreateMigrationTaskType
    from .create_post_paid_instance_for_rocket_mq_response import CreatePostPaidInstanceForRocketMqResponse
    from .deadletter_resend_req import DeadletterResendReq
    from .deadletter_resend_resp_resend_results import DeadletterResendRespResendResults
    from .diagnosis_node_report_entity import DiagnosisNodeReportEntity
    from .diagnosis_report_resp import DiagnosisReportResp
    from .diagnosis_req import DiagnosisReq
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
    from .get_quotas_include_tags_quota import GetQuotasIncludeTagsQuota
    from .get_quotas_only_quota import GetQuotasOnlyQuota
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
    from .instance_recycle_info import InstanceRecycleInfo
    from .instance_resize_request import InstanceResizeRequest
    from .instance_resize_request_oper_type import InstanceResizeRequestOperType
    from .instance_resize_result import InstanceResizeResult
    from .instance_restart_result import InstanceRestartResult
    from .instance_resume_result import InstanceResumeResult
    from .instance_tag import InstanceTag
    from .instance_tag_create_action import InstanceTagCreateAction
    from .instance_tag_create_action_action import InstanceTagCreateActionAction
    from .instance_tag_delete_action import InstanceTagDeleteAction
    from .instance_tag_delete_action_action import InstanceTagDeleteActionAction
    from .instance_tag_entry import InstanceTagEntry
    from .instance_tag_list import InstanceTagList
    from .instance_update_request import InstanceUpdateRequest
    from .list_access_policy_resp_policies import ListAccessPolicyRespPolicies
    from .list_background_tasks_resp_tasks import ListBackgroundTasksRespTasks
    from .list_background_tasks_response import ListBackgroundTasksResponse
    from .list_config_features import ListConfigFeatures
    from .list_config_features_response import ListConfigFeaturesResponse
    from .list_consume_group_access_policy_for_rocket_mq_response import ListConsumeGroupAccessPolicyForRocketMqResponse
    from .list_diagnosis_reports_for_rocket_mq_response import ListDiagnosisReportsForRocketMqResponse
    from .list_diagnosis_reports_response import ListDiagnosisReportsResponse
    from .list_instance_extend_products_for_rocketmq_type import ListInstanceExtendProductsForRocketmqType
    from .list_instance_extend_products_type import ListInstanceExtendProductsType
    from .list_instances_exact_match_name import ListInstancesExactMatchName
    from .list_instances_status import ListInstancesStatus
    from .list_message_trace_for_rocket_mq_response import ListMessageTraceForRocketMqResponse
    from .list_message_trace_resp_trace import ListMessageTraceRespTrace
    from .list_messages_for_rocket_mq_response import ListMessagesForRocketMqResponse
    from .list_scheduled_tasks_response import ListScheduledTasksResponse
    from .message import Message
    from .message_property_list import MessagePropertyList
    from .message_resend_result import MessageResendResult
    from .message_resend_results import MessageResendResults
    from .message_trace import MessageTrace
    from .message_trace_list import MessageTraceList
    from .metadata_delete_req import MetadataDeleteReq
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
    from .modify_instance_ssl_config_response import ModifyInstanceSslConfigResponse
    from .modify_recycle_policy_req import ModifyRecyclePolicyReq
    from .modify_recycle_policy_response import ModifyRecyclePolicyResponse
    from .plain_ssl_switch_rep import PlainSSLSwitchRep
    from .post_paid_instance_create_request import PostPaidInstanceCreateRequest
    from .post_paid_instance_create_request_engine import PostPaidInstanceCreateRequestEngine
    from .post_paid_instance_create_request_engine_version import PostPaidInstanceCreateRequestEngineVersion
    from .post_paid_instance_create_request_product_id import PostPaidInstanceCreateRequestProductId
    from .post_paid_instance_create_request_storage_spec_code import PostPaidInstanceCreateRequestStorageSpecCode
    from .product_core_count import ProductCoreCount
    from .project_tag import ProjectTag
    from .project_tag_list import ProjectTagList
    from .quota_resource_entity import QuotaResourceEntity
    from .quotas_resp_quotas import QuotasRespQuotas
    from .resend_req import ResendReq
    from .reset_consume_offset_for_rocket_mq_response import ResetConsumeOffsetForRocketMqResponse
    from .reset_consume_offset_req import ResetConsumeOffsetReq
    from .reset_consume_offset_resp_queues import ResetConsumeOffsetRespQueues
    from .resize_engine_instance_req import ResizeEngineInstanceReq
    from .resize_engine_instance_req_oper_type import ResizeEngineInstanceReqOperType
    from .resize_instance_for_rocket_mq_response import ResizeInstanceForRocketMqResponse
    from .restore_recycle_instance_response import RestoreRecycleInstanceResponse
    from .rocket_mq_access_policy import RocketMQAccessPolicy
    from .rocket_mq_access_policy_list import RocketMQAccessPolicyList
    from .rocket_mq_config_change import RocketMQConfigChange
    from .rocket_mq_config_entry import RocketMQConfigEntry
    from .rocket_mq_config_list import RocketMQConfigList
    from .rocket_mq_config_modify_request import RocketMQConfigModifyRequest
    from .rocket_mq_extend_product_info_entity import RocketMQExtendProductInfoEntity
    from .rocket_mq_extend_product_ios_entity import RocketMQExtendProductIosEntity
    from .rocket_mq_extend_product_properties_entity import RocketMQExtendProductPropertiesEntity
    from .rocket_mq_message import RocketMQMessage
    from .rocket_mq_message_list import RocketMQMessageList
    from .rocket_mq_message_property import RocketMQMessageProperty
    from .rocket_mq_product_support_features_entity import RocketMQProductSupportFeaturesEntity
    from .rocket_mq_product_support_features_entity_properties import RocketMQProductSupportFeaturesEntityProperties
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
    from .scheduled_task_entity import ScheduledTaskEntity
    from .send_dlq_message_for_rocket_mq_response import SendDlqMessageForRocketMqResponse
    from .send_message_for_rocket_mq_response import SendMessageForRocketMqResponse
    from .send_message_properties import SendMessageProperties
    from .send_message_req import SendMessageReq
    from .send_message_response import SendMessageResponse
    from .show_background_task_progress_response import ShowBackgroundTaskProgressResponse
    from .show_background_task_response import ShowBackgroundTaskResponse
    from .show_ces_hierarchy_resp_instance_ids import ShowCesHierarchyRespInstanceIds
    from .show_ces_hierarchy_response import ShowCesHierarchyResponse
    from .show_ceshierarchy_resp_children import ShowCeshierarchyRespChildren
    from .show_ceshierarchy_resp_dimensions import ShowCeshierarchyRespDimensions
    from .show_ceshierarchy_resp_dlq import ShowCeshierarchyRespDlq
    from .show_ceshierarchy_resp_groups import ShowCeshierarchyRespGroups
    from .show_ceshierarchy_resp_nodes import ShowCeshierarchyRespNodes
    from .show_ceshierarchy_resp_topics import ShowCeshierarchyRespTopics
    from .show_consumer_connections_for_rocket_mq_response import ShowConsumerConnectionsForRocketMqResponse
    from .show_diagnosis_report_for_rocket_mq_response import ShowDiagnosisReportForRocketMqResponse
    from .show_diagnosis_report_response import ShowDiagnosisReportResponse
    from .show_diagnosis_stack_for_rocket_mq_response import ShowDiagnosisStackForRocketMqResponse
    from .show_diagnosis_stack_response import ShowDiagnosisStackResponse
    from .show_engine_instance_extend_product_info_for_rocket_mq_response import (
        ShowEngineInstanceExtendProductInfoForRocketMqResponse,
    )
    from .show_quotas_response import ShowQuotasResponse
    from .show_recycle_instances_response import ShowRecycleInstancesResponse
    from .show_rocket_mq_scale_pre_check_info_response import ShowRocketMqScalePreCheckInfoResponse
    from .show_volume_expand_config_response import ShowVolumeExpandConfigResponse
    from .step_detail import StepDetail
    from .subscription import Subscription
    from .subscription_entity import SubscriptionEntity
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
    from .update_scheduled_task_status import UpdateScheduledTaskStatus
    from .update_volume_expansion_config_response import UpdateVolumeExpansionConfigResponse
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
    from .validate_consumed_message_for_rocket_mq_response import ValidateConsumedMessageForRocketMqResponse

    pass

_MODULE_OF = {
    "AlterAutoVolumeExpandConfig": ".alter_auto_volume_expand_config",
    "AvailableZone": ".available_zone",
    "AvailableZoneList": ".available_zone_list",
    "BatchDeleteConsumerGroupsAction": ".batch_delete_consumer_groups_action",
    "BatchDeleteDiagnosisRecordsForRocketMqResponse": ".batch_delete_diagnosis_records_for_rocket_mq_response",
    "BatchDeleteDiagnosisRecordsResponse": ".batch_delete_diagnosis_records_response",
    "BatchDeleteDiagnosisReportReq": ".batch_delete_diagnosis_report_req",
    "BatchDeleteRocketMqMigrationTaskResponse": ".batch_delete_rocket_mq_migration_task_response",
    "BatchDeleteTopicsAction": ".batch_delete_topics_action",
    "BatchResumeInstanceReq": ".batch_resume_instance_req",
    "BssParam": ".bss_param",
    "ClientData": ".client_data",
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
    "ConsumersInTagEntity": ".consumers_in_tag_entity",
    "CreateDiagnosisTaskForRocketMqResponse": ".create_diagnosis_task_for_rocket_mq_response",
    "CreateDiagnosisTaskResponse": ".create_diagnosis_task_response",
    "CreateInstanceByEngineReq": ".create_instance_by_engine_req",
    "CreateMigrationTaskOverwrite": ".create_migration_task_overwrite",
    "CreateMigrationTaskType": ".create_migration_task_type",
    "CreatePostPaidInstanceForRocketMqResponse": ".create_post_paid_instance_for_rocket_mq_response",
    "DeadletterResendReq": ".deadletter_resend_req",
    "DeadletterResendRespResendResults": ".deadletter_resend_resp_resend_results",
    "DiagnosisNodeReportEntity": ".diagnosis_node_report_entity",
    "DiagnosisReportResp": ".diagnosis_report_resp",
    "DiagnosisReq": ".diagnosis_req",
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
    "GetQuotasIncludeTagsQuota": ".get_quotas_include_tags_quota",
    "GetQuotasOnlyQuota": ".get_quotas_only_quota",
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
    "InstanceRecycleInfo": ".instance_recycle_info",
    "InstanceResizeRequest": ".instance_resize_request",
    "InstanceResizeRequestOperType": ".instance_resize_request_oper_type",
    "InstanceResizeResult": ".instance_resize_result",
    "InstanceRestartResult": ".instance_restart_result",
    "InstanceResumeResult": ".instance_resume_result",
    "InstanceTag": ".instance_tag",
    "InstanceTagCreateAction": ".instance_tag_create_action",
    "InstanceTagCreateActionAction": ".instance_tag_create_action_action",
    "InstanceTagDeleteAction": ".instance_tag_delete_action",
    "InstanceTagDeleteActionAction": ".instance_tag_delete_action_action",
    "InstanceTagEntry": ".instance_tag_entry",
    "InstanceTagList": ".instance_tag_list",
    "InstanceUpdateRequest": ".instance_update_request",
    "ListAccessPolicyRespPolicies": ".list_access_policy_resp_policies",
    "ListBackgroundTasksRespTasks": ".list_background_tasks_resp_tasks",
    "ListBackgroundTasksResponse": ".list_background_tasks_response",
    "ListConfigFeatures": ".list_config_features",
    "ListConfigFeaturesResponse": ".list_config_features_response",
    "ListConsumeGroupAccessPolicyForRocketMqResponse": ".list_consume_group_access_policy_for_rocket_mq_response",
    "ListDiagnosisReportsForRocketMqResponse": ".list_diagnosis_reports_for_rocket_mq_response",
    "ListDiagnosisReportsResponse": ".list_diagnosis_reports_response",
    "ListInstanceExtendProductsForRocketmqType": ".list_instance_extend_products_for_rocketmq_type",
    "ListInstanceExtendProductsType": ".list_instance_extend_products_type",
    "ListInstancesExactMatchName": ".list_instances_exact_match_name",
    "ListInstancesStatus": ".list_instances_status",
    "ListMessageTraceForRocketMqResponse": ".list_message_trace_for_rocket_mq_response",
    "ListMessageTraceRespTrace": ".list_message_trace_resp_trace",
    "ListMessagesForRocketMqResponse": ".list_messages_for_rocket_mq_response",
    "ListScheduledTasksResponse": ".list_scheduled_tasks_response",
    "Message": ".message",
    "MessagePropertyList": ".message_property_list",
    "MessageResendResult": ".message_resend_result",
    "MessageResendResults": ".message_resend_results",
    "MessageTrace": ".message_trace",
    "MessageTraceList": ".message_trace_list",
    "MetadataDeleteReq": ".metadata_delete_req",
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
    "ModifyInstanceSslConfigResponse": ".modify_instance_ssl_config_response",
    "ModifyRecyclePolicyReq": ".modify_recycle_policy_req",
    "ModifyRecyclePolicyResponse": ".modify_recycle_policy_response",
    "PlainSSLSwitchRep": ".plain_ssl_switch_rep",
    "PostPaidInstanceCreateRequest": ".post_paid_instance_create_request",
    "PostPaidInstanceCreateRequestEngine": ".post_paid_instance_create_request_engine",
    "PostPaidInstanceCreateRequestEngineVersion": ".post_paid_instance_create_request_engine_version",
    "PostPaidInstanceCreateRequestProductId": ".post_paid_instance_create_request_product_id",
    "PostPaidInstanceCreateRequestStorageSpecCode": ".post_paid_instance_create_request_storage_spec_code",
    "ProductCoreCount": ".product_core_count",
    "ProjectTag": ".project_tag",
    "ProjectTagList": ".project_tag_list",
    "QuotaResourceEntity": ".quota_resource_entity",
    "QuotasRespQuotas": ".quotas_resp_quotas",
    "ResendReq": ".resend_req",
    "ResetConsumeOffsetForRocketMqResponse": ".reset_consume_offset_for_rocket_mq_response",
    "ResetConsumeOffsetReq": ".reset_consume_offset_req",
    "ResetConsumeOffsetRespQueues": ".reset_consume_offset_resp_queues",
    "ResizeEngineInstanceReq": ".resize_engine_instance_req",
    "ResizeEngineInstanceReqOperType": ".resize_engine_instance_req_oper_type",
    "ResizeInstanceForRocketMqResponse": ".resize_instance_for_rocket_mq_response",
    "RestoreRecycleInstanceResponse": ".restore_recycle_instance_response",
    "RocketMQAccessPolicy": ".rocket_mq_access_policy",
    "RocketMQAccessPolicyList": ".rocket_mq_access_policy_list",
    "RocketMQConfigChange": ".rocket_mq_config_change",
    "RocketMQConfigEntry": ".rocket_mq_config_entry",
    "RocketMQConfigList": ".rocket_mq_config_list",
    "RocketMQConfigModifyRequest": ".rocket_mq_config_modify_request",
    "RocketMQExtendProductInfoEntity": ".rocket_mq_extend_product_info_entity",
    "RocketMQExtendProductIosEntity": ".rocket_mq_extend_product_ios_entity",
    "RocketMQExtendProductPropertiesEntity": ".rocket_mq_extend_product_properties_entity",
    "RocketMQMessage": ".rocket_mq_message",
    "RocketMQMessageList": ".rocket_mq_message_list",
    "RocketMQMessageProperty": ".rocket_mq_message_property",
    "RocketMQProductSupportFeaturesEntity": ".rocket_mq_product_support_features_entity",
    "RocketMQProductSupportFeaturesEntityProperties": ".rocket_mq_product_support_features_entity_properties",
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
    "ScheduledTaskEntity": ".scheduled_task_entity",
    "SendDlqMessageForRocketMqResponse": ".send_dlq_message_for_rocket_mq_response",
    "SendMessageForRocketMqResponse": ".send_message_for_rocket_mq_response",
    "SendMessageProperties": ".send_message_properties",
    "SendMessageReq": ".send_message_req",
    "SendMessageResponse": ".send_message_response",
    "ShowBackgroundTaskProgressResponse": ".show_background_task_progress_response",
    "ShowBackgroundTaskResponse": ".show_background_task_response",
    "ShowCesHierarchyRespInstanceIds": ".show_ces_hierarchy_resp_instance_ids",
    "ShowCesHierarchyResponse": ".show_ces_hierarchy_response",
    "ShowCeshierarchyRespChildren": ".show_ceshierarchy_resp_children",
    "ShowCeshierarchyRespDimensions": ".show_ceshierarchy_resp_dimensions",
    "ShowCeshierarchyRespDlq": ".show_ceshierarchy_resp_dlq",
    "ShowCeshierarchyRespGroups": ".show_ceshierarchy_resp_groups",
    "ShowCeshierarchyRespNodes": ".show_ceshierarchy_resp_nodes",
    "ShowCeshierarchyRespTopics": ".show_ceshierarchy_resp_topics",
    "ShowConsumerConnectionsForRocketMqResponse": ".show_consumer_connections_for_rocket_mq_response",
    "ShowDiagnosisReportForRocketMqResponse": ".show_diagnosis_report_for_rocket_mq_response",
    "ShowDiagnosisReportResponse": ".show_diagnosis_report_response",
    "ShowDiagnosisStackForRocketMqResponse": ".show_diagnosis_stack_for_rocket_mq_response",
    "ShowDiagnosisStackResponse": ".show_diagnosis_stack_response",
    "ShowEngineInstanceExtendProductInfoForRocketMqResponse": ".show_engine_instance_extend_product_info_for_rocket_mq_response",
    "ShowQuotasResponse": ".show_quotas_response",
    "ShowRecycleInstancesResponse": ".show_recycle_instances_response",
    "ShowRocketMqScalePreCheckInfoResponse": ".show_rocket_mq_scale_pre_check_info_response",
    "ShowVolumeExpandConfigResponse": ".show_volume_expand_config_response",
    "StepDetail": ".step_detail",
    "Subscription": ".subscription",
    "SubscriptionEntity": ".subscription_entity",
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
    "UpdateScheduledTaskStatus": ".update_scheduled_task_status",
    "UpdateVolumeExpansionConfigResponse": ".update_volume_expansion_config_response",
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
    "ValidateConsumedMessageForRocketMqResponse": ".validate_consumed_message_for_rocket_mq_response",
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
    "AlterAutoVolumeExpandConfig",
    "AvailableZone",
    "AvailableZoneList",
    "BatchDeleteConsumerGroupsAction",
    "BatchDeleteDiagnosisRecordsForRocketMqResponse",
    "BatchDeleteDiagnosisRecordsResponse",
    "BatchDeleteDiagnosisReportReq",
    "BatchDeleteRocketMqMigrationTaskResponse",
    "BatchDeleteTopicsAction",
    "BatchResumeInstanceReq",
    "BssParam",
    "ClientData",
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
    "ConsumersInTagEntity",
    "ConsumerSubscription",
    "ConsumeValidationRequest",
    "CreateDiagnosisTaskForRocketMqResponse",
    "CreateDiagnosisTaskResponse",
    "CreateInstanceByEngineReq",
    "CreateMigrationTaskOverwrite",
    "CreateMigrationTaskType",
    "CreatePostPaidInstanceForRocketMqResponse",
    "DeadletterResendReq",
    "DeadletterResendRespResendResults",
    "DiagnosisNodeReportEntity",
    "DiagnosisReportResp",
    "DiagnosisReq",
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
    "GetQuotasIncludeTagsQuota",
    "GetQuotasOnlyQuota",
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
    "InstanceRecycleInfo",
    "InstanceResizeRequest",
    "InstanceResizeRequestOperType",
    "InstanceResizeResult",
    "InstanceRestartResult",
    "InstanceResumeResult",
    "InstanceTag",
    "InstanceTagCreateAction",
    "InstanceTagCreateActionAction",
    "InstanceTagDeleteAction",
    "InstanceTagDeleteActionAction",
    "InstanceTagEntry",
    "InstanceTagList",
    "InstanceUpdateRequest",
    "ListAccessPolicyRespPolicies",
    "ListBackgroundTasksResponse",
    "ListBackgroundTasksRespTasks",
    "ListConfigFeatures",
    "ListConfigFeaturesResponse",
    "ListConsumeGroupAccessPolicyForRocketMqResponse",
    "ListDiagnosisReportsForRocketMqResponse",
    "ListDiagnosisReportsResponse",
    "ListInstanceExtendProductsForRocketmqType",
    "ListInstanceExtendProductsType",
    "ListInstancesExactMatchName",
    "ListInstancesStatus",
    "ListMessagesForRocketMqResponse",
    "ListMessageTraceForRocketMqResponse",
    "ListMessageTraceRespTrace",
    "ListScheduledTasksResponse",
    "Message",
    "MessagePropertyList",
    "MessageResendResult",
    "MessageResendResults",
    "MessageTrace",
    "MessageTraceList",
    "MetadataDeleteReq",
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
    "ModifyInstanceSslConfigResponse",
    "ModifyRecyclePolicyReq",
    "ModifyRecyclePolicyResponse",
    "PlainSSLSwitchRep",
    "PostPaidInstanceCreateRequest",
    "PostPaidInstanceCreateRequestEngine",
    "PostPaidInstanceCreateRequestEngineVersion",
    "PostPaidInstanceCreateRequestProductId",
    "PostPaidInstanceCreateRequestStorageSpecCode",
    "ProductCoreCount",
    "ProjectTag",
    "ProjectTagList",
    "QuotaResourceEntity",
    "QuotasRespQuotas",
    "ResendReq",
    "ResetConsumeOffsetForRocketMqResponse",
    "ResetConsumeOffsetReq",
    "ResetConsumeOffsetRespQueues",
    "ResizeEngineInstanceReq",
    "ResizeEngineInstanceReqOperType",
    "ResizeInstanceForRocketMqResponse",
    "RestoreRecycleInstanceResponse",
    "RocketMQAccessPolicy",
    "RocketMQAccessPolicyList",
    "RocketMQConfigChange",
    "RocketMQConfigEntry",
    "RocketMQConfigList",
    "RocketMQConfigModifyRequest",
    "RocketMQExtendProductInfoEntity",
    "RocketMQExtendProductIosEntity",
    "RocketMQExtendProductPropertiesEntity",
    "RocketMQMessage",
    "RocketMQMessageList",
    "RocketMQMessageProperty",
    "RocketMQProductSupportFeaturesEntity",
    "RocketMQProductSupportFeaturesEntityProperties",
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
    "ScheduledTaskEntity",
    "SendDlqMessageForRocketMqResponse",
    "SendMessageForRocketMqResponse",
    "SendMessageProperties",
    "SendMessageReq",
    "SendMessageResponse",
    "ShowBackgroundTaskProgressResponse",
    "ShowBackgroundTaskResponse",
    "ShowCeshierarchyRespChildren",
    "ShowCeshierarchyRespDimensions",
    "ShowCeshierarchyRespDlq",
    "ShowCeshierarchyRespGroups",
    "ShowCesHierarchyRespInstanceIds",
    "ShowCeshierarchyRespNodes",
    "ShowCesHierarchyResponse",
    "ShowCeshierarchyRespTopics",
    "ShowConsumerConnectionsForRocketMqResponse",
    "ShowDiagnosisReportForRocketMqResponse",
    "ShowDiagnosisReportResponse",
    "ShowDiagnosisStackForRocketMqResponse",
    "ShowDiagnosisStackResponse",
    "ShowEngineInstanceExtendProductInfoForRocketMqResponse",
    "ShowQuotasResponse",
    "ShowRecycleInstancesResponse",
    "ShowRocketMqScalePreCheckInfoResponse",
    "ShowVolumeExpandConfigResponse",
    "StepDetail",
    "Subscription",
    "SubscriptionEntity",
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
    "UpdateScheduledTaskStatus",
    "UpdateVolumeExpansionConfigResponse",
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
    "ValidateConsumedMessageForRocketMqResponse",
)
