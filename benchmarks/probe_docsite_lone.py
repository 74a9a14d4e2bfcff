"""A third probe of a document site's copy: the record's sparse shapes, on whole pages (dev only, h35).

:mod:`probe_docsite_shapes` draws full record lines and notice blocks on a bare page. This
one builds whole copies with ``gen_chrome``'s page maker (dev words) and swaps in the
shapes its grammar draws too rarely or never:

- ``lone``: a record line that is one weak pair alone — a made-up label of two to four
  Han characters (or an English one) with a size, a count or a date — the only record
  line of the copy;
- ``path``: a category value that is a path (教育 > 高中 > 数学, 范文/总结/党团), under a
  made-up label or an English one, alone or beside another pair;
- ``heading``: a short made-up heading line just above the record lines (资料简介,
  文档概览, 【资料档案】), no family word in it;
- ``notice``: a notice block under a made-up heading, numbered in other ways (or not),
  with one or two items only.

Misses print grouped by class; every page's body keeps ``gen_chrome``'s traps, and the
body lines cut are printed first:

    .venv/bin/python benchmarks/probe_docsite_lone.py --pages 300            # miss rates by class
    .venv/bin/python benchmarks/probe_docsite_lone.py --pages 300 --show 30  # and the missed lines
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_chrome import Gen, render, score  # noqa: E402

# made-up labels by value kind: a lead any site may set and a head naming the kind
LEADS = ["存放", "卷宗", "入藏", "原稿", "档案", "本卷", "收纳", "书稿", "网盘", "馆藏", "底稿", "素材", "该份", "此卷", ""]
HEADS = {"size": ["体积", "容量", "大小", "尺寸", "占用"], "count": ["人次", "次数", "热度", "量", "点阅", "被看"],
         "date": ["日期", "时间", "时刻", "日子", "入库"], "pages": ["页数", "页码", "页量", "篇幅"],
         "code": ["编号", "号码", "编码", "码"]}
ENGLISH = {"size": ["Size", "FileSize"], "count": ["Views", "Hits", "Downloads"], "date": ["Date", "Added", "Upload"],
           "pages": ["Pages"], "code": ["ID", "No"]}
CATEGORY_LABELS = ["分类", "所属分类", "门类", "归档门类", "资料类目", "所在栏目", "归属", "位置", "路径", "Category", "类别"]
PATHS = [["教育", "高中", "数学"], ["范文", "总结", "党团"], ["行业资料", "建筑", "施工方案"], ["办公文档", "合同协议"],
         ["学术论文", "经济学"], ["幼儿教育", "教案", "大班"], ["IT", "编程"], ["生活休闲", "美食"]]
PATH_MARKS = [" > ", ">", " / ", "/", " » ", "＞", " → ", "-", " - ", "›", "\\"]
JOINERS = ["：", ":", " ", "：", "【】", "〔〕", " - ", "=", "｜"]
RECORD_HEADINGS = ["资料简介", "文档概览", "【资料档案】", "基本信息：", "文件详情", "◆ 资源概况", "档案卡", "本卷信息",
                   "详细参数", "[资料属性]", "概要", "关于此文件", "文档属性", "资料卡片"]
NOTICE_HEADINGS = ["写给读者", "看这里", "亲，注意啦", "【必读】", "小提示", "阅读指引", "★ 注意 ★", "说在前面", "一点提醒",
                   "敬请留意：", "关于本站", "用前必看", "Tips", "PS："]
NOTICE_NUMBERINGS = ["", "1. ", "1、", "(1)", "①", "一、", "第一条 ", "• ", "- ", "▲", "※", "A. ", "Ⅰ. ", "❶"]
NOTICE_ITEMS = ["本资料由网友上传，版权归原作者所有", "下载后请在24小时内删除，仅供学习参考", "如有侵权请联系客服删除",
                "本站仅提供存储空间服务，不对内容负责", "付费资料一经下载，概不退款", "文档预览可能与原件略有出入",
                "下载前请确认是否为所需内容", "用户上传内容不代表本站立场"]


def value(g: Gen, kind: str, pages: int) -> str:
    r, n = g.rng, g.n
    return r.choice({
        "size": [f"{n(1, 9)}.{n(1, 9)}M", f"{n(100, 999)}KB", f"{n(1, 9)}.{n(0, 9)}MB", f"{n(12, 980)}K", f"{n(1, 9)}.{n(10, 99)}Mb"],
        "count": [f"{n(1, 9)},{n(100, 999)}次", f"{n(10, 999)}人", f"{n(2, 900)}", f"{n(1, 9)}.{n(1, 9)}万", f"{n(2, 90)}次"],
        "date": [g.date(), f"{n(2015, 2024)}/{n(1, 12)}/{n(1, 28)}", f"{n(2015, 2024)}年{n(1, 12)}月{n(1, 28)}日"],
        "pages": [f"{pages}页", f"共{pages}页", f"{pages}P", f"{pages}"],
        "code": [f"{n(100000, 9999999)}", f"D{n(1000, 99999)}"]}[kind])


def pair(lab: str, val: str, joiner: str) -> str:
    return f"{joiner[0]}{lab}{joiner[1]}{val}" if len(joiner) == 2 and joiner[0] in "【〔" else f"{lab}{joiner}{val}"


def lone_line(g: Gen, pages: int, classes: dict) -> str:
    kind = g.rng.choice(sorted(HEADS))
    english = g.chance(0.2)
    lab = g.rng.choice(ENGLISH[kind]) if english else (g.rng.choice(LEADS) + g.rng.choice(HEADS[kind]))
    if len(lab) < 2:
        lab = "资料" + lab
    classes.update(lone_kind=kind, label="english" if english else "made-up")
    return pair(lab, value(g, kind, pages), g.rng.choice(JOINERS))


def path_line(g: Gen, pages: int, classes: dict) -> str:
    mark = g.rng.choice(PATH_MARKS)
    path = mark.join(g.rng.choice(PATHS))
    line = pair(g.rng.choice(CATEGORY_LABELS), path, g.rng.choice(JOINERS[:4] + ["【】"]))
    other = g.chance(0.5)
    if other:
        line = g.rng.choice(["  ", " | ", " · "]).join([line, lone_line(g, pages, {})][::g.rng.choice([1, -1])])
    classes.update(mark=repr(mark), beside="pair" if other else "alone")
    return line


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--shape", choices=("lone", "path", "heading", "notice", "all"), default="all")
    args = ap.parse_args(argv)
    shapes = ("lone", "path", "heading", "notice") if args.shape == "all" else (args.shape,)
    for shape in shapes:
        rng = random.Random(f"probe-lone/{shape}/{args.seed}")
        pages, classes_of = [], {}
        for k in range(args.pages):
            g = Gen("dev", rng, "docsite")
            classes: dict = {}
            meta_line, block = Gen.meta_line, Gen.disclaimer_block
            drawn = {"n": 0}

            def my_meta(self, pages_, _c=classes, _d=drawn, _orig=meta_line):
                _d["n"] += 1
                if shape == "lone":
                    return lone_line(self, pages_, _c) if _d["n"] == 1 else _orig(self, pages_)
                if shape == "path":
                    return path_line(self, pages_, _c) if _d["n"] == 1 else _orig(self, pages_)
                return _orig(self, pages_)

            def my_block(self, site, _c=classes, _orig=block):
                if shape != "notice":
                    return _orig(self, site)
                items = self.rng.sample(NOTICE_ITEMS, self.n(1, 2))
                numbering = self.rng.choice(NOTICE_NUMBERINGS)
                heading = self.chance(0.8)
                _c.update(items=str(len(items)), numbering=repr(numbering), heading=str(heading))
                out = [(self.rng.choice(NOTICE_HEADINGS), "chrome:disclaimer")] if heading else []
                for j, it in enumerate(items, 1):
                    lead = numbering.replace("1", str(j)).replace("①", "①②"[j - 1]).replace("一", "一二"[j - 1]) \
                        .replace("A", "AB"[j - 1]).replace("Ⅰ", "ⅠⅡ"[j - 1]).replace("❶", "❶❷"[j - 1])
                    out.append((lead + it + self.rng.choice(["。", "；", ""]), "chrome:disclaimer"))
                return out

            Gen.meta_line, Gen.disclaimer_block = my_meta, my_block
            try:
                lines = g.docsite()
            finally:
                Gen.meta_line, Gen.disclaimer_block = meta_line, block
            if shape == "lone" and not classes:
                continue  # the page drew no record line
            if shape == "path" and not classes:
                continue
            if shape == "heading":
                first = next((q for q, (_, lab) in enumerate(lines) if lab == "chrome:doc-meta"), None)
                if first is None:
                    continue
                heading = g.rng.choice(RECORD_HEADINGS)
                lines.insert(first, (heading, "chrome:doc-meta"))
                classes.update(heading=heading)
            if shape == "notice" and not classes:
                continue
            text, spans = render(g, lines, "docsite")
            pid = f"probe-{shape}-{k}"
            pages.append({"id": pid, "kind": "docsite", "text": text, "lines": lines, "spans": spans})
            classes_of[pid] = classes
        report(shape, pages, classes_of, args.show)


def report(shape: str, pages: list[dict], classes_of: dict, show: int) -> None:
    by: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    missed_lines: Counter = Counter()
    whole = cut = 0
    for p in pages:
        k = score([p])["docsite"]
        fam = "doc-meta" if shape != "notice" else "disclaimer"
        n, r = k["families"].get(fam, [0, 0])
        miss = [x for x in k["missed"] if any(x == line and lab == "chrome:" + fam for line, lab in p["lines"])]
        whole += not miss
        cut += len(k["cut"])
        for c in k["cut"][:show]:
            print("   CUT BODY:", c[:100])
        for key, val in classes_of[p["id"]].items():
            by[key][val][0] += 1
            by[key][val][1] += bool(miss)
        missed_lines.update(miss)
    print(f"{shape}: {whole}/{len(pages)} pages whole ({whole / max(1, len(pages)):.3f}), body lines cut {cut}")
    for key, vals in by.items():
        worst = sorted(vals.items(), key=lambda kv: -kv[1][1] / kv[1][0])[:8]
        print(f"  {key:10} " + ", ".join(f"{v} {m}/{n}" for v, (n, m) in worst if m))
    for x, _n in missed_lines.most_common(show):
        print("   missed:", x[:100])


if __name__ == "__main__":
    main()
