# Two commands on a fresh machine: `make lab` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PORT   ?= 8888

.PHONY: lab test app install chromium lint bench clean

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

## The coaching notebook as an app (Voilà: no code shown), on 127.0.0.1 with a fresh token.
app: $(STAMP)
	$(VENV)/bin/voila notebooks/coach.ipynb --Voila.ip=127.0.0.1 --port=$(PORT) --token \
		--MappingKernelManager.cull_interval=60 --MappingKernelManager.cull_idle_timeout=3600

## Open JupyterLab on the coaching notebook (127.0.0.1 only, token auth on).
lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks/coach.ipynb --ServerApp.ip=127.0.0.1 --port=$(PORT) \
		$(if $(filter 0,$(shell id -u)),--allow-root,)

## Run everything: pytest (library, CLI, widgets), nbval over notebooks/, browser tests.
test: $(STAMP) chromium
	$(PY) -m pytest tests notebooks --nbval-lax --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider

## The browser tests use Debian's chromium; install it when we may (root), else say how.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "The browser tests need Debian's chromium: run 'sudo apt-get install chromium', then 'make test' again." >&2; \
			exit 1; \
		fi; }

lint: $(STAMP)
	$(VENV)/bin/ruff check followkit tests benchmarks

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis exports artifacts
