"""A document site's furniture read by family and shape, for wording no list holds.

The readers of :mod:`._docsite_record` and :mod:`._docsite_kinds` know the labels,
numberings and headings sites were seen to print; these read the ones never seen, from
the families of :mod:`._docsite_cues` and the shape of the line:

* a record item is a short label, framed or not, then a value of a kind its *head* names
  (``下载所需积分：30次``: the head 积分 names a count; ``〔页码数〕约13页``: pages);
* a flag is an item made only of the site's marketing words (``会员特惠``, ``官方认证``);
* a numbered item opens with any numbering (``Ⅱ.``, ``❶``, ``(A)``, ``1】``, ``<2>``) and
  items numbered alike share its style;
* a notice heading is a short modifier and a notice noun in any frame (``▍下载规则``,
  ``=== 郑重声明 ===``, ``下载前请注意（必读）``).

>>> shaped_record_item("下载所需积分：30次"), shaped_record_item("〔页码数〕约13页"), shaped_record_item("活动时间：2021-03-05")
('trade', 'trade', 'plain')
>>> shaped_record_item("报名费用：200元"), shaped_record_item("所属栏目：为基层服务的"), shaped_record_item("本报告共12页")
('plain', None, None)
>>> flag_kind("会员特惠"), flag_kind("官方认证"), flag_kind("工作总结")
('trade', 'plain', None)
>>> shaped_numbering("Ⅱ.如需获取"), shaped_numbering("❶资料"), shaped_numbering("(A)为保护"), shaped_numbering("1.2万人")
('roman.', 'dingbat', 'letter()', None)
>>> is_shaped_heading("▍下载规则"), is_shaped_heading("=== 郑重声明 ==="), is_shaped_heading("下载前请注意（必读）")
(True, True, True)
>>> is_shaped_heading("存在的问题"), is_shaped_heading("编制说明"), is_shaped_heading("关于做好下载工作的说明")
(False, True, False)
"""
from __future__ import annotations

import re

from ._fold import symbol_class
from ._docsite_cues import (
    FLAG_TRADE_WORDS,
    FLAG_WORDS,
    NOTICE_MODIFIER_WORDS,
    NOTICE_NOUNS,
    NOTICE_NOUNS_AFTER_SITE_WORD,
    RECORD_HEADS,
    RECORD_TRADE_WORDS,
)

# ---------------------------------------------------------------- record items
_DATE = (r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
         r"|\d{1,3}\s*(?:秒|分钟|小时|天|日|周|星期|个月|月|年)前|(?:刚刚|今天|昨天|前天)(?:\s*\d{1,2}:\d{2})?)")
