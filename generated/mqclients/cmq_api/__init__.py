"""A client library for accessing Tencent Cloud CMQ legacy API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
