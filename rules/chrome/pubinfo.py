"""C102: publication-info lines (发布日期 / 来源 / 作者 / 浏览次数 / 编辑 …) and the title."""
from __future__ import annotations

import re
from typing import Any, Sequence

from zhclean.dates import parse_date
from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from .._text import Line
from .._view import AsIs, NonBlank, View, deletions_union, laid_out_lines, laid_out_view
from ._fold import fold
from ._kinds import (
    MAX_INFO_LINE,
    footer_item,
    has_strong_pub_label,
    is_dateline,
    is_control_line,
    is_footer_marker,
    is_web_dateline,
    pub_items,
)
from ._page import Page, make_page, zones
from ._pub_line import (MAX_CREDIT, _BYLINE_FROM, _DATED_START, _NUMBERED, _TRAILING_CREDIT, _TRAILING_NAMES_THEN_ROLE,
                        _clean_value, _colon_spaced_credits, _label_kind, is_credit_line, parse_pub_line, role_first)
from ._titles import find_title, title_like
from .vocab import PREV_NEXT_WORDS


# 责任编辑：张三 is a news CMS's line wherever it stands (a page may hold several
# articles, each closed by its editor); 编辑 / 审核 alone may be a masthead's.
_WEB_EDITOR_LINE = re.compile(r"^\s*[（(【\[]?\s*(?:责任编辑|责编|值班编辑|网络编辑|本文编辑)\s*[:：]\s*[^\s：:，。]{1,20}\s*[）)】\]]?\s*$")


# ``上一篇：标题`` / ``下一篇``: a pager link, never a paragraph of the body.
_PREV_NEXT_LINE = re.compile(
    r"^\s*[【\[]?(?:" + "|".join(sorted(PREV_NEXT_WORDS, key=len, reverse=True)) + r")[】\]]?\s*(?:[:：].{0,80})?$")


# The line that closes a news article under its last paragraph: the source in brackets
# (（金羊网）, （证券时报网快讯中心）, 【来源：新华社】), 据《中国青年报》, or the wire's end mark （完）.
_SOURCE_ORG = (r"[\u4e00-\u9fffA-Za-z·]{1,14}?(?:网|报|社|台|中心|新闻|在线|频道|杂志|周刊|客户端|"
               r"新闻网|电视台|广播电台|通讯社)")
_CLOSING_SOURCE = re.compile(
    rf"^[（(【\[]\s*(?:(?:来源|稿源|消息来源|据)\s*[:：]?\s*)?《?(?P<org>{_SOURCE_ORG})》?\s*[)）】\]]$"
    rf"|^据\s*《(?P<paper>[^》]{{2,14}})》\s*(?:报道|消息)?\s*[。.]?$"
    r"|^[（(]\s*完\s*[)）]$")


def _closing_source(lines: Sequence[Line], body: Sequence[bool], done: set[int]) -> tuple[int, str] | None:
    """The line right under a page's last body paragraph when it closes the article with
    its source or the end mark: ``(index, source)`` (the source empty for （完）), or ``None``.

    >>> from ._page import split_lines
    >>> ls = split_lines("据介绍，全市今年共建成职工书屋三百余家，覆盖一线职工十万余人，受到职工普遍欢迎。\\n（金羊网）\\n")
    >>> _closing_source(ls, [True, False], set())
    (1, '金羊网')
    """
    last = next((i for i in range(len(body) - 1, -1, -1) if body[i]), None)
    if last is None:
        return None
    nxt = next((i for i in range(last + 1, len(lines)) if lines[i].text.strip()), None)
    if nxt is None or nxt in done:
        return None
    m = _CLOSING_SOURCE.match(fold(lines[nxt].text.strip()))
    if m is None:
        return None
    return nxt, (m.group("org") or m.group("paper") or "")


MIN_NAME_CHARS = 2  # letters or Han characters under which a name under its label is short


