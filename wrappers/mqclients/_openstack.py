"""OpenStack conventions for the Zaqar clients: ``from_cloud`` reads ``clouds.yaml`` and ``OS_*`` variables.

The reading is openstacksdk's own config loader (``openstack.config``, the one the ``openstack`` command line uses),
so a cloud works here exactly as it does there: ``clouds.yaml`` in the current folder, ``~/.config/openstack/`` or
``/etc/openstack/`` (or the file ``OS_CLIENT_CONFIG_FILE`` names), ``secure.yaml`` beside it, the cloud chosen by
name, else by ``OS_CLOUD``, else the ``OS_*`` variables (``OS_AUTH_URL``, ``OS_USERNAME``, ...), with
``region_name``, ``interface`` and ``messaging_endpoint_override`` honoured. It comes with the ``keystone`` extra.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, Self

from mqclients._core.errors import MQClientError

if TYPE_CHECKING:
    from keystoneauth1.session import Session

SERVICE_TYPE = "messaging"
_NO_AUTH = ("none", "noauth")


def cloud_settings(
    name: str | None, *, region_name: str | None = None, project_id: str | None = None
) -> dict[str, Any]:
    """The ``endpoint``, ``project_id`` and ``session`` of a Zaqar client for one cloud of ``clouds.yaml``/``OS_*``.

    With an auth plugin, the session gets and renews tokens and the endpoint is the config's override or the
    catalog's ``messaging`` entry for the cloud's region and interface (this asks Keystone). With ``auth_type:
    none`` (a server without Keystone) there is no session and the endpoint is the config's.
    """
    try:
        from keystoneauth1 import exceptions as keystone_errors
        from openstack import config as openstack_config
        from openstack import exceptions as openstack_errors
    except ImportError as error:
        raise MQClientError("from_cloud needs openstacksdk: pip install 'mqclients[keystone]'") from error
    shown = repr(name) if name else "from OS_CLOUD or the OS_* variables"
    try:
        with warnings.catch_warnings():
            # openstacksdk warns about its optional InfluxDB support on every load, whether it is used or not
            warnings.filterwarnings("ignore", message="Support for InfluxDB", module="openstack")
            cloud = openstack_config.OpenStackConfig().get_one(cloud=name, region_name=region_name)
        auth: dict[str, Any] = dict(cloud.config.get("auth") or {})
        project = project_id or auth.get("project_id") or None
        if cloud.config.get("auth_type") in _NO_AUTH:
            return {"endpoint": cloud.get_endpoint(SERVICE_TYPE), "project_id": project, "session": None}
        session: Session = cloud.get_session()
        endpoint = cloud.get_session_endpoint(SERVICE_TYPE)
    except (openstack_errors.SDKException, keystone_errors.ClientException, TypeError, KeyError) as error:
        # the loader's messages name options and clouds, never their values
        raise MQClientError(f"OpenStack cloud {shown}: {error}") from error
    if not endpoint:
        where = f" in region {cloud.region_name!r}" if cloud.region_name else ""
        raise MQClientError(
            f"OpenStack cloud {shown}: no {SERVICE_TYPE} endpoint{where} (set messaging_endpoint_override)"
        )
    return {"endpoint": endpoint, "project_id": project, "session": session}


class FromCloud:
    """``from_cloud`` for a Zaqar client class: the cloud's endpoint, project and session, then the constructor."""

    @classmethod
    def from_cloud(
        cls,
        name: str | None = None,
        *,
        region_name: str | None = None,
        project_id: str | None = None,
        **options: Any,
    ) -> Self:
        """A client for the cloud ``name`` of ``clouds.yaml`` (default: ``OS_CLOUD``, else the ``OS_*`` variables).

        Args:
            name: the cloud's name in ``clouds.yaml``; ``None`` picks it the way the ``openstack`` command does.
            region_name: the region whose catalog endpoint to use (default: the cloud's ``region_name``).
            project_id: the project to send as ``X-Project-ID`` (default: the cloud's, else the token's).
            options: any other constructor argument (``client_id``, ``timeout``, ``max_retries``, ``headers``,
                ``http_transport``).

        Raises:
            MQClientError: openstacksdk is not installed, the cloud is unknown or incomplete, or no endpoint.
        """
        settings = cloud_settings(name, region_name=region_name, project_id=project_id)
        return cls(**settings, **options)
