"""Dask (``pip install 'zhclean[dask]'``): the recipe of docs/scale.md, ``map_partitions``
with :func:`zhclean.integrations.batch_cleaner`, on Dask's process scheduler, gives the
CLI's texts, HTML pages included."""
from __future__ import annotations

from _corpus import adapter_corpus, cli_texts
from _extras import need

dd = need("dask.dataframe", "dask")

import dask  # noqa: E402

from zhclean.integrations import batch_cleaner  # noqa: E402


def test_map_partitions_gives_the_cli_texts(tmp_path):
    corpus, records = adapter_corpus(tmp_path / "in")
    want = cli_texts(corpus, tmp_path / "cli.jsonl")
    ddf = dd.read_json(str(corpus), lines=True, blocksize=2**17, dtype={"id": object, "text": object})
    assert ddf.npartitions > 1
    meta = ddf._meta.assign(text=ddf._meta["text"].astype(object))
    cleaned = ddf.map_partitions(batch_cleaner(id_column="id", audit=False), meta=meta)
    with dask.config.set(scheduler="processes", num_workers=2):
        out = cleaned.compute()
    assert dict(zip(out["id"], out["text"])) == want
    assert any(r["text"].lstrip().startswith("<") for r in records)
