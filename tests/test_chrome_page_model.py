"""The chrome page model's shortcuts give the answers of the plain computation.

The page judges body paragraphs only when asked (``BodyFlags``), the line memos are
dicts, ``fold`` is remembered, an edge rule walks the edges only and a line rule may
declare trigger words: each must change nothing but the time.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from zhclean.model import RuleResult
from zhclean.rule import Context
from zhclean.rules.chrome import _memo
from zhclean.rules.chrome._fold import _fold_line, fold
from zhclean.rules.chrome._kinds import is_body_paragraph
from zhclean.rules.chrome._line_rule import EdgeLineRule, LineRule, TriggerFinder
from zhclean.rules.chrome._page import BodyFlags, make_page, split_lines, zones

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import gen_chrome  # noqa: E402


@pytest.fixture(scope="module")
def texts() -> list[str]:
    pages = [p["text"] for p in gen_chrome.make_pages("dev", seed=11, per_kind=12)]
    return pages + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]


def test_body_flags_are_the_verdicts_in_any_order_of_asking(texts):
    rng = random.Random(5)
    for text in texts:
        lines = split_lines(text)
        want = [is_body_paragraph(ln.text) for ln in lines]
        flags = BodyFlags(lines)
        order = list(range(len(lines)))
        rng.shuffle(order)
        for i in order[: len(order) // 2]:
            assert flags[i] is want[i]
            assert flags[i - len(lines)] is want[i]  # negative indexes too
        assert flags[3:-2] == want[3:-2]
        assert list(flags) == want and len(flags) == len(want) and flags == want
        assert BodyFlags(lines).judged() == want
        assert list(reversed(flags)) == want[::-1]


def test_lazy_page_has_the_zones_of_every_line_judged(texts):
    for text in texts:
        pg = make_page(text)
        eager = [is_body_paragraph(ln.text) for ln in pg.lines]
        marked = [i for i, (was, now) in enumerate(zip(eager, pg.body)) if was and not now]
        # the page unmarks only notices, a browser title and titles over info lines
        assert all(eager[i] for i in marked)
        if not marked:
            assert pg.zones == zones(pg.lines, eager)


def test_pages_of_documents_built_interleaved_are_the_pages_built_one_by_one(texts):
    """A batch cleaned rule by rule builds the pages of many documents in turn: the line
    memos are keyed by the line alone, so the order changes nothing."""
    def summary(pg):
        return pg.zones, tuple(pg.body), pg.notices, pg.anchors(), pg.title()

    for memo in _memo.MEMOS:
        memo.clear()
    one_by_one = [summary(make_page(t)) for t in texts]
    for memo in _memo.MEMOS:
        memo.clear()
    pages = [make_page(t) for t in reversed(texts)][::-1]  # all built, then asked
    assert [summary(pg) for pg in pages] == one_by_one


def test_line_memo_is_bounded_and_keeps_no_long_lines(monkeypatch):
    monkeypatch.setattr(_memo, "LINE_MEMO_MAX", 3)
    calls = []
    memo = _memo.LineMemo(lambda s: calls.append(s) or len(s), longest=5)
    for s in ["甲", "乙乙", "丙丙丙", "丁丁丁丁", "甲"]:
        assert memo(s) == len(s)
    assert len(memo) <= 3 and calls.count("甲") == 2  # forgotten once the bound was reached
    assert memo("很长的一行文字") == 7 and "很长的一行文字" not in memo


def test_line_memo_is_bounded_by_characters_too(monkeypatch):
    """Long lines fill a memo by their characters long before its count of lines: the
    memo forgets them all once their characters pass :data:`LINE_MEMO_CHARS`."""
    monkeypatch.setattr(_memo, "LINE_MEMO_CHARS", 40)
    memo = _memo.LineMemo(len)
    paragraphs = [f"第{i}段，各级工会要切实履行维权服务基本职责。" for i in range(10)]  # 23 characters each
    for s in paragraphs:
        assert memo(s) == len(s)
        assert memo.chars == sum(map(len, memo)) <= 40
    assert len(memo) == 1 and paragraphs[-1] in memo
    memo.clear()
    assert memo.chars == 0


def test_remembered_fold_folds_as_before(texts):
    for text in texts:
        for ln in split_lines(text):
            for s in (ln.text, ln.text.strip(), ln.text.translate({ord("总"): "總", ord("权"): "權"})):
                assert fold(s) == _fold_line(s) == (s if len(s) > 300 else _fold_line(s))
    assert fold("版權所有：嵊州市總工會") == "版权所有：嵊州市总工会"


class _Tail(EdgeLineRule):
    """Deletes short lines in the tail (a test rule)."""

    code, name, summary = "X901", "test.tail", "a test rule"
    test = staticmethod(lambda s: len(s.strip()) <= 12)
    reason = "short"
    edge = "tail"


class _Zone(_Tail):
    """Deletes short lines in the head and the tail (a test rule)."""

    edge = "zone"


@pytest.mark.parametrize("rule", [_Tail(), _Zone()], ids=["tail", "zone"])
def test_edge_rule_walks_the_edges_only_and_finds_what_asking_every_line_finds(rule, texts):
    for text in texts:
        pg = make_page(text)
        every_line = [(i, rule.why(pg, i)) for i, ln in enumerate(pg.lines) if ln.text.strip()]
        assert list(rule.chrome_lines(pg, Context())) == [(i, r) for i, r in every_line if r]


class _PrevNext(LineRule):
    """Deletes previous/next links (a test rule with triggers)."""

    code, name, summary = "X902", "test.prev-next", "a test rule"
    triggers = ("上一篇", "下一篇", "Next")

    def why(self, pg, i):
        s = fold(pg.lines[i].text)
        return "link" if s.startswith(("上一篇", "下一篇")) or s.lower().startswith("next") else None


def test_triggers_find_every_spelling_and_case():
    find = TriggerFinder(("上一篇", "版权所有", "Next"))
    assert find("上一篇：标题") and find("版權所有") and find("NEXT page") and find("next")
    assert not find("正文里没有链接。") and not find("下一篇")


def test_a_rule_with_triggers_returns_at_once_without_them_and_acts_as_before_with_them():
    rule = _PrevNext()
    page = "会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作。\n"
    asked = []
    ctx = Context()
    ctx_spy = type("Spy", (), {"analysis": lambda self, f, t: asked.append(t) or f(t), "options": {}, "meta": {}})()
    assert rule.apply(page, ctx_spy) == RuleResult() and not asked  # no page built
    with_links = page + "上一篇：市总工会召开全委会议\n下壹篇\n"
    assert rule.explain(with_links, ctx) == [("上一篇：市总工会召开全委会议", "link")]
    assert [e.start for e in rule.apply(with_links, ctx).edits] == [len(page)]
    assert rule.explain(page) == []


def eager_page(text: str):
    """The page model computed the plain way: every verdict first, then the passes over
    all lines in order (the notices, the browser title, the titles over info lines)."""
    from zhclean.rules.chrome._docsite_kinds import disclaimer_blocks
    from zhclean.rules.chrome._page import titles_over_info
    from zhclean.rules.chrome._titles import site_title_echo

    lines = split_lines(text)
    body = [is_body_paragraph(ln.text) for ln in lines]
    for i, _ in disclaimer_blocks(lines, body):
        body[i] = False
    echo = site_title_echo(lines, body, zones(lines, body).head_end)
    if echo is not None:
        body[echo] = False
    titles_over_info(lines, body)
    return body, zones(lines, body)


TITLED_PAGES = [
    # a long title with commas over its publication info, twice, and one with no info under it
    "首页 > 新闻\n突破3000亿美元！魏少军：产业结构扭曲，没将产品作为中心，我们还要继续努力\n"
    "来源：中国电子报 发布时间：2019-10-25\n" + "会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作。\n" * 3
    + "市总工会召开全委会议，部署下一阶段的重点工作，动员全市职工建功立业\n发布日期：2019-10-26\n编辑：张三",
    "市总工会召开全委会议，部署下一阶段的重点工作，动员全市职工建功立业\n"
    + "会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作。\n" * 2,
]


def test_titles_over_info_unmarked_when_asked_are_those_of_a_pass_over_every_line(texts):
    rng = random.Random(7)
    for text in texts + TITLED_PAGES:
        for memo in _memo.MEMOS:
            memo.clear()
        want_body, want_zones = eager_page(text)
        pg = make_page(text)
        assert pg.zones == want_zones
        order = list(range(len(pg.lines)))
        rng.shuffle(order)
        for i in order[: len(order) // 3]:
            assert pg.body[i] is want_body[i]
        assert list(pg.body) == want_body and pg.body.judged() == want_body
    first = make_page(TITLED_PAGES[0])
    assert not first.body[1] and first.body[3] and first.zones.head_end == 3  # the title is no paragraph


def test_a_rule_with_triggers_asks_only_the_lines_that_hold_one(texts):
    rule = _PrevNext()
    asked: list[int] = []

    class Spying(_PrevNext):
        def why(self, pg, i):
            asked.append(i)
            return super().why(pg, i)

    page = ("首页\n上一篇：市总工会召开全委会议\n" + "会议要求，各级工会要切实履行维权服务基本职责。\n" * 3
            + "下一篇：关于开展送温暖活动的通知\nNEXT: 工会简报\r\n\n文末 next\n下壹篇")
    for text in texts + [page]:
        pg = make_page(text)
        every_line = [(i, r) for i, ln in enumerate(pg.lines) if ln.text.strip() and (r := rule.why(pg, i))]
        asked.clear()
        assert list(Spying().chrome_lines(pg, Context())) == every_line
        assert asked == [i for i, ln in enumerate(pg.lines) if TriggerFinder(rule.triggers)(ln.text)]
    assert asked == [1, 5, 6, 8] and [i for i, _ in every_line] == [1, 5, 6]
