"""A client library for accessing Huawei Cloud Distributed Message Service for RocketMQ (management API)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
