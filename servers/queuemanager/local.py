"""The old import path of ``mqclients.servers.queuemanager.local`` (test and benchmark helpers)."""

from mqclients.servers.queuemanager.local import (
    LocalQueueManager,
    RawSession,
    RpcAnswerError,
    free_port,
    running_queuemanager,
    start,
    stop,
    write_users,
)

__all__ = [
    "LocalQueueManager",
    "RawSession",
    "RpcAnswerError",
    "free_port",
    "running_queuemanager",
    "start",
    "stop",
    "write_users",
]
