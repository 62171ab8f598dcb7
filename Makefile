# Perfect and Real. Two commands do everything on a fresh machine:
#   make start   create the environment if missing, then open lesson 00 in JupyterLab
#   make test    create what the tests need, then run lint and the whole test suite

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium
# Jupyter refuses to run as root without this; containers and CI machines often are root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: start voila test lint chromium bench clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

start: $(INSTALLED)
	$(BIN)/jupyter lab $(ROOT_FLAG) lessons/00_start_here.ipynb

# For facilitators: every lesson as a Voila app (run from here so voila.json applies).
voila: $(INSTALLED)
	$(BIN)/voila lessons

chromium:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -q && apt-get install -y -q chromium; \
	  else \
	    echo "The browser tests need Debian's chromium: sudo apt-get install -y chromium"; exit 1; \
	  fi; }

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(INSTALLED) chromium lint
	$(BIN)/python -m pytest

bench: $(INSTALLED) chromium
	$(BIN)/python bench/lesson00.py

clean:
	rm -rf $(VENV) exercises/release exercises/submitted exercises/autograded exercises/feedback \
	  exercises/gradebook.db
