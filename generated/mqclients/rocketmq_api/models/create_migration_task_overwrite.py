from typing import Literal

CreateMigrationTaskOverwrite = Literal["false", "true"]

CREATE_MIGRATION_TASK_OVERWRITE_VALUES: set[CreateMigrationTaskOverwrite] = {
    "false",
    "true",
}


def check_create_migration_task_overwrite(value: str) -> CreateMigrationTaskOverwrite:
    if value in CREATE_MIGRATION_TASK_OVERWRITE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_MIGRATION_TASK_OVERWRITE_VALUES!r}")
