"""Hugging Face ``datasets`` (``pip install 'zhclean[datasets]'``): ``Dataset.map`` with
:func:`zhclean.integrations.batch_cleaner`, in worker processes, gives the CLI's texts,
HTML pages included."""
from __future__ import annotations

from _corpus import adapter_corpus, cli_texts
from _extras import need

datasets = need("datasets", "datasets")

from zhclean.integrations import batch_cleaner  # noqa: E402


def test_dataset_map_gives_the_cli_texts(tmp_path):
    corpus, records = adapter_corpus(tmp_path / "in")
    want = cli_texts(corpus, tmp_path / "cli.jsonl")
    ds = datasets.load_dataset("json", data_files=str(corpus), split="train", cache_dir=str(tmp_path / "cache"))
    cleaned = ds.map(batch_cleaner(id_column="id", audit=False), batched=True, batch_size=32, num_proc=2)
    assert len(cleaned) == len(records)
    assert dict(zip(cleaned["id"], cleaned["text"])) == want
    assert any(r["text"].lstrip().startswith("<") for r in records)  # pages went through extraction


def test_audit_columns_survive_arrow(tmp_path):
    """The audit columns vary by document (meta keys, flags); Arrow must still store them."""
    corpus, records = adapter_corpus(tmp_path / "in", mb=0.05)
    ds = datasets.Dataset.from_list(records)
    cleaned = ds.map(batch_cleaner(id_column="id"), batched=True, batch_size=4)
    row = cleaned[0]
    assert row["zhclean_stats"]["chars_out"] == len(row["text"])
