# Two commands on a fresh machine (Python 3.11, pip, git, make):
#   make demo   set everything up and run the guard on its built-in default (replaying upstream + proxy + UI)
#   make test   set everything up and run the test suite
# Other targets: make setup, make train (run the shipped recipe; from scratch it does not reach the shipped figures, see models/README.md), make evaluate, make bench, make checks.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
ROOT_APT := $(shell [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && echo yes)

.PHONY: setup setup-train demo test train evaluate bench checks system-packages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

setup: $(BIN)/python
	$(PIP) install --quiet -c constraints.txt -e ".[dev]"

setup-train: setup
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -c constraints.txt -e ".[dev,train]"

# Debian's chromium for the browser test; python3-doc and debian-handbook are real prose for training data.
system-packages:
ifeq ($(ROOT_APT),yes)
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)
else
	@command -v chromium >/dev/null || echo "note: Debian's chromium is not installed (apt-get install chromium); the browser test will be skipped"
endif

system-packages-train:
ifeq ($(ROOT_APT),yes)
	[ -d /usr/share/doc/debian-handbook ] || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-doc debian-handbook >/dev/null)
endif

demo: setup
	$(BIN)/streamguard demo

test: setup system-packages
	$(BIN)/python -m pytest -q

train: setup-train system-packages-train
	$(BIN)/python -m streamguard.training.train --log build/train.log
	$(BIN)/python -m streamguard.training.evaluate --write-threshold

evaluate: setup-train
	$(BIN)/python -m streamguard.training.evaluate

bench: setup-train
	$(BIN)/python -m benchmarks

checks: setup-train
	$(BIN)/python ../shared/checks/run.py

clean:
	rm -rf build benchmarks/out .pytest_cache
