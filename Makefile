# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test lint venv migrate serve messages bench clean

venv: $(BIN)/.installed

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

migrate: venv
	$(BIN)/udsyn migrate --noinput

demo: migrate
	$(BIN)/udsyn demo
	$(BIN)/udsyn serve --host $(HOST) --port $(PORT)

test: venv
	$(BIN)/pytest

lint: venv
	$(BIN)/ruff check .
	$(BIN)/udsyn makemigrations --check --dry-run

messages: venv
	cd udsyn && ../$(BIN)/django-admin makemessages -l da -l en --settings=udsyn.settings && \
		../$(BIN)/django-admin compilemessages --settings=udsyn.settings

bench: venv
	$(BIN)/udsyn bench

clean:
	rm -rf $(VENV) var .pytest_cache
