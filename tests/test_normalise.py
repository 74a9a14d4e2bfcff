"""N rules beyond the YAML cases: cost on simplified text, per-run edits, samples, ftfy safety."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean import Config, Document, Pipeline, rebuild_input
from zhclean.rules import normalise_script
from zhclean.rules._script import BRIDGE, detect_script, has_traditional


def _sample(samples_dir, prefix: str) -> str:
    (path,) = samples_dir.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_simplified_documents_never_reach_opencc(samples_dir, monkeypatch):
    def no_conversion(line, conversion, *args):
        raise AssertionError(f"{conversion} conversion called for a simplified document")

    monkeypatch.setattr(normalise_script, "converted_runs", no_conversion)
    pipe = Pipeline(select=["N301"])
    for prefix in ("001", "002", "004"):
        res = pipe.clean(Document(id=prefix, text=_sample(samples_dir, prefix)))
        assert res.meta["script"] == "simplified" and res.edits == []


def test_traditional_samples_are_detected_and_converted_run_by_run(samples_dir):
    pipe = Pipeline(select=["N3"], trail="full")
    for prefix in ("000", "003"):
        text = _sample(samples_dir, prefix)
        res = pipe.clean(Document(id=prefix, text=text))
        assert res.meta["script"] == "traditional"
        assert not has_traditional(res.text)
        assert rebuild_input(res.text, res.edits) == text
        # one edit per changed run of characters (runs a character or two of Han apart
        # bridged), never a line-sized replacement
        assert len(res.edits) > 100
        assert max(len(e["removed"]) for e in res.edits) <= 30
        for e in res.edits:
            removed, inserted = e["removed"], e["inserted"]
            assert removed[0] != inserted[0] and removed[-1] != inserted[-1], e
            unchanged = "".join("=" if a == b else "x" for a, b in zip(removed, inserted)).split("x")
            assert max(map(len, unchanged)) <= BRIDGE, e
    out = pipe.clean(Document(id="003", text=_sample(samples_dir, "003"))).text
    assert "壹" not in out and "进一步" in out and "统一" in out


def test_only_lines_with_traditional_characters_are_converted():
    text = "工会干部要提高政治站位。\n廣大幹部職工堅定了信仰。\n这里的乾坤二字不变。"
    res = Pipeline(select=["N301"], trail="full").clean(Document(id="m", text=text))
    assert res.text == "工会干部要提高政治站位。\n广大干部职工坚定了信仰。\n这里的乾坤二字不变。"
    first_break = text.index("\n")
    assert all(e["start"] > first_break and e["end"] <= text.rindex("\n") for e in res.edits)


@pytest.mark.parametrize("text,script", [
    ("Copyright 2019 All Rights Reserved", "none"),
    ("工会工作", "simplified"),
    ("後來", "traditional"),  # 後 is in GB2312 yet traditional-only: the probe checks it apart
    ("學習業務知識，提高工作能力，为职工服务，认真学习业务", "mixed"),
])
def test_detect_script(text, script):
    from zhclean.rules._text import HAN_RE

    assert detect_script(text, has_han=HAN_RE.search(text) is not None) == script


def test_script_is_recorded_for_every_document_even_when_conversion_is_off():
    pipe = Pipeline(Config(options={"N301": {"target": "keep"}}), select=["N301"])
    res = pipe.clean(Document(id="t", text="工會如何立足自身開展工作"))
    assert res.meta["script"] == "traditional" and res.text == "工會如何立足自身開展工作"


def test_mojibake_repair_keeps_chinese_punctuation_on_the_same_line():
    bad = "标题：“" + "工会组织的性质".encode("utf-8").decode("cp1252") + "”，（一）　完"
    res = Pipeline(select=["N102"]).clean(Document(id="m", text=bad))
    assert res.text == "标题：“工会组织的性质”，（一）　完"


def test_full_width_punctuation_is_stable_and_leaves_english_lines():
    text = "通过学习,大家认识到(一)责任重大!\nHe said: yes, (really)!\n网址:http://a.cn/x?a=1,b=2"
    pipe = Pipeline(select=["N201"])
    once = pipe.clean(Document(id="p", text=text)).text
    assert once == "通过学习，大家认识到（一）责任重大！\nHe said: yes, (really)!\n网址：http://a.cn/x?a=1,b=2"
    assert pipe.clean(Document(id="p", text=once)).edits == []


def test_fallback_alphabet_for_the_native_opencc_build_agrees_with_the_dictionaries():
    from zhclean.rules._script import TRADITIONAL_ONLY, _changed_by

    derived = _changed_by("t2s")
    assert len(derived & TRADITIONAL_ONLY) > 0.9 * len(derived)
    assert {"學", "會", "後", "幹"} <= derived and not {"学", "会", "工"} & derived


def test_fast_t2s_gives_exactly_what_opencc_gives_around_every_phrase():
    from zhclean.rules._script import _load_pairs, converter, fast_table

    phrases = list(_load_pairs("TSPhrases.txt"))
    assert fast_table("t2s") is not None and phrases
    opencc = converter("t2s")
    # each phrase inside other phrase characters, against a neighbour phrase, and split by a comma
    for i, phrase in enumerate(phrases):
        other = phrases[(i + 7) % len(phrases)]
        for line in (f"中{phrase}會", f"{other}{phrase}{other}", f"於{phrase[:1]}，{phrase[1:]}著作"):
            assert fast_table("t2s").convert(line) == opencc.convert(line), line


def test_yi_artefact_is_judged_after_page_numbers_and_line_breaks_are_gone():
    page = "各级工会要坚持政策维权、法律维权和科学维权,把工会维权和党和政府帮助维权的工作统"
    text = ("1、" + page * 3 + "\n2、壹,切實在改革、發展、參與、幫扶中維權,進壹步強化法制意識。" + page * 3
            + "\n3、壹到部、局黨組的部署上來。")
    pipe = Pipeline(select=["N", "C", "L"])
    once = pipe.clean(Document(id="y", text=text)).text
    assert "统一,切实" in once or "统一，切实" in once
    assert "壹" not in once and pipe.clean(Document(id="y", text=once)).text == once


def test_an_unknown_script_target_names_the_rule_and_the_choices():
    """Refused when the pipeline is built (N301.setup), not on every document."""
    from zhclean.config import ConfigError

    with pytest.raises(ConfigError, match="N301.*'simplified', 'traditional', 'keep'.*'cantonese'"):
        Pipeline(Config(options={"N301": {"target": "cantonese"}}), select=["N301"])


def _mark_is_chinese(line: str, i: int) -> bool:
    """N201's judgement of one mark as it was written before the one-pass pattern."""
    import re

    han = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
    mark = line[i]
    before = line[i - 1] if i else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    if mark == "?" and re.match(r"[A-Za-z0-9=&_]", after):
        return False
    if mark == "!" and after == "=":
        return False
    if before and re.match(f"[{han[1:-1]}”’」』》】〉]", before):
        return True
    return mark in ",;" and bool(before) and re.match(r"[0-9%）)]", before) is not None and \
        re.match(han, after) is not None


