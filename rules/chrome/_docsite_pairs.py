"""A record line read by its values' shapes alone, whatever its labels (h28).

The readers of :mod:`._docsite_record` and :mod:`._docsite_shape` know a label by the
lists or by its head (上传时间, 下载所需积分). A site that names its fields its own way
(入站时刻, 归属门类, 转存次数, 〔推荐星〕) still prints *values* of a record's few shapes:
a date or how long ago, a number of pages, a file's type or size, a price, stars, a
score, a handle or a code. A line made only of short ``label value`` pairs — any label of
two to six characters, framed, with any colon or none — whose values have those shapes
is the site's record of the copy, read as ``"plain"``: it goes on a copy a document site
marked, or beside the site's own record (C403's runs), never on a page alone.

A value is *strong* when no body table prints it as a person's or a notice's own field:
how long ago (3天前), pages with their word (共12页, 18P), a file's type or size, a price
with its sign or its cents, stars, a score (4.2分, 7.5/10), a handle with digits
(wx_5326), a code with letters and digits (D60971). A full date or a long number is
strong beside another pair, never alone (时间：2021年3月5日 heads a notice). A name, a
category or a bare count is weak: a line of weak pairs (姓名：张三 年龄：35) is no record.
Labels that name a person, a place, a notice's matters or a government catalogue's
fields (姓名, 电话, 地址, 索引号, 成文日期) are the text's own, and their line stays.

Shapes read as well (h32): a label with its unit (大小(KB), 定价（元）), a label ending in
于 with a date or how long ago (入库于：昨日), an English label run on into a date
(Updated2023/3/28), a label and its value the split left apart (原件时间 - 2016/6/16), a
value in other spellings (3天以前, 半小时前, 刚刚上传, 共计12页, 第1页/共12页, 12 Pages,
docx/PDF, PDF格式, 5积分, 3下载券, 5星, a score out of 100 under a score's label), and a
badge in a frame (【独家资料】, ☆官方版☆). An item that reads as nothing is split at any
mark a site may set between a label and its value or between items (上传者/wx_5326,
《页幅》12页, 评分＞4.5分, 文件格式：PDF—页数：12页, 围观人次...34次) but never between
digits (2021/3/5, 7.5/10), and read again, a label alone taking the value after it.

>>> any_label_kind("入站时刻：2018-01-23 | 资源码：D60971"), any_label_kind("〔推荐星〕★★★★☆")
('plain', 'plain')
>>> any_label_kind("归属门类 工作总结 · 网友打分 3.1分"), any_label_kind("姓名：张三 年龄：35")
('plain', None)
>>> any_label_kind("索引号：001008/2021-00123  成文日期：2021-03-05"), any_label_kind("存档日期：2019-03-13")
(None, None)
>>> any_label_kind("入库于：3天以前 · 资源定价（元）：5积分"), any_label_kind("活动费用：每人50元")
('plain', None)
"""
from __future__ import annotations

import re
from functools import lru_cache

from ._docsite_path import CATEGORY_HEADS, ENGLISH_CATEGORY_LABELS, is_path_value, path_label
from ._docsite_shape import _FLAG_WORD_RE, flag_like

# a pair's label, framed, with a colon (any of the kinds sites print), a space, or run on
# into a value that opens with a digit, a price sign, a star or a letter
# (with the unit its values are counted in, as a table's column head: 大小(KB), 定价（元）)
_UNIT = r"(?:[（(][\u4e00-\u9fffA-Za-z]{1,3}[)）])?"
_LABEL = rf"(?:[\u4e00-\u9fff]{{2,6}}|[A-Za-z]{{2,8}}){_UNIT}"
_AGO_WORD = r"刚刚|今天|昨天|前天|今日|昨日|半[小天]|[一两几][个周天]"
_PAIR = re.compile(
    rf"^(?:[【\[〔〖「<（(《]\s*(?P<framed>{_LABEL})\s*[】\]〕〗」>）)》]\s*[:：=]?"
    # (any joiner a site sets: a colon, an equals sign, a dash, an arrow, an empty bracket pair)
    # (an opener left alone when its closer was read as a colon: 《文件格式》PDF)
    rf"|[《〈<]?(?P<coloned>{_LABEL})\s*(?:[:：=＝~～»›→⇒]+|->|=>|-{{1,2}}|[—–－]{{1,2}}|[「『（(<《〈【\[〔][」』）)>》〉】\]〕])"
    rf"|(?P<spaced>{_LABEL})\s"
    # (run on into a value that opens with a digit, a sign, a letter or a word of how long ago:
    # 页面更新刚刚上传, Updated2023/3/28)
    rf"|(?P<run>[\u4e00-\u9fff]{{2,6}}?{_UNIT}(?=[\d¥￥★☆A-Za-z.]|{_AGO_WORD})|[A-Za-z]{{2,8}}(?=[\d¥￥★☆])))\s*(?P<value>\S.*)$")
