# The README's commands. Each sets up .venv from the pinned requirements first.
PYTHON ?= python3
SEEDS ?= seeds
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test serve offline lint bench clean golden browser

$(VENV)/installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

## make site [SEEDS=folder]: seeds → content/ → site/ (the site's pages rendered beside the search index)
site: $(VENV)/installed
	$(BIN)/python build.py --seeds "$(SEEDS)" --site site

## make serve: build, then preview at http://127.0.0.1:8000
serve: site
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory site 8000

## make offline [SEEDS=folder]: dist/archive-offline-<date>.zip, for file:// with no network
offline: site
	$(BIN)/python -m archive.offline

## make test: the whole suite, browser tests included (installs Debian's chromium if missing)
test: $(VENV)/installed browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

browser:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null; }

## make golden: regenerate tests/expected/ after an intended change to the output
golden: $(VENV)/installed
	$(BIN)/python -m tests.golden

lint: $(VENV)/installed
	$(BIN)/ruff check .

bench: $(VENV)/installed
	$(BIN)/python bench/build_bench.py
	$(BIN)/python bench/search_bench.py .cache/bench/full
	$(BIN)/python bench/scale_bench.py
	$(BIN)/python bench/join_bench.py

clean:
	rm -rf site dist .cache content/articles content/originals
