"""The laid-out view asks L101's plan for a short page's head and tail when a line there
fills a wrap width (stop 45).

A wrap width joins a full line to the next however that next line opens (``…作`` / ``页``,
``…作为`` / ``“9``), which L101's ``should_join`` alone does not say: on a page with a body
paragraph the view asked only ``should_join`` in the head, so C102 judged a date line two
lines under the title, and a second cleaning (the title joined) found it right under it.
Both inputs are minimised from the stop-44 stand-in log (random long pages, seed 7).
"""
from __future__ import annotations

import json

import pytest

from zhclean import Document, Pipeline
from zhclean.rules._view import laid_out_view
from zhclean.rules.chrome._page import make_page

WIDTH_CUT_TITLES = [
    "，各级工会要切实履行维权服务职责，把维护职工合法权益作\r页\n2019-0-2闻\n出发点和落脚点，切实为职工办实事、解难事，做到思想上尊重、\n会议要新作的出发点和落脚点切实为职工办实事解难事，做到思想上首\n会",
    "各级工会要切实履行维权服务职责，把维护职工合法权益作为&ldq\nuo;9<p>2019-0-5首\n会议要求各级工会要切实履行维权服务职责，把维护职工合法权益作为\n工发点和落脚点，切实为职工办实事、解难事，做到思想上尊重、\n新",
]


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", WIDTH_CUT_TITLES, ids=["page-char", "quote-after-entity"])
def test_a_date_under_a_title_cut_at_the_width_settles_in_one_cleaning(pipe, text):
    once = pipe.clean(Document(id="t", text=text)).text
    assert pipe.clean(Document(id="t", text=once)).text == once, json.dumps(once, ensure_ascii=False)


def test_the_view_joins_a_head_line_to_the_next_by_the_width():
    text = WIDTH_CUT_TITLES[0]
    page = laid_out_view(text).page(make_page(text))
    assert page.lines[0].text.endswith("合法权益作页")
    assert page.lines[1].text == "2019-0-2闻"
