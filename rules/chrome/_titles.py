"""Finding a page's title, and the browser title a crawler kept above it.

A title is anchored on the header chrome around it: the publication-info line under it
(发布日期, 来源 …), the breadcrumb above it, a document site's disclaimer block, or a
first line that only echoes the title with the site's name stuck on. Everything here
works on a page's lines and the index of its first body paragraph (``head_end``), so
the page model (:mod:`._page`) can use it while it is still deciding which lines are
body paragraphs.

>>> from zhclean.rules._text import iter_lines
>>> lines = tuple(iter_lines("首页\\n市总工会召开全委会议\\n发布日期：2019-10-25\\n" + "会议要求，各级工会要切实履行职责，" * 3 + "\\n"))
>>> find_title(lines, head_end=3)
1
"""
from __future__ import annotations

import re
from itertools import compress, islice
from operator import attrgetter
from os.path import commonprefix
from typing import Iterator, Sequence

from .._text import Line, han_count
from ..layout_rejoin import should_join
from ._fold import MAX_CHROME_LINE
from ._memo import LineMemo
from ._docsite_kinds import is_doc_meta_line, is_progress_line
from ._post_lines import furniture_kind, is_thread
from ._kinds import (
    MAX_INFO_LINE,
    body_paragraph_line,
    has_strong_pub_label,
    is_bare_breadcrumb,
    is_breadcrumb_label_line,
    is_control_line,
    is_dateline,
    is_disclaimer_line,
    is_web_dateline,
    menu_row,
    pub_items,
)

MAX_TITLE_LEN = 80
# How far below a title its publication info may start (counts, font buttons between).
MAX_TITLE_TO_INFO = 8

# 尊敬的各位领导 / 同志们 open a speech; they are not its title.
_SALUTATION = re.compile(r"^(?:尊敬的|亲爱的|各位|同志们|朋友们|女士们|先生们)")


def title_like(s: str) -> bool:
    """Short, no sentence inside, not a label line: what a page title looks like."""
    return _title_like(s)


def _is_title_like(s: str) -> bool:
    s = s.strip()
    if not (4 <= len(s) <= 80) or han_count(s) < 4:
        return False
    if re.search(r"[。；;，,：:]$", s) or "。" in s[:-1] or _SALUTATION.match(s):
        return False
    if pub_items(s) or is_control_line(s) or is_breadcrumb_label_line(s) or is_bare_breadcrumb(s):
        return False
    if furniture_kind(s):
        return False  # a thread's furniture (一只咸鱼 采纳率：96% 擅长：生活) heads no page
    if re.search(r"[|｜丨]", s) and menu_row(s) or (" " in s and menu_row(s) and len(s.split()) >= 3):
        return False
    # a document site's record of the copy (上传时间：… 页数：12) is no title either: asked
    # last, as the dearest test (a fifth of a millisecond a line; the others say no sooner)
    return not is_dateline(s) and not is_doc_meta_line(s)


_title_like = LineMemo(_is_title_like)

# the per-line verdicts the title finder asks again on every version of a page (the
# anchors and the title are found anew for each), remembered like the title test
_strong_info_line = LineMemo(has_strong_pub_label)
_web_dateline_line = LineMemo(is_web_dateline)
_crumb_line = LineMemo(lambda s: is_breadcrumb_label_line(s) or is_bare_breadcrumb(s))
_disclaimer_line = LineMemo(is_disclaimer_line)
_progress_line = LineMemo(is_progress_line)


def title_above_info(lines: Sequence[Line], body: Sequence[bool], i: int) -> bool:
    """A long title with a comma or an exclamation (…突破3000亿美元！魏少军：产业结构扭曲，
    没将产品作为中心) reads like prose; publication info under it shows it is a title."""
    s = lines[i].text.strip()
    if len(s) > MAX_TITLE_LEN or "。" in s or not title_like(s):
        return False
    seen = 0
    para = ""  # the lines L101 joins count as one, as a second cleaning counts them
    for k in range(i + 1, len(lines)):
        t = lines[k].text.strip()
        if not t:
            continue
        if body[k]:
            return False
        if _strong_info_line(t) or _web_dateline_line(t):
            return True
        if para and should_join(para, t):
            para += t
            continue
        para = t
        seen += 1
        if seen >= MAX_TITLE_TO_INFO:
            return False
    return False


