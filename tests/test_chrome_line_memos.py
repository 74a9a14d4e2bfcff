"""The chrome rules' per-line verdicts kept across a page's versions (stop 45): each memo
must give what the reading it remembers gives, and a rule that asks only the head and the
tail (``edges_only``) must delete what it deleted when it asked every line. Checked on the
YAML cases, generated chrome and layout pages, cuts of their lines and lines padded past
the memos' lengths. And the publication labels read without the role branch where no
role noun stands (:data:`~zhclean.rules.chrome.vocab.PUB_LABEL_ONLY_RE`) must be the labels
the whole pattern reads.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean.rule import Context
from zhclean.rules._text import iter_lines
from zhclean.rules.chrome import footer, furniture, inline
from zhclean.rules.chrome._fold import MAX_CHROME_LINE, fold
from zhclean.rules.chrome._kinds import _SPACES, _pub_items, is_reprint_notice
from zhclean.rules.chrome._line_rule import LineRule, edge_indexes
from zhclean.rules.chrome._page import Zones, make_page
from zhclean.rules.chrome._titles import first_text_lines, last_text_lines
from zhclean.rules.chrome.vocab import COLON_VARIANTS, CREDIT_ROLE_NOUN_RE, PUB_LABEL_RE
from _cases import case_and_generated_texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return case_and_generated_texts(seed=3, per_kind=20)


@pytest.fixture(scope="module")
def lines(texts) -> list[str]:
    found = {s for t in texts for s in t.splitlines() if s.strip()}
    more = set(found)
    for s in found:  # cuts, and the same line padded with spaces past every memo's length
        more.update({s[1:], s[:-1], s.strip(), " " * 200 + s, s + "\u3000" * 170, s * 4})
    return sorted(more)


def _page_turn_reading(s: str) -> tuple[bool, bool]:
    """C301's two readings as it wrote them before its memo: (anywhere, head and tail only)."""
    t = fold(s)
    return (bool(furniture.PREV_NEXT_LABELLED.match(t)) and "。" not in t,
            len(t) <= MAX_CHROME_LINE and bool(furniture.PREV_NEXT_BARE.match(t) or furniture.COMMENT_LINE.match(t)
                                               or furniture.PAGER_LINE.match(t) or furniture.LINK_LINE.match(t)))


def test_memos_read_as_their_tests(lines):
    assert len(lines) > 5000
    kinds = {"B": 0, "X": 0}
    for s in lines:
        kind = footer._kind(s)
        assert footer._line_kind(s) == kind, s
        kinds[kind] = kinds.get(kind, 0) + 1
        cue = furniture.is_related_heading(s) or len(s) <= MAX_CHROME_LINE and bool(furniture._LABEL_AND_HEADLINE.match(fold(s)))
        assert furniture._related_cue_line(s) == cue, s
        labelled, edge = _page_turn_reading(s)
        assert furniture._page_turn_line(s) == ("labelled" if labelled else "edge" if edge else None), s
        assert inline._reprint_notice_line(s) == is_reprint_notice(s), s
        assert inline._counter_or_tag_line(s) == ("counters" if inline.is_counter_line(s) else "tag" if inline.is_tag_line(s)
                                                 else "alone" if inline.is_tag_label_alone(s) else None), s
    # the probe holds every footer kind, and lines long enough to be answered without a call
    assert set(kinds) >= {"F", "O", "f", "S", "X", "B"}
    assert any(len("".join(s.split())) > footer.MAX_FOOTER_LINE for s in lines)
    assert any(furniture._page_turn_line(s) == "labelled" for s in lines)


@settings(max_examples=500, deadline=None)
@given(st.integers(0, 12), st.integers(0, 14), st.integers(0, 14))
def test_edge_indexes_are_the_zones(n, head_end, tail_start):
    pg = type("Pg", (), {"lines": [None] * n, "zones": Zones(head_end, tail_start)})()
    assert list(edge_indexes(pg)) == [i for i in range(n) if pg.zones.in_zone(i)]


@pytest.mark.parametrize("rule", [inline.ReprintNotice(), inline.CountersAndTags()], ids=lambda r: r.code)
def test_edges_only_deletes_what_every_line_did(rule, texts, monkeypatch):
    assert type(rule).edges_only
    found = [rule.apply(t, Context()).edits for t in texts]
    monkeypatch.setattr(type(rule), "edges_only", False)
    assert [rule.apply(t, Context()).edits for t in texts] == found
    assert sum(map(bool, found)) > 10


def test_edges_only_rules_say_nothing_in_the_body(texts):
    # the promise itself: why() gives no reason for a line between the zones
    rules = [r for r in (inline.ReprintNotice(), inline.CountersAndTags()) if isinstance(r, LineRule)]
    asked = 0
    for t in texts:
        pg = make_page(t)
        for i in range(len(pg.lines)):
            if not pg.zones.in_zone(i) and pg.lines[i].text.strip():
                asked += 1
                assert all(r.why(pg, i) is None for r in rules)
    assert asked > 100


def _labels_ungated(s: str):
    """PUB_LABEL_RE over the line as the publication-label reader folds it, no branch left out."""
    t = fold(s).translate(COLON_VARIANTS)
    return tuple((_SPACES.sub("", m.group("label")), m.start(), m.end()) for m in PUB_LABEL_RE.finditer(t))


def test_labels_without_a_role_noun_read_as_the_whole_pattern(lines):
    found = {s: _labels_ungated(s) for s in lines}
    assert {s: _pub_items(s) for s in lines} == found
    # the probe holds labels of both branches, and lines with a role noun that is no label
    roles = [s for s in lines if CREDIT_ROLE_NOUN_RE.search(fold(s))]
    assert any(found[s] for s in roles) and any(not found[s] for s in roles)
    assert sum(1 for s in lines if found[s] and not CREDIT_ROLE_NOUN_RE.search(fold(s))) > 100


# label and role characters, qualifiers, the marks a label's ending reads, digits and spaces
_LABEL_ALPHABET = "来源作者记者编辑责任本报新华网摄影发布时间日期通讯员审核统筹视频剪辑人员：:/|—-=>→ 　20191年"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_LABEL_ALPHABET, min_size=1, max_size=16))
def test_labels_without_a_role_noun_on_any_text(s):
    assert _pub_items(s) == _labels_ungated(s)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["", "  ", "\u3000", "首页", "正 文"]), max_size=14), st.integers(-2, 16))
def test_first_and_last_text_lines_walk_as_the_loop_did(texts, n):
    lines = tuple(iter_lines("\n".join(texts)))
    with_text = [i for i, ln in enumerate(lines) if ln.text.strip()]
    # the loop counted up to n and stopped there, and never stopped for an n below 1
    assert first_text_lines(lines, n) == (with_text[:n] if n > 0 else with_text)
    assert last_text_lines(lines, n) == (with_text[-n:] if n > 0 else with_text)
