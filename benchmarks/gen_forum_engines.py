"""Threads in the markup of board engines, with the parts that make real threads hard.

gen_forum_sites prints each engine's page around plain posts of sentences. Real threads are
harder inside the posts and between them: a post holds a picture with its 下载附件 line, a
table, code, a quote of an earlier floor, a 本帖最后由 X 于 … 编辑 line and a signature; a post
is hidden (作者被禁止或删除) or folded; replies sit under a post (楼中楼, comments under an
answer); an ad or a 推广 box sits between floors; the board's hot threads beside the thread
hold more prose than it; and each post carries its chrome in the engine's words (等级, 积分,
注册时间, UID, 只看该作者, 举报, #3 / 3楼 / 第3楼, 发表于, 回答于).

Each family is one engine's markup as its public templates print it (not a copy of any page):

dev families (tuned on)
* ``discuz``: Discuz! X3 ``div#postlist > div[id^=post_] > table.plhin``, ``td.pls`` card with
  积分/注册时间, ``div.authi`` with ``em[id^=authorposton]``, ``div.pct > td.t_f``,
  ``i.pstatus`` edit line, ``ignore_js_op`` pictures, ``div.quote``, ``div.a_pr`` ads;
* ``phpbb``: phpBB 3 ``div.post.bg1/bg2``, ``dl.postprofile``, ``div.content`` with
  ``blockquote > cite`` and ``div.codebox``, ``div.notice`` edit line, ``div.signature``;
* ``douban``: 豆瓣小组 ``div.topic-content`` + ``ul#comments > li.comment-item > div.reply-doc``
  with ``p.reply-content``, ``div.reply-quote``, a long ``div.aside`` of group threads;
* ``zhidao``: 百度知道: a short ``div.question``, the best answer in ``div.wgt-best``, others
  in ``div.answer > div.line.content``, 采纳率/擅长 cards, 为你推荐 beside;
* ``stackex``: a Stack-Exchange-like Q&A in Chinese: ``div.question``/``div.answer`` with
  ``div.s-prose``, vote cells, ``div.comments > li.comment > span.comment-copy`` under each;
* ``discuz7``: Discuz! 7.2 (the boards of 2009–13): ``td.postauthor`` card, the title inside
  the first post's ``div.postmessage.firstpost``, ``td.t_msgfont``, 原帖由 … 发表 quotes;
* ``zhidaopre``: 百度知道 as printed around 2012: question and answers each in a ``<pre>``,
  ``div#best-answer-panel``, ``div.other-answer`` items with 回答于 lines;

held-out families (never tuned on: score them, do not read their misses)
* ``tieba``: 百度贴吧 ``div.l_post > div.d_post_content``, ``div.j_lzl_container`` floors in
  the floor, 该楼层疑似违规已被系统折叠;
* ``tianya``: 天涯 ``div.atl-item`` with ``div.atl-info`` and ``div.bbs-content``;
* ``nga``: NGA ``table.forumbox.postbox`` with ``td.c1`` card (级别/威望/注册), ``span.postcontent``.

Shapes: ``rich`` (pictures, tables, code, quotes, edit lines, a hidden post), ``terse`` (every
reply 顶/支持/谢谢楼主分享), ``qa`` (a one-line question, long answers), ``single`` (one post),
``crowded`` (a hot-thread list longer than the thread, ads between floors, replies under
posts), ``tiny`` (a one-sentence question and two or three one-word replies beside the
board's notice and its hot threads). Gold: the posts' lines, a table as its cells run together, code as its lines run
together, the replies under posts; chrome: users, dates, signatures, edit lines, hidden-post
notices, ads, the sidebar, the engine's words. Scored as gen_forum::

    .venv/bin/python benchmarks/gen_forum_engines.py --split dev        # 168 pages
    .venv/bin/python benchmarks/gen_forum_engines.py --split heldout    # 60 pages

>>> pages = make_pages(seed=2, pages=6, split="heldout")
>>> sorted({p["family"] for p in pages}), all(p["posts"] and "<html" in p["html"] for p in pages)
(['nga', 'tianya', 'tieba'], True)
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_forum as gf  # noqa: E402
import gen_forum_boards as gb  # noqa: E402

SPLITS = {"dev": ("discuz", "phpbb", "douban", "zhidao", "stackex", "discuz7", "zhidaopre"), "heldout": ("tieba", "tianya", "nga")}
SHAPES = ("rich", "terse", "qa", "single", "crowded", "tiny")
_E = gb._E
_NESTED = ["同感，我家也是这样弄的。", "请问后来怎么解决的？", "谢谢，学到了。", "这个我也想知道，蹲一个。", "楼上说得对。"]
_NESTERS = ["momo酱", "江南烟雨", "大白菜", "Kevin_Lee", "橘子汽水"]
_ADS = ["【推广】夏季家电节，空调冰箱洗衣机全场低至五折，以旧换新再补贴三百元，点击立即抢购！",
        "【广告】装修找我们，十五年老品牌，免费上门量房设计，签约即送全屋净水系统，名额有限！"]
_HOT_LINES = ["周末带孩子去郊外露营，准备了三天，结果下了一整天雨，分享一下这次的教训和装备清单。",
              "第一次自己换水龙头，视频看了好几遍，最后发现型号买错了，又跑了两趟五金店，大家别学我。",
              "楼下新开的面馆味道不错，价格也实在，就是中午排队的人有点多，建议错开饭点去。",
              "租房合同到期房东要涨价，搬还是不搬，纠结了一个星期还没想好，说说你们的经验。",
              "孩子上小学以后作业越来越多，每天晚上陪写到十点，家长们都是怎么安排时间的？",
              "老家的房子翻修完了，花得比预算多了一半，把每一笔账都列出来给大家参考一下。"]
_TABLE = [("项目", "价格", "备注"), ("人工费", "3800元", "含拆旧"), ("材料费", "6200元", "品牌瓷砖")]
_CODE = ["import requests", "resp = requests.get(url, timeout=10)", "print(resp.status_code)"]


_NESTING = ("discuz", "zhidao", "stackex", "tieba", "tianya", "zhidaopre")  # engines that print replies under a post


def _posts(rng: random.Random, shape: str, family: str) -> list[dict]:
    n = 1 if shape == "single" else rng.randint(3, 4) if shape == "tiny" else rng.randint(4, 7)
    posts = []
    for i in range(n):
        if shape == "qa" and i == 0:
            lines = [f"{rng.choice(gf._TOPICS)}怎么弄比较好"]
        elif shape == "tiny":  # a one-sentence question, replies of a word or two
            lines = [gf._sentence(rng)] if i == 0 else [rng.choice(gb._TERSE)]
        elif shape == "terse" and i:
            lines = [rng.choice(gb._TERSE)]
        elif shape == "qa":
            lines = [gf._sentence(rng) for _ in range(rng.randint(3, 6))]
        elif shape == "single":
            lines = [gf._sentence(rng) for _ in range(rng.randint(4, 7))]
        else:
            lines = gf._post_text(rng, i == 0)
        p = {"user": rng.choice(gf._USERS), "lines": lines, "pid": 7100 + 11 * i, "floor": i + 1,
             "date": f"2024-{rng.randint(1, 12)}-{rng.randint(1, 28)} {rng.randint(0, 23):02d}:{rng.randint(10, 59)}",
             "sig": rng.choice(gf._SIGS) if rng.random() < 0.4 else None, "level": rng.choice(gf._LEVELS),
             "score": rng.randint(10, 9000), "reg": f"20{rng.randint(10, 22)}-{rng.randint(1, 12)}-{rng.randint(1, 28)}",
             "edited": shape == "rich" and rng.random() < 0.5, "img": shape in ("rich", "single") and rng.random() < 0.5,
             "table": None, "code": None, "quote": None, "hidden": False, "nested": []}
        posts.append(p)
    seen: set[str] = set()
    for p in posts:  # each gold line once per page, so recall counts each post
        p["lines"] = [s for s in p["lines"] if not (s in seen or seen.add(s))] or [gf._sentence(rng)]
    if shape == "rich" and n > 3:
        posts[0]["table"] = _TABLE
        posts[rng.randint(1, n - 1)]["code"] = _CODE
        for p in posts[2:]:
            if rng.random() < 0.5:
                src = posts[rng.randint(1, p["floor"] - 2)]
                p["quote"] = (src["user"], src["date"], src["lines"][0])
        hidden = posts[rng.randint(2, n - 1)]
        if not hidden["code"]:
            hidden.update(hidden=True, lines=[], quote=None)
    if shape in ("crowded", "qa") and family in _NESTING:
        for p in posts[1:]:
            if rng.random() < 0.6:
                p["nested"] = [(rng.choice(_NESTERS), s) for s in rng.sample(_NESTED, rng.randint(1, 2))]
    return posts


def _table(rows) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{_E(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


def _text(p, rng, br=False, quote=None, code=None) -> str:
    """A post's text: its lines with the picture, table, code and quote in the engine's markup."""
    lines = (gb._br if br else gb._p)(p["lines"])
    parts = [quote(*p["quote"]) if p["quote"] and quote else "", lines]
    if p["img"]:
        parts.insert(1, f'<img src="/data/attachment/{p["pid"]}.jpg" alt="" /><br />')
    if p["table"]:
        parts.append(_table(p["table"]))
    if p["code"]:
        parts.append(code(p["code"]) if code else f'<pre><code>{_E(chr(10).join(p["code"]))}</code></pre>')
    return "".join(parts)


def _discuz(posts, title, rng, shape):
    out = [f'<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">邻里论坛</a> <em>&rsaquo;</em> '
           f'<a href="forum-2-1.html">家居装修</a></div></div><div id="postlist" class="pl bm"><table><tr><td class="pls">'
           f'<div class="hm">查看: <span>{rng.randint(300, 9000)}</span> | 回复: <span>{len(posts) - 1}</span></div></td>'
           f'<td class="plc"><h1 class="ts"><span id="thread_subject">{_E(title)}</span></h1></td></tr></table>']
    for i, p in enumerate(posts):
        pid = p["pid"]
        floor = "楼主" if i == 0 else f"{p['floor']}#"
        if p["hidden"]:
            msg = '<div class="locked">提示: <em>作者被禁止或删除 内容自动屏蔽</em></div>'
        else:
            edit = (f'<i class="pstatus"> 本帖最后由 {_E(p["user"])} 于 {p["date"]} 编辑 </i><br /><br />'
                    if p["edited"] else "")
            quote = lambda u, d, s: (f'<div class="quote"><blockquote><font size="2"><font color="#999999">{_E(u)} 发表于 '
                                     f'{d}</font></font><br />{_E(s)}</blockquote></div><br />')
            att = ('<ignore_js_op><img src="static/image/common/none.gif" file="data/a.jpg" /><div class="tip tip_4">'
                   '<div class="xs0"><p><strong>IMG_2024.jpg</strong> <em class="xg1">(85.3 KB, 下载次数: 12)</em></p>'
                   '<p><a href="#">下载附件</a></p></div></div></ignore_js_op>') if p["img"] else ""
            q = dict(p, img=False)
            msg = (f'<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">'
                   f'{edit}{_text(q, rng, br=True, quote=quote)}{att}</td></tr></table></div>{_dianping(p)}')
        sig = f'<div class="sign">{_E(p["sig"])}</div>' if p["sig"] else ""
        out.append(
            f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" cellspacing="0" cellpadding="0"><tr>'
            f'<td class="pls" rowspan="2"><div class="pls favatar"><div class="pi"><div class="authi"><a href="#" class="xw1">'
            f'{_E(p["user"])}</a></div></div><div class="avatar"><img src="avatar.php?uid={pid}" /></div><dl class="pil cl">'
            f'<dt>积分</dt><dd>{p["score"]}</dd><dt>注册时间</dt><dd>{p["reg"]}</dd></dl><p><em>{p["level"]}</em></p></div></td>'
            f'<td class="plc"><div class="pi"><strong><a href="#pid{pid}"><em>{floor}</em></a></strong><div class="pti">'
            f'<div class="authi"><em id="authorposton{pid}">发表于 {p["date"]}</em><span class="pipe">|</span>'
            f'<a href="#">只看该作者</a></div></div></div><div class="pct"><div class="pcb">{msg}</div></div>{sig}</td></tr>'
            f'<tr><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="#">回复</a>'
            f'<a href="#">支持</a></em><p><a href="#">举报</a></p></div></div></td></tr></table></div>')
        if shape == "crowded" and i in (0, 2):
            out.append(f'<div class="a_pr"><a href="#">{_ADS[i // 2]}</a></div>')
    out.append('<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a href="?page=2">2</a><a class="nxt" '
               'href="?page=2">下一页</a></div><span class="pgb y"><a href="#">返回列表</a></span></div></div>')
    return "".join(out), ["只看该作者", "返回列表", "注册时间", "下载附件", "作者被禁止或删除", "本帖最后由"]


def _dianping(p) -> str:
    """Discuz's 点评 box under a post: who, what, when."""
    if not p["nested"]:
        return ""
    items = "".join(f'<div class="pstl xs1 cl"><div class="psta vm"><a href="#" class="xi2 xw1">{_E(u)}</a></div>'
                    f'<div class="psti">{_E(s)}<span class="xg1">发表于 {p["date"]}</span></div></div>' for u, s in p["nested"])
    return f'<div id="comment_{p["pid"]}" class="cm"><h3 class="psth xs1"><span class="icon_ring vm"></span>点评</h3>{items}</div>'


