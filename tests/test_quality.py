"""Q1xx rules flag and never edit; their spans index the output text."""
from __future__ import annotations

import pytest

from zhclean import Document, Pipeline
from zhclean.rules.quality_flags import unbalanced

# The text-changing families the dev targets depend on, and this flags; typo
# flags (T, Q2) change nothing here and are tested by their own modules.
REPAIR_AND_CHROME = ["N", "C", "L", "Q1"]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_quality_rules_never_change_text(samples_dir, prefix):
    (path,) = samples_dir.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    res = Pipeline(select=["Q1"]).clean(Document(id=prefix, text=text))
    assert res.text == text and res.edits == []
    for f in res.flags:
        assert text[f["start"]:f["end"]] == f["text"]


def test_unclosed_quotes_of_004_are_flagged_after_the_whole_pipeline(samples_dir):
    (path,) = samples_dir.glob("004_*.txt")
    res = Pipeline(select=REPAIR_AND_CHROME).clean(Document(id="004", text=path.read_text(encoding="utf-8")))
    q102 = [f for f in res.flags if f["rule"] == "Q102"]
    assert any(f["text"].startswith("“送温暖活动") for f in q102)
    assert any(f["text"].startswith("“职工之家") for f in q102)
    for f in res.flags:
        assert res.text[f["start"]:f["end"]] == f["text"]


def test_repeated_paragraph_flag_points_at_the_cleaned_repeat():
    para = "通过学习,提高了工作效率,工会事业得到了进一步发展。"
    text = f"　　{para}\n\n\n市总工会被评为全市学习型机关。\n　　{para}  \n"
    res = Pipeline(select=REPAIR_AND_CHROME).clean(Document(id="r", text=text))
    (flag,) = [f for f in res.flags if f["rule"] == "Q104"]
    assert flag["start"] > res.text.index("学习型机关") and "line 1" in flag["message"]
    assert flag["text"] == res.text.splitlines()[-1]


@pytest.mark.parametrize("line,bad", [
    ("“送温暖活动", [0]),
    ("他说：“好。”）", [7]),
    ("《工会法》（修正案", [5]),
    ("“‘三多’”与（《三不》）", []),
    ("“交叉（引号”）", [3, 7]),  # ” closes “ and strands （; ） then closes nothing
])
def test_unbalanced(line, bad):
    assert unbalanced(line) == bad
