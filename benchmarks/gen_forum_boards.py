"""Threads whose posts are not one run of like siblings, as real boards print them, with gold.

gen_forum_sites prints threads whose posts are siblings built alike (Discuz's ``table.plhin``
run, Tieba's ``div.l_post``). What makes real threads hard is elsewhere, so each family here
is a board or Q&A site whose page breaks that assumption in its own way:

dev families (tuned on)
* ``hupu``: 虎扑-like: the first post in its own box (``bbs-post-web``), the replies in
  another (``post-reply-list``), a 这些回帖亮了 box repeating the best replies above them;
* ``douban``: 豆瓣小组: ``div.topic-content`` then ``ul#comments > li.comment-item`` with
  ``reply-doc``, a quoted reply (``reply-quote``) inside some replies;
* ``xenforo``: XenForo in Chinese: ``article.message`` posts numbered ``js-post-N``,
  ``bbWrapper`` text, ``blockquote.bbCodeBlock--quote`` quotes, signatures, 赞/回复 bar;
* ``ask120``: a medical Q&A page (寻医问药/有问必答-like): a question box, then answers of
  doctors each with a card (医生, 职称, 医院), under a site name that names no board;
* ``dvbbs``: 动网-like: each post split across two sibling tables (text; date and buttons);
* ``owner``: a custom board whose posts share no class (``main-floor``, ``floor-odd``/``-even``,
  ``floor-owner`` for the starter's replies);
* ``weibo``: a microblog post, then its comments under a 评论/热门评论 heading;
* ``reviews``: a page of short reviews (豆瓣短评-like), no first post;
* ``answer``: 知乎's answer page: the question, one answer in its card, 更多回答 in another;
* ``article``: a news article with its readers' comments under it (网友评论 / 已有 N 条评论):
  the article in ``div.article-content``, comments as ``div.cmt-item`` with user, floor,
  顶/踩/回复, a 发表评论 box above them. The gold is the article alone (docs/html.md: a news
  page's gold stops where its readers' comments begin): the comments' text counts as chrome;
  made beside the boards (``ARTICLE_SPLITS``: 24 more pages for ``--pages 216``);

held-out families (never tuned on: score them, do not read their misses)
* ``autohome``: 汽车之家-like club: first post ``div.post-container``, each reply its own
  ``div.reply-floor`` table pair split by ad rows, 楼中楼 under some replies;
* ``segment``: a programming Q&A (思否-like): ``article.question``, ``div.answer-item``
  answers with comment lists under them, 采纳 and vote buttons, site name without a board word;
* ``discourse``: Discourse: ``div.topic-post`` posts (``cooked`` text), generator meta,
  the rest lazy-loaded (``加载更多回复``) after the first page;
* ``wap``: a phone view: ``section`` cards, the first post's text named unlike the replies';
* ``flarum``: Flarum's ``PostStream-item`` posts with ``Post-body`` text;
* ``v2ex``: V2EX-like: the topic's ``markdown_body``, replies as ``div.cell`` tables (floor,
  user, time, ♥ thanks, ``reply_content``), a site name without a board word, hot topics
  beside (made beside the boards, from its own stream: 22 pages at ``--pages 112``).

Shapes, dealt in turn: ``plain``; ``terse`` (replies of 顶/支持/谢谢楼主); ``outweigh`` (a
one-line question, long replies); ``quote`` (replies quoting earlier posts). Scored as in
gen_forum (post recall, question kept, chrome kept)::

    .venv/bin/python benchmarks/gen_forum_boards.py --split dev --pages 216
    .venv/bin/python benchmarks/gen_forum_boards.py --split heldout --pages 120

>>> pages = make_pages(seed=2, pages=10, split="heldout")
>>> sorted({p["family"] for p in pages}), all(p["posts"] and "<html" in p["html"] for p in pages)
(['autohome', 'discourse', 'flarum', 'segment', 'v2ex', 'wap'], True)
"""
from __future__ import annotations

import html as htmlmod
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_forum as gf  # noqa: E402

SPLITS = {"dev": ("hupu", "douban", "xenforo", "ask120", "dvbbs", "owner", "weibo", "reviews", "answer"),
          "heldout": ("autohome", "segment", "discourse", "wap", "flarum")}
#: Families made beside the boards, from their own random stream, one page per board family
#: cycle, so that adding one leaves every board page (and its figure) as it was (held out:
#: ``v2ex``, added at stop 42).
ARTICLE_SPLITS = {"dev": ("article",), "heldout": ("v2ex",)}
SHAPES = ("plain", "terse", "outweigh", "quote")
_E = htmlmod.escape
_TERSE = ["顶顶顶", "支持楼主", "谢谢楼主分享", "mark一下", "同问", "学习了", "前排围观", "楼主好人"]
_DOCTORS = ["主治医师", "副主任医师", "主任医师"]
_HOSPITALS = ["市第一人民医院", "省中医院", "区妇幼保健院", "县人民医院"]


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{_E(s)}</p>" for s in lines)


