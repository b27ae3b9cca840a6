# Two commands a newcomer needs: `make run` and `make test`. Both create .venv and install on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 90

.PHONY: setup run test lint typecheck unit bench browser clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,dask,report]"
	touch $(STAMP)

setup: $(STAMP)

## Run the flow on the embedded corpus into datasets/ (a new version when anything changed).
run: setup
	$(PY) -m pipeline run --corpus corpus --out datasets

## Lint, type-check and run the whole test suite.
test: setup lint typecheck browser unit

lint: setup
	$(PY) -m ruff check pipeline schemas tests scripts bench

typecheck: setup
	$(PY) -m mypy pipeline schemas bench scripts

unit: setup
	PREFECT_HOME=$$(mktemp -d) PREFECT_LOGGING_TO_API_ENABLED=false $(PY) -m pytest

## Headless Chromium for the report test, from Debian's packages where we may install them; else the test skips.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (timeout 900 apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 || \
	   (timeout 300 apt-get update -qq >/dev/null 2>&1 && timeout 900 apt-get install -y --no-install-recommends chromium >/dev/null 2>&1)); } || \
	  echo "chromium is not installed and cannot be installed here: the browser test will be skipped"

## Benchmarks: separate from the tests (see README).
bench: setup
	$(PY) -m bench.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
