"""The credentials an emulator accepts unless told otherwise: test values, published here on purpose (an emulator
is a local test tool). Pass your own with the command's options or the backends' ``keys=``."""

from __future__ import annotations

from .auth import HuaweiKeys, TencentKeys

DMS_KEYS = HuaweiKeys(ak="EMULATORACCESSKEY", sk="emulator-secret-key", project_id="emulator-project")
CMQ_KEYS = TencentKeys(secret_id="AKIDemulator", secret_key="emulator-secret-key")  # noqa: S106
