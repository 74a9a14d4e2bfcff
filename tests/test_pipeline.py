"""The pipeline over real rules: selection, order, metadata, fixes, idempotence."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean import Config, ConfigError, Document, Flag, Pipeline, Rule, RuleResult, Stage, rebuild_input
from zhclean.registry import all_rules, select_rules

FOOTER = "\n\n版权所有:嵊州市总工会\n\n浙ICP备14041666号\n沪公网安备 31010602000012号\n"


def test_default_pipeline_removes_licences_and_keeps_them_in_meta():
    res = Pipeline().clean(Document(id="x", text="工会干部要提高政治站位。" + FOOTER))
    assert "ICP" not in res.text and "公网安备" not in res.text
    assert res.meta["icp"] == "浙ICP备14041666号"
    assert res.meta["police_record"] == "沪公网安备31010602000012号"
    assert rebuild_input(res.text, res.edits) == "工会干部要提高政治站位。" + FOOTER


def test_samples_rebuild_exactly_from_the_trail(samples_dir):
    pipe = Pipeline()
    for path in sorted(samples_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        res = pipe.clean(Document(id=path.stem, text=text))
        assert rebuild_input(res.text, res.edits) == text
        for f in res.flags:
            assert res.text[f["start"]:f["end"]] == f["text"]


def test_selection_by_prefix_and_ignore():
    order = [(int(c.stage), c.code) for c in all_rules()]
    assert order == sorted(order)  # chrome before layout before whitespace ...
    chrome = [c.code for c in select_rules(["C"], ())]
    assert chrome and all(c.startswith("C") for c in chrome)
    assert "C101" not in [c.code for c in select_rules(["C"], ["C101"])]
    assert [c.code for c in select_rules(["C101"], ["C"])] == ["C101"]
    assert "C101" in [c.code for c in select_rules(None, ["C"], ["C101"])]


def test_unknown_selector_is_a_config_error():
    with pytest.raises(ConfigError, match="Z9"):
        Pipeline(select=["Z9"])


def test_unknown_rule_option_is_a_config_error():
    with pytest.raises(ConfigError, match="no option"):
        Pipeline(Config(options={"L301": {"nonsense": 1}}))


class _ShoutFlag(Rule):
    """Flags 王会 with the suggestion 工会 (test rule, not registered: it has no module in rules/).

    **Anti-pattern**:: 王会  **Best practice**:: 工会
    """

    code = "X901"
    name = "test.flag"
    summary = "test"
    stage = Stage.TYPOS

    def apply(self, text, ctx):
        i = text.find("王会")
        return RuleResult(flags=[Flag(i, i + 2, "王会 looks like a slip for 工会", "工会", 0.95)] if i >= 0 else [])


class _DeleteFirstLine(Rule):
    """Deletes the first line (test rule).

    **Anti-pattern**:: x  **Best practice**:: y
    """

    code = "X902"
    name = "test.delete"
    summary = "test"
    stage = Stage.QUALITY

    def apply(self, text, ctx):
        end = text.find("\n")
        return RuleResult(edits=[]) if end < 0 else RuleResult(edits=[__import__("zhclean").Edit(0, end + 1, "")])


def test_flags_follow_later_edits_and_index_the_output():
    pipe = Pipeline(rules=[_ShoutFlag(), _DeleteFirstLine()])
    res = pipe.clean(Document(id="d", text="标题\n这就需要王会干部增强法律意识"))
    (flag,) = res.flags
    assert res.text[flag["start"]:flag["end"]] == "王会" == flag["text"]
    assert flag["suggestion"] == "工会" and flag["rule"] == "X901"


class _DeleteHui(Rule):
    """Deletes every 会 (test rule).

    **Anti-pattern**:: x  **Best practice**:: y
    """

    code = "X904"
    name = "test.delete-hui"
    summary = "test"
    stage = Stage.QUALITY

    def apply(self, text, ctx):
        from zhclean import Edit

        return RuleResult(edits=[Edit(i, i + 1, "") for i, ch in enumerate(text) if ch == "会"])


def test_a_flag_whose_text_a_later_rule_changes_loses_its_stale_suggestion():
    res = Pipeline(rules=[_ShoutFlag(), _DeleteHui()]).clean(Document(id="d", text="需要王会干部"))
    (flag,) = res.flags
    assert flag["text"] == "王" and res.text[flag["start"]:flag["end"]] == "王"
    assert "suggestion" not in flag and "score" not in flag
    assert "'王会'" in flag["message"]


def test_fix_applies_suggestions_above_threshold_as_audited_edits():
    text = "这就需要王会干部增强法律意识"
    fixed = Pipeline(Config(fix=("X9",), fix_threshold=0.9), rules=[_ShoutFlag()]).clean(Document(id="d", text=text))
    assert fixed.text == "这就需要工会干部增强法律意识" and fixed.flags == []
    assert fixed.edits == [{"rule": "X901", "start": 4, "end": 6, "removed": "王会", "inserted": "工会"}]
    unsure = Pipeline(Config(fix=("X9",), fix_threshold=0.99), rules=[_ShoutFlag()]).clean(Document(id="d", text=text))
    assert unsure.text == text and len(unsure.flags) == 1


def test_a_failing_rule_names_itself_and_the_document():
    class Broken(_ShoutFlag):
        """Always fails (test rule).

        **Anti-pattern**:: x  **Best practice**:: y
        """

        code = "X903"

        def apply(self, text, ctx):
            raise ValueError("boom")

    from zhclean import RuleFailure

    with pytest.raises(RuleFailure, match="X903.*'doc-7'"):
        Pipeline(rules=[Broken()]).clean(Document(id="doc-7", text="正文"))


PIECES = ["工会", "职工", "。", "，", "\n", "\n\n", "  ", "　　", "\r\n", "浙ICP备14041666号", "京公网安备11010802020029号",
          "版权所有", "ICP", "1", "a", " 号",
          # text repair (issue 4): script, converter artefacts, punctuation, page fragments, spacing, entities
          "學習", "幹部", "進壹步", "壹基金", "乾隆", ",", ":", "?", "(", ")", "“", "”", "的", "全", "面履行",
          "\n2、", "\n3、", "4、", "第 3 页 共 12 页", "- 3 -", "。 7", "&nbsp;", "&amp;", "\u200b", "å·¥ä¼š",
          "工 会 章 程", "， ", "* * *", "××", "一、", "17:09:02",
          "要开创工会工作新局面,就必须加强工会队伍建设,努力提高工会干部自身素质。"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_cleaning_twice_changes_nothing_and_the_trail_is_exact(text):
    pipe = Pipeline()
    once = pipe.clean(Document(id="p", text=text))
    assert rebuild_input(once.text, once.edits) == text
    twice = pipe.clean(Document(id="p", text=once.text))
    assert twice.text == once.text
    assert twice.edits == []


@pytest.mark.parametrize("table,fragment", [
    ({"workers": "two"}, "workers must be a number"),
    ({"select": 5}, "select must be a list of rule codes"),
    ({"options": {"L301": 5}}, "one table per rule code"),
    ({"text-field": 3}, "text-field must be a string"),
])
def test_bad_config_values_are_config_errors(table, fragment):
    from zhclean.config import from_mapping

    with pytest.raises(ConfigError, match=fragment):
        from_mapping(table, "zhclean.toml")


def test_trail_levels_and_their_validation():
    from zhclean.config import from_mapping

    text = "學習工會文件,加強學習。\n\n\n浙ICP备14041666号"
    full, compact, none = (Pipeline(trail=level).clean(Document(id="t", text=text)) for level in
                           ("full", "compact", "none"))
    assert full.text == compact.text == none.text and full.meta == compact.meta == none.meta
    assert all("removed" in e for e in full.edits) and rebuild_input(full.text, full.edits) == text
    assert rebuild_input(compact.text, compact.edits) == text
    packed = {e["rule"] for e in compact.edits if "spans" in e}
    assert packed == {"N201", "N301", "L301"}  # character-level; the licence removal stays a full entry
    assert [e for e in compact.edits if "spans" not in e] == [e for e in full.edits if e["rule"] == "C101"]
    assert none.edits == [] and "edits" not in none.to_record() and "edits" in compact.to_record()
    assert Pipeline().config.trail == "compact"
    assert from_mapping({"trail": "none"}).trail == "none"
    with pytest.raises(ConfigError, match="trail must be one of 'full', 'compact', 'none', not 'short'"):
        from_mapping({"trail": "short"}, "zhclean.toml")
    with pytest.raises(ConfigError, match="trail must be one of"):
        Pipeline(trail="everything")


def test_record_schema_accepts_every_trail_level_and_checks_a_compact_one():
    from zhclean.validation import validate_records

    text = "學習工會文件,加強學習。\n\n\n浙ICP备14041666号"
    records = [Pipeline(trail=level).clean(Document(id=level, text=text)).to_record()
               for level in ("full", "compact", "none")]
    assert validate_records(records) == []
    broken = records[1]
    broken["edits"] = [dict(e, spans=[[0, 5, 1]]) if "spans" in e else e for e in broken["edits"]]
    assert [f.code for f in validate_records([broken])] == ["S106"]


def test_compact_trail_caps_a_flag_quote_at_80_characters_and_full_keeps_it_whole():
    from zhclean.validation import validate_records

    para = "通过学习，提高了工作效率，工会事业得到了进一步发展，" * 5 + "全市职工积极参与。"
    text = f"{para}\n\n市总工会被评为全市学习型机关。\n\n{para}\n"
    full, compact = (Pipeline(trail=level).clean(Document(id=level, text=text)) for level in ("full", "compact"))
    (whole,) = [f for f in full.flags if f["rule"] == "Q104"]
    (cut,) = [f for f in compact.flags if f["rule"] == "Q104"]
    assert whole["text"] == full.text[whole["start"]:whole["end"]] and len(whole["text"]) > 80
    assert "text_truncated" not in whole
    assert (cut["start"], cut["end"]) == (whole["start"], whole["end"])  # the span stays exact
    assert cut["text"] == whole["text"][:80] and cut["text_truncated"] is True
    assert validate_records([full.to_record(), compact.to_record()]) == []
    broken = compact.to_record()
    broken["flags"] = [dict(f, text="别的" + f["text"][2:]) if f is cut else f for f in compact.flags]
    assert [f.code for f in validate_records([broken])] == ["S104"]
