"""Spark (``pip install pyspark``, and a JDK): the recipe of docs/scale.md, ``mapInPandas``
with :func:`zhclean.integrations.batch_cleaner`, gives the CLI's texts. Skipped without
pyspark or without ``java`` on PATH; ``make test-spark`` installs both."""
from __future__ import annotations

import shutil
import sys

import pytest

from _corpus import adapter_corpus, cli_texts
from _extras import need

need("pyspark", "spark")
if shutil.which("java") is None:
    pytest.skip("Spark needs a JDK: `java` is not on PATH (Debian: apt-get install default-jre-headless)",
                allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402

from zhclean.integrations import batch_cleaner  # noqa: E402


def test_map_in_pandas_gives_the_cli_texts(tmp_path, monkeypatch):
    # Spark's Python workers run `python3` from PATH unless PYSPARK_PYTHON names another
    # (its `spark.pyspark.python` setting is not read in local mode): this venv's, so that
    # they import the zhclean the test runs with. docs/scale.md says the same.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    def clean_partitions(frames):
        """The ``mapInPandas`` function of docs/scale.md: one pipeline per Python worker.
        (Defined here so that it is pickled by value: Spark's workers cannot import tests/.)"""
        clean = batch_cleaner(id_column="id", audit=False)
        for frame in frames:
            yield clean(frame)[["id", "text"]]

    corpus, records = adapter_corpus(tmp_path / "in", mb=0.2)
    want = cli_texts(corpus, tmp_path / "cli.jsonl")
    spark = (SparkSession.builder.master("local[2]").appName("zhclean-test")
             .config("spark.ui.enabled", "false")
.getOrCreate())
    try:
        frame = spark.read.json(str(corpus)).select("id", "text").repartition(3)
        rows = frame.mapInPandas(clean_partitions, schema="id string, text string").collect()
    finally:
        spark.stop()
    assert {r["id"]: r["text"] for r in rows} == want
