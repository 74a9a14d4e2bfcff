"""Forum and Q&A pages in the class names of 2023–24 templates, with gold.

gen_forum_boards varies how a thread is laid out; this family varies what the templates
*call* their parts, which is what the name-based pruning (H104) reads. Two habits of
today's templates cost the real forum pages their text:

* the text element's class carries a furniture word as a modifier: 知乎's answers are
  ``span.RichText.ztext.CopyrightRichText-richText`` (``itemprop="text"``), which the
  ``copyright`` substring and the footer exemption read as the page's footer;
* the replies are named as comments (``comment-list``, ``comment-item``,
  ``comment-content``/``-body``/``-text``) on a site whose name says no board word (a Q&A or
  microblog site, a community on its own domain): a news page's readers' comments are named
  so too, so the whole reply list went as a comment box;
* the folded rest of a long post (展开全部) sits in a box named ``more``, which on a news page
  names a list of more links.

dev families (tuned on)
* ``zhihu``: 知乎's question page: ``QuestionHeader`` with ``QuestionRichText``, answers in
  ``List-item > ContentItem.AnswerItem`` with ``RichContent-inner > span.RichText.ztext.
  CopyrightRichText-richText`` (some folded under 展开阅读全文), 赞同/评论/分享 bar, 编辑于 line;
* ``qacomments``: a Q&A community under its own name: the question in ``div.topic-body``,
  replies as ``div#comments.comment-list > div.comment-item`` with ``div.comment-content``,
  a user line, 赞/回复 buttons; half the long texts fold their rest into ``div.more-content``
  under 展开全部;

* ``postfoot`` (stop 43): a board's answers whose ``div.item-footer`` holds a 补充 paragraph
  (the answerer's follow-up, gold) above the 赞/回复 row: ``footer`` named the whole cell
  furniture, so the follow-up went with the buttons;
* ``cmtbox`` (stop 43): a short post on a site whose name says no board word, its replies in a
  box named as comments (``div.comment-wrap > ul.cmt-list > li.cmt``) whose items name no
  text (``p.cmt-txt``), on a page that names no article body: H104 took the replies for a news
  page's readers' comments.

The two stop-43 families come from their own random stream, ``pages // 4`` pages each after
the ``pages`` pages of the others, so those are dealt as before.

held-out families (never tuned on: score them, do not read their misses)
* ``column``: a blog/column page whose article body is ``div.Post-RichText.ztext`` beside a
  ``copyright`` notice, readers' replies named ``comment-text`` in ``ul.comment-list``;
* ``status``: a microblog status page (no board word in its name): ``div.status-text``, then
  ``li.comment-item`` replies with ``div.comment-body`` and a 回复/点赞 row; a long status
  folds its rest into ``span.status-more``.

Shapes as gen_forum_boards (plain, terse, outweigh, quote). Scored as gen_forum::

    .venv/bin/python benchmarks/gen_forum_markup.py --split dev --pages 96
    .venv/bin/python benchmarks/gen_forum_markup.py --split heldout --pages 96

>>> pages = make_pages(seed=2, pages=8, split="heldout")
>>> sorted({p["family"] for p in pages}), all(p["posts"] and "<html" in p["html"] for p in pages)
(['column', 'status'], True)
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_forum as gf  # noqa: E402
import gen_forum_boards as gb  # noqa: E402

SPLITS = {"dev": ("zhihu", "qacomments"), "heldout": ("column", "status")}
SHAPES = gb.SHAPES
_E = gb._E
_p, _br, _quote = gb._p, gb._br, gb._quote


def _zhihu(posts, title, rng):
    q = posts[0]

    def answer(p, folded):
        fold = ('<button class="ContentItem-more">展开阅读全文</button>' if folded else "")
        quote = _quote(p, lambda u, s: f"<blockquote>{_E(u)}：{_E(s)}</blockquote>")
        return (f'<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" itemprop="suggestedAnswer" '
                f'itemtype="http://schema.org/Answer" itemscope=""><div class="ContentItem-meta"><div class="AuthorInfo">'
                f'<a class="UserLink-link" href="#">{_E(p["user"])}</a><div class="AuthorInfo-badgeText">'
                f'{gf._LEVELS[p["pid"] % len(gf._LEVELS)]}</div></div></div><div class="RichContent RichContent--unescapable'
                f'{" is-collapsed" if folded else ""}"><span><div class="RichContent-inner"><span class="RichText ztext '
                f'CopyrightRichText-richText css-117anjg" itemprop="text">{quote}{_p(p["lines"])}</span></div></span>{fold}'
                f'<div class="ContentItem-time"><a href="#"><span>编辑于 {p["date"]}</span></a></div>'
                f'<div class="ContentItem-actions"><button class="VoteButton">赞同 {rng.randint(1, 900)}</button>'
                f'<button>{rng.randint(0, 99)} 条评论</button><button>分享</button><button>收藏</button></div></div></div></div>')

    answers = "".join(answer(p, rng.random() < 0.4) for p in posts[1:])
    return (f'<div class="QuestionPage" itemscope="" itemtype="http://schema.org/Question"><div class="QuestionHeader">'
            f'<div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-tags">'
            f'<a class="TopicLink" href="#">生活</a></div><h1 class="QuestionHeader-title">{_E(title)}</h1>'
            f'<div class="QuestionRichText QuestionRichText--collapsed"><span class="RichText ztext css-117anjg" '
            f'itemprop="text">{_p(q["lines"])}</span></div></div><div class="QuestionHeader-side"><div class="NumberBoard">'
            f'<div>关注者</div><strong>{rng.randint(9, 999)}</strong><div>被浏览</div><strong>{rng.randint(1000, 99999)}</strong>'
            f'</div></div></div></div><div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn">'
            f'<div class="Card AnswersNavWrapper"><div class="List"><div class="List-header"><h4 class="List-headerText">'
            f'<span>{len(posts) - 1} 个回答</span></h4><div class="List-headerOptions">默认排序</div></div><div>{answers}'
            f'</div></div></div></div></div><div class="Question-sideColumn"><div class="Card"><div class="Card-header">'
            f'<div class="Card-headerText">相关问题</div></div><div class="SimilarQuestions-item"><a href="#">'
            f'{_E(title[:6])}有哪些注意事项？</a> 12 个回答</div></div><div class="Card"><div class="Pc-card">广告</div>'
            f'</div></div></div></div>',
            ["展开阅读全文", "条评论", "关注者", "被浏览", "编辑于", "相关问题", "默认排序"], "知乎")


def _folded(lines, rng, build=_p):
    """A long text's first line, the rest folded into a ``more`` box under 展开全部 (half the time)."""
    if len(lines) < 2 or rng.random() < 0.5:
        return build(lines)
    return (f'{build(lines[:1])}<div class="more-content" style="max-height:0;overflow:hidden">{build(lines[1:])}</div>'
            f'<a class="show-more" href="javascript:;">展开全部</a>')