# a label ending in a word that names a category, run on into its value in words
# (所属类别调研报告, 归属门类心得体会): cut after the head
# (or an English one: Category教育>初中)
_CATEGORY_RUN_ON = re.compile(rf"^(?P<label>[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(CATEGORY_HEADS)})|(?i:category))(?P<value>[\u4e00-\u9fff].*)$")
# a score under a label that names one: 资料评分4.2, 口碑分：3.9
_RATING_LABEL = re.compile(r"(?:分|评分|打分|评级|星级|星|指数|Score|score|Rating|rating)$")
_DATE = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
# values no body table prints under a field of its own
# how long ago, in a list's words (3天以前, 半小时前, 刚刚上传, 昨日 09:12)
_AGO = (r"(?:\d{1,3}|半|一|两|几|数)\s*(?:秒|分钟|小时|个?钟头|天|日|周|星期|个月|月|年)(?:以)?前"
        r"|(?:刚刚|今天|昨天|前天|大前天|今日|昨日)(?:上传|更新|发布|上线)?(?:\s*\d{1,2}:\d{2})?")
_FILE_TYPE = r"\.?(?:docx?|pdf|pptx?|xlsx?|wps|txt|rtf|word|caj|epub|ppt)"
STRONG_VALUES = (
    _AGO,
    # pages, with the words around the count a record sets (共计12页, P12, 12页/册, 12页（全）)
    # (h40: and 合12页, 整12页, 12页整, 12页全文)
    r"(?:约|共计|总计|合计|共|全文|全|计|总|合|整|P|p)?\s*\d{1,4}\s*(?:页|[Pp](?![A-Za-z])|张|[Pp]ages?)?"
    r"(?<=[页PpZ张s])(?:\s*[/／]\s*[册份本套]|\s*[（(][\u4e00-\u9fff]{1,4}[)）]|(?<=页)(?:整|全文|全))?|[Pp]\s*\d{1,4}",
    # a file's type, or two (docx/PDF), with its word (PDF格式, word文档)
    rf"(?i:{_FILE_TYPE}(?:\s*[/／]\s*{_FILE_TYPE})?)(?:格式|文档|文件|版)?",
    # one page of how many (第1页/共12页), a count of pages in English (12 Pages)
    r"第\s*\d{1,4}\s*页\s*[/／]\s*共\s*\d{1,4}\s*页|\d{1,4}\s*[Pp]ages?",
    # what the copy costs in the site's own currency (3积分, 5下载券, 20金币)
    r"\d{1,4}\s*(?:积分|下载券|金币|学币|点券|财富值|下载币)",
    r"[1-5]\s*星",
    r"(?i:\d+(?:\.\d+)?\s*(?:KB|MB|GB|K|M))",
    r"[¥￥]\s*\d+(?:\.\d{1,2})?\s*元?|\d+\.\d{2}\s*元?",
    r"[★☆]{1,5}",
    r"\d(?:\.\d)?\s*分|\d(?:\.\d)?\s*/\s*(?:5|10)",
    # (a handle: one letter and two or three digits is a stand's, a seat's or a room's code, A70)
    r"[A-Za-z_]{2,12}\d{2,8}|[A-Za-z]\d{4,8}|[\u4e00-\u9fff]{2,6}_?\d{2,8}|\d{3}\*{3,4}\d{2,6}",
    r"(?=[A-Za-z_-]*\d)(?=[\dA-Za-z_-]*[A-Za-z])[A-Za-z][A-Za-z0-9_-]{3,19}",
)
# strong beside another pair, not alone: a full date, a long number (a catalogue's code)
PAIRED_VALUES = (_DATE, r"\d{5,10}")
# weak values: a count, a name, a category (a body table's own as well)
WEAK_VALUES = (
    # (and what was counted: 872次浏览, 22次下载)
    r"\d[\d,]{0,9}(?:\.\d{1,2})?\s*(?:万|千)?\s*(?:次|个|人|分|条|份)?(?:浏览|下载|阅读|收藏|查看)?",
    r"[\u4e00-\u9fff]{2,8}(?:\s*[>＞/／、]\s*[\u4e00-\u9fff]{2,8}){0,3}|[A-Za-z_]{2,16}",
)
# a score under a label that names one: 4.5, 82分, 3.9/5
_SCORE = re.compile(r"\d{1,2}(?:\.\d)?\s*分?(?:\s*/\s*(?:5|10|100))?")
_PRICE_LABEL = re.compile(r"(?:价|价格|售价|费用|定价|Price|price)$")
_YUAN = re.compile(r"\d{1,5}(?:\.\d{1,2})?\s*元")
_UNIT_AT_END = re.compile(_UNIT + "$")
_AGO_RE = re.compile(_AGO)
_DATE_RE = re.compile(_DATE)
_STRONG = re.compile("|".join(f"(?:{x})" for x in STRONG_VALUES))
_PAIRED = re.compile("|".join(f"(?:{x})" for x in PAIRED_VALUES))
_WEAK = re.compile("|".join(f"(?:{x})" for x in WEAK_VALUES))
# labels that are the text's own fields: a person's, a place's, a notice's, an office's
# catalogue (索引号, 发布机构, 成文日期, 文号), a form's; and labels with a function word
# (本页为第1页 is a clause)
TEXT_FIELD_LABEL = re.compile(
    r"姓名|性别|年龄|出生|民族|籍贯|学历|学位|职务|职称|单位|部门|电话|手机|地址|地点|邮编|邮箱|传真|身份证|学号|工号|面积|投资"
    r"|金额|人数|会议|活动|报名|截止|考试|分数|得分|成绩|索引|机构|机关|文号|字号|成文|印发|公开|主题|体裁|组配|有效|施行|实施"
    r"|开始|结束|起止|期限|时段|温度|气温|身高|体重|工资|收入|预算|合同|项目|工程|批准|登记|注册|许可|证号|车牌|房号|楼层"
    # (h40) an event's own fields: who holds it, its stand, its run, its seat
    r"|主办|承办|协办|展位|展期|座位|座号|车次|航班"
    r"|[的了是为在将对把被向于与和及也都第共约请已只仅再还就才]")
