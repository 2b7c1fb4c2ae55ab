"""Servers shipped with mqclients (``pip install 'mqclients[server]'``): ``mqclients.servers.queuemanager``."""