def _br(lines: list[str]) -> str:
    return "<br />".join(_E(s) for s in lines)


def _posts(rng: random.Random, shape: str) -> list[dict]:
    posts = []
    for i in range(rng.randint(4, 8)):
        if i == 0:
            lines = [gf._sentence(rng)] if shape == "outweigh" else gf._post_text(rng, True)
        elif shape == "terse" and rng.random() < 0.7:
            lines = [rng.choice(_TERSE) + "，" + gf._sentence(rng)[:6]] if rng.random() < 0.2 else [rng.choice(_TERSE)]
        elif shape == "outweigh":
            lines = [gf._sentence(rng) for _ in range(rng.randint(3, 6))]
        else:
            lines = gf._post_text(rng, False)
        posts.append({"user": rng.choice(gf._USERS), "lines": lines, "pid": 5200 + 13 * i,
                      "date": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(10, 59)}",
                      "sig": rng.choice(gf._SIGS) if rng.random() < 0.3 else None})
    # terse replies repeat: keep each gold line once per page so recall counts each post
    seen: set[str] = set()
    for p in posts:
        p["lines"] = [s for s in p["lines"] if not (s in seen or seen.add(s))] or [gf._sentence(rng)]
    if shape == "quote":
        for i, p in enumerate(posts[2:], 2):
            if rng.random() < 0.6:
                src = posts[rng.randint(1, i - 1)]
                p["quote"] = (src["user"], src["lines"][0])
    return posts


def _quote(p: dict, build) -> str:
    return build(*p["quote"]) if p.get("quote") else ""


def _hupu(posts, title, rng):
    q = posts[0]
    lights = rng.sample(posts[1:], min(2, len(posts) - 1))
    light = "".join(f'<div class="post-reply-list light"><div class="user-base-info"><a href="#">{_E(p["user"])}</a>'
                    f'<span class="post-reply-list-user-info-top-time">{p["date"]}</span></div><div class="reply-list-content">'
                    f'<div class="thread-content-detail">{_p(p["lines"])}</div></div><div class="todo-list">'
                    f'<span>亮了({rng.randint(5, 99)})</span><span>回复</span></div></div>' for p in lights)
    out = [f'<div class="bbs-post-web"><div class="post-user"><a class="post-user-comp-info-top-name" href="#">'
           f'{_E(q["user"])}</a><span class="post-user-comp-info-top-time">{q["date"]}</span><span>楼主</span></div>'
           f'<div class="bbs-post-web-main"><h1 class="name">{_E(title)}</h1><div class="bbs-post-web-main-content">'
           f'<div class="thread-content-detail">{_p(q["lines"])}</div></div><div class="post-operate">'
           f'<span>推荐({rng.randint(1, 50)})</span><span>收藏</span><span>分享</span></div></div></div>'
           f'<div class="post-wrapper-light"><div class="wrapper-title">这些回帖亮了</div>{light}</div>'
           f'<div class="post-wrapper"><div class="wrapper-title">全部回帖</div>']
    for i, p in enumerate(posts[1:], 1):
        quote = _quote(p, lambda u, s: f'<blockquote class="quote-content"><span>引用 {_E(u)} 发表的：</span><p>{_E(s)}</p></blockquote>')
        out.append(f'<div class="post-reply-list" id="{p["pid"]}"><div class="post-reply-list-container"><div class="user-base-info">'
                   f'<a href="#">{_E(p["user"])}</a><span class="post-reply-list-user-info-top-time">{p["date"]}</span>'
                   f'<span class="floor">{i}楼</span></div><div class="reply-list-content">{quote}<div class="thread-content-detail">'
                   f'{_p(p["lines"])}</div></div><div class="todo-list"><span>亮了({rng.randint(0, 9)})</span><span>回复</span>'
                   f'<span>举报</span></div></div></div>')
    out.append(f'</div><div class="pagination"><a href="#">上一页</a><a href="#">1</a><a href="#">2</a><a href="#">下一页</a></div>')
    return "".join(out), ["这些回帖亮了", "全部回帖", "亮了(", "推荐("], "虎扑社区"


