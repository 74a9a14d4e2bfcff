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

>>> any_label_kind("入站时刻：2018-01-23 | 资源码：D60971"), any_label_kind("〔推荐星〕★★★★☆")
('plain', 'plain')
>>> any_label_kind("归属门类 工作总结 · 网友打分 3.1分"), any_label_kind("姓名：张三 年龄：35")
('plain', None)
>>> any_label_kind("索引号：001008/2021-00123  成文日期：2021-03-05"), any_label_kind("存档日期：2019-03-13")
(None, None)
"""
from __future__ import annotations

import re

from ._docsite_shape import _FLAG_WORD_RE, flag_like

# a pair's label, framed, with a colon (any of the kinds sites print), a space, or run on
# into a value that opens with a digit, a price sign, a star or a letter
_LABEL = r"[\u4e00-\u9fff]{2,6}|[A-Za-z]{2,8}"
_PAIR = re.compile(
    rf"^(?:[【\[〔〖「<（(《]\s*(?P<framed>{_LABEL})\s*[】\]〕〗」>）)》]\s*[:：=]?"
    rf"|(?P<coloned>{_LABEL})\s*(?:[:：=＝]|->|→)"
    rf"|(?P<spaced>{_LABEL})\s"
    rf"|(?P<run>[\u4e00-\u9fff]{{2,6}}?)(?=[\d¥￥★☆A-Za-z.]))\s*(?P<value>\S.*)$")
# a label ending in a word that names a category, run on into its value in words
# (所属类别调研报告, 归属门类心得体会): cut after the head
CATEGORY_HEADS = ("分类", "类别", "门类", "类目", "板块", "版块", "频道", "栏目", "专题", "学科")
_CATEGORY_RUN_ON = re.compile(rf"^(?P<label>[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(CATEGORY_HEADS)}))(?P<value>[\u4e00-\u9fff].*)$")
# a score under a label that names one: 资料评分4.2, 口碑分：3.9
_RATING_LABEL = re.compile(r"(?:分|评分|打分|评级|星级|星|指数)$")
_DATE = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
# values no body table prints under a field of its own
STRONG_VALUES = (
    r"\d{1,3}\s*(?:秒|分钟|小时|天|周|星期|个月|年)前|(?:刚刚|今天|昨天|前天)(?:\s*\d{1,2}:\d{2})?",
    r"(?:约|共|全文|全|合计|总计|计)?\s*\d{1,4}\s*(?:页|[Pp](?![A-Za-z])|张)",
    r"(?i:\.?(?:docx?|pdf|pptx?|xlsx?|wps|txt|rtf|word|caj|epub))",
    r"(?i:\d+(?:\.\d+)?\s*(?:KB|MB|GB|K|M))",
    r"[¥￥]\s*\d+(?:\.\d{1,2})?\s*元?|\d+\.\d{2}\s*元?",
    r"[★☆]{1,5}",
    r"\d(?:\.\d)?\s*分|\d(?:\.\d)?\s*/\s*(?:5|10)",
    r"[A-Za-z_]{1,12}\d{2,8}|[\u4e00-\u9fff]{2,6}\d{2,8}|\d{3}\*{3,4}\d{2,6}",
    r"(?=[A-Za-z_-]*\d)(?=[\dA-Za-z_-]*[A-Za-z])[A-Za-z][A-Za-z0-9_-]{3,19}",
)
# strong beside another pair, not alone: a full date, a long number (a catalogue's code)
PAIRED_VALUES = (_DATE, r"\d{5,10}")
# weak values: a count, a name, a category (a body table's own as well)
WEAK_VALUES = (
    r"\d[\d,]{0,9}(?:\.\d{1,2})?\s*(?:次|个|人|分|条|份)?",
    r"[\u4e00-\u9fff]{2,8}(?:\s*[>＞/／、]\s*[\u4e00-\u9fff]{2,8}){0,3}|[A-Za-z_]{2,16}",
)
_SCORE = re.compile(r"\d(?:\.\d)?")
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
    r"|[的了是为在将对把被向于与和及也都第共约请已只仅再还就才]")
MAX_LINE = 120
MAX_VALUE = 24
_SEP = re.compile(r"\s*(?:[|｜丨·•，,；;、]|\s{2,}|\t|\u3000)\s*|\s+[/／]\s+")


def _pair_strength(item: str) -> str | None:
    """``"strong"``, ``"paired"`` or ``"weak"`` for a ``label value`` pair, by the value's
    shape; ``None`` for any other item."""
    m = _PAIR.match(item)
    if not m:
        c = _CATEGORY_RUN_ON.match(item)
        if c and not TEXT_FIELD_LABEL.search(c.group("label")) and _WEAK.fullmatch(c.group("value")):
            return "weak"
        return None
    label = m.group("framed") or m.group("coloned") or m.group("spaced") or m.group("run")
    value = m.group("value").strip()
    if TEXT_FIELD_LABEL.search(label) or not value or len(value) > MAX_VALUE:
        return None
    if _STRONG.fullmatch(value) or _RATING_LABEL.search(label) and _SCORE.fullmatch(value):
        return "strong"
    if len(value) > 1 and label.endswith(CATEGORY_HEADS) and _WEAK.fullmatch(value) and not value[0].isdigit():
        return "category"
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
            if flag_like(item) and not flags:
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
    strong = strengths.count("strong") + strengths.count("paired")
    return "plain" if strong >= 1 else None


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
    for item in (x.strip() for x in split(s.strip()) if x and x.strip()):
        words = item.split(" ")
        if len(words) == 1 or _read(item, known) is not None:
            out.append(item)
            continue
        k = 0
        while k < len(words):
            one, two = words[k], " ".join(words[k:k + 2])
            if k + 1 < len(words) and _read(one, known) is None and _read(two, known) is not None:
                out.append(two)
                k += 2
            else:
                out.append(one)
                k += 1
    return [x for x in out if x]


# a single pair whose strong value a notice's own field may hold alone: a count of pages
# or a score (篇幅：12页, 得分：4.5分 are read with a flag or another pair only)
_PAIRED_ALONE = re.compile(r".*(?:\d\s*(?:页|张|分)|\d\s*/\s*(?:5|10))")


def lone_badge(s: str) -> bool:
    """A line holding only a short flag-like word (精品, 独家, 高清版, 站长推荐): the
    record's own badge beside its lines or on a copy a site marked, never a line alone.

    >>> lone_badge("精品"), lone_badge("完整版"), lone_badge("前言"), lone_badge("请及时报送"), lone_badge("推荐书目")
    (True, True, False, False, False)
    """
    t = s.strip()
    # (made only of the flags' words: 推荐书目 heads a reading list)
    return 0 < len(t) <= 6 and flag_like(t) and "".join(_FLAG_WORD_RE.findall(t)) == t