def _qacomments(posts, title, rng):
    q = posts[0]
    out = [f'<div class="topic"><h1 class="topic-title">{_E(title)}</h1><div class="topic-meta"><a href="#">{_E(q["user"])}'
           f'</a> 发布于 {q["date"]} · 阅读 {rng.randint(99, 9999)}</div><div class="topic-body">{_folded(q["lines"], rng)}</div>'
           f'<div class="topic-actions"><a href="#">点赞</a> <a href="#">收藏</a> <a href="#">举报</a></div></div>'
           f'<div class="comment-box" id="comments"><div class="comment-header">全部回复 {len(posts) - 1}</div>'
           f'<div class="comment-list">']
    for p in posts[1:]:
        quote = _quote(p, lambda u, s: f'<div class="comment-quote">回复 @{_E(u)}：{_E(s)}</div>')
        out.append(f'<div class="comment-item" id="reply-{p["pid"]}"><div class="comment-avatar"><img src="a.png"/></div>'
                   f'<div class="comment-main"><div class="comment-user"><a href="#">{_E(p["user"])}</a>'
                   f'<span class="comment-time">{p["date"]}</span></div>{quote}<div class="comment-content">'
                   f'{_folded(p["lines"], rng)}</div><div class="comment-actions"><a href="#">赞 {rng.randint(0, 50)}</a> '
                   f'<a href="#">回复</a></div></div></div>')
    out.append('</div><div class="comment-more"><a href="#">加载更多回复</a></div><div class="comment-form"><textarea>'
               '</textarea><button>发表回复</button></div></div>')
    return "".join(out), ["全部回复", "加载更多回复", "发布于", "点赞", "展开全部"], "问来问去"


