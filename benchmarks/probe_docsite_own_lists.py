"""A precision probe of a document site's copy: the text's own lists that speak of documents (lead, stop 45).

A notice of the site (1、本文档由用户上传… / 2、下载后请于24小时内删除…) and a text's own
instructions (工作要求 / 1) 各单位认真组织，形成文档，按时上传至平台。 / 2) 下载报名表，填写完整后报送
市总工会。) share words: documents, uploads, downloads, forms, platforms. On a copy the site
has marked (its record, pager, progress, notices), C401 must take the first and leave the
second wherever it stands: the text's last lines right above the end of the preview (试读已结束),
its last lines on a page its pager alone marks, its first section under the title, or
between paragraphs. This probe builds ``gen_chrome``'s copies (dev words) and puts one such
list of the text's own into each, drawn from a grammar of headings (工作要求, 报名方式：,
（三）材料报送, 注意事项 …), numberings, addressees, actions, documents, forms and places, and
counts the body lines cut, by class; the site's own chrome beside it is scored as usual, so a
fix that keeps everything shows as a recall drop.

    .venv/bin/python benchmarks/probe_docsite_own_lists.py --pages 300            # cut rates by class
    .venv/bin/python benchmarks/probe_docsite_own_lists.py --pages 300 --show 30  # and the lines cut
    .venv/bin/python benchmarks/probe_docsite_own_lists.py --dump /tmp/own       # the pages cut, one file each
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_chrome import Gen, render, score  # noqa: E402

HEADINGS = ["工作要求", "有关要求", "报名方式", "报送要求", "材料要求", "提交方式", "注意事项", "其他事项", "参赛办法",
            "申报程序", "具体安排", "操作步骤", "温馨提示", "报名须知", "作品要求", "培训安排", "联系方式及要求"]
HEADING_FORMS = ["{h}", "{h}：", "二、{h}", "（三）{h}", "四、{h}", "{h}:", "第五条 {h}", "五是{h}"]
NUMBERINGS = ["1) ", "1. ", "1、", "（1）", "(1)", "①", "一是", "第一，", "1．", "A. "]
ADDRESSEES = ["各单位", "各基层工会", "参赛选手", "申报单位", "各部门", "请各位职工", "参训学员", "各县（市、区）总工会",
              "各参赛队", "报名人员", "各分会", "相关企业"]
DOC_ACTIONS = ["将材料形成电子文档，按时上传至{place}", "登录{place}下载{form}，如实填写", "下载{form}，填写完整后报送{org}",
               "将{form}扫描成PDF格式，以附件形式上传", "于{date}前将{form}上传至{place}", "作品须为原创，形成电子文档上传",
               "{form}可在{place}下载", "文件大小不超过{n}MB，格式为Word文档", "打印{form}并加盖公章后报送{org}",
               "按要求填写{form}，发送至{place}", "资料上传后请及时核对，逾期不予受理", "参赛作品以文档形式提交至{place}",
               "下载并阅读培训资料，完成线上学习", "把会议纪要整理成文档，上传到{place}备查"]
PLACES = ["竞赛平台", "市总工会网站", "工会APP", "指定邮箱", "培训系统", "单位内网", "“职工之家”小程序", "大赛官网",
          "市总工会官网“通知公告”栏目", "工作群"]
FORMS = ["报名表", "申报书", "推荐表", "登记表", "承诺书", "作品说明", "汇总表", "申请表", "评审表"]
ORGS = ["市总工会", "区总工会办公室", "组委会", "市总工会宣教部", "县总工会", "赛事办公室"]
ENDINGS = ["。", "；", "", "。"]
PLACES_IN_PAGE = ["last", "first", "middle", "paged-last"]


def own_list(g: Gen, classes: dict) -> list[tuple[str, str]]:
    """A heading of the text's (or none) over two to four numbered items of its own."""
    r = g.rng
    heading = r.random() < 0.8
    numbering = r.choice(NUMBERINGS)
    out = []
    if heading:
        form = r.choice(HEADING_FORMS)
        out.append((form.format(h=r.choice(HEADINGS)), "body"))
        classes["heading"] = form.replace("{h}", "H")
    else:
        classes["heading"] = "none"
    classes["numbering"] = numbering.strip() or "none"
    for k, action in enumerate(r.sample(DOC_ACTIONS, g.n(2, 4)), 1):
        lead = (numbering.replace("1", str(k)).replace("①", "①②③④"[k - 1]).replace("一", "一二三四"[k - 1])
                .replace("A", "ABCD"[k - 1]))
        text = action.format(place=r.choice(PLACES), form=r.choice(FORMS), org=r.choice(ORGS), n=g.n(2, 20),
                             date=f"{g.n(1, 12)}月{g.n(1, 28)}日")
        who = r.choice(ADDRESSEES) if r.random() < 0.5 and not text.startswith(("作品", "文件", "资料", "参赛")) else ""
        out.append((lead + who + text + r.choice(ENDINGS), "body"))
    return out


