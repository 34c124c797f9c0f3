# The two commands a fresh machine needs: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
DATA := $(SHARED)/data

.PHONY: run test eval bench lint schema clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

# Reinstall only when the project's own dependency list changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/sitroom analyze samples/liveblog-2025-03-03.txt --published 2025-03-03 --format md

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Gold-data scores (dev, then the held-out test split) and the slow tests.
eval: $(STAMP)
	$(BIN)/sitroom eval ner-conll $(DATA)/conll2003-en/valid.txt
	$(BIN)/sitroom eval ner-conll $(DATA)/conll2003-en/test.txt
	$(BIN)/sitroom eval timex $(DATA)/tempeval3/TBAQ-cleaned
	$(BIN)/sitroom eval timex $(DATA)/tempeval3/te3-platinum
	$(BIN)/sitroom eval quotes $(DATA)/polnear/data --split dev
	$(BIN)/sitroom eval quotes $(DATA)/polnear/data --split test
	$(BIN)/sitroom eval events $(DATA)/wikievents --split dev
	$(BIN)/sitroom eval events $(DATA)/wikievents --split test
	$(BIN)/sitroom eval events $(DATA)/case2021-task2/test_set_final_release_with_labels.tsv
	$(BIN)/sitroom eval geo $(DATA)/geoparsing-gritta/data/Corpora/lgl.xml
	$(BIN)/sitroom eval geo $(DATA)/geoparsing-gritta/data/GWN.xml
	$(BIN)/sitroom eval geo $(DATA)/ukraine-events-cir-monitor/events.csv --split ukraine
	$(BIN)/sitroom eval geo $(DATA)/geoparsing-gritta/data/Corpora/TR-News.xml
	$(BIN)/sitroom eval geo $(DATA)/ukraine-bellingcat-civilian-harm/export_events.json
	$(BIN)/python -m pytest -q -m slow

bench: $(STAMP)
	$(BIN)/sitroom bench

lint: $(STAMP)
	$(BIN)/ruff check src tests

schema: $(STAMP)
	$(BIN)/sitroom schema > src/sitroom/schema/analysis-1.json

clean:
	rm -rf $(VENV) sitroom.db