def _postfoot(posts, title, rng):
    q = posts[0]
    out = [f'<div class="question"><h1 class="question-title">{_E(title)}</h1><div class="question-meta"><a href="#">'
           f'{_E(q["user"])}</a> 提问于 {q["date"]}</div><div class="question-body">{_p(q["lines"])}</div></div>'
           f'<div class="answer-list"><div class="answer-count">共 {len(posts) - 1} 个回答</div>']
    for p in posts[1:]:
        added = p.get("added")
        addition = f'<div class="answer-addition"><p>补充：{_E(added)}</p></div>' if added else ""
        out.append(f'<div class="answer-item"><div class="answer-head"><a href="#">{_E(p["user"])}</a> '
                   f'<span class="answer-time">回答于 {p["date"]}</span></div><div class="answer-body">{_p(p["lines"])}</div>'
                   f'<div class="item-footer">{addition}<div class="item-actions"><a href="#">赞 {rng.randint(0, 60)}</a> '
                   f'<a href="#">回复</a> <a href="#">举报</a></div></div></div>')
    out.append('</div>')
    return "".join(out), ["共 ", "提问于", "回答于", "举报"], "家居问答社区"


def _cmtbox(posts, title, rng):
    q = posts[0]
    out = [f'<div class="status"><div class="status-head"><a href="#">{_E(q["user"])}</a> <span class="status-time">'
           f'{q["date"]}</span></div><h1 class="status-title">{_E(title)}</h1><div class="status-txt">{_br(q["lines"])}'
           f'</div><div class="status-op">转发 {rng.randint(1, 30)} 点赞 {rng.randint(1, 300)}</div></div>'
           f'<div class="comment-wrap" id="comments"><div class="cmt-title">评论 {len(posts) - 1}</div><ul class="cmt-list">']
    for p in posts[1:]:
        quote = _quote(p, lambda u, s: f'<blockquote class="cmt-ref">回复 {_E(u)}：{_E(s)}</blockquote>')
        out.append(f'<li class="cmt"><div class="cmt-who"><a href="#">{_E(p["user"])}</a> <span>{p["date"]}</span></div>'
                   f'{quote}<p class="cmt-txt">{_br(p["lines"])}</p><div class="cmt-op"><a href="#">回复</a> '
                   f'<a href="#">赞</a></div></li>')
    out.append('</ul><div class="cmt-more"><a href="#">查看更多评论</a></div></div>')
    return "".join(out), ["查看更多评论", "转发", "评论 "], "小区邻里"


def _column(posts, title, rng):
    q = posts[0]
    out = [f'<article class="Post-Main"><header class="Post-Header"><h1 class="Post-Title">{_E(title)}</h1><div '
           f'class="Post-Author">{_E(q["user"])}</div></header><div class="Post-RichTextContainer"><div class="Post-RichText '
           f'ztext">{_p(q["lines"])}</div></div><div class="ContentItem-time">发布于 {q["date"]}</div>'
           f'<div class="Post-copyright">著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。</div></article>'
           f'<div class="Post-Sub"><div class="comment-wrapper"><h2 class="comment-title">{len(posts) - 1} 条评论</h2>'
           f'<ul class="comment-list">']
    for p in posts[1:]:
        quote = _quote(p, lambda u, s: f'<span class="comment-reply-to">回复 {_E(u)}：</span>')
        out.append(f'<li class="comment-item"><div class="comment-meta"><a href="#">{_E(p["user"])}</a> '
                   f'<span>{p["date"]}</span></div><div class="comment-text">{quote}{_p(p["lines"])}</div>'
                   f'<div class="comment-toolbar"><a href="#">赞</a> <a href="#">回复</a></div></li>')
    out.append('</ul></div></div>')
    return "".join(out), ["著作权归作者所有", "条评论", "发布于"], "专栏"


def _status_text(lines, rng):
    if len(lines) < 2 or rng.random() < 0.5:
        return _br(lines)
    return f'{_br(lines[:1])}<span class="status-more">{_br(lines[1:])}</span><a class="expand">收起全文</a>'