def find_pub_anchor(lines: Sequence[Line], head_end: int) -> int | None:
    """Index of the first publication-info line in the head (or just below the title)
    that has text after it: an info line that ends a page of short lines (来源：唐诗三百首
    under a poem) closes the text and says nothing about where its title is."""
    limit = min(len(lines), head_end + 1)
    last_text = None
    for i in range(limit):
        s = lines[i].text
        if body_paragraph_line(s) or len(s.strip()) > MAX_INFO_LINE:
            continue
        if (_strong_info_line(s) or (i > 0 and _web_dateline_line(s))) and not _progress_line(s):
            # (a viewer's progress, 您已阅读 61% 的内容, counts no views: it anchors no title)
            if last_text is None:
                last_text = _last_text_line(lines)
            return i if i < last_text else None
    return None


# A line of text, not chrome: this many Han characters and no labels.
MIN_TEXT_HAN = 8


_text_line = LineMemo(lambda s: han_count(s) >= MIN_TEXT_HAN and not pub_items(s) and not is_web_dateline(s))


def _last_text_line(lines: Sequence[Line]) -> int:
    for k in range(len(lines) - 1, -1, -1):
        s = lines[k].text
        if _text_line(s):
            return k
    return -1


def find_breadcrumb(lines: Sequence[Line], head_end: int, before: int | None = None) -> int | None:
    """Index of the last breadcrumb line of the head (before ``before``)."""
    found = None
    for i in range(min(len(lines), head_end, before if before is not None else len(lines))):
        s = lines[i].text
        if _crumb_line(s):
            found = i
    return found


# What a document site glues onto the title it cuts short: a page count (1, 12页, (12页),
# _12页, (12P), 共12页), a file type (.docx, .doc 8页), an ellipsis, a download note, or
# its own name after a separator (- 文档网, _范文大全).
_SITE_TITLE_SUFFIX = re.compile(
    r"(?:\s*[-_－(（\[]?\s*(?:共\s*)?\d{1,3}\s*(?:页|[Pp])?\s*[)）\]]?"
    r"|\.(?:docx?|pdf|pptx?|wps|txt|xlsx?)(?:\s*\d{1,3}\s*页)?|(?:…|\.\.\.)\s*\d{0,3}"
    r"|_免费文档|\s*[(（]?(?:免费下载|免费阅读|在线阅读|下载)[)）]?"
    r"|\s*[-_－|｜]\s*(?:文库|百度文库|豆丁网|道客巴巴|原创力文档|360doc个人图书馆|"
    r"[\u4e00-\u9fff\w]{1,10}(?:网|库|站|之家|中心|吧|大全|文档|资料|在线)))$")
MIN_ECHO = 4
# A site's name after a spaced separator (`` - 文库宝``, `` | 某某网``), however it ends.
_NAMED_SITE_SUFFIX = re.compile(r"\s+[-－|｜_]\s+[\u4e00-\u9fffA-Za-z0-9]{2,12}$")
# The title a glued copy echoes stands within this many lines with text of it.
MAX_GLUED_ECHO_LINES = 20