def _phpbb(posts, title, rng, shape):
    out = [f'<h2 class="topic-title"><a href="#">{_E(title)}</a></h2><div class="action-bar bar-top"><a class="button" '
           f'href="#">发表回复</a><div class="pagination">{len(posts)} 帖子 • 第 <strong>1</strong> 页 / 共 <strong>2</strong> 页'
           f'</div></div>']
    for i, p in enumerate(posts):
        quote = lambda u, d, s: f'<blockquote><div><cite>{_E(u)} 写道：</cite>{_E(s)}</div></blockquote>'
        code = lambda ls: ('<div class="codebox"><p>代码： <a href="#">全选</a></p><pre><code>'
                           + _E("\n".join(ls)) + '</code></pre></div>')
        content = ('<div class="content">该帖子因违反版规已被管理员隐藏。</div>' if p["hidden"]
                   else f'<div class="content">{_text(p, rng, br=True, quote=quote, code=code)}</div>')
        edit = (f'<div class="notice">最后由 {_E(p["user"])} 编辑于 {p["date"]}，总共编辑 1 次</div>' if p["edited"] else "")
        sig = f'<div class="signature">{_E(p["sig"])}</div>' if p["sig"] else ""
        out.append(
            f'<div id="p{p["pid"]}" class="post has-profile bg{i % 2 + 1}"><div class="inner"><dl class="postprofile">'
            f'<dt><a href="#" class="username">{_E(p["user"])}</a></dt><dd class="profile-rank">{p["level"]}</dd>'
            f'<dd class="profile-posts"><strong>帖子：</strong> {p["score"] // 10}</dd><dd class="profile-joined">'
            f'<strong>注册时间：</strong> {p["reg"]}</dd></dl><div class="postbody"><div id="post_content{p["pid"]}">'
            f'<h3><a href="#p{p["pid"]}">Re: {_E(title)}</a></h3><ul class="post-buttons"><li><a href="#">引用</a></li>'
            f'<li><a href="#">举报</a></li></ul><p class="author"><a href="#">帖子</a> 由 <strong>{_E(p["user"])}</strong> '
            f'» {p["date"]}</p>{content}{edit}{sig}</div></div><div class="back2top"><a href="#top">返回顶部</a></div></div>'
            f'</div><hr class="divider" />')
        if shape == "crowded" and i == 1:
            out.append(f'<div class="post bg3"><div class="inner"><div class="content">{_ADS[0]}</div></div></div>')
    out.append('<div class="action-bar bar-bottom"><a class="button" href="#">发表回复</a><div class="pagination">'
               '第 <strong>1</strong> 页 / 共 <strong>2</strong> 页 <a href="#">下一页</a></div></div>')
    return "".join(out), ["注册时间", "返回顶部", "总共编辑", "写道", "Re: ", "共 2 页"]