def _douban(posts, title, rng):
    q = posts[0]
    out = [f'<div id="content"><h1>{_E(title)}</h1><div class="grid-16-8 clearfix"><div class="article"><div class="topic-content '
           f'clearfix"><div class="user-face"><a href="#"><img class="pil" src="u.jpg" alt="{_E(q["user"])}"/></a></div>'
           f'<div class="topic-doc"><h3><span class="from">来自: <a href="#">{_E(q["user"])}</a></span><span class="create-time '
           f'color-green">{q["date"]}</span></h3><div class="topic-content"><div class="rich-content topic-richtext">'
           f'{_p(q["lines"])}</div></div><div class="sns-bar"><a href="#">回应</a> <a href="#">推荐</a> <a href="#">喜欢</a>'
           f'</div></div></div><ul class="topic-reply" id="comments">']
    for p in posts[1:]:
        quote = _quote(p, lambda u, s: f'<div class="reply-quote"><span class="short">{_E(s)}</span><span class="pubdate">'
                                       f'<a href="#">{_E(u)}</a></span></div>')
        out.append(f'<li class="clearfix comment-item reply-item" id="{p["pid"]}" data-cid="{p["pid"]}"><div class="user-face">'
                   f'<a href="#"><img class="pil" src="u.jpg" alt="{_E(p["user"])}"/></a></div><div class="reply-doc content">'
                   f'<div class="bg-img-green"><h4><a href="#">{_E(p["user"])}</a><span class="pubtime">{p["date"]}</span>'
                   f'</h4></div>{quote}<p class="reply-content">{_br(p["lines"])}</p><div class="operation_div">'
                   f'<a class="comment-vote" href="#">赞</a> <a class="lnk-reply" href="#">回应</a> <a href="#">删除</a></div>'
                   f'</div></li>')
    out.append('</ul><div class="paginator"><span class="thispage">1</span><a href="#">2</a><span class="next"><a href="#">'
               '后页&gt;</a></span></div></div><div class="aside"><div class="group-intro"><h2>小组简介</h2><p>'
               '这里是邻里生活小组，欢迎分享日常经验，禁止广告，违者删帖。</p></div></div></div></div>')
    return "".join(out), ["回应", "后页", "小组简介", "来自:"], "豆瓣"


def _xenforo(posts, title, rng):
    out = [f'<div class="p-body-header"><h1 class="p-title-value">{_E(title)}</h1><ul class="p-description"><li>'
           f'<a class="username" href="#">{_E(posts[0]["user"])}</a></li><li><time>{posts[0]["date"]}</time></li></ul></div>'
           f'<div class="block block--messages"><div class="block-outer"><div class="pageNav"><a href="#">1</a><a href="#">2</a>'
           f'<a class="pageNav-jump--next" href="#">下一页</a></div></div><div class="block-container"><div class="block-body">']
    for i, p in enumerate(posts):
        quote = _quote(p, lambda u, s: f'<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote">'
                                       f'<div class="bbCodeBlock-title">{_E(u)} 说：</div><div class="bbCodeBlock-content">'
                                       f'{_E(s)}</div></blockquote>')
        sig = f'<aside class="message-signature"><div class="bbWrapper">{_E(p["sig"])}</div></aside>' if p["sig"] else ""
        out.append(f'<article class="message message--post js-post" data-author="{_E(p["user"])}" id="js-post-{p["pid"]}">'
                   f'<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">'
                   f'<div class="message-userDetails"><h4 class="message-name"><a class="username" href="#">{_E(p["user"])}</a>'
                   f'</h4><h5 class="userTitle message-userTitle">{gf._LEVELS[i % len(gf._LEVELS)]}</h5></div></section></div>'
                   f'<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution">'
                   f'<ul class="message-attribution-main"><li><time>{p["date"]}</time></li></ul><ul class="message-attribution-opposite">'
                   f'<li><a href="#">#{i + 1}</a></li></ul></header><div class="message-content"><div class="message-userContent">'
                   f'<article class="message-body"><div class="bbWrapper">{quote}{_br(p["lines"])}</div></article></div>{sig}</div>'
                   f'<footer class="message-footer"><div class="message-actionBar"><a href="#">举报</a> <a href="#">赞</a> '
                   f'<a href="#">+ 引用</a> <a href="#">回复</a></div></footer></div></div></div></article>')
    out.append('</div></div></div><div class="block-outer"><a href="#">你必须登录或注册后才能发表回复。</a></div>')
    return "".join(out), ["+ 引用", "#1", "下一页"], "邻家论坛"


