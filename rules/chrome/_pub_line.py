"""The grammar of a publication-info line (发布日期：… 来源：… 作者：… 编辑：…), read by C102.

``parse_pub_line`` says what a line of nothing but publication info holds, ``is_credit_line``
whether a line is nothing but person credits, ``role_first`` reads a credit written names
first. Kept apart from :mod:`.pubinfo`, which decides where on a page such lines are chrome.
"""
from __future__ import annotations

import re
from typing import Any

from zhclean.dates import DATE_ONLY_RE, parse_date

from ._docsite_kinds import counter_item, is_counter_line
from ._fold import MAX_CHROME_LINE, fold
from ._kinds import SENTENCE_STOP, pub_items
from ._memo import LineMemo
from .vocab import (
    credit_role_kind,
    AUTHOR_LABELS,
    CONTRIBUTED_RE,
    CREDIT_LABELS,
    CREDIT_ROLE_RE,
    DATE_LABELS,
    EDITOR_LABELS,
    INLINE_CONTROL_RE,
    REVIEWER_LABELS,
    SOURCE_LABELS,
    SPACED_CREDIT_LABEL_RE,
    TITLE_LABELS,
    VIEW_LABELS,
    WRITTEN_DATE_LABELS,
)

_KIND = {
    **{w: "date" for w in DATE_LABELS},
    **{w: "source" for w in SOURCE_LABELS},
    **{w: "author" for w in AUTHOR_LABELS},
    **{w: "views" for w in VIEW_LABELS},
    **{w: "editor" for w in EDITOR_LABELS},
    **{w: "reviewer" for w in REVIEWER_LABELS},
    **{w: "written" for w in WRITTEN_DATE_LABELS},
    **{w: "title" for w in TITLE_LABELS},
    "原标题": "headline",  # the title the article had elsewhere: a title's value, kept nowhere
}
# A document's title may be long and carry commas; it is still one line without a stop.
MAX_TITLE_VALUE = 80
_WRAP = "\\s|｜丨·•【】\\[\\]()（）<>《》,，;；/"
_EDGE = re.compile(rf"^[{_WRAP}]+|[{_WRAP}]+$")
# 1203, 1203次, 1.2万, 8409w+, 3k: a count, maybe in tens of thousands or thousands
_VIEWS_VALUE = re.compile(r"^(?:(\d[\d,]*)|(\d+\.\d+)(?=\s*[万千wWkK]))?\s*([万千wWkK])?\+?\s*(?:次|人次|人|℃)?$")
_VIEWS_SCALE = {"万": 10000, "w": 10000, "W": 10000, "千": 1000, "k": 1000, "K": 1000}
# An editor's or reporter's credit in brackets at the very end of the last paragraph:
# （责任编辑：张三）, （记者 钱七）, （通讯员 赵六 记者 钱七）, （文/张三）.
_TRAILING_CREDIT = re.compile(
    r"\s*[（(【\[]\s*(?:(?:责任编辑|责编|编辑|审核|校对|审校|签发|編輯|責任編輯|責編)\s*(?:[:：]|\s+(?=[\u4e00-\u9fff]{2,4}\s*[）)】\]]\s*$))"
    r"|(?:本报记者|特约记者|见习记者|记者|本报通讯员|通讯员|作者|撰稿|撰文|供稿|实习生|文|图)\s*(?:[:：/／]|\s)(?=\s*[\u4e00-\u9fff]))"
    r"\s*[^()（）【】\[\]\n。，；！？]{1,30}[）)】\]]\s*$"
)
# A credit in brackets with the names before the role (（陈巍 编辑）, （王五 李四 报道）), read as
# the role's label with its value (编辑：陈巍); on a line of its own or closing the last paragraph.
_NAMES_THEN_ROLE = rf"[（(【\[]\s*((?:[\u4e00-\u9fff·]{{2,5}}[\s、，,]+){{1,3}})({CREDIT_ROLE_RE.pattern})\s*[）)】\]]"
_NAMES_THEN_ROLE_LINE = re.compile(rf"^\s*{_NAMES_THEN_ROLE}\s*$")
_TRAILING_NAMES_THEN_ROLE = re.compile(rf"\s*{_NAMES_THEN_ROLE}\s*$")


# A reporter's byline with the place reported from, on a line of its own under the title, as
# Taiwan copy prints it: 记者陈钧凯／台北报导, 〔记者魏怡嘉／台北报导〕 (the slash marks where the
# names end; 新华社记者王五北京电 without it opens a paragraph).
_BYLINE_FROM = re.compile(
    r"^\s*[（(〔【\[]?\s*(?:本报|本台|中央社|[\u4e00-\u9fff]{2,4}[报報]|[\u4e00-\u9fff]{2,4}社)?\s*"
    r"(?:实习|實習|特约|特約|驻地|駐地)?(记者|記者)\s*"
    r"([\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4}){0,3})\s*[／/]\s*[\u4e00-\u9fff]{2,6}?\s*"
    r"(?:报导|報導|报道|報道|电|電|讯|訊)\s*[）)〕】\]]?\s*$")