def site_title_echo(lines: Sequence[Line], body: Sequence[bool] | None = None,
                    head_end: int | None = None) -> int | None:
    """Index of a page's first line when it only echoes the real title further down with
    a page digit or the site's name stuck on (``努力提高自身素质1`` above
    ``努力提高自身素质,塑造工会干部新形象``; ``市总工会召开全委会议_嵊州市总工会`` above
    the menu and ``市总工会召开全委会议``): the browser title a crawler kept.

    >>> from zhclean.rules._text import iter_lines
    >>> site_title_echo(tuple(iter_lines("努力提高自身素质1\\n\\n努力提高自身素质,塑造工会干部新形象\\n")))
    0
    >>> site_title_echo(tuple(iter_lines("市总工会召开全委会议 - 嵊州市总工会网站\\n首页\\n市总工会召开全委会议\\n")))
    0
    >>> site_title_echo(tuple(iter_lines("第一章1\\n第一章 总则\\n"))) is None
    True
    """
    # the first two lines with text, however many blank lines stand before them: the
    # rules before this one blank out chrome lines and a later rule removes the blanks,
    # so counting blank lines would give a second pass another answer
    first = first_text_lines(lines, 2)
    if len(first) < 2:
        return None
    head = lines[first[0]].text.strip()
    if len(head) > MAX_CHROME_LINE:
        return None
    glued, named, stems = _echo_stems(head)
    # the copy must stand in the head: a hard-wrapped text has no body paragraph to stop
    # at, and its section headings repeat the title (``head_end``: the page's zones)
    limit = min(len(lines), first[0] + 1 + MAX_ECHO_DISTANCE, len(lines) if head_end is None else head_end)
    if glued is not None and _glued_echo(lines, body, first[0], glued, MIN_ECHO, limit):
        return first[0]
    # ``标题 - 站名`` with the title cut short: the stem starts the real title below
    if named is not None and _glued_echo(lines, body, first[0], named, MIN_ECHO, limit):
        return first[0]
    if _cut_echo(lines, body, first[0], head, limit):
        return first[0]
    if not stems:
        return None  # nothing to look for below: the walk could only end in None
    for k in range(first[0] + 1, limit):
        t = lines[k].text.strip()
        if t in stems:
            # a title printed twice in a row is the text's own doing (and what is left
            # once other rules took the menu between): it stays, so a second pass agrees
            # (h40) and so is a title the pages repeat as their running head (title / 1 /
            # title / … / 2 / title): the first is the title, the others are L202's
            if t == head and (k == first[1] or _running_head(lines, k, head)):
                return None
            return first[0]
        if body[k] if body is not None else body_paragraph_line(t):
            return None  # a later copy inside the text is a heading, not the page's title
    return None


def _running_head(lines: Sequence[Line], k: int, head: str) -> bool:
    """The first line is printed again after line ``k`` too: three copies are a running
    head over the pages, where a crawl's echo of the title is one copy above it."""
    return any(ln.text.strip() == head for ln in lines[k + 1:])


def _site_title_stems(head: str) -> tuple[str | None, str | None, frozenset[str]]:
    """What a first line ``head`` could echo, from the line alone: the stem before a page
    digit or a site's name glued on, the stem before a spaced site name, and the stems
    before a separator (with ``head`` itself when it looks like a title).

    >>> glued, named, stems = _site_title_stems("市总工会召开全委会议 - 嵊州市总工会网站")
    >>> glued, named, sorted(stems)
    ('市总工会召开全委会议', '市总工会召开全委会议', ['市总工会召开全委会议', '市总工会召开全委会议 - 嵊州市总工会网站'])
    """
    m = _SITE_TITLE_SUFFIX.search(head)
    named = _NAMED_SITE_SUFFIX.search(head)
    stems = {head[: m.start()].strip() for m in _TITLE_SITE_SEP.finditer(head)
             if MIN_ECHO <= m.start() and 2 <= len(head) - m.end() <= MAX_SITE_NAME}
    if title_like(head):
        stems.add(head)  # the same title twice: <title> and <h1>, a menu between them
    return (head[: m.start()].strip() if m else None, head[: named.start()].strip() if named else None,
            frozenset(stems))


#: :func:`_site_title_stems`, remembered per first line (asked on every version of a page)
_echo_stems = LineMemo(_site_title_stems)


def _glued_echo(lines: Sequence[Line], body: Sequence[bool] | None, first: int, stem: str, shortest: int,
                limit: int) -> bool:
    """A title-like line that starts with ``stem`` (or is ``stem``) stands among
    the next lines with text, before the first body paragraph: a site's notices and its
    record of the copy may stand between the cut title and the real one.

    ``stem`` is the first line without what the site glued on; a first line with nothing
    glued on is no echo (a thread's title that its first post starts with, a heading and
    its full form)."""
    if len(stem) < shortest:
        return False
    return any(t.startswith(stem) and (seen == 0 or title_like(t))
               for seen, t in _lines_before_body(lines, body, first, limit))