def _ask120(posts, title, rng):
    q = posts[0]
    out = [f'<div class="b_askti"><h1 id="d_askH1">{_E(title)}</h1><div class="b_askab1"><span>{_E(q["user"])}</span>'
           f'<span>男|{rng.randint(18, 70)}岁</span><span>{q["date"]}</span></div></div><div class="b_askcont">'
           f'<div class="crazy_new"><p class="crazy_keys"><span>健康咨询描述：</span></p>{_p(q["lines"])}</div></div>'
           f'<div class="b_answerarea"><div class="b_answerti">共{len(posts) - 1}条医生回复</div>']
    for p in posts[1:]:
        out.append(f'<div class="b_answerbox"><div class="b_answertl"><div class="b_docface"><img src="d.jpg"/></div>'
                   f'<div class="b_sp1"><a class="b_docname" href="#">{_E(p["user"])}</a> <span>{rng.choice(_DOCTORS)}</span>'
                   f'</div><div class="b_sp2">{rng.choice(_HOSPITALS)}</div><div class="b_sp3">擅长：常见病诊治</div></div>'
                   f'<div class="b_answercont"><div class="b_anscont_cont"><div class="crazy_new">{_p(p["lines"])}</div></div>'
                   f'<div class="b_anscont_time"><span>{p["date"]}</span><a href="#">向TA提问</a></div></div></div>')
    out.append('</div><div class="b_route"><h3>相关问题</h3><ul>'
               + "".join(f'<li><a href="#">{t}</a></li>' for t in rng.sample(gf._HOT, 4)) + "</ul></div>")
    return "".join(out), ["向TA提问", "医生回复", "擅长：", "相关问题"], "有问必答网"


def _autohome(posts, title, rng):
    q = posts[0]
    out = [f'<div class="post-container"><div class="post-title"><h1>{_E(title)}</h1></div><div class="post-handle">'
           f'<a href="#">只看楼主</a><span>{q["date"]}</span></div><div class="post-user"><a href="#">{_E(q["user"])}</a>'
           f'<span>车主</span></div><div class="post-content"><div class="tz-paragraph">{_p(q["lines"])}</div></div></div>'
           f'<div class="reply-wrap" id="reply-list">']
    for i, p in enumerate(posts[1:], 1):
        lzl = (f'<div class="reply-sub"><ul><li><a href="#">{rng.choice(gf._USERS)}</a>：<span class="reply-sub-text">'
               f'{_E(gf._sentence(rng))}</span></li></ul></div>') if rng.random() < 0.3 else ""
        quote = _quote(p, lambda u, s: f'<div class="reply-quote">引用 {_E(u)} 的回复：<p>{_E(s)}</p></div>')
        out.append(f'<div class="reply-floor" data-floor="{i}"><table class="reply-t"><tr><td class="reply-user"><a href="#">'
                   f'{_E(p["user"])}</a><p>精华帖 {rng.randint(0, 9)}</p></td><td class="reply-main"><div class="reply-head">'
                   f'<span>{i}楼</span> <span>{p["date"]}</span></div><div class="reply-detail">{quote}{_br(p["lines"])}</div>'
                   f'{lzl}</td></tr></table><table class="reply-tool"><tr><td><a href="#">回复</a> <a href="#">有用</a></td></tr>'
                   f'</table></div>' + ('<div class="ad-banner"><a href="#">点击领取新车优惠</a></div>' if i == 2 else ""))
    out.append('</div><div class="pages"><a href="#">1</a><a href="#">2</a><a href="#">下一页</a></div>')
    return "".join(out), ["只看楼主", "精华帖", "点击领取新车优惠", "有用"], "汽车之家"


def _segment(posts, title, rng):
    q = posts[0]
    out = [f'<article class="question"><h1 class="question-title">{_E(title)}</h1><div class="question-meta">'
           f'<a href="#">{_E(q["user"])}</a> 提问于 {q["date"]}</div><div class="fmt article-content">{_p(q["lines"])}</div>'
           f'<div class="question-ops"><button>关注</button><button>收藏</button><span>被浏览 {rng.randint(10, 999)}</span>'
           f'</div></article><div class="answers-wrap"><h3>{len(posts) - 1} 个回答</h3>']
    for i, p in enumerate(posts[1:], 1):
        cmts = (f'<ul class="comments-list"><li class="comment-item"><a href="#">{rng.choice(gf._USERS)}</a>：'
                f'<span>{_E(rng.choice(gf._SHORT))}</span> <span class="time">{p["date"]}</span></li></ul>') if rng.random() < 0.4 else ""
        out.append(f'<div class="answer-item" id="a-{p["pid"]}"><div class="answer-vote"><button>赞</button><span>'
                   f'{rng.randint(0, 50)}</span><button>踩</button>{"<span>已采纳</span>" if i == 1 else ""}</div>'
                   f'<div class="answer-main"><div class="fmt answer-content">{_p(p["lines"])}</div><div class="answer-meta">'
                   f'<a href="#">{_E(p["user"])}</a> 回答于 {p["date"]}</div>{cmts}</div></div>')
    out.append('</div><div class="side-related"><h3>相关问题</h3><ul>'
               + "".join(f'<li><a href="#">{t}</a></li>' for t in rng.sample(gf._HOT, 4)) + "</ul></div>")
    return "".join(out), ["提问于", "回答于", "已采纳", "被浏览"], "思否"


