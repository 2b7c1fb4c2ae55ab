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
DEMO_STAMP := $(VENV)/.demo-installed

export MQCLIENTS_ZAQAR_SERVER := $(abspath $(ZAQAR_SERVER))

.PHONY: install system-deps zaqar-server chromium generate check spec-coverage sdk-inventory doc-index docs docs-check spec-lint lint typecheck test test-fast demo demo-zaqar bench mutation clean

install: $(STAMP) system-deps

# The clients with every extra (editable), and the dev tools: a PEP 735 dependency group (pip >= 25.1 --group),
# not a published extra, so the wheel's metadata lists only what users need.
$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "mqclients needs Python >= 3.11")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade 'pip>=25.1'
	$(PY) -m pip install --quiet -e '.[keystone,queuemanager,cli]' --group dev
	touch $(STAMP)

# redis-server and postgresql (the queueManager server's second store) come from Debian's packages (PyPI has no
# usable ones); installed only when missing.
system-deps:
	@command -v redis-server >/dev/null 2>&1 || { \
		echo "installing redis-server (apt-get)"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server) >/dev/null \
		|| { echo "could not install redis-server: run as root or install it yourself"; exit 1; }; }
	@ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || [ -n "$$QM_PG_BIN" ] || { \
		echo "installing postgresql (apt-get)"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null \
		|| { echo "could not install postgresql: run as root or install it yourself"; exit 1; }; }

zaqar-server: $(ZAQAR_SERVER)

$(ZAQAR_SERVER):
	$(PYTHON) -m venv $(ZAQAR_VENV)
	$(ZAQAR_VENV)/bin/pip install --quiet 'zaqar[redis]==$(ZAQAR_VERSION)'

generate: $(STAMP)
	$(PY) -m codegen
	$(PY) -m servers.queuemanager.generate_models
	$(PY) -m servers.emulators.generate_models

spec-lint: $(STAMP)
	$(PY) -m codegen --lint-only

# Spec validation + lint, generated/ up to date with the specs (no byte differs), and the doc-coverage check.
check: $(STAMP) spec-coverage
	$(PY) -m codegen --check
	$(PY) -m codegen.sdk_inventory --check
	$(PY) -m servers.queuemanager.generate_models --check
	$(PY) -m servers.emulators.generate_models --check

# Every request line, parameter and field of the RocketMQ seed document is in the spec, or listed with its reason
# in codegen/coverage/huawei-rocketmq.yaml. Reads the committed doc index (specs/reference/seed-002-doc-index.yaml),
# so it runs in any clone and reads nothing outside it; with $$MQCLIENTS_SEEDS set to the seeds folder it also fails
# if the index is not what the seed parses to.
# It also maps every method of the committed SDK inventory to an operation and compares their fields (names, JSON types,
# required flags, nesting); a difference not listed in codegen/coverage/huawei-rocketmq-sdk.yaml (or x-doc-errata) fails.
spec-coverage: $(STAMP)
	$(PY) -m codegen.spec_coverage -q

# The official RocketMQ SDK's methods (request lines, parameters, model fields) read from the installed
# huaweicloudsdkrocketmq into specs/reference/; commit the result. spec-coverage maps each to an operation's x-sdk-name.
sdk-inventory: $(STAMP)
	$(PY) -m codegen.sdk_inventory

# Optional regeneration: parse the seed document (MQCLIENTS_SEEDS=<seeds folder>) and write its doc index; commit it.
doc-index: $(STAMP)
	$(PY) -m codegen.spec_coverage --write-index

lint: $(STAMP)
	$(PY) -m ruff check wrappers codegen tests servers shipped bench examples docs mutation
	$(PY) -m ruff format --check wrappers codegen tests servers shipped bench examples docs mutation

typecheck: $(STAMP)
	$(PY) -m mypy wrappers codegen tests servers shipped bench examples generated docs mutation

# Everything CI gates on (the docs build too: a few seconds; the screenshot is make docs-check).
# The suite runs as two pytest processes at once, one per core: the queueManager server and fault-injection suites
# (each starts its own servers) beside everything else. The second's output follows when both are done; the target
# fails if either does.
SUITE_B := tests/servers tests/faults
test: install zaqar-server check lint typecheck docs
	@mkdir -p .pytest-logs
	@$(PY) -m pytest -p no:cacheprovider $(SUITE_B) > .pytest-logs/servers-and-faults.log 2>&1 & b=$$!; \
	$(PY) -m pytest $(addprefix --ignore=,$(SUITE_B)); a=$$?; \
	wait $$b; rb=$$?; \
	echo "--- $(SUITE_B) ---"; cat .pytest-logs/servers-and-faults.log; \
	[ $$a -eq 0 ] && [ $$rb -eq 0 ]

# Unit tests only (markers by folder, tests/conftest.py): no server, no subprocess, no long property run; < 20 s.
test-fast: $(STAMP)
	$(PY) -m pytest -q -m 'not integration and not server and not slow'

# The documentation site in build/docs/ (mkdocs-material + mkdocstrings); any warning fails the build. The API
# pages are written from the specs and the generated facades at build time (docs/api_pages.py).
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet
	@echo "docs: build/docs/index.html"

# The docs built, then one API page opened in headless Chromium: build/docs-screenshot.png, checked for being the
# window's size and not blank. Look at it.
docs-check: docs chromium
	$(PY) -m docs.screenshot build/docs/api/zaqar.html build/docs-screenshot.png

# Headless Chromium comes from Debian's packages; installed only when missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing chromium (apt-get)"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null \
		|| { echo "could not install chromium: run as root or install it yourself"; exit 1; }; }

# One quickstart per API (all five) against the emulators and the queueManager server, started and stopped by the
# demo: only the package's own install (no apt, no Zaqar), a few seconds.
demo: $(DEMO_STAMP)
	$(PY) -m examples.emulators_demo

# What the demo needs and no more (the package with its emulators, server and queueManager extras): seconds on a
# fresh machine. A full `make install` satisfies it too.
$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "mqclients needs Python >= 3.11")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	test -f $(STAMP) || $(PY) -m pip install --quiet -e '.[emulators,server,queuemanager]'
	touch $(DEMO_STAMP)

# The Zaqar quickstart against a real Zaqar server (redis from Debian, zaqar-server from PyPI).
demo-zaqar: install zaqar-server generate
	$(PY) -m examples.zaqar_quickstart

bench: install zaqar-server
	$(PY) -m bench.overhead
	$(PY) -m bench.zaqar
	$(PY) -m bench.huawei
	$(PY) -m bench.cmq
	$(PY) -m bench.queuemanager
	$(PY) -m bench.queuemanager_replicas
	$(PY) -m bench.memory
	$(PY) -m bench.decoding
	$(PY) -m bench.emulators
	$(PY) -m bench.nodelay

# Mutation testing (mutation/README.md): first-order mutants of the runtime, the signers and the queueManager
# server's store and security modules, each run against the tests that execute its line; report in build/mutation/,
# fails under mutation/thresholds.yaml. Not part of `make test` (12 min on this idle 2-core machine for every
# module): run it for the modules you change, before merging.
#   make mutation MODULE=mqclients._core.retry     one module (an fnmatch pattern: MODULE='mqclients._core.*')
#   make mutation CHANGED=main                      the configured modules changed since the merge base with main
mutation: $(STAMP)
	$(PY) -m mutation $(if $(MODULE),--module '$(MODULE)') $(if $(CHANGED),--changed '$(CHANGED)') $(if $(WORKERS),--workers $(WORKERS))

clean:
	rm -rf $(VENV) $(ZAQAR_VENV) .mypy_cache .ruff_cache .pytest_cache