def _lines_before_body(lines: Sequence[Line], body: Sequence[bool] | None, first: int,
                       limit: int) -> Iterator[tuple[int, str]]:
    """The lines with text after ``first``, up to the first body paragraph and at most
    :data:`MAX_GLUED_ECHO_LINES` of them: ``(how many came before it, its text)``."""
    seen = 0
    for k in range(first + 1, limit):
        t = lines[k].text.strip()
        if not t:
            continue
        if body[k] if body is not None else body_paragraph_line(t):
            return
        yield seen, t
        seen += 1
        if seen >= MAX_GLUED_ECHO_LINES:
            return


# What a site glues onto a cut title, whatever its words: it starts with no Han character
# (a digit, a bracket, a separator, a space, an ellipsis, a file's extension: 1, （12页）,
# _某某文库, …, .docx) and holds no sentence's stop.
MAX_GLUE = 24
_GLUE_STOP = re.compile(r"[。！？；!?;]")
# a comma or a colon alone is a clause going on, never a site's glue (工会章程， over 工会章程:
# a text's first words once spaces and a comma are normalised, not a cut title; lead, stop 45)
_CLAUSE_MARKS_ONLY = re.compile(r"^[，,、：:]+$")


def _cut_echo(lines: Sequence[Line], body: Sequence[bool] | None, first: int, head: str, limit: int) -> bool:
    """``head`` is a title below cut short with something glued on, by shape alone: a
    title-like line among the next ones, before the first body paragraph, starts with the
    same :data:`MIN_ECHO` characters or more (a third of it at least), and what ``head``
    has after them is glue (see :data:`MAX_GLUE`) — ``工会财务管理制度（12页）`` above
    ``工会财务管理制度汇编``; ``2023年工作总结`` above ``2023年上半年工作…`` is no echo.

    >>> from zhclean.rules._text import iter_lines
    >>> lines = tuple(iter_lines("工会财务管理制度〔12P〕\\n工会财务管理制度汇编\\n"))
    >>> _cut_echo(lines, None, 0, lines[0].text, 2), _cut_echo(tuple(iter_lines("2023年工作总结\\n2023年上半年工作情况\\n")), None, 0, "2023年工作总结", 2)
    (True, False)
    """
    # (a line that does not start with the first MIN_ECHO characters of ``head`` has a
    # shorter prefix in common: it is passed over before the title test is asked)
    opening = head[:MIN_ECHO]
    if len(opening) < MIN_ECHO:
        return False
    for _, t in _lines_before_body(lines, body, first, limit):
        if t.startswith(opening) and t != head and title_like(t):
            n = len(commonprefix((head, t)))
            glue = head[n:].strip()
            # a title whole with words in brackets after it is its own edition (课程标准
            # （2022年版）): only a title cut short may carry words in its glue
            if (n >= MIN_ECHO and 3 * n >= len(t) and glue and len(glue) <= MAX_GLUE
                    and not "\u4e00" <= head[n] <= "\u9fff" and not _GLUE_STOP.search(glue)
                    and not _CLAUSE_MARKS_ONLY.match(glue)
                    and (n < len(t) or not han_count(glue))):
                return True
    return False


# ``标题_站名``, ``标题-新华网``, ``标题|站名``: a browser title, which is an echo only when
# its stem repeats as a line below (so 1-10月… or 春晓 - 孟浩然 stay).
_TITLE_SITE_SEP = re.compile(r"\s*[-－—–_|｜]+\s*|\s+")
MAX_SITE_NAME = 40
# The menu between a browser title and the real one can be long (a portal's channel list).
MAX_ECHO_DISTANCE = 400


# A document site's disclaimer block stands among the first lines with text.
DOCSITE_HEAD_LINES = 15


