"""A generated multi-site corpus with known per-site boilerplate, for C501 (learned boilerplate).

Every site gets its own chrome that no hand-written rule knows: head lines (a slogan under
the logo, the site's tagline, rows of its column names, a "current column" line) and tail
lines (its own contact block, a reprint notice, a one-off maintenance notice that runs on
a stretch of pages). The body is unique prose plus lines that recur across sites: quotations,
slogans and standard phrases, some of which a site uses often (so they repeat on that site
too) and some of which open an article, right under its title.

Each page comes with the kind of every line (``site-head``, ``site-tail``, ``shared``,
``body``, ``title``), so a test can measure what was removed and what was kept:

>>> pages = make_corpus(seed=1, sites=12, pages=25)
>>> len(pages), len({p["site"] for p in pages})
(300, 12)
>>> sorted({kind for p in pages for _line, kind in p["lines"]})
['body', 'shared', 'site-head', 'site-tail', 'title']

``python benchmarks/make_sites.py OUT.jsonl --seed N --sites 12 --pages 25`` writes the corpus
as JSONL (``id`` ``site/NNN``, ``url``, ``text``, ``kinds``).
"""
from __future__ import annotations

import argparse
import json
import random
from typing import Iterator

PLACES = ["嵊州", "临安", "桐乡", "海宁", "义乌", "兰溪", "江山", "龙泉", "温岭", "瑞安", "乐清", "永康", "东阳", "诸暨",
          "余姚", "慈溪", "平湖", "德清", "安吉", "长兴", "建德", "淳安", "天台", "仙居", "缙云", "遂昌", "泰顺", "文成"]
ORGS = ["总工会", "教育局", "文联", "科协", "妇联", "团市委", "图书馆", "博物馆", "农业农村局", "卫健委", "残联", "侨联",
        "档案馆", "融媒体中心", "文化馆", "红十字会", "供销社", "老干部局", "作家协会", "青少年宫"]
HOST_PARTS = ["gh", "jy", "wl", "kx", "fl", "tw", "lib", "museum", "nync", "wjw", "cl", "ql", "daj", "rmt", "whg",
              "hszh", "gxs", "lgb", "zx", "qsng"]
TAGS = ["职工之家", "育人之窗", "艺苑", "科普天地", "巾帼风采", "青春驿站", "书香", "文博", "三农在线", "健康",
        "助残", "侨界", "记忆", "云上", "文化", "人道", "惠农", "银发", "文学", "童心"]
SLOGAN_A = ["凝心聚力", "传承文明", "服务群众", "立德树人", "开拓创新", "守正创新", "共建共享", "崇德向善", "务实担当",
            "以文化人", "求真务实", "团结奋进", "厚植沃土", "心系民生", "敬业奉献"]
SLOGAN_B = ["建功新时代", "共筑中国梦", "服务零距离", "温暖你我他", "奋进新征程", "书写新篇章", "点亮新生活",
            "汇聚正能量", "携手向未来", "守护每一天", "扎根在基层", "成就每个人"]
COLUMNS = ["基层动态", "工作要闻", "通知公告", "政策解读", "专题专栏", "媒体关注", "图片新闻", "视频播报", "理论学习",
           "典型宣传", "办事指南", "互动交流", "信息公开", "走进我们", "资料下载", "活动预告", "志愿服务", "党建园地"]
CURRENT = ["当前栏目", "您正在浏览", "所在栏目", "栏目导读", "本栏目"]
CONTACT_HEAD = ["编辑部", "宣传科", "办公室", "信息中心", "网站管理处", "新闻中心"]
CONTACT_KIND = ["读者热线", "值班电话", "服务热线", "联络电话", "咨询热线"]
MAIL_WORD = ["投稿信箱", "来稿请寄", "稿件请发至", "线索征集邮箱", "欢迎来稿"]
STREETS = ["人民路", "解放路", "文化路", "建设大道", "江滨路", "新华街", "中山北路", "兴业大道", "学府路", "城东路"]
REPRINT = ["本站原创稿件，转载请注明出处并保留原文链接", "欢迎转发分享，转载须经{name}书面许可",
           "本网发布的图文信息仅供学习交流，如需引用请联系{short}", "稿件版权归{name}所有，未经授权不得转用",
           "凡注明“来源：{short}”的作品，转载时请署名", "文中图片由{short}通讯员拍摄，未经同意请勿转用"]
NOTICE = ["{short}网站将于本周末进行系统升级，届时部分栏目暂停更新", "关于{short}微信公众号迁移的说明：请关注新账号",
          "{short}春节假期值班安排已发布，请点击查看", "即日起{short}网上投稿系统启用新版，旧版同步停用",
          "{short}读者满意度调查正在进行，欢迎参与"]
WECHAT = ["关注{short}公众号，第一时间获取资讯", "扫码加入{short}读者群", "{short}视频号每周五更新", "{short}客户端下载"]

