# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test lint lock venv migrate serve messages bench clean

venv: $(BIN)/.installed

# Exactly what requirements.lock pins, checked against its hashes; then udsyn itself, without dependencies;
# then the prebuilt city index and Danish word list (udsyn/extraction/data/*.sqlite, from packaged data).
$(BIN)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -c 'from udsyn.extraction.install import build_all; build_all()'
	touch $@

# Refresh requirements.lock from pyproject.toml's ranges (newest versions that fit); commit both.
lock: venv
	$(BIN)/python tools/lock.py compile

migrate: venv
	$(BIN)/udsyn migrate --noinput

# The demo data, then the web application with an import worker beside it (uploads are read in the background,
# on SQLite too); Ctrl+C stops both.
demo: migrate
	$(BIN)/udsyn demo --serving --address http://$(HOST):$(PORT)
	UDSYN_IMPORT_INLINE=0 $(BIN)/udsyn worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		UDSYN_IMPORT_INLINE=0 $(BIN)/udsyn serve --host $(HOST) --port $(PORT)

test: venv
	$(BIN)/pytest

lint: venv
	$(BIN)/python tools/lock.py check
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/udsyn makemigrations --check --dry-run
	$(BIN)/python tools/check_messages.py

# Danish only: English is the source language. udsyn/core's makemessages carries a translation along when its
# message moves between the project catalogue (udsyn/locale) and an app's own (udsyn/<app>/locale).
messages: venv
	cd udsyn && ../$(BIN)/django-admin makemessages -l da --ignore='static/*' --ignore='tests/*' --settings=udsyn.settings && \
		../$(BIN)/django-admin compilemessages --settings=udsyn.settings

bench: venv
	$(BIN)/udsyn bench

clean:
	rm -rf $(VENV) var .pytest_cache
