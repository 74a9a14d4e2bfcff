"""Shared structure for the chrome rules: page zones, label folding, dates, titles.

Chrome lives at the head and the tail of a page. The *body* is the run of lines from the
first to the last "body paragraph" (a line with enough Han characters and prose
punctuation); the head is what comes before it and the tail what comes after. Rules act
freely only inside those zones and need an unmistakable pattern elsewhere.

Everything here is pure and compiled at import; vocabularies live in ``chrome.vocab``.

>>> text = "首页\\n当前位置：首页 > 新闻\\n标题\\n发布日期：2019-10-25\\n" + "正文很长，" * 10 + "。\\n编辑：张三"
>>> z = page_zones(text)
>>> z.head_end, z.tail_start
(4, 5)
>>> parse_date("二〇一九年十月二十五日"), parse_date("2019/10/25 17:09")
('2019-10-25', '2019-10-25T17:09:00')
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Sequence

from .chrome.vocab import (
    BREADCRUMB_LABEL_RE,
    CONTROL_LINE_RE,
    DISCLAIMER_RE,
    FOOTER_NOTICE_RE,
    FOOTER_ORGANISER_RE,
    FOOTER_SITE_RE,
    FOOTER_STRONG_RE,
    FOOTER_WEAK_RE,
    ORG_SUFFIX_RE,
    PROSE_AFTER_LABEL_RE,
    MEMBER_SHARE_RE,
    PUB_LABEL_RE,
    STRONG_PUB_LABELS,
    VIEW_LABELS,
    TRAD_TO_SIMP,
)
from ._text import Line, han_count, iter_lines

# A body paragraph: this many Han characters with prose punctuation.
BODY_MIN_HAN = 30
_PROSE_PUNCT = re.compile(r"[，。；！？、,;]")
_CLAUSE_PUNCT = re.compile(r"[，。；！？,;!?]")
# Prose has a punctuation mark every sentence; a run-together ticker of headlines has few.
HAN_PER_PUNCT = 60
SENTENCE_STOP = re.compile(r"[。！？!?；;]")


VIEW_LABEL_SET = frozenset(VIEW_LABELS)
_TRADITIONAL = re.compile("[" + "".join(chr(c) for c in TRAD_TO_SIMP) + "]")
# No chrome line is longer than this; folding longer lines would only cost time.
MAX_CHROME_LINE = 300


def fold(s: str) -> str:
    """Traditional spellings of label characters to simplified, one character for one,
    so offsets found in the folded text are valid in the original."""
    if len(s) > MAX_CHROME_LINE or not _TRADITIONAL.search(s):
        return s
    return s.translate(TRAD_TO_SIMP)


class Page(NamedTuple):
    """A page split once: its lines, which of them are body paragraphs, its zones."""
    lines: tuple[Line, ...]
    body: tuple[bool, ...]
    zones: "Zones"


def split_lines(text: str) -> tuple[Line, ...]:
    return tuple(iter_lines(text))


def make_page(text: str) -> Page:
    lines = split_lines(text)
    # a browser title (标题 + site name) may read as prose, but it is the head's first line
    body = [is_body_paragraph(ln.text) for ln in lines]
    echo = site_title_echo(lines, body)
    if echo is not None:
        body[echo] = False
    for i in range(len(lines)):
        if body[i] and _title_above_info(lines, body, i):
            body[i] = False
    return Page(lines, tuple(body), zones(lines, body))


MAX_TITLE_LEN = 80
# How far below a title its publication info may start (counts, font buttons between).
MAX_TITLE_TO_INFO = 8


def _title_above_info(lines: Sequence[Line], body: Sequence[bool], i: int) -> bool:
    """A long title with a comma or an exclamation (…突破3000亿美元！魏少军：产业结构扭曲，
    没将产品作为中心) reads like prose; publication info under it shows it is a title."""
    s = lines[i].text.strip()
    if len(s) > MAX_TITLE_LEN or "。" in s or not title_like(s):
        return False
    seen = 0
    for k in range(i + 1, len(lines)):
        t = lines[k].text.strip()
        if not t:
            continue
        if body[k]:
            return False
        if has_strong_pub_label(t) or is_web_dateline(t):
            return True
        seen += 1
        if seen >= MAX_TITLE_TO_INFO:
            return False
    return False


@lru_cache(maxsize=1)
def page(text: str) -> Page:
    """The page of ``text``. Consecutive rules that change nothing see the same text, so
    the split, the body flags and the zones are computed once per version of the text;
    one entry is enough for that and holds only the document in hand."""
    return make_page(text)


def page_lines(text: str) -> Sequence[Line]:
    return page(text).lines


def page_zones(text: str) -> "Zones":
    return page(text).zones


def is_body_paragraph(s: str) -> bool:
    """Enough Han characters with prose punctuation, and not chrome that reads like prose:
    a footer notice (技术支持：某公司  建议使用IE9以上浏览器，1366×768分辨率浏览) or a
    document site's disclaimer. Excluding them keeps the zones the same before and after
    the rules that delete them, so cleaning twice changes nothing."""
    if len(s) < BODY_MIN_HAN or is_footer_notice(s) or is_disclaimer_line(s) or MEMBER_SHARE_RE.search(s):
        return False
    han = han_count(s)
    # 、 alone enumerates (a long title: …举办2019年中药、药学理论知识与专业技能大赛)
    return (han >= BODY_MIN_HAN and len(_PROSE_PUNCT.findall(s)) >= max(1, han // HAN_PER_PUNCT)
            and bool(_CLAUSE_PUNCT.search(s)))


MAX_FOOTER_NOTICE = 160
# A footer item opens its line; deep inside a long line it is a word of a sentence.
MAX_FOOTER_ITEM_OFFSET = 30


def is_footer_notice(s: str) -> bool:
    """A footer line long enough to look like prose.

    >>> is_footer_notice("技术支持：襄阳网联信息技术有限公司  建议使用IE9以上浏览器，1366×768分辨率浏览")
    True
    >>> is_footer_notice("经过三个月的整改，该店按要求补办了相关手续，重新取得了食品经营许可证，恢复营业")
    False
    >>> is_footer_notice("版权所有，要开创工会工作新局面，就必须加强工会队伍建设，努力提高工会干部自身素质")
    False
    """
    s = fold(s.strip())
    if len(s) > MAX_FOOTER_NOTICE:
        return False
    m = FOOTER_STRONG_RE.search(s)
    return bool(m) and m.start() <= MAX_FOOTER_ITEM_OFFSET and footer_item(s) is not None


# A clause this short after a footer item is a value (人民网, 翻版必究), not prose.
MAX_VALUE_CLAUSE_HAN = 3


def footer_item(s: str) -> str | None:
    """``"site"`` when the line carries an item only a site footer has (版权所有：某某,
    Copyright ©, 网站标识码：…, 技术支持：某公司, a browser advice), ``"organiser"``
    for 主办/承办 items a notice may carry too, ``None`` when it has neither — or when
    the line is a sentence that merely begins with the same word.

    >>> footer_item("版权所有:嵊州市总工会"), footer_item("主办单位：浙江省人民政府办公厅")
    ('site', 'organiser')
    >>> footer_item("版权所有，要开创工会工作新局面"), footer_item("技术支持由市信息中心负责")
    (None, None)
    >>> footer_item("本网站所有内容版权归湖南省总工会所有，未经许可不得转载。")
    'site'
    """
    t = fold(s.strip())
    if not t or len(t) > MAX_FOOTER_NOTICE:
        return None
    site = [m for m in FOOTER_SITE_RE.finditer(t) if _item_shaped(t, m)]
    organiser = [m for m in FOOTER_ORGANISER_RE.finditer(t) if _item_shaped(t, m)]
    if not site and not organiser:
        return None
    if SENTENCE_STOP.search(t) and not FOOTER_NOTICE_RE.search(t):
        return None
    if _prose_clause_after(t, min(m.end() for m in site + organiser)):
        return None
    return "site" if site else "organiser"


def _item_shaped(t: str, m: re.Match) -> bool:
    """A label as a footer writes it: not run on into a clause (主办单位要…, 技术支持由…)."""
    if m.group(0)[-1:] in ":：" or m.end() == len(t):
        return True
    rest = t[m.end():]
    if PROSE_AFTER_LABEL_RE.match(rest):
        return False
    # only a holder runs on into the label (版权所有嵊州市总工会); 技术支持部门 is a noun
    return not (_HAN_START.match(rest) and m.group(0) in _RUN_ON_LABELS)


_HAN_START = re.compile(r"[\u4e00-\u9fff]")
# Labels that a footer follows with a separator; run on into Han they are a noun (技术支持部门).
_RUN_ON_LABELS = frozenset(["技术支持", "技术维护", "网站维护", "运行维护单位", "主办单位", "承办单位", "协办单位", "主办方",
                            "网站标识码"])


def _prose_clause_after(t: str, start: int) -> bool:
    """A comma-joined clause after the footer item that is neither a footer item nor a
    name: 版权所有，要开创工会工作新局面 is a sentence, 版权所有，翻版必究 is not."""
    for clause in re.split(r"[，,；;]", t[start:])[1:]:
        clause = clause.strip(" 　。.!！")
        if not clause or han_count(clause) <= MAX_VALUE_CLAUSE_HAN or ORG_SUFFIX_RE.search(clause):
            continue
        if FOOTER_STRONG_RE.search(clause) or FOOTER_NOTICE_RE.search(clause) or FOOTER_WEAK_RE.search(clause):
            continue
        return True
    return False


class Zones(NamedTuple):
    head_end: int  # index of the first body paragraph (len(lines) when there is none)
    tail_start: int  # index just past the last body paragraph (0 when there is none)

    def in_head(self, i: int) -> bool:
        return i < self.head_end

    def in_tail(self, i: int) -> bool:
        return i >= self.tail_start

    def in_zone(self, i: int) -> bool:
        return i < self.head_end or i >= self.tail_start


# A hard-wrapped copy has no line long enough to read as a paragraph; runs of its
# prose fragments (three lines or more, each with this many Han characters) mark the body.
WRAPPED_MIN_HAN = 15
WRAPPED_MIN_RUN = 3


def zones(lines: Sequence[Line], body_flags: Sequence[bool] | None = None) -> Zones:
    """Where the body starts and ends.

    >>> zones(page_lines("首页\\n标题\\n工会工作要大胆实践，勇于创新，只有这样才能\\n增强工会组织的凝聚力，增强工会工作的\\n活力，这是我们多年来在实践中总结出的经验。\\n版权所有"))
    Zones(head_end=2, tail_start=5)
    """
    if body_flags is None:
        body_flags = [is_body_paragraph(ln.text) for ln in lines]
    body = [i for i, b in enumerate(body_flags) if b]
    if not body:
        body = _wrapped_body(lines)
    if not body:
        return Zones(len(lines), len(lines))
    return Zones(body[0], body[-1] + 1)


def _wrapped_body(lines: Sequence[Line]) -> list[int]:
    """Indexes of prose fragments that stand in runs of WRAPPED_MIN_RUN or more."""
    body: list[int] = []
    run: list[int] = []
    for i, ln in enumerate(lines):
        if _is_prose_fragment(ln.text):
            run.append(i)
            continue
        if len(run) >= WRAPPED_MIN_RUN:
            body.extend(run)
        run = []
    if len(run) >= WRAPPED_MIN_RUN:
        body.extend(run)
    return body


def _is_prose_fragment(s: str) -> bool:
    return han_count(s) >= WRAPPED_MIN_HAN and not (
        is_footer_notice(s) or is_disclaimer_line(s) or MEMBER_SHARE_RE.search(s) or pub_items(s))


# ---------------------------------------------------------------- dates

# One date parser for text and HTML alike (zhclean.dates): its names are re-exported here
# for the chrome rules.
from zhclean.dates import CN_DATE_RE, DATE_ONLY_RE, DATE_RE, parse_date  # noqa: E402,F401


# A date line under a news title may carry a short source after the date.
MAX_DATELINE_TAIL = 20


def is_dateline(s: str) -> bool:
    """``2019-12-10 07:57:40`` or ``2019-09-05 11:10 游民星空[整理]``, nothing more.

    >>> is_dateline("2019-09-05 11:10 游民星空[整理]"), is_dateline("2019年10月25日，市总工会召开全委会议。")
    (True, False)
    """
    s = s.strip()
    if DATE_ONLY_RE.match(s):
        return True
    m = DATE_RE.match(s.lstrip("(（[【"))
    if not m:
        return False
    tail = s.lstrip("(（[【")[m.end():].strip()
    return len(tail) <= MAX_DATELINE_TAIL and not re.search(r"[，。！？；：,;:!?]", tail)


def is_web_dateline(s: str) -> bool:
    """A dateline a site prints under a title: with a time or a source after the date.

    A bare or bracketed date (``（2019年1月10日）`` under a speech's title) belongs to the
    document, so it does not count.

    >>> is_web_dateline("2019-12-10 07:57:40"), is_web_dateline("（2019年1月10日）"), is_web_dateline("2019年1月10日")
    (True, False, False)
    """
    s = s.strip()
    if not is_dateline(s) or s[:1] in "(（[【":
        return False
    m = DATE_RE.match(s)
    return bool(m) and (m.group("H") is not None or bool(s[m.end():].strip()))


# ---------------------------------------------------------------- line kinds

def is_breadcrumb_label_line(s: str) -> bool:
    """``当前位置：首页 > 新闻``; a bare ``位置：`` only when a trail follows (位置：三楼会议室 is a notice)."""
    s = fold(s.strip())
    m = BREADCRUMB_LABEL_RE.match(s)
    if not m:
        return False
    rest = s[m.end():]
    if len(rest) > 80 or SENTENCE_STOP.search(rest):
        return False
    if re.sub(r"[\s【\[]", "", m.group(0)).startswith("位置"):
        return not rest.strip() or bool(re.search(r"首页|主页|>|»|＞|›|→", rest))
    return True


_CRUMB_SPLIT = re.compile(r"\s*(?:>>|>|»|＞|›|→|>>)\s*")


def is_bare_breadcrumb(s: str) -> bool:
    """``首页 > 新闻中心 > 正文`` or ``人民网>>文化``: short segments joined by arrows."""
    s = fold(s.strip())
    if len(s) > 70 or SENTENCE_STOP.search(s) or "，" in s:
        return False
    parts = [p for p in _CRUMB_SPLIT.split(s)]
    if len(parts) == 2 and not parts[1] and re.search(r"(?:首页|主页)$", parts[0]) and len(parts[0]) <= 16:
        return True  # ``CSDN首页>``: a trail whose segments follow one per line
    if len(parts) < 2 or any(not p or len(p) > 16 for p in parts[1:]) or len(parts[0]) > 16:
        return not parts[0] and len(parts) >= 2 and all(0 < len(p) <= 16 for p in parts[1:]) and s[0] in ">»＞›"
    if not all(han_count(p) or p.isalnum() for p in parts if p):
        return False
    home = parts[0] in {"首页", "网站首页", "主页", "返回首页", "当前位置", "位置"}
    return home or parts[-1] == "正文" or "网" in parts[0] or len(parts) >= 3


def pub_items(s: str):
    """Labels of publication info found in a line: ``[(label, start, end_of_label)]``."""
    return [(re.sub(r"\s+", "", m.group("label")), m.start(), m.end()) for m in PUB_LABEL_RE.finditer(fold(s))]


def is_control_line(s: str) -> bool:
    s = s.strip()
    return len(s) <= MAX_CHROME_LINE and bool(CONTROL_LINE_RE.match(fold(s)))


# A disclaimer opens its line (after its number); quoted later in a sentence it is body text.
DISCLAIMER_MAX_OFFSET = 12


def is_disclaimer_line(s: str) -> bool:
    m = DISCLAIMER_RE.search(fold(s.strip()))
    return bool(m) and m.start() <= DISCLAIMER_MAX_OFFSET


# 尊敬的各位领导 / 同志们 open a speech; they are not its title.
_SALUTATION = re.compile(r"^(?:尊敬的|亲爱的|各位|同志们|朋友们|女士们|先生们)")


def title_like(s: str) -> bool:
    """Short, no sentence inside, not a label line: what a page title looks like."""
    s = s.strip()
    if not (4 <= len(s) <= 80) or han_count(s) < 4:
        return False
    if re.search(r"[。；;，,：:]$", s) or "。" in s[:-1] or _SALUTATION.match(s):
        return False
    if pub_items(s) or is_control_line(s) or is_breadcrumb_label_line(s) or is_bare_breadcrumb(s):
        return False
    if re.search(r"[|｜丨]", s) and menu_row(s) or (" " in s and menu_row(s) and len(s.split()) >= 3):
        return False
    return not is_dateline(s)


def has_strong_pub_label(s: str) -> bool:
    """A label that only publication info uses, or a view count with its number
    (阅读：1644; 阅读 alone is a word)."""
    t = fold(s)
    return any(label in STRONG_PUB_LABELS or label.endswith("来源")
               or (label in VIEW_LABEL_SET and _COUNT_AFTER.match(t, end)) for label, _, end in pub_items(s))


_COUNT_AFTER = re.compile(r"\s*\d")


# Longer than this, a line that mentions 来源 or 编辑 is prose, not an info line.
MAX_INFO_LINE = 120


def find_pub_anchor(lines: Sequence[Line], z: Zones) -> int | None:
    """Index of the first publication-info line in the head (or just below the title)
    that has text after it: an info line that ends a page of short lines (来源：唐诗三百首
    under a poem) closes the text and says nothing about where its title is."""
    limit = min(len(lines), z.head_end + 1)
    last_text = None
    for i in range(limit):
        s = lines[i].text
        if is_body_paragraph(s) or len(s.strip()) > MAX_INFO_LINE:
            continue
        if has_strong_pub_label(s) or (i > 0 and is_web_dateline(s)):
            if last_text is None:
                last_text = _last_text_line(lines)
            return i if i < last_text else None
    return None


# A line of text, not chrome: this many Han characters and no labels.
MIN_TEXT_HAN = 8


def _last_text_line(lines: Sequence[Line]) -> int:
    for k in range(len(lines) - 1, -1, -1):
        s = lines[k].text
        if han_count(s) >= MIN_TEXT_HAN and not pub_items(s) and not is_web_dateline(s):
            return k
    return -1


def find_breadcrumb(lines: Sequence[Line], z: Zones, before: int | None = None) -> int | None:
    """Index of the last breadcrumb line of the head (before ``before``)."""
    found = None
    for i in range(min(len(lines), z.head_end, before if before is not None else len(lines))):
        s = lines[i].text
        if is_breadcrumb_label_line(s) or is_bare_breadcrumb(s):
            found = i
    return found


_SITE_TITLE_SUFFIX = re.compile(r"(?:\s*\d{1,3}|_免费文档|\s*[-_－]\s*(?:文库|百度文库|豆丁网|道客巴巴|原创力文档|360doc个人图书馆))$")
MIN_ECHO = 4


def site_title_echo(lines: Sequence[Line], body: Sequence[bool] | None = None) -> int | None:
    """Index of a page's first line when it only echoes the real title further down with
    a page digit or the site's name stuck on (``努力提高自身素质1`` above
    ``努力提高自身素质,塑造工会干部新形象``; ``市总工会召开全委会议_嵊州市总工会`` above
    the menu and ``市总工会召开全委会议``): the browser title a crawler kept.

    >>> site_title_echo(page_lines("努力提高自身素质1\\n\\n努力提高自身素质,塑造工会干部新形象\\n"))
    0
    >>> site_title_echo(page_lines("市总工会召开全委会议 - 嵊州市总工会网站\\n首页\\n市总工会召开全委会议\\n"))
    0
    >>> site_title_echo(page_lines("第一章1\\n第一章 总则\\n")) is None
    True
    """
    first = [i for i, ln in enumerate(lines[:6]) if ln.text.strip()][:2]
    if len(first) < 2:
        return None
    head, title = lines[first[0]].text.strip(), lines[first[1]].text.strip()
    if len(head) > MAX_CHROME_LINE:
        return None
    m = _SITE_TITLE_SUFFIX.search(head)
    if m:
        stem = head[: m.start()].strip()
        if len(stem) >= MIN_ECHO and title.startswith(stem) and title != head:
            return first[0]
    stems = {head[: m.start()].strip() for m in _TITLE_SITE_SEP.finditer(head)
             if MIN_ECHO <= m.start() and 2 <= len(head) - m.end() <= MAX_SITE_NAME}
    if title_like(head):
        stems.add(head)  # the same title twice: <title> and <h1>, a menu between them
    for k in range(first[0] + 1, min(len(lines), first[0] + 1 + MAX_ECHO_DISTANCE)):
        t = lines[k].text.strip()
        if t in stems:
            # a title printed twice in a row is the text's own doing (and what is left
            # once other rules took the menu between): it stays, so a second pass agrees
            return first[0] if t != head or k != first[1] else None
        if body[k] if body is not None else is_body_paragraph(t):
            return None  # a later copy inside the text is a heading, not the page's title
    return None


# ``标题_站名``, ``标题-新华网``, ``标题|站名``: a browser title, which is an echo only when
# its stem repeats as a line below (so 1-10月… or 春晓 - 孟浩然 stay).
_TITLE_SITE_SEP = re.compile(r"\s*[-－—–_|｜]+\s*|\s+")
MAX_SITE_NAME = 40
# The menu between a browser title and the real one can be long (a portal's channel list).
MAX_ECHO_DISTANCE = 400


def skip_docsite_head(lines: Sequence[Line]) -> int:
    """Index just past a document site's head: its disclaimer block, or the title line
    that only echoes the real one (0 when there is neither)."""
    last = -1
    for i, ln in enumerate(lines[:15]):
        if is_disclaimer_line(ln.text):
            last = i
    if last < 0:
        echo = site_title_echo(lines)
        return 0 if echo is None else echo + 1
    return last + 1


# A subtitle line: ——在全市工会工作会议上的讲话, （2019年1月10日）
_SUBTITLE = re.compile(r"^\s*(?:—|－－|--|[（(])")


def find_title(lines: Sequence[Line], z: Zones | None = None) -> int | None:
    """Index of the line that is the page's title, or ``None``.

    Above a publication-info line: of the last three title-like lines between the header
    chrome and that line, the first that is clearly more than half as long as the
    longest (leftover menu words before the title are shorter; a subtitle or an author
    line after it is not longer). Without one: the first title-like line after the
    header chrome.
    """
    z = z or zones(lines)
    start = skip_docsite_head(lines)
    pub = find_pub_anchor(lines, z)
    crumb = find_breadcrumb(lines, z, pub)
    first = max(start, (crumb + 1) if crumb is not None else 0)
    if pub is not None and pub > first:
        cands = [i for i in range(max(first, pub - 6), pub) if title_like(lines[i].text)][-3:]
        # a title printed twice (<title> then <h1>): the copy next to the info is the title
        cands = [i for k, i in enumerate(cands) if all(lines[j].text.strip() != lines[i].text.strip() for j in cands[k + 1:])]
        if cands:
            mains = [i for i in cands if not _SUBTITLE.match(lines[i].text)] or cands
            longest = max(len(lines[i].text.strip()) for i in mains)
            return next(i for i in mains if len(lines[i].text.strip()) > 0.6 * longest)
    if pub is not None and pub >= first:
        # a disclosure table right under the header, the title after it (gov.cn style);
        # a long line above the table may be a title too long to look like one
        if any(len(ln.text.strip()) > 30 for ln in lines[first:pub]):
            return None
        return _first_title_after(lines, pub)
    for i in range(first, min(len(lines), first + 8)):
        s = lines[i].text.strip()
        if not s or is_control_line(s):
            continue
        return i if title_like(s) else None
    return None


# A disclosure table above a title spans a few lines at most.
MAX_INFO_BLOCK = 8


def _first_title_after(lines: Sequence[Line], pub: int) -> int | None:
    """The first title-like line after the info block that starts at ``pub``."""
    for i in range(pub, min(len(lines), pub + MAX_INFO_BLOCK)):
        s = lines[i].text.strip()
        if not s or pub_items(s) or is_control_line(s) or is_web_dateline(s):
            continue
        return i if title_like(s) else None
    return None


def menu_like(s: str) -> bool:
    """A navigation item or a row of them: ``产业工会``, ``首页 | 机构概况 | 新闻动态``, ``|``."""
    s = s.strip()
    if not s or _DOCUMENT_HEADER.search(s):
        return False
    if len(s) <= 16 and not SENTENCE_STOP.search(s) and "，" not in s:
        return True
    return menu_row(s)


# The head of an official document above its title: 嵊州市总工会文件, 嵊工〔2019〕12号.
_DOCUMENT_HEADER = re.compile(r"[〔［\[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*\d+\s*号|(?:文件|公报|简报|通讯)$")


def menu_row(s: str) -> bool:
    """Several short menu items on one line, split by bars, wide spaces or single spaces."""
    s = s.strip()
    if len(s) > MAX_CHROME_LINE:
        return False
    items = [p for p in re.split(r"\s*[|｜丨•]\s*|\s{2,}|\u3000+", s) if p]
    if len(items) >= 2 and all(len(p) <= 12 and not SENTENCE_STOP.search(p) for p in items):
        return True
    # 首页 党建工作 办事指南 网上工会: a row of short menu words split by single spaces
    words = s.split()
    return len(words) >= 3 and all(len(w) <= 8 and re.fullmatch(r"[\u4e00-\u9fff()（）、]+", w) for w in words)


_PROSE_FRAGMENT = re.compile(r"[，。；！？,;]")


def list_run_end(pg: Page, start: int, wrapped: bool) -> int:
    """Index just past the list that follows a heading at ``start - 1``: every line up to
    the next body paragraph (a teaser paragraph ends the list, and stays). On a page with
    no body paragraphs (``wrapped``: hard-wrapped text) any line of prose ends it too."""
    lines, body = pg.lines, pg.body
    i = start
    while i < len(lines) and not body[i]:
        if wrapped and han_count(lines[i].text) >= 15 and _PROSE_FRAGMENT.search(lines[i].text):
            break
        i += 1
    return i


def body_shares(pg: Page) -> list[float]:
    """For every line ``i``, the share of the page's body-paragraph characters that come
    before it; on a page without body paragraphs (hard-wrapped text), the share of all
    its characters. One pass, so a rule may ask about every line."""
    sizes = [len(ln.text) if b else 0 for ln, b in zip(pg.lines, pg.body)]
    if not any(sizes):
        sizes = [len(ln.text) for ln in pg.lines]
    total = sum(sizes)
    shares, before = [], 0
    for size in sizes:
        shares.append(before / total if total else 1.0)
        before += size
    return shares
