"""Fast paths of the N and L3 rules: each must find what the slower exact test finds."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean.rules import _layout
from zhclean.rules import normalise_unicode as unicode_rules

# Mojibake letters, cp1252 specials, the no-break space, spaces, tabs, every break, Han and
# ASCII: what the mojibake patterns look at, and what surrounds it.
_MOJIBAKE_ALPHABET = "åä·¥ç»\u00c2\u00a0\u0080\u009f\u00bf\u00ff\u2014\u201c\u20ac\ufffd \t\r\n工会a1,"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=12))
def test_mojibake_prefilter_misses_nothing_the_exact_patterns_find(text):
    exact = unicode_rules._MOJIBAKE.search(text) or unicode_rules._JUNCTION.search(text)
    if exact:
        assert unicode_rules._MAYBE_MOJIBAKE.search(text) is not None


def test_mojibake_prefilter_skips_clean_text_with_latin1_letters():
    # A middle dot in a name, a copyright sign, a price in yen: common, and not mojibake.
    text = "约翰·史密斯说：\n版权所有 ©2019 工会 ¥100。\n"
    assert unicode_rules._MAYBE_MOJIBAKE.search(text) is None


def test_mojibake_cut_by_a_break_still_passes_the_prefilter():
    assert unicode_rules._MAYBE_MOJIBAKE.search("工会ç»\n‡") is not None
    assert unicode_rules._MAYBE_MOJIBAKE.search("工会ç»  \r\n  ‡") is not None


# Spaces of both kinds, the punctuation either side of them, Han, quotes and brackets.
_SPACING_ALPHABET = " \u3000，。：？）》」”“《（「工会a1\n"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_SPACING_ALPHABET, max_size=12))
def test_spaces_by_punctuation_are_the_whole_runs_space_by_punct_matches(text):
    # the definition, as the runs were found before the one-pass pattern: each maximal
    # run of spaces inside the text that SPACE_BY_PUNCT matches whole from its start
    want = []
    for m in re.finditer("[ \u3000]+", text):
        if 0 < m.start() and m.end() < len(text):
            found = _layout.SPACE_BY_PUNCT.match(text, m.start())
            if found and found.end() == m.end():
                want.append(m.span())
    assert [m.span() for m in _layout.spaces_by_punctuation(text)] == want


def _script_by_full_counts(text: str) -> str:
    """detect_script as it was: both scripts counted over the whole text."""
    from zhclean.rules import _script

    if not _script.has_traditional(text):
        return _script.SIMPLIFIED
    trad, simp = _script.TRADITIONAL_RUNS.count(text), _script.SIMPLIFIED_RUNS.count(text)
    share = trad / (trad + simp)
    if share >= _script.DOMINANT_SHARE:
        return _script.TRADITIONAL
    return _script.SIMPLIFIED if share <= 1 - _script.DOMINANT_SHARE else _script.MIXED


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="會們學習后发学习工的", max_size=40), st.integers(min_value=1, max_value=12))
def test_script_settled_by_the_head_is_the_script_of_the_whole(text, head):
    from zhclean.rules import _script

    saved, _script.DETECT_HEAD = _script.DETECT_HEAD, head
    try:
        assert _script.detect_script(text, has_han=True) == _script_by_full_counts(text)
    finally:
        _script.DETECT_HEAD = saved
