# Two commands do everything on a fresh machine:  make run  and  make test.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PROVINCE ?= Tây Ninh
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test test-e2e setup demo lint format messages check ci clean bench

$(STAMP): requirements.txt requirements-dev.txt
	@PYTHON=$$(scripts/find_python.sh) || exit 1; \
	if [ ! -x $(PY) ]; then echo "Creating $(VENV) with $$PYTHON"; $$PYTHON -m venv $(VENV); fi
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	@$(PY) manage.py migrate --noinput -v0
	@$(PY) manage.py createcachetable
	@$(PY) manage.py setup_province --name "$(PROVINCE)" --demo --port $(PORT)
	@PORT=$(PORT) $(PY) manage.py ensure_demo_admin

## run: install, migrate, build the demo province and serve it on http://127.0.0.1:8000
run: demo
	@echo "Serving the demo province on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@$(PY) manage.py runserver $(HOST):$(PORT)

## test: the whole suite (set DATABASE_URL=postgres://... to run it on PostgreSQL)
test: $(STAMP)
	@$(PY) manage.py makemigrations --check --dry-run --settings=portal.settings.test > /dev/null || { echo "Missing migrations: run 'manage.py makemigrations'"; exit 1; }
	@$(PY) -m pytest -q $(PYTEST_ARGS)

## test-e2e: browser tests (Playwright + Debian's Chromium + axe)
test-e2e: $(STAMP)
	@scripts/ensure_chromium.sh
	@$(PY) -m pytest -q -m e2e tests/e2e $(PYTEST_ARGS)

lint: $(STAMP)
	@$(PY) -m ruff check .

format: $(STAMP)
	@$(PY) -m ruff format . && $(PY) -m ruff check --fix .

## messages: extract and compile the Vietnamese catalogues (each app has its own locale/)
messages: $(STAMP)
	@for app in cms/*/; do [ "$$app" = cms/adminlocale/ ] && continue; [ -d $$app/locale ] || mkdir -p $$app/locale; (cd $$app && ../../$(PY) ../../manage.py makemessages -l vi --no-obsolete -v0); done
	@$(PY) manage.py makemessages -l vi --no-obsolete -v0 -i 'cms/*' -i '.venv/*' -i 'var/*' -i 'tests/*' -i 'bench/*'
	@$(PY) manage.py compilemessages -v0 -i .venv

check: $(STAMP)
	@DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$$(head -c 64 /dev/urandom | base64 | tr -d '\n/+=') ALLOWED_HOSTS=portal.example.gov.vn WAGTAILADMIN_BASE_URL=https://portal.example.gov.vn $(PY) manage.py check --deploy --fail-level WARNING

bench: $(STAMP)
	@$(PY) -m bench $(BENCH_ARGS)

ci:
	@bash .ci/run

clean:
	rm -rf $(VENV) var
