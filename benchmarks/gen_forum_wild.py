"""Threads in the markup of more engines, each with the chrome its templates print around posts.

gen_forum_sites and gen_forum_engines cover Discuz! X3/7.2, phpBB, PHPWind 8, vBulletin 3,
百度知道 (2012 and ``wgt-best``), 贴吧, 天涯, NGA, 豆瓣 and a Stack-Exchange-like Q&A. This
generator adds the markup those engines' later templates print (their public class names, not
a copy of any page), with the furniture that repeats beside every post: a floor line with the
poster's stats, 回复/引用 buttons, 只看该作者, a signature under a rule, an ad between floors
and a 相关帖子 list under the thread.

dev families (tuned on)
* ``vb4``: vBulletin 4's ``postbit_legacy``: ``ol#posts > li.postbitlegacy.postcontainer``,
  ``div.posthead`` (date, ``a.postcounter`` #N), ``div.userinfo`` (``dl.userinfo_extra``:
  注册日期/帖子), ``blockquote.postcontent`` text, ``blockquote.signature``, ``div.postfoot``
  with 引用/多重引用/回复;
* ``phpwind9``: PHPWind 9's ``div.read_t`` floors: ``div.floor_left`` card (帖子/金钱/注册时间),
  ``div.floor_top`` (楼层, 发表于, 只看该作者), ``div.editor_content``, ``div.floor_bottom``
  (回复/引用/举报), 相关帖子 under the thread;
* ``zhidaonew``: 百度知道 after 2016: ``div.wgt-question-title`` + ``span.con-all``, the best
  answer in ``div.wgt-best`` (``div.best-text``, 采纳率 card, 本回答由提问者推荐, 你对这个回答的评价是？),
  other answers in ``div#wgt-answers > div.answer`` with ``div.answer-text``;
* ``votecol``: a Chinese Q&A whose answers sit beside a vote column (``div.vote-col`` with
  ▲ N ▼ and 已采纳), ``div.answer-main > div.markdown-body``, 评论/分享 bar, 相关问题 beside;
* ``wpask``: a WordPress site's help post (a short question under ``article.post >
  div.entry-content``) and its answers as ``ol.commentlist > li.comment > div.comment-body``
  (``cite.fn`` 说道：, ``div.comment-meta``, ``div.reply``), nested ``ul.children``, ``#respond``;
* ``wpblog``: the same theme's long blog article with readers' comments: the gold is the
  article alone (the comments are chrome: precision).

held-out families (never tuned on: score them, do not read their misses)
* ``tiebanew``: 贴吧 after 2015: ``div#j_p_postlist > div.l_post.j_l_post``, ``ul.p_author``
  (``d_badge_lv``), ``div.d_post_content.j_d_post_content``, ``div.core_reply_tail`` (来自客户端,
  N楼, date, 回复(N)), a 广告 floor, 只看楼主;
* ``tianyanew``: 天涯's ``div.atl-main``: ``div.host-item`` first post, ``div.atl-item`` replies
  with ``div.atl-info`` (作者/时间), ``div.bbs-content``, ``div.atl-reply`` (打赏/举报/回复/N楼);
* ``dztouch``: Discuz! X3's touch template: ``div.plc`` posts, ``ul.authi`` (name, 楼主/N#,
  date), ``div.message``, 回复/只看该作者 links.

Shapes as gen_forum_boards (plain, terse, outweigh, quote). Scored as gen_forum::

    .venv/bin/python benchmarks/gen_forum_wild.py --split dev        # 96 pages
    .venv/bin/python benchmarks/gen_forum_wild.py --split heldout    # 48 pages

>>> pages = make_pages(seed=2, pages=6, split="heldout")
>>> sorted({p["family"] for p in pages}), all(p["posts"] and "<html" in p["html"] for p in pages)
(['dztouch', 'tianyanew', 'tiebanew'], True)
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_forum as gf  # noqa: E402
import gen_forum_boards as gb  # noqa: E402

SPLITS = {"dev": ("vb4", "phpwind9", "zhidaonew", "votecol", "wpask", "wpblog"),
          "heldout": ("tiebanew", "tianyanew", "dztouch")}
SHAPES = gb.SHAPES
_E, _p, _br, _quote = gb._E, gb._p, gb._br, gb._quote
_ADS = ["【推广】暑期装修季，全屋定制限时八折，前五十名签约再送智能门锁一把，点击了解详情！",
        "【广告】驾校报名立减五百元，包接送包拿证，周末也能练车，咨询热线全天有人接听！"]
_RELATED = gf._HOT


def _related(title: str) -> tuple[str, list[str]]:
    items = [h for h in _RELATED if h != title][:4]
    return "".join(f'<li><a href="#">{_E(h)}</a></li>' for h in items), items


def _vb4(posts, title, rng):
    out = [f'<div id="pagetitle"><h1>主题：<span class="threadtitle"><a href="#">{_E(title)}</a></span></h1></div>'
           '<div id="thread_controls"><a href="#">回复主题</a> <a href="#">主题工具</a></div><div id="postlist"><ol id="posts">']
    for i, p in enumerate(posts):
        sig = (f'<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">'
               f'{_E(p["sig"])}</div></blockquote></div>') if p["sig"] else ""
        quote = _quote(p, lambda u, s: f'<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container">'
                       f'<div class="bbcode_postedby">引用: 作者 <strong>{_E(u)}</strong></div><div class="message">{_E(s)}'
                       f'</div></div></div></div>')
        head = f'<h2 class="title icon">Re: {_E(title)}</h2>' if i and rng.random() < 0.5 else ""
        out.append(f'<li class="postbitlegacy postbitim postcontainer old" id="post_{p["pid"]}"><div class="posthead">'
                   f'<span class="postdate old"><span class="date">{p["date"]}</span></span><span class="nodecontrols">'
                   f'<a name="post{p["pid"]}" href="#" class="postcounter">#{i + 1}</a></span></div><div class="postdetails">'
                   f'<div class="userinfo"><div class="username_container"><a class="username offline" href="#"><strong>'
                   f'{_E(p["user"])}</strong></a></div><span class="usertitle">{gf._LEVELS[i % len(gf._LEVELS)]}</span>'
                   f'<dl class="userinfo_extra"><dt>注册日期</dt> <dd>2015-{i % 12 + 1:02d}</dd><dt>帖子</dt> '
                   f'<dd>{rng.randint(10, 9999)}</dd></dl></div><div class="postbody"><div class="postrow">{head}'
                   f'<div class="content"><div id="post_message_{p["pid"]}"><blockquote class="postcontent restore">'
                   f'{quote}{_br(p["lines"])}</blockquote></div></div></div>{sig}</div></div><div class="postfoot">'
                   f'<div class="textcontrols floatcontainer"><span class="postcontrols"><a class="quote" href="#">引用</a> '
                   f'<a class="multiquote" href="#">多重引用</a> <a class="quickreply" href="#">回复</a></span></div></div></li>')
    related, items = _related(title)
    out.append(f'</ol></div><div id="similar_threads"><h4>相似主题</h4><ol class="similar">{related}</ol></div>')
    return "".join(out), ["注册日期", "多重引用", "相似主题", "回复主题"] + items, "家居论坛 - Powered by vBulletin"


def _phpwind9(posts, title, rng):
    out = [f'<div class="read_t"><div class="read_h"><h1 id="J_post_title">{_E(title)}</h1><span>查看: {rng.randint(99, 9999)} '
           f'| 回复: {len(posts) - 1}</span></div>']
    ad_at = rng.randint(1, len(posts) - 1)
    for i, p in enumerate(posts):
        floor = ("楼主", "沙发", "板凳", "地板")[i] if i < 4 else f"{i + 1}楼"
        sig = f'<div class="signature"><div class="sig_line"></div>{_E(p["sig"])}</div>' if p["sig"] else ""
        quote = _quote(p, lambda u, s: f'<blockquote class="blockquote"><span class="quote_name">{_E(u)}：</span>{_E(s)}</blockquote>')
        out.append(f'<div class="floor cc" id="read_{p["pid"]}"><div class="floor_left"><div class="floor_info">'
                   f'<a class="name" href="#">{_E(p["user"])}</a><p class="level">{gf._LEVELS[i % len(gf._LEVELS)]}</p>'
                   f'<dl><dt>帖子</dt><dd>{rng.randint(1, 999)}</dd><dt>金钱</dt><dd>{rng.randint(1, 9999)}</dd>'
                   f'<dt>注册时间</dt><dd>2016-{i % 12 + 1:02d}-0{i % 9 + 1}</dd></dl></div></div><div class="floor_right">'
                   f'<div class="floor_top"><span class="floor_num">{floor}</span> <span class="time">发表于 {p["date"]}</span>'
                   f' <a href="#">只看该作者</a></div><div class="editor_content" id="J_read_main">{quote}{_p(p["lines"])}</div>'
                   f'{sig}<div class="floor_bottom"><a href="#">回复</a> <a href="#">引用</a> <a href="#">举报</a></div></div></div>')
        if i == ad_at:
            out.append(f'<div class="floor cc floor_ad"><div class="floor_right"><div class="ad_content">{_ADS[0]}</div></div></div>')
    related, items = _related(title)
    out.append(f'</div><div class="box_wrap"><h2 class="box_title">相关帖子</h2><ul class="related">{related}</ul></div>')
    return "".join(out), ["只看该作者", "注册时间", "相关帖子", _ADS[0], "发表于"] + items, "生活社区 - Powered by phpwind"


def _zhidaonew(posts, title, rng):
    q, best, rest = posts[0], posts[1], posts[2:]
    out = [f'<div class="wgt-question-title"><h1><span class="ask-title">{_E(title)}</span></h1></div>'
           f'<div class="wgt-ask" id="wgt-ask"><div class="line mt-5 q-content"><span class="con-all">{_br(q["lines"])}</span>'
           f'</div><div class="wgt-ask-info"><a href="#">{_E(q["user"])}</a> <span class="f-pipe">|</span> 浏览 '
           f'{rng.randint(100, 99999)} 次</div></div>'
           f'<div class="wgt-best" id="best-answer-{best["pid"]}"><div class="best-title"><span>最佳答案</span></div>'
           f'<div class="line info f-aid"><span class="wgt-replyer-all-uname">{_E(best["user"])}</span> 推荐于 {best["date"]}'
           f'</div><div class="bd answer"><div class="line content"><div class="best-text mb-10">{_br(best["lines"])}</div>'
           f'</div></div><div class="wgt-replyer-all"><span>采纳率：{rng.randint(40, 99)}%</span> <span>擅长：暂未定制</span></div>'
           f'<div class="quality-content-detail">本回答由提问者推荐</div><div class="wgt-eva"><span class="evaluate">'
           f'{rng.randint(1, 900)}</span> <span class="evaluate evaluate-bad">{rng.randint(0, 30)}</span>'
           f'<div class="eva-tip">你对这个回答的评价是？</div></div></div>']
    if rest:
        out.append(f'<div class="wgt-answers" id="wgt-answers"><div class="hd"><h2>其他{len(rest)}条回答</h2></div>')
        for p in rest:
            out.append(f'<div class="bd-wrap"><div class="answer" id="answer-{p["pid"]}"><div class="line info f-aid">'
                       f'<span class="wgt-replyer-all-uname">{_E(p["user"])}</span> {p["date"]}</div><div class="answer-text mb-10 '
                       f'line"><span class="con">{_br(p["lines"])}</span></div><div class="wgt-eva"><span class="evaluate">'
                       f'{rng.randint(0, 99)}</span> <span class="evaluate evaluate-bad">{rng.randint(0, 9)}</span></div></div></div>')
        out.append('</div>')
    related, items = _related(title)
    out.append(f'<div class="wgt-related"><h2>为你推荐：</h2><ul>{related}</ul></div>')
    return "".join(out), ["最佳答案", "采纳率", "本回答由提问者推荐", "你对这个回答的评价是", "为你推荐"] + items, "百度知道"


def _votecol(posts, title, rng):
    q = posts[0]
    out = [f'<div class="question-wrap"><h1 class="question-title">{_E(title)}</h1><div class="question-meta">'
           f'<a href="#">{_E(q["user"])}</a> 提问于 {q["date"]}</div><div class="question-body markdown-body">{_p(q["lines"])}'
           f'</div><div class="question-actions"><a href="#">关注问题</a> <a href="#">邀请回答</a></div></div>'
           f'<div class="answers"><h2 class="answers-count">{len(posts) - 1} 个回答</h2>']
    taken = rng.randint(1, len(posts) - 1)
    for i, p in enumerate(posts[1:], 1):
        accepted = '<span class="accepted" title="已采纳">✓ 已采纳</span>' if i == taken else ""
        quote = _quote(p, lambda u, s: f'<blockquote><p>@{_E(u)}：{_E(s)}</p></blockquote>')
        out.append(f'<div class="answer-row" id="answer-{p["pid"]}"><div class="vote-col"><button class="VoteButton '
                   f'VoteButton--up">▲ 赞同 {rng.randint(0, 999)}</button><button class="VoteButton VoteButton--down">▼</button>'
                   f'{accepted}</div><div class="answer-main"><div class="answer-author"><a href="#">{_E(p["user"])}</a> '
                   f'<span>回答于 {p["date"]}</span></div><div class="markdown-body">{quote}{_p(p["lines"])}</div>'
                   f'<div class="answer-bar"><a href="#">{rng.randint(0, 40)} 条评论</a> <a href="#">分享</a> <a href="#">举报</a>'
                   f'</div></div></div>')
    related, items = _related(title)
    out.append(f'</div><aside class="side"><h3>相关问题</h3><ul>{related}</ul></aside>')
    return "".join(out), ["已采纳", "赞同", "条评论", "相关问题", "提问于", "关注问题"] + items, "问答派"


def _wp_comments(posts, rng):
    out = [f'<div id="comments" class="comments-area"><h2 class="comments-title">《{{title}}》有{len(posts) - 1}条评论</h2>'
           '<ol class="commentlist">']
    depth = 1
    for i, p in enumerate(posts[1:], 1):
        child = i > 1 and rng.random() < 0.3 and depth == 1
        item = (f'<li class="comment {"even" if i % 2 else "odd"} depth-{2 if child else 1}" id="li-comment-{p["pid"]}">'
                f'<div id="comment-{p["pid"]}" class="comment-body"><div class="comment-author vcard"><img class="avatar" '
                f'src="a.png" /><cite class="fn">{_E(p["user"])}</cite> <span class="says">说道：</span></div>'
                f'<div class="comment-meta commentmetadata"><a href="#comment-{p["pid"]}">{p["date"]}</a></div>'
                f'{_quote(p, lambda u, s: f"<blockquote>@{_E(u)}：{_E(s)}</blockquote>")}{_p(p["lines"])}'
                f'<div class="reply"><a class="comment-reply-link" href="#">回复</a></div></div>')
        if child:
            out[-1] = out[-1][:-len("</li>")] + f'<ul class="children">{item}</li></ul></li>'
        else:
            out.append(item + "</li>")
    out.append('</ol><div id="respond" class="comment-respond"><h3 class="comment-reply-title">发表回复</h3><p class="comment-notes">'
               '您的电子邮箱地址不会被公开。 必填项已用*标注</p><textarea name="comment"></textarea></div></div>')
    return "".join(out)


def _wordpress(posts, title, rng, long_article):
    q = posts[0]
    comments = _wp_comments(posts, rng).replace("{title}", _E(title))
    related, items = _related(title)
    body = (f'<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-{q["pid"]}" '
            f'class="post-{q["pid"]} post type-post status-publish format-standard hentry"><header class="entry-header">'
            f'<h1 class="entry-title">{_E(title)}</h1><div class="entry-meta"><span class="posted-on">发布于 <time '
            f'class="entry-date published">{q["date"]}</time></span> <span class="byline">作者 <a href="#">{_E(q["user"])}'
            f'</a></span></div></header><div class="entry-content">{_p(q["lines"])}</div><footer class="entry-footer">'
            f'<span class="cat-links">分类：<a href="#">生活</a></span></footer></article><nav class="post-navigation">'
            f'<div class="nav-previous"><a href="#">上一篇：{_E(items[0])}</a></div></nav>{comments}</main></div>'
            f'<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">'
            f'近期文章</h2><ul>{related}</ul></section></aside>')
    words = ["说道：", "发表回复", "电子邮箱地址不会被公开", "近期文章", "上一篇"] + items[1:]
    return body, words, "小林的生活笔记" if long_article else "装修互助站"


def _wpask(posts, title, rng):
    return _wordpress(posts, title, rng, False)


def _wpblog(posts, title, rng):
    return _wordpress(posts, title, rng, True)


def _tiebanew(posts, title, rng):
    out = [f'<div class="core_title_wrap_bright"><h3 class="core_title_txt">{_E(title)}</h3><a class="btn_sub">只看楼主</a> '
           f'<a class="btn_sub">收藏</a></div><div class="p_postlist" id="j_p_postlist">']
    ad_at = rng.randint(1, len(posts) - 1)
    for i, p in enumerate(posts):
        out.append(f'<div class="l_post j_l_post l_post_bright" data-field="{{&quot;pid&quot;:{p["pid"]}}}"><div class="d_author">'
                   f'<ul class="p_author"><li class="d_name"><a class="p_author_name j_user_card" href="#">{_E(p["user"])}</a></li>'
                   f'<li class="l_badge"><div class="d_badge_lv">{rng.randint(1, 15)}</div></li></ul></div>'
                   f'<div class="d_post_content_main"><div class="p_content"><cc><div class="d_post_content j_d_post_content" '
                   f'id="post_content_{p["pid"]}">{_br(p["lines"])}</div></cc></div><div class="core_reply j_lzl_wrapper">'
                   f'<div class="core_reply_tail"><span class="tail-info">来自Android客户端</span><span class="tail-info">'
                   f'{i + 1}楼</span><span class="tail-info">{p["date"]}</span><a class="lzl_link_unfold">回复</a></div></div></div></div>')
        if i == ad_at:
            out.append(f'<div class="l_post l_post_bright"><div class="d_post_content_main"><div class="p_content">{_ADS[1]}'
                       f'<span class="label_text">广告</span></div></div></div>')
    out.append('</div><div class="thread_recommend"><h4>贴吧热议</h4><ul>' + _related(title)[0] + '</ul></div>')
    return "".join(out), ["只看楼主", "来自Android客户端", _ADS[1], "贴吧热议"] + _related(title)[1], "百度贴吧"


def _tianyanew(posts, title, rng):
    q = posts[0]
    out = [f'<div class="atl-main"><div class="atl-head"><h1 class="atl-title">{_E(title)}</h1><div class="atl-info">'
           f'<span>楼主：<a href="#">{_E(q["user"])}</a></span> <span>时间：{q["date"]}</span> <span>点击：{rng.randint(99, 99999)}'
           f'</span> <span>回复：{len(posts) - 1}</span></div></div><div class="atl-item host-item"><div class="atl-content">'
           f'<div class="bbs-content clearfix">{_br(q["lines"])}</div></div></div>']
    for i, p in enumerate(posts[1:], 2):
        out.append(f'<div class="atl-item" id="{i}"><div class="atl-head"><div class="atl-info"><span>作者：<a href="#">'
                   f'{_E(p["user"])}</a></span> <span>时间：{p["date"]}</span></div></div><div class="atl-content">'
                   f'<div class="bbs-content">{_br(p["lines"])}</div><div class="atl-reply"><a>打赏</a> <a>举报</a> | '
                   f'<a>回复</a> | <span>{i}楼</span></div></div></div>')
    out.append('</div>')
    return "".join(out), ["打赏", "点击：", "楼主："], "天涯社区"


def _dztouch(posts, title, rng):
    out = [f'<div class="viewthread"><div class="view_tit"><em>[生活]</em>{_E(title)}</div><div class="postlist">']
    for i, p in enumerate(posts):
        floor = "楼主" if not i else f"{i + 1}#"
        out.append(f'<div class="plc cl" id="pid{p["pid"]}"><div class="avatar"><img src="a.png" /></div><div class="display pi">'
                   f'<ul class="authi"><li class="grey"><em>{floor}</em><b><a href="#">{_E(p["user"])}</a></b></li>'
                   f'<li class="grey rela">{p["date"]}</li></ul><div class="message">{_br(p["lines"])}</div>'
                   f'<div class="mtime"><a href="#">回复</a> <a href="#">只看该作者</a></div></div></div>')
    out.append('</div></div><div class="footer"><a href="#">电脑版</a> | <a href="#">客户端</a></div>')
    return "".join(out), ["只看该作者", "电脑版", "客户端"], "手机论坛 - Powered by Discuz!"


_FAMILIES = {"vb4": _vb4, "phpwind9": _phpwind9, "zhidaonew": _zhidaonew, "votecol": _votecol, "wpask": _wpask,
             "wpblog": _wpblog, "tiebanew": _tiebanew, "tianyanew": _tianyanew, "dztouch": _dztouch}
#: Families whose gold is the first post alone: an article, the readers' comments under it.
_ARTICLE_AND_COMMENTS = {"wpblog"}


def _page(rng: random.Random, family: str, shape: str, doc_id: str) -> dict:
    topic = rng.choice(gf._TOPICS)
    title = f"{topic}{rng.choice(['到底怎么选', '有什么坑', '求大家支招', '过来人说说'])}"
    posts = gb._posts(rng, shape)
    if family == "wpask":  # a help post: a question of a sentence or two
        posts[0]["lines"] = posts[0]["lines"][:1]
    if family == "wpblog":  # a blog article: long, its comments shorter
        posts[0]["lines"] = posts[0]["lines"] + [gf._sentence(rng) for _ in range(4)]
    body, words, site = _FAMILIES[family](posts, title, rng)
    page = gf.page_frame(title, site, body, nav=["首页", "论坛", "问答", "搜索", "帮助"], year=2024,
                         boxes=('id="header"', 'id="content"', 'id="footer"'))
    gold, chrome = gf.gold_and_chrome(posts, words, article=family in _ARTICLE_AND_COMMENTS)
    return {"id": doc_id, "family": family, "shape": shape, "title": title, "html": page, "posts": gold, "chrome": chrome}


def make_pages(seed: int = 1, pages: int | None = None, split: str = "dev") -> list[dict]:
    families = SPLITS[split]
    pages = pages or 16 * len(families)
    rng = random.Random(f"wild-{split}-{seed}")
    return [_page(rng, families[k % len(families)], SHAPES[(k // len(families)) % len(SHAPES)], f"{split}-{k:04d}")
            for k in range(pages)]


def main(argv: list[str] | None = None) -> None:
    args = gf.split_options(__doc__, SPLITS, None, argv)
    gf.score_split(make_pages, args, SPLITS[args.split] + SHAPES)

if __name__ == "__main__":
    main()
