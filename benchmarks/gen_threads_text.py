"""Threads copied as plain text, with gold: does C309 take a thread's furniture, and only that?

A forum thread, a Q&A page or a comment list copied off the page as text (CommonCrawl style)
keeps, between its posts, what the board prints around each: the poster's info line, the
row of votes and buttons, the poster's card, the headings between the answers. Each page
here is a thread of posts (sentences and one-line replies) with that furniture in one
board's wording, or an article that holds the lines a furniture rule could mistake (a
dateline, a timetable, a notice list, a vote tally, a quiz). Scored through the whole
default pipeline:

* **furniture removed**: share of the furniture lines gone from the output;
* **post lines kept**: share of the posts' lines found whole in the output;
* **trap lines kept**: share of the articles' lines found whole.

The furniture's wordings come in two sets: ``dev`` (the rule was written and tuned with
them) and ``heldout`` (written at the same time, never tuned on: score it, do not read its
misses)::

    .venv/bin/python benchmarks/gen_threads_text.py --split dev --show 3
    .venv/bin/python benchmarks/gen_threads_text.py --split heldout

>>> pages = make_pages(seed=2, pages=6, split="heldout")
>>> all(p["lines"] for p in pages), {p["kind"] for p in pages} <= {"thread", "article"}
(True, True)
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_forum as gf  # noqa: E402

_TERSE = ["顶顶顶", "支持楼主", "谢谢楼主分享", "mark一下", "同问", "学习了", "前排围观", "楼主好人"]
_USERS = gf._USERS + ["lucky_cat_7", "深蓝2020", "一杯清茶", "Mr.Wang", "小明同学"]
_DEVICES = ["iPhone客户端", "Android客户端", "手机版", "网页版", "华为Mate 60"]
_PROVINCES = ["广东", "浙江", "北京", "四川", "江苏", "湖北"]


def _date(rng: random.Random) -> str:
    return f"20{rng.randint(12, 24)}-{rng.randint(1, 12)}-{rng.randint(1, 28)}"


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


# Each furniture kind in the words of several boards: a template per wording, filled with
# a user, a date, a time, numbers. dev and heldout share no template.
_INFO = {
    "dev": ["{u} 发表于 {d} {t}", "{n}楼 {u} {d} {t}", "{u} · {d} {t} 提问", "{u} 回答于 {d} {t}", "楼主 {u} 发表于 {d}",
            "#{n} {u} {d} {t}", "{d} {t} 来自{dev}"],
    "heldout": ["{u} 回复于 {d} {t}", "第{n}楼 {u} 发表于 {d} {t}", "{u} 评论于 {d} {t}", "沙发 {u} {d} {t}",
                "{d} {t} IP属地：{prov}", "{u} {d} {t} 发帖", "{u} 留言于 {d} {t}", "{n}# {u} {d} {t}"],
}
_VOTES = {
    "dev": ["{u} 赞 {n} 踩", "回复 引用 举报", "赞({n}) | 回复", "有用({n}) 没用({m})"],
    "heldout": ["赞同 {n} 反对", "点赞 {n} · 回复 · 举报", "{u} 收藏 分享 举报", "支持({n}) 反对({m})", "追问 | 评论({n})"],
}
_CARDS = {
    "dev": ["{u}采纳率：{p}%擅长：生活", "积分 {n} 帖子 {m} 注册时间 {d}", "采纳率：{p}% 回答数：{n}"],
    "heldout": ["{u} 等级：{n} 积分：{m}", "威望 {n} 金钱 {m} 精华 {k}", "{u} 被采纳 {n} 获赞 {m}", "帖子：{n} 主题：{m} 在线时间：{k}小时"],
}
_HEADINGS = {
    "dev": ["最佳答案", "其他{n}条回答", "全部回复（{n}）"],
    "heldout": ["热门评论", "精彩回答", "共{n}条回复", "{n}个回答", "推荐答案"],
}
# Articles holding lines a furniture rule could take for a thread's: each line must stay.
_TRAPS = [
    ["市总工会开展夏送清凉活动", "本站记者 发表于 {d} {t}",
     "连日来，市总工会组织慰问组深入建筑工地、环卫站点，为高温下坚守岗位的一线职工送去清凉物资。",
     "慰问组还详细了解了企业防暑降温措施落实情况，叮嘱企业合理调整作息时间。"],
    ["新闻发布会议程", "9:30 主持人介绍出席嘉宾", "9:40 发布人通报有关情况", "10:00 回答记者提问", "10:30 发布会结束"],
    ["通知公告", "关于开展职工职业技能竞赛的通知 {d} 发布", "关于做好夏季安全生产工作的通知 {d} 发布",
     "关于召开第五届职工代表大会的通知 {d} 发布"],
    ["职工代表大会表决情况", "本次大会应到代表120名，实到115名，符合法定人数。", "表决结果：赞成 {n} 票 反对 {m} 票 弃权 0 票",
     "大会审议通过了集体合同草案。"],
    ["工会知识竞赛试题", "1．工会会员大会每年至少召开几次？", "答案", "一次。", "2．工会经费的主要来源有哪些？", "答案",
     "会员缴纳的会费和单位拨缴的经费。"],
    ["积分落户政策调整", "今年起，本市积分落户的申请条件有所放宽，社保缴纳满五年的职工均可申请。", "经验：3年以上 学历：本科",
     "主题：工会换届选举"],
    ["列车时刻调整", "自{d}起，部分列车运行时刻调整如下：", "G102次 {t} 发车", "D305次 {t} 到达", "请旅客留意车站公告。"],
]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(u=rng.choice(_USERS), d=_date(rng), t=_clock(rng), n=rng.randint(2, 99), m=rng.randint(0, 40),
                           k=rng.randint(1, 20), p=rng.randint(40, 99), dev=rng.choice(_DEVICES), prov=rng.choice(_PROVINCES))


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(gf._SUBJ)}{rng.choice(gf._VERB)}{rng.choice(gf._OBJ)}，{rng.choice(gf._REST)}。"


def _thread(rng: random.Random, split: str) -> dict:
    lines: list[tuple[str, str]] = [(f"{rng.choice(gf._TOPICS)}{rng.choice(['有什么要注意的', '求大家支招', '过来人说说'])}", "post")]
    info, votes, cards, heads = (rng.sample(table[split], min(2, len(table[split])))
                                 for table in (_INFO, _VOTES, _CARDS, _HEADINGS))
    for k in range(rng.randint(3, 6)):
        if k == 1 and rng.random() < 0.6:
            lines.append((_fill(rng.choice(heads), rng), "furniture"))
        if rng.random() < 0.85:
            lines.append((_fill(rng.choice(info), rng), "furniture"))
        if rng.random() < 0.3:
            lines.append((_fill(rng.choice(cards), rng), "furniture"))
        body = [_sentence(rng) for _ in range(rng.randint(1, 3))] if k == 0 or rng.random() < 0.6 else [rng.choice(_TERSE)]
        lines += [(s, "post") for s in body]
        if rng.random() < 0.6:
            lines.append((_fill(rng.choice(votes), rng), "furniture"))
    return {"kind": "thread", "lines": lines}


def _article(rng: random.Random) -> dict:
    return {"kind": "article", "lines": [(_fill(s, rng), "trap") for s in rng.choice(_TRAPS)]}


def make_pages(seed: int = 1, pages: int = 200, split: str = "dev") -> list[dict]:
    """``pages`` pages, three threads to one article, each line with its part
    (``post``, ``furniture`` or ``trap``)."""
    rng = random.Random(f"{seed}-{split}")
    return [_article(rng) if k % 4 == 3 else _thread(rng, split) for k in range(pages)]


def score(pages: list[dict], texts: list[str]) -> dict[str, tuple[int, int]]:
    """``part -> (lines as wanted, lines)``: furniture gone, posts' and traps' lines kept whole."""
    counts = {"furniture": [0, 0], "post": [0, 0], "trap": [0, 0]}
    for page, text in zip(pages, texts):
        out = set(text.split("\n"))
        for line, part in page["lines"]:
            counts[part][1] += 1
            counts[part][0] += (line not in out) if part == "furniture" else (line in out)
    return {k: (v[0], v[1]) for k, v in counts.items()}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print this many pages with a line not as wanted (dev only)")
    ap.add_argument("--traditional", action="store_true",
                    help="pages in traditional script (OpenCC s2t), scored against the simplified text written")
    args = ap.parse_args(argv)
    from zhclean import Pipeline
    run = Pipeline()
    pages = make_pages(args.seed, args.pages, args.split)
    given = pages
    if args.traditional:
        from opencc import OpenCC
        s2t, t2s = OpenCC("s2t").convert, OpenCC("t2s").convert
        given = [{**p, "lines": [(s2t(line), part) for line, part in p["lines"]]} for p in pages]
        # what zhclean writes is simplified: the gold is each line there and back
        pages = [{**p, "lines": [(t2s(s2t(line)), part) for line, part in p["lines"]]} for p in pages]
    texts = [run.clean_text("\n".join(line for line, _ in p["lines"]) + "\n") for p in given]
    got = score(pages, texts)
    names = {"furniture": "furniture removed", "post": "post lines kept", "trap": "trap lines kept"}
    print(f"split {args.split}, {len(pages)} pages: " + ", ".join(
        f"{names[k]} {a}/{b} ({a / max(1, b):.3f})" for k, (a, b) in got.items()))
    if args.show and args.split == "dev":
        shown = 0
        for page, text in zip(pages, texts):
            one = score([page], [text])
            if all(a == b for a, b in one.values()):
                continue
            print(f"\n--- {page['kind']}\n" + "\n".join(f"{part[:4]:4} {'KEPT' if line in text.split(chr(10)) else 'GONE'} {line}"
                                                  for line, part in page["lines"]))
            shown += 1
            if shown >= args.show:
                break


if __name__ == "__main__":
    main()
