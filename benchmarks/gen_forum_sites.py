"""Threads in the markup of real Chinese forum and Q&A software, with gold, split by family.

``gen_forum.py`` and ``gen_forum_layouts.py`` vary the thread's markup inside one page
template (邻里社区), so what they measure is how posts are found, not how a real board's
page looks around them. Here each family is a whole page as that software prints it, from
its public templates: the board's header, crumbs, pagers, user cards, floor words, reply box
and footer.

dev families (tuned on)
* ``discuz``: Discuz! X ``viewthread``: ``table.plhin`` per post, ``td.pls`` user card,
  ``td.plc`` with ``发表于``, floors 楼主/沙发/板凳/地板/N#, ``td.t_f#postmessage_N``, ``div.sign``,
  回复/引用/举报, pagers ``1 2 3 … 下一页``, 返回列表, the fast-reply form;
* ``tieba``: 百度贴吧: ``div.l_post`` with ``d_author`` and ``d_post_content``, a tail line
  (来自客户端, N楼, date), 楼中楼 comments (``lzl_single_post``, counted as posts);
* ``zhihu``: a question (title, description, 关注者/被浏览), ``List-item`` answers with the
  author's headline, 赞同 counts, 编辑于, 条评论, a collapsed answer's 展开阅读全文;
* ``vbulletin``: vBulletin in Chinese: ``table.tborder`` per post, ``#postcount``, a user row,
  ``post_message_N``, the ``______`` signature;
* ``mobile``: a touch thread view: ``ul > li`` posts, a back bar, 电脑版/客户端 footer;
* ``single``: one post per page (a blog-like post of a board) with 上一篇/下一篇 and 阅读/评论;

held-out families (never tuned on: score them, do not read their misses)
* ``phpwind``: PHPWind ``table.floot`` per post, ``floot_left`` card, ``#read_tpc``/``#read_N``;
* ``tianya``: 天涯 ``div.atl-item`` posts, ``atl-info`` (作者/时间), ``bbs-content``, 打赏/举报/回复;
* ``zhidao``: 百度知道: question, ``wgt-best`` 最佳答案 with 采纳率, ``wgt-answers`` 其他回答.

Scored as in gen_forum (post recall, question kept, chrome kept: user names, dates as
printed, signatures, per-family chrome words)::

    .venv/bin/python benchmarks/gen_forum_sites.py --split dev --pages 120
    .venv/bin/python benchmarks/gen_forum_sites.py --split heldout --pages 120

>>> pages = make_pages(seed=2, pages=12, split="heldout")
>>> sorted({p["family"] for p in pages}), all(p["posts"] and "<html" in p["html"] for p in pages)
(['phpwind', 'tianya', 'zhidao'], True)
"""
from __future__ import annotations

import html as htmlmod
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_forum as gf  # noqa: E402

SPLITS = {"dev": ("discuz", "tieba", "zhihu", "vbulletin", "mobile", "single"),
          "heldout": ("phpwind", "tianya", "zhidao")}
_E = htmlmod.escape
_COMMENTERS = ["momo酱", "江南烟雨", "大白菜", "Kevin_Lee", "橘子汽水", "夜猫子"]
_LZL = ["同感，我家也是这样。", "请问后来怎么解决的？", "楼主说得很详细，谢谢。", "这个我也想知道。", "支持一下，很有帮助。"]
_FLOORS = ["楼主", "沙发", "板凳", "地板"]


def _floor(i: int) -> str:
    return _FLOORS[i] if i < len(_FLOORS) else f"{i + 1}#"


def _posts(rng: random.Random, family: str, terse: bool = False) -> list[dict]:
    n = 1 if family == "single" else rng.randint(3, 8)
    posts = []
    for i in range(n):
        if terse:  # a one-line question, replies of a few words: less prose than the page's notices
            lines = [gf._sentence(rng)] if i == 0 or rng.random() < 0.3 else [rng.choice(gf._SHORT)]
        elif family == "single":
            lines = [gf._sentence(rng) for _ in range(rng.randint(4, 8))]
        else:
            lines = gf._post_text(rng, i == 0)
        posts.append({"user": rng.choice(gf._USERS), "lines": lines, "level": rng.choice(gf._LEVELS),
                      "date": f"2024-{rng.randint(1, 12)}-{rng.randint(1, 28)} {rng.randint(0, 23):02d}:{rng.randint(10, 59)}",
                      "sig": rng.choice(gf._SIGS) if rng.random() < 0.35 else None, "pid": 31000 + 17 * i,
                      "comments": rng.sample(_LZL, rng.randint(1, 2)) if family == "tieba" and i and rng.random() < 0.5 else []})
    return posts