def place_list(g: Gen, lines: list[tuple[str, str]], items: list[tuple[str, str]], where: str) -> list[tuple[str, str]]:
    """``lines`` with ``items`` put ``where``: the text's last lines, its first after the title,
    between two paragraphs, or its last lines on a page a pager marks (the progress dropped)."""
    body = [q for q, (_, lab) in enumerate(lines) if lab in ("body", "title")]
    title = next(q for q, (_, lab) in enumerate(lines) if lab == "title")
    if where == "first":
        at = title + 1
    elif where == "middle":
        paras = [q for q in body if q > title + 1]
        at = paras[len(paras) // 2] if paras else body[-1] + 1
    else:
        at = body[-1] + 1
    out = lines[:at] + items + lines[at:]
    if where == "paged-last":
        # the copy's only mark a pager between its paragraphs: no progress, record or notice
        out = [x for x in out if x[1] in ("body", "title", "chrome:pager") and not (x[1] == "chrome:pager" and "试读" in x[0])]
        paras = [q for q, (_, lab) in enumerate(out) if lab == "body"]
        if not any(lab == "chrome:pager" for _, lab in out) and len(paras) > 2:
            out.insert(paras[1] + 1, (g.pager(1, g.n(2, 9)), "chrome:pager"))
    return out


def run(pages: int, seed: int, dump: Path | None = None) -> dict:
    """Build ``pages`` copies with a list of the text's own each and score them: the pages
    and lines cut, the site's chrome removed, and the cuts by class."""
    rng = random.Random(f"probe-own-lists/{seed}")
    by: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    out = {"pages": 0, "cut_pages": 0, "cut_lines": [], "chrome": 0, "chrome_removed": 0, "by": by}
    for k in range(pages):
        g = Gen("dev", rng, "docsite")
        classes: dict = {}
        lines = g.docsite()
        where = rng.choice(PLACES_IN_PAGE)
        classes["place"] = where
        lines = place_list(g, lines, own_list(g, classes), where)
        text, spans = render(g, lines, "docsite")
        s = score([{"id": f"own-{k}", "kind": "docsite", "text": text, "lines": lines, "spans": spans}])["docsite"]
        out["pages"] += 1
        out["cut_pages"] += bool(s["cut"])
        out["cut_lines"] += s["cut"]
        out["chrome"] += s["chrome"]
        out["chrome_removed"] += s["chrome_removed"]
        if dump and s["cut"]:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / f"own-{k}.txt").write_text(text, encoding="utf-8")
        for key, val in classes.items():
            by[key][val][0] += 1
            by[key][val][1] += bool(s["cut"])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--dump", type=Path, help="write each page with a body line cut to DIR/own-K.txt")
    args = ap.parse_args(argv)
    r = run(args.pages, args.seed, args.dump)
    print(f"own lists: {r['cut_pages']}/{r['pages']} pages with body cut ({r['cut_pages'] / max(1, r['pages']):.3f}), "
          f"body lines cut {len(r['cut_lines'])}; the site's chrome removed {r['chrome_removed']}/{r['chrome']}")
    for key, vals in r["by"].items():
        worst = sorted(vals.items(), key=lambda kv: -kv[1][1] / kv[1][0])
        print(f"  {key:10} " + (", ".join(f"{v} {m}/{n}" for v, (n, m) in worst if m) or "-"))
    for line in r["cut_lines"][:args.show]:
        print("   CUT BODY:", line[:100])


if __name__ == "__main__":
    main()