_VALUES = {
    "date": _DATE,
    # (and the page word framed or after 全文, or a P before the number: 7（页）, 5页全文, P25)
    "pages": r"(?:约|全文|全|合计|共计|共|总共|总计|总|计)?\s*(?:[Pp]\s*)?\d{1,4}\s*(?:页|[Pp](?:ages?)?|张(?:幻灯片)?|[(（]\s*页\s*[)）])?"
             r"\s*(?:[(（]\s*全\s*[)）]|全文|全)?",
    "format": r"(?i:\.?(?:docx?|pdf|pptx?|xlsx?|wps|txt|rtf|word|ppt|excel|caj|epub|zip|rar))",
    "size": r"(?i:\d+(?:\.\d+)?\s*(?:KB|MB|GB|K|M|G|B))",
    "count": r"\d[\d,]*(?:\.\d+)?\s*[万千wWkK]?\+?\s*(?:个|次|分|人次|人|份|张|下载券|券|金币|积分|点|条|℃)?",
    # (or none at all: 价格：免费)
    "price": r"(?:[¥￥]\s*)?\d+(?:\.\d{1,2})?\s*元?|免费|0元",
    "user": r"[\w\u4e00-\u9fff]{1,20}(?:\s*[(（][\u4e00-\u9fff]{2,6}[)）])?|\d{3}\*{3,4}\d{2,6}",
    "category": r"[\u4e00-\u9fff\w]{1,10}(?:\s*[>＞/／、 ]\s*[\u4e00-\u9fff\w]{1,10}){0,4}",
    "rating": r"[★☆]{1,5}|\d(?:\.\d)?\s*分?(?:\s*/\s*\d+)?|[一二三四五1-5]\s*星级?",
    "code": r"[A-Za-z0-9_-]{3,20}",
    "duration": r"(?:约|大约)?\s*\d{1,4}\s*(?:分钟|秒|小时|min)",
}
_VALUE_RES = {kind: re.compile(rx) for kind, rx in _VALUES.items()}
# head → the kinds of value it names; longest heads first, so 页码数 is pages, not 数
_HEADS = sorted(((h, kind) for kind, heads in RECORD_HEADS.items() for h in heads), key=lambda x: -len(x[0]))
_OPEN, _CLOSE = "【[〔〖「<（(《", "】]〕〗」>）)》"
_FRAMED = re.compile(r"^[【\[〔〖「<（(《]\s*([\u4e00-\u9fffA-Za-z]{1,9})\s*[】\]〕〗」>）)》]\s*[:：]?\s*(.+)$")
_COLONED = re.compile(r"^([\u4e00-\u9fffA-Za-z]{1,9}?|[A-Za-z]+ [A-Za-z]+)\s*[:：]\s*(.+)$")
# a label run on into its value: 文档热度 216, 页面数24p, 需要金币48分
_RUN_ON = re.compile(r"^([\u4e00-\u9fff]{1,9}?)\s*((?:约|全|合计|共计|共|总)?\s*[\d¥￥★☆A-Za-z_.].*)$")
# a name or a category in words reads as a clause when it opens or holds a function word
_PROSE_VALUE = re.compile(r"^[为是在将对把被由从向于与和及了也都的]|[的了，。；]")
MAX_MODIFIER = 5
_TRADE_LABEL_RE = re.compile("|".join(sorted(map(re.escape, RECORD_TRADE_WORDS), key=len, reverse=True)))


def _label_kinds(label: str) -> set[str]:
    """The kinds of value a label's head names (``下载所需积分`` → count), or none; a
    short label with its head first (页数共计, 浏览人次) names what its head names."""
    kinds: set[str] = set()
    best = 0
    for head, kind in _HEADS:
        if len(head) < best:
            break
        if label.endswith(head) and len(label) - len(head) <= MAX_MODIFIER:
            best = len(head)
            kinds.add(kind)
    if not kinds and len(label) <= MAX_HEAD_FIRST_LABEL:
        kinds = {kind for head, kind in _HEADS if len(head) >= 2 and label.startswith(head)}
    return kinds


MAX_HEAD_FIRST_LABEL = 4


def shaped_record_item(item: str) -> str | None:
    """``"trade"`` or ``"plain"`` for a labelled record item read by its label's head and
    its value's shape; ``None`` when it does not parse (a sentence never does)."""
    m = _FRAMED.match(item) or _COLONED.match(item) or _RUN_ON.match(item)
    if not m:
        return None
    label, value = m.group(1), m.group(2).strip()
    kinds = _label_kinds(label)
    if not kinds or not value:
        return None
    if kinds & {"user", "category"} and _PROSE_VALUE.search(value):
        kinds -= {"user", "category"}
    if not any(_VALUE_RES[k].fullmatch(value) for k in kinds):
        return None
    if _PEOPLE_COUNT.fullmatch(value) and not _READER_LABEL.search(label):
        return None  # (h23) 参赛人数：65人, 获奖人数：3人: a report's figures, not the viewer's count
    return "trade" if _TRADE_LABEL_RE.search(label) else "plain"


# ---------------------------------------------------------------- flags
_FLAG_WORD_RE = re.compile("|".join(sorted(map(re.escape, FLAG_WORDS), key=len, reverse=True)))
_FLAG_TRADE_RE = re.compile("|".join(sorted(map(re.escape, FLAG_TRADE_WORDS), key=len, reverse=True)))
# one word alone is a flag only when it could be nothing else
_LONE_FLAGS = frozenset(["限免", "VIP", "SVIP", "vip", "可编辑", "已认证", "可预览", "新上传", "含答案", "附答案", "带答案"])
MAX_FLAG = 10


# a flag of another shape: who vouches for the copy (名师原创, 学霸推荐), a grade of copy
# (金牌文档), a members' discount (会员5折)
_VOUCHED_FLAG = re.compile(r"(?:名师|学霸|编辑|官方|专家|站长|老师|网友|小编)(?:推荐|原创|精选|力荐|整理|必备)"
                           r"|[\u4e00-\u9fff]{2}(?:文档|资料|范文|课件)")
