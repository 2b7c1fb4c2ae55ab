"""The "not given" sentinel of the generated models: the runtime's one ``UNSET`` (see ``mqclients._core.unset``)."""

from mqclients._core.unset import UNSET, Unset

__all__ = ["UNSET", "Unset"]