def _douban(posts, title, rng, shape):
    q = posts[0]
    out = [f'<div class="article"><h1>{_E(title)}</h1><div class="topic-content clearfix"><div class="topic-doc"><h3>'
           f'<span class="from">来自: <a href="#">{_E(q["user"])}</a></span><span class="create-time color-green">'
           f'{q["date"]}</span></h3><div class="topic-content"><div class="rich-content topic-richtext">'
           f'{_text(q, rng)}</div></div><div class="sns-bar"><a href="#">赞</a> <a href="#">收藏</a> <a href="#">转发</a>'
           f'</div></div></div><ul class="topic-reply" id="comments">']
    for p in posts[1:]:
        quote = lambda u, d, s: (f'<div class="reply-quote"><span class="all ref-content">{_E(s)}</span>'
                                 f'<span class="pubdate"><a href="#">{_E(u)}</a></span></div>')
        body = ('<p class="reply-content">该回复已被删除</p>' if p["hidden"] else
                f'{quote(*p["quote"]) if p["quote"] else ""}<p class="reply-content">{gb._br(p["lines"])}</p>'
                + (_table(p["table"]) if p["table"] else "")
                + (f'<pre>{_E(chr(10).join(p["code"]))}</pre>' if p["code"] else ""))
        out.append(f'<li class="clearfix comment-item reply-item" id="{p["pid"]}"><div class="user-face"><a href="#"><img '
                   f'src="u.jpg" /></a></div><div class="reply-doc content"><div class="bg-img-green"><h4><a href="#">'
                   f'{_E(p["user"])}</a><span class="pubtime">{p["date"]} 北京</span></h4></div>{body}'
                   f'<div class="operation_div"><a class="comment-vote" href="#">赞</a> <a href="#">回应</a></div></div></li>')
    out.append('</ul><div class="paginator"><span class="thispage">1</span><a href="?start=100">2</a>'
               '<span class="next"><a href="?start=100">后页&gt;</a></span></div></div>')
    return "".join(out), ["后页", "回应", "来自: "]


