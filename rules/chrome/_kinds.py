"""Line kinds: what one line of a page is, judged from the line alone.

Body paragraphs, footer notices and items, breadcrumbs, publication-info labels, page
controls, disclaimers, datelines and menu rows. Every test is pure, looks at no other
line and matches the folded line (:func:`~._fold.fold`), so it works before script
conversion; the page model (:mod:`._page`) and the title finder (:mod:`._titles`) build
on them.

>>> is_body_paragraph("会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作，确保帮扶资金及时足额发放。")
True
>>> is_bare_breadcrumb("首页 > 新闻中心 > 正文"), is_control_line("【打印本页】【关闭窗口】")
(True, True)
"""
from __future__ import annotations

import re

from zhclean.dates import DATE_ONLY_RE, DATE_RE

from .._text import han_count
from .._words import longest_first
from ._fold import MAX_CHROME_LINE, fold
from ._memo import LineMemo
from .vocab import (
    BREADCRUMB_LABEL_RE,
    CREDIT_LABELS,
    CREDIT_ROLE_NOUN_RE,
    CREDIT_ROLE_RE,
    SOURCE_LABELS,
    COLON_VARIANTS,
    CONTROL_LINE_RE,
    DISCLAIMER_RE,
    FOOTER_NOTICE_RE,
    FOOTER_ORGANISER_RE,
    FOOTER_SITE_RE,
    FOOTER_STRONG_RE,
    FOOTER_WEAK_RE,
    MEMBER_SHARE_RE,
    ORG_SUFFIX_RE,
    PROSE_AFTER_LABEL_RE,
    PUB_LABEL_ONLY_RE,
    PUB_LABEL_RE,
    QR_LINE_RE,
    REPRINT_CUE_WORDS,
    REPRINT_LABEL_OPENING_RE,
    REPRINT_OPENING_RE,
    STRONG_PUB_LABELS,
    VIEW_LABELS,
)
from .vocab_web import CONTENT_FROM_THE_WEB_RE, LONG_NOTICE_LABEL_RE

# A body paragraph: this many Han characters with prose punctuation.
BODY_MIN_HAN = 30
# prose punctuation, counted mark by mark (str.count, in C); the half-width marks too, which
# N201 widens after the chrome stage (a line ending in ? is a paragraph on a second cleaning)
_PROSE_MARKS = "，。；！？、,;!?"
_CLAUSE_PUNCT = re.compile(r"[，。；！？,;!?]")
# Prose has a punctuation mark every sentence; a run-together ticker of headlines has few.
HAN_PER_PUNCT = 60
SENTENCE_STOP = re.compile(r"[。！？!?；;]")

VIEW_LABEL_SET = frozenset(VIEW_LABELS)


