"""A client library for accessing Huawei Cloud DMS Queue API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
