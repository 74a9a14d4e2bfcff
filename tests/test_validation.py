"""Pandera schemas of zhclean.validation: output records and corpus expectations."""
from __future__ import annotations

import pytest

from zhclean import Document, Pipeline
from zhclean.config import ConfigError
from zhclean.validation.schemas import (is_iso8601, measure, validate_corpus, validate_record_rows,
                                        validate_records)
from zhclean.validation.settings import CheckSettings, settings_from_mapping

PAGE = "市总工会召开全体干部会议，传达学习全会精神。\n\n\n浙ICP备14041666号\n"


def _good_records():
    pipe = Pipeline(select=["C101", "L301"])
    recs = []
    for i, text in enumerate([PAGE, PAGE.replace("全体", "部分"), "会议强调，要把学习成果转化为工作动力。"]):
        rec = pipe.clean(Document(id=f"d{i}", text=text)).to_record()
        rec["flags"] = [{"rule": "T101", "start": 2, "end": 4, "text": rec["text"][2:4], "message": "m"}]
        rec["meta"]["published_at"] = "2019-10-25T17:09:02"
        recs.append(rec)
    return recs


def _codes(failures):
    return [(f.row, f.code) for f in failures]


def test_records_written_by_the_pipeline_pass():
    assert validate_records(_good_records()) == []


@pytest.mark.parametrize("breakage, code", [
    (lambda r: r.update(id=""), "S101"),
    (lambda r: r.update(text="  \n", flags=[], stats={"chars_in": 3 + len(r["text"]) - len(r["text"]), "chars_out": 3},
                        edits=[{"rule": "L301", "start": 0, "end": 3, "removed": "  \n", "inserted": "  \n"}]), "S103"),
    (lambda r: r["flags"][0].update(text="王会"), "S104"),
    (lambda r: r["flags"][0].update(start=40, end=90), "S104"),
    (lambda r: r["meta"].update(published_at="2019年10月25日"), "S105"),
    (lambda r: r["meta"].update(published_at="2019-02-30"), "S105"),
    (lambda r: r["stats"].update(chars_out=r["stats"]["chars_out"] + 1), "S106"),
    (lambda r: r["edits"].pop(), "S106"),
    (lambda r: r.update(stats={}), "S106"),
])
def test_each_broken_contract_is_one_failure_on_its_record(breakage, code):
    recs = _good_records()
    breakage(recs[1])
    failures = validate_records(recs)
    assert _codes(failures) == [(1, code)]
    assert all(f.message and f.doc_id in ("d1", "") for f in failures)


def test_duplicate_ids_name_the_first_record():
    recs = _good_records()
    recs[2]["id"] = "d0"
    failures = validate_records(recs)
    assert _codes(failures) == [(2, "S102")]
    assert "record 1" in failures[0].message


def test_row_numbers_continue_across_chunks():
    recs = _good_records()
    recs[0]["meta"]["published_at"] = "yesterday"
    assert _codes(validate_record_rows(recs, first_row=100)) == [(100, "S105")]


def test_iso8601_dates():
    assert all(map(is_iso8601, ["2019-10-25", "2019-10-25T17:09:02", "2019-10-25 17:09", "2019-10-25T17:09:02+08:00",
                                "2019-10-25T09:09:02Z"]))
    assert not any(map(is_iso8601, ["2019/10/25", "25-10-2019", "2019-10-25T25:00", "", None, 20191025]))


def _measures():
    body = "市总工会召开全体干部会议，传达学习全会精神。" * 5
    return [measure(f"d{i}", body + str(i), has_chrome=False, typo_flags=0) for i in range(40)]


def test_a_clean_corpus_meets_the_default_expectations():
    assert validate_corpus(_measures(), CheckSettings()) == []


def test_corpus_thresholds_fail_with_the_value_the_limit_and_examples():
    ms = _measures()
    ms[3] = measure("chrome-doc", "版权所有 嵊州市总工会" * 5, has_chrome=True, typo_flags=0)
    ms[4] = measure("english", "The trade union met on Monday to discuss the plan. " * 3, False, 0)
    ms[5] = measure("empty", "目录", False, 0)
    ms[6] = measure("dup", "市总工会召开全体干部会议，传达学习全会精神。" * 5 + "7", False, 0)
    ms[8] = measure("typos", "市总工会召开全体干部会议。" * 10, False, typo_flags=30)
    ms[9] = measure("english2", "Members voted to adopt the annual report and the budget. " * 3, False, 0)
    ms[10] = measure("english3", "Minutes of the meeting of the union committee, third session. " * 3, False, 0)
    failures = {f.code: f.message for f in validate_corpus(ms, CheckSettings())}
    assert set(failures) == {"S121", "S122", "S123", "S124", "S125"}
    assert "1 of 40" in failures["S121"] and "chrome-doc" in failures["S121"]
    assert "3 of 40" in failures["S123"] and "english" in failures["S123"] and "empty" not in failures["S123"]
    assert "empty" in failures["S124"]
    assert "dup = d7" in failures["S125"] or "d7 = dup" in failures["S125"]
    relaxed = settings_from_mapping({"max-chrome-share": 0.1, "max-non-chinese-share": 0.1, "max-near-empty-share": 0.1,
                                     "max-duplicate-share": 0.1, "max-typo-flags-per-10k": 100})
    assert validate_corpus(ms, relaxed) == []


def test_settings_reject_unknown_keys_and_levels():
    with pytest.raises(ConfigError, match="unknown key"):
        settings_from_mapping({"max-chrom-share": 0.1})
    with pytest.raises(ConfigError, match="severity"):
        settings_from_mapping({"severity": {"C101": "loud"}})


def test_most_specific_severity_prefix_wins():
    s = settings_from_mapping({"severity": {"C": "warning", "C101": "error", "T1": "error"}})
    assert [s.severity_of(c) for c in ("C101", "C201", "T101", "T201", "L301", "L101", "N301", "S121")] == [
        "error", "warning", "error", "warning", "info", "error", "error", "error"]
