"""A news article with its readers' comments under it (benchmarks/gen_forum_boards.py,
family ``article``, dev split): the article is the page's text, the comment thread is not
(docs/html.md: a news page's gold stops where its comments begin), even though the
comments are built like a board's replies (user, floor, 顶/踩/回复, one box each).
"""
from __future__ import annotations

import pytest

from _forum_pages import mean, scored_pages

import gen_forum_boards  # benchmarks/ is on sys.path through _forum_pages


@pytest.fixture(scope="module")
def scored():
    pages = [p for p in gen_forum_boards.make_pages(seed=4, pages=90, split="dev") if p["family"] == "article"]
    assert len(pages) == 10
    return scored_pages(pages)


def test_the_article_above_a_comment_thread_is_kept(scored):
    assert min(s["question"] for _, s in scored) == 1.0
    assert mean([s["recall"] for _, s in scored]) >= 0.95


def test_the_comments_and_their_box_stay_out(scored):
    # chrome holds each comment's first line, its user and date, 发表评论, 已有, 责任编辑 …
    assert mean([s["chrome"] for _, s in scored]) <= 0.05
    for page, s in scored:
        assert s["chrome"] <= 0.15, page["id"]
