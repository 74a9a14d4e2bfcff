"""The chrome rules do work linear in the length of a page.

Timing is not a test on a shared machine, so the work is counted instead: the page's
lines are handed out in a sequence that counts every line a rule reads (by index, slice
or iteration). Four times the lines must cost about four times the reads; a rule that
rescans the page for each line (the old ``_just_below``) costs sixteen times as many.
"""
from __future__ import annotations

import pytest

from zhclean import Document, Pipeline
from zhclean.rules.chrome import _page

PARAGRAPH = "会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作，确保帮扶资金及时足额发放。"
PAGE = [
    "首页", "新闻动态", "当前位置：首页 > 工会动态", "市总工会召开全委会议",
    "发布日期：2019-10-25 09:30  来源：市总工会  浏览次数：12", "字号：大 中 小", PARAGRAPH, PARAGRAPH,
    "（责任编辑：张三）", "上一篇：市总工会召开党组扩大会议", "相关新闻", "市总工会召开全委会议", "",
    "版权所有：嵊州市总工会", "地址：嵊州市领带园一路401号 电话：0575-83112057", "浙ICP备14041666号",
]
SHORT = ["首页", "新闻动态", "来源：市总工会", "发布日期：2019-10-25", "", "工会地址：某市某路1号", "相关新闻"]


def _shapes(n: int) -> dict[str, str]:
    """Pages of about ``n`` lines that each stress a different kind of rescanning."""
    return {
        # many pages run together: every zone and list logic at once
        "pages": "\n".join(PAGE[i % len(PAGE)] for i in range(n)) + "\n",
        # a title above thousands of short lines: everything is head, every line a candidate
        "short": "市总工会召开全委会议\n" + "\n".join(SHORT[i % len(SHORT)] for i in range(n)) + "\n" + PARAGRAPH + "\n",
        # a long body whose tail repeats related-list headings with teasers
        "related": "\n".join([PARAGRAPH] * (n // 2) + ["相关新闻", "市总工会召开全委会议", "", PARAGRAPH] * (n // 8)) + "\n",
        # paragraphs without a full stop read like long titles: each looks ahead for info
        "exclaim": "\n".join(["工会工作要大胆实践，勇于创新，只有这样才能真正增强工会组织的凝聚力和工会工作的活力！"] * n) + "\n",
        # a hard-wrapped copy (no line reads as a paragraph) with related-list headings
        "wrapped": "\n".join(["工会工作要大胆实践，勇于创新，只有这样", "才能真正增强工会组织的凝聚力", "相关文档"] * (n // 3)) + "\n",
        # blank lines between info lines: neighbours are far apart in lines
        "blank": "市总工会召开全委会议\n" + ("时间：2019-10-25" + "\n" * 20 + "作者：张三\n") * (n // 21) + PARAGRAPH + "\n",
    }


class CountingLines(tuple):
    """A tuple (of lines, or of their body flags) that counts how many items are read."""

    reads = 0

    def __getitem__(self, key):
        item = super().__getitem__(key)
        CountingLines.reads += len(item) if isinstance(key, slice) else 1
        return item

    def __iter__(self):
        for item in super().__iter__():
            CountingLines.reads += 1
            yield item


@pytest.fixture
def counted(monkeypatch):
    original_split, original_page = _page.split_lines, _page.Page
    monkeypatch.setattr(_page, "split_lines", lambda text: CountingLines(original_split(text)))
    # body flags are read per line too
    monkeypatch.setattr(_page, "Page", lambda lines, body, zones, notices=(), text=None: original_page(
        lines, CountingLines(body), zones, notices, text))
    yield


def _reads(code: str, text: str) -> int:
    CountingLines.reads = 0
    Pipeline(select=[code]).clean(Document(id="x", text=text))
    return CountingLines.reads


CODES = Pipeline(select=["C"]).codes
SMALL, LARGE = 400, 1600


@pytest.mark.parametrize("shape", sorted(_shapes(8)))
def test_line_reads_grow_linearly(counted, shape):
    small, large = _shapes(SMALL)[shape], _shapes(LARGE)[shape]
    growth = {}
    for code in CODES:
        a, b = _reads(code, small), _reads(code, large)
        growth[code] = b / max(a, 1)
    assert max(growth.values()) <= 5, {c: round(g, 1) for c, g in growth.items() if g > 5}


def test_counting_sees_a_quadratic_scan(counted):
    """The counter itself can fail: a rescan of the page for every line is caught."""
    def quadratic(text: str) -> int:
        lines = _page.make_page(text).lines
        return sum(1 for i in range(len(lines)) for _ in lines[:i])

    CountingLines.reads = 0
    quadratic(_shapes(SMALL)["short"])
    a = CountingLines.reads
    CountingLines.reads = 0
    quadratic(_shapes(LARGE)["short"])
    assert CountingLines.reads / a > 5


def test_the_page_is_split_once_per_version_of_the_text(monkeypatch):
    """The pipeline owns the page split (``ctx.analysis``): the eleven rules share one
    page until one of them edits the text, so a page the rules leave alone is split
    once, and each rule that deletes something costs one split more at most."""
    splits = []
    original = _page.split_lines
    monkeypatch.setattr(_page, "split_lines", lambda text: splits.append(text) or original(text))
    pipe = Pipeline(select=["C"])
    plain = PARAGRAPH + "\n" + PARAGRAPH + "\n"
    pipe.clean(Document(id="plain", text=plain))
    assert len(splits) == 1
    splits.clear()
    res = pipe.clean(Document(id="page", text="\n".join(PAGE) + "\n"))
    editing_rules = len({e["rule"] for e in res.edits})
    assert 1 < len(splits) <= 1 + editing_rules
    assert len(set(splits)) == len(splits)  # never the same text twice


def test_long_page_is_cleaned_like_a_short_one():
    """Correctness on a long page: the body of every repeated article stays."""
    text = _shapes(LARGE)["pages"]
    out = Pipeline(select=["C"]).clean(Document(id="x", text=text)).text
    assert out.count(PARAGRAPH) == text.count(PARAGRAPH)
    assert "浙ICP备14041666号" not in out
    after_last_paragraph = out.rsplit(PARAGRAPH, 1)[1]
    assert "版权所有" not in after_last_paragraph and "相关新闻" not in after_last_paragraph


def test_rows_of_buttons_are_matched_item_by_item():
    """The control and reader patterns match each button atomically (so a long row that
    ends in a word fails at once instead of backtracking); rows of real buttons, with
    spaces and brackets around them, still match."""
    from zhclean.rules.chrome._kinds import is_control_line
    from zhclean.rules.chrome.docsite import READER_LINE

    assert is_control_line("【打印本页】 【关闭窗口】 【返回顶部】 分享到： 微信 微博 QQ空间")
    assert is_control_line("您好，欢迎访问嵊州市总工会网站！ 今天是：2019年10月25日 星期五 站内搜索")
    assert is_control_line(" 打印 " * 40)
    assert not is_control_line("打印 " * 8 + "文件")  # long runs: see the benchmark, a test would hang
    assert READER_LINE.match("转藏 全屏 打印 分享 献花(0)")
    assert not READER_LINE.match("下载 " * 8 + "表格后填写")