MAX_LINE = 120
MAX_VALUE = 24
_SEP = re.compile(r"\s*(?:[|｜丨·•，,；;、]|\s{2,}|\t|\u3000)\s*|\s+[/／]\s+")


def _text_field(label: str) -> bool:
    # (共享 is a site's word: 共 alone opens a count, 共12页; and so do 总共, 共计: 总共页数;
    # 所在 opens a shelf's label as 所属 does: 所在频道, while 所在单位 is still a unit's;
    # a head of the text's own, 人数 or 金额, or the passive 被, counts what readers do with
    # the copy when a verb of the trade stands beside it: 浏览人数, 兑换金额, 被下载次数)
    return bool(TEXT_FIELD_LABEL.search(_TRADE_COUNT.sub("", _COUNT_WORDS.sub("", label))))


_COUNT_WORDS = re.compile(r"共享|总共|共计|所在(?=[\u4e00-\u9fff]{2})")
_TRADE_VERB = "浏览|阅读|下载|访问|点击|查看|围观|收藏|转发|兑换|购买|消耗"
_TRADE_COUNT = re.compile(rf"^被(?=(?:{_TRADE_VERB}|阅)[\u4e00-\u9fff]*(?:次数|量|人数)$)|(?<={_TRADE_VERB})(?:人数|金额)$")


# (pure readings of short items, asked again and again as a line is split, merged and read)
@lru_cache(maxsize=8192)
def _pair_strength(item: str) -> str | None:
    """``"strong"``, ``"paired"`` or ``"weak"`` for a ``label value`` pair, by the value's
    shape; ``None`` for any other item."""
    m = _PAIR.match(item)
    if not m:
        c = _CATEGORY_RUN_ON.match(item)
        if c and (is_path_value(c.group("value")) or ENGLISH_CATEGORY_LABELS.fullmatch(c.group("label"))):
            return "category"  # (h35) 所属类别教育>初中, Category教育>初中, Category行政公文
        if c and not TEXT_FIELD_LABEL.search(c.group("label")) and _WEAK.fullmatch(c.group("value")):
            return "weak"
        return None
    label = _UNIT_AT_END.sub("", m.group("framed") or m.group("coloned") or m.group("spaced") or m.group("run"))
    value = m.group("value").strip()
    if label.endswith("于") and len(label) > 2:
        # 上传于, 入库于: when it was done, the one value such a label takes
        return ("strong" if _AGO_RE.fullmatch(value) else "paired" if _DATE_RE.fullmatch(value) else None) \
            if not _text_field(label[:-1]) else None
    if _text_field(label) or not value or len(value) > MAX_VALUE:
        return None
    if _STRONG.fullmatch(value) or _RATING_LABEL.search(label) and _SCORE.fullmatch(value):
        return "strong"
    if _PRICE_LABEL.search(label) and _YUAN.fullmatch(value):
        return "paired"  # 售价：14元 beside another pair (门票价格：20元 alone is a notice's)
    if len(value) > 1 and (label.endswith(CATEGORY_HEADS) or ENGLISH_CATEGORY_LABELS.fullmatch(label)) and _WEAK.fullmatch(value) and not value[0].isdigit():
        return "category"
    if is_path_value(value) and path_label(label):
        return "category"  # (h35) a path of shelves, as _docsite_path writes it: 教育>高中>数学
    if _PAIRED.fullmatch(value):
        return "paired"
    # (a name or a category run on without a colon or a frame cannot be told from its label)
    return "weak" if _WEAK.fullmatch(value) and not (m.group("run") and not value[0].isdigit()) else None


