# 履职助手: the two commands that set everything up on a fresh machine with Python 3.11.
#   make run   – create the venv, install, migrate, run the bot (no token: local chat session)
#   make test  – create the venv, install, run the whole suite (SQLite, and PostgreSQL when reachable)

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test chat migrate bench bench-qa bench-export bench-reminders bench-broadcast bench-poll bench-submissions bench-updates bench-updates-pg bench-records bench-metrics bench-roster clean

$(STAMP): requirements.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "需要 $(PYTHON)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

# `run` migrates by itself; its first line says whether it polls Telegram or opens the chat session.
run: $(STAMP)
	@$(PY) run_bot.py run

chat: $(STAMP)
	@$(PY) run_bot.py chat

migrate: $(STAMP)
	$(PY) run_bot.py db upgrade

test: $(STAMP)
	$(PY) -m pytest

bench-qa: $(STAMP)
	$(PY) bench/qa/run.py

bench-export: $(STAMP)
	$(PY) bench/export/run.py

bench-submissions: $(STAMP)
	$(PY) bench/submissions/run.py

bench-reminders: $(STAMP)
	$(PY) bench/reminders/run.py

bench-broadcast: $(STAMP)
	$(PY) bench/broadcast/run.py

bench-poll: $(STAMP)
	$(PY) bench/broadcast/run.py --poll --timeline

bench-updates: $(STAMP)
	$(PY) bench/updates/run.py

bench-updates-pg: $(STAMP)
	$(PY) bench/updates/run.py --database postgres

bench-records: $(STAMP)
	$(PY) bench/records/run.py

bench: bench-qa bench-export bench-reminders bench-broadcast bench-poll bench-submissions bench-updates bench-records bench-metrics bench-roster

clean:
	rm -rf $(VENV) var

bench-metrics: $(STAMP)
	$(PY) bench/metrics/run.py

bench-roster: $(STAMP)
	$(PY) bench/roster/run.py