def _continued(lines: Sequence[Line], j: int, short: bool) -> bool:
    """Line ``j``, a ``short`` line (one letter), is the start of a title hard-wrapped onto
    the next line (关 / 于开展…的通知). Lines L101 joins are one line of the view already."""
    if not short:
        return False
    nxt = next((ln.text.strip() for ln in lines[j + 1:] if ln.text.strip()), None)
    return nxt is not None and title_like(lines[j].text.strip() + nxt)


TITLE_PAST_FOOTER = 8  # how far below a line taken for the title the next title is looked for


def _title_past_footer_line(lines: Sequence[Line], title: int | None) -> int | None:
    """The title as a second pass finds it: the first title-like line past a footer item
    taken for it (版权所有, C201's), or with no title past a first line this rule takes.

    >>> from ._page import split_lines
    >>> _title_past_footer_line(split_lines("版权所有:嵊州市总工会\\n市总工会召开全委会议\\n2019-10-25\\n"), 0)
    1
    >>> _title_past_footer_line(split_lines("责任编辑：张三\\n市总工会召开全委会议\\n2019-10-25\\n"), None)
    1
    """
    if title is None:
        first = next((i for i, ln in enumerate(lines) if ln.text.strip()), None)
        if first is None or parse_pub_line(lines[first].text) is None or not has_strong_pub_label(lines[first].text):
            return None
        title = first
    elif footer_item(lines[title].text) != "site":
        return title
    for k in range(title + 1, min(len(lines), title + 1 + TITLE_PAST_FOOTER)):
        s = lines[k].text.strip()
        if s and not is_control_line(s):
            return k if title_like(s) else None
    return None


def _is_tail_chrome(text: str) -> bool:
    """A pager link, an official QR-code line or a site-footer item: lines of the tail that
    a hard-wrapped page may count as prose fragments, so that the body seems to run on
    through them."""
    t = fold(text.strip())
    return bool(_PREV_NEXT_LINE.match(t) or is_footer_marker(t) or footer_item(t))


def tail_start_before_chrome(lines: Sequence[Line], body: Sequence[bool], head_end: int, tail_start: int) -> int:
    """Where the tail starts once the chrome counted as body just above it is passed over.

    On a hard-wrapped page ``上一篇：…`` / ``下一篇：…`` and ``…官方二维码`` read as three
    prose fragments in a row, so the body seemed to end after them and a credit line above
    them stood "between paragraphs"; once the later rules took them, a second pass found
    the credit in the tail and removed it then (c20 ``zh5-0000167``).

    >>> from zhclean.rules.chrome._page import split_lines
    >>> wrapped = "工会干部必须以职工为本,牢固树立服务职工的理念\\n" * 3
    >>> page = split_lines(wrapped + "编辑：张三\\n上一篇：提高自身素质,塑造工会干部新形象\\n下一篇：机关工会科学开展心得体会\\n本市人力资源和社会保障局官方二维码")
    >>> zones(page).tail_start, tail_start_before_chrome(page, [False] * 7, 0, 7)
    (7, 3)
    """
    i = tail_start
    while i > head_end and (not lines[i - 1].text.strip() or _is_tail_chrome(lines[i - 1].text)):
        i -= 1
    if i == tail_start:
        return tail_start
    # the body ends where it ends on the page without those lines: the last paragraph, or
    # the last run of prose fragments, above them
    return max(head_end, zones(lines[:i], body[:i]).tail_start)


#: The words a credit may close in the tail's first line: a few links (微博推荐 | 今日微博热点).
MAX_CREDITED_LINKS = 24
_CLAUSE_MARK = re.compile(r"[，。！？；,;!?：:]")
_EDITOR_ROLE = re.compile(r"编辑|責任編輯|編輯|责编|責編|审核|校对|审校|签发")
#: The header fields of an official document (公文): its own, not a site's publication info,
#: so a line that holds one (签发人：张三　紧急程度：特急) stays whatever else it holds.
_DOCUMENT_FIELD = re.compile(r"紧急程度|缓急程度|密级|保密期限|份号")