def any_label_kind(s: str, known=None, split=None) -> str | None:
    """``"plain"`` for a line made only of label–value pairs (and at most one flag-like
    word) whose values have a record's shapes, with at least one strong value (a date or
    a long number beside another pair counts); ``None`` otherwise. ``known`` reads an
    item the lists know (``_docsite_record._meta_item``): such an item counts as strong;
    ``split`` cuts the line at its separators (the record's, which know every symbol a
    site sets between items)."""
    if not 0 < len(s) <= MAX_LINE:
        return None
    strengths, flags = [], 0
    for item in _items(s, known, split or _SEP.split):
        strength = _read(item, known)
        if strength is None:
            if badge_like(item) and not flags:
                flags += 1
                continue
            return None
        strengths.append(strength)
    if not strengths:
        return None
    if len(strengths) == 1:
        # (and a category alone under a label that names one: 〔归属门类〕党团工作)
        return "plain" if strengths[0] == "category" or strengths[0] == "strong" and (
            flags or not _PAIRED_ALONE.fullmatch(s)) else None
    # (h35) a category reads alone, so beside a weak pair too: 归属门类：演讲稿 ▪ 需要金币：16分
    strong = strengths.count("strong") + strengths.count("paired") + strengths.count("category")
    return "plain" if strong >= 1 else None


@lru_cache(maxsize=8192)
def _read(item: str, known) -> str | None:
    strength = _pair_strength(item)
    if strength is None and known is not None:
        # (a date or a handle alone the lists read as "weak": beside the site's items only)
        listed = known(item)
        strength = None if listed is None else "weak" if listed == "weak" else "strong"
    return strength


def _items(s: str, known, split) -> list[str]:
    """The line's items: split at the separators, and an item that does not read as one
    at its single spaces (as L301 leaves a wide space: 入站时刻2018-01-23 资源码D60971,
    上载会员 文库达人 投稿人 用户8585), each word alone or with the next as a pair."""
    out: list[str] = []
    for item in _symbol_split((x.strip() for x in split(s.strip()) if x and x.strip()), known):
        words = item.split(" ")
        if len(words) == 1 or _read(item, known) is not None:
            out.append(item)
            continue
        k = 0
        while k < len(words):
            one, two = words[k], " ".join(words[k:k + 2])
            # (or the next word no item alone: 上传于：2021年3月5日 09:12)
            if k + 1 < len(words) and (_read(one, known) is None or _read(words[k + 1], known) is None) \
                    and _read(two, known) is not None:
                out.append(two)
                k += 2
            else:
                out.append(one)
                k += 1
    # a label alone, its value the next item (页幅 - 共计12页, split at the dash): one pair
    # (the label not reading alone: 刚刚 | 上传者 are a value and the next label, not one pair)
    merged: list[str] = []
    for x in out:
        if _SEPARATOR_ONLY.fullmatch(x):
            continue  # a separator of two marks the split left (//, ~~)
        if (merged and _LABEL_ALONE.fullmatch(merged[-1]) and _read(merged[-1], known) is None
                and _pair_strength(f"{merged[-1].rstrip(' :：')}：{x}") is not None):
            merged[-1] = f"{merged[-1].rstrip(' :：')}：{x}"
        elif merged and _read(x, known) is None and _read(f"{merged[-1]} {x}", known) is not None:
            merged[-1] = f"{merged[-1]} {x}"  # a value's own space: 2024年4月27日 00:59
        else:
            merged.append(x)
    return merged