def first_text_lines(lines: Sequence[Line], n: int) -> list[int]:
    """Indexes of the first ``n`` lines that hold text (blank lines do not count).

    >>> from zhclean.rules._text import iter_lines
    >>> first_text_lines(tuple(iter_lines("\\n\\n标题\\n\\n正文\\n尾")), 2)
    [2, 4]
    """
    # (the lines walked in C: asked of every version of every page, a few times each;
    # ``n`` below 1 never counts up to, so it gives them all)
    return list(islice(compress(range(len(lines)), map(str.strip, map(_TEXT, lines))), n if n > 0 else None))


def last_text_lines(lines: Sequence[Line], n: int) -> list[int]:
    """Indexes of the last ``n`` lines that hold text, in page order."""
    found = list(islice(compress(range(len(lines) - 1, -1, -1), map(str.strip, map(_TEXT, reversed(lines)))),
                        n if n > 0 else None))
    return found[::-1]


_TEXT = attrgetter("text")


def skip_docsite_head(lines: Sequence[Line]) -> int:
    """Index just past a document site's head: its disclaimer block, or the title line
    that only echoes the real one (0 when there is neither)."""
    last = -1
    for i in first_text_lines(lines, DOCSITE_HEAD_LINES):
        if _disclaimer_line(lines[i].text):
            last = i
    if last < 0:
        echo = site_title_echo(lines)
        return 0 if echo is None else echo + 1
    return last + 1


# A subtitle line: ——在全市工会工作会议上的讲话, （2019年1月10日）
_SUBTITLE = re.compile(r"^\s*(?:—|－－|--|[（(])")


def header_anchors(lines: Sequence[Line], head_end: int) -> tuple[int | None, int | None]:
    """The publication-info anchor (:func:`find_pub_anchor`) and the last breadcrumb
    above it (:func:`find_breadcrumb`): what tells where a page's title is."""
    pub = find_pub_anchor(lines, head_end)
    return pub, find_breadcrumb(lines, head_end, pub)


# an item's lead of a numbered list: (1) 1、 2. ③ (not a year, 2024年…, nor a decimal)
_LIST_ITEM_LEAD = re.compile(r"^\s*(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[、.．)）](?!\d)|[①-⑳])")


def find_title(lines: Sequence[Line], head_end: int,
               anchors: tuple[int | None, int | None] | None = None,
               notices: Sequence[tuple[int, str]] = ()) -> int | None:
    """Index of the line that is the page's title, or ``None``.

    Above a publication-info line: of the last three title-like lines between the header
    chrome and that line, the first that is clearly more than half as long as the
    longest (leftover menu words before the title are shorter; a subtitle or an author
    line after it is not longer). Without one: the first title-like line after the
    header chrome. ``head_end`` is the index of the first body paragraph
    (:attr:`~._page.Zones.head_end`); ``anchors`` are :func:`header_anchors` when the
    caller has them; ``notices`` the page's notice blocks (:attr:`~._page.Page.notices`),
    after which a document site's copy starts. Rules ask :meth:`~._page.Page.title`,
    which finds it once per page.
    """
    start = skip_docsite_head(lines)
    head_notices = [i for i, _ in notices if i < head_end]
    if head_notices:
        start = max(start, max(head_notices) + 1)
    pub, crumb = anchors if anchors is not None else header_anchors(lines, head_end)
    first = max(start, (crumb + 1) if crumb is not None else 0)
    if pub is not None and is_thread(lines):
        # a thread's info lines stand under every post: the first says nothing of where
        # the title is (the lines above it may be posts, a card, a heading), the top does
        pub = None
    if pub is not None and pub > first:
        # (lead, stop 45: never an item of a numbered list, (1)参赛选手按要求填写作品说明，发送至指定邮箱,
        # the text's own requirements between its title and a copy's record row)
        cands = [i for i in range(max(first, pub - 6), pub)
                 if not _LIST_ITEM_LEAD.match(lines[i].text) and title_like(lines[i].text)][-3:]
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
        # a document site's record of the copy (VIP文档, 积分：37) belongs to the info block
        if not s or pub_items(s) or is_control_line(s) or is_web_dateline(s) or is_doc_meta_line(s):
            continue
        return i if title_like(s) else None
    return None
