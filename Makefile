# MRC Portal: `make run` and `make test` set up everything they need on a fresh machine.
# Every step is idempotent: running a target twice neither fails nor duplicates data.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Root needs no sudo; anyone else does.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_ENV := DEBIAN_FRONTEND=noninteractive

.PHONY: help run test setup lint format messages bench run-cluster clean-static

help:
	@echo "make run    set everything up, load demo data, serve on http://$(HOST):$(PORT)"
	@echo "make test   set everything up, then run ruff and the whole test suite"
	@echo "make lint   ruff check and format check"
	@echo "make messages   re-extract translatable strings into locale/ur/LC_MESSAGES/django.po"
	@echo "make bench   gunicorn under load (locust), page by page; a table in bench/results/"
	@echo "make run-cluster   two gunicorn instances behind nginx on http://127.0.0.1:8080"

# --- Python environment -----------------------------------------------------

$(VENV)/bin/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed: install python3.11 or run make PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(VENV)/bin/python
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt | $(VENV)/bin/python
	$(PIP) install --quiet -r requirements-test.txt
	touch $@ $(VENV)/.runtime-installed

# The load tool in a virtualenv of its own: locust's gevent must not meet Django.
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: requirements-bench.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed: install python3.11 or run make PYTHON=/path/to/python3.11"; exit 1; }
	[ -x $(BENCH_VENV)/bin/python ] || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/pip install --quiet -r requirements-bench.txt
	touch $@

# Secrets of this machine's own for local use (only the missing ones are added);
# production sets real environment variables instead.
local-env:
	@$(PYTHON) scripts/local_env.py .env

# --- System packages (Debian) -------------------------------------------------

gettext:
	@command -v msgfmt >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) $(APT_ENV) apt-get install -y -qq gettext; }

chromium:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(SUDO) $(APT_ENV) apt-get install -y -qq chromium; }

# Java, which runs the W3C Nu HTML checker of the kiosk's validity test.
java:
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) $(APT_ENV) apt-get install -y -qq default-jre-headless; }

# Pango, which WeasyPrint loads to lay out the certificate PDFs (ldconfig by its full
# path: /sbin is not on an ordinary user's PATH).
pdf-libs:
	@/sbin/ldconfig -p | grep -q libpangoft2-1.0 || { $(SUDO) apt-get update -qq && $(SUDO) $(APT_ENV) apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0; }

# The reverse proxy of `make run-cluster` and of the cluster test (Debian puts it in
# /usr/sbin, which is not on an ordinary user's PATH).
nginx:
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { $(SUDO) apt-get update -qq && $(SUDO) $(APT_ENV) apt-get install -y -qq nginx; }

# Redis, the shared cache and session cache (REDIS_URL). A local one that does not answer
# is installed from Debian if missing, then started (by its service, else directly, as
# a cache that keeps nothing on disk); one elsewhere is reported in one line.
redis: $(VENV)/.runtime-installed local-env
	@$(MANAGE) check_redis -v 0 2>/dev/null; status=$$?; \
	if [ $$status = 2 ]; then $(MANAGE) check_redis -v 0; exit 1; fi; \
	if [ $$status != 0 ]; then \
	  [ -x /usr/bin/redis-server ] || { $(SUDO) apt-get update -qq && $(SUDO) $(APT_ENV) apt-get install -y -qq redis-server; }; \
	  $(SUDO) service redis-server start >/dev/null 2>&1 \
	    || $(SUDO) /usr/bin/redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null; \
	  $(MANAGE) check_redis --wait 10; \
	fi

.PHONY: gettext chromium java pdf-libs nginx local-env redis

# --- Database, translations, static files -----------------------------------

# Shared by run and test; DEPS says which requirements to install.
define SETUP
	$(MANAGE) ensure_database
	$(MANAGE) migrate --noinput
	$(MANAGE) compilemessages --ignore=$(VENV) --ignore=staticfiles -v 0
	$(MANAGE) collectstatic --noinput -v 0
	$(MANAGE) load_reference_data
endef

setup: $(VENV)/.runtime-installed local-env gettext pdf-libs redis
	$(SETUP)

run: setup
	$(MANAGE) seed_demo --base-url http://$(HOST):$(PORT)
	$(MANAGE) runserver $(HOST):$(PORT)

test: $(VENV)/.test-installed local-env gettext chromium java pdf-libs nginx redis
	$(SETUP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest

# Settings: docs/performance.md (BENCH_SECONDS, BENCH_USERS, BENCH_DATABASE_URL, ...).
bench: setup $(BENCH_VENV)/.installed
	$(PY) -m bench.run

# Two instances behind nginx on loopback, sharing the database; Ctrl-C stops all.
run-cluster: setup nginx
	$(PY) -m deploy.run_cluster

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.test-installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: $(VENV)/.runtime-installed local-env gettext
	$(MANAGE) makemessages -l ur --ignore=$(VENV) --ignore=staticfiles --ignore=tests --no-obsolete
