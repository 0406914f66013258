# Every target creates .venv on first use and installs what it needs from the lock file.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck layers pytest core-test openapi lock simulator bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m console --demo $(ARGS)

simulator: $(STAMP)
	$(BIN)/python -m console.simulator --host 127.0.0.1 --port 8765 --scenario demo

test: lint typecheck layers pytest core-test

lint: $(STAMP)
	$(BIN)/ruff check console tests tools benchmarks
	$(BIN)/ruff format --check console tests tools benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

# The core and the contract must work with PySide6 absent: run their tests with Qt blocked.
core-test: $(STAMP)
	$(BIN)/python tests/run_without_qt.py -q -p no:pytest-qt tests/contract tests/core

# Benchmarks with budgets (not part of make test): writes bench-report.json, prints a table.
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

openapi: $(STAMP)
	$(BIN)/python -m console.simulator.openapi_export > console/contract/openapi.json

# Refresh the lock (constraints) file from a clean resolve of pyproject.toml.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check '.[dev]'
	.lock-venv/bin/pip freeze --exclude helpline-console | sort > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
