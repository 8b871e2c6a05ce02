# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEEDS  := tests/data/seeds

.PHONY: demo test lint typecheck pytest docs venv bench dist check-dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install whenever the project metadata changes.
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The release tools (build, twine) and the competitors of benchmarks/compare.py.
$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(VENV)/.installed-test

demo: $(VENV)/.installed
	$(BIN)/newsquote --format table $(SEEDS)/*.txt

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

pytest: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

# The documentation site, offline, warnings as errors; output in site/.
docs: $(VENV)/.installed-test
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

test: lint typecheck pytest docs

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench.py

# An sdist and a wheel in dist/, with their metadata checked (README renders on PyPI).
dist: $(VENV)/.installed-dev
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

# Each of them installs into a fresh venv (not this one) and works from there.
# Slow and not part of `make test`.
CHECK_VENV := build/check-venv
CHECK_PY   := import newsquote; art = newsquote.process("\u201cYes,\u201d she said on Monday."); \
  assert art.quotes[0].text == "Yes", art.quotes; print("newsquote", newsquote.__version__, "ok")
check-dist: dist
	set -e; for pkg in dist/*.whl dist/*.tar.gz; do \
	  echo "== $$pkg"; rm -rf $(CHECK_VENV); $(PYTHON) -m venv $(CHECK_VENV); \
	  $(CHECK_VENV)/bin/python -m pip install --quiet "$$pkg"; \
	  (cd build && check-venv/bin/newsquote --help > /dev/null && echo "newsquote --help ok"); \
	  (cd build && check-venv/bin/python -c '$(CHECK_PY)'); \
	done; rm -rf $(CHECK_VENV)

clean:
	rm -rf $(VENV) dist build site .pytest_cache .mypy_cache .ruff_cache .hypothesis