SUBJECTS = ["市总工会", "区教育局", "市文联", "县科协", "社区妇联", "街道团工委", "市图书馆", "县博物馆", "乡镇农技站",
            "市卫健委", "各基层单位", "全市各级组织", "有关部门", "志愿服务队", "企业职工代表", "青年突击队"]
VERBS = ["组织开展", "深入推进", "认真部署", "启动实施", "扎实推动", "广泛开展", "统筹安排", "集中举办", "积极探索",
         "全面落实"]
OBJECTS = ["送温暖慰问活动", "技能培训和岗位练兵", "阅读推广进社区活动", "文艺作品征集评选", "科普知识巡回讲座",
           "困难群众帮扶工作", "安全生产专项检查", "乡村振兴调研走访", "非遗传承展示", "健康义诊服务",
           "职工子女暑期托管", "志愿服务结对共建", "劳模工匠进校园", "垃圾分类宣传", "文明城市创建"]
PURPOSES = ["切实解决群众急难愁盼问题", "进一步增强服务的针对性和实效性", "营造全社会共同参与的良好氛围",
            "推动各项工作提质增效", "让更多群众享受到发展成果", "不断提升基层治理能力和水平",
            "激发干事创业的热情和活力", "为高质量发展贡献力量", "巩固和拓展已有工作成效"]
DETAILS = ["活动共吸引{n}余人参加", "累计发放资料{n}份", "覆盖{n}个村社", "收到作品{n}件", "走访{n}户家庭",
           "举办专场{n}场次", "组建服务小分队{n}支"]
CLOSERS = ["下一步，将继续总结经验，完善长效机制", "与会人员纷纷表示受益匪浅", "现场气氛热烈，群众反响良好",
           "相关负责人表示将持续跟进、抓好落实", "此次活动得到了社会各界的广泛好评"]

SHARED = [
    "不忘初心、牢记使命，是加强党的建设的永恒课题。", "人民对美好生活的向往，就是我们的奋斗目标。",
    "绿水青山就是金山银山。", "幸福都是奋斗出来的。", "千里之行，始于足下。", "读书破万卷，下笔如有神。",
    "劳动最光荣、劳动最崇高、劳动最伟大、劳动最美丽。", "空谈误国，实干兴邦。", "少年强则国强。",
    "民生无小事，枝叶总关情。", "天下兴亡，匹夫有责。", "一分部署，九分落实。", "功成不必在我，功成必定有我。",
    "以人民为中心的发展思想。", "科学技术是第一生产力。", "撸起袖子加油干。", "志之所趋，无远弗届。",
    "为中华之崛起而读书。", "尊重劳动、尊重知识、尊重人才、尊重创造。", "没有全民健康，就没有全面小康。",
    "发展是第一要务，人才是第一资源，创新是第一动力。", "一勤天下无难事。", "众人拾柴火焰高。",
    "知之者不如好之者，好之者不如乐之者。", "学而不思则罔，思而不学则殆。", "路漫漫其修远兮，吾将上下而求索。",
    "粒粒皆辛苦。", "安全生产，人人有责。", "文明城市，你我共建。", "保护环境就是保护生产力。",
    "请广大群众提高防范意识，谨防电信网络诈骗。", "以上内容如有变动，以最新通知为准。",
    "各单位要高度重视，精心组织，确保活动取得实效。", "请各单位于规定时间内报送相关材料。",
    "特此通知。", "附：报名回执表", "联系人及联系方式详见附件。", "欢迎广大市民踊跃参与。",
    "百年大计，教育为本。", "赠人玫瑰，手有余香。",
]


def _site(rng: random.Random, k: int) -> dict:
    """One site's identity and its own chrome lines, with how often each one is shown."""
    place, org = PLACES[k % len(PLACES)], ORGS[(k * 7 + rng.randrange(3)) % len(ORGS)]
    name, short = place + org, place + org[:2]
    host = f"www.{rng.choice(['sz', 'la', 'tx', 'hn', 'yw', 'lx', 'js', 'lq'])}{HOST_PARTS[ORGS.index(org)]}{k}.gov.cn"
    tag = TAGS[ORGS.index(org)]
    cols = rng.sample(COLUMNS, 8)
    fill = lambda s: s.format(name=name, short=short)  # noqa: E731
    phone = f"0{rng.randint(570, 579)}-{rng.randint(80000000, 89999999)}"
    head = [  # (line, share of pages that show it)
        (f"{name}{rng.choice(['网', '在线', '之窗', '信息网', '门户'])} · {tag}", 1.0),
        (f"{rng.choice(SLOGAN_A)}　{rng.choice(SLOGAN_B)}", rng.choice([1.0, 0.9, 0.7])),
        ("  ".join(cols[:4]), 0.85), ("  ".join(cols[4:]), 0.6),
    ]
    current = rng.choice(CURRENT)
    head += [(f"{current}：{c}", 1 / 3) for c in rng.sample(cols, 3)]  # each page shows one of three
    tail = [
        (f"{name}{rng.choice(CONTACT_HEAD)}　{rng.choice(STREETS)}{rng.randint(1, 399)}号", 0.95),
        (f"{rng.choice(CONTACT_KIND)}：{phone}（工作日{rng.choice(['8:30', '9:00'])}-{rng.choice(['17:00', '17:30'])}）", 0.8),
        (f"{rng.choice(MAIL_WORD)}：{HOST_PARTS[ORGS.index(org)]}{rng.randint(10, 99)}@{rng.choice(['163', '126', 'qq'])}.com", 0.7),
        (fill(rng.choice(REPRINT)), 0.9),
        (fill(rng.choice(WECHAT)), 0.5),
    ]
    notice = fill(rng.choice(NOTICE))
    return {"name": name, "host": host, "head": head, "tail": tail, "notice": notice, "columns": cols,
            "favourites": rng.sample(SHARED, 2)}


