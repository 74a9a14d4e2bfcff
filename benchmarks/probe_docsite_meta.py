"""A combinatorial probe of a document site's record lines and notice blocks (dev only).

The generator (``gen_chrome.py``) draws a record line as one to three label–value pairs
joined by a separator, label and value by a colon (or the label framed), a flag badge
sometimes among them; a notice block as a framed heading over two or three numbered
phrases. This probe walks the same grammar with words of its own — labels as real
document sites print them and labels made up (any two to six Han characters), every
value kind, separators, colon styles, badges, headings, numberings and phrasings of the
notice families (rights, download, platform, user upload, refund, contact) — puts each
cell on a page of body text (bare, or marked by a glued title and a record line), at the
head or the tail, and scores it with the C and L rules: a cell is missed when one of its
lines stays, and the body must stay whole. Misses are printed grouped by shape class,
so a fix can be made by shape and not by phrase.

It is dev-only: its words are tuned on, never a measure of unseen wording (that is the
held-out and the blind split of ``gen_chrome.py``).

    .venv/bin/python benchmarks/probe_docsite_meta.py --cells 3000           # miss rates by class
    .venv/bin/python benchmarks/probe_docsite_meta.py --cells 3000 --show 40 # and the missed lines
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_chrome import Gen, removed_mask, render  # noqa: E402

# ------------------------------------------------------------------ record lines
# Labels by the kind of value they take: first as sites print them (百度文库, 道客巴巴, 豆丁,
# 原创力文档, 人人文库, 淘豆网, 360doc, 金锄头, 文档之家, 爱问共享, 文库吧, docin, mbalib,
# max.book118, wenku.so, 第一范文网 …), then made up.
LABELS = {
    "date": ["上传时间", "上传日期", "发布于", "更新时间", "提交日期", "入库时间", "收录日期", "上架时间", "创建时间", "分享日期",
             "最后更新", "编辑时间", "上线日期", "审核时间", "共享时间", "存档日期", "发布时间", "整理时间"],
    "reldate": ["上传于", "更新于", "发布", "最近浏览", "最后修改", "分享于", "收录于"],
    "pages": ["页数", "文档页码", "总页码", "篇幅", "全文页数", "预览页数", "可预览", "页码数", "共计页数", "页面数", "文档页数",
              "资料页数", "内容页数"],
    "format": ["格式", "文件类型", "资料格式", "扩展名", "后缀", "文档格式", "文件后缀", "资源格式", "类型"],
    "size": ["大小", "文件大小", "资料大小", "体积", "容量", "文件体积", "文档大小", "资源大小"],
    "count": ["下载数", "浏览数", "阅读量", "热度", "人气", "收藏数", "点击量", "访问量", "下载人次", "所需点数", "财富值",
              "下载币", "所需学币", "浏览次数", "被下载", "已下载", "收藏量", "被浏览", "下载所需", "消耗积分"],
    "price": ["价格", "售价", "原价", "现价", "会员价", "优惠价", "到手价", "单价", "文档价格", "费用", "特价", "VIP价",
              "标价", "促销价"],
    "user": ["上传者", "分享人", "贡献者", "发布者", "卖家", "店铺", "上传会员", "提供者", "用户名", "上传账号", "分享达人",
             "资料提供", "发布人", "上传用户"],
    "category": ["分类", "所属类别", "栏目", "类目", "所属频道", "学科", "行业", "专题", "文档类别", "资料分类", "所在分类"],
    "stars": ["星级", "推荐度", "等级", "推荐指数", "好评度", "文档星级"],
    "score": ["评分", "用户评分", "综合评分", "文档评分", "资料评分"],
    "code": ["编号", "文档ID", "资料编号", "ID", "文档号", "文档编码", "资源编号"],
}
# Made-up labels: a two-to-six Han word ending in a head that names the value (or none).
MADE_UP = {
    "date": ["入站时刻", "收编日期", "归档时间", "投稿时间", "上载日子"],
    "pages": ["页幅", "总共页", "全篇页数", "卷页数"],
    "format": ["档案格式", "文本类型", "存储格式"],
    "size": ["占用空间", "文件尺寸", "档案大小"],
    "count": ["受欢迎度", "围观人次", "下载热度", "获赞数", "转存次数", "收藏人次"],
    "price": ["兑换价", "购入价", "零售价", "结算价"],
    "user": ["资源主人", "投稿人", "整理者", "上载会员", "原作者昵称"],
    "category": ["归属门类", "资源门类", "所属板块"],
    "stars": ["推荐星", "优质度"],
    "score": ["网友打分", "口碑分"],
    "code": ["资源码", "档案编码", "作品号"],
}
SEPARATORS = ["  ", " | ", "|", "｜", "丨", " · ", "·", " / ", "、", "\t", "；", "　", " ", " ｜ ", " 丨 ", "，"]
COLONS = ["：", ":", " ", "", "【】", "[]", "〔〕", "「」", "=", "： ", " : "]
FLAGS = ["VIP", "精品", "原创", "免费", "热门", "推荐", "认证", "★", "VIP专享", "精品文档", "原创文档", "免费下载", "热门资料",
         "编辑推荐", "官方认证", "优质资料", "会员免费", "可编辑", "含答案", "限时特价", "新品", "独家", "名师推荐", "高清版",
         "完整版", "最新版", "已认证", "限免", "付费", "爆款", "人气资料", "站长推荐"]
USERS = ["wx_{n}", "用户{n}", "晴天{n}", "doc{n}", "匿名", "文库达人", "小明老师", "lx{n}", "教育资源共享", "136****{n}"]


def value(g: Gen, kind: str, pages: int) -> str:
    r = g.rng
    return {"date": g.date(), "reldate": r.choice(["{n}天前", "{n}小时前", "昨天 12:30", "前天", "{n}分钟前", "刚刚",
                                                     "{n}个月前"]).format(n=g.n(1, 11)),
            "pages": r.choice(["{p}", "{p}页", "{p} 页", "共{p}页", "{p}P", "约{p}页", "{p}p", "共 {p} 页"]).format(p=pages),
            "format": r.choice(["DOC", "docx", "PDF", ".doc", "WPS", "pptx", "xls", "txt", "Word"]),
            "size": f"{g.n(12, 980)}.{g.n(0, 9)}" + r.choice(["KB", "K", "MB", "M", "kb"]),
            "count": f"{g.n(0, 5000)}" + r.choice(["", "个", "次", "分", "人"]),
            "price": r.choice(["¥", "", "￥"]) + f"{g.n(1, 30)}.{g.n(0, 99):02d}" + r.choice(["", "元"]),
            "user": r.choice(USERS).format(n=g.n(100, 99999)),
            "category": r.choice(["工作总结", "心得体会", "党团工作", "行政公文", "演讲稿", "调研报告", "教育 > 初中", "范文/总结"]),
            "stars": "★" * (k := g.n(3, 5)) + "☆" * (5 - k),
            "score": r.choice([f"{g.n(3, 4)}.{g.n(0, 9)}分", f"{g.n(3, 4)}.{g.n(0, 9)}", f"{g.n(6, 9)}.{g.n(0, 9)}/10"]),
            "code": r.choice([f"{g.n(100000, 9999999)}", f"D{g.n(1000, 99999)}", f"doc-{g.n(1000, 99999)}"])}[kind]


def pair(label: str, val: str, colon: str) -> str:
    if len(colon) == 2 and colon[0] in "【[〔「":
        return f"{colon[0]}{label}{colon[1]}{val}"
    return f"{label}{colon}{val}"


def meta_cell(g: Gen, pages: int) -> tuple[list[str], dict]:
    """One record line (or a run of two) and the classes it belongs to."""
    r = g.rng
    made_up = r.random() < 0.3
    pool = [(lab, k) for k, labs in (MADE_UP if made_up else LABELS).items() for lab in labs]
    n = g.n(1, 3)
    picks = r.sample(pool, n)
    sep, colon = r.choice(SEPARATORS), r.choice(COLONS)
    parts = [pair(lab, value(g, k, pages), colon) for lab, k in picks]
    flag = r.random() < 0.3
    if flag:
        parts.insert(g.n(0, len(parts)), r.choice(FLAGS))
    lines = [sep.join(parts)]
    if r.random() < 0.15:  # a badge line alone beside it
        lines.insert(g.n(0, 1), r.choice(FLAGS))
    classes = {"labels": "made-up" if made_up else "real", "n": str(n), "sep": repr(sep), "colon": repr(colon),
               "flag": str(flag), "kinds": "+".join(sorted(k for _, k in picks)), "lines": str(len(lines))}
    return lines, classes


# ------------------------------------------------------------------ notice blocks
HEADINGS = ["温馨提示", "下载须知", "特别声明", "免责声明", "版权声明", "使用须知", "购买说明", "用户须知", "文档说明", "重要提醒",
            "下载帮助", "注意事项", "平台声明", "版权说明", "资源说明", "退款说明", "关于本文档", "阅读前必看", "本站说明",
            "购买前须知", "下载提示", "友情提醒", "免费声明", "内容声明", "会员须知", "上传须知", "权利声明", "郑重声明"]
FRAMES = ["{h}：", "{h}:", "【{h}】", "[{h}]", "〔{h}〕", "「{h}」", "{h}", "■ {h}", "◆{h}◆", "—— {h} ——", "※{h}",
          "{h}（必读）", "《{h}》", "▍{h}", "*** {h} ***", "{h}如下：", "〖{h}〗", "<{h}>", "== {h} =="]
NUMBERINGS = ["{n}、", "{n}.", "{n}．", "({n})", "（{n}）", "{n}）", "[{n}]", "【{n}】", "{c}", "{z}、", "（{z}）", "第{z}条 ",
              "• ", "- ", "· ", "{n}:", "No.{n} ", "Q{n}：", "{d}", "{A}. ", "{p}", "#{n} ", ""]
# Phrases by family; {s} the site, {d} the documents.
PHRASES = {
    "rights": ["{d}版权归原作者所有，{s}仅作展示", "如{s}{d}侵犯了您的版权，请联系我们删除", "未经原作者许可，不得转载本{d}",
               "{d}涉及侵权的，请提交权属证明，核实后下架", "尊重知识产权，严禁盗用{d}内容", "若有侵权，请来信告知，我们会在三日内处理"],
    "download": ["下载前请先预览，确认无误后再付费", "{d}下载后如无法打开，请更换阅读器", "下载券扣除后不予退还",
                 "付费{d}下载次数不限，24小时内有效", "下载的{d}请勿二次分享", "免费{d}每天限下载三次"],
    "platform": ["{s}只提供{d}存储和分享服务", "{s}不对{d}内容的真实性负责", "{s}{d}仅供参考，不构成任何建议",
                 "{s}有权删除违规{d}", "{s}所提供的{d}均来自网络", "{s}对{d}内容不作任何保证"],
    "user": ["{d}由用户上传，观点不代表{s}立场", "上传者应保证拥有{d}的合法权利", "用户上传的{d}，{s}不承担审查义务",
             "网友分享的{d}，请自行甄别", "{d}为会员原创，转载请注明出处"],
    "refund": ["虚拟商品一经售出，概不退款", "{d}购买后不支持退换", "如重复扣费，请联系客服退款", "充值金额不予退还，请谨慎操作"],
    "contact": ["如有疑问请联系客服QQ：{qq}", "客服邮箱：service@{dom}.com", "投诉请拨打客服热线：400-{qq4}",
                "在线客服时间：9:00-21:00", "意见反馈请点击页面右下角", "联系站长微信：wx{qq4}"],
}
SITE_NAMES = ["本站", "本平台", "本网站", "本文库", "道客文库", "豆丁网", "文库吧", "人人文库网", "淘豆网", "爱问共享资料"]
DOC_WORDS = ["文档", "资料", "资源", "文件", "范文", "课件", "作品"]


def notice_cell(g: Gen) -> tuple[list[str], dict]:
    r = g.rng
    heading = r.choice(FRAMES).format(h=r.choice(HEADINGS))
    numbering = r.choice(NUMBERINGS)
    fams = r.sample(sorted(PHRASES), g.n(2, 3))
    lines = [heading] if r.random() < 0.9 else []
    for k, fam in enumerate(fams, 1):
        lead = numbering.format(n=k, c="①②③"[k - 1], z="一二三"[k - 1], d="❶❷❸"[k - 1], A="ABC"[k - 1], p="⑴⑵⑶"[k - 1])
        text = r.choice(PHRASES[fam]).format(s=r.choice(SITE_NAMES), d=r.choice(DOC_WORDS), qq=g.n(10000000, 99999999),
                                              dom=r.choice(["wenku", "docs", "book"]), qq4=g.n(1000, 9999))
        lines.append(lead + text + r.choice(["。", "；", ""]))
    classes = {"heading": "yes" if len(lines) > len(fams) else "no", "numbering": repr(numbering),
               "families": "+".join(sorted(fams)), "frame": repr(r.choice(FRAMES)) if False else heading[:1]}
    return lines, classes


# ------------------------------------------------------------------ pages
def page(g: Gen, chrome: list[str], family: str, where: str, marked: bool) -> list[tuple[str, str]]:
    title = g.title()
    pages = g.n(3, 30)
    head: list[tuple[str, str]] = []
    if marked:
        head.append((title[:max(4, len(title) // 2)] + f"（{pages}页）", "chrome:title-echo"))
        head.append((f"上传时间：{g.date()}  文档页数：{pages}页", "chrome:doc-meta"))
    cells = [(x, "chrome:" + family) for x in chrome]
    lines = head + (cells if where == "head" else []) + [(title, "title")] + g.body(g.n(4, 7))
    return lines + (cells if where == "tail" else [])


def run(kind: str, cells: int, seed: int) -> list[tuple[dict, list[str], list[str], list[str]]]:
    rng = random.Random(f"probe/{kind}/{seed}")
    pages, meta = [], []
    for k in range(cells):
        g = Gen("dev", rng, "docsite")
        chrome, classes = meta_cell(g, g.n(3, 30)) if kind == "meta" else notice_cell(g)
        where, marked = rng.choice(["head", "tail"]), rng.random() < 0.5
        classes.update(where=where, marked=str(marked))
        lines = page(g, chrome, "doc-meta" if kind == "meta" else "disclaimer", where, marked)
        text, spans = render(g, lines, "docsite")
        pages.append({"id": f"probe-{kind}-{k}", "kind": "docsite", "text": text, "lines": lines, "spans": spans})
        meta.append((classes, chrome))
    from zhclean import Document, Pipeline
    pipe = Pipeline(select=["C", "L"], trail="full")
    out = []
    for p, (classes, chrome) in zip(pages, meta):
        res = pipe.clean(Document(id=p["id"], text=p["text"]))
        mask = removed_mask(p["text"], res.edits)
        missed, cut = [], []
        for (start, end, label), (line, _) in zip(p["spans"], p["lines"]):
            visible = [i for i in range(start, end) if not p["text"][i].isspace()]
            gone = sum(mask[i] for i in visible)
            if label.startswith("chrome:") and line in chrome and gone < 0.9 * len(visible):
                missed.append(line)
            elif not label.startswith("chrome:") and gone:
                cut.append(line)
        out.append((classes, chrome, missed, cut))
    return out


def report(kind: str, results, show: int) -> None:
    missed = sum(bool(m) for _, _, m, _ in results)
    cut = [c for *_, cs in results for c in cs]
    print(f"{kind}: {len(results) - missed}/{len(results)} cells whole ({1 - missed / max(1, len(results)):.3f}), "
          f"body lines cut {len(cut)}")
    for c in cut[:show]:
        print("   CUT BODY:", c[:100])
    by: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for classes, _chrome, m, _ in results:
        for key, val in classes.items():
            by[key][val][0] += 1
            by[key][val][1] += bool(m)
    for key, vals in by.items():
        worst = sorted(vals.items(), key=lambda kv: -kv[1][1] / kv[1][0])[:8]
        print(f"  {key:10} " + ", ".join(f"{v} {m}/{n}" for v, (n, m) in worst if m))
    lines = Counter(x for _, _, m, _ in results for x in m)
    for x, _n in lines.most_common(show):
        print("   missed:", x[:100])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cells", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--kind", choices=("meta", "notice", "both"), default="both")
    ap.add_argument("--only", action="append", default=[], help="keep the cells of a class: marked=True, where=head")
    args = ap.parse_args(argv)
    only = [x.split("=", 1) for x in args.only]
    for kind in ("meta", "notice"):
        if args.kind in (kind, "both"):
            results = [r for r in run(kind, args.cells, args.seed) if all(r[0].get(k) == v for k, v in only)]
            report(kind, results, args.show)


if __name__ == "__main__":
    main()
