from typing import Literal

MigrationRocketMQTopicConfigTopicFilterType = Literal["MULTI_TAG", "SINGLE_TAG"]

MIGRATION_ROCKET_MQ_TOPIC_CONFIG_TOPIC_FILTER_TYPE_VALUES: set[MigrationRocketMQTopicConfigTopicFilterType] = {
    "MULTI_TAG",
    "SINGLE_TAG",
}


def check_migration_rocket_mq_topic_config_topic_filter_type(value: str) -> MigrationRocketMQTopicConfigTopicFilterType:
    if value in MIGRATION_ROCKET_MQ_TOPIC_CONFIG_TOPIC_FILTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MIGRATION_ROCKET_MQ_TOPIC_CONFIG_TOPIC_FILTER_TYPE_VALUES!r}"
    )