def _zhidao(posts, title, rng, shape):
    q = posts[0]
    out = [f'<div class="question"><h1 class="ask-title">{_E(title)}</h1><div class="line mt-5 q-content">'
           f'<span class="con">{_text(q, rng, br=True)}</span></div><div class="ask-info">{_E(q["user"])} · {q["date"]} 提问'
           f'</div></div>']
    answers = posts[1:]
    if answers:
        b = answers[0]
        out.append(f'<div class="wgt-best"><div class="hd"><span class="best-title">最佳答案</span></div><div class="line '
                   f'content"><div class="best-text mb-10">{_text(b, rng)}</div></div><div class="wgt-replyer-best">'
                   f'<a href="#">{_E(b["user"])}</a><span>采纳率：{rng.randint(50, 99)}%</span><span>擅长：生活</span>'
                   f'<span>{b["date"]}</span></div>{_nested(b, "zhidao")}</div>')
    out.append(f'<div class="wgt-answers"><div class="hd">其他{max(len(answers) - 1, 0)}条回答</div>')
    for p in answers[1:]:
        out.append(f'<div class="answer"><div class="line content"><div class="answer-text">{_text(p, rng)}</div></div>'
                   f'<div class="line info"><a href="#">{_E(p["user"])}</a> <span class="pos-time">{p["date"]}</span>'
                   f'<span class="evaluate">赞 {rng.randint(0, 90)}</span> <span>踩</span></div>{_nested(p, "zhidao")}</div>')
    out.append('</div>')
    return "".join(out), ["最佳答案", "采纳率", "擅长", "条回答", "提问"]