def _br(lines: list[str]) -> str:
    return "<br />\r\n".join(_E(s) for s in lines)


def _pager(rng: random.Random, nxt: str = "下一页") -> str:
    last = rng.randint(3, 12)
    return (f'<div class="pg"><strong>1</strong><a href="?page=2">2</a><a href="?page=3">3</a>'
            f'<a href="?page={last}" class="last">... {last}</a><label><input type="text" name="custompage" size="2" '
            f'value="1" /><span title="共 {last} 页"> / {last} 页</span></label><a href="?page=2" class="nxt">{nxt}</a></div>')


def _discuz(posts: list[dict], title: str, rng: random.Random) -> tuple[str, list[str]]:
    out = [f'<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">邻家论坛</a> <em>&rsaquo;</em> '
           f'<a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">生活杂谈</a> <em>&rsaquo;</em> '
           f'<a href="#">{_E(title)}</a></div></div><div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl">'
           f'<div class="pgt">{_pager(rng)}</div><span class="y pgb"><a href="forum-2-1.html">返回列表</a></span>'
           f'<a id="newspecial" href="#" title="发新帖"><img src="pn_post.png" alt="发新帖" /></a></div>'
           f'<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn">'
           f'<div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{rng.randint(300, 9000)}</span>'
           f'<span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(posts) - 1}</span></div></td>'
           f'<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{_E(title)}</span></h1>'
           f'<span class="xg1"><a href="#">[复制链接]</a></span></td></tr></table>']
    for i, p in enumerate(posts):
        pid = p["pid"]
        sig = (f'<tr><td class="plc plm"><div class="sign" style="max-height:100px;maxHeightIE:100px;">{_E(p["sig"])}'
               f'</div></td></tr>') if p["sig"] else ""
        out.append(
            f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">'
            f'<tr><td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi">'
            f'<a href="space-uid-{pid}.html" target="_blank" class="xw1">{_E(p["user"])}</a></div></div>'
            f'<div class="p_pop blk bui card_gender_0" id="userinfo{pid}" style="display: none"><div class="m z">'
            f'<div id="userinfo{pid}_ma"></div></div></div><div><div class="avatar"><a href="space-uid-{pid}.html">'
            f'<img src="avatar.php?uid={pid}&size=middle" /></a></div></div><div class="tns xg2"><table cellspacing="0" '
            f'cellpadding="0"><tr><th><p><a href="#" class="xi2">{rng.randint(1, 90)}</a></p>主题</th><th><p><a href="#" '
            f'class="xi2">{rng.randint(10, 900)}</a></p>帖子</th><td><p><a href="#" class="xi2">{rng.randint(10, 5000)}</a>'
            f'</p>积分</td></tr></table></div><p><em><a href="home.php?mod=spacecp&amp;ac=usergroup">{p["level"]}</a></em></p>'
            f'<ul class="xl xl2 o cl"><li class="pm2"><a href="#" title="发消息" class="xi2">发消息</a></li></ul></div></td>'
            f'<td class="plc"><div class="pi"><strong><a href="#pid{pid}" id="postnum{pid}"><em>{_floor(i)}</em></a></strong>'
            f'<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" src="online_member.gif" />'
            f'<em id="authorposton{pid}">发表于 {p["date"]}</em><span class="pipe">|</span><a href="#" rel="nofollow">只看该作者</a>'
            f'</div></div></div><div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb">'
            f'<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">\r\n'
            f'{_br(p["lines"])}</td></tr></table></div><div id="comment_{pid}" class="cm"></div>'
            f'<div id="post_rate_div_{pid}"></div></div></div></td></tr>{sig}<tr id="_postposition{pid}"></tr>'
            f'<tr><td class="pls"></td><td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl"><em>'
            f'<a class="fastre" href="#">回复</a><a class="repquote" href="#">引用</a></em><p><a href="javascript:;">举报</a>'
            f'</p></div></div></td></tr></table></div>')
    out.append(f'<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div>'
               f'</div></div><div class="pgs mtm mbm cl">{_pager(rng)}<span class="pgb y"><a href="forum-2-1.html">返回列表'
               f'</a></span></div><div id="f_pst" class="pl bm bmw"><form method="post" id="fastpostform"><table><tr>'
               f'<td class="pls"></td><td class="plc"><div id="fastposteditor"><textarea name="message"></textarea></div>'
               f'<p class="ptm pnpost"><a href="#" class="y">本版积分规则</a><button type="submit" id="fastpostsubmit">'
               f'<strong>发表回复</strong></button><label><input type="checkbox" />回帖后跳转到最后一页</label></p></td></tr>'
               f'</table></form></div></div>')
    return "".join(out), ["只看该作者", "返回列表", "发表回复", "本版积分规则", "发消息"]


def _tieba(posts: list[dict], title: str, rng: random.Random) -> tuple[str, list[str]]:
    out = [f'<div class="card_top_wrap"><a class="card_title_fname" href="/f?kw=x">生活吧</a><span class="card_menNum">'
           f'{rng.randint(1000, 90000)}</span>关注 <span class="card_infoNum">{rng.randint(1000, 90000)}</span>帖子</div>'
           f'<div class="left_section"><div class="core_title_wrap_bright"><h3 class="core_title_txt" title="{_E(title)}">'
           f'{_E(title)}</h3><ul class="core_title_btns"><li><a>只看楼主</a></li><li><a>收藏</a></li><li><a>回复</a></li></ul>'
           f'</div><div class="p_postlist" id="j_p_postlist">']
    for i, p in enumerate(posts):
        lzl = "".join(f'<li class="lzl_single_post j_lzl_s_p"><a class="j_user_card lzl_p_p" href="#"><img src="p.jpg"></a>'
                      f'<div class="lzl_cnt"><a class="at j_user_card" href="#">{rng.choice(_COMMENTERS)}</a>:&nbsp;'
                      f'<span class="lzl_content_main">{_E(c)}</span><div class="lzl_content_reply"><span class="lzl_jb">'
                      f'<a href="#">举报</a> | </span><span class="lzl_time">{p["date"]}</span><a class="lzl_s_r">回复</a>'
                      f'</div></div></li>' for c in p["comments"])
        lzl = (f'<div class="j_lzl_container core_reply_wrapper"><div class="j_lzl_c_b_a core_reply_content"><ul class="j_lzl_m_w">'
               f'{lzl}</ul><div class="lzl_editor_container"><a class="lzl_link_unfold">我也说一句</a></div></div></div>') if lzl else ""
        out.append(
            f'<div class="l_post j_l_post l_post_bright" data-field=\'{{"content":{{"post_id":{p["pid"]},"post_no":{i + 1}}}}}\'>'
            f'<div class="d_author"><ul class="p_author"><li class="icon"><div class="icon_relative j_user_card">'
            f'<a class="p_author_face" href="#"><img src="face.jpg"></a></div></li><li class="d_name"><a class="p_author_name '
            f'j_user_card" href="#">{_E(p["user"])}</a></li><li class="l_badge"><div class="p_badge"><a class="user_badge">'
            f'<div class="d_badge_title">吧友</div><div class="d_badge_lv">{rng.randint(1, 15)}</div></a></div></li></ul></div>'
            f'<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_{p["pid"]}" class="d_post_content '
            f'j_d_post_content clearfix" style="display:;">            {_br(p["lines"])}</div><br></cc></div>'
            f'<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap">'
            f'<span class="tail-info">来自Android客户端</span><span class="tail-info">{i + 1}楼</span><span class="tail-info">'
            f'{p["date"]}</span></div><ul class="p_tail"><li><a href="#">回复</a></li></ul></div>{lzl}</div></div></div>')
    out.append(f'</div><div class="l_thread_info"><ul class="l_posts_num"><li class="l_pager pager_theme_4">{_pager(rng, "下一页")}'
               f'</li><li class="l_reply_num">{len(posts)}回复贴，共{rng.randint(2, 9)}页</li></ul></div>'
               f'<div class="poster_head_text">发表回复</div></div>')
    return "".join(out), ["只看楼主", "来自Android客户端", "我也说一句", "回复贴", "吧友"]


def _zhihu(posts: list[dict], title: str, rng: random.Random) -> tuple[str, list[str]]:
    q = posts[0]
    out = [f'<div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main">'
           f'<div class="QuestionHeader-topics"><div class="Tag QuestionTopic"><a class="TopicLink" href="#">生活</a></div></div>'
           f'<h1 class="QuestionHeader-title">{_E(title)}</h1><div class="QuestionRichText QuestionRichText--expandable">'
           f'<span class="RichText ztext">{"".join(f"<p>{_E(s)}</p>" for s in q["lines"])}</span></div></div>'
           f'<div class="QuestionHeader-side"><div class="NumberBoard"><div class="NumberBoard-item"><div>关注者</div><strong>'
           f'{rng.randint(10, 999)}</strong></div><div class="NumberBoard-item"><div>被浏览</div><strong>{rng.randint(1000, 99999)}'
           f'</strong></div></div></div></div><div class="QuestionHeader-footer"><button>关注问题</button><button>写回答</button>'
           f'<button>邀请回答</button><button>好问题 {rng.randint(1, 40)}</button><button>添加评论</button><button>分享</button>'
           f'</div></div><div class="Question-main"><div class="Question-mainColumn"><div class="Card"><div class="List">'
           f'<div class="List-header"><h4 class="List-headerText"><span>{len(posts) - 1} 个回答</span></h4><div>默认排序</div></div>']
    for i, p in enumerate(posts[1:], 1):
        votes = rng.randint(2, 3000)
        more = '<button class="Button ContentItem-more">展开阅读全文</button>' if rng.random() < 0.4 else ""
        out.append(
            f'<div class="List-item"><div class="ContentItem AnswerItem" itemprop="answer"><div class="ContentItem-meta">'
            f'<div class="AuthorInfo AnswerItem-authorInfo"><span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar" '
            f'src="a.jpg"></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink '
            f'AuthorInfo-name"><a class="UserLink-link" href="#">{_E(p["user"])}</a></span></div><div class="AuthorInfo-detail">'
            f'<div class="ztext AuthorInfo-badgeText">{p["level"]}</div></div></div></div><div class="AnswerItem-extraInfo">'
            f'<span class="Voters"><button>{votes} 人赞同了该回答</button></span></div></div><div class="RichContent">'
            f'<div class="RichContent-inner"><span class="RichText ztext">{"".join(f"<p>{_E(s)}</p>" for s in p["lines"])}'
            f'</span></div>{more}<div class="ContentItem-time"><a href="#"><span>编辑于 {p["date"]}</span></a></div>'
            f'<div class="ContentItem-actions"><span><button class="VoteButton VoteButton--up">赞同 {votes}</button>'
            f'<button class="VoteButton VoteButton--down">反对</button></span><button>{rng.randint(0, 99)} 条评论</button>'
            f'<button>分享</button><button>收藏</button><button>喜欢</button></div></div></div></div>')
    out.append('</div></div></div><div class="Question-sideColumn"><div class="Card"><h3>相关问题</h3><ul>'
               + "".join(f'<li><a href="#">{t}</a> {rng.randint(2, 90)} 个回答</li>' for t in rng.sample(gf._HOT, 4))
               + '</ul></div></div></div>')
    return "".join(out), ["人赞同了该回答", "条评论", "关注者", "被浏览", "写回答", "相关问题", "展开阅读全文"]


def _vbulletin(posts: list[dict], title: str, rng: random.Random) -> tuple[str, list[str]]:
    out = [f'<table class="tborder" cellpadding="6" cellspacing="1" width="100%"><tr><td class="alt1"><span class="navbar">'
           f'<a href="index.php">邻家论坛</a></span> <span class="navbar">&gt; <a href="forumdisplay.php?f=2">生活杂谈</a></span>'
           f'<br /><strong>{_E(title)}</strong></td></tr></table><table class="tborder" cellpadding="3"><tr>'
           f'<td class="vbmenu_control"><a href="newreply.php">回复主题</a></td><td class="alt1">第 1 页，共 {rng.randint(2, 5)} 页'
           f'</td><td class="alt2"><a href="?page=2">2</a></td><td class="alt1"><a href="?page=2">&gt;</a></td></tr></table>'
           f'<div id="posts">']
    for i, p in enumerate(posts):
        pid = p["pid"]
        sig = f'<div>__________________<br />{_E(p["sig"])}</div>' if p["sig"] else ""
        head = f'<div class="smallfont"><strong>{_E(title) if i == 0 else "回复: " + _E(title)}</strong></div><hr size="1" />'
        out.append(
            f'<div id="edit{pid}"><table class="tborder" id="post{pid}" cellpadding="6" cellspacing="0" width="100%">'
            f'<tr><td class="thead" style="font-weight:normal;"><div class="normal" style="float:right">&nbsp;#<a href="#" '
            f'id="postcount{pid}" name="{i + 1}"><strong>{i + 1}</strong></a></div><div class="normal"><a name="post{pid}">'
            f'<img class="inlineimg" src="post_old.gif" alt="旧帖" /></a> {p["date"]}</div></td></tr><tr><td class="alt2" '
            f'style="padding:0px"><table cellpadding="0" cellspacing="6" border="0" width="100%"><tr><td class="alt2">'
            f'<a href="member.php?u={pid}"><img src="avatar.gif" alt="{_E(p["user"])} 的头像" /></a></td><td nowrap="nowrap">'
            f'<div id="postmenu_{pid}"><a class="bigusername" href="member.php?u={pid}">{_E(p["user"])}</a></div>'
            f'<div class="smallfont">{p["level"]}</div></td><td width="100%">&nbsp;</td><td valign="top" nowrap="nowrap">'
            f'<div class="smallfont"><div>注册日期: 2019-0{rng.randint(1, 9)}</div><div>帖子: {rng.randint(1, 900)}</div></div>'
            f'</td></tr></table></td></tr><tr><td class="alt1" id="td_post_{pid}">{head}<div id="post_message_{pid}">'
            f'{_br(p["lines"])}</div>{sig}</td></tr><tr><td class="alt2" align="right"><a href="report.php?p={pid}">举报</a> '
            f'<a href="newreply.php?do=newreply&amp;p={pid}">引用回复</a></td></tr></table></div>')
    out.append('<div id="lastpost"></div></div><table class="tborder"><tr><td class="alt1"><a href="newreply.php">回复主题</a>'
               '</td></tr></table><div class="smallfont" align="center">所有时间均为北京时间。现在的时间是 <span class="time">'
               '10:05</span>.</div>')
    return "".join(out), ["注册日期", "引用回复", "回复主题", "所有时间均为北京时间", "的头像"]


def _mobile(posts: list[dict], title: str, rng: random.Random) -> tuple[str, list[str]]:
    items = "".join(
        f'<li class="plc cl" id="pid{p["pid"]}"><div class="avatar"><img src="avatar.php" /></div><div class="display pi">'
        f'<ul class="authi"><li class="mtit"><span class="y"><em>{_floor(i)}</em></span><span class="z"><a href="#">'
        f'{_E(p["user"])}</a></span></li><li class="mtime"><span>{p["date"]}</span></li></ul><div class="message">'
        f'{_br(p["lines"])}</div></div><div class="replybtn"><a href="#">回复</a></div></li>' for i, p in enumerate(posts))
    return (f'<header class="header"><div class="nav"><a href="#" class="z"><img src="back.png" alt="返回" /></a>'
            f'<span class="name">帖子详情</span></div></header><div class="viewthread"><div class="view_tit"><h2>{_E(title)}</h2>'
            f'<span class="xg1">查看 {rng.randint(100, 9000)} | 回复 {len(posts) - 1}</span></div><div class="postlist">'
            f'<ul>{items}</ul></div><div class="page"><a href="?page=2">下一页</a><a href="#">末页</a></div></div>'
            f'<div class="footer"><a href="?mobile=no">电脑版</a> | <a href="#">客户端</a> | <a href="#">登录</a></div>',
            ["帖子详情", "电脑版", "客户端", "末页"])


def _single(posts: list[dict], title: str, rng: random.Random) -> tuple[str, list[str]]:
    p = posts[0]
    prev_t, next_t = rng.sample(gf._HOT, 2)
    return (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/club/">生活杂谈</a> &gt; 正文</div>'
            f'<div class="post-main"><div class="post-title"><h1>{_E(title)}</h1></div><div class="post-info">'
            f'<span class="author">作者：<a href="#">{_E(p["user"])}</a></span> <span class="time">{p["date"]}</span> '
            f'<span>阅读({rng.randint(10, 900)})</span> <span>评论(0)</span></div><div class="post-body">'
            f'{"".join(f"<p>{_E(s)}</p>" for s in p["lines"])}</div><div class="post-ops"><a href="#">赞</a> <a href="#">'
            f'收藏</a> <a href="#">分享到：</a></div><div class="post-nav"><p>上一篇：<a href="/t/1.html">{_E(prev_t)}</a></p>'
            f'<p>下一篇：<a href="/t/2.html">{_E(next_t)}</a></p></div></div>',
            ["上一篇", "下一篇", "阅读(", "评论(0)", "分享到", prev_t, next_t])


def _phpwind(posts: list[dict], title: str, rng: random.Random) -> tuple[str, list[str]]:
    out = [f'<div id="breadCrumb" class="bread-crumb"><a href="index.php" class="home">首页</a><em>&gt;</em>'
           f'<a href="thread.php?fid=2">生活杂谈</a><em>&gt;</em><a href="#">{_E(title)}</a></div><div class="cc mb10">'
           f'<div class="pages"><a href="#" class="pages_pre">&laquo;</a><b>1</b><a href="?page=2">2</a><a href="?page=2" '
           f'class="pages_next">&raquo;</a></div><span class="fr"><a href="post.php" class="post">发帖</a> <a href="#" '
           f'class="reply">回复</a></span></div><div id="main"><div class="t5 t2"><table class="floot"><tr class="vt">'
           f'<td class="floot_left" style="display:none"></td><td class="floot_right">阅读：{rng.randint(100, 9000)} 回复：'
           f'{len(posts) - 1}</td></tr></table></div>']
    for i, p in enumerate(posts):
        key = "tpc" if i == 0 else str(p["pid"])
        h1 = f'<h1 id="subject_tpc" class="read_h1">{_E(title)}</h1>' if i == 0 else ""
        sig = f'<div class="signature" style="max-height:150px;">{_E(p["sig"])}</div>' if p["sig"] else ""
        out.append(
            f'<div class="t5 t2"><a name="{key}"></a><table width="100%" class="floot" cellspacing="0" cellpadding="0">'
            f'<tr class="vt"><td class="floot_left" rowspan="2"><div class="readName b"><a href="u.php?uid={p["pid"]}">'
            f'{_E(p["user"])}</a></div><div class="floot_leftdiv"><a class="userCard face_img" href="#"><img src="face.jpg" '
            f'/></a><p><a href="#">{p["level"]}</a></p><div class="user-infoWraptwo">UID: {p["pid"]}<br />帖子 '
            f'{rng.randint(1, 900)}<br />威望 {rng.randint(0, 90)} 点</div></div></td><td class="floot_right" id="td_{key}">'
            f'<div class="tipTop s6"><span class="fr"><a class="s3 b" href="#{key}">{"楼主" if i == 0 else _floor(i)}</a>'
            f'</span><span title="{p["date"]}">发表于: {p["date"]}</span> <span class="gray">只看该作者</span> '
            f'<a href="#">小</a> <a href="#">中</a> <a href="#">大</a></div><div class="tpc_content">{h1}'
            f'<div class="f14 mb10" id="read_{key}">{_br(p["lines"])}</div></div></td></tr><tr><td class="floot_bottom">'
            f'{sig}<div class="tipBottom cc"><div class="readbot"><a class="r-quote" href="#">引用</a> <a class="r-reply" '
            f'href="#">回复</a></div><a href="#" class="gray">举报</a> <a href="#" class="gray">顶端</a></div></td></tr>'
            f'</table></div>')
    out.append('</div><div class="cc mb10"><div class="pages"><b>1</b><a href="?page=2">2</a></div></div><div class="t" '
               'id="quickpost"><h4>快速回复</h4><form><textarea name="atc_content"></textarea><input type="submit" value="提 交" />'
               '</form></div>')
    return "".join(out), ["只看该作者", "快速回复", "威望", "顶端", "UID:"]


def _tianya(posts: list[dict], title: str, rng: random.Random) -> tuple[str, list[str]]:
    q = posts[0]
    out = [f'<div id="doc"><div class="atl-location clearfix"><p class="crumbs"><em><a href="/">天涯社区</a></em><em>&gt;</em>'
           f'<em><a href="#">天涯杂谈</a></em><em>&gt;</em>帖子详情</p></div><div class="atl-main"><div class="atl-head">'
           f'<h1 class="atl-title"><span class="s_title"><span style="font-weight:400;">{_E(title)}</span></span></h1>'
           f'<div class="atl-info"><span>楼主：<a href="#" class="js-vip-check" uname="{_E(q["user"])}">{_E(q["user"])}</a>'
           f'</span>  <span>时间：{q["date"]}</span>  <span>点击：{rng.randint(100, 99999)}</span>  <span>回复：'
           f'{len(posts) - 1}</span></div><div class="atl-menu clearfix js-bbs-act"><a href="#">只看楼主</a> <a href="#">最新回帖</a>'
           f' <a href="#">最热回帖</a></div></div>']
    for i, p in enumerate(posts):
        info = "" if i == 0 else (f'<div class="atl-head"><div class="atl-info"><span>作者：<a href="#" class="js-vip-check">'
                                  f'{_E(p["user"])}</a></span> <span>时间：{p["date"]}</span></div></div>')
        out.append(
            f'<div class="atl-item{" host-item" if i == 0 else ""}" _host="{_E(p["user"])}" id="{i}" replyid="{p["pid"]}">'
            f'{info}<div class="atl-content"><div class="atl-con-hd clearfix"><div class="atl-con-hd-l"></div></div>'
            f'<div class="atl-con-bd clearfix"><div class="bbs-content{" clearfix" if i == 0 else ""}">{_br(p["lines"])}</div>'
            f'<div class="atl-reply"><span class="ir-list"></span>{"" if i == 0 else f"<span>{i}楼</span> "}'
            f'<a href="#" class="a-link-2 reportme">举报</a> | <a href="#" class="a-link-2 ir-shang">打赏</a> | '
            f'<a href="#" class="a-link-2 reply">回复</a> | <a href="#" class="a-link-2">赞</a></div></div></div></div>')
    out.append(f'<div class="atl-pages"><form><span>上页</span><strong>1</strong><a href="?p=2">2</a><a href="?p=2" '
               f'class="js-keyboard-next">下页</a> 到<input type="text" />页</form></div></div></div>')
    return "".join(out), ["点击：", "只看楼主", "打赏", "最热回帖", "下页"]


