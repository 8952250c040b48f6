# aidledger: `make demo` to see it work, `make test` to check it. Both create .venv first.
# Only python3 (3.11 or newer, with venv) is needed; everything else comes from pip.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_STAMP := $(VENV)/.installed-demo-stamp
DEMO   ?= build/demo
PIP_FLAGS ?= --disable-pip-version-check --quiet

.PHONY: help venv demo test lint pytest clean

help:
	@echo "make demo   create .venv, install aidledger, extract the seed corpus, print views, draw a chart"
	@echo "make test   create .venv, install aidledger, run ruff and pytest"
	@echo "make clean  remove .venv, build/ and caches"

# make test: the package with its test tools (pytest, hypothesis, ruff) and the distributed extra
# (dask, for tests/test_batch.py)
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install $(PIP_FLAGS) -e '.[dev,distributed]'
	@touch $(STAMP) $(DEMO_STAMP)

# make demo: the package and its runtime dependencies only (no test tools, no dask)
$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install $(PIP_FLAGS) -e .
	@touch $(DEMO_STAMP)

venv: $(STAMP)

demo: $(DEMO_STAMP)
	$(BIN)/aidledger demo --out $(DEMO) --force

lint: $(STAMP)
	$(BIN)/ruff check aidledger tests benchmarks

# two workers (pytest-xdist: the machine has 2 cores); tests marked xdist_group("name") share one
# worker (tests/test_distributed.py and its one Dask cluster); the 15 slowest tests are listed at the end
PYTEST_FLAGS ?= -n 2 --dist loadgroup --durations=15

pytest: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_FLAGS)

test: lint pytest

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache aidledger-demo