_DISCOUNT_FLAG = re.compile(r"(?:VIP|vip|会员|新人)\s*\d(?:\.\d)?\s*折")


def flag_kind(item: str) -> str | None:
    """``"trade"`` for a flag that sells the copy (会员特惠, 限免), ``"plain"`` for one any
    page may show (官方认证, 编辑精选), ``None`` when the item holds another word."""
    if not 0 < len(item) <= MAX_FLAG:
        return None
    if _DISCOUNT_FLAG.fullmatch(item):
        return "trade"
    if _VOUCHED_FLAG.fullmatch(item):
        return "plain"
    words = _FLAG_WORD_RE.findall(item)
    if "".join(words) != item or len(words) < 2 and item not in _LONE_FLAGS:
        return None
    return "trade" if _FLAG_TRADE_RE.search(item) else "plain"


# ---------------------------------------------------------------- numbering
_SINGLE_LEADS = {"circled": "①-⑳", "parenthesised": "⑴-⒇", "dingbat": "❶-❿➀-➓➊-➓", "hanparenthesised": "㈠-㈩"}
_SINGLE_LEAD_RE = re.compile("^\\s*(?:" + "|".join(f"(?P<{k}>[{v}])" for k, v in _SINGLE_LEADS.items()) + ")")
_TOKEN_LEAD = re.compile(
    r"^\s*(?P<open>[(\[（【〔<＜〈#]|Q(?=\d)|(?:NO|No|no)\.?(?=\s*\d))?\s*(?P<tok>\d{1,2}(?![\d.．]\d)|[一二三四五六七八九十]{1,3}|[Ⅰ-Ⅻ]{1,3}|[A-Za-z](?![A-Za-z]))"
    r"\s*(?P<close>[)\]）】〕>＞〉])?\s*(?P<sep>[、.．:：]{0,2})")
_BULLETS = "•·-－*▪▫◆◇●○◎★☆▶►▸※√✓✔■□▲△▼▽♦♢➤➢→◉▌▍>＞›»"
# (one mark: ☆☆☆☆☆ is a rating, not a bullet)
_BULLET_RE = re.compile(rf"^\s*(?P<b>[{re.escape(_BULLETS)}])(?![{re.escape(_BULLETS)}])\s*(?=[\u4e00-\u9fffA-Za-z“\"《（(])")


def _token_class(tok: str) -> str:
    if tok.isdigit():
        return "arabic"
    if tok[0] in "一二三四五六七八九十":
        return "han"
    if "Ⅰ" <= tok[0] <= "Ⅻ":
        return "roman"
    return "letter"


def shaped_numbering(s: str) -> str | None:
    """The numbering style a line opens with, by shape: the class of its number (arabic,
    Han, Roman, a letter, circled, a dingbat) and the marks around it; ``None`` for a
    line that opens with a number that is not one (1.2万, 2019年)."""
    m = _SINGLE_LEAD_RE.match(s)
    if m:
        return m.lastgroup
    m = _TOKEN_LEAD.match(s)
    if m:
        opened, closed, sep = m.group("open") or "", m.group("close") or "", m.group("sep")
        cls = _token_class(m.group("tok"))
        rest = s[m.end():].lstrip()
        # a number needs a mark after it; a letter or a Han number one that is not a word's
        # (h23: or a hash before it, as a list in plain text numbers: #3 本声明…)
        hashed = opened in ("#", "＃") and cls == "arabic" and s[m.end() - 1:m.end()].isspace()
        if (closed or sep or hashed) and rest and not rest[0].isdigit() and (opened or cls != "letter" or sep):
            if cls == "han" and not (closed or sep[:1] in ("、", "．", ".")):
                return None
            return f"{cls}{opened}{closed}{sep}"
        return None
    m = _BULLET_RE.match(s)
    return f"bullet{m.group('b')}" if m else None


# ---------------------------------------------------------------- headings
# (and any other symbol by its Unicode kind: ◤下载前请注意◥, ✪ 权利声明, ♦购买须读)
_HEADING_FRAME = re.compile(rf"[\s【】\[\]〖〗〔〕〘〙<>＜＞〈〉《》「」『』■□◆◇●○◎▲△▼▽▶►▷→↓❖✦※★☆▍▌|｜—\-–~～=＝*＊#＃>:：!！{symbol_class()}]+"
                            r"|如下[:：]?\s*$"
                            # (h21) a heading closed with a full stop as a sentence is: 文档声明。
                            r"|。\s*$")
