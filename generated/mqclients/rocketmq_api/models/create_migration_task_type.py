from typing import Literal

CreateMigrationTaskType = Literal["rabbitToRocket", "rocketmq"]

CREATE_MIGRATION_TASK_TYPE_VALUES: set[CreateMigrationTaskType] = {
    "rabbitToRocket",
    "rocketmq",
}


def check_create_migration_task_type(value: str) -> CreateMigrationTaskType:
    if value in CREATE_MIGRATION_TASK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_MIGRATION_TASK_TYPE_VALUES!r}")
