"""The laid-out view (rules/_view.py) answers as the layout rules act, not as a copy of them."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from zhclean import Document, Pipeline
from zhclean.rule import Context
from zhclean.rules._view import AsIs, View, deletions_union, joined_runs, laid_out_line, laid_out_view
from zhclean.rules.chrome._page import make_page
from zhclean.rules.chrome.header import Breadcrumb
from zhclean.rules.chrome.pubinfo import PublicationInfo

WHITESPACE = Pipeline(select=["L301", "L302"])
PARAGRAPH = "会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作，确保帮扶资金及时足额发放。"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("工会首页，。：>| \t\u3000\u00a0\u2002ab12“”")), max_size=30))
def test_a_line_is_laid_out_as_l301_and_l302_leave_it(line):
    # the line inside a text (a line above and below), so its edges are a line's, not the text's
    cleaned = WHITESPACE.clean(Document(id="x", text="甲\n" + line + "\n乙")).text
    want = cleaned[2:-2] if cleaned.count("\n") == 2 else None
    if want is not None:
        assert laid_out_line(line) == want


def test_the_page_joins_head_lines_l101_joins():
    text = "当前位置：首页 > 新闻\n市总工会召开全委会议部署下半年工作的\n重点任务\n发布日期：2019-10-25\n" + PARAGRAPH + "\n"
    view = laid_out_view(text)
    pg = view.page(make_page(text))
    assert [ln.text for ln in pg.lines][:3] == ["当前位置：首页 > 新闻", "市总工会召开全委会议部署下半年工作的重点任务", "发布日期：2019-10-25"]
    assert view.logical(1) == (1, 2) and view.source_line(1) is None and view.source_line(0) == make_page(text).lines[0]
    start, end = view.span(1)
    assert text[start:end] == "市总工会召开全委会议部署下半年工作的\n重点任务\n"


def test_a_page_without_joins_is_the_shared_page():
    text = "当前位置：首页 > 新闻\n市总工会召开全委会议\n" + PARAGRAPH + "\n"
    raw = make_page(text)
    assert laid_out_view(text).page(raw) is raw
    assert joined_runs(text, raw) == []


def test_a_body_line_is_not_joined_into_the_head():
    # the info line ends open (…来源：) only by accident of its value; L101 may join it to the
    # paragraph, but a chrome rule judges it apart: taken, it is gone on a second cleaning too
    text = "市总工会召开全委会议\n阅读量：[ 5477 ]\n的认识又有了提高。" + PARAGRAPH + "\n"
    raw = make_page(text)
    assert raw.zones.head_end == 2 and laid_out_view(text).page(raw) is raw


def test_a_breadcrumb_goes_once_l101_makes_the_body_it_stands_above():
    # fuzz shape: the last two lines join (a line starting with ;) into a paragraph, and the
    # first line is a head breadcrumb only then; C002 used to take it on the second cleaning
    text = "新闻新闻首页新闻首页>新闻首页>新\n新闻新闻首新闻首页新闻首页新闻\n;首新闻首页新闻首页新闻首页新闻"
    assert Breadcrumb().explain(text) == [("新闻新闻首页新闻首页>新闻首页>新", "a breadcrumb trail")]
    pipeline = Pipeline()
    once = pipeline.clean(Document(id="x", text=text)).text
    assert pipeline.clean(Document(id="x", text=once)).text == once


def test_an_info_line_chrome_alone_goes_though_l101_would_join_it():
    # judged on the page as it stands and as the view joins it: deleted on either
    text = "市总工会召开全委会议\n\n发表时间：2008-07-02    来源：济南市总工会\n\n的认识又有了提高。要开创工会工作新局面,就必须加强\n,努力提高工会干部自身素质\n"
    res = PublicationInfo().apply(text, Context())
    assert [text[e.start:e.end] for e in res.edits] == ["发表时间：2008-07-02    来源：济南市总工会\n"]
    assert res.meta["source"] == "济南市总工会"


def test_deletions_from_both_pages_merge():
    from zhclean.model import Edit
    assert deletions_union([Edit(4, 8, ""), Edit(0, 4, ""), Edit(10, 12, ""), Edit(5, 6, "")]) == [
        Edit(0, 8, ""), Edit(10, 12, "")]


def test_as_is_deletes_the_line_itself():
    text = "甲\n乙\n"
    pg, view = make_page(text), View(text)
    assert view.page(pg) is pg
    assert AsIs(pg).delete(1) == view.delete(1) and (view.delete(1).start, view.delete(1).end) == (2, 4)


def test_a_short_page_reads_its_blank_lines_as_l301_leaves_them():
    text = "\n\n\n市总工会召开全委会议\n\n\n\n2019-10-25 17:09\n工会"
    raw = make_page(text)
    view = laid_out_view(text)
    pg = view.page(raw)
    assert [ln.text for ln in pg.lines] == ["市总工会召开全委会议", "", "2019-10-25 17:09", "工会"]
    assert [view.logical(j) for j in range(4)] == [(0, 3), (4, 6), (7, 7), (8, 8)]
    start, end = view.span(2)
    assert text[start:end] == "2019-10-25 17:09\n"


def test_a_long_page_reads_its_head_blank_lines_as_l301_leaves_them_and_keeps_its_body_s():
    # a page of 30 lines: its head's run of blank lines is one line, as L301 leaves it (C102
    # judged the date line under the title with the run of seven, and took it only on a
    # second cleaning); the body's runs are left, so the body is not laid out anew
    prose = "会议要求，各级工会要切实履行维权服务职责，把维护职工合法权益作为工作的出发点和落脚点。"
    text = "市总工会召开全委会议" + "\n" * 7 + "2019-10-25 17:09\n" + "\n".join([prose] * 14) + "\n\n\n\n" \
        + "\n".join([prose] * 14)
    pg = laid_out_view(text).page(make_page(text))
    texts = [ln.text for ln in pg.lines]
    assert texts[:3] == ["市总工会召开全委会议", "", "2019-10-25 17:09"]
    assert texts[17:20] == ["", "", ""]  # the body's four blank lines stay


def test_the_line_memo_keeps_short_lines_only():
    # a memo shared by every document: long lines (paragraphs) would pin a corpus in memory
    from zhclean.rules._layout import laid_out
    from zhclean.rules._view import MEMO_LONGEST, laid_out_line

    short, long = "字号：大 中 小 ", "会议 强调，" * (MEMO_LONGEST // 3)
    assert laid_out_line(short) == laid_out(short) and short in laid_out_line
    assert laid_out_line(long) == laid_out(long) and long not in laid_out_line
