"""zhclean inside pandas, Hugging Face-style batches and datatrove."""
from __future__ import annotations

import pandas as pd
import pytest

from zhclean import Document, Pipeline
from zhclean.integrations import batch_cleaner, clean_dataframe

PAGE = "工会干部要提高政治站位。\n\n\n\n浙ICP备14041666号"


def test_dataframe_and_dict_batches_agree_with_the_pipeline():
    pipe = Pipeline()
    expected = pipe.clean(Document(id="0", text=PAGE))
    df = clean_dataframe(pd.DataFrame({"text": [PAGE], "url": ["http://a"]}), pipeline=pipe)
    assert df.loc[0, "text"] == expected.text and df.loc[0, "url"] == "http://a"
    assert df.loc[0, "zhclean_edits"] == expected.edits
    batch = batch_cleaner(pipe)({"text": [PAGE, "正文。"], "n": [1, 2]})
    assert batch["text"] == [expected.text, "正文。"] and batch["n"] == [1, 2]
    assert batch["zhclean_meta"][0]["icp"] == "浙ICP备14041666号"


def test_missing_texts_stay_missing_and_wrong_types_name_the_row():
    import numpy as np

    df = clean_dataframe(pd.DataFrame({"text": ["正文。", None, np.nan]}))
    assert df.loc[0, "text"] == "正文。" and pd.isna(df.loc[1, "text"]) and pd.isna(df.loc[2, "text"])
    assert df.loc[1, "zhclean_edits"] == [] and df.loc[2, "zhclean_meta"] == {}
    with pytest.raises(TypeError, match="row 1"):
        batch_cleaner()({"text": ["正文。", 5]})


def test_batch_cleaner_pickles_for_worker_processes():
    import pickle

    fn = batch_cleaner()
    # datasets.map(num_proc=...) and Ray pickle the function (cloudpickle for closures):
    cloudpickle = pytest.importorskip("cloudpickle")
    restored = pickle.loads(cloudpickle.dumps(fn))
    assert restored({"text": [PAGE]})["text"] == [Pipeline().clean_text(PAGE)]


def test_datatrove_step_cleans_and_keeps_the_trail():
    pytest.importorskip("datatrove")
    from datatrove.data import Document as DTDocument

    from zhclean.datatrove import ZhcleanStep

    step = ZhcleanStep(select=["C101", "L301"])
    docs = [DTDocument(text=PAGE, id="a", metadata={"url": "u"}), DTDocument(text="浙ICP备14041666号", id="b")]
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["a"]  # b is empty after cleaning and dropped
    assert out[0].text == "工会干部要提高政治站位。"
    assert out[0].metadata["icp"] == "浙ICP备14041666号" and out[0].metadata["url"] == "u"
    assert {e["rule"] for e in out[0].metadata["zhclean_edits"]} == {"C101", "L301"}
