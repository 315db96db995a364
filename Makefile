# Two commands on a fresh machine: `make lab` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PORT   ?= 8888
# JupyterHub's proxy, from the npm registry, into a git-ignored folder (tests/deploy/ uses it).
CHP    := deploy/jupyterhub/node_modules/.bin/configurable-http-proxy

.PHONY: lab test app install chromium hub-proxy lint bench clean

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

## The coaching notebook as an app (Voilà: no code shown), on 127.0.0.1 with a fresh token.
app: $(STAMP)
	$(VENV)/bin/voila notebooks/coach.ipynb --Voila.ip=127.0.0.1 --port=$(PORT) --token \
		--MappingKernelManager.cull_interval=60 --MappingKernelManager.cull_idle_timeout=3600

## Open JupyterLab on the coaching notebook (127.0.0.1 only, token auth on). The server's root
## is the repository, so exports/ and data/ are in its file browser; no news pop-up
## (jupyter/lab-settings/overrides.json); the kit's notebooks are saved without outputs
## (jupyter/jupyter_server_config.py), so git status stays clean.
LAB_FLAGS := --config=jupyter/jupyter_server_config.py --ServerApp.root_dir=. \
	--LabApp.default_url=/lab/tree/notebooks/coach.ipynb \
	--LabApp.app_settings_dir=jupyter/lab-settings

lab: $(STAMP)
	$(VENV)/bin/jupyter lab $(LAB_FLAGS) --ServerApp.ip=127.0.0.1 --port=$(PORT) \
		$(if $(filter 0,$(shell id -u)),--allow-root,)

## Run everything: pytest (library, CLI, widgets, a real JupyterHub), nbval, browser tests.
test: $(STAMP) chromium hub-proxy
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

## configurable-http-proxy for the JupyterHub test; does nothing once installed.
hub-proxy: $(CHP)

$(CHP): deploy/jupyterhub/package.json deploy/jupyterhub/package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; \
		else \
			echo "The JupyterHub test needs node and npm for configurable-http-proxy: run 'sudo apt-get install nodejs npm', then 'make test' again." >&2; \
			exit 1; \
		fi; }
	npm ci --prefix deploy/jupyterhub --no-audit --no-fund --loglevel=error
	touch $(CHP)

lint: $(STAMP)
	$(VENV)/bin/ruff check followkit tests benchmarks deploy

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis exports artifacts deploy/jupyterhub/node_modules