def is_body_paragraph(s: str) -> bool:
    """Enough Han characters with prose punctuation, and not chrome that reads like prose:
    a footer notice (技术支持：某公司  建议使用IE9以上浏览器，1366×768分辨率浏览) or a
    document site's disclaimer. Excluding them keeps the zones the same before and after
    the rules that delete them, so cleaning twice changes nothing."""
    # clause punctuation first: a search in C that turns away most chrome lines before
    # the Han count builds a string
    if len(s) < BODY_MIN_HAN or not _CLAUSE_PUNCT.search(s):
        return False
    # enough prose marks for the Han count, and enough Han characters; 、 alone
    # enumerates (a long title: …举办2019年中药、药学理论知识与专业技能大赛), hence the clause mark
    marks = sum(map(s.count, _PROSE_MARKS))
    if marks >= max(1, len(s) // HAN_PER_PUNCT):
        # enough marks for any Han count up to the line's length: only the count itself is
        # left, and a prose line reaches it within its first few dozen characters
        if han_count(s[:4 * BODY_MIN_HAN]) < BODY_MIN_HAN and han_count(s) < BODY_MIN_HAN:
            return False
    else:
        han = han_count(s)
        if han < BODY_MIN_HAN or marks < max(1, han // HAN_PER_PUNCT):
            return False
    # the chrome that reads like prose, asked last: most lines are not prose at all
    return not (is_footer_notice(s) or is_disclaimer_line(s) or MEMBER_SHARE_RE.search(s) or is_reprint_notice(s))


#: :func:`is_body_paragraph`, remembered per line: the page model asks it of every line
#: of every version of a page, the title finder of the head's lines again
body_paragraph_line = LineMemo(is_body_paragraph)


_REPRINT_RES = {family: re.compile(longest_first(words)) for family, words in REPRINT_CUE_WORDS.items()}
MAX_REPRINT_NOTICE = 120
#: Longest rights paragraph read as a notice (under a notice label, three families of words).
MAX_LONG_REPRINT_NOTICE = 400


def reprint_families(s: str) -> tuple[str, ...]:
    """The families of reprint-notice words ``s`` uses.

    >>> reprint_families("版权声明：本文为原创文章，转载请保留出处")
    ('reprint', 'rights', 'notice')
    >>> reprint_families("文章发表后被多家媒体转载，阅读量超过35万次。")
    ('reprint',)
    """
    t = fold(s)
    return tuple(f for f, rx in _REPRINT_RES.items() if rx.search(t))


def is_reprint_notice(s: str) -> bool:
    """A reprint, rights or stance notice: short, and either under a notice label or in
    brackets (声明：, 【版权提示】, （本文转自…）) with two families of notice words, or the
    page speaking of itself (本文…, 以上内容…, 未经…) with two families, one of them the
    notice's asks (请注明, 谢绝, 联系删除) or its stance (仅代表…观点, 不代表…立场).

    >>> is_reprint_notice("（本文转自工人日报，版权归原作者所有）"), is_reprint_notice("本文认为，转载作品的版权应当受到保护。")
    (True, False)
    >>> is_reprint_notice("图片来源于网络，如有侵权请联系删除"), is_reprint_notice("图片均来自网络")
    (True, True)
    """
    t = fold(s.strip())
    if not t or len(t) > MAX_LONG_REPRINT_NOTICE:
        return False
    if len(t) > MAX_REPRINT_NOTICE:
        # a site's whole rights paragraph (中证网声明：凡本网注明…，版权均属于…，不得转载…，并不
        # 代表本网赞同其观点): under a notice label and drawing on three families at least
        return LONG_NOTICE_LABEL_RE.match(t) is not None and len(reprint_families(t)) >= 3
    if CONTENT_FROM_THE_WEB_RE.match(t):
        return True  # 图片来源于网络: the whole line says only where it was copied from
    if not REPRINT_OPENING_RE.match(t):
        return False
    fams = set(reprint_families(t))
    if "stance" in fams and "声明" in t[:8]:
        return True  # 特别声明：以上内容仅代表作者本人观点，不代表本站立场
    if len(fams) < 2:
        return False
    return bool(REPRINT_LABEL_OPENING_RE.match(t)) or bool(fams & {"notice", "stance"})


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
    s = s.strip()
    if len(s) > MAX_FOOTER_NOTICE:  # folding keeps the length: asked first, it saves folding
        return False
    s = fold(s)
    return _FOOTER_ITEM_OPENING.match(s) is not None and footer_item(s) is not None


def _near_start(pattern: re.Pattern[str], offset: int) -> re.Pattern[str]:
    """``pattern`` matched from the start of a line, starting within its first ``offset``
    characters: whether ``pattern.search(s)`` finds a match starting there, found by
    trying ``offset + 1`` places instead of every place in the line (a long alternation
    is slow to try, and a line of prose may run to hundreds of characters).

    >>> _near_start(re.compile("版权所有"), 2).match("　　版权所有") is not None, _near_start(re.compile("版权所有"), 1).match("　　版权所有")
    (True, None)
    """
    return re.compile(rf"(?s).{{0,{offset}}}?(?:{pattern.pattern})", pattern.flags)


# a footer item opens its line (see MAX_FOOTER_ITEM_OFFSET)
_FOOTER_ITEM_OPENING = _near_start(FOOTER_STRONG_RE, MAX_FOOTER_ITEM_OFFSET)


# A clause this short after a footer item is a value (人民网, 翻版必究), not prose.
MAX_VALUE_CLAUSE_HAN = 3


def _footer_item(s: str) -> str | None:
    """``"site"`` when the line carries an item only a site footer has (版权所有：某某,
    Copyright ©, 网站标识码：…, 技术支持：某公司, a browser advice), ``"organiser"``
    for 主办/承办 items a notice may carry too, ``None`` when it has neither — or when
    the line is a sentence that merely begins with the same word.

    >>> _footer_item("版权所有:嵊州市总工会"), _footer_item("主办单位：浙江省人民政府办公厅")
    ('site', 'organiser')
    >>> _footer_item("版权所有，要开创工会工作新局面"), _footer_item("技术支持由市信息中心负责")
    (None, None)
    >>> _footer_item("本网站所有内容版权归湖南省总工会所有，未经许可不得转载。")
    'site'
    >>> _footer_item("入选范文将汇编成册，版权归作者所有。") is None
    True
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
    first = min(site + organiser, key=lambda m: m.start())
    if first.group(0).startswith("版权") and _prose_clause_before(t, first.start()):
        return None
    return "site" if site else "organiser"


#: :func:`_footer_item`, remembered per line: the footer, licence and publication-info
#: rules ask it of the tail's lines on every version of a page
footer_item = LineMemo(_footer_item, longest=MAX_CHROME_LINE)


def is_footer_marker(folded: str) -> bool:
    """An official QR-code or account line (官方二维码, 扫描二维码关注微信公众号): on its
    own it looks like a page control, but in a page's tail it marks a site footer.

    Two rules rely on this one test, and that is the contract between them: C201 counts
    such a line as an item only a site footer has, so the block around it goes; C003
    (page controls) leaves it alone in the tail, because taking it first would leave
    C201 a block without its marker, and the rest of the footer would stay. ``folded``
    is the line after :func:`fold`.

    >>> is_footer_marker("嵊州市总工会官方二维码"), is_footer_marker("请扫描二维码报名参加比赛。")
    (True, False)
    """
    return bool(QR_LINE_RE.match(folded))


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
    return any(_is_prose_clause(c) for c in re.split(r"[，,；;]", t[start:])[1:])


def _prose_clause_before(t: str, start: int) -> bool:
    """A comma-joined clause before the footer item that is neither a footer item nor a
    name: in 入选范文将汇编成册，版权归作者所有。 the rights clause ends a sentence about
    the body's own work, while 地址：某路1号，版权所有：某某 is a footer's run of items."""
    return any(_is_prose_clause(c) for c in re.split(r"[，,；;]", t[:start])[:-1])


def _is_prose_clause(clause: str) -> bool:
    clause = clause.strip(" 　。.!！")
    if not clause or han_count(clause) <= MAX_VALUE_CLAUSE_HAN or ORG_SUFFIX_RE.search(clause):
        return False
    return not (FOOTER_STRONG_RE.search(clause) or FOOTER_NOTICE_RE.search(clause) or FOOTER_WEAK_RE.search(clause))


# ---------------------------------------------------------------- datelines

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


# A site's own address before its dateline: a scheme and a host, nothing of a path.
_SITE_URL_FIRST = re.compile(r"^(?:https?://)?www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s+(?=\d)", re.I)


def is_web_dateline(s: str) -> bool:
    """A dateline a site prints under a title: with a time or a source after the date.

    A bare or bracketed date (``（2019年1月10日）`` under a speech's title) belongs to the
    document, so it does not count.

    >>> is_web_dateline("2019-12-10 07:57:40"), is_web_dateline("（2019年1月10日）"), is_web_dateline("2019年1月10日")
    (True, False, False)

    A portal may print its own address first (``http://www.sina.com.cn 2012年01月12日09:30 中国网``).

    >>> is_web_dateline("http://www.sina.com.cn 2012年01月12日09:30\t中国网")
    True
    """
    s = _SITE_URL_FIRST.sub("", s.strip(), count=1)
    if not is_dateline(s) or s[:1] in "(（[【":
        return False
    m = DATE_RE.match(s)
    return bool(m) and (m.group("H") is not None or bool(s[m.end():].strip()))


# ---------------------------------------------------------------- head and furniture lines

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


# (issue 16, h24) a credit's label or role before an arrow: the arrow joins it to its name
_CREDIT_JOINT = re.compile(rf"{'|'.join(sorted(CREDIT_LABELS + SOURCE_LABELS, key=len, reverse=True))}|{CREDIT_ROLE_RE.pattern}")
_LAST_TOKEN = re.compile(r"[\s|｜丨]+")
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
    if any(_CREDIT_JOINT.fullmatch(_LAST_TOKEN.split(p)[-1]) for p in parts[:-1] if p):
        return False  # (h24) 出处 > 南方网  记者 > 高峰, 主编 > 朱琳: credits joined by arrows, no trail
    home = parts[0] in {"首页", "网站首页", "主页", "返回首页", "当前位置", "位置"}
    return home or parts[-1] == "正文" or "网" in parts[0] or len(parts) >= 3


def _pub_items(s: str) -> tuple[tuple[str, int, int], ...]:
    """Labels of publication info found in a line: ``((label, start, end_of_label), ...)``.

    >>> _pub_items("来源：工人日报  责任编辑：张三")
    (('来源', 0, 3), ('责任编辑', 9, 14))
    """
    # (a label's colon in any of the fonts' forms: 记者∶张三)
    t = fold(s).translate(COLON_VARIANTS)
    if not _PUB_LABEL_CUE.search(t):
        return ()  # (no mark or digit a label's ending needs: 56 % of the lines asked on c5)
    # (a role's label needs its noun: without one, the labels alone find the same)
    labels = PUB_LABEL_RE if CREDIT_ROLE_NOUN_RE.search(t) else PUB_LABEL_ONLY_RE
    return tuple((_SPACES.sub("", m.group("label")), m.start(), m.end()) for m in labels.finditer(t))


_SPACES = re.compile(r"\s+")
# Every ending PUB_LABEL_RE allows a label (a colon, a slash or bar, a dash, an equals sign or
# an arrow, a number after a space, a year) holds one of these: a line with none holds no
# label, and one search in C says so where the pattern tries its labels at every character.
_PUB_LABEL_CUE = re.compile(r"[:：/／|｜丨—－＿_·•\-=＝>＞→\d]")
#: :func:`_pub_items`, remembered per line (a tuple, so no caller can change what the
#: next one is given): the title finder, the page model and C102 ask it of the head's
#: lines on every version of a page
pub_items = LineMemo(_pub_items, longest=MAX_CHROME_LINE)


def has_strong_pub_label(s: str) -> bool:
    """A label that only publication info uses, or a view count with its number
    (阅读：1644; 阅读 alone is a word)."""
    t = fold(s)
    return any(label in STRONG_PUB_LABELS or label.endswith("来源")
               or (label in VIEW_LABEL_SET and _COUNT_AFTER.match(t, end)) for label, _, end in pub_items(s))


_COUNT_AFTER = re.compile(r"\s*\d")

# Longer than this, a line that mentions 来源 or 编辑 is prose, not an info line.
MAX_INFO_LINE = 120


def is_control_line(s: str) -> bool:
    """A line made only of page controls (字号：大 中 小, 【打印本页】【关闭窗口】)."""
    s = s.strip()
    return len(s) <= MAX_CHROME_LINE and bool(CONTROL_LINE_RE.match(fold(s)))


# A disclaimer opens its line (after its number); quoted later in a sentence it is body text.
DISCLAIMER_MAX_OFFSET = 12


def is_disclaimer_line(s: str) -> bool:
    """A document site's disclaimer (1、下载文档前请自行甄别…) opening the line."""
    return _DISCLAIMER_OPENING.match(fold(s.strip())) is not None


_DISCLAIMER_OPENING = _near_start(DISCLAIMER_RE, DISCLAIMER_MAX_OFFSET)


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