@settings(max_examples=500)
@given(st.text(alphabet="工会a1%)）”」,:;?!=&_ ", max_size=30))
def test_one_pass_mark_pattern_judges_every_mark_as_before(line):
    from zhclean.rules.normalise_punctuation import _CHINESE_MARK, _MARK

    expected = [m.start() for m in _MARK.finditer(line) if _mark_is_chinese(line, m.start())]
    assert [m.start() for m in _CHINESE_MARK.finditer(line)] == expected


@pytest.mark.parametrize("wrapped", [
    "工会组织开展一条条&ldq\r\nuo;送温暖&rdquo;活动，职工代表参加了会议。",
    "职工代表&#822\n0;送温暖&#x20\r\n1d;活动圆满结束，工会干部要提高政治站位。",
])
def test_an_entity_cut_by_a_wrap_is_decoded_by_the_first_clean(wrapped):
    # issue 18 case 11: the layout rules join the halves after N101 ran, so N101 must join
    # them itself or a second clean decodes what the first left
    pipe = Pipeline(Config(trail="full"))
    once = pipe.clean(Document(id="w", text=wrapped))
    assert "&" not in once.text and "“送温暖”" in once.text
    assert pipe.clean(Document(id="w", text=once.text)).text == once.text
    assert rebuild_input(once.text, once.edits) == wrapped


def test_an_ampersand_before_a_wrap_in_prose_is_kept():
    text = "本次活动由A&\nB公司与工会联合举办，C &\nD 两家单位协办，职工代表参加了会议。"
    cleaned = Pipeline().clean(Document(id="a", text=text)).text
    assert "A&" in cleaned and "C &" in cleaned
