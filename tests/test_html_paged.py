"""A document printed page by page and published as HTML keeps its page numbers through
extraction: L201 and L202 must still run on pages (the extractor drops a site's pager,
not the page numbers inside a converted document's text).

Gov sites often publish a notice converted from Word or PDF: each page's text is a run of
``<p>`` and the page footer (``- 3 -``) or the number glued to the next page's first line
(``2、``) is one more paragraph, or part of one, inside the article block.
"""
from __future__ import annotations

import re

from zhclean import Document, Pipeline

#: A notice's pages; a page break lands mid-sentence, as copying page by page leaves it.
PAGES = (
    "各基层工会：为做好今年职工疗休养工作，经市总工会研究决定，现将有关事项通知如下。疗休养对象为在职在岗的一线职工、"
    "劳动模范和先进工作者，以及长期在艰苦岗位、关键岗位工作的技术骨干，各单位要结合本单位实际，按照公开、公平、公正的原则",
    "统筹安排名额，优先考虑近三年未参加过疗休养的职工。疗休养时间一般为五天，往返路途时间另计，疗休养期间按正常出勤对待，"
    "工资福利待遇不变。各单位不得以疗休养名义组织变相旅游，不得安排与疗休养无关的活动，不得",
    "超标准列支费用。请各单位于本月底前将疗休养人员名单报送市总工会办公室，逾期不再受理。各单位工会要加强组织领导，"
    "明确专人负责，认真做好行前教育和安全保障工作，确保疗休养活动安全有序。特此通知。",
)

FOOTER = re.compile(r"^- \d+ -$", re.M)


def _page(paragraphs: list[str]) -> str:
    return ("<!DOCTYPE html><html><head><title>关于做好职工疗休养工作的通知</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/tzgg/'>通知公告</a></div>"
            "<div id='zoom'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
            "<div class='pager'><a href='?p=1'>上一篇</a> <a href='?p=3'>下一篇</a></div></body></html>")


def _with_footers() -> str:
    paragraphs = []
    for number, text in enumerate(PAGES, 1):
        paragraphs += [text, f"- {number} -"]
    return _page(paragraphs)


def _with_glued_numbers() -> str:
    return _page([f"{number}、{text}" for number, text in enumerate(PAGES, 1)])


def test_extraction_keeps_a_converted_documents_page_footers() -> None:
    # the reason L202 runs on pages: without it the footers reach the output
    result = Pipeline(ignore=["L202"]).clean(Document(id="f", text=_with_footers()))
    assert result.meta["format"] == "html"
    assert len(FOOTER.findall(result.text)) >= 2


def test_page_footers_inside_an_article_are_removed_and_the_text_kept() -> None:
    result = Pipeline().clean(Document(id="f", text=_with_footers()))
    assert result.meta["format"] == "html"
    assert not FOOTER.search(result.text)
    assert any(e.get("rule") == "L202" for e in result.edits)
    flat = "".join(result.text.split())
    assert all("".join(text.split()) in flat for text in PAGES)


def test_page_numbers_glued_to_a_pages_first_line_are_removed() -> None:
    page = _with_glued_numbers()
    kept = Pipeline(ignore=["L201"]).clean(Document(id="g", text=page)).text
    assert "2、统筹安排" in kept  # extraction left the numbers for L201
    result = Pipeline().clean(Document(id="g", text=page))
    assert any(e.get("rule") == "L201" for e in result.edits)
    assert not re.search(r"(^|\n)[123]、", result.text)
    assert "原则统筹安排" in result.text  # the sentence the page break split is whole again


def test_cleaning_an_extracted_paged_document_again_changes_nothing() -> None:
    pipe = Pipeline()
    once = pipe.clean(Document(id="f", text=_with_footers())).text
    assert pipe.clean(Document(id="f", text=once)).text == once
