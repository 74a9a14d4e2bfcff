"""A help site's post of a sentence under a name of an article's body, its answers in the box
named as comments (WordPress: ``div.entry-content`` and ``ol.commentlist``), against a news
brief printed alike: the answers are the page's text, the brief's readers' comments are not
(docs/html.md, stop 45; benchmarks/gen_forum_wild.py, families ``wpask`` and ``wpblog``).
"""
from __future__ import annotations

from zhclean.html import html_to_document

from _forum_pages import mean, scored_pages

import gen_forum_wild  # benchmarks/ is on sys.path through _forum_pages

ANSWERS = [("老张不慌", "我家去年也是这个情况，后来换了一家正规的装修公司，合同写清楚每一项的价格，就没再出问题。"),
           ("橘子汽水", "建议先找物业问问有没有推荐的师傅，小区里做过的人多，口碑好不好一问就知道。"),
           ("大白菜", "别只看报价低，材料的品牌和型号一定要写进合同，验收的时候一项一项对。")]


def _page(title: str, body: str, meta: str) -> bytes:
    comments = "".join(
        f'<li class="comment depth-1" id="li-comment-{i}"><div id="comment-{i}" class="comment-body"><div class="comment-author '
        f'vcard"><cite class="fn">{user}</cite> <span class="says">说道：</span></div><div class="comment-meta"><a href="#">'
        f'2024-03-0{i + 1} 10:1{i}</a></div><p>{text}</p><div class="reply"><a href="#">回复</a></div></div></li>'
        for i, (user, text) in enumerate(ANSWERS))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{title} - 邻里生活站</title></head><body>'
            '<div id="page"><div id="primary"><main id="main" class="site-main"><article class="post type-post hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{title}</h1><div class="entry-meta">{meta}</div></header>'
            f'<div class="entry-content"><p>{body}</p></div></article><div id="comments" class="comments-area">'
            f'<h2 class="comments-title">《{title}》有3条评论</h2><ol class="commentlist">{comments}</ol></div></main></div></div>'
            '</body></html>').encode("utf-8")


def _text(title: str, body: str, meta: str) -> str:
    return html_to_document(_page(title, body, meta), doc_id="p", source="p.html").text


def test_a_short_question_keeps_its_answers():
    text = _text("新房装修找哪家公司靠谱", "刚拿到新房钥匙，想找一家靠谱的装修公司，大家有什么推荐？",
                 '发布于 <time>2024-03-01</time> 作者 <a href="#">小林</a>')
    assert "刚拿到新房钥匙" in text
    assert all(answer in text for _, answer in ANSWERS)


def test_a_request_for_advice_without_a_question_mark_keeps_its_answers():
    text = _text("新房装修过来人说说", "刚拿到新房钥匙，想找一家靠谱的装修公司。",
                 '发布于 <time>2024-03-01</time> 作者 <a href="#">小林</a>')
    assert all(answer in text for _, answer in ANSWERS)


def test_a_news_brief_of_a_sentence_loses_its_readers_comments():
    # as short as the question, but it says nothing it asks: readers' comments, not answers
    text = _text("市区三条公交线路下周起调整", "市交通运输局发布通知，三条公交线路自下周一起调整走向。",
                 '发布于 <time>2024-03-01</time> 作者 <a href="#">小林</a>')
    assert "三条公交线路自下周一起调整走向" in text
    assert not any(answer in text for _, answer in ANSWERS)


def test_a_news_brief_that_asks_under_a_source_byline_loses_its_readers_comments():
    text = _text("油价下周还会上涨吗", "据测算，本轮成品油调价窗口将于下周二开启，油价或将小幅上涨。",
                 '来源：某某日报 记者 王明 <time>2024-03-01</time>')
    assert "本轮成品油调价窗口" in text
    assert not any(answer in text for _, answer in ANSWERS)


def test_wordpress_help_posts_keep_more_answers_and_blog_comments_stay_out():
    pages = gen_forum_wild.make_pages(seed=4, pages=48, split="dev")
    asked = scored_pages([p for p in pages if p["family"] == "wpask"])
    blogs = scored_pages([p for p in pages if p["family"] == "wpblog"])
    assert mean([s["recall"] for _, s in asked]) >= 0.75
    assert min(s["question"] for _, s in asked) == 1.0
    assert mean([s["chrome"] for _, s in blogs]) <= 0.02
