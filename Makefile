# Two commands do everything on a fresh Debian machine:
#   make run [ARGS=--demo]   set up .venv and open the app
#   make test                set up .venv, then ruff, mypy and pytest (offscreen)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench installer screenshots clean venv

$(PY):
	@scripts/system-deps.sh $(DEPS_MODE)
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Cần Python 3.11 trở lên"'
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

run: DEPS_MODE = run
run:
	@scripts/system-deps.sh run
	@$(MAKE) --no-print-directory venv
	$(VENV)/bin/tiepdan $(ARGS)

test:
	@scripts/system-deps.sh test
	@$(MAKE) --no-print-directory venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q --durations=12 $(PYTEST_ARGS)

bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run_all

screenshots: venv  # the user guides' pictures (docs/images, English in docs/images/en) from the real windows, demo data
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

installer: venv
	$(PY) -m pip install -q -e '.[build]'
	$(PY) -m app.ui.translations build  # resources/i18n/*.qm, bundled with resources/
	$(VENV)/bin/pyinstaller --noconfirm --clean build_installer.spec

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache
