"""Generated multi-post pages (forum threads, Q&A pages) with gold, to measure post extraction.

A page is a question (the first post) and several replies in repeated sibling blocks, with
per-post chrome: user names and levels, dates, floor numbers (楼主/沙发/板凳/N楼/#N),
reply / quote / report buttons, signatures, and around the thread the site's navigation,
a hot-thread list and a footer. Posts sometimes quote an earlier one (the quote is neither
counted as text nor as chrome). The markup varies:

* ``div``: ``div.post > div.author + div.content`` blocks;
* ``table``: one ``<table>`` per post, user cell beside content cell (Discuz-like);
* ``li``: ``ul > li`` replies under a question block;
* ``dl``: ``dl > dt`` (user line) ``+ dd`` (text) per post;
* ``qa``: a question block, an "N 个回答" heading, answers in a list with vote and comment
  links (Zhidao/Zhihu-like);

and user cards rich in links (发消息, 加好友, 个人空间) on some pages,
and class names in English, in pinyin, by layout (left/right cells, row1/row2 posts) or none.

For each page it scores the extractor's text: **post recall** (share of the posts'
sentences found in the output), **question kept** (the first post's sentences found) and
**chrome kept** (share of the per-post and page chrome strings found in the output).

    .venv/bin/python benchmarks/gen_forum.py --pages 120          # scores by markup and naming
    .venv/bin/python benchmarks/gen_forum.py --write /tmp/f.jsonl  # the pages, with gold

>>> pages = make_pages(seed=2, pages=8)
>>> len(pages), all("<html" in p["html"] and p["posts"] for p in pages)
(8, True)
"""
from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import sys


MARKUPS = ("div", "table", "li", "dl", "qa")
NAMINGS = ("english", "pinyin", "none", "sided")

_TOPICS = ["装修", "考研", "租房", "带娃", "自驾游", "买车", "跑步", "养猫", "理财", "换工作", "种花", "做饭"]
_SUBJ = ["我家", "我们小区", "我姐", "我同事", "我表哥", "朋友", "老婆", "隔壁邻居", "我们单位", "我自己"]
_VERB = ["去年试过", "前两个月刚做完", "一直在研究", "上周问过师傅", "查了不少资料", "花了半年时间对比",
         "踩过不少坑", "特意咨询了专业人士", "在网上看了很多经验帖", "亲身经历过"]
_OBJ = ["这个方案", "这种做法", "那家店的服务", "这条路线", "这种材料", "这个价格", "那套流程", "这个牌子"]
_REST = ["感觉性价比还可以，就是前期准备要做足", "最大的问题是时间成本太高，不太建议新手这样做",
         "关键看自己的预算和需求，别盲目跟风", "整体体验不错，但是售后响应比较慢",
         "建议先小范围试一试，确定没问题再全面铺开", "价格比去年涨了差不多两成，现在入手不太划算",
         "如果能找到靠谱的熟人介绍会省心很多", "细节上一定要写进合同里，口头承诺不算数",
         "周末人特别多，最好错峰出行", "身边几个人用下来反馈都挺好的", "网上说法很多，最后还是要看实际情况"]
_SHORT = ["同问，坐等大神解答。", "谢谢分享，很有用！", "顶一下，支持楼主。", "说得太对了，深有体会。", "马克一下，回头细看。"]
_USERS = ["小鱼儿2019", "风吹麦浪", "老张不慌", "静待花开", "sunny_day", "北方的狼", "豆豆妈妈", "追风少年88",
          "一只咸鱼", "云淡风轻", "Tony老师", "海边的卡夫卡", "阿呆", "吃货小分队", "路人甲"]
_LEVELS = ["注册会员", "中级会员", "高级会员", "金牌会员", "版主", "新手上路"]
_FLOORS = ["沙发", "板凳", "地板", "地下室"]
_SIGS = ["生活不止眼前的苟且，还有诗和远方", "本人签名：专业装修二十年，欢迎咨询", "我的小店开业啦，欢迎光临",
         "每天进步一点点", "签名档：一切随缘"]
_HOT = ["求推荐靠谱的装修公司", "新手养猫需要准备什么", "五一自驾去哪里比较好", "考研英语怎么复习",
        "租房遇到黑中介怎么办", "跑步膝盖疼正常吗", "有没有好用的记账软件", "家常红烧肉的做法"]

_NAMES = {  # role -> (english, pinyin)
    "thread": ("thread", "tiezi"), "post": ("post", "huifu"), "user": ("author", "yonghu"),
    "body": ("content", "neirong"), "floor": ("floor", "louceng"), "sig": ("signature", "qianming"),
    "ops": ("actions", "caozuo"), "quote": ("quote", "yinyong"), "question": ("question", "wenti"),
    "time": ("date", "shijian"), "answers": ("answer-list", "huida"),
}


#: ``sided``: layout words, as many boards name them: cells by side, posts by alternating rows.
_SIDED = {"user": "left", "body": "right", "post": "row1", "thread": "main"}


def _cls(naming: str, role: str, i: int = 0) -> str:
    if naming == "none":
        return ""
    if naming == "sided":
        name = _SIDED.get(role, "")
        if role == "post":
            name = f"row{i % 2 + 1}"
        return f' class="{name}"' if name else ""
    return f' class="{_NAMES[role][0 if naming == "english" else 1]}"'


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJ)}{rng.choice(_VERB)}{rng.choice(_OBJ)}，{rng.choice(_REST)}。"


def _post_text(rng: random.Random, first: bool) -> list[str]:
    if not first and rng.random() < 0.25:
        return [rng.choice(_SHORT)]
    n = rng.randint(3, 5) if first else rng.randint(1, 3)
    # each sentence once per page matters for scoring: a running number keeps them apart
    return [_sentence(rng) for _ in range(n)]


def _page(rng: random.Random, markup: str, naming: str, doc_id: str) -> dict:
    e = htmlmod.escape
    topic = rng.choice(_TOPICS)
    title = f"关于{topic}的问题，{rng.choice(['求各位指点', '大家怎么看', '有经验的来说说', '纠结好久了'])}"
    n_posts = rng.randint(3, 9)
    posts, chrome, seen = [], [], set()
    rich = rng.random() < 0.4
    for i in range(n_posts):
        while True:
            lines = _post_text(rng, i == 0)
            if not (set(lines) & seen) or lines[0] in _SHORT:
                break
        seen.update(lines)
        user = rng.choice(_USERS)
        floor = "楼主" if i == 0 else (_FLOORS[i - 1] if i <= len(_FLOORS) and rng.random() < 0.7 else f"{i + 1}楼")
        if rng.random() < 0.3 and i:
            floor = f"#{i + 1}"
        date = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        sig = rng.choice(_SIGS) if rng.random() < 0.4 else None
        quote = None
        if i >= 2 and rng.random() < 0.3:
            quote = (posts[1]["user"], posts[1]["lines"][0])
        posts.append({"user": user, "floor": floor, "date": date, "lines": lines, "sig": sig, "quote": quote,
                      "level": rng.choice(_LEVELS), "rich": rich})
        chrome += [user, f"发表于 {date}", floor] + ([sig] if sig else [])
    blocks = [_render_post(p, i, markup, naming, e) for i, p in enumerate(posts)]
    nav = "".join(f'<a href="/f/{k}">{t}</a> ' for k, t in enumerate(["首页", "论坛", "家居", "亲子", "旅游", "数码"]))
    hot = "".join(f'<li><a href="/t/{k}.html">{t}</a></li>' for k, t in enumerate(rng.sample(_HOT, 5)))
    if markup == "qa":
        q, rest = blocks[0], blocks[1:]
        thread = (f'<div{_cls(naming, "question")}>{q}</div><h3>{n_posts - 1}个回答</h3>'
                  f'<div{_cls(naming, "answers")}>{"".join(rest)}</div>')
        chrome.append("个回答")
    elif markup == "li":
        q, rest = blocks[0], blocks[1:]
        thread = f'<div{_cls(naming, "question")}>{q}</div><ul{_cls(naming, "thread")}>{"".join(rest)}</ul>'
    elif markup == "dl":
        thread = f'<div{_cls(naming, "thread")}>{"".join(blocks)}</div>'
    else:
        thread = f'<div{_cls(naming, "thread")}>{"".join(blocks)}</div>'
    pager = '<div class="pg"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=2">下一页</a></div>'
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(title)} - 生活论坛</title></head>
<body><div id="hd"><div class="logo">生活论坛</div><div>{nav}</div></div>
<div id="wp"><div>当前位置：<a href="/">首页</a> &gt; <a href="/f/{topic}">{e(topic)}版</a></div>
<div><h1>{e(title)}</h1><div>查看: {rng.randint(100, 9999)} | 回复: {n_posts - 1}</div>
{thread}{pager}
<div>回复帖子 <a href="/login">登录</a> 后才可以回帖</div></div>
<div><h3>热门帖子</h3><ul>{hot}</ul></div></div>
<div id="ft">Copyright © 2023 生活论坛 版权所有 京ICP备12345678号</div></body></html>"""
    chrome += ["下一页", "后才可以回帖", "热门帖子", "版权所有"]
    return {"id": doc_id, "markup": markup, "naming": naming, "title": title, "html": page,
            "posts": [p["lines"] for p in posts], "chrome": chrome}


def _render_post(p: dict, i: int, markup: str, naming: str, e) -> str:
    body = "".join(f"<p>{e(s)}</p>" if len(p["lines"]) > 1 else e(s) for s in p["lines"])
    if p["quote"]:
        who, said = p["quote"]
        body = (f'<blockquote{_cls(naming, "quote")}>引用 {e(who)} 的回复：{e(said)}</blockquote>' + body)
    card = ('<a href="/pm">发消息</a> <a href="/friend">加好友</a> <a href="/space">个人空间</a>'
            f' <span>积分 {100 + 37 * i}</span>' if p["rich"] else "")
    user = (f'<div{_cls(naming, "user")}><a href="/u/{i}">{e(p["user"])}</a> <span>{p["level"]}</span>{card}</div>')
    meta = f'<span{_cls(naming, "time")}>发表于 {p["date"]}</span> <em{_cls(naming, "floor")}>{e(p["floor"])}</em>'
    ops = f'<div{_cls(naming, "ops")}><a href="#r">回复</a> <a href="#q">引用</a> <a href="#j">举报</a></div>'
    sig = f'<div{_cls(naming, "sig")}>{e(p["sig"])}</div>' if p["sig"] else ""
    content = f'<div{_cls(naming, "body")}>{body}</div>'
    if markup == "div":
        return f'<div{_cls(naming, "post", i)} id="post_{i}">{user}<div>{meta}</div>{content}{sig}{ops}</div>'
    if markup == "table":
        return (f'<table{_cls(naming, "post", i)} id="pid{i}"><tr><td width="160">{user}</td>'
                f'<td><div>{meta}</div>{content}{sig}{ops}</td></tr></table>')
    if markup == "li":
        if i == 0:
            return f'{user}<div>{meta}</div>{content}{ops}'
        return f'<li{_cls(naming, "post", i)}>{user}<div>{meta}</div>{content}{sig}{ops}</li>'
    if markup == "qa":
        votes = (f'<div{_cls(naming, "ops")}><a href="#up">赞同 {3 + 7 * i}</a> <a href="#c">{i} 条评论</a>'
                 ' <a href="#s">分享</a></div>')
        return f'<div{_cls(naming, "post", i)}>{user}{content}<div>{meta}</div>{votes}</div>' if i else \
            f'{user}{content}<div>{meta}</div>'
    return f'<dl{_cls(naming, "post", i)}><dt>{user} {meta}</dt><dd>{content}{sig}{ops}</dd></dl>'


def make_pages(seed: int = 1, pages: int = 120) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for k in range(pages):
        markup, naming = MARKUPS[k % len(MARKUPS)], NAMINGS[(k // len(MARKUPS)) % len(NAMINGS)]
        out.append(_page(rng, markup, naming, f"forum-{k:04d}"))
    return out


def score_page(page: dict, text: str) -> dict:
    """Post recall, question kept and chrome kept of one extracted ``text``."""
    flat = text.replace("\n", "")
    sentences = [s for lines in page["posts"] for s in lines]
    found = sum(1 for s in sentences if s in flat)
    q = page["posts"][0]
    chrome = page["chrome"]
    return {"recall": found / len(sentences), "question": sum(s in flat for s in q) / len(q),
            "chrome": sum(1 for c in chrome if c in text) / len(chrome)}


# ---------------------------------------------------------------------------------------------
# What the other forum generators share (gen_forum_boards, _markup, _wild, _engines, _sites, _layouts)

#: The header, content and footer boxes of the frame most generators print around a thread.
BOARD_BOXES = ('class="header"', 'class="main"', 'class="footer"')


def nav_items(labels: list[str]) -> str:
    return "".join(f'<li><a href="/{k}">{t}</a></li>' for k, t in enumerate(labels))


def page_frame(title: str, site: str, content: str, *, head: str = "", nav: list[str] | None = None,
               boxes: tuple[str, str, str] = BOARD_BOXES, year: int = 2023) -> str:
    """A page titled ``title - site`` (``head``: more of its head). With ``nav`` the body is the
    site's frame: a header box (logo, the ``nav`` links, 登录 | 注册), ``content`` in the main box
    and a footer (关于我们 …, Copyright © ``year``, an ICP number), the boxes named by ``boxes``;
    without, the body is ``content`` as the generator printed it."""
    if nav is not None:
        header, main, footer = boxes
        content = (f'<div {header}><div class="logo"><a href="/">{site}</a></div><ul class="nav">{nav_items(nav)}</ul>'
                   f'<div class="login"><a href="#">登录</a> | <a href="#">注册</a></div></div><div {main}>{content}</div>'
                   f'<div {footer}><p>关于我们 | 联系我们 | 免责声明</p><p>Copyright © {year} {site} 京ICP备23456789号</p></div>')
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8" /><title>{htmlmod.escape(title)} - {site}</title>{head}'
            f'</head><body>{content}</body></html>')


def gold_and_chrome(posts: list[dict], words: list[str], *, article: bool = False,
                    signed: bool = True) -> tuple[list[list[str]], list[str]]:
    """The gold (each post's lines) and the chrome strings of a page of ``posts``: each post's
    user and date (and signature, when ``signed``), the family's ``words`` and the frame's.
    An ``article``'s gold is its first post alone: the readers' comments under it are chrome."""
    gold = [p["lines"] for p in posts if p["lines"]]
    chrome = [x for p in posts if p["lines"] for x in (p["user"], p["date"]) + ((p["sig"],) if signed and p["sig"] else ())]
    if article:
        gold, words = gold[:1], words + [p["lines"][0] for p in posts[1:]]
    return gold, chrome + words + ["京ICP备", "关于我们"]


def split_options(doc: str, splits: dict, pages: int | None, argv: list[str] | None = None) -> argparse.Namespace:
    """The command line of a generator with dev and held-out splits (``--show`` prints dev pages only)."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--split", choices=sorted(splits), default="dev")
    ap.add_argument("--pages", type=int, default=pages)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print the text of this many worst pages (dev only)")
    ap.add_argument("--family", help="with --show, only this family or shape (dev only)")
    ap.add_argument("--pipeline", action="store_true",
                    help="score the whole default pipeline's text (what `zhclean clean` writes), not extraction alone")
    args = ap.parse_args(argv)
    if args.split != "dev":
        args.show = 0  # held-out pages are scored, never read
    return args


