"""A text's own lists that speak of documents, uploads and forms stay on a marked copy.

``benchmarks/probe_docsite_own_lists.py`` puts one list of the text's own requirements
(工作要求 / 1) 各单位…形成文档，按时上传至平台。 / 2) 下载报名表，填写完整后报送市总工会。) into each
of ``gen_chrome``'s document-site copies, at the text's end above the viewer's progress,
at the end of a text its pager alone marks, under the title or between paragraphs. Before
stop 45 C401 cut such a list on about one copy in twelve (29 of 300, seed 1); none may be
cut, and the site's own chrome around it must still go (a fix that kept everything would
keep the lists too).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import pytest  # noqa: E402

import probe_docsite_own_lists as probe  # noqa: E402


@pytest.fixture(scope="module")
def probed():
    return probe.run(pages=60, seed=1)


def test_the_texts_own_lists_stay_and_the_sites_chrome_goes(probed):
    r = probed
    assert r["pages"] == 60
    assert r["cut_lines"] == []
    assert r["chrome_removed"] >= 0.95 * r["chrome"]


def test_every_place_and_heading_form_is_drawn(probed):
    # the probe's classes must all occur, or a place would go untested
    r = probed
    assert set(r["by"]["place"]) == set(probe.PLACES_IN_PAGE)
    assert set(r["by"]["heading"]) == {form.replace("{h}", "H") for form in probe.HEADING_FORMS} | {"none"}
