"""More thread layouts with gold, split into a dev part (tuned on) and a held-out part (scored only).

``gen_forum.py`` makes one post per block under one parent. Real boards also build threads as:

dev layouts
* ``tr``: one ``<table>`` for the thread, one ``<tr>`` per post (user cell beside content cell);
* ``mixed``: a question, answers, and under each answer a box of short comments (Zhihu-like);
* ``nested``: the answers inside a box named as comments (``div.comment-box > div.comment-list``);
* ``apart``: the first post built unlike the replies (the title and the text in a topic box, the
  replies in a list with avatar and reply cells, Douban-like), the replies holding most prose;

held-out layouts (never tuned on: score them, do not read their misses)
* ``tr2``: two rows per post (a head row with the user and date, a body row with the text);
* ``article``: HTML5 ``<article>`` per post with ``<header>`` and ``<footer>`` inside;
* ``best``: a question, one best answer in its own box, then the other answers (Zhidao-like).

Every layout is made in six shapes: ``plain``; ``short`` (question and only 2 replies);
``long`` (a first post of 10–16 sentences, replies of one); ``quoteq`` (replies quoting the
question in a quote box); ``casual`` (half the replies without punctuation: ``哈哈哈 太真实了``);
``groups`` (the posts in wrappers of two or three, as pages loaded one after another). Dev pages use gen_forum's namings (english, pinyin, none, sided);
held-out pages use ``bem`` (``c-post__body``) and ``abbrev`` (``pst``, ``msg``).

Scored as in gen_forum: post recall (comments under answers count as posts), question kept,
chrome kept (user names, dates, floors, signatures, page chrome).

    .venv/bin/python benchmarks/gen_forum_layouts.py --split dev --pages 192
    .venv/bin/python benchmarks/gen_forum_layouts.py --split heldout --pages 192

>>> pages = make_pages(seed=2, pages=12, split="dev")
>>> sorted({p["markup"] for p in pages}), all(p["posts"] for p in pages)
(['apart', 'mixed', 'nested', 'tr'], True)
"""
from __future__ import annotations

import html as htmlmod
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_forum as gf  # noqa: E402

SPLITS = {"dev": (("tr", "mixed", "nested", "apart"), ("english", "pinyin", "none", "sided")),
          "heldout": (("tr2", "article", "best"), ("bem", "abbrev"))}
SHAPES = ("plain", "short", "long", "quoteq", "casual", "groups")

_ROLES = {  # role -> (english, pinyin, bem, abbrev)
    "thread": ("thread", "tiezi", "c-thread", "thd"), "post": ("post", "huifu", "c-post", "pst"),
    "user": ("author", "yonghu", "c-post__author", "usr"), "body": ("content", "neirong", "c-post__body", "msg"),
    "floor": ("floor", "louceng", "c-post__floor", "fl"), "sig": ("signature", "qianming", "c-post__sig", "sg"),
    "ops": ("actions", "caozuo", "c-post__actions", "op"), "quote": ("quote", "yinyong", "c-quote", "qt"),
    "question": ("question", "wenti", "c-question", "q"), "time": ("date", "shijian", "c-post__time", "tm"),
    "answers": ("answer-list", "huida", "c-answers", "ans"), "best": ("best-answer", "zuijia", "c-best", "bst"),
    "comments": ("comments", "pinglun", "c-comments", "cmts"), "comment": ("comment-item", "pinglun-item",
                                                                          "c-comments__item", "cmt"),
    "box": ("comment-box", "pinglun-kuang", "c-comment-box", "cbox"), "head": ("posthead", "touxinxi", "c-post__head", "ph"),
}
_NAMING_INDEX = {"english": 0, "pinyin": 1, "bem": 2, "abbrev": 3}
_CASUAL = ["哈哈哈哈 太真实了", "同意楼上 我也是这么想的", "mark一下 回头再看", "蹲一个后续 楼主加油", "我也遇到过 最后不了了之",
           "路过 帮顶", "学到了 谢谢楼主", "这个真的要注意 别问我怎么知道的", "坐等更新", "羡慕 我们这边根本没有"]
_COMMENTS = ["说得有道理，学习了。", "我也遇到过，最后换了一家才解决。", "请问大概花了多少钱？", "这个思路不错，收藏了。",
             "楼上说的对，关键是细节。", "感谢回答，很实用。", "有没有具体的联系方式？", "补充一点，记得保留发票。"]


def _cls(naming: str, role: str, i: int = 0) -> str:
    if naming in ("none", "sided"):
        return gf._cls(naming, role, i) if role in ("user", "body", "post", "thread") else ""
    return f' class="{_ROLES[role][_NAMING_INDEX[naming]]}"'


def _posts(rng: random.Random, shape: str) -> list[dict]:
    n = 3 if shape == "short" else rng.randint(4, 8)
    posts, seen = [], set()
    for i in range(n):
        while True:
            if i == 0 and shape == "long":
                lines = [gf._sentence(rng) for _ in range(rng.randint(10, 16))]
            elif i and shape == "long":
                lines = [gf._sentence(rng)]
            elif i and shape == "casual" and rng.random() < 0.5:
                lines = [rng.choice(_CASUAL)]
            else:
                lines = gf._post_text(rng, i == 0)
            if not (set(lines) & seen) or lines[0] in gf._SHORT or lines[0] in _CASUAL:
                break
        seen.update(lines)
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        floor = "楼主" if i == 0 else f"{i + 1}楼"
        sig = rng.choice(gf._SIGS) if rng.random() < 0.35 else None
        posts.append({"user": rng.choice(gf._USERS), "date": date, "floor": floor, "lines": lines, "sig": sig,
                      "level": rng.choice(gf._LEVELS), "quote": None, "comments": []})
    for i, p in enumerate(posts[1:], 1):
        if shape == "quoteq" and rng.random() < 0.7:
            p["quote"] = (posts[0]["user"], posts[0]["lines"][0])
        p["comments"] = rng.sample(_COMMENTS, rng.randint(1, 3))
    return posts


def _parts(p: dict, i: int, naming: str) -> dict[str, str]:
    e = htmlmod.escape
    body = "".join(f"<p>{e(s)}</p>" if len(p["lines"]) > 1 else e(s) for s in p["lines"])
    if p["quote"]:
        who, said = p["quote"]
        body = f'<blockquote{_cls(naming, "quote")}>{e(who)} 发表于 楼主：{e(said)}</blockquote>' + body
    return {
        "user": f'<div{_cls(naming, "user")}><a href="/u/{i}">{e(p["user"])}</a> <span>{p["level"]}</span></div>',
        "meta": f'<span{_cls(naming, "time")}>发表于 {p["date"]}</span> <em{_cls(naming, "floor")}>{p["floor"]}</em>',
        "body": f'<div{_cls(naming, "body")}>{body}</div>',
        "sig": f'<div{_cls(naming, "sig")}>{e(p["sig"])}</div>' if p["sig"] else "",
        "ops": f'<div{_cls(naming, "ops")}><a href="#r">回复</a> <a href="#q">引用</a> <a href="#j">举报</a></div>',
        "votes": (f'<div{_cls(naming, "ops")}><a href="#up">赞同 {3 + 7 * i}</a> <a href="#c">{len(p["comments"])}'
                  ' 条评论</a> <a href="#s">分享</a></div>'),
    }


def _comment_box(p: dict, naming: str, rng: random.Random) -> str:
    e = htmlmod.escape
    items = "".join(f'<li{_cls(naming, "comment")}><a href="/u/c{k}">{e(rng.choice(gf._USERS))}</a>：{e(c)}'
                    f' <span>{rng.randint(1, 23)}小时前</span></li>' for k, c in enumerate(p["comments"]))
    return f'<ul{_cls(naming, "comments")}>{items}</ul>'


def _joined(items: list[str], groups: bool, wrapper: str, rng: random.Random) -> str:
    """The items in a row, or (``groups``) in wrappers of two or three (``<div>``, ``<tbody>``)."""
    if not groups:
        return "".join(items)
    out, k = [], 0
    while k < len(items):
        n = rng.randint(2, 3)
        out.append(f'<{wrapper} class="page-{len(out) + 1}">' + "".join(items[k:k + n]) + f"</{wrapper}>")
        k += n
    return "".join(out)


def _thread(posts: list[dict], markup: str, naming: str, rng: random.Random, groups: bool = False) -> str:
    parts = [_parts(p, i, naming) for i, p in enumerate(posts)]
    c = lambda role, i=0: _cls(naming, role, i)  # noqa: E731
    if markup == "tr":
        rows = [f'<tr{c("post", i)} id="pid{i}"><td width="150">{q["user"]}</td>'
                f'<td><div>{q["meta"]}</div>{q["body"]}{q["sig"]}{q["ops"]}</td></tr>' for i, q in enumerate(parts)]
        return f'<table{c("thread")} cellspacing="0">{_joined(rows, groups, "tbody", rng)}</table>'
    if markup == "tr2":
        rows = [f'<tr{c("head")}><td>{q["user"]}</td><td>{q["meta"]}</td></tr>'
                f'<tr><td><span>{posts[i]["level"]}</span></td><td>{q["body"]}{q["sig"]}{q["ops"]}</td></tr>'
                for i, q in enumerate(parts)]
        return f'<table{c("thread")}>{_joined(rows, groups, "tbody", rng)}</table>'
    if markup == "article":
        arts = [f'<article{c("post", i)}><header>{q["user"]} {q["meta"]}</header>{q["body"]}{q["sig"]}'
                f'<footer>{q["ops"]}</footer></article>' for i, q in enumerate(parts)]
        return f'{arts[0]}<section{c("thread")}><h3>全部回复</h3>{_joined(arts[1:], groups, "div", rng)}</section>'
    if markup == "apart":
        e = htmlmod.escape
        first = posts[0]
        topic = (f'<div{c("question")}><div><span>{e(first["user"])}</span> <span>{first["date"]}</span></div>'
                 f'{parts[0]["body"]}</div>')
        items = [f'<li{c("post", i)}><div><img src="/a/{i}.jpg" alt=""></div><div>'
                 f'<h4><a href="/u/{i}">{e(posts[i]["user"])}</a> {posts[i]["date"]}</h4>{q["body"]}{q["ops"]}</div></li>'
                 for i, q in enumerate(parts[1:], 1)]
        if groups:
            return f'{topic}<h3>回应</h3><div{c("thread")}>{_joined(items, True, "ul", rng)}</div>'
        return f'{topic}<h3>回应</h3><ul{c("thread")}>{"".join(items)}</ul>'
    q0 = parts[0]
    question = f'<div{c("question")}>{q0["user"]}{q0["body"]}<div>{q0["meta"]}</div></div>'
    answers = []
    for i, q in enumerate(parts[1:], 1):
        comments = _comment_box(posts[i], naming, rng) if markup == "mixed" else ""
        answers.append(f'<div{c("post", i)}>{q["user"]}{q["body"]}<div>{q["meta"]}</div>{q["votes"]}{comments}</div>')
    if markup == "best":
        return (f'{question}<div{c("best")}><h3>最佳答案</h3>{answers[0]}</div>'
                f'<div{c("answers")}><h3>其他回答</h3>{_joined(answers[1:], groups, "div", rng)}</div>')
    if markup == "nested":
        return (f'{question}<div{c("box")} id="comments"><h3>{len(answers)}条回复</h3>'
                f'<div{c("answers")}>{_joined(answers, groups, "div", rng)}</div></div>')
    return f'{question}<h3>{len(answers)}个回答</h3><div{c("answers")}>{_joined(answers, groups, "div", rng)}</div>'


def _page(rng: random.Random, markup: str, naming: str, shape: str, doc_id: str) -> dict:
    e = htmlmod.escape
    topic = rng.choice(gf._TOPICS)
    title = f"{topic}有什么要注意的，{rng.choice(['求各位指点', '大家怎么看', '有经验的来说说', '纠结好久了'])}"
    posts = _posts(rng, shape)
    if markup == "apart" and shape != "long":
        # the replies are answers: together they hold more than the short first post
        posts[0]["lines"] = posts[0]["lines"][:2]
    thread = _thread(posts, markup, naming, rng, groups=shape == "groups")
    gold = [p["lines"] for p in posts]
    if markup == "mixed":
        gold += [p["comments"] for p in posts[1:]]
    chrome = [x for p in posts for x in (p["user"], f"发表于 {p['date']}") + ((p["sig"],) if p["sig"] else ())]
    nav = "".join(f'<a href="/f/{k}">{t}</a> ' for k, t in enumerate(["首页", "问答", "家居", "亲子", "旅游"]))
    hot = "".join(f'<li><a href="/t/{k}.html">{t}</a></li>' for k, t in enumerate(rng.sample(gf._HOT, 5)))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(title)} - 邻里社区</title></head>
<body><div id="hd"><div class="logo">邻里社区</div><div>{nav}</div></div>
<div id="wp"><div>当前位置：<a href="/">首页</a> &gt; <a href="/f/{topic}">{e(topic)}</a></div>
<div><h1>{e(title)}</h1><div>浏览 {rng.randint(100, 9999)} 次</div>
{thread}
<div class="pg"><a href="?p=2">下一页</a></div><div>回复帖子 <a href="/login">登录</a> 后才可以回帖</div></div>
<div><h3>热门帖子</h3><ul>{hot}</ul></div></div>
<div id="ft">Copyright © 2024 邻里社区 版权所有 京ICP备87654321号</div></body></html>"""
    chrome += ["下一页", "后才可以回帖", "热门帖子", "版权所有"]
    return {"id": doc_id, "markup": markup, "naming": naming, "shape": shape, "title": title, "html": page,
            "posts": gold, "chrome": chrome}


def make_pages(seed: int = 1, pages: int = 96, split: str = "dev") -> list[dict]:
    markups, namings = SPLITS[split]
    rng = random.Random(f"{split}-{seed}")
    out = []
    for k in range(pages):
        markup = markups[k % len(markups)]
        shape = SHAPES[(k // len(markups)) % len(SHAPES)]
        naming = namings[(k // (len(markups) * len(SHAPES))) % len(namings)]
        out.append(_page(rng, markup, naming, shape, f"{split}-{k:04d}"))
    return out


def main(argv: list[str] | None = None) -> None:
    args = gf.split_options(__doc__, SPLITS, 192, argv)
    markups, namings = SPLITS[args.split]
    gf.score_split(make_pages, args, markups + SHAPES + namings, fields=("markup", "shape", "naming"))

if __name__ == "__main__":
    main()