_ASIDE = re.compile(r"[（(][^（()）]{1,8}[)）]")
_NOUN_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, NOTICE_NOUNS + NOTICE_NOUNS_AFTER_SITE_WORD),
                                               key=len, reverse=True)) + ")$")
_SITE_WORD_NOUNS = frozenset(NOTICE_NOUNS_AFTER_SITE_WORD)
# the site's own concerns, for the nouns above (使用, 阅读, 服务 could be anyone's)
_SITE_CONCERN_RE = re.compile(r"下载|购买|付费|充值|退款|会员|版权|侵权|上传|文档|资料|资源|本站|网站|平台")
_MODIFIER = re.compile(r"^[\u4e00-\u9fff]{0,6}$")
_MODIFIER_SITE_RE = re.compile("|".join(sorted(map(re.escape, NOTICE_MODIFIER_WORDS), key=len, reverse=True)))
# a modifier with a function word is a title's clause (关于做好下载工作的说明), not a heading's
_FUNCTION_WORD = re.compile(r"的|关于|对于|之")
MAX_HEADING = 24


def is_shaped_heading(s: str) -> bool:
    """A short modifier and a notice noun, alone on the line in any frame; the modifier
    either names the site's concerns (下载, 版权, 会员, 使用) or is a plain qualifier
    of at most four characters (补充说明, 编制说明: the block under it decides)."""
    if not 0 < len(s) <= MAX_HEADING:
        return False
    t = _HEADING_FRAME.sub("", _ASIDE.sub("", s))
    m = _NOUN_RE.search(t)
    if not m or not t:
        return False
    mod = t[:m.start()]
    if not _MODIFIER.match(mod) or _FUNCTION_WORD.search(mod):
        return False
    if m.group() in _SITE_WORD_NOUNS:
        return bool(_SITE_CONCERN_RE.search(mod))
    return bool(_MODIFIER_SITE_RE.search(mod)) or len(mod) <= 4


# ---------------------------------------------------------------- values by their unit
# A label no list or head holds is still a record item when its value has a record's
# shape: a length in a file's units (3521字, 12页, 18P), a size, a code of letters and
# digits (文稿字数：3521字, 文件尺寸：2.3MB, 编号：A12345); not a count of people, a sum
# or a share, which a report's own figures are (满意度：95%, 受益职工：1200人), nor a
# date (报名截止：2023年5月31日 ends a notice). Any page may
# print such an item, so it counts as plain, and three of them do not make a record.
_UNIT_LABEL = re.compile(r"^[【\[〔〖]?[\u4e00-\u9fff]{2,6}[】\]〕〗]?\s*[:：]\s*")
_UNIT_VALUE = re.compile(
    # (h21: and a file's type or a file's name with its type: 文件：doc, 文件名称：总结.doc)
    r"(?i:\.?(?:docx?|pdf|pptx?|xlsx?|wps|txt|rtf|caj|epub))|[^\s:：]{1,40}\.(?i:docx?|pdf|pptx?|xlsx?|wps|txt|rar|zip)"
    r"|\d[\d,]*(?:\.\d+)?\s*(?:字|页|[Pp]|KB|MB|GB|K|M|kb|mb)"
    r"|(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{4,20}")


def unit_shaped_item(item: str) -> str | None:
    """``"shape"`` for ``label：value`` with a value of a record's shape, else ``None``.

    >>> unit_shaped_item("文稿字数：3521字"), unit_shaped_item("报名截止：请于本周五前")
    ('shape', None)
    """
    m = _UNIT_LABEL.match(item)
    if not m:
        return None
    return "shape" if _UNIT_VALUE.fullmatch(item[m.end():].strip()) else None