def _nested(p, family) -> str:
    if not p["nested"]:
        return ""
    items = "".join(f'<li class="comment"><span class="comment-copy">{_E(s)}</span> – <a class="comment-user" href="#">'
                    f'{_E(u)}</a> <span class="comment-date">{p["date"]}</span></li>' for u, s in p["nested"])
    return f'<div class="comments"><ul class="comments-list">{items}</ul><a class="js-add-link" href="#">添加评论</a></div>'


def _stackex(posts, title, rng, shape):
    def cell(p, kind):
        return (f'<div class="post-layout"><div class="votecell"><button>赞成</button><div class="js-vote-count">'
                f'{rng.randint(-2, 90)}</div><button>反对</button></div><div class="postcell post-layout--right">'
                f'<div class="s-prose js-post-body" itemprop="text">{_text(p, rng)}</div><div class="post-menu">'
                f'<a href="#">分享</a> <a href="#">改进这个{kind}</a> <a href="#">关注</a></div><div class="user-info">'
                f'<div class="user-action-time">{kind}于 {p["date"]}</div><div class="user-details"><a href="#">'
                f'{_E(p["user"])}</a><span class="reputation-score">{p["score"]}</span></div></div></div>'
                f'{_nested(p, "stackex")}</div>')

    out = [f'<div id="question-header"><h1 itemprop="name"><a class="question-hyperlink" href="#">{_E(title)}</a></h1>'
           f'</div><div id="mainbar"><div class="question" id="question">{cell(posts[0], "提问")}</div><div id="answers">'
           f'<div id="answers-header"><h2>{len(posts) - 1} 个回答</h2><div>排序方式：得票最高</div></div>']
    out += [f'<div id="answer-{p["pid"]}" class="answer">{cell(p, "回答")}</div>' for p in posts[1:]]
    out.append('<h2>你的回答</h2><form><textarea></textarea><button>发布你的回答</button></form></div></div>')
    return "".join(out), ["添加评论", "改进这个", "排序方式", "发布你的回答", "回答于"]


def _tieba(posts, title, rng, shape):
    out = [f'<div class="core_title_wrap_bright"><h3 class="core_title_txt" title="{_E(title)}">{_E(title)}</h3></div>'
           f'<div class="p_postlist" id="j_p_postlist">']
    for p in posts:
        content = ('<div class="p_forbidden_post_content">该楼层疑似违规已被系统折叠 <a href="#">隐藏此楼</a> '
                   '<a href="#">查看此楼</a></div>' if p["hidden"] else
                   f'<div id="post_content_{p["pid"]}" class="d_post_content j_d_post_content">'
                   f'{_text(p, rng, br=True)}</div>')
        lzl = "".join(f'<li class="lzl_single_post"><a class="j_user_card" href="#">{_E(u)}</a>:<span class="lzl_content_main">'
                      f'{_E(s)}</span><div class="lzl_content_reply"><span class="lzl_time">{p["date"]}</span>'
                      f'<a href="#">回复</a></div></li>' for u, s in p["nested"])
        out.append(f'<div class="l_post j_l_post l_post_bright"><div class="d_author"><ul class="p_author"><li class="d_name">'
                   f'<a class="p_author_name j_user_card" href="#">{_E(p["user"])}</a></li><li class="l_badge">'
                   f'<div class="d_badge_title">{p["level"]}</div><div class="d_badge_lv">{rng.randint(1, 18)}</div></li>'
                   f'</ul></div><div class="d_post_content_main"><div class="p_content">{content}</div><div class="core_reply">'
                   f'<div class="post-tail-wrap"><span class="tail-info">来自Android客户端</span><span class="tail-info">'
                   f'{p["floor"]}楼</span><span class="tail-info">{p["date"]}</span><a href="#">举报</a></div></div>'
                   f'<div class="j_lzl_container core_reply_wrapper"><ul class="j_lzl_m_w">{lzl}</ul></div></div></div>')
    out.append('</div><ul class="l_posts_num"><li class="l_pager"><span class="tP">1</span><a href="?pn=2">2</a>'
               '<a href="?pn=2">下一页</a><a href="?pn=5">尾页</a></li><li class="l_reply_num">回复贴，共5页</li></ul>')
    return "".join(out), ["来自Android客户端", "该楼层疑似违规", "尾页", "共5页"]