def _status(posts, title, rng):
    q = posts[0]
    out = [f'<div class="status-card"><div class="status-head"><a class="status-name" href="#">{_E(q["user"])}</a>'
           f'<span class="status-time">{q["date"]} 来自 Android</span></div><h1 class="status-title">{_E(title)}</h1>'
           f'<div class="status-text">{_status_text(q["lines"], rng)}</div><div class="status-toolbar"><span>转发 {rng.randint(1, 99)}</span>'
           f'<span>评论 {len(posts) - 1}</span><span>点赞 {rng.randint(1, 999)}</span></div></div>'
           f'<div class="comments-panel"><div class="comments-tab">按热度 | 按时间</div><ul class="comment-list">']
    for p in posts[1:]:
        quote = _quote(p, lambda u, s: f'<div class="comment-ref">//@{_E(u)}：{_E(s)}</div>')
        out.append(f'<li class="comment-item"><img class="comment-face" src="f.jpg"/><div class="comment-wrap"><div '
                   f'class="comment-name"><a href="#">{_E(p["user"])}</a></div><div class="comment-body">'
                   f'{_br(p["lines"])}{quote}</div><div class="comment-foot"><span>{p["date"]}</span> <a href="#">回复</a> '
                   f'<a href="#">点赞</a></div></div></li>')
    out.append('</ul><div class="comments-more">查看更多</div></div>')
    return "".join(out), ["按热度", "来自 Android", "查看更多", "转发", "收起全文"], "小动态"


_FAMILIES = {"zhihu": _zhihu, "qacomments": _qacomments, "column": _column, "status": _status, "postfoot": _postfoot,
             "cmtbox": _cmtbox}
#: Families dealt from their own random stream after the others (see the module docstring).
EXTRA = {"dev": ("postfoot", "cmtbox"), "heldout": ()}


def _page(rng: random.Random, family: str, shape: str, doc_id: str) -> dict:
    topic = rng.choice(gf._TOPICS)
    title = f"{topic}{rng.choice(['到底怎么选', '有什么坑', '求大家支招', '过来人说说'])}"
    posts = gb._posts(rng, shape)
    if family == "postfoot":
        for p in posts[1:]:
            if rng.random() < 0.5:
                p["added"] = gf._sentence(rng)
    body, words, site = _FAMILIES[family](posts, title, rng)
    for p in posts:
        if p.get("added"):  # the follow-up is gold, printed in the post's footer
            p["lines"] = p["lines"] + [f"补充：{p['added']}"]
    nav = gf.nav_items(["首页", "发现", "等你来答", "消息"])
    page = gf.page_frame(title, site, f'<div class="AppHeader"><div class="AppHeader-inner"><a class="logo" href="/">{site}</a>'
                         f'<ul class="Tabs">{nav}</ul><div class="SearchBar"><input placeholder="搜索" /></div></div></div>'
                         f'<main class="App-main">{body}</main><footer class="Footer"><p>关于我们 | 联系我们 | 侵权举报</p>'
                         f'<p>© 2024 {site} 京ICP备23456789号</p></footer>')
    gold, chrome = gf.gold_and_chrome(posts, words, signed=False)
    return {"id": doc_id, "family": family, "shape": shape, "title": title, "html": page, "posts": gold, "chrome": chrome}


def make_pages(seed: int = 1, pages: int = 96, split: str = "dev") -> list[dict]:
    families = SPLITS[split]
    rng = random.Random(f"markup-{split}-{seed}")
    out = [_page(rng, families[k % len(families)], SHAPES[(k // len(families)) % len(SHAPES)], f"{split}-{k:04d}")
           for k in range(pages)]
    extra = EXTRA[split]
    rng = random.Random(f"markup-{split}-extra-{seed}")
    n = len(extra) * (pages // 4)
    return out + [_page(rng, extra[k % len(extra)], SHAPES[(k // len(extra)) % len(SHAPES)], f"{split}-{pages + k:04d}")
                  for k in range(n)]


def main(argv: list[str] | None = None) -> None:
    args = gf.split_options(__doc__, SPLITS, 96, argv)
    gf.score_split(make_pages, args, SPLITS[args.split] + EXTRA[args.split] + SHAPES)

if __name__ == "__main__":
    main()