def _zhidao(posts: list[dict], title: str, rng: random.Random) -> tuple[str, list[str]]:
    q, best = posts[0], posts[1]
    out = [f'<div class="wgt-ask"><h1 class="question-title"><span class="ask-title">{_E(title)}</span></h1>'
           f'<div class="line mt-5 q-content"><span class="con-all">{_br(q["lines"])}</span></div><div class="line f-aid '
           f'ask-info"><span class="grid-r ask-time">{q["date"]}</span><a class="user-name" href="#">{_E(q["user"])}</a> '
           f'<span>|</span> 浏览{rng.randint(100, 9999)}次</div></div><div class="wgt-best" id="best-answer-{best["pid"]}">'
           f'<div class="wgt-best-mask"><span class="wgt-best-icon">最佳答案</span></div><div class="line content">'
           f'<div class="best-text mb-10" id="best-content-{best["pid"]}">{_br(best["lines"])}</div></div>'
           f'<div class="wgt-replyer-best"><a class="user-name" href="#">{_E(best["user"])}</a> <span class="grid-r f-aid '
           f'pos-time">{best["date"]}</span> 采纳率：{rng.randint(30, 99)}%</div><div class="evaluate"><span '
           f'class="evaluate-num">{rng.randint(1, 99)}</span>赞 <span>踩</span></div></div>']
    if len(posts) > 2:
        out.append(f'<div class="wgt-answers"><div class="hd line other-hd"><h2>其他回答</h2><span>共{len(posts) - 2}条</span></div>')
        for p in posts[2:]:
            out.append(f'<div class="bd answer" id="answer-{p["pid"]}"><div class="line content"><div class="answer-text '
                       f'mb-10"><span class="con">{_br(p["lines"])}</span></div></div><div class="line info f-aid">'
                       f'<a class="user-name" href="#">{_E(p["user"])}</a> <span class="pos-time">{p["date"]}</span></div>'
                       f'<div class="qb-zan-eva"><span class="evaluate">{rng.randint(0, 30)}赞</span> <span>踩</span></div></div>')
        out.append("</div>")
    out.append('<div class="wgt-related"><h2>为你推荐：</h2><ul>'
               + "".join(f'<li><a href="#">{t}</a></li>' for t in rng.sample(gf._HOT, 4)) + "</ul></div>")
    return "".join(out), ["采纳率", "浏览", "其他回答", "为你推荐", "最佳答案"]


_FAMILIES = {"discuz": (_discuz, "邻家论坛", "gbk"), "tieba": (_tieba, "百度贴吧", "utf-8"), "zhihu": (_zhihu, "知乎", "utf-8"),
             "vbulletin": (_vbulletin, "邻家论坛", "utf-8"), "mobile": (_mobile, "邻家论坛", "utf-8"),
             "single": (_single, "邻家社区", "utf-8"), "phpwind": (_phpwind, "邻家论坛", "gbk"),
             "tianya": (_tianya, "天涯社区", "utf-8"), "zhidao": (_zhidao, "百度知道", "utf-8")}


_NOTICE = ("温馨提示：本站所有帖子仅代表作者个人观点，不代表本站立场。如发现违法违规内容，请点击举报，"
           "管理员将在二十四小时内处理；转载请注明出处，谢谢合作。")
_TEASERS = ["周末带孩子去郊外露营，准备了三天，结果下雨了，分享一下这次的教训。",
            "第一次自己换水龙头，视频看了好几遍，最后发现型号买错了，大家别学我。",
            "楼下新开的面馆味道不错，价格也实在，就是中午排队的人有点多。",
            "租房合同到期房东要涨价，搬还是不搬，纠结了一个星期还没想好。"]