def score_split(make_pages, args: argparse.Namespace, keys: tuple[str, ...], **shown) -> None:
    """Score the pages ``make_pages`` makes for ``args`` (see :func:`split_options`) and print the scores."""
    text_of = page_text(args.pipeline)
    rows = [(p, score_page(p, t := text_of(p["html"])), t) for p in make_pages(args.seed, args.pages, args.split)]
    print_scores(rows, keys, show=args.show, only=args.family, **shown)


def page_text(pipeline: bool = False):
    """What a generator scores: the extracted text, or the whole default pipeline's (as
    ``zhclean clean`` writes it)."""
    if pipeline:
        from zhclean import Pipeline
        run = Pipeline()
        return lambda page: run.clean_text(page, html="always")
    from zhclean.html import extract
    return lambda page: extract(page)[0]


def print_scores(rows: list[tuple[dict, dict, str]], keys: tuple[str, ...], fields: tuple[str, ...] = ("family", "shape"),
                 show: int = 0, only: str | None = None, label: str = "group") -> None:
    """The mean scores of all ``rows`` (page, score, text) and of each group in ``keys`` (a value of one
    of the pages' ``fields``), then the text of the ``show`` worst pages (of group ``only``)."""
    print(f"{label:10} {'pages':>5} {'post recall':>11} {'question':>8} {'chrome kept':>11} {'recall<0.9':>10}")
    for key in ("all",) + keys:
        g = [s for p, s, _ in rows if key == "all" or key in (p.get(f) for f in fields)]
        if not g:
            continue
        mean = lambda f: sum(x[f] for x in g) / len(g)  # noqa: E731
        print(f"{key:10} {len(g):5d} {mean('recall'):11.3f} {mean('question'):8.3f} {mean('chrome'):11.3f} "
              f"{sum(x['recall'] < 0.9 for x in g):10d}")
    shown = [r for r in rows if only is None or only in (r[0].get(f) for f in fields)]
    for p, s, text in sorted(shown, key=lambda r: r[1]["recall"] - r[1]["chrome"])[:show]:
        print(f"\n--- {p['id']} {' '.join(p[f] for f in fields)} recall {s['recall']:.2f} chrome {s['chrome']:.2f}\n{text}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--write", help="write the pages (with gold) as JSONL here instead of scoring")
    ap.add_argument("--show", type=int, default=0, help="print the text of this many worst pages")
    ap.add_argument("--html", action="store_true", help="with --show, print the pages too")
    args = ap.parse_args(argv)
    pages = make_pages(args.seed, args.pages)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            for p in pages:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
        return
    text_of = page_text()
    rows = [(p, score_page(p, t := text_of(p["html"])), t) for p in pages]
    print_scores(rows, MARKUPS + NAMINGS, fields=("markup", "naming"))
    for p, s, text in sorted(rows, key=lambda r: r[1]["recall"] - r[1]["chrome"])[:args.show]:
        if args.html:
            print(p["html"])
        print(f"\n--- {p['id']} {p['markup']}/{p['naming']} recall {s['recall']:.2f} chrome {s['chrome']:.2f}")
        print(text)


if __name__ == "__main__":
    main()