def role_first(s: str) -> str | None:
    """``（陈巍 编辑）`` as ``编辑：陈巍``, ``记者陈钧凯／台北报导`` as ``记者：陈钧凯`` (None when
    ``s`` is not such a credit).

    >>> role_first("（陈巍 编辑）"), role_first("（王五 李四 报道）"), role_first("（全文完）")
    ('编辑：陈巍', '报道：王五 李四', None)
    >>> role_first("记者陈钧凯／台北报导"), role_first("〔记者魏怡嘉／台北报导〕"), role_first("记者会上，他报道了此事")
    ('记者：陈钧凯', '记者：魏怡嘉', None)
    """
    m = _NAMES_THEN_ROLE_LINE.match(s)
    if m:
        return f"{m.group(2)}：{' '.join(m.group(1).split())}"
    m = _BYLINE_FROM.match(s)
    return f"{m.group(1)}：{' '.join(m.group(2).split())}" if m else None


_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第)")
MAX_CREDIT = 60
# A name, an organisation or a site: what a source/author/editor value looks like.
MAX_VALUE_LEN = 30


def _clean_value(v: str) -> str:
    return _EDGE.sub("", v.strip())


_CREDIT_LABEL_SET = frozenset(CREDIT_LABELS) | {"文", "图", "摄", "图片"}


def _is_credit_label(label: str) -> bool:
    return label in _CREDIT_LABEL_SET or credit_role_kind(label)[0]


def _label_kind(label: str) -> str | None:
    """What a label's value records (``_KIND``), or by its role noun for a credit of the
    role family (``视频剪辑`` records nothing)."""
    return _KIND[label] if label in _KIND else credit_role_kind(label)[1]


_SPACED_CREDIT = re.compile(
    rf"(?:(?<=^)|(?<=[\s|｜丨(（【\[]))({SPACED_CREDIT_LABEL_RE.pattern})\s+"
    # (a name, or a unit's: 供稿  市总工会办公室)
    r"(?=(?:[\u4e00-\u9fff]{1,4}[·•])?[\u4e00-\u9fff]{2,12}(?:[\s|｜丨)）】\]]|$))"
)


def _colon_spaced_credits(s: str) -> str | None:
    """``记者 钱七 通讯员 赵六`` as ``记者：钱七 通讯员：赵六`` (None when no credit label is
    followed by a space and a name); whether the line is then all credits is parse's to say."""
    t, n = _SPACED_CREDIT.subn(r"\1：", s)
    return t if n else None


def is_credit_line(s: str) -> bool:
    """A line of nothing but person credits, each with its name (作者：张三 编辑：李四,
    供稿：城关镇工会, 撰稿 | 王五, 通讯员 赵六): strong as any 来源 line, though 作者 alone is not."""
    s = _blank_trailing_counters(_colon_spaced_credits(s) or s)
    items = pub_items(s)
    prefix = _clean_value(s[: items[0][1]]) if items else ""
    if not items or (prefix and not (DATE_ONLY_RE.match(prefix) or _CLOCK_PREFIX.match(prefix))):
        return False
    bounds = [start for _, start, _ in items[1:]] + [len(s)]
    return all(_is_credit_label(label) and _clean_value(s[end:stop])
               for (label, _, end), stop in zip(items, bounds))


_TRAILING_DATE = re.compile(r"(?<=\s)(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
_PIECES = re.compile(r"\s*[|｜丨]\s*|\s{2,}")


def _split_trailing_date(value: str, kind: str | None) -> tuple[str, str | None]:
    """``新华社 | 2019-10-25 17:09``: a date after a separator is the publication date."""
    if kind in ("date", "written", "title", "headline"):
        return value, None
    pieces = [p for p in _PIECES.split(value) if p]
    if len(pieces) >= 2 and DATE_ONLY_RE.match(pieces[-1]):
        return _clean_value(value[: value.rfind(pieces[-1])]), parse_date(pieces[-1])
    m = _TRAILING_DATE.search(value)
    if m and m.start() > 0:
        return _clean_value(value[: m.start()]), parse_date(m.group(0))
    return value, None


# A value that opens like a clause (作者：是时代的记录者) or names a document
# (发布：市总工会关于表彰先进集体的决定) makes the line a sentence, not a label.
_PROSE_VALUE = re.compile(r"^(?:是|就是|要|应|在于|的|为了|把|将|对于|让|使|被|也|都|还要|可以)|关于.{2,}(?:通知|决定|意见|办法|方案|规定|报告|公告|通报)$")


def _value_ok(kind: str | None, v: str) -> bool:
    if not v:
        return True
    if kind in ("date", "written"):
        return bool(DATE_ONLY_RE.match(v))
    if kind in ("title", "headline"):
        return len(v) <= MAX_TITLE_VALUE and not re.search(r"[。！？!?；;]", v)
    if kind == "views":
        return bool(_VIEWS_VALUE.match(v))
    return (len(v) <= MAX_VALUE_LEN and not SENTENCE_STOP.search(v) and "，" not in v
            and not _PROSE_VALUE.search(fold(v)))


_DATED_START = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s+\d{1,2}:\d{2})")
# ``13 10:50:34 出处：…``: a day and a clock, what is left of a date an extractor cut.
_CLOCK_PREFIX = re.compile(r"^\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")