def _discourse(posts, title, rng):
    shown = max(3, len(posts) - 2)
    out = [f'<div id="topic-title"><h1><a class="fancy-title" href="#">{_E(title)}</a></h1></div><div class="posts-wrapper">']
    for i, p in enumerate(posts[:shown]):
        out.append(f'<div class="topic-post clearfix regular" id="post_{i + 1}"><article class="boxed onscreen-post" '
                   f'data-post-id="{p["pid"]}"><div class="row"><div class="topic-avatar"><img src="a.png"/></div>'
                   f'<div class="topic-body clearfix"><div class="topic-meta-data"><div class="names"><span class="username">'
                   f'<a href="#">{_E(p["user"])}</a></span></div><div class="post-infos"><span class="relative-date">'
                   f'{p["date"]}</span></div></div><div class="regular contents"><div class="cooked">{_p(p["lines"])}</div>'
                   f'<section class="post-menu-area"><nav class="post-controls"><button>赞</button><button>分享</button>'
                   f'<button>回复</button></nav></section></div></div></div></article></div>')
    out.append('</div><div class="more-topics"><button class="load-more">加载更多回复</button></div>')
    for p in posts[shown:]:
        p["lines"] = []  # not on the page: lazy-loaded
    return "".join(out), ["加载更多回复", "分享"], "邻家社区"


def _dvbbs(posts, title, rng):
    """动网-like: each post two sibling tables (text, then its date and buttons), rows alternating
    ``tablebody1``/``tablebody2``."""
    out = [f'<table class="tableborder1" align="center"><tr><th class="tabletitle1">* 帖子主题：{_E(title)}</th></tr></table>']
    for i, p in enumerate(posts):
        row = f"tablebody{1 + i % 2}"
        sig = f'<br /><br />--------------------<br />{_E(p["sig"])}' if p["sig"] else ""
        out.append(f'<table class="tableborder1" cellspacing="1" align="center"><tr><td class="{row}" width="175" '
                   f'rowspan="2"><b>{_E(p["user"])}</b><br />等级：{gf._LEVELS[i % len(gf._LEVELS)]}<br />文章：'
                   f'{rng.randint(1, 900)}<br />积分：{rng.randint(10, 9000)}</td><td class="{row}"><b>{"" if i == 0 else "回复："}'
                   f'{_E(title)}</b><hr /><span id="textstyle_{i + 1}">{_br(p["lines"])}</span>{sig}</td></tr></table>'
                   f'<table class="tableborder1" cellspacing="1" align="center"><tr><td class="{row}" width="175">'
                   f'<a href="#">IP:已设置保密</a></td><td class="{row}">{p["date"]} <a href="#">引用</a> <a href="#">回复</a> '
                   f'第{i + 1}楼</td></tr></table>')
    out.append('<table class="tableborder1"><tr><td class="tablebody2">共 1 页 <b>1</b> 快速回复：<textarea></textarea>'
               '</td></tr></table>')
    return "".join(out), ["IP:已设置保密", "积分：", "快速回复", "帖子主题"], "邻家论坛"


def _owner(posts, title, rng):
    """A custom board: the first post ``div.main-floor``, replies ``div.floor-odd``/``div.floor-even``,
    the thread starter's own replies ``div.floor-owner``: no class shared by three posts."""
    out = [f'<div class="thread-title"><h1>{_E(title)}</h1><span>楼主：{_E(posts[0]["user"])}</span></div>']
    for i, p in enumerate(posts):
        cls = "main-floor" if i == 0 else "floor-owner" if rng.random() < 0.25 else ("floor-odd", "floor-even")[i % 2]
        out.append(f'<div class="{cls}" id="floor{i + 1}"><div class="floor-user"><a href="#">{_E(p["user"])}</a>'
                   f'<em>{"楼主" if i == 0 else f"{i + 1}楼"}</em></div><div class="floor-body"><div class="floor-text">'
                   f'{_p(p["lines"])}</div><div class="floor-foot"><span>{p["date"]}</span> <a href="#">回复</a> '
                   f'<a href="#">举报</a></div></div></div>')
    out.append('<div class="reply-box"><a href="#">登录</a>后才可以回帖</div>')
    return "".join(out), ["登录", "举报"], "邻家社区"


