"""rules/_words.longest_first: a vocabulary written as a trie must match as the longest-first
alternation of its words does, span for span, alone and inside larger patterns (where the
order of the words tried on backtracking matters), for any words; and on the vocabularies
the chrome rules build with it, on the YAML cases' texts and generated pages.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean.rules._words import longest_first

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import gen_chrome  # noqa: E402
from _cases import case_texts  # noqa: E402

# the characters re treats specially (in a class or out of it), letters, Han, a space
ALPHABET = "ab版权所.-]^\\[ |?*"
words_st = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), max_size=12)
text_st = st.text(alphabet=ALPHABET + "\n", max_size=40)


def alternation(words) -> str:
    """How the rules wrote a vocabulary before: every word, the longest first."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


@settings(max_examples=400, deadline=None)
@given(words_st, text_st)
def test_the_trie_matches_as_the_alternation(words, text):
    old, new = alternation(words), longest_first(words)
    assert spans(old, text) == spans(new, text)
    for shape in ("(?:{})a", "(?>{})a", "(?:{})+a", "^(?:{})*$", "(?:{})(?:{})", "(?:{}){{2}}b"):
        o, n = shape.format(old, old), shape.format(new, new)
        assert spans(o, text) == spans(n, text), shape
        assert bool(re.fullmatch(o, text)) == bool(re.fullmatch(n, text)), shape


def test_edge_vocabularies():
    for words in ([], [""], ["x", ""], ["a", "ab", "abc"], ["-", "]", "^", "\\"], ["版权", "版權", "版"]):
        for text in ("", "x", "abcab", "-]^\\", "版權所有，版权"):
            assert spans(alternation(words), text) == spans(longest_first(words), text), (words, text)


def _texts() -> list[str]:
    texts = case_texts()
    texts += [page["text"] for page in gen_chrome.make_pages("dev", seed=4, per_kind=8)]
    return texts


def _vocabularies() -> list[list[str]]:
    from zhclean.registry import select_rules
    from zhclean.rules.chrome import _line_rule
    from zhclean.rules.chrome.vocab import DOCSITE_CUE_WORDS, REPRINT_CUE_WORDS
    from zhclean.rules.chrome.vocab_web import COUNTER_WORD_PREFIXES, COUNTER_WORD_SUFFIXES, COUNTER_WORDS
    from zhclean.rules.chrome import _docsite_viewer_shape as V
    found = [list(w) for w in DOCSITE_CUE_WORDS.values()] + [list(w) for w in REPRINT_CUE_WORDS.values()]
    found += [list(COUNTER_WORD_PREFIXES), list(COUNTER_WORD_SUFFIXES), [w for ws in COUNTER_WORDS.values() for w in ws]]
    found += [list(V.VIEWER_VERBS), list(V.VIEWER_ENDS), list(V.PAGER_WORDS)]
    for rule in select_rules():
        triggers = getattr(rule, "triggers", ())
        if triggers:
            found.append([v for w in triggers if not _line_rule._has_letter(w) for v in _line_rule._spellings(w)])
    return found


def test_the_rules_vocabularies_match_alike():
    texts = _texts()
    lines = [ln for t in texts for ln in t.split("\n")]
    vocabularies = _vocabularies()
    assert len(vocabularies) > 12
    for words in vocabularies:
        old, new = re.compile(alternation(words)), re.compile(longest_first(words))
        for text in texts:
            assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)]
        assert [bool(old.search(ln)) for ln in lines] == [bool(new.search(ln)) for ln in lines]
