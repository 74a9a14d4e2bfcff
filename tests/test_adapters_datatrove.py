"""datatrove (``pip install 'zhclean[datatrove]'``, which brings orjson, which datatrove's
readers and writers import): a real pipeline, JsonlReader → ZhcleanStep → JsonlWriter, run by
datatrove's local executor, writes the CLI's texts, HTML pages included."""
from __future__ import annotations

import gzip
import json

from _corpus import adapter_corpus, cli_texts
from _extras import need

need("datatrove", "datatrove")
need("orjson", "datatrove")

from datatrove.executor.local import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from zhclean.datatrove import ZhcleanStep  # noqa: E402


def test_datatrove_pipeline_writes_the_cli_texts(tmp_path):
    corpus, records = adapter_corpus(tmp_path / "in")
    want = cli_texts(corpus, tmp_path / "cli.jsonl")
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(corpus.parent)), ZhcleanStep(), JsonlWriter(str(tmp_path / "out"))],
        tasks=1, workers=1, logging_dir=str(tmp_path / "logs")).run()
    got = {}
    for path in sorted((tmp_path / "out").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                got[doc["id"]] = doc["text"]
    assert got == {k: v for k, v in want.items() if v.strip()}  # empty documents are dropped
    assert any(r["text"].lstrip().startswith("<") for r in records)
