# Two commands on a fresh machine: `make lab` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# The baselines the benchmarks compare against (proselint, harper-py, ...), never needed by followkit.
BENCH_STAMP := $(VENV)/.bench-installed
PORT   ?= 8888
# JupyterHub's proxy, from the npm registry, into a git-ignored folder (tests/deploy/ uses it).
CHP    := deploy/jupyterhub/node_modules/.bin/configurable-http-proxy
# axe-core (accessibility engine), from the npm registry, injected by tests/browser/ (no CDN).
AXE    := tests/browser/axe/node_modules/axe-core/axe.min.js

.PHONY: lab test test-fast app workshop-app install debs dicts npm hub-proxy axe lint bench bench-quick clean

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

$(BENCH_STAMP): $(STAMP) benchmarks/requirements.txt
	$(PY) -m pip install --quiet -r benchmarks/requirements.txt
	touch $(BENCH_STAMP)

## The coaching notebook as an app (Voilà: no code shown), on 127.0.0.1 with a fresh token.
app: $(STAMP) dicts
	$(VENV)/bin/voila notebooks/coach.ipynb --Voila.ip=127.0.0.1 --port=$(PORT) --token \
		--MappingKernelManager.cull_interval=60 --MappingKernelManager.cull_idle_timeout=3600

## The workshop as an app for a room (Voilà): a fresh empty drop folder, the full link with its
## token, a QR code PNG and the printable handout and answer key. 127.0.0.1 unless asked:
## `make workshop-app ROOM_HOST=0.0.0.0` serves the room's network.
ROOM_HOST ?= 127.0.0.1
ROOM_PORT ?= 8866
workshop-app: $(STAMP) dicts
	$(PY) deploy/room/workshop_app.py --host=$(ROOM_HOST) --port=$(ROOM_PORT)

## Open JupyterLab on the coaching notebook (127.0.0.1 only, token auth on). The server's root
## is the repository, so exports/ and data/ are in its file browser; no news pop-up
## (jupyter/lab-settings/overrides.json); the kit's notebooks are saved without outputs
## (jupyter/jupyter_server_config.py), so git status stays clean.
LAB_FLAGS := --config=jupyter/jupyter_server_config.py --ServerApp.root_dir=. \
	--LabApp.default_url=/lab/tree/notebooks/coach.ipynb \
	--LabApp.app_settings_dir=jupyter/lab-settings

lab: $(STAMP) dicts
	$(VENV)/bin/jupyter lab $(LAB_FLAGS) --ServerApp.ip=127.0.0.1 --port=$(PORT) \
		$(if $(filter 0,$(shell id -u)),--allow-root,)

NBVAL := --nbval-lax --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

## Run everything: pytest (library, CLI, widgets, a real JupyterHub), nbval, browser tests.
test: $(STAMP) debs hub-proxy axe
	$(PY) -m pytest tests notebooks $(NBVAL) -m "not browser and not hub" -n 2 --dist loadfile \
		-p no:cacheprovider
	$(PY) -m pytest tests -m "browser or hub" -p no:cacheprovider

## The everyday loop: everything but the browser and JupyterHub tests (no chromium, no node).
test-fast: $(STAMP)
	$(PY) -m pytest tests notebooks $(NBVAL) -m "not browser and not hub" -n 2 --dist loadfile \
		-p no:cacheprovider

dicts:
	@missing=$$(for p in $(DICTS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	[ -z "$$missing" ] || { \
		if [ "$$(id -u)" = 0 ]; then \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "For the spelling check, run 'sudo apt-get install" $$missing"' (followkit works without it and says spelling was not checked)." >&2; \
		fi; }

## Debian packages the tests drive for real: chromium (browser tests, printing the card),
## khal (reminders in a real calendar), neomutt under tmux (a draft in a real mail client),
## LibreOffice Calc (logs kept in a spreadsheet) and
## poppler-utils (page counts of a printed card). Installed when we may (root), else we say how.
DEBS ?= chromium khal libreoffice-calc-nogui poppler-utils neomutt tmux $(DICTS)
## The spelling check (FK702) reads Debian's Hunspell dictionaries: `make lab` and `make app`
## install them when run as root, else say how; without them spelling is reported unchecked.
DICTS ?= hunspell-en-us hunspell-en-gb

debs:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	[ -z "$$missing" ] || { \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing from Debian: $$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "The tests need these Debian packages: run 'sudo apt-get install" $$missing"', then 'make test' again." >&2; \
			exit 1; \
		fi; }

## node and npm, for the two npm packages the tests use (JupyterHub's proxy and axe-core).
npm:
	@command -v npm >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; \
		else \
			echo "The JupyterHub and accessibility tests need node and npm (configurable-http-proxy, axe-core): run 'sudo apt-get install nodejs npm', then 'make test' again." >&2; \
			exit 1; \
		fi; }

## configurable-http-proxy for the JupyterHub test; does nothing once installed.
hub-proxy: $(CHP)

$(CHP): deploy/jupyterhub/package.json deploy/jupyterhub/package-lock.json | npm
	npm ci --prefix deploy/jupyterhub --no-audit --no-fund --loglevel=error
	touch $(CHP)

## axe-core for the accessibility browser tests; does nothing once installed.
axe: $(AXE)

$(AXE): tests/browser/axe/package.json tests/browser/axe/package-lock.json | npm
	npm ci --prefix tests/browser/axe --no-audit --no-fund --loglevel=error
	touch $(AXE)

## ruff, mypy on the library, and the layers (dependencies point down: tests/test_layers.py).
lint: $(STAMP)
	$(VENV)/bin/ruff check followkit tests benchmarks deploy data
	$(VENV)/bin/mypy
	$(PY) -m pytest tests/test_layers.py tests/test_public_api.py -q -p no:cacheprovider

## Every benchmark, each printing its figures next to their goals; says which missed.
bench: $(BENCH_STAMP) dicts
	@missed=""; for b in benchmarks/bench_*.py; do echo "== $$b"; \
		$(PY) $$b || missed="$$missed $$(basename $$b)"; done; \
	if [ -n "$$missed" ]; then echo "bench: MISSED in$$missed"; exit 1; fi; echo "bench: all goals met"

## The log, checker and compose benchmarks at a CI size (under a minute), goals widened 2x.
QUICK_BENCHES := benchmarks/bench_read_log.py benchmarks/bench_checks.py benchmarks/bench_compose.py
bench-quick: $(BENCH_STAMP) dicts
	@missed=""; for b in $(QUICK_BENCHES); do echo "== $$b (quick)"; \
		FOLLOWKIT_BENCH_QUICK=1 FOLLOWKIT_BENCH_TOLERANCE=2 $(PY) $$b || missed="$$missed $$(basename $$b)"; done; \
	if [ -n "$$missed" ]; then echo "bench-quick: MISSED in$$missed"; exit 1; fi; echo "bench-quick: all goals met"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis exports artifacts deploy/jupyterhub/node_modules \
		tests/browser/axe/node_modules
