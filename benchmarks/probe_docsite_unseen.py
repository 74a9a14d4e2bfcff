"""A fourth probe of a document site's copy: whole pages in words no split holds (dev only, h40).

``gen_chrome``'s page maker builds the copy, with the record's and the notices' word lists
swapped for this module's own (written for the probe, none taken from a split): labels of
every value kind as a site might name them, English labels and labels with a unit, other
colons and joiners between pairs (… 」 ➜ ～ / · without spaces), other page counts,
handles, dates in words, flags; notice headings with no notice noun, numberings of other
styles, one- and two-item notices. Misses print grouped by the shape drawn (the number of
pairs on the line, the separator, the colon, the value kinds), the body lines cut first:

    .venv/bin/python benchmarks/probe_docsite_unseen.py --pages 300            # miss rates by shape
    .venv/bin/python benchmarks/probe_docsite_unseen.py --pages 300 --show 40  # and the missed lines
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_chrome as G  # noqa: E402
import gen_chrome_words as W  # noqa: E402

# the probe's own words, by the list of gen_chrome_words they stand in for
LABELS = [
    ("建档时间", "date"), ("首传日期", "date"), ("录入日期", "date"), ("上架日期", "date"), ("挂出时间", "date"),
    ("Added", "date"), ("入库", "date"), ("最后编辑", "reldate"), ("同步于", "reldate"), ("刷新时间", "reldate"),
    ("全卷页数", "pages"), ("内容页", "pages"), ("篇页", "pages"), ("页数(页)", "pages"), ("Page", "pages"),
    ("档案类型", "format"), ("后缀名", "format"), ("格式(后缀)", "format"), ("Type", "format"),
    ("附件体积", "size"), ("占用容量", "size"), ("大小(MB)", "size"), ("FileSize", "size"),
    ("所耗点券", "count"), ("热度指数", "count"), ("被阅次数", "count"), ("访问次数", "count"), ("转发量", "count"),
    ("围观数", "count"), ("Hits", "count"), ("收获点赞", "count"),
    ("资源售价", "price"), ("兑换金额", "price"), ("价钱", "price"), ("Price", "price"),
    ("共享网友", "user"), ("上架人", "user"), ("资料来源用户", "user"), ("传档人", "user"), ("By", "user"),
    ("资料门类", "category"), ("收录栏目", "category"), ("所在频道", "category"), ("学段", "category"),
    ("好评度", "stars"), ("推荐等级", "stars"), ("用户打分", "score"), ("质量分", "score"),
    ("档号", "code"), ("资源ID", "code"), ("No", "code")]
SEPARATORS = ["…", "」", " ➜ ", "～", "/", "·", " ｜ ", "  ", " ⇢ ", " ⟩ ", "、", "｡", " ⊙ ", " ❖ ", "▕", " ╳ ", " ≡ "]
COLONS = ["：", ":", "」", "→", " ➜ ", "～", "——", "》", " ", "=", "【】", "〔〕", "『』", "《》", "::"]
PAGE_VALUES = ["{p}页", "共{p}页", "{p}P", "{p}", "{p}页整", "整{p}页", "{p} Pages", "{p}页（完整）", "合{p}页"]
USERS = ["网友_{n}", "匿名", "学海无涯{n}", "u{n}", "tx{n}", "书香门第", "老师{n}", "Jack{n}"]
REL_DATES = ["{n}日前", "{n}个钟头前", "大前天", "上周", "{n}天以前", "今天{hh}:{mm}"]
FLAGS = ["精选好文", "站长力荐", "镇站之宝", "高赞资料", "★推荐★", "〖精〗", "[热]", "NEW", "HOT", "置顶", "新", "荐",
         "课代表整理", "精编", "优选", "首发", "必收藏"]
HEADINGS = ["阅读须知", "写在前面", "资料说明", "小贴士", "亲爱的用户", "关于本资料", "友情告知", "郑重提醒", "重要",
            "请注意", "Notice", "说明一下", "敬告"]
FRAMES = ["{h}", "{h}：", "【{h}】", "〔{h}〕", "{h}!!", "<<{h}>>", "☞ {h}", "——{h}——"]
NUMBERINGS = ["{n}. ", "{n}、", "({n})", "{c}", "{z}、", "第{z}条 ", "• ", "", "{n}) ", "Q{n}. ", "{A}. ", "※ ", "→ "]
_SWAPS = {id(W.META_LABELS): LABELS, id(W.META_SEPARATORS): SEPARATORS, id(W.META_COLONS): COLONS,
          id(W.META_PAGE_VALUES): PAGE_VALUES, id(W.USERS): USERS, id(W.REL_DATES): REL_DATES, id(W.FLAGS): FLAGS,
          id(W.DISCLAIMER_HEADINGS): HEADINGS, id(W.HEADING_FRAMES): FRAMES, id(W.NUMBERINGS): NUMBERINGS}


def _split_of(items, split, _orig=G.split_of):
    return list(_SWAPS[id(items)]) if id(items) in _SWAPS else _orig(items, split)


class ProbeGen(G.Gen):
    """The dev split's page maker, its record and notice lines in the probe's words,
    each record line's shape noted (pairs, separator, colon, value kinds)."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.shapes: dict[str, dict[str, str]] = {}

    def meta_line(self, pages: int) -> str:
        state = self.rng.getstate()
        k = self.n(1, 3)
        self.rng.setstate(state)
        labels = self.rng.sample(LABELS, k)
        self.rng.setstate(state)
        line = super().meta_line(pages)
        self.shapes[line] = {"pairs": str(len(labels)), "kinds": "+".join(sorted(kd for _, kd in labels))}
        return line

    def disclaimer_block(self, site: str):
        if self.chance(0.5):
            out = super().disclaimer_block(site)
            for line, _ in out:
                self.shapes[line] = {"block": "gen's grammar", "items": str(len(out) - 1)}
            return out
        items = self.rng.sample(G.split_of(W.DISCLAIMER_PHRASES, "dev"), self.n(1, 2))
        numbering = self.rng.choice(NUMBERINGS)
        out = [(self.rng.choice(FRAMES).format(h=self.rng.choice(HEADINGS)), "chrome:disclaimer")]
        for j, ph in enumerate(items, 1):
            text = ph.format(s="本站", d="文档", qq=self.n(10000000, 99999999))
            out.append((G.numbered_lead(numbering, j) + text + "。", "chrome:disclaimer"))
        for line, _ in out:
            self.shapes[line] = {"block": "probe's", "items": str(len(items)), "numbering": repr(numbering),
                                 "heading": "heading" if line == out[0][0] else "item"}
        return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    rng = random.Random(f"probe-unseen/{args.seed}")
    G.split_of = _split_of
    pages, shapes = [], {}
    try:
        for k in range(args.pages):
            g = ProbeGen("dev", rng, "docsite")
            lines = g.docsite()
            text, spans = G.render(g, lines, "docsite")
            pages.append({"id": f"unseen-{k}", "kind": "docsite", "text": text, "lines": lines, "spans": spans})
            shapes.update(g.shapes)
    finally:
        G.split_of = _split_of.__defaults__[0]
    k = G.score(pages)["docsite"]
    print("families:", ", ".join(f"{f} {r}/{n}" for f, (n, r) in sorted(k["families"].items())),
          f"| body lines cut {len(k['cut'])}")
    for c in k["cut"][:max(args.show, 10)]:
        print("   CUT BODY:", c[:100])
    missed = Counter(k["missed"])
    meta = [line for p in pages for line, lab in p["lines"] if lab in ("chrome:doc-meta", "chrome:disclaimer")]
    by: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for line in meta:
        for key, val in shapes.get(line, {"pairs": "flag"} if line not in shapes else {}).items():
            by[key][val][0] += 1
            by[key][val][1] += line in missed
    for key, vals in by.items():
        worst = sorted(vals.items(), key=lambda kv: -kv[1][1] / kv[1][0])[:12]
        print(f"  {key:6} " + ", ".join(f"{v} {m}/{n}" for v, (n, m) in worst if m))
    fam_of = {line: lab for p in pages for line, lab in p["lines"]}
    for x, _n in sorted(missed.items(), key=lambda kv: fam_of.get(kv[0], ""))[:args.show]:
        print(f"   missed {fam_of.get(x, '?')[7:]:10}", x[:100])


if __name__ == "__main__":
    main()
