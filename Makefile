# The README's two commands. Each sets up .venv on first use (a second run only
# checks a stamp file), so a machine with just Python 3.11+ and make is enough.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# 1: set-up also compiles the extractor with mypyc (make native); 0: pure Python only.
NATIVE ?= 1
# Never fails: without a C compiler, or when mypyc cannot, the extractor stays pure Python.
BUILD_NATIVE = CLAIMWATCH_PURE=1 $(BIN)/python -c 'import extractors._native as n; n.main()' \
	|| echo "extractor: running as pure Python (make native to try again)" >&2

.PHONY: demo test lint typecheck pytest bench native clean-venv

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "claimwatch needs Python 3.11 or newer; '$(PYTHON)' is not. Try: make $(MAKECMDGOALS) PYTHON=python3.11" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@if [ "$(NATIVE)" = 1 ]; then $(BUILD_NATIVE); fi
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/claimwatch demo

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check bot handlers extractors db

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest
	@# with a compiled build in use, the pure fallback is tested too
	@if $(BIN)/python -c 'import sys, extractors; sys.exit(not extractors.NATIVE)'; then \
	  echo "again in pure Python:"; CLAIMWATCH_PURE=1 $(BIN)/pytest tests/extractors; fi

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/digest.py

# Compile the extractor for the sources as they are now (a no-op when that build exists);
# importing it uses the build only while every source is unchanged (extractors/_native.py).
native: $(STAMP)
	@$(BUILD_NATIVE)

clean-venv:
	rm -rf $(VENV)
