"""Vocabulary of Chinese page chrome, as data, compiled once at import.

Every list holds simplified spellings; ``TRAD_TO_SIMP`` folds the traditional forms of
the characters they use, so the same patterns match a page before script conversion.
Labels may be written with spaces inside (``来  源：``), so each is compiled with optional
whitespace between its characters.
"""
from __future__ import annotations

import re

from .._words import longest_first

# The traditional/simplified pairs the labels use, one character for one (offsets stay valid).
from .vocab_pairs import _PAIRS  # noqa: E402
_TRAD, _SIMP = _PAIRS[0::2], _PAIRS[1::2]
TRAD_TO_SIMP = str.maketrans(_TRAD, _SIMP)


def _spaced(word: str) -> str:
    """``来源`` -> ``来\\s{0,3}源``: labels are often padded to line up in a column."""
    return r"\s{0,3}".join(re.escape(ch) for ch in word)


def _alternation(words) -> str:
    return "|".join(_spaced(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # a fixed order


# ---------------------------------------------------------------- publication info
DATE_LABELS = ["最后更新", "最后更新时间", "发布日期", "发布时间", "发表时间", "发表日期", "发稿时间", "更新时间", "更新日期", "上传时间",
               "时间", "日期", "发布于", "发表于", "更新于", "生成日期", "录入时间", "添加时间", "提交时间"]
SOURCE_LABELS = ["来源", "信息来源", "文章来源", "新闻来源", "稿件来源", "来源于", "出处", "转载自", "发布机构", "发布单位",
                 "发布机关", "发文机关", "本文来源", "稿源", "消息来源", "文章出处", "原文来源", "内容来源"]
AUTHOR_LABELS = ["作者", "撰稿", "撰稿人", "撰文", "文", "记者", "通讯员", "发布者", "发布人", "供稿", "供稿单位",
                 "摄影", "摄", "图", "图片", "本报记者", "特约记者", "见习记者", "本报通讯员", "实习生", "执笔", "文字"]
# Labels that credit a person (or a contributing unit): a line made only of them, each with a
# short name, is a credit line wherever the head or tail holds it (作者：张三 编辑：李四,
# 供稿：城关镇工会, 通讯员 赵六). 文 / 图 / 摄 alone are words, so they need their slash.
CREDIT_LABELS = ["作者", "撰稿", "撰稿人", "撰文", "记者", "通讯员", "供稿", "供稿单位", "摄影", "本报记者", "特约记者",
                 "见习记者", "本报通讯员", "实习生", "执笔", "编辑", "责任编辑", "责编", "网络编辑", "值班编辑", "本文编辑",
                 "审核", "审校", "校对", "签发", "终审", "初审", "复审", "审稿", "审核人", "审定", "发布者", "发布人"]
VIEW_LABELS = ["浏览次数", "浏览量", "浏览", "阅读量", "阅读次数", "阅读数", "阅读", "点击数", "点击量", "点击次数",
               "点击率", "点击", "访问量", "访问次数", "人气", "热度"]
EDITOR_LABELS = ["编辑", "责任编辑", "责编", "网络编辑", "值班编辑", "本文编辑", "编审", "主编"]
REVIEWER_LABELS = ["审核", "审校", "校对", "签发", "终审", "初审", "复审", "审稿", "审核人", "审定"]
OTHER_PUB_LABELS = ["原标题", "图片来源", "图源", "单位", "作者单位", "所属分类", "分类", "栏目", "所属栏目", "字号", "字体", "标签", "发布",
                    # the catalogue fields of a government information-disclosure page
                    "索引号", "主题分类", "体裁分类", "组配分类", "服务对象分类", "发文字号", "文号",
                    "主题词", "公开方式", "公开范围", "公开时限", "有效性", "生成日期", "信息分类", "内容分类",
                    "公开形式"]
# A disclosure table's 成文日期 is when the document was written: the publication date
# only when the page gives no other.
WRITTEN_DATE_LABELS = ["成文日期", "印发日期"]
# A disclosure table names the document it describes.
TITLE_LABELS = ["标题", "文件标题", "信息名称"]

# ---- issue 16, h20 (web credits): the other colons fonts and CMSs print (记者∶张三, 稿源﹕新华社),
# read as the full-width colon (one character for one, so offsets hold)
COLON_VARIANTS = str.maketrans({c: "：" for c in "∶﹕︰꞉˸"})
# a source by the material it names (资料来源, 数据来源,
# 视频来源): 来源 after a material noun
SOURCE_MATERIAL_NOUNS = ["资料", "数据", "视频", "音频", "素材", "内容", "新闻", "信息", "稿件", "文章", "消息", "原文", "照片",
                         "图文", "文字", "转载", "节目"]
SOURCE_LABELS += [n + "来源" for n in SOURCE_MATERIAL_NOUNS if n + "来源" not in SOURCE_LABELS + OTHER_PUB_LABELS]
# ---- end h20 block
# ---- issue 16, h24 (web credits): a source as the page it was taken from (转自, 摘自, 节选自)
SOURCE_LABELS += ["转自", "摘自", "选自", "节选自", "摘编自", "引自", "转载于"]
# ---- end h24 block
PUB_LABELS = DATE_LABELS + WRITTEN_DATE_LABELS + TITLE_LABELS + SOURCE_LABELS + AUTHOR_LABELS + VIEW_LABELS + EDITOR_LABELS + REVIEWER_LABELS + OTHER_PUB_LABELS
# Labels that alone make a line publication info (the generic 时间 / 日期 / 作者 / 文 / 图 do not).
STRONG_PUB_LABELS = frozenset(
    ["最后更新", "最后更新时间", "发布日期", "发布时间", "发表时间", "发表日期", "发稿时间", "更新时间", "来源", "信息来源", "文章来源", "新闻来源",
     "稿件来源", "来源于", "本文来源", "稿源", "消息来源", "浏览次数", "浏览量", "阅读量", "阅读次数", "点击数", "点击量", "点击次数", "访问量",
     "访问次数", "责任编辑", "责编", "编辑", "审核", "校对", "签发", "发布者", "发布人", "发布机构", "索引号",
     "发文机关", "发文字号", "主题分类", "生成日期", "成文日期", "出处", "原标题", "文章出处", "原文来源"]
)

# Credits by family: a role noun, after a qualifier that says whose or which (本报记者,
# 视频剪辑, 首席编辑, 融媒体统筹, 执行主编), by what the role records: writing (author),
# editing (editor), reviewing (reviewer), or making the page (no metadata field).
CREDIT_ROLE_NOUNS = {
    "author": ["记者", "通讯员", "作者", "撰稿", "撰稿人", "撰文", "采写", "采访", "采编", "执笔", "供稿", "摄影", "摄像",
               "拍摄", "文字", "文案", "口述", "整理", "翻译", "编译", "报道", "讲述", "供图", "配图", "题图", "插图", "图文",
               "文图"],
    "editor": ["编辑", "编审", "主编", "责编", "编发", "编导", "美编"],
    "reviewer": ["审核", "审校", "校对", "签发", "终审", "初审", "复审", "审稿", "审定", "核稿", "审读", "一审", "二审", "三审",
                 "审签", "审核人", "校审", "复核", "审批"],
    None: ["监制", "统筹", "策划", "制作", "设计", "剪辑", "出品", "排版", "配音", "主播", "视觉", "海报", "制图", "绘图", "插画",
           "后期", "出镜", "主持", "指导", "指导老师", "指导教师", "顾问", "推送", "编排"],
}
CREDIT_QUALIFIERS = ["本报", "本台", "本网", "本刊", "本文", "本期", "本版", "特约", "见习", "实习", "网络", "值班", "责任",
                     "文字", "图片", "视频", "新媒体", "融媒体", "首席", "特派", "驻站", "总", "执行", "技术", "美术", "文稿",
                     "稿件"]
# ---- issue 16, h20 (web credits): more of the role families and their qualifiers, as news,
# union and government sites credit them (投稿人, 讲述人, 出品人: a role noun may take 人;
# 融媒记者, 海报设计, 摄影记者, 音频剪辑: the medium before the role)
CREDIT_ROLE_NOUNS["author"] += ["投稿", "来稿", "供稿人", "采制", "撰写", "摄制", "照片", "图像", "主笔", "提供", "评论员"]
CREDIT_ROLE_NOUNS["editor"] += ["值班主任", "编审", "组稿", "编校", "总编"]
CREDIT_ROLE_NOUNS["reviewer"] += ["审阅", "复审人", "核校", "终校", "校核", "校稿", "审片", "监审", "核发"]
CREDIT_ROLE_NOUNS[None] += ["视频", "音频", "通联", "监制人", "制片", "摄制组", "动画", "字幕", "航拍", "版式", "美工", "联合出品",
                            "运营", "编排", "演播"]
CREDIT_QUALIFIERS += ["融媒", "全媒体", "海报", "音频", "摄影", "文案", "新闻", "记者站", "版面", "编辑部", "总值班",
                      "首席", "资深", "主任", "专栏", "特邀", "兼职", "学生", "报社", "电视台", "广播", "中心",
                      "当班", "栏目", "推送", "运营", "内容", "数据", "资料", "平台"]
# ---- issue 16, h24: the CMS's own roles, who keyed the copy in and who sent it (录入者, 发稿人)
CREDIT_ROLE_NOUNS[None] += ["录入", "发稿", "上稿", "编录"]
CREDIT_QUALIFIERS += ["信息", "线索", "素材"]  # (信息提供, 线索提供: who gave the story)
CREDIT_ROLE_NOUNS = {k: list(dict.fromkeys(v)) for k, v in CREDIT_ROLE_NOUNS.items()}
CREDIT_QUALIFIERS = list(dict.fromkeys(CREDIT_QUALIFIERS))
# ---- end h20 block
_ROLE_NOUNS = sorted((n for nouns in CREDIT_ROLE_NOUNS.values() for n in nouns), key=lambda w: (-len(w), w))
_ROLE_KIND = {noun: kind for kind, nouns in CREDIT_ROLE_NOUNS.items() for noun in nouns}
# (or the site's name before the role, 南方网编辑：谢晓: a few Han characters ending in 网)
_ROLE_QUALIFIER = rf"(?:{'|'.join(sorted(CREDIT_QUALIFIERS, key=lambda w: (-len(w), w)))}|[\u4e00-\u9fff]{{2,4}}网)?"
# the role noun may take the person in that role: 人, 员, 师, 者 (出品人, 评论员, 剪辑师)
CREDIT_ROLE_RE = re.compile(rf"{_ROLE_QUALIFIER}(?:{'|'.join(_ROLE_NOUNS)})[人员师者]?")
_ROLE_NOUN = re.compile(rf"{_ROLE_QUALIFIER}({'|'.join(_ROLE_NOUNS)})[人员师者]?")  # the noun says the kind
# ``记者 钱七 通讯员 赵六``: credits with a space for their colon, every token a label or a name.
# (issue 16, h20: a source label too, 新闻来源 何欣, 稿件来源  周婷: the credit of a line
# of credits, whose value is then read as any source's)
SPACED_CREDIT_LABEL_RE = re.compile(rf"(?:{_alternation(CREDIT_LABELS + SOURCE_LABELS)}|{CREDIT_ROLE_RE.pattern})")


def credit_role_kind(label: str) -> tuple[bool, str | None]:
    """``(True, kind)`` for a credit label of the role family (``视频剪辑`` → ``(True, None)``,
    ``首席记者`` → ``(True, "author")``), ``(False, None)`` for any other label.

    >>> credit_role_kind("首席记者"), credit_role_kind("视频剪辑"), credit_role_kind("来源")
    ((True, 'author'), (True, None), (False, None))
    """
    m = _ROLE_NOUN.fullmatch(label)
    return (True, _ROLE_KIND[m.group(1)]) if m else (False, None)


# label then ``：``; ``/`` or ``|`` (编辑/苏芳, 责编|陈梦莹); a space before a number (阅读 539);
# or a full date run on (发表于2014-08-24 21:30). A role of the credit family counts too,
# with its colon or slash only.
# (issue 16, h20) or a dash, an underscore or a middle dot before the name, as credits
# print them too (记者——张三, 编辑_李四, 作者·王五)
_CREDIT_DASH = r"\s*(?:——|—|－|＿|_|·|•|-)\s*(?=[\w\u4e00-\u9fff])"
# (issue 16, h24) or an equals sign or an arrow, as some CMS templates join them (作者=李娜,
# 编辑 > 张三, 来源→新华社)
_CREDIT_DASH = rf"(?:{_CREDIT_DASH}|\s*(?:=|＝|>|＞|→)\s*(?=[\w\u4e00-\u9fff]))"
_PUB_LABEL_END = rf"(?:\s*[:：]|\s*[/／|｜丨](?=\s*\S)|{_CREDIT_DASH}|\s+(?=\d)|(?=\s*(?:19|20)\d{{2}}\s*[-/.年]\s*\d))"
PUB_LABEL_RE = re.compile(
    rf"(?P<label>{_alternation(PUB_LABELS)}|{CREDIT_ROLE_RE.pattern}(?=\s*(?:[:：/／|｜丨]|{_CREDIT_DASH})))" + _PUB_LABEL_END)
# PUB_LABEL_RE less its role branch, which needs a role noun: the same matches in a text where
# CREDIT_ROLE_NOUN_RE finds none (86 % of the lines asked on c5), and no try at each Han
# character (where the role's optional qualifier made every one a start)
PUB_LABEL_ONLY_RE = re.compile(rf"(?P<label>{_alternation(PUB_LABELS)})" + _PUB_LABEL_END)
CREDIT_ROLE_NOUN_RE = re.compile(longest_first(_ROLE_NOUNS))  # (a trie: the same words, searched sooner)
# ``医技药剂党支部供稿``: the contributor before the label.
CONTRIBUTED_RE = re.compile(r"\S{2,20}?供稿")

# ---------------------------------------------------------------- navigation
_BREADCRUMB_WORDS = ["当前位置", "您的当前位置", "您现在的位置", "您的位置", "你的位置", "您所在的位置", "所在位置",
                     "现在位置", "您当前的位置", "您现在所在的位置", "当前页面", "位置", "您现在的位置是", "当前位置是",
                     "你现在的位置", "你所在的位置", "当前所在位置"]
BREADCRUMB_LABEL_RE = re.compile(rf"^[\s【\[]*(?:{_alternation(_BREADCRUMB_WORDS)})[\s】\]]*[:：]")

# 嵊州市总工会官方二维码, 扫一扫关注微信公众号, 扫描上方二维码下载客户端
# (lead, stop 45: not a sentence telling where a thing is fetched, 三是各参赛队申请表可在工会APP下载)
_QR_ITEM = (
    r"(?![^\n]{0,24}?(?:可在|可从|可以在|请在|请到|须在|均可|[一二三四五六七八九十]是))"
    r"(?=[^\n]{0,30}(?:关注|扫|官方|下载|手机))[^\s。，！？]{0,20}?(?:二维码|微信公众号|公众号|官方微信|官方微博|客户端|APP|App)"
    r"(?:下载|关注)?(?:我们|官方)?(?:下载|关注|阅读|查看|分享|观看|浏览|访问|打开)?"
    r"(?:客户端|APP|App|手机版|全文|本文|当前页面?|我们|(?:微信)?公众号|官方微信|官方微博)?"
)
QR_LINE_RE = re.compile(rf"^\s*(?:{_QR_ITEM})\s*$")

# Page controls: each item, then a whole line made only of them.
_CONTROL_ITEMS = [
    # (issue 16, h20) a scan prompt alone before what it is for (微信扫一扫 关注我们): first,
    # so that the platform item does not take its 微信 (an item is matched atomically)
    r"(?:微信|手机)?(?:扫一扫|扫码|扫描)(?=\s|$)",
    # Tried first (each item is matched atomically, so the first that fits is kept): a
    # button by family, an action on the page, its object, where to: 收藏此页, 推荐给好友,
    # 分享文章到：, 我要打印, 转发 | 评论 | 点赞, 举报; and a QR prompt that says what the
    # code is for: 扫描二维码 在手机上继续观看, 用微信扫描二维码分享至好友和朋友圈.
    r"(?:用|使用)?(?:手机|微信)?(?:扫描二维码|扫描|扫一扫|扫码)[，,\s]*(?:(?:在|用)?手机(?:上)?)?\s*(?:继续)?"
    r"(?:观看|阅读|浏览|打开|查看|分享|看)(?:新闻|文章|全文|本文|更多|本页|当前页面?)?(?:至|到|给)?(?:好友|朋友圈|朋友)?(?:和朋友圈)?[！!]?",
    r"(?:保存|导出|下载|生成)为?\s*(?:PDF|pdf|Word|word|图片)(?:文件|格式)?",
    r"(?:我要|一键|点击|立即|发表|参与|查看|写|去)?(?:分享|转发|收藏|打印|关闭|点赞|评论|举报|推荐|发送|复制|保存|纠错)"
    r"(?:(?:此|本|该)?(?:文章|页面|页|文|篇))?的?(?:链接|网址|地址|窗口)?(?:到|至|给)?"
    r"(?:好友|朋友圈|朋友|微信好友|微信|新浪微博|微博|QQ空间|QQ好友|QQ)?(?:和朋友圈)?\s*(?:[:：]\s*\d*)?",
    r"字号\s*[:：]?\s*(?:[\[【(（]?\s*(?:大|中|小|默认|超大|标准|[TtAa][+-]?)\s*[\]】)）|｜]?\s*)*",
    r"字体\s*[:：]?\s*(?:[\[【(（]?\s*(?:大|中|小|放大|正常|缩小|默认|[TtAa][+-]?)\s*[\]】)）|｜]?\s*)*",
    r"(?:调整字体|放大|缩小|正常|默认|超大|A\+|A-|A－)",
    # a personal library's colour scheme beside its font size: 配色： 字号：大 中 小
    r"配色\s*[:：]",
    r"(?:[\[【(（]?\s*[大中小]\s*[\]】)）]?\s*){3}|[\[【(（]\s*大\s*中\s*小\s*[\]】)）]",
    r"扫一扫[，,]?\s*(?:手机看|用手机看|在手机上看|手机阅读)",
    r"(?:打印本页|打印此页|打印本文|打印文章|打印页面|打印|关闭窗口|关闭本页|关闭本文|关闭页面|关闭|收藏本页|收藏本文|"
    r"加入收藏|收藏|添加收藏夹|设为首页|推荐给朋友|发送给朋友|我要纠错|我要打印|保存本页|复制链接|复制网址)",
    # header greetings and search boxes
    r"(?:您好[，,]?\s*)?欢迎(?:访问|光临|来到|进入)[^。，！]{0,30}?(?:网站|官网|门户|平台|网)[！!。]?",
    r"今天是\s*[:：]?\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期[一二三四五六日天])?",
    r"(?:站内搜索|全站搜索|高级搜索|搜索|请输入(?:关键字|关键词|搜索内容)?|热门搜索\s*[:：]?|网站导航|长者模式|关怀版|登录|注册)",
    r"分享到\s*[:：]?\s*\d*",
    # a share button in any wording: 分享至：, 一键分享, 扫一扫分享本页, 转发给好友 (before
    # 分享 alone: each item is matched atomically, so the longer spelling must come first)
    # (朋友圈 before 朋友 for the same reason)
    r"(?:微信扫一扫|微信扫码|扫一扫|扫码|一键|点击)?\s*(?:分享|转发|收藏)(?:到|至|给)?\s*"
    r"(?:本页|本文|此文|好友|朋友圈|朋友|微信好友|微信|新浪微博|微博|QQ空间|QQ好友|QQ)?\s*[:：]?",
    r"(?:点击)?(?:进入|查看|浏览)(?:本|该)?专题",
    r"分享\s*[:：]?",
    # the share buttons' platforms, when they stand alone or follow 分享到
    r"(?:微信好友|微信群|微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|Qzone|豆瓣|人人网|易信|钉钉|抖音|快手|今日头条|复制链接|更多)",
    r"扫一扫在手机(?:上)?(?:打开|查看|阅读)?当前页(?:面)?",
    r"(?:微信扫一扫|微信扫码|扫一扫|扫码)(?:分享|阅读全文|阅读|在手机上阅读|用手机看|手机阅读)",
    r"(?:用手机扫描二维码|手机扫描二维码)[^\n。]{0,12}",
    r"扫码阅读全文",
    # (issue 16, h20) reading on the phone, as a button says it: 用手机看, 在手机上打开, 手机阅读本文
    r"(?:用|在|使用)?手机(?:上)?(?:继续)?(?:打开|阅读|看|浏览|查看|访问)(?:本文|本页|全文|文章|此文|新闻|当前页面?)?",
    r"(?:转|切换到)?(?:简体|繁体|繁體|简体版|繁体版|繁體版|简|繁)(?:中文)?版?",
    r"无障碍(?:浏览|阅读)?",
    r"(?:返回顶部|回到顶部|返回首页|返回列表|返回上一页|返回)",
    # (issue 16, h20) where a page's back link goes, by family: 回到首页, 返回栏目, 顶部; a QR
    # code's ask to follow (扫码关注我们); the share verb after the app's own words (打开微信“扫一扫”，)
    r"(?:返回|回到)(?:顶部|首页|主页|列表|上一页|上页|上一级|栏目|频道|目录)|顶部",
    r"(?:扫码|扫一扫|扫描二维码|微信扫码|长按识别二维码|长按二维码)(?:关注|订阅)(?:我们|本站|公众号|微信公众号|官方微信|官方微博)?",
    r"打开微信\s*[“\"「]?\s*扫一扫\s*[”\"」]?\s*[，,]?",
    r"关注(?:我们|本站|本网)\s*[:：]?|(?:手机|电脑|触屏|PC|pc|桌面)版|(?:护眼|夜间|关怀|长者|无障碍|阅读)模式"
    r"|(?:我要|在线)?投稿|TOP|Top|[↑↗↓]",
    r"【\s*纠错\s*】|纠错",
    # a widget's placeholder left where a script would have drawn it: '正在加载中...',
    # 图片加载中，请稍候…, Loading...
    r"['\"‘“]?(?:页面|图片|内容|数据|评论|视频|图集)?(?:正在|努力|拼命)?加载中?(?:[,，]?\s*请稍(?:候|等|后))?[.。…·]*['\"’”]?"
    r"|[Ll]oading\s*\.*",
    _QR_ITEM,
]
from .vocab_web import CONTROL_ITEMS_H24  # noqa: E402  (issue 16, h24: voice readers, colour switches…)
_CONTROL_ITEMS[-1:-1] = CONTROL_ITEMS_H24
_CONTROL_ITEM = "|".join(f"(?:{p})" for p in _CONTROL_ITEMS)
# Controls that share a line with publication info: 浏览次数：123 【打印】【关闭】
INLINE_CONTROL_RE = re.compile(
    r"[【\[]\s*(?:打印本页|打印|关闭窗口|关闭|收藏|加入收藏|返回顶部|纠错|字号\s*[:：]?[大中小\s]*|字体\s*[:：]?[大中小\s]*|[大中小])\s*[】\]]"
    r"|(?:打印本页|关闭窗口|【?\s*打印\s*】?\s*【?\s*关闭\s*】?)\s*$"
)
_CONTROL_SEP = r"[\s|｜丨·•/／、]*"
# Each item with its separator is matched atomically: the spaces around an item could
# otherwise be split between the item and its separator in exponentially many ways
# before a long line of buttons that ends in a word fails (打印 打印 … x).
CONTROL_LINE_RE = re.compile(
    rf"^{_CONTROL_SEP}(?:(?>[【\[(（]?\s*(?:{_CONTROL_ITEM})\s*[】\])）]?{_CONTROL_SEP}))+$"
)

# ---------------------------------------------------------------- document-sharing sites
_DISCLAIMERS = [
    r"下载文档前请自行甄别",
    r"仅部分预览",
    r"如文档侵犯您的权益",
    r"如文档侵犯.{0,8}权益",
    r"平台不提供额外的编辑、内容补充",
    r"不可在线预览部分如存在完整性等问题",
    r"人工客服工作时间",
    r"本文档由用户上传",
    r"本站所有资源如无特殊说明",
    r"用户上传的文档直接被用户下载",
    r"文档付费后(?:可|即可)",
    r"原创力文档",
    r"请勿复制、传播、销售",
    r"本站是提供个人知识管理的网络存储空间",  # 360doc
    r"所有内容均由用户发布，不代表本站观点",
    r"本文档来自于?用户上传",
    r"本文档仅供学习交流",
    r"文档内容仅供参考",
    r"平台仅提供信息存储空间服务",
    r"文档下载后.{0,12}(?:不退款|不支持退款)",
]
DISCLAIMER_RE = re.compile("|".join(_DISCLAIMERS))
# doc88's line under a copy: 《标题》由会员分享，可在线阅读，更多相关《标题》请在道客巴巴上搜索。
MEMBER_SHARE_RE = re.compile(r"由会员分享，可(?:免费)?在线阅读|请在(?:道客巴巴|豆丁网?|原创力文档|百度文库)上搜索")

# ---------------------------------------------------------------- site menus
# Words that are menu items on site after site; a run of short lines holding several of
# them is a menu, while a list of names or units at the end of a notice holds none.
NAV_WORDS = frozenset("""
首页 网站首页 返回首页 主页 新闻 要闻 动态 新闻中心 新闻动态 工作动态 工会动态 基层动态 通知公告 公告 政务公开 信息公开
政府信息公开 政策法规 政策文件 政策解读 法律法规 互动交流 在线服务 办事服务 网上办事 服务 专题 专题专栏 专题报道 图片
视频 图片新闻 视频新闻 关于我们 联系我们 网站地图 网站声明 法律声明 免责声明 隐私政策 广告服务 招聘信息 客户端 手机版
电脑版 微博 微信 登录 注册 更多 返回顶部 设为首页 加入收藏 友情链接 机构概况 机构设置 机构职能 领导信息 领导动态 下载中心
English 财经 体育 娱乐 科技 军事 国际 国内 社会 文化 教育 健康 旅游 汽车 房产 时政 评论 地方 数据 直播 论坛 博客 读书
游戏 时尚 女性 公益 图集 热点 独家 深度 观点 人物 政务 党建 维权 帮扶 职工之家 劳模风采 工会概况 县(市、区)
产业工会 基层工会 市县工会 领导讲话 信息报送 在线留言 留言板 网上信访 意见征集 民意征集 政务服务 便民服务 办事指南
""".split())

# ---------------------------------------------------------------- footers
# Items that only a site footer carries: one of them makes a block a footer. Each must be
# written the way a footer writes it (a licence with its number, a resolution as browser
# advice), so a sentence that uses the same word does not match.
FOOTER_SITE_RE = re.compile(
    r"版权所有|版权归|copyright|©|\(c\)\s*(?:19|20)\d{2}|all\s*rights\s*reserved|网站标识码|标识码\s*[:：]?\s*\d|"
    r"技术支持|技术维护|运行维护单位|网站维护|建议使用.{0,24}浏览器|(?:最佳|建议|推荐).{0,20}分辨率|分辨率.{0,12}(?:浏览|访问|最佳)|"
    r"icp\s*(?:备案?|证|经营许可证)\s*(?:号|编号)?\s*[:：\d]|公网安备|网安备|备案(?:号|序号)\s*[:：]?\s*\S{0,6}\d|"
    r"许可证(?:编号|号)?\s*[:：]?\s*[^\s，。]{0,8}\d|(?:网站|本站)声明|(?:免责|法律)声明\s*[:：|｜]|"
    r"(?:主页|网站|中文)?网址\s*[:：]\s*(?:https?://|www\.)|中文域名|英文域名|(?:网站)?识别码\s*[:：]?\s*\d|"
    r"(?:本站|本网|网站|本平台).{0,4}由.{2,24}(?:主办|承办|维护)$|您是(?:本站)?第\s*\d+\s*位|访问(?:人数|人次|量)\s*[:：]\s*\d|网站访问量|"
    r"未经.{0,12}(?:许可|授权|同意|允许).{0,16}(?:转载|复制|镜像|使用)",
    re.I,
)
# Items a site footer shares with an event notice (主办单位：市总工会 closes many a notice):
# they make a footer only next to a site item, a site link or a licence number.
FOOTER_ORGANISER_RE = re.compile(r"主办单位|主\s*办\s*[:：]|主办方|承办单位|承\s*办\s*[:：]|协办单位|由.{2,24}(?:主办|承办)$")
FOOTER_STRONG_RE = re.compile(f"{FOOTER_SITE_RE.pattern}|{FOOTER_ORGANISER_RE.pattern}", re.I)
# A copyright statement may be a sentence: 未经许可，不得转载。
FOOTER_NOTICE_RE = re.compile(
    r"版权所有\s*[，,]?\s*(?:翻版必究|侵权必究|违者必究|盗版必究|不得转载|严禁转载|未经)|版权归.{1,30}所有\s*(?:[。.!！]?$|[，,])|"
    r"未经.{0,12}(?:许可|授权|同意|允许).{0,16}(?:转载|复制|镜像|使用)|如需转载|转载请(?:注明|联系)|(?:使用|建议).{0,30}(?:浏览器|分辨率).{0,20}(?:浏览|效果)|"
    r"all\s*rights\s*reserved",
    re.I,
)
# After a footer label, what starts a clause of prose (版权所有，要开创…; 技术支持由…负责).
PROSE_AFTER_LABEL_RE = re.compile(r"^[要应由是的了将需须也都和与对在为把被让使可负]")
# The end of an organisation's or a site's name: a footer clause may be just a holder.
ORG_SUFFIX_RE = re.compile(
    r"(?:会|局|厅|委|办|部|院|网|站|中心|公司|集团|社|室|处|所|报|台|馆|府|校|学|行|团|队|署|司|组|科|协|联|盟|刊)$"
)
# Items that footers carry but that a body may too: they go only inside a footer block.
# Contact labels need their colon (地址变更后… is a sentence); link names stand alone
# (关于我们工会的发展历程 is a headline).
_LINK_WORDS = (r"联系我们|关于我们|网站地图|版权声明|版权保护|友情链接|网站纠错|意见建议|使用帮助|服务条款|服务条例|"
               r"广告服务|联系方式|手机版|电脑版|设为首页|加入收藏|安全隐私|隐私(?:政策|声明|保护)|免责声明|法律声明")
FOOTER_WEAK_RE = re.compile(
    r"(?:地址|邮编|邮政编码|电话|传真|邮箱|e-?mail|热线)\s*(?:[:：]|\s(?=\s*[\d(（+]))|"
    rf"(?:{_LINK_WORDS})(?![\u4e00-\u9fff])|公众号|官方微信|官方微博|客户端|produced\s*by|powered\s*by|值班",
    re.I,
)
# Link names only a site has: next to them, 主办单位 is the site's.
FOOTER_SITE_LINK_RE = re.compile(r"(?:网站地图|设为首页|加入收藏|手机版|电脑版|网站纠错|广告服务|关于我们)(?![\u4e00-\u9fff])")

# ---------------------------------------------------------------- article edges
# Words the chrome rules (C3xx) and the HTML extractor's edge lines (H107,
# zhclean.html.edges) both look for around an article.
PREV_NEXT_WORDS = ["上一篇", "下一篇", "上一条", "下一条", "上一页", "下一页", "上篇", "下篇", "前一篇", "后一篇",
                   "上一则", "下一则"]
# A heading that opens the related-content area after the body.
RELATED_HEADINGS_AFTER_BODY = [
    "相关文章", "相关新闻", "相关阅读", "相关推荐", "相关稿件", "相关链接", "相关报道", "相关资讯", "推荐阅读", "延伸阅读",
    "猜你喜欢", "为你推荐", "为您推荐", "热门推荐", "精彩推荐", "热点推荐", "今日推荐", "编辑推荐",
    "阅读下一篇", "下一篇", "更多精彩", "更多阅读", "您可能感兴趣的文章", "你可能感兴趣", "您可能还喜欢", "大家都在看",
    "热门文章", "最新文章", "热门阅读", "热门新闻", "往期回顾", "往期推荐",
]
# A heading that opens the comment area after the body.
COMMENT_HEADINGS = ["最新评论", "热门评论", "网友评论", "我要评论", "发表评论", "评论", "跟帖"]
# Editor labels of a news CMS beyond EDITOR_LABELS.
WEB_EDITOR_LABELS = ["网站编辑"]

# ---------------------------------------------------------------- document-site notices, by family
# A document site's notice mixes a few families of words: the site, the document, the
# upload, the trade (download, preview, payment), rights, customer service and hedging.
# One family is a word of any text; a line that draws on three of them, among them the
# site or its users and rights or hedging, or a block of numbered lines under a notice
# heading that together do, is the site's.
DOCSITE_CUE_WORDS = {
    # the site speaking of itself: 平台 or 网站 alone is any notice's word (报名表可在网站下载),
    # and so are 文库 and 网盘 said of others (某文库平台被判赔偿, 严禁通过个人网盘外传)
    "site": ["本站", "本平台", "本网站", "本网", "站内", "本文库", "本站点", "我站", "本系统", "本资料库"],
    "document": ["文档", "资料", "资源", "文件", "范文", "课件", "作品", "稿件"],
    # by users: 上传 alone is a notice's instruction (请将材料上传至系统)
    "upload": ["用户上传", "自行上传", "网友上传", "用户发布", "用户分享", "存储空间", "用户投稿", "上传者", "上传分享",
               "网友整理", "网友分享", "会员分享", "会员上传", "整理上传", "来源于互联网", "来自互联网", "来源于网络",
               "网友投稿", "上传人", "上传至", "上传的", "共享者", "分享者", "由网友", "由用户",
               "来自网络", "收集于网络", "网络收集"],
    "trade": ["下载", "预览", "购买", "付费", "退款", "下载券", "积分", "会员", "VIP", "vip", "售出", "金币", "已购",
              "充值", "扣费", "售价", "免费", "续费", "退换", "虚拟商品", "电子版", "补发", "链接失效", "下载链接",
              "订单", "付款", "支付", "扣除", "收费", "代收", "转售", "计费", "余额", "兑换", "售出", "发票"],
    "rights": ["转载", "侵权", "侵犯", "版权", "知识产权", "合法权益", "著作权", "原作者", "商业用途", "二次传播", "盗用", "删除",
               "非法用途", "违法用途", "盈利", "营利",
               "牟利", "权属", "权利人", "抄袭", "侵害", "追究", "法律责任", "违规", "封禁", "举报",
               # (h32) who owns the copy and has the last word on it: 所有权归上传用户所有, 最终解释权
               "所有权", "解释权"],
    "service": ["客服", "QQ", "工作时间", "联系我们", "反馈", "投诉", "在线咨询", "节假日", "售后", "个人中心",
                "站长", "管理员", "客服邮箱", "告知我们", "联系本站", "联系平台",
                "人工客服", "来信", "来函", "留言", "申诉", "工作日", "联系我们",
                "服务热线", "客服热线", "投诉电话", "竭诚为您服务",
                # (h32) the counter on a chat app: 联系微信：wx…, 客服微信
                "联系微信", "客服微信", "微信客服", "投诉邮箱", "联系邮箱"],
    "hedge": ["仅供", "不代表", "不承担", "不保证", "概不", "自负", "敬请谅解", "请勿", "不得", "为准", "略有差异",
              "可能存在", "可能无法", "不支持", "仅限", "请谨慎", "恕不", "承担责任", "不负责", "不作任何保证", "不作保证",
              "仅作", "不予退", "敬请理解", "敬请谅解", "自行核实", "自行甄别", "自行判断", "不对其", "不提供", "概不负责",
              "不另行通知", "视为您", "即视为", "视为同意", "并同意", "表示同意", "即表示",
              "禁止", "严禁", "切勿", "谨慎", "仅代表", "无关", "敬请留意", "不作任何承诺", "以实际", "仅展示", "后果自负",
              # ---- docsite notices (h21): what the site will not answer for, named: 不对内容的真实性负责
              "真实性", "准确性", "完整性", "不对内容"],
}
# A notice heading: an optional qualifier and a notice noun, alone on its line in any
# frame (温馨提示：, 【下载须知】, ■ 特别说明, —— 免责声明 ——).
NOTICE_HEADING_QUALIFIERS = ["温馨", "友情", "特别", "重要", "下载", "购买", "阅读", "使用", "服务", "文档", "版权", "免责",
                             "用户", "会员", "付费", "资料", "资源", "上传", "注意", "平台", "网站", "本站",
                             "下载前", "购买前", "使用前", "阅读前",
                             # the families' own words: rights, trade, service
                             "权利", "隐私", "安全", "法律", "责任", "风险", "退款", "售后", "支付", "充值", "客服"]
NOTICE_HEADING_NOUNS = ["提示", "说明", "声明", "申明", "须知", "事项", "公告", "提醒", "告知", "条款", "协议", "必读",
                        "必看", "常见问题", "帮助", "指南", "指引",
                        # (h32) a site's rules and tips under other nouns: 版权约定, 下载小贴士, 用户守则
                        "约定", "小贴士", "贴士", "守则", "通告"]
# what may follow the noun: 用户协议摘要, 购买须知（必读）
NOTICE_HEADING_SUFFIXES = ["必读", "必看", "摘要", "节选"]

# Labels of a document site's record of a copy (上传时间：…, 文档页数：12, 下载券：2); a
# line made only of such items, or of the flags below, is the site's.
DOC_META_LABELS = {
    "date": ["上传时间", "上传日期", "上传于", "发布时间", "发布日期", "更新时间", "更新日期", "更新于", "收录时间", "分享时间",
             "提交时间", "发布于"],
    "pages": ["文档页数", "页数", "总页数", "共计页数", "页码数"],
    "format": ["文档格式", "格式", "文件格式", "文件类型", "文档类型", "资料格式"],
    "size": ["文档大小", "文件大小", "大小", "资料大小"],
    "count": ["下载券", "所需下载券", "所需积分", "下载积分", "积分", "所需金币", "金币", "浏览次数", "浏览量", "浏览",
              "下载次数", "下载量", "下载数", "总下载", "下载", "收藏", "收藏数", "兑换积分", "阅读次数", "阅读量", "阅读", "点赞", "评论", "热度", "人气",
              # the counts a personal library prints on a saved copy (阅：123 转：45 献花：6)
              "阅", "转", "献花"],
    "price": ["售价", "价格", "原价", "现价", "定价", "会员价"],
    # who uploaded the copy (an author or a 发布者 is a byline, C102's)
    "user": ["上传者", "贡献者", "上传人", "分享者", "上传用户", "分享人", "提供者", "资料提供", "文档提供", "资源提供",
             "内容提供方", "内容提供者"],
    "category": ["文档分类", "所属分类", "分类", "栏目", "所属栏目", "文档类别", "类别", "标签", "关键词",
                 # where the uploader posted from, as platforms now print it
                 "IP属地"],
    "rating": ["星级", "评分", "评价", "推荐指数", "等级", "打分", "用户评分"],
    # a site's rating of the copy; not 满意度, which a report's own figures use (满意度：95%)
    "percent": ["好评率", "推荐率"],
    "code": ["文档编号", "文档ID", "编号", "资料编号", "ID"],
}
# The heads of record labels the lists above do not hold, and the kind of value each
# names: 最近上传时间 (date), 售卖价格 (price), 资源类别 (category).
DOC_META_LABEL_HEADS = {"时间": "date", "日期": "date", "更新": "date", "页数": "pages", "格式": "format", "类型": "format",
                        "大小": "size", "体积": "size", "次数": "count", "人数": "count", "价格": "price", "价": "price",
                        "分类": "category", "类别": "category"}
# What a record's label may name first: the copy itself (文档热度, 资料大小, 资源格式).
DOC_RECORD_NOUNS = ["文档", "资料", "资源", "文件", "范文", "课件"]
# Flags a site sets on a copy, each the whole item (VIP免费下载, 付费文档, 原创文档).
DOC_FLAG_RE = re.compile(
    r"(?:VIP|vip|会员|新人|限时|超级会员|SVIP)(?:免费|专享|特权|折扣)?(?:下载|文档|阅读)?|"
    # the marketing words of a copy: quality, exclusivity, sales (高清文档, 独家文档, 热销资料)
    r"(?:付费|精品|原创|免费|热门|推荐|优质|认证|官方|共享|高清|独家|热销|畅销|特惠|精选|正版|优选|爆款)"
    r"(?:文档|资料|资源|范文|课件)|(?:原创|优质)精品|免费(?:获取|领取)|"
    r"(?:免费|付费|立即|一键|马上|购买|极速)下载|下载(?:此|本|该)?(?:文档|资料|全文|本文)|下载到(?:电脑|本地|手机)|"
    r"开通(?:VIP|vip|会员)(?:免费下载)?|(?:文档|全文|本文|资料)共?\s*\d{1,4}\s*页|"
    r"(?:¥|￥)\s*\d+(?:\.\d+)?\s*(?:元)?(?:\s*(?:立即|购买)?下载)?"
)

# Reading progress and the end of a preview: a reading word with an end, a remainder or a
# percentage (全文阅读已结束, 已阅读 35%, 剩余4页未读, 试读已结束，如需继续阅读请下载).
# (显示, 展示 are any page's words, 展品展示完毕, 回收率显示已达 96%: only the viewer's own
# phrasings below take them, 已显示全部37页, 仅展示部分内容)
PROGRESS_READ = r"(?:阅读|预览|试读|试看|浏览|读)"
PROGRESS_END = r"(?:已?结束|完毕|完(?![成善整全美])|到底|结尾|末尾|最后一页|读完|到此结束|为止)"
PROGRESS_LINE_RE = re.compile(
    # (not an event's end: 阅读活动圆满结束, 读书月活动已结束)
    rf"{PROGRESS_READ}(?:(?!活动|比赛|竞赛|会议|仪式|典礼|培训|讲座|分享会)[^，,。]){{0,6}}{PROGRESS_END}|(?:已|当前)?{PROGRESS_READ}(?:进度)?\s*[:：]?\s*\d{{1,3}}\s*%|"
    rf"(?:剩余|还剩|还有|剩下|余下)\s*\d+\s*页|(?:已经|已)到(?:底|最后)了|下载后(?:可|即可)?(?:查看|获取|阅读)|"
    rf"以上为{PROGRESS_READ}|完整(?:版|内容|文档)?(?:请|需)下载|"
    rf"本文档共\s*\d+\s*页|共\s*\d+\s*页[，,]?\s*(?:已|当前)|"
    # the reader's own words: 已读完全部内容, 预览前3页, 文档结束，感谢阅读
    rf"(?:已|您已|你已)(?:读|看|阅读|浏览)完|(?:预览|显示|展示)前\s*\d+\s*页|^(?:文档|全文)(?:已)?结束|"
    # how much of the copy the viewer shows: 免费预览18页，共37页, 已显示全部37页
    rf"^(?:免费|可)?(?:预览|试读|试看)\s*\d{{1,4}}\s*页\s*[，,/／]?\s*共\s*\d{{1,4}}\s*页$|"
    rf"^已?(?:显示|展示|加载)(?:了)?全部\s*\d{{1,4}}\s*页$|"
    # the copy itself shown to its end: 文档已显示完毕 (not 展品展示完毕后将返还…)
    rf"^(?:文档|全文|本文|资料|本文档)(?:已|已经)?(?:显示|展示|加载)(?:完毕|结束|完了?)[。!！]?$|"
    # 已预览3页，全文共17页; 以上为文档的前4页; 本文档仅展示部分内容; 阅读已达 31%
    rf"^(?:已|可)?{PROGRESS_READ}(?:了)?\s*\d{{1,4}}\s*页\s*[，,/／]?\s*(?:全文|文档|本文|全书)?共\s*\d{{1,4}}\s*页$|"
    rf"^以上(?:为|是)?(?:文档|全文|本文|资料|预览|试读)的?前\s*\d{{1,4}}\s*页$|仅(?:展示|显示|预览|提供)(?:了)?(?:部分(?:内容|页面)|前\s*\d{{1,4}}\s*页)$|"
    rf"{PROGRESS_READ}(?:进度)?\s*(?:已达|已到|达到|已)\s*\d{{1,3}}\s*[%％]"
)
# Links a viewer shares with a site's article pages: they count only in the head or tail.
PROGRESS_LINK_RE = re.compile(rf"(?:继续|全文){PROGRESS_READ}(?!材料)|(?:点击|下拉)?加载更多|(?:查找|使用)更方便|"
                              rf"^(?:点击)?展开(?:{PROGRESS_READ})?(?:全文|剩余|全部)|^(?:点击)?查看(?:更多|全部|剩余)内容$")

# A viewer's pager, as a whole line: a slash fraction (2/5, [2/5], 2/5页), the page words
# (第 2 页 共 5 页, 共5页 当前第2页), or a row of page links (« 上一页 1 2 3 下一页 »), which
# _docsite_kinds reads token by token.
PAGER_FRACTION_RE = re.compile(
    r"^(?:页码\s*[:：]\s*)?[\[【(（]?\s*(?:第|Page\s*)?\s*(\d{1,4})\s*(?:[/／]|of)\s*(\d{1,4})\s*页?\s*[\]】)）]?$")
PAGER_WORDS_RE = re.compile(
    r"^(?:(?:当前)?第\s*\d{1,4}\s*页\s*[/／,，]?\s*共\s*\d{1,4}\s*页|共\s*\d{1,4}\s*页\s*[/／,，]?\s*(?:当前)?\s*第\s*\d{1,4}\s*页)$")
PAGER_LINK_WORDS = frozenset(["上一页", "下一页", "上页", "下页", "首页", "尾页", "末页", "前一页", "后一页", "«", "»", "‹", "›",
                              "<", ">", "<<", ">>", "<<<", ">>>", "…", "...", "«上一页", "下一页»", "‹上一页", "下一页›"])

# Words of a viewer's buttons: a row of short items, one of them with such a word, is the
# viewer's on a copy a document site marked (加入书架 | 离线下载, 复制链接 · 生成海报).
VIEWER_BUTTON_WORDS = ["下载", "收藏", "分享", "举报", "纠错", "打印", "阅读", "评价", "点赞", "复制链接", "链接", "海报",
                       "会员", "领取", "购买", "书架", "网盘", "转存", "APP", "App", "app", "客服", "帮助", "反馈",
                       "手机看", "电脑看", "手机版", "电脑版", "小程序", "扫码", "全屏", "在线看",
                       # what else a viewer offers: tipping and following the uploader, sending the copy on
                       "打赏", "关注作者", "发送到", "保存到", "邮箱", "转发", "存到", "VIP", "vip", "复制", "评分"]
# A related-list heading (C302): its families are in vocab_related, re-exported here.
from .vocab_related import RELATED_HEADING_FAMILY_RE, RELATED_LISTED, RELATED_QUALIFIERS  # noqa: E402,F401

# ---------------------------------------------------------------- extracted web text
# (its vocabularies are in vocab_web; these names are re-exported for the modules that import them from here)
from .vocab_web import (FORM_BUTTONS, FORM_FIELD_PREFIXES, FORM_FIELDS, REPRINT_CUE_WORDS,  # noqa: E402,F401
                        REPRINT_LABEL_OPENING_RE, REPRINT_OPENING_RE, TAG_LABEL_NOUNS, TAG_LABEL_QUALIFIERS, TAG_LABELS)
