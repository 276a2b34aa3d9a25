# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PY       ?= python3.11
VENV     := .venv
BIN      := $(VENV)/bin
DB       := data/directives.duckdb
RAW      := data/raw
PORT     ?= 8501
STAMP    := $(VENV)/.installed

.PHONY: run test db venv chromium bench bench-smoke lint clean mutate

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# Rebuild when the database is missing or older than anything in data/raw or the ETL code.
$(DB): $(STAMP) $(wildcard $(RAW)/*) $(wildcard etl/*.py) $(wildcard etl/*.csv) $(wildcard etl/sql/*.sql)
	$(BIN)/python -m etl build --input $(RAW) --db $(DB)

db: $(DB)

# Debian's chromium for the real-browser test (Playwright never downloads a browser here).
chromium:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

run: $(DB)
	$(BIN)/python -m streamlit run dashboard/app.py --server.port=$(PORT) --browser.gatherUsageStats=false

test: $(DB) chromium
	$(BIN)/python -m pytest -q
	$(MAKE) bench-smoke

bench: $(STAMP)
	$(BIN)/python -m benchmarks

bench-smoke: $(STAMP)
	$(BIN)/python -m benchmarks --smoke

# Mutation testing (not part of `make test`): MODULES="etl/align.py …" picks others than the default set of
# tests/mutation/modules.toml, BUDGET is the time limit in seconds, RESUME=1 carries on an earlier run,
# RECHECK=1 runs only the survivors of the last run again (after tests were added); CARRY=1 keeps the killed
# mutants of functions whose text did not change (nor that of any function they call) and runs all the others.
MODULES ?=
BUDGET  ?= 2700
$(VENV)/.mutate-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,mutate]'
	touch $@

mutate: $(VENV)/.mutate-installed
	$(BIN)/python -m tests.mutation.run --budget $(BUDGET) --survivors $(if $(RESUME),--resume) $(if $(RECHECK),--recheck) $(if $(CARRY),--carry) \
		$(if $(MODULES),--modules $(MODULES))

lint: $(STAMP)
	$(BIN)/ruff check etl dashboard tests benchmarks

clean:
	rm -rf $(VENV) $(DB) $(DB).tmp
