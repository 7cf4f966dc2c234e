# The two commands of the README: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= .demo-site
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run server-demo test lint typecheck pytest bench bench-quick dist clean venv translations

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 or newer is needed (set PYTHON=python3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## Open the application on a demonstration site (created on first run in $(DEMO_DIR)).
run: $(STAMP)
	$(BIN)/aidant --data-dir $(DEMO_DIR) demo

## Two desks sharing one site on a throwaway PostgreSQL server (needs Debian's postgresql;
## everything is removed when both windows are closed).
server-demo: $(STAMP)
	$(BIN)/python -m tools.server_demo

## Lint, type checks, import layering, then the whole test suite, headless.
test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

## Two test processes (CI has two cores), each with its own throwaway PostgreSQL cluster.
TEST_WORKERS ?= 2
pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n $(TEST_WORKERS)

## After changing texts: mark the core's sentences for Qt Linguist (ui/core_texts.py), gather
## every text into the .ts file, then build the .qm (translate new entries in between, see
## docs/ui.md "Translations", and run it again).
translations: $(STAMP)
	$(BIN)/python -m tools.core_texts
	$(BIN)/pyside6-lupdate -no-obsolete \
	  $$({ git ls-files 'ui/*.py' 'ui/**/*.py'; echo ui/core_texts.py; } | sort -u) \
	  -ts ui/i18n/aidant_en.ts
	$(BIN)/pyside6-lrelease ui/i18n/aidant_en.ts -qm ui/i18n/aidant_en.qm

## Benchmarks: each prints one JSON line of figures and targets.
bench: $(STAMP)
	@for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

bench-quick: $(STAMP)
	@for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b --quick || exit 1; done

## One-dir frozen application, then its self-test and a window smoke run, headless, on a
## throwaway demonstration site (an empty folder has no site, so its site checks would fail).
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --clean pyinstaller.spec
	set -e; dir="$$(mktemp -d)"; \
	  QT_QPA_PLATFORM=offscreen ./dist/aidant/aidant --data-dir "$$dir" demo --no-gui; \
	  QT_QPA_PLATFORM=offscreen ./dist/aidant/aidant --data-dir "$$dir" self-test; \
	  QT_QPA_PLATFORM=offscreen AIDANT_SMOKE_EXIT_MS=500 ./dist/aidant/aidant --data-dir "$$dir" demo; \
	  rm -rf "$$dir"

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis screenshots