def _tianya(posts, title, rng, shape):
    out = [f'<div class="atl-head"><h1><span class="s_title">{_E(title)}</span></h1><div class="atl-info"><span>楼主：'
           f'{_E(posts[0]["user"])}</span><span>时间：{posts[0]["date"]}</span><span>点击：{rng.randint(99, 9999)}</span>'
           f'</div></div><div class="atl-main">']
    for i, p in enumerate(posts):
        content = "（该回复已被版主屏蔽）" if p["hidden"] else _text(p, rng, br=True)
        out.append(f'<div class="atl-item" id="{p["pid"]}"><div class="atl-head"><div class="atl-info"><span>作者：<a href="#">'
                   f'{_E(p["user"])}</a></span><span>时间：{p["date"]}</span></div></div><div class="atl-content"><div '
                   f'class="atl-con-bd clearfix"><div class="bbs-content{" clearfix" if i == 0 else ""}">{content}</div>'
                   f'<div class="atl-reply"><span>{p["floor"]}楼</span><a href="#">举报</a> | <a href="#">回复</a> | '
                   f'<a href="#">评论</a></div>{_ir_list(p)}</div></div></div>')
    out.append('</div><div class="atl-pages"><span>共3页</span><a href="#">下页</a></div>')
    return "".join(out), ["点击：", "共3页", "楼主：", "作者："]


def _ir_list(p) -> str:
    items = "".join(f'<li><a class="ir-name" href="#">{_E(u)}</a>：<span class="ir-content">{_E(s)}</span> '
                    f'<span class="ir-time">{p["date"]}</span></li>' for u, s in p["nested"])
    return f'<div class="ir-list"><ul>{items}</ul></div>' if items else ""


def _nga(posts, title, rng, shape):
    out = [f'<div id="m_posts"><h3 id="postsubject0">{_E(title)}</h3><div class="pager">[1] <a href="#">2</a> '
           f'<a href="#">&gt;</a></div><div id="m_posts_c">']
    for p in posts:
        quote = lambda u, d, s: f'<div class="quote">Reply to Post by {_E(u)} ({d})<br />{_E(s)}</div>'
        content = ('<span class="postcontent ubbcode">该用户因违规已被禁言，内容已屏蔽</span>' if p["hidden"] else
                   f'<span id="postcontent{p["floor"]}" class="postcontent ubbcode">{_text(p, rng, br=True, quote=quote)}'
                   f'</span>')
        out.append(f'<table class="forumbox postbox"><tr class="postrow row{p["floor"] % 2 + 1}"><td class="c1"><a '
                   f'class="author" href="#">{_E(p["user"])}</a><div class="stat">级别: {p["level"]} 威望: '
                   f'{rng.randint(0, 9)} 发帖: {p["score"]}<br />注册: {p["reg"]}</div></td><td class="c2"><div '
                   f'class="postInfo"><a class="small_colored_text_btn" href="#">#{p["floor"] - 1}</a> <span '
                   f'class="postdatec">{p["date"]}</span></div>{content}</td></tr></table>')
    out.append('</div></div>')
    return "".join(out), ["级别:", "威望:", "注册:", "Reply to Post"]