# ---------------------------------------------------------------- any label, a record's value (h23)
# A record item whose label neither the lists nor the heads know (作品编号, 〔献花〕, 到手价,
# 上传店铺) is still read by its shape: a short label, framed or with its colon, or run on
# into a value that opens with a digit, a price sign or a letter; and a value of one of
# the shapes a copy's record prints (RECORD_VALUE_SHAPES). A sentence never parses: the
# value is whole, short, and holds no clause. What the value is decides whether only a
# document site prints it:
# * ``trade``: a file's size, its pages, its type or file name, a price in ¥ or in the
#   site's points, coupons or coins, a handle with digits (网友52554, 186****1911) under a
#   label that names who shared the copy;
# * ``plain``: a date, a bare count, a decimal, a count of views or times (次, 个, 分),
#   which any page may print: such items go only beside the site's or on a marked copy.
# A count of people (参赛人数：65人, 获奖人数：3人) or an amount in other units (4800平方米,
# 36万元) is a report's own figure, no record's: it parses only under a reader's label.
_PAIR_FRAMED = re.compile(r"^[【\[〔〖「<（(《]\s*([\u4e00-\u9fff]{1,8}|[A-Za-z]{2,12})\s*[】\]〕〗」>）)》]\s*[:：]?\s*(\S.*)$")
_PAIR_COLONED = re.compile(r"^([\u4e00-\u9fff]{2,8}|[A-Za-z]{2,12})\s*[:：]\s*(\S.*)$")
_PAIR_RUN_ON = re.compile(r"^((?:VIP|SVIP|vip)?[\u4e00-\u9fff]{1,6}?)(?<=..)\s*([\d¥￥].*)$")
RECORD_VALUE_SHAPES = {
    "trade": (
        # a file's size, its pages or slides (with a framing word: 约12页, 12页/册, 共 12 页 (全))
        r"(?i:\d+(?:\.\d+)?\s*(?:KB|MB|GB|K|M|G))",
        r"(?:约|共|全|合计|总计|计)?\s*\d{1,4}\s*(?:页|[Pp](?![A-Za-z])|张)\s*(?:[/／][\u4e00-\u9fff]|[(（]\s*全\s*[)）]|全文|全)?",
        # a file's type, or a file's name with its type
        r"(?i:\.?(?:docx?|pdf|pptx?|xlsx?|wps|txt|rtf|caj|epub))",
        r"[^\s:：]{1,30}\.(?i:docx?|pdf|pptx?|xlsx?|wps)",
        # a price: the sign, or the site's own currencies
        r"[¥￥]\s*\d+(?:\.\d{1,2})?\s*元?",
        r"\d{1,5}\s*(?:下载券|券|积分|金币|财富值|点券|学币|豆元|下载币)"),
    "plain": (
        r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)",
        r"\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|年)前|(?:刚刚|今天|昨天|前天)(?:\s*\d{1,2}:\d{2})?",
        r"\d[\d,]{0,9}(?:\.\d{1,2})?\s*(?:次|个|分|元|条|份|字|℃)?",
        r"[★☆]{1,5}|[1-5](?:\.\d)?\s*星",
        # a handle as sites make them, a masked phone number: the site's under a label
        # that names who shared the copy (HANDLE_LABEL), else any page's (资料来自：网友1047)
        r"[A-Za-z_]{1,12}\d{2,8}|[\u4e00-\u9fff]{2,6}\d{2,8}|\d{3}\*{3,4}\d{2,6}",
        # a code of digits and letters: 4087396, DOC-2019-113
        r"(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{4,20}"),
}
_VALUE_SHAPE_RES = {kind: re.compile("|".join(f"(?:{rx})" for rx in rxs)) for kind, rxs in RECORD_VALUE_SHAPES.items()}
# a count of people under a reader's label is the viewer's count: 阅读人数：120人, 下载人数：5人
_PEOPLE_COUNT = re.compile(r"\d[\d,]*\s*(?:人次|人|名|位)")
_READER_LABEL = re.compile(r"阅读|浏览|下载|收藏|点赞|评论|评价|评分|关注|观看|看过|访问|购买|已读|学习|围观")
# labels that name a person, a place, an event's matters: their values are the text's own
_TEXT_LABEL = re.compile(r"电话|手机|地址|地点|邮编|邮箱|传真|面积|投资|金额|人数|年龄|身份证|学号|工号|会议|活动|报名|截止|考试|分数|得分|编号$")


_PRICE_FIRST = re.compile(r"^[¥￥]\s*\d+(?:\.\d{1,2})?\s*元?\s*([\u4e00-\u9fff]{0,3}价)$")
_LABEL_FUNCTION_WORD = re.compile(r"[的了是为在将对把被向于与和及也都第共约请已只仅再还就才]")