def _wap(posts, title, rng):
    """A phone view: ``section`` cards, the first post's text in ``div.thread-main``, the replies'
    in ``div.rp-txt``, each reply's user and floor in a ``header``."""
    q = posts[0]
    out = [f'<div class="top-bar"><a href="#">返回</a><span>帖子</span></div><section class="thread-main-card"><h2>'
           f'{_E(title)}</h2><div class="author-line">{_E(q["user"])} · {q["date"]}</div><div class="thread-main">'
           f'{_p(q["lines"])}</div></section><div class="rp-title">全部回复</div>']
    for i, p in enumerate(posts[1:], 1):
        out.append(f'<section class="rp-card"><header><span>{_E(p["user"])}</span><span>{i}楼</span></header>'
                   f'<div class="rp-txt">{_br(p["lines"])}</div><div class="rp-time">{p["date"]}</div></section>')
    out.append('<div class="load-more"><a href="?page=2">点击加载更多</a></div><div class="app-bar">打开APP，阅读体验更佳</div>')
    return "".join(out), ["打开APP", "点击加载更多", "全部回复"], "邻家社区"


def _weibo(posts, title, rng):
    """A microblog post and its comments under a 评论 tab (热门评论 / 全部评论 headings)."""
    q = posts[0]
    out = [f'<div class="WB_detail"><div class="WB_info"><a class="W_f14" href="#">{_E(q["user"])}</a></div>'
           f'<div class="WB_from">{q["date"]} 来自 iPhone客户端</div><div class="WB_text">{_br(q["lines"])}</div></div>'
           f'<div class="WB_handle"><ul><li>转发 {rng.randint(1, 99)}</li><li>评论 {len(posts) - 1}</li>'
           f'<li>赞 {rng.randint(1, 999)}</li></ul></div><div class="WB_feed_repeat"><div class="repeat_list">'
           f'<h4 class="list_title">{rng.choice(["评论", "热门评论", "全部评论", "最新评论"])}</h4><div class="list_box">']
    for p in posts[1:]:
        out.append(f'<div class="list_li S_line1" comment_id="{p["pid"]}"><div class="WB_face"><img src="f.jpg"/></div>'
                   f'<div class="list_con"><div class="WB_text"><a href="#">{_E(p["user"])}</a>：{_E(" ".join(p["lines"]))}'
                   f'</div><div class="WB_func"><div class="WB_from S_txt2">{p["date"]}</div><ul><li>回复</li><li>赞</li></ul>'
                   f'</div></div></div>')
    out.append('</div><a class="WB_cardmore" href="#">查看更多评论</a></div></div>')
    return "".join(out), ["来自 iPhone客户端", "转发", "查看更多评论"], "微博"


def _reviews(posts, title, rng):
    """A page of short reviews (豆瓣短评-like): no first post, each review a user line with its
    stars and date, the text, a 有用 count."""
    out = [f'<div id="content"><h1>{_E(title)} 短评</h1><div class="tabs"><a href="#">看过</a> <a href="#">想看</a></div>'
           f'<div class="mod-bd" id="comments">']
    for p in posts:
        out.append(f'<div class="comment-item" data-cid="{p["pid"]}"><div class="avatar"><a href="#"><img src="u.jpg"/></a>'
                   f'</div><div class="comment"><h3><span class="comment-vote"><span class="votes">{rng.randint(0, 900)}</span>'
                   f' <a href="#">有用</a></span><span class="comment-info"><a href="#">{_E(p["user"])}</a> <span>看过</span> '
                   f'<span class="allstar40 rating" title="推荐"></span> <span class="comment-time">{p["date"]}</span></span></h3>'
                   f'<p class="comment-content"><span class="short">{_E(" ".join(p["lines"]))}</span></p></div></div>')
    out.append('</div><div id="paginator"><a href="#" class="next">后页 &gt;</a></div></div>')
    return "".join(out), ["有用", "看过", "后页"], "豆瓣电影"


def _flarum(posts, title, rng):
    """Flarum: ``div.PostStream-item`` posts, ``article.CommentPost``, ``div.Post-body`` text."""
    out = [f'<header class="Hero DiscussionHero"><div class="container"><h2 class="DiscussionHero-title">{_E(title)}</h2>'
           f'</div></header><div class="DiscussionPage-stream"><div class="PostStream">']
    for i, p in enumerate(posts):
        out.append(f'<div class="PostStream-item" data-index="{i}"><article class="Post CommentPost"><div><header '
                   f'class="Post-header"><ul><li class="item-user"><div class="PostUser"><h3><a href="#">{_E(p["user"])}</a>'
                   f'</h3></div></li><li class="item-meta"><a class="Dropdown-toggle" href="#"><time>{p["date"]}</time></a></li>'
                   f'</ul></header><div class="Post-body">{_p(p["lines"])}</div><aside class="Post-actions"><ul><li><button>'
                   f'赞</button></li><li><button>回复</button></li></ul></aside></div></article></div>')
    out.append('</div></div><nav class="DiscussionPage-nav"><ul><li><button>回复</button></li><li><button>关注</button></li>'
               '</ul></nav>')
    return "".join(out), ["关注"], "邻家社区"