def _discuz7(posts, title, rng, shape):
    """Discuz! 7.2 (2009–13): the title inside the first post's ``postmessage``, the card in
    ``td.postauthor``, the text in ``td.t_msgfont``, signatures and actions in rows below."""
    out = [f'<div id="nav"><a href="#">邻里论坛</a> &raquo; <a href="#">家居装修</a> &raquo; {_E(title)}</div>'
           f'<div class="pages_btns"><div class="pages"><em>&nbsp;{len(posts)}&nbsp;</em><strong>1</strong>'
           f'<a href="#">2</a><a class="next" href="#">下一页</a></div><span class="postbtn"><a href="#">发帖</a></span></div>'
           f'<div id="postlist" class="mainbox viewthread">']
    for i, p in enumerate(posts):
        pid = p["pid"]
        head = f'<div id="threadtitle"><h1>{_E(title)}</h1></div>' if i == 0 else ""
        quote = lambda u, d, s: (f'<div class="quote"><h5>引用:</h5><blockquote>原帖由 <i>{_E(u)}</i> 于 {d} 发表<br />'
                                 f'{_E(s)}</blockquote></div>')
        text = ('<div class="locked">提示: <em>作者被禁止或删除 内容自动屏蔽</em></div>' if p["hidden"] else
                f'<div class="t_msgfontfix"><table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" '
                f'id="postmessage_{pid}">{_text(p, rng, br=True, quote=quote)}</td></tr></table></div>')
        edit = (f'<div class="postratings">本帖最后由 {_E(p["user"])} 于 {p["date"]} 编辑</div>' if p["edited"] else "")
        sig = (f'<tr><td class="postcontent postbottom"><div class="signatures">{_E(p["sig"])}</div></td></tr>'
               if p["sig"] else "")
        out.append(
            f'<div id="post_{pid}"><table id="pid{pid}" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr>'
            f'<td class="postauthor" rowspan="2"><div class="postinfo"><a href="space.php?uid={pid}">{_E(p["user"])}</a>'
            f'</div><div class="avatar"><img src="avatar.php?uid={pid}" /></div><dl class="profile s_clear"><dt>UID</dt>'
            f'<dd>{pid}&nbsp;</dd><dt>积分</dt><dd>{p["score"]}&nbsp;</dd><dt>注册时间</dt><dd>{p["reg"]}&nbsp;</dd></dl>'
            f'<p><em>{p["level"]}</em></p></td><td class="postcontent"><div class="postinfo"><strong><a id="postnum{pid}" '
            f'href="#">{"楼主" if i == 0 else p["floor"]}<sup>#</sup></a></strong><div class="posterinfo"><div '
            f'class="pagecontrol"><a href="#">只看该作者</a></div><div class="authorinfo"><em id="authorposton{pid}">'
            f'发表于 {p["date"]}</em></div></div></div><div class="defaultpost"><div id="ad_thread3_{i}"></div><div '
            f'class="postmessage{" firstpost" if i == 0 else ""}">{head}{edit}{text}</div>{_dianping(p)}</div></td></tr>{sig}'
            f'<tr><td class="postauthor"></td><td class="postcontent"><div class="postactions"><p><a href="#">回复</a>'
            f'<a href="#">引用</a><a href="#">评分</a><a href="#">报告</a><a href="#">TOP</a></p></div></td></tr>'
            f'</table></div>')
        if shape == "crowded" and i == 1:
            out.append(f'<div class="ad_pip"><a href="#">{_ADS[1]}</a></div>')
    out.append('</div><div class="pages_btns"><a class="next" href="#">下一页</a></div>')
    return "".join(out), ["只看该作者", "注册时间", "作者被禁止或删除", "本帖最后由", "原帖由", "UID"]


def _zhidaopre(posts, title, rng, shape):
    """百度知道 as printed around 2012: the question and each answer in a ``<pre>``, the best
    answer under ``div#best-answer-panel``, other answers in ``div.other-answer`` items."""
    q = posts[0]

    def pre(p, cls):
        rest = _text(dict(p, lines=[], img=False, quote=None), rng)
        return f'<pre class="{cls}" accuse="aContent">{_E(chr(10).join(p["lines"]))}</pre>{rest}'

    out = [f'<div id="question-box" class="mod-shadow"><div class="question-title"><h1 class="ask-title">{_E(title)}</h1>'
           f'</div><div class="question-content">{pre(q, "q-content")}</div><div class="ask-info f-aid">'
           f'{_E(q["user"])} | 浏览 {rng.randint(99, 9999)} 次 | {q["date"]}</div></div>']
    if len(posts) > 1:
        b = posts[1]
        out.append(f'<div id="best-answer-panel" class="mod-shadow"><div class="hd"><h2>最佳答案</h2></div><div '
                   f'class="content">{pre(b, "best-text mb-10")}</div><div class="grid f-aid">{_E(b["user"])} 回答于 '
                   f'{b["date"]} | 采纳率{rng.randint(40, 99)}%</div>{_nested(b, "zhidaopre")}</div>')
    out.append(f'<div id="reply-panel" class="mod-shadow"><div class="hd"><h2>其他回答 共{max(len(posts) - 2, 0)}条</h2>'
               f'</div>')
    for p in posts[2:]:
        out.append(f'<div class="other-answer"><div class="content">{pre(p, "reply-text mb-10")}</div><div class="grid '
                   f'f-aid">{_E(p["user"])} 回答于 {p["date"]} | <a href="#">评论</a></div>{_nested(p, "zhidaopre")}</div>')
    out.append('</div>')
    return "".join(out), ["最佳答案", "采纳率", "回答于", "浏览"]


