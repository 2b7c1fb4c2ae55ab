"""A client library for accessing OpenStack Zaqar Messaging API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