def _v2ex(posts, title, rng):
    """V2EX-like: the topic in ``div.box`` (``topic_content > markdown_body``), each reply a
    ``div.cell`` table (avatar, floor ``span.no``, ``strong > a.dark`` user, ``span.ago``,
    ♥ thanks, ``div.reply_content``), a site name without a board word, hot topics beside."""
    q = posts[0]
    out = [f'<div id="Main"><div class="box"><div class="header"><a href="/">V2EX</a> <span class="chevron">›</span> '
           f'<a href="/go/qna">问与答</a><h1>{_E(title)}</h1><small class="gray"><a href="/member/{q["pid"]}">'
           f'{_E(q["user"])}</a> · {q["date"]} · {rng.randint(300, 9000)} 次点击</small></div><div class="cell">'
           f'<div class="topic_content"><div class="markdown_body">{_p(q["lines"])}</div></div></div><div class="topic_buttons">'
           f'<a href="#">加入收藏</a> <a href="#">忽略主题</a> <a href="#">感谢</a></div></div><div class="box"><div class="cell">'
           f'<span class="gray">{len(posts) - 1} 条回复 • {posts[-1]["date"]}</span></div>']
    for i, p in enumerate(posts[1:], 1):
        out.append(f'<div id="r_{p["pid"]}" class="cell"><table><tr><td width="48"><img class="avatar" src="a.png" /></td>'
                   f'<td><div class="fr"><div class="thank_area"><a href="#">感谢回复者</a></div><span class="no">{i}</span>'
                   f'</div><strong><a href="/member/{p["pid"]}" class="dark">{_E(p["user"])}</a></strong> <span class="ago">'
                   f'{p["date"]}</span> <span class="small fade">♥ {rng.randint(1, 30)}</span><div class="reply_content">'
                   f'{_br(p["lines"])}</div></td></tr></table></div>')
    hot = "".join(f'<div class="cell"><a href="/t/{k}">{_E(gf._sentence(rng))}</a></div>' for k in range(5))
    out.append(f'<div class="box"><div class="cell">添加一条新回复</div><textarea></textarea></div></div>'
               f'<div id="Rightbar"><div class="box"><div class="cell">今日热议主题</div>{hot}</div></div>')
    return "".join(out), ["次点击", "加入收藏", "忽略主题", "感谢回复者", "添加一条新回复", "今日热议主题"], "V2EX"


def _answer(posts, title, rng):
    """知乎's answer page: the question header, one answer in its own card, then 更多回答 in
    another card: the first answer and the others in different containers."""
    q, main = posts[0], posts[1]
    def item(p, cls):
        return (f'<div class="{cls}"><div class="ContentItem AnswerItem"><div class="ContentItem-meta"><div class="AuthorInfo">'
                f'<a class="UserLink-link" href="#">{_E(p["user"])}</a><div class="AuthorInfo-badgeText">'
                f'{gf._LEVELS[p["pid"] % len(gf._LEVELS)]}</div></div></div><div class="RichContent"><div class="RichContent-inner">'
                f'<span class="RichText ztext">{_p(p["lines"])}</span></div><div class="ContentItem-time">编辑于 {p["date"]}'
                f'</div><div class="ContentItem-actions"><button>赞同 {rng.randint(1, 900)}</button><button>'
                f'{rng.randint(0, 99)} 条评论</button><button>分享</button></div></div></div></div>')
    more = "".join(item(p, "List-item") for p in posts[2:])
    return (f'<div class="QuestionPage"><div class="QuestionHeader"><div class="QuestionHeader-content"><h1 '
            f'class="QuestionHeader-title">{_E(title)}</h1><div class="QuestionHeader-detail"><span class="RichText ztext">'
            f'{_p(q["lines"])}</span></div></div><div class="QuestionHeader-side"><div>关注者</div><strong>{rng.randint(9, 999)}'
            f'</strong></div></div><div class="Question-main"><div class="Question-mainColumn"><a class="QuestionMainAction">'
            f'查看全部 {len(posts) + 20} 个回答</a><div class="Card AnswerCard">{item(main, "QuestionAnswer-content")}</div>'
            f'<div class="Card MoreAnswers"><div class="List"><div class="List-header"><h4>更多回答</h4></div>{more}</div></div>'
            f'</div><div class="Question-sideColumn"><div class="Card"><h3>相关问题</h3></div></div></div></div>',
            ["查看全部", "条评论", "更多回答", "关注者", "编辑于"], "知乎")