class PublicationInfo(Rule):
    """Remove publication-info lines and keep what they say in ``meta``; find the title.

    **What it does.** In the head and tail of a page (before the first and after the last
    body paragraph, passing over pager links, QR-code and footer lines that a hard-wrapped
    page counts as prose, so the first pass decides as a second would), deletes a line made only of labelled items — 发布日期 / 发布时间 /
    时间 / 日期, 来源 / 信息来源, 作者, 浏览次数 / 阅读量 / 点击数, 编辑 / 责任编辑 /
    审核 / 校对 / 签发 … — alone or several on one line, with full- or half-width colons,
    spaces inside labels, in 【】 / () brackets, or a site's dateline under the title
    (``2019-12-10 07:57:40``). A value broken onto the next line (``来源：`` /
    ``山西日报``) goes with its label; an editor's credit in brackets closing the last
    paragraph (``……高质量发展。（责任编辑：张三）``, ``（记者 钱七）``, ``（编辑 张颖）``, names
    before the role, ``（陈巍 编辑）``) is cut from it, and such a credit on a line of its own goes, or closing a few words of links
    under the last paragraph (``微博推荐 | 今日微博热点（编辑：SN034）``), with them;
    so does the line right under the last paragraph that closes the article with its source
    (``（金羊网）``, ``据《中国青年报》``, ``【来源：新华社】``) or the wire's end mark ``（完）``. A
    line of nothing but person credits (``作者：张三 编辑：李四``, ``供稿：城关镇工会``,
    ``撰稿 | 王五``, ``通讯员 赵六``) goes even with no other info beside it, and so does a
    reporter's byline with the place reported from on a line of its own anywhere in the page
    (``记者陈钧凯／台北报导``, read as ``记者：陈钧凯``). Sets
    ``published_at`` (ISO 8601), ``source``, ``author``, ``editor``, ``reviewer``,
    ``views`` and ``title`` (the line above the info line, or the first line after the
    header chrome).

    **Why.** The fields repeat on every page and are not the document; they are exactly
    what a corpus wants as metadata.

    **Leaves alone** sentences that mention the words (研究表明，该来源于群众的经验),
    lines that open like a label but read as a clause (``作者：是时代的记录者``,
    ``时间：就是生命，效率就是金钱``), notice lines such as ``时间：10月25日上午9时
    地点：三楼会议室`` unless they stand next to real publication info, and anything
    between body paragraphs except a news CMS's ``责任编辑：某某`` line.

    **Anti-pattern**::

        不忘初心,牢记使命 进一步提升新时期工会干部的综合素质
        发布日期:2019-10-25 17:09:02    来源:
        阅读量:
        按照市委“不忘初心·牢记使命”主题教育办主题党课活动要求，就全市工会系统学习贯彻党的十九大精神，谈几点体会。
        编辑:嵊州采编01   责任编辑:嵊州采编01

    **Best practice**::

        不忘初心,牢记使命 进一步提升新时期工会干部的综合素质
        按照市委“不忘初心·牢记使命”主题教育办主题党课活动要求，就全市工会系统学习贯彻党的十九大精神，谈几点体会。
    """

    code = "C102"
    name = "chrome.publication-info"
    summary = "发布日期/来源/作者/浏览次数/责任编辑 lines (kept in meta, with the title)"
    stage = Stage.CHROME

    # written_at is folded into published_at before the rule returns (not a closing credit's)
    writes = frozenset({"title", "published_at", "written_at", "source", "author", "editor", "reviewer", "views"})

    def apply(self, text: str, ctx: Context) -> RuleResult:
        raw = ctx.analysis(make_page, text)
        view = ctx.analysis(laid_out_view, text)
        pg = view.page(raw)  # lines L101 joins in the head or tail are one line
        edits, meta = self._judge(pg, view)
        if pg is not raw:  # and each line alone: chrome alone, it goes before L101 joins it
            alone, alone_meta = self._judge(raw, AsIs(raw))
            edits = deletions_union(edits + alone)
            for k, v in alone_meta.items():
                meta.setdefault(k, v)
        return RuleResult(edits=edits, meta=meta)

    def _judge(self, pg: Page, view: View | AsIs) -> tuple[list[Edit], dict[str, Any]]:
        # judged as L301/L302 leave them, as a second pass reads them (the body's paragraphs
        # as they are: no info line is that long)
        lines = laid_out_lines(pg.lines, range(pg.zones.head_end + 1, pg.zones.tail_start - 1), MAX_INFO_LINE)
        # the zones, the tail starting above pager or footer lines counted as body (as a second pass)
        z = pg.zones._replace(tail_start=tail_start_before_chrome(lines, pg.body, pg.zones.head_end, pg.zones.tail_start))
        nonblank = NonBlank(lines)
        meta: dict[str, Any] = {}
        # the title as the laid-out head reads it (o　首页 新闻 is a menu row, o 首页 新闻 a title)
        laid = any(lines[i] is not pg.lines[i] for i in range(min(len(lines), pg.zones.head_end + 1)))
        title = find_title(lines, pg.zones.head_end, None, pg.notices) if laid else pg.title()
        title = _title_past_footer_line(lines, title)
        if title is not None:
            meta["title"] = lines[title].text.strip()
        parsed: dict[int, dict[str, Any] | None] = {}
        for i, ln in enumerate(lines):
            s = ln.text
            # the body's lines first by their length and zone: a paragraph is never folded
            # (fold remembers no long line, so each would be translated on every version)
            if not s.strip() or not z.in_zone(i) and (
                    len(s) > MAX_INFO_LINE or not (_WEB_EDITOR_LINE.match(fold(s)) or _BYLINE_FROM.match(s))):
                continue
            if not _DOCUMENT_FIELD.search(fold(s)):
                parsed[i] = parse_pub_line(role_first(s) or s)
        # a label only publication info uses, or a date the line opens with (2018-01-15 |
        # 作者：…, or 28 09:13:04 记者：… where an extractor cut the date)
        strong = {i for i, f in parsed.items()
                  # (a label with a space for its colon counts as written: 新闻来源  胡军　责编  陈静)
                  if f is not None and (has_strong_pub_label(_colon_spaced_credits(lines[i].text) or lines[i].text)
                                        or _DATED_START.match(lines[i].text)
                                        or is_credit_line(role_first(lines[i].text) or lines[i].text))}
        edits = []
        done: set[int] = set()
        above = title  # the title, then each info line taken under it
        for i in sorted(parsed):
            fields = parsed[i]
            if i in done:
                continue
            under_title = above is not None and self._just_below(nonblank, above, i)
            if fields is None:
                if not (under_title and (is_web_dateline(lines[i].text)
                                         or (is_dateline(lines[i].text) and self._near(strong, i, nonblank)))):
                    continue
                fields = {"published_at": parse_date(lines[i].text)}
            elif i not in strong and not under_title and not self._near(strong, i, nonblank):
                continue  # 时间：/ 作者： alone: a notice's own line unless real info is next to it
            edits.append(view.delete(i))
            done.add(i)
            if under_title:
                above = i
            j = self._split_value(lines, i, parsed, title)
            if j is not None:
                kind, value = j[1], j[2]
                fields = {**fields}
                if kind == "views":
                    fields.setdefault("views", int(value))
                else:
                    fields.setdefault(kind, value)
                edits.append(view.delete(j[0]))
                done.add(j[0])
                if under_title:
                    above = j[0]
            for k, v in fields.items():
                if v is not None:
                    meta.setdefault(k, v)
        written = meta.pop("written_at", None)
        if written:
            meta.setdefault("published_at", written)
        closing = _closing_source(lines, pg.body, done)
        if closing is not None:
            edits.append(view.delete(closing[0]))
            done.add(closing[0])
            if closing[1]:
                meta.setdefault("source", closing[1])
        credit = (self._trailing_credit(pg.lines, z, done, view)  # its edit cuts inside the source line
                  or self._credited_tail_line(pg.lines, z, done, view))
        if credit is not None:
            edit, fields = credit
            edits.append(edit)
            for k, v in fields.items():
                meta.setdefault(k, v)
        return edits, meta

    @staticmethod
    def _trailing_credit(lines: Sequence[Line], z, done: set[int], view):
        """``……高质量发展。（责任编辑：张三）``: an editor's credit closing the last paragraph."""
        last = z.tail_start - 1
        if last < 0 or last in done or last >= len(lines):
            return None
        ln = view.source_line(last)
        if ln is None:
            return None  # pieces L101 joins: the cut is not one span of the source
        # the credit closes the line: look only at its end, however long the paragraph
        m = (_TRAILING_CREDIT.search(ln.text, max(0, len(ln.text) - MAX_CREDIT))
             or _TRAILING_NAMES_THEN_ROLE.search(ln.text, max(0, len(ln.text) - MAX_CREDIT)))
        if not m or m.start() == 0:
            return None
        fields = parse_pub_line(role_first(m.group(0)) or m.group(0)) or {}
        return Edit(ln.start + m.start(), ln.start + m.end(), ""), fields

    @staticmethod
    def _credited_tail_line(lines: Sequence[Line], z, done: set[int], view):
        """``微博推荐 | 今日微博热点（编辑：SN034）``: the first line under the last paragraph,
        a few words of links (no clause) closed by the editor's credit, goes whole."""
        i = z.tail_start
        while i < len(lines) and not lines[i].text.strip():
            i += 1
        if i >= len(lines) or i in done or z.tail_start == 0:
            return None
        text = lines[i].text
        m = _TRAILING_CREDIT.search(text, max(0, len(text) - MAX_CREDIT))
        rest = text[:m.start()].strip() if m else ""
        # (an editor's only: 图为活动现场（记者 张三 摄） is a caption and stays)
        if (not rest or len(rest) > MAX_CREDITED_LINKS or _CLAUSE_MARK.search(rest)
                or not _EDITOR_ROLE.search(m.group(0))):
            return None
        done.add(i)
        return view.delete(i), parse_pub_line(m.group(0)) or {}

    @staticmethod
    def _just_below(nonblank: NonBlank, above: int, i: int) -> bool:
        """No non-blank line between ``above`` and ``i``."""
        return i > above and nonblank.previous(i) <= above

    @staticmethod
    def _near(strong: set[int], i: int, nonblank: NonBlank) -> bool:
        """Another real info line within two non-blank lines."""
        return any(k in strong for k in nonblank.around(i, 2))

    @staticmethod
    def _split_value(lines: Sequence[Line], i: int, parsed, title: int | None) -> tuple[int, str, str] | None:
        """``来源：`` / ``山西日报``: the value of a trailing empty label on the next line
        (never the ``title``: 责任编辑： over “ / 职工之家”…, which L101 joins)."""
        items = pub_items(lines[i].text)
        if not items:
            return None
        label, _, label_end = items[-1]
        if _clean_value(lines[i].text[label_end:]):
            return None
        kind = _label_kind(re.sub(r"\s+", "", label))
        j = i + 1
        if j >= len(lines) or j == title or parsed.get(j) is not None:
            return None
        v = lines[j].text.strip()
        if not v or len(v) > 16 or _NUMBERED.match(v) or re.search(r"[。，！？：:；]", v):
            return None
        if kind == "views":
            return (j, "views", v) if v.isdigit() else None
        if kind in ("source", "author", "editor", "reviewer"):
            # a name has two letters at least, and is not the start of a hard-wrapped line
            # (责任编辑： / 关 / 于开展…的通知: the title's first character is no editor)
            if _continued(lines, j, short=len(re.findall(r"[\w\u4e00-\u9fff]", v)) < MIN_NAME_CHARS):
                return None
            return j, kind, v
        return None