def _blank_trailing_counters(s: str) -> str:
    """``… 编辑：王芳 评论（0） 赞(12)``: the counters that close an info line, blanked
    (same length, so offsets hold) so that the labelled items before them can parse."""
    tokens = list(re.finditer(r"\S+", s))
    cut = len(s)
    k = len(tokens) - 1
    while k >= 0:
        # a counter is one token (评论（0）) or a word and its number (点赞 670)
        for first in (k, k - 1):
            token = " ".join(m.group(0) for m in tokens[max(first, 0):k + 1]).strip("|｜丨·•")
            # (or any counter its grammar reads: 评论[5977], 踩一下(31), 阅读 10w+)
            if first >= 0 and (counter_item(token) or is_counter_line(token)) and not pub_items(token):
                break  # 阅读：1644 is publication info (views), not a counter to drop
        else:
            break
        cut, k = tokens[first].start(), first - 1
    return s[:cut] + " " * (len(s) - cut) if cut < len(s) and cut > 0 else s


def parse_pub_line(s: str) -> dict[str, Any] | None:
    """The fields of a line that is nothing but publication info, else ``None``.

    A line's fields are its own: they are remembered (:data:`_pub_fields`) and each
    caller gets a copy of its own to change. C102 asks this of every line of a page's
    head and tail on every version of the page, twice where L301 and L302 change the
    head's spaces, and a site's info lines recur on its pages: on a 5 MB corpus 2,684
    calls held 1,299 lines.

    >>> parse_pub_line("发布日期:2019-10-25 17:09:02    来源:")
    {'published_at': '2019-10-25T17:09:02'}
    >>> parse_pub_line("（责任编辑：系统管理员）")
    {'editor': '系统管理员'}
    >>> parse_pub_line("研究表明，该来源于群众的经验，值得推广。") is None
    True
    >>> parse_pub_line("13 10:50:34 出处：快科技 作者：王芳 编辑：张伟 评论（0）")
    {'source': '快科技', 'author': '王芳', 'editor': '张伟'}
    """
    fields = _pub_fields(s)
    return None if fields is None else dict(fields)


def _parse_pub_line(s: str) -> dict[str, Any] | None:
    s = _colon_spaced_credits(s) or s
    if len(s) > MAX_CHROME_LINE or not pub_items(s):
        return None
    s = INLINE_CONTROL_RE.sub(lambda m: " " * len(m.group(0)), s)
    s = _blank_trailing_counters(s)
    items = pub_items(s)
    if not items:
        return None
    prefix = _clean_value(s[: items[0][1]])
    fields: dict[str, Any] = {}
    if prefix:
        if DATE_ONLY_RE.match(prefix):
            fields["published_at"] = parse_date(prefix)
        elif not (CONTRIBUTED_RE.fullmatch(prefix) or _CLOCK_PREFIX.match(prefix)):
            return None
    bounds = [start for _, start, _ in items[1:]] + [len(s)]
    for (label, _, label_end), value_end in zip(items, bounds):
        kind = _label_kind(label)
        value, trailing_date = _split_trailing_date(_clean_value(s[label_end:value_end]), kind)
        if trailing_date:
            fields.setdefault("published_at", trailing_date)
        if not _value_ok(kind, value):
            return None
        if not value:
            continue
        if kind == "date":
            fields.setdefault("published_at", parse_date(value))
        elif kind == "written":
            fields.setdefault("written_at", parse_date(value))
        elif kind == "title":
            fields.setdefault("title", value)
        elif kind == "views":
            whole, decimal, scale = _VIEWS_VALUE.match(value).groups()
            if whole or decimal:
                count = float((whole or decimal).replace(",", "")) * _VIEWS_SCALE.get(scale or "", 1)
                fields.setdefault("views", int(count))
        elif kind in ("source", "author", "editor", "reviewer"):
            fields.setdefault(kind, value)
    return fields


#: :func:`_parse_pub_line` remembered per line (never handed out: callers get copies)
_pub_fields = LineMemo(_parse_pub_line, longest=MAX_CHROME_LINE)