def _article(posts, title, rng):
    """A news article, then its comments: a 发表评论 box, 已有 N 条评论, ``div.cmt-item`` each."""
    q = posts[0]
    out = [f'<div class="article"><h1>{_E(title)}</h1><div class="article-info"><span class="time">{q["date"]}</span>'
           f' <span class="source">来源：{_E(q["user"])}</span> <span class="editor">责任编辑：王晓</span></div>'
           f'<div class="article-content">{_p(q["lines"])}</div><div class="share">分享到：微信 微博 QQ空间</div></div>'
           f'<div id="comment" class="comment-area"><div class="cmt-head"><h3>网友评论</h3>'
           f'<span>已有 {len(posts) - 1} 条评论</span></div><div class="cmt-post"><textarea>文明上网，理性发言</textarea>'
           f'<button>发表评论</button></div><div class="cmt-list">']
    for i, p in enumerate(posts[1:], 1):
        out.append(f'<div class="cmt-item" id="cmt-{p["pid"]}"><div class="cmt-user"><img src="u.png"/>'
                   f'<a href="#">{_E(p["user"])}</a> <span class="cmt-floor">{i}楼</span></div>'
                   f'<div class="cmt-text">{_quote(p, lambda u, t: f"<blockquote>{_E(u)}：{_E(t)}</blockquote>")}'
                   f'{_p(p["lines"])}</div><div class="cmt-func"><span>{p["date"]}</span> <a href="#">顶({rng.randint(0, 99)})</a>'
                   f' <a href="#">踩</a> <a href="#">回复</a></div></div>')
    out.append('</div><div class="cmt-more"><a href="#">查看全部评论</a></div></div>')
    return "".join(out), ["责任编辑", "分享到", "已有", "发表评论", "查看全部评论"], "邻里新闻网"


_FAMILIES = {"answer": _answer, "reviews": _reviews, "flarum": _flarum, "weibo": _weibo, "dvbbs": _dvbbs, "owner": _owner, "wap": _wap, "hupu": _hupu, "douban": _douban, "xenforo": _xenforo, "ask120": _ask120, "autohome": _autohome,
             "segment": _segment, "discourse": _discourse, "article": _article, "v2ex": _v2ex}
#: Families whose gold is the first post alone: an article, the readers' comments under it.
_ARTICLE_AND_COMMENTS = {"article"}
_GENERATOR = {"xenforo": "XenForo", "discourse": "Discourse"}


def _page(rng: random.Random, family: str, shape: str, doc_id: str) -> dict:
    topic = rng.choice(gf._TOPICS)
    title = f"{topic}{rng.choice(['到底怎么选', '有什么坑', '求大家支招', '过来人说说'])}"
    posts = _posts(rng, shape)
    body, words, site = _FAMILIES[family](posts, title, rng)
    gen = f'<meta name="generator" content="{_GENERATOR[family]}" />' if family in _GENERATOR else ""
    page = gf.page_frame(title, site, body, head=gen, nav=["首页", "社区", "问答", "活动", "排行榜"])
    gold, chrome = gf.gold_and_chrome(posts, words, article=family in _ARTICLE_AND_COMMENTS)
    return {"id": doc_id, "family": family, "shape": shape, "title": title, "html": page, "posts": gold, "chrome": chrome}


def make_pages(seed: int = 1, pages: int = 112, split: str = "dev") -> list[dict]:
    families = SPLITS[split]
    rng = random.Random(f"boards-{split}-{seed}")
    out = [_page(rng, families[k % len(families)], SHAPES[(k // len(families)) % len(SHAPES)], f"{split}-{k:04d}")
           for k in range(pages)]
    rng = random.Random(f"articles-{split}-{seed}")
    for family in ARTICLE_SPLITS[split]:
        out += [_page(rng, family, SHAPES[k % len(SHAPES)], f"{split}-{family}-{k:04d}")
                for k in range(pages // len(families))]
    return out


def main(argv: list[str] | None = None) -> None:
    args = gf.split_options(__doc__, SPLITS, 216, argv)
    gf.score_split(make_pages, args, SPLITS[args.split] + ARTICLE_SPLITS[args.split] + SHAPES)

if __name__ == "__main__":
    main()
