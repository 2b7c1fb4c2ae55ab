# mqclients: every command a developer or CI needs. On a fresh machine `make demo` and `make test` are enough:
# each target installs what it needs first.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The Zaqar server has its own virtualenv: its OpenStack dependency tree stays out of the project's.
ZAQAR_VENV := .venv-zaqar
ZAQAR_SERVER := $(ZAQAR_VENV)/bin/zaqar-server
ZAQAR_VERSION := 23.0.1
STAMP := $(VENV)/.installed

export MQCLIENTS_ZAQAR_SERVER := $(abspath $(ZAQAR_SERVER))

.PHONY: install system-deps zaqar-server generate check spec-coverage spec-lint lint typecheck test test-fast demo bench clean

install: $(STAMP) system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "mqclients needs Python >= 3.11")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# redis-server comes from Debian's packages (PyPI has no usable one); installed only when missing.
system-deps:
	@command -v redis-server >/dev/null 2>&1 || { \
		echo "installing redis-server (apt-get)"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server) >/dev/null \
		|| { echo "could not install redis-server: run as root or install it yourself"; exit 1; }; }

zaqar-server: $(ZAQAR_SERVER)

$(ZAQAR_SERVER):
	$(PYTHON) -m venv $(ZAQAR_VENV)
	$(ZAQAR_VENV)/bin/pip install --quiet 'zaqar[redis]==$(ZAQAR_VERSION)'

generate: $(STAMP)
	$(PY) -m codegen
	$(PY) -m servers.queuemanager.generate_models

spec-lint: $(STAMP)
	$(PY) -m codegen --lint-only

# Spec validation + lint, generated/ up to date with the specs (no byte differs), and the doc-coverage check.
check: $(STAMP) spec-coverage
	$(PY) -m codegen --check
	$(PY) -m servers.queuemanager.generate_models --check

# Every request line, parameter and field of the RocketMQ seed document is in the spec, or listed with its reason
# in codegen/coverage/huawei-rocketmq.yaml. Reads ../shared/seeds (or $$MQCLIENTS_SEEDS).
spec-coverage: $(STAMP)
	$(PY) -m codegen.spec_coverage -q

lint: $(STAMP)
	$(PY) -m ruff check wrappers codegen tests servers bench examples
	$(PY) -m ruff format --check wrappers codegen tests servers bench examples

typecheck: $(STAMP)
	$(PY) -m mypy wrappers codegen tests servers bench examples generated

# Everything CI gates on.
test: install zaqar-server check lint typecheck
	$(PY) -m pytest

# Unit tests only: no server, a few seconds.
test-fast: $(STAMP)
	$(PY) -m pytest -m 'not integration'

demo: install zaqar-server generate
	$(PY) -m examples.zaqar_quickstart

bench: install zaqar-server
	$(PY) -m bench.zaqar
	$(PY) -m bench.huawei
	$(PY) -m bench.cmq
	$(PY) -m bench.queuemanager
	$(PY) -m bench.decoding

clean:
	rm -rf $(VENV) $(ZAQAR_VENV) .mypy_cache .ruff_cache .pytest_cache