_FAMILIES = {"discuz": (_discuz, "邻里论坛"), "phpbb": (_phpbb, "邻里论坛"), "douban": (_douban, "豆瓣"),
             "zhidao": (_zhidao, "百度知道"), "stackex": (_stackex, "问答社区"), "tieba": (_tieba, "百度贴吧"),
             "tianya": (_tianya, "天涯社区"), "nga": (_nga, "NGA玩家社区"), "discuz7": (_discuz7, "邻里论坛"),
             "zhidaopre": (_zhidaopre, "百度知道")}
_GENERATOR = {"discuz": "Discuz! X3.4", "phpbb": "phpBB", "discuz7": "Discuz! 7.2"}


_BOARD_NOTICE = ("本版是邻里之间交流家居装修经验的地方，欢迎大家分享自己的装修日记、材料选购心得和施工中遇到的问题。"
                 "发帖前请先搜索，避免重复提问；广告帖、引战帖一经发现立即删除，屡教不改者禁言处理。")


def _sidebar(rng: random.Random, notice: bool = False) -> str:
    """The board's hot threads with a line of each (and its notice): more prose than a short thread."""
    items = "".join(f'<li><a href="/t/{k}.html">{_E(t)}</a><p class="abstract">{_E(x)}</p><span>{rng.randint(9, 999)} 回复'
                    f'</span></li>' for k, (t, x) in enumerate(zip(rng.sample(gf._HOT, 6), rng.sample(_HOT_LINES, 6))))
    about = f'<div class="mod board-info"><h2>版块介绍</h2><p>{_BOARD_NOTICE}</p></div>' if notice else ""
    return (f'<div class="aside side">{about}<div class="mod"><h2>热门帖子 · · · · · ·</h2><ul class="hot-list">{items}'
            f'</ul></div></div>')


def _page(rng: random.Random, family: str, shape: str, doc_id: str) -> dict:
    title = f"{rng.choice(gf._TOPICS)}{rng.choice(['的经验分享', '求大家支招', '踩过的坑', '到底值不值'])}"
    posts = _posts(rng, shape, family)
    build, site = _FAMILIES[family]
    body, words = build(posts, title, rng, shape)
    side = _sidebar(rng, notice=shape == "tiny") if shape in ("crowded", "terse", "single", "tiny") else ""
    gen = f'<meta name="generator" content="{_GENERATOR[family]}" />' if family in _GENERATOR else ""
    nav = gf.nav_items(["首页", "论坛", "热帖", "消息"])
    page = gf.page_frame(title, site, f'<div id="hd"><a class="logo" href="/">{site}</a><ul class="nav">{nav}</ul><a href="#">登录</a> '
                         f'<a href="#">注册</a></div><div id="wrapper" class="wp cl"><div class="main">{body}</div>{side}</div>'
                         f'<div id="ft"><p>关于我们 | 联系我们 | 免责声明</p><p>© 2024 {site} 京ICP备12345678号</p></div>', head=gen)
    gold = []
    for p in posts:
        gold += [p["lines"]] if p["lines"] else []
        gold += [["".join(c for r in p["table"] for c in r)]] if p["table"] and not p["hidden"] else []
        gold += [["".join(p["code"])]] if p["code"] else []
        gold += [[s for _, s in p["nested"]]] if p["nested"] else []
    signed = family in ("discuz", "phpbb", "discuz7")  # the engines that print signatures here
    chrome = [x for p in posts for x in (p["user"], p["date"]) + ((p["sig"],) if p["sig"] and signed else ())]
    chrome += [_ADS[0][:12]] if shape == "crowded" and family in ("discuz", "phpbb") else []
    chrome += ["热门帖子", _HOT_LINES[0][:10], _HOT_LINES[3][:10]] if side else []
    chrome += ["版块介绍", _BOARD_NOTICE[:12]] if shape == "tiny" else []
    return {"id": doc_id, "family": family, "shape": shape, "title": title, "html": page, "posts": gold,
            "chrome": chrome + words + ["京ICP备", "免责声明"]}


def make_pages(seed: int = 1, pages: int = 168, split: str = "dev") -> list[dict]:
    families = SPLITS[split]
    rng = random.Random(f"engines-{split}-{seed}")
    return [_page(rng, families[k % len(families)], SHAPES[(k // len(families)) % len(SHAPES)], f"{split}-{k:04d}")
            for k in range(pages)]


def main(argv: list[str] | None = None) -> None:
    args = gf.split_options(__doc__, SPLITS, None, argv)
    args.pages = args.pages or (168 if args.split == "dev" else 60)
    gf.score_split(make_pages, args, SPLITS[args.split] + SHAPES)

if __name__ == "__main__":
    main()
