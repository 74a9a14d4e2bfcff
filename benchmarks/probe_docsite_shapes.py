"""A second probe of a document site's record lines and notice blocks: shapes, not words (dev only).

:mod:`probe_docsite_meta` walks the generator's grammar with a site's real labels and a
few made up. This one draws what no word list holds: labels built at random from the
characters record labels are made of (any two to six Han characters), English labels,
labels with a unit (大小(KB)); every value kind in other spellings (2.3M, 1,024次, 3积分,
5下载券, 第3页/共12页, 12页/册, .docx/PDF, 半小时前, 刚刚上传); joiners and separators
of other kinds; badges made up; and notice blocks under headings made up (a short line
of the notice words), numbered every way or not at all, whose phrases are built from the
families' words (rights, download, platform, user upload, refund, contact). Each page's
body also carries traps the new shapes might eat: body tables of label–value rows, a
notice's contact lines, numbered body lists with 下载/版权 words in real prose.

Misses print grouped by class, so a fix can be made by shape:

    .venv/bin/python benchmarks/probe_docsite_shapes.py --cells 1500           # miss rates by class
    .venv/bin/python benchmarks/probe_docsite_shapes.py --cells 1500 --show 40 # and the missed lines
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe_docsite_meta as base  # noqa: E402
from gen_chrome import Gen  # noqa: E402

# ------------------------------------------------------------------ record lines
# a label: a made-up lead and a head naming the value's kind (the head is what a reader
# can know; the lead is any site's)
LEADS = ["资料", "文档", "文件", "资源", "作品", "范文", "档案", "本文", "内容", "原件", "素材", "课件", "网盘", "文本", "全文",
         "页面", "稿件", "书稿", "此篇", "该文", "收录", "入库", "投递", "提交", "共享", "归集", "上架", "挂网", ""]
HEADS = {
    "date": ["时间", "日期", "时刻", "日子", "于"], "reldate": ["于", "时间", "更新", "上线"],
    "pages": ["页数", "页码", "页", "篇幅", "页量"], "format": ["格式", "类型", "后缀", "扩展名", "制式"],
    "size": ["大小", "体积", "容量", "尺寸", "空间"], "count": ["热度", "人气", "次数", "人次", "量", "数"],
    "price": ["价格", "售价", "价", "费用", "定价"], "user": ["上传者", "作者", "主人", "会员", "分享人", "贡献人", "整理人"],
    "category": ["分类", "类别", "门类", "频道", "栏目", "板块"], "stars": ["星级", "推荐度", "星", "等级"],
    "score": ["评分", "打分", "口碑分", "评价分"], "code": ["编号", "码", "ID", "号", "编码"],
}
ENGLISH = {"date": ["Date", "Uploaded", "Updated"], "reldate": ["Updated", "Posted"], "pages": ["Pages", "Page"],
           "format": ["Format", "Type"], "size": ["Size"], "count": ["Views", "Downloads", "Hits"], "price": ["Price"],
           "user": ["Author", "Uploader", "By"], "category": ["Category"], "stars": ["Rating"], "score": ["Score"],
           "code": ["ID", "No"]}
UNITS = {"size": ["(KB)", "（MB）", "(K)"], "price": ["(元)", "（元）"], "pages": ["(页)", "（页）"], "count": ["(次)", "（次）"]}


def label(g: Gen, kind: str) -> tuple[str, str]:
    r = g.rng
    roll = r.random()
    if roll < 0.15:
        return r.choice(ENGLISH[kind]), "english"
    lab = r.choice(LEADS) + r.choice(HEADS[kind])
    if len(lab) < 2:
        lab = "文档" + lab
    if kind in UNITS and roll < 0.3:
        return lab + r.choice(UNITS[kind]), "unit"
    return lab, "made-up"


def value(g: Gen, kind: str, pages: int) -> str:
    r, n = g.rng, g.n
    spellings = {
        "date": [g.date(), f"{n(2015, 2024)}/{n(1, 12)}/{n(1, 28)}", f"{n(2015, 2024)}.{n(1, 12):02d}.{n(1, 28):02d}",
                 f"{n(2015, 2024)}年{n(1, 12)}月{n(1, 28)}日 {n(0, 23):02d}:{n(0, 59):02d}"],
        "reldate": [f"{n(1, 11)}天以前", "半小时前", "刚刚上传", "昨日", f"昨日 {n(0, 23):02d}:{n(0, 59):02d}", f"{n(2, 9)}日前",
                    "一周前", f"{n(1, 11)}个月以前", "今日更新", "刚刚", f"{n(2, 50)}分钟以前", "两天前"],
        "pages": [f"共计{pages}页", f"P{pages}", f"{pages}页/册", f"第1页/共{pages}页", f"{pages}页（全）", f"总{pages}页",
                  f"{pages} Pages", f"{pages}页", f"共{pages}P"],
        "format": ["docx/PDF", ".docx", "PDF格式", "DOCX", ".pdf", "word文档", "PPT", "doc/docx"],
        "size": [f"{n(1, 9)}.{n(1, 9)}M", f"{n(100, 999)}K", f"{n(1, 9)}.{n(0, 9)}MB", f"{n(12, 980)}KB", f"{n(1, 9)}.{n(10, 99)}Mb"],
        "count": [f"{n(1, 9)},{n(100, 999)}次", f"{n(1, 9)}积分", f"{n(1, 9)}下载券", f"{n(10, 999)}人", f"{n(2, 90)}次下载",
                  f"{n(2, 900)}次浏览", f"{n(1, 9)}.{n(1, 9)}万"],
        "price": [f"￥{n(1, 30)}.00", f"{n(1, 9)}积分", f"{n(1, 9)}下载券", f"¥{n(1, 30)}", f"{n(1, 30)}元", f"{n(1, 30)}.{n(0, 9)}0元"],
        "user": [f"{r.choice(['wx', 'user', 'doc', 'qq', 'lz', 'abc'])}{n(100, 99999)}", f"{r.choice(['晴川', '小鱼', '老王', '用户'])}{n(10, 9999)}",
                 f"{r.choice(['Sunny', 'Tom', 'Lily'])}_{n(10, 999)}", f"1{n(30, 89)}****{n(1000, 9999)}"],
        "category": ["工作总结", "演讲稿", "教育 > 初中", "范文/总结", "党团工作", "合同范本"],
        "stars": ["★" * (k := n(2, 5)) + "☆" * (5 - k), f"{n(3, 5)}星", "☆" * n(3, 5)],
        "score": [f"{n(3, 4)}.{n(0, 9)}分", f"{n(3, 4)}.{n(0, 9)}/5", f"{n(6, 9)}.{n(0, 9)}", f"{n(80, 99)}分"],
        "code": [f"{n(100000, 9999999)}", f"D{n(1000, 99999)}", f"WK{n(10000, 999999)}", f"doc_{n(1000, 99999)}"],
    }
    return r.choice(spellings[kind])


SEPARATORS = ["  ", " | ", "｜", " · ", "‖", " ~ ", " ― ", " // ", "•", " ◇ ", " > ", "   ", "，", " ; ", "\u3000", " ⋅ ", "┃",
              " ︱ ", " ， ", "—", "_", "/", "*", "…", " + "]
JOINERS = ["：", ":", "∶", "﹕", "︰", " - ", "—", "->", "→", " » ", "=", "＝", " ：", "：　", " ", "", "【】", "〔〕", "〖〗", "[]", "()",
           "《》", "/", "＞", "...", "➜", "～", "」"]
FLAG_LEADS = ["VIP", "SVIP", "会员", "新人", "官方", "优选", "精华", "特惠", "热销", "独家", "原创", "限时", "超值", "高分", "金牌"]
FLAG_HEADS = ["专享", "免费", "推荐", "文档", "资料", "特惠", "精选", "版", "福利", "好评", "认证", "必备", ""]


def badge(g: Gen) -> str:
    r = g.rng
    word = r.choice(FLAG_LEADS) + r.choice(FLAG_HEADS)
    return r.choice(["{w}", "【{w}】", "☆{w}☆", "[{w}]", "{w}"]).format(w=word)


def pair(lab: str, val: str, joiner: str) -> str:
    if len(joiner) == 2 and joiner[0] in "【[〔〖(《":
        return f"{joiner[0]}{lab}{joiner[1]}{val}"
    return f"{lab}{joiner}{val}"


def meta_cell(g: Gen, pages: int) -> tuple[list[str], dict]:
    r = g.rng
    kinds = r.sample(sorted(HEADS), g.n(1, 3))
    sep, joiner = r.choice(SEPARATORS), r.choice(JOINERS)
    labelled = [(label(g, k), k) for k in kinds]
    parts = [pair(lab, value(g, k, pages), joiner) for (lab, _), k in labelled]
    flag = r.random() < 0.25
    if flag:
        parts.insert(g.n(0, len(parts)), badge(g))
    alone = r.random() < 0.15  # a badge on its line alone
    lines = [badge(g)] if alone else [sep.join(parts)]
    classes = {"labels": "+".join(sorted({how for (_, how), _ in labelled})), "n": str(len(kinds)), "sep": repr(sep),
               "joiner": repr(joiner), "flag": str(flag), "kinds": "+".join(sorted(kinds)),
               "alone": "badge" if alone else "record"}
    return lines, classes


# ------------------------------------------------------------------ notice blocks
HEAD_LEADS = ["下载", "阅读", "使用", "购买", "版权", "免责", "文档", "资料", "平台", "本站", "会员", "上传", "付费", "用户", "浏览",
              "服务", "重要", "友情", "特别"]
HEAD_HEADS = ["须知", "说明", "提示", "提醒", "声明", "必读", "公告", "告知", "守则", "条款", "约定", "指南", "小贴士", "注意"]
FRAMES = ["{h}", "{h}：", "【{h}】", "※ {h}", "◎{h}", "□ {h}", "『{h}』", "▼{h}", "{h} >>", "~{h}~", "☆{h}☆", "〓{h}〓", "#{h}#",
          "{h}（请仔细阅读）", "「{h}」："]
NUMBERINGS = ["{n}. ", "{n}、", "({n})", "（{n}）", "{c}", "{z}、", "第{z}条", "• ", "{n}）", "[{n}]", "{p}", "{n}/ ", "({z})",
              "{A}、", "{r}. ", ""]
# phrase = subject + predicate, by family
SUBJECTS = ["本{d}", "该{d}", "所有{d}", "{s}{d}", "用户上传的{d}", "付费{d}", "下载的{d}", "{s}", "上传者", "会员"]
PREDICATES = {
    "rights": ["版权归原作者所有", "如涉及侵权请联系删除", "未经授权不得转载或商用", "若侵犯您的权益，请告知我们处理",
               "著作权归上传者所有"],
    "download": ["下载后请在24小时内删除", "下载前可免费预览前{k}页", "下载失败可重复下载，不重复扣费", "下载后请用WPS打开",
                 "一次下载，永久可用"],
    "platform": ["仅提供信息存储空间服务", "不对内容的准确性负责", "不保证预览与原件完全一致", "仅供学习参考，不作他用",
                 "不承担任何法律责任"],
    "user": ["由网友上传分享，不代表本站观点", "应确保拥有合法上传权利", "为用户自行上传，请自行鉴别", "上传即视为同意平台协议"],
    "refund": ["虚拟物品，售出不退", "付款后概不退换", "如需退款请联系客服", "积分一经扣除不予返还"],
    "contact": ["客服QQ：{qq}", "客服电话：400-{k}{k}{k}-{k}{k}{k}{k}", "投诉邮箱：kefu@{k}doc.com", "联系微信：wx{qq}"],
}


# headings with no notice noun at all: any short line a site sets over its notice
FREE_HEADINGS = ["亲爱的读者", "写在下载之前", "关于本资料", "读前请看", "小编有话说", "给用户的话", "必看！", "一点说明",
                 "下载前看这里", "请您留意", "本站提醒您", "敬告用户", "关于版权", "购买前请读", "致各位网友"]


def notice_cell(g: Gen) -> tuple[list[str], dict]:
    r = g.rng
    free = r.random() < 0.25
    heading = r.choice(FRAMES).format(h=r.choice(FREE_HEADINGS) if free else r.choice(HEAD_LEADS) + r.choice(HEAD_HEADS))
    numbering = r.choice(NUMBERINGS)
    fams = r.sample(sorted(PREDICATES), g.n(2, 4))
    lines = [heading] if r.random() < 0.85 else []
    for k, fam in enumerate(fams, 1):
        lead = numbering.format(n=k, c="①②③④"[k - 1], z="一二三四"[k - 1], p="⑴⑵⑶⑷"[k - 1], A="ABCD"[k - 1], r="ⅠⅡⅢⅣ"[k - 1])
        subj = r.choice(SUBJECTS).format(s=r.choice(base.SITE_NAMES), d=r.choice(base.DOC_WORDS))
        pred = r.choice(PREDICATES[fam]).format(k=g.n(1, 9), qq=g.n(10000000, 99999999))
        text = pred if fam == "contact" else subj + ("，" if r.random() < 0.4 else "") + pred
        lines.append(lead + text + r.choice(["。", "；", "", "！"]))
    classes = {"heading": ("free" if free else "yes") if len(lines) > len(fams) else "no", "numbering": repr(numbering),
               "families": "+".join(sorted(fams)), "n": str(len(fams)), "frame": heading[:1]}
    return lines, classes


# ------------------------------------------------------------------ body traps the new shapes might eat
TRAPS = [
    "姓名：张三  年龄：35  单位：市总工会", "联系人：王伟　联系电话：0571-8712{k}{k}{k}{k}", "报名时间：{y}年3月5日至3月20日",
    "补贴标准：每人每月300元", "所需材料：身份证复印件2份", "申报截止：{y}-04-01", "会议时间：{y}年5月12日 14:30", "培训课时：共计12学时", "活动费用：每人50元（含餐费）",
    "1. 借阅图书须持本人借书证，每次限借3册。", "2. 馆藏电子资源仅限校内下载，不得用于商业用途。",
    "第十条 著作权人享有复制权、发行权和信息网络传播权。", "3、下载并填写申请表，于月底前交至工会办公室。",
    "温馨提示：活动当天请携带工作证。", "本次调查共回收问卷1,024份，有效率96%。", "通知全文共计12页，请各单位认真学习。",
]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cells", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--kind", choices=("meta", "notice", "both"), default="both")
    ap.add_argument("--only", action="append", default=[], help="keep the cells of a class: joiner='→'")
    args = ap.parse_args(argv)
    # the base probe's page maker and scorer, with this probe's cells and traps
    base.meta_cell, base.notice_cell = meta_cell, notice_cell
    make_body = Gen.body

    def body(self: Gen, paragraphs: int) -> list[tuple[str, str]]:
        out = make_body(self, paragraphs)
        # (inside the body: at its edges a dated line is C102's publication info by design)
        at = self.rng.randrange(1, max(2, len(out)))
        trap = self.rng.choice(TRAPS).format(k=self.n(0, 9), y=self.n(2015, 2024))
        return out[:at] + [(trap, "body")] + out[at:]

    Gen.body = body
    only = [x.split("=", 1) for x in args.only]
    for kind in ("meta", "notice"):
        if args.kind in (kind, "both"):
            results = [r for r in base.run(kind, args.cells, args.seed) if all(r[0].get(k) == v for k, v in only)]
            base.report(kind, results, args.show)


if __name__ == "__main__":
    main()
