"""Data-Juicer (``pip install 'zhclean[datajuicer]'``): the registered ``zhclean_mapper``
operator, run by Data-Juicer's own dataset ``process``, gives the CLI's texts."""
from __future__ import annotations

from _corpus import adapter_corpus, cli_texts
from _extras import need

need("data_juicer", "datajuicer")

import datasets  # noqa: E402
from data_juicer.core.data import NestedDataset  # noqa: E402
from data_juicer.ops.base_op import OPERATORS  # noqa: E402

from zhclean.datajuicer import OP_NAME, ZhcleanMapper  # noqa: E402


def test_registered_mapper_gives_the_cli_texts(tmp_path):
    corpus, records = adapter_corpus(tmp_path / "in", mb=0.2)
    want = cli_texts(corpus, tmp_path / "cli.jsonl")
    assert OPERATORS.modules[OP_NAME] is ZhcleanMapper
    op = OPERATORS.modules[OP_NAME]()  # as a recipe builds it
    ds = NestedDataset(datasets.Dataset.from_list(records))
    out = ds.process([op])
    assert dict(zip(out["id"], out["text"])) == want