_HALF = str.maketrans("：（）　", ":() ")


def _vary(rng: random.Random, line: str) -> str:
    """The same chrome line as another page of the site may print it: half-width colons
    and brackets, other spacing, other digits (a visit counter, a date)."""
    roll = rng.random()
    if roll < 0.2:
        return line.translate(_HALF)
    if roll < 0.3:
        return " ".join(line.split("  ")) if "  " in line else line + " "
    if roll < 0.4:
        return "".join(str(rng.randrange(10)) if ch.isdigit() else ch for ch in line)
    return line


def _paragraph(rng: random.Random) -> str:
    parts = [f"{rng.choice(SUBJECTS)}{rng.choice(VERBS)}{rng.choice(OBJECTS)}", rng.choice(PURPOSES),
             rng.choice(DETAILS).format(n=rng.randint(12, 9800))]
    rng.shuffle(parts[1:])
    return "，".join(parts) + "。" + rng.choice(CLOSERS) + "。"


def _title(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)}{rng.choice(VERBS)}{rng.choice(OBJECTS)}"


def _page(rng: random.Random, site: dict, n: int, pages: int) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    current = [ln for ln, share in site["head"] if share == 1 / 3]
    for line, share in site["head"]:
        if share == 1 / 3:
            if line == current[n % 3]:
                lines.append((_vary(rng, line), "site-head"))
        elif rng.random() < share:
            lines.append((_vary(rng, line), "site-head"))
    lines.append((_title(rng), "title"))
    body = [(_paragraph(rng), "body") for _ in range(rng.randint(3, 7))]
    for _ in range(rng.randint(0, 2)):  # quotations and standard phrases, anywhere in the body
        body.insert(rng.randint(1, len(body) - 1), (rng.choice(SHARED), "shared"))
    if rng.random() < 0.4:  # the site's favourite saying, often right under the title
        body.insert(0 if rng.random() < 0.5 else rng.randint(1, len(body) - 1),
                    (rng.choice(site["favourites"]), "shared"))
    lines += body
    for line, share in site["tail"]:
        if rng.random() < share:
            lines.append((_vary(rng, line), "site-tail"))
    if pages // 4 <= n < pages // 4 + max(6, pages * 2 // 5):  # a notice that ran for a while
        lines.append((site["notice"], "site-tail"))
    return lines


def iter_corpus(seed: int, sites: int = 12, pages: int = 25, crawl: int = 0) -> Iterator[dict]:
    """The pages one at a time (for corpora too large to hold): ``{"id", "site", "url",
    "text", "lines": [(line, kind), ...]}``, site after site. Another ``crawl`` of the same
    ``seed`` gives other pages of the same sites (the same chrome, other articles)."""
    profile_rng = random.Random(seed)
    profiles = [_site(profile_rng, k) for k in range(sites)]
    rng = random.Random(f"{seed}/{crawl}")
    for k, site in enumerate(profiles):
        for n in range(pages):
            lines = _page(rng, site, n, pages)
            yield {"id": f"site{k:02d}/{n:04d}", "site": site["host"].removeprefix("www."),
                   "url": f"https://{site['host']}/col{n % 8}/{n}.html",
                   "text": "\n".join(line for line, _kind in lines) + "\n", "lines": lines}


def make_corpus(seed: int, sites: int = 12, pages: int = 25, crawl: int = 0) -> list[dict]:
    """All pages of :func:`iter_corpus` in a list."""
    return list(iter_corpus(seed, sites, pages, crawl))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("output")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sites", type=int, default=12)
    ap.add_argument("--pages", type=int, default=25)
    ap.add_argument("--crawl", type=int, default=0, help="another crawl of the same sites")
    args = ap.parse_args()
    with open(args.output, "w", encoding="utf-8") as fh:
        for page in iter_corpus(args.seed, args.sites, args.pages, args.crawl):
            fh.write(json.dumps({"id": page["id"], "url": page["url"], "text": page["text"],
                                 "kinds": [kind for _line, kind in page["lines"]]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
