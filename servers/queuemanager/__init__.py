"""Checkout-only helpers around the shipped queueManager server (``mqclients.servers.queuemanager``).

The server itself lives in ``shipped/mqclients/servers/queuemanager`` and ships in the wheel; this package keeps the
old import paths working (``servers.queuemanager.local``, ``python -m servers.queuemanager``) and holds the models
generator, which reads specs/ and so only runs in a checkout.
"""