# (h32) marks a site may set between a label and its value or between items, whatever they
# are (上传者/wx_5326, 《页幅》12页, 评分＞4.5分, 2021-03-05—文档页数：12页, 围观人次...34次):
# split at them, when what is left reads, unless they stand between digits (2021/3/5, 7.5/10)
# (an underscore only between Han characters: wx_5326 is a handle)
_MARKS = r"(?:[—–*+/…~～·•|｜》」】〉＞>➜▸→⇒»›]|\.{2,})+"
_SYMBOL_RUN = re.compile(rf"(?<!\d){_MARKS}|{_MARKS}(?!\d)|^[《「【〈<]|(?<![A-Za-z\d])_+|_+(?![A-Za-z\d])")


def _symbol_split(items, known) -> list[str]:
    """Each item, or when it reads as nothing, its parts between the marks of ``_SYMBOL_RUN``."""
    out: list[str] = []
    for item in items:
        if not _SYMBOL_RUN.search(item) or _read(item, known) is not None:
            out.append(item)
            continue
        for part in (x.strip() for x in _SYMBOL_RUN.split(item) if x and x.strip()):
            # (and at its spaces, when it reads as nothing whole: 2020/10/14 所属专辑)
            out.extend([part] if _read(part, known) is not None else part.split())
    return out


_LABEL_ALONE = re.compile(rf"(?:{_LABEL})\s*[:：]?")
_SEPARATOR_ONLY = re.compile(r"[/／~～\-—―>»|｜:：]{1,3}")


# a single pair whose strong value a notice's own field may hold alone: a count of pages
# or a score (篇幅：12页, 得分：4.5分 are read with a flag or another pair only)
_PAIRED_ALONE = re.compile(r".*(?:\d\s*(?:页|张|分)|\d\s*/\s*(?:5|10))")


def lone_item(s: str, known=None, split=None) -> bool:
    """One ``label value`` pair alone whose value has a record's shape (a date, a score, a
    count, a handle — not a bare word: 主送：各单位 is a letter's), or one flag-like word,
    framed or not: the record's line, but only beside the record's other lines (C403).

    >>> lone_item("挂网时间 - 2012/08/10"), lone_item("〔归集量〕567人"), lone_item("名校真题")
    (True, True, True)
    >>> lone_item("主送：各单位"), lone_item("姓名：张三"), lone_item("一、工作要求")
    (False, False, False)
    """
    items = _items(s, known, split or _SEP.split)
    if len(items) != 1 or len(s) > MAX_LONE_ITEM:
        return False
    strength = _pair_strength(items[0])
    if strength == "weak":
        # (a count run on into its label is a name's: 附件3, 第二部分2)
        m = _PAIR.match(items[0])
        return bool(_DIGIT.search(items[0])) and not (m and m.group("run"))
    return strength is not None or badge_like(items[0])


MAX_LONE_ITEM = 40
_DIGIT = re.compile(r"\d")


# a badge's frame: brackets, or stars either side (【独家】, ☆VIP资料☆, [限时])
_BADGE_FRAME = re.compile(r"[【\[〔〖「『(（<《☆★]\s*(?P<word>[\u4e00-\u9fffA-Za-z]{2,8})\s*[】\]〕〗」』)）>》☆★]")


def badge_like(item: str) -> bool:
    """A flag-like word, framed or not: ``精品``, ``【独家资料】``, ``☆VIP专享☆``."""
    m = _BADGE_FRAME.fullmatch(item.strip())
    return flag_like(m.group("word") if m else item) or lone_badge(item)


def lone_badge(s: str) -> bool:
    """A line holding only a short flag-like word (精品, 独家, 高清版, 站长推荐): the
    record's own badge beside its lines or on a copy a site marked, never a line alone.

    >>> lone_badge("精品"), lone_badge("完整版"), lone_badge("前言"), lone_badge("请及时报送"), lone_badge("推荐书目")
    (True, True, False, False, False)
    >>> lone_badge("【独家资料】"), lone_badge("☆VIP专享☆"), lone_badge("官方版"), lone_badge("【工作要求】"), lone_badge("出版")
    (True, True, True, False, False)
    """
    t = s.strip()
    m = _BADGE_FRAME.fullmatch(t)
    t = m.group("word") if m else t
    # (an edition of flags' words: 官方版, 会员版)
    return _flag_words_only(t) or len(t) >= 3 and t.endswith("版") and _flag_words_only(t[:-1])


def _flag_words_only(t: str) -> bool:
    # (made only of the flags' words: 推荐书目 heads a reading list)
    return 0 < len(t) <= 6 and flag_like(t) and "".join(_FLAG_WORD_RE.findall(t)) == t
