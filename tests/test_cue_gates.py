"""Cheap first tests that skip a costly reading: each must never skip a line the reading
would find something in. Checked against the ungated reading (the cue replaced by one that
lets every line through) on the YAML cases, generated chrome and layout pages and cuts of
their lines, and by hypothesis over the characters the readings look for.
"""
from __future__ import annotations

import re
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean.rule import Context
from zhclean.rules import layout_pages as L
from zhclean.rules._page_marks import reading_form
from zhclean.rules._text import line_list
from zhclean.rules.chrome import _kinds as K
from zhclean.rules.chrome._fold import fold
from zhclean.rules.chrome.vocab import COLON_VARIANTS, PUB_LABEL_RE
from _cases import case_and_generated_texts

EVERY_LINE = re.compile("")  # a cue every line passes: the reading as it was without one


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return case_and_generated_texts(seed=3, per_kind=20)


@pytest.fixture(scope="module")
def short_lines(texts) -> list[str]:
    found = {s for t in texts for s in (x.strip() for x in t.splitlines()) if 0 < len(s) <= 96}
    cuts = set(found)
    for s in found:  # a prefix or a suffix of a line, and words around it
        cuts.update(s[i:] for i in range(1, min(len(s), 12)))
        cuts.update(s[:-j] for j in range(1, min(len(s), 12)))
        cuts.update({"第" + s, s + "页", "- " + s + " -"})
    return sorted(cuts)


def _page_readings(line: str):
    reading, run_only = reading_form(line)
    return (L.page_number_shape(reading) if not run_only else None, L.template_readings(reading),
            L.running_footer_readings(reading))


def test_l202_cue_passes_every_line_a_reader_reads(short_lines):
    read = [s for s in short_lines if _page_readings(s) != (None, [], [])]
    assert len(read) > 500  # the probe holds page numbers of many shapes
    assert [s for s in read if not L._NUMERAL_CHAR.search(s)] == []
    # and it skips most lines: they are what it is for
    assert sum(1 for s in short_lines if not L._NUMERAL_CHAR.search(s)) > len(short_lines) / 4


def test_l202_finds_the_same_with_and_without_the_cue(texts, monkeypatch):
    rule = L.PageFurniture()
    gated = [rule.apply(t, Context()).edits for t in texts]
    monkeypatch.setattr(L, "_NUMERAL_CHAR", EVERY_LINE)
    assert [rule.apply(t, Context()).edits for t in texts] == gated
    assert sum(map(bool, gated)) > 20


# Numerals of every script L202 reads, the full-width Latin it folds, page words and marks.
_NUMERAL_ALPHABET = "0１٣三十百〇Ⅳⅻ③⑵❸➊iVxＩｖ第页頁共PpageO -—一ー·/（）【】.:"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_NUMERAL_ALPHABET, min_size=1, max_size=10))
def test_l202_cue_misses_no_number(line):
    line = line.strip()
    if line and _page_readings(line) != (None, [], []):
        assert L._NUMERAL_CHAR.search(line)


def test_pub_label_cue_passes_every_line_with_a_label(short_lines, monkeypatch):
    labelled = [s for s in short_lines if PUB_LABEL_RE.search(fold(s).translate(COLON_VARIANTS))]
    assert len(labelled) > 500
    assert [s for s in labelled if not K._PUB_LABEL_CUE.search(fold(s).translate(COLON_VARIANTS))] == []
    gated = [K._pub_items(s) for s in short_lines]
    monkeypatch.setattr(K, "_PUB_LABEL_CUE", EVERY_LINE)
    assert [K._pub_items(s) for s in short_lines] == gated


# Labels, role nouns, every ending the pattern allows a label, and what stands around them.
_LABEL_ALPHABET = "来源作者编辑记者时间发布网文图 :：∶/|丨—_·=>→-19202１"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_LABEL_ALPHABET, min_size=1, max_size=12))
def test_pub_label_cue_misses_no_label(line):
    t = fold(line).translate(COLON_VARIANTS)
    if PUB_LABEL_RE.search(t):
        assert K._PUB_LABEL_CUE.search(t)


# Patterns rewritten to open with one class (the regex engine then skips in C to the next
# candidate character), against the patterns as they were written before.
_ANCHOR_BEFORE = re.compile(r"[iI\u0130\u0131][cC][pP]|公\s*[网網]\s*安")
_NEEDS_LAYOUT_BEFORE = re.compile(r"[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|  ")


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="iIİıcCpP公网網安 \t\u3000工a", max_size=12))
def test_licence_anchor_finds_the_same_spans(text):
    from zhclean.rules.chrome._licence_numbers import _ANCHOR

    assert [m.span() for m in _ANCHOR.finditer(text)] == [m.span() for m in _ANCHOR_BEFORE.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=" \t\f\v\u00a0\u2003\u3000\n工a：", max_size=10))
def test_layout_gate_finds_what_it_found(text):
    from zhclean.rules._layout import _NEEDS_LAYOUT

    assert (_NEEDS_LAYOUT.search(text) is None) == (_NEEDS_LAYOUT_BEFORE.search(text) is None)


def test_rewritten_patterns_agree_on_the_probe(texts, short_lines):
    from zhclean.rules._layout import _NEEDS_LAYOUT
    from zhclean.rules.chrome._licence_numbers import _ANCHOR

    for t in texts:
        assert [m.span() for m in _ANCHOR.finditer(t)] == [m.span() for m in _ANCHOR_BEFORE.finditer(t)]
    for s in short_lines + [x for t in texts for x in t.splitlines()]:
        assert (_NEEDS_LAYOUT.search(s) is None) == (_NEEDS_LAYOUT_BEFORE.search(s) is None)