def people_count_item(item: str) -> bool:
    """``参赛人数：65人``: a count of people under a label that names no reader's action."""
    m = _PAIR_FRAMED.match(item) or _PAIR_COLONED.match(item) or _PAIR_RUN_ON.match(item)
    return bool(m) and bool(_PEOPLE_COUNT.fullmatch(m.group(2).strip())) and not _READER_LABEL.search(m.group(1))


def paired_record_item(item: str) -> str | None:
    """``"trade"`` or ``"plain"`` for ``label：value`` (framed, coloned or run on) whose value
    has a record's shape, read without knowing the label; ``None`` otherwise.

    >>> paired_record_item("〔献花〕30分"), paired_record_item("〔上传店铺〕网友52554"), paired_record_item("文件类别：.doc")
    ('plain', 'trade', 'trade')
    >>> paired_record_item("售卖价：2.13"), paired_record_item("上传2019年11月12日"), paired_record_item("Pages：40页/册")
    ('plain', 'trade', 'trade')
    >>> paired_record_item("参赛人数：65人"), paired_record_item("建设面积：4800平方米"), paired_record_item("联系电话：80643336")
    (None, None, None)
    >>> paired_record_item("本页为第1页"), paired_record_item("全书共12页"), paired_record_item("VIP价¥18.07")
    (None, None, 'trade')
    >>> paired_record_item("只展示1页"), paired_record_item("收到作品12件"), paired_record_item("¥4.00 原价")
    (None, None, 'trade')
    """
    m = _PAIR_FRAMED.match(item) or _PAIR_COLONED.match(item) or _PAIR_RUN_ON.match(item)
    if not m:
        # the price before its label, as a shop's tail prints it: ¥4.00 原价
        r = _PRICE_FIRST.match(item)
        return "trade" if r and _TRADE_LABEL_RE.search(r.group(1)) else "plain" if r else None
    label, value = m.group(1), m.group(2).strip()
    if _TEXT_LABEL.search(label) and not _READER_LABEL.search(label) or _LABEL_FUNCTION_WORD.search(label):
        return None  # (本页为第1页, 全书共12页 are clauses, not a label and its value)
    if _PEOPLE_COUNT.fullmatch(value):
        return "plain" if _READER_LABEL.search(label) else None
    if _VALUE_SHAPE_RES["trade"].fullmatch(value):
        return "trade"
    if m.re is _PAIR_RUN_ON and not _TRADE_LABEL_RE.search(label):
        return None  # run on without a colon, a date or a bare count only under the trade's label (上传2019-11-12)
    if _VALUE_SHAPE_RES["plain"].fullmatch(value):
        if _HANDLE.fullmatch(value):  # (资料来自：网友1047 names the copy, not who shared it)
            return "trade" if _HANDLE_LABEL.search(label) else "plain"
        return "trade" if _TRADE_LABEL_RE.search(label) else "plain"
    return None


_HANDLE = re.compile(r"[A-Za-z_]{1,12}\d{2,8}|[\u4e00-\u9fff]{2,6}\d{2,8}|\d{3}\*{3,4}\d{2,6}")
# who shared a copy, as a site names them: 上传店铺, 卖家, 分享达人, 作者昵称
_HANDLE_LABEL = re.compile(r"(?:者|人|用户|会员|店铺|店|卖家|达人|昵称|账号|ID|id)$")


# A flag-like word a record sets between its items (免费阅读, 优质店铺, 完整版): short, Han only,
# no function word; beside an item only a document site prints it is the record's.
_FLAG_LIKE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,6}")
_FLAG_FUNCTION_WORD = re.compile(r"[的了是在将对把被向于与和及也都呢吧啊请应须要]")


def flag_like(item: str) -> bool:
    """``免费阅读``, ``优质店铺``: a short word a record may set among its items.

    >>> flag_like("优质店铺"), flag_like("完整版"), flag_like("请及时报送"), flag_like("张"), flag_like("篇幅所限")
    (True, True, False, False, False)
    """
    # (and one word of the flags' family in it: 篇幅所限 beside 只展示1页 is a clause's)
    return bool(_FLAG_LIKE.fullmatch(item)) and not _FLAG_FUNCTION_WORD.search(item) and bool(_FLAG_WORD_RE.search(item))