def _sidebar(rng: random.Random) -> str:
    """The board's notice and a list of hot threads with a line of each: prose that is no post."""
    hot = "".join(f'<li><a href="/t/{k}.html">{_E(t)}</a><p>{_E(x)}</p></li>'
                  for k, (t, x) in enumerate(zip(rng.sample(gf._HOT, 3), rng.sample(_TEASERS, 3))))
    return (f'<div class="side"><div class="notice"><h3>公告</h3><p>{_NOTICE}</p></div>'
            f'<div class="hot"><h3>热门推荐</h3><ul>{hot}</ul></div></div>')


_GENERATOR = {f: f'<meta name="generator" content="{g}" />' for f, g in (
    ("discuz", "Discuz! X3.4"), ("phpwind", "phpwind 8.7"), ("vbulletin", "vBulletin 3.8.7"))}


def _page(rng: random.Random, family: str, doc_id: str, terse: bool = False) -> dict:
    topic = rng.choice(gf._TOPICS)
    title = f"{topic}有什么要注意的，{rng.choice(['求各位指点', '大家怎么看', '有经验的来说说', '纠结好久了'])}"
    posts = _posts(rng, family, terse)
    if family == "zhidao" and len(posts) < 2:
        posts = posts + _posts(rng, family)[1:2]
    build, site, charset = _FAMILIES[family]
    body, words = build(posts, title, rng)
    suffix = " - Powered by Discuz!" if family == "discuz" else ""
    head = (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
            f'xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset={charset}" /><title>{_E(title)} - 生活杂谈 - {site}{suffix}</title>'
            f'<meta name="keywords" content="{_E(topic)}" />{_GENERATOR.get(family, "")}<script type="text/javascript">var STYLEID = "1";</script></head>')
    nav = "".join(f'<li><a href="/{k}">{t}</a></li>' for k, t in enumerate(["首页", "论坛", "门户", "群组", "排行榜"]))
    top = "" if family in ("mobile", "zhihu") else (
        f'<div id="toptb" class="cl"><div class="z"><a href="#">设为首页</a><a href="#">收藏本站</a></div><div class="y">'
        f'<a href="#">登录</a> <a href="#">立即注册</a></div></div><div id="hd"><h2><a href="/" title="{site}">'
        f'<img src="logo.png" alt="{site}" /></a></h2><div id="nv"><ul>{nav}</ul></div></div>')
    foot = "" if family == "mobile" else (
        f'<div id="ft" class="wp cl"><p><a href="#">Archiver</a><span class="pipe">|</span><a href="#">手机版</a>'
        f'<span class="pipe">|</span><a href="#">小黑屋</a><span class="pipe">|</span><strong><a href="#">{site}</a></strong>'
        f' ( <a href="#">京ICP备12345678号</a> )</p><p>GMT+8, 2024-5-1 10:00 , Processed in 0.052 second(s), 21 queries .</p>'
        f'<p>Powered by <strong>{site}</strong> &copy; 2001-2024</p></div>')
    side = _sidebar(rng) if terse else ""
    page = (f'{head}<body id="nv_forum" class="pg_viewthread">{top}<div id="wp" class="wp">{body}{side}</div>{foot}'
            '</body></html>')
    gold = [p["lines"] for p in posts] + [p["comments"] for p in posts if p["comments"]]
    chrome = [x for p in posts for x in (p["user"], p["date"]) + ((p["sig"],) if p["sig"] else ())]
    chrome += words + ([] if family == "mobile" else ["京ICP备", "Powered by"]) + (["温馨提示", "热门推荐"] if terse else [])
    return {"id": doc_id, "family": family, "shape": "terse" if terse else "plain", "title": title, "html": page,
            "posts": gold, "chrome": chrome}


def make_pages(seed: int = 1, pages: int = 120, split: str = "dev") -> list[dict]:
    families = SPLITS[split]
    rng = random.Random(f"sites-{split}-{seed}")
    return [_page(rng, families[k % len(families)], f"{split}-{k:04d}", terse=(k // len(families)) % 2 == 1)
            for k in range(pages)]


def main(argv: list[str] | None = None) -> None:
    args = gf.split_options(__doc__, SPLITS, 120, argv)
    gf.score_split(make_pages, args, SPLITS[args.split] + ("plain", "terse"), label="family")

if __name__ == "__main__":
    main()
