"""L202 settles in one cleaning: a running line one print of which L101 joins into a
paragraph reads the same to ``_page_marks._repeated_lines`` on both cleanings (stop 44).

The first cleaning sees every print on a line of its own, two of them a few characters
apart (no page's running line: kept); L101 then joins one print into the sentence around
it, and a second cleaning used to see only the others, a page apart, and take them. The
print inside the joined line now counts for the gaps between prints.
"""
from __future__ import annotations

import json

import pytest

from zhclean import Document, Pipeline
from zhclean.rules._page_marks import _repeated_lines
from zhclean.rules._text import iter_lines

# minimised from the stop-43 stand-in log (random long pages, seed 7): `新闻首…` holds 页,
# a page mark, and is printed four times
RUN = "新闻首新闻首页闻首页首页新闻首新闻首页闻首页新闻首页新闻首新闻首"
W1 = "会议要求，各级工会要切实履行维权服务职责，把维护职工合法权益作为"
W2 = "工作的出发点和落脚点，切实为职工办实事、解难事，做到思想上尊重、"
SHAPES = [
    "\n".join([RUN, "为", "作的出发点和落脚点，切实为职工办实事、解难事，做到思想上尊重、", W1, RUN, "会页闻。", RUN,
               "议要求，各级工实履行维权服务职责，把维护职工合法权益作为" + W1, RUN]),
    "\n".join([RUN, "工作点，切实为职工办实事、解难职责，把维护职工合法权益作为pan>&;首页新闻　2019-10-2pan>首页 > 新闻", RUN,
               "为尊重、" + W2 + W2, RUN, RUN]),
    "\n".join([RUN, "页行维权服务职责，把维护职工合法权益作为2019-10-25 17:09“　“首页新闻19-10-25 17:09;　。", RUN,
               W2 + "责任编辑：q责任编辑：。新闻首闻", RUN, "“;</> 新闻　“25 1uo;\r，“，", RUN]),
]


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _clean(pipe, text: str) -> str:
    return pipe.clean(Document(id="t", text=text)).text


@pytest.mark.parametrize("text", SHAPES, ids=range(len(SHAPES)))
def test_running_line_joined_once_settles_in_one_cleaning(pipe, text):
    once = _clean(pipe, text)
    assert _clean(pipe, once) == once, json.dumps(once, ensure_ascii=False)


PAGE = "正文的一段话，足够长。" * 12
MARK = "内部资料 注意保存"


def test_a_print_glued_into_a_line_counts_for_the_gaps():
    # three prints a page apart, and a fourth inside a line a few characters above one
    glued = "\n".join(["工作总结", PAGE, MARK, PAGE, "会议要求，把维护职工合法权益作为内部资料 注意保存工作", MARK, PAGE, MARK])
    assert _repeated_lines(list(iter_lines(glued)), set()) == set()


def test_prints_a_page_apart_still_go_beside_a_glued_one_far_away():
    glued = "\n".join(["工作总结", PAGE, MARK, PAGE, MARK, PAGE, "见" + MARK + "的规定", PAGE, MARK])
    assert sorted(_repeated_lines(list(iter_lines(glued)), set())) == [2, 4, 8]


# minimised from the stop-44 page-mode fuzz log (tools/fuzz_rules.py, FUZZ_PAGES=1): the
# mark beside - 5 -, - 6 - and - 9 - goes with the numbers, and the prints left alone,
# a page apart once those are gone, used to go only on a second cleaning
MARKED = ("机密★1年\n-5-\n机密★1年\n-6-\n机密★1年\n发布日期：会\n工发挥桥梁纽带作用，各项工\n" + W2 + "\n" + W1
          + "\n0-25 17:09  来源：嵊州市总工会\n机密★1年\n会为\n" + W2 + "\n签发人：张三　紧急程度：特急\n訽躄 来源：嵊州市总工会\n"
          "-9-\n机密★1年\n机密★1年\n工作的出发点和落脚")


def test_marks_beside_numbers_and_alone_settle_in_one_cleaning(pipe):
    once = _clean(pipe, MARKED)
    assert _clean(pipe, once) == once, json.dumps(once, ensure_ascii=False)

