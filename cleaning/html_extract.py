"""Main-content extraction: find the article block of a Chinese web page and render it.

The page is parsed with lxml (the parser beautifulsoup4 would use, without its Python tree:
bs4 alone costs ~25 ms per real page here, lxml ~1 ms). Then:

1. **H101** drop non-text elements (script, style, forms' controls, iframes…) and
   **H102** hidden ones (``display:none``, ``hidden``);
2. **H103** drop page furniture by tag (nav, aside, footer, a header without the title) and
   **H104** by class/id naming chrome on Chinese sites (crumb, dqwz 当前位置, footer,
   bottom, copyright, share, print, xgwz 相关文章, pages, comment …). Neither removes an
   element that holds a large share of the page's prose, so a misnamed wrapper is safe;
3. score every block: text with sentence punctuation (，。！？；、) counts for it, link text
   and short unpunctuated text (menus, labels) against it; a block's score is the sum over
   its descendants and the article is the block with the highest score (**H105** is
   everything outside it);
4. inside the article, **H106** drop link lists (related articles, tag clouds);
5. render one paragraph per line and **H107** trim furniture lines at the edges (the
   info line under the title, 责任编辑, 【打印】【关闭】, 上一篇/下一篇, disclaimers).

Every step counts what it removed (elements and characters per H-code) so the record
explains the extraction; the audit trail only covers the text rules that run afterwards.
All walks are iterative: lxml trees can be thousands of levels deep.
"""
from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html

H_CODES = {
    "H101": "non-text element (script, style, form control, iframe, media)",
    "H102": "hidden element (display:none, hidden attribute)",
    "H103": "page furniture by tag (nav, aside, footer, header without the title)",
    "H104": "page furniture by class/id (crumb, footer, share, print, related, comment …)",
    "H105": "text outside the chosen article block",
    "H106": "link list inside the article block",
    "H107": "furniture line at the article's edge (info line, editor, print/close, prev/next)",
}

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody td "
    "tfoot th thead tr ul caption".split()
)
# Blocks that can be the article container.
CONTAINER_TAGS = frozenset("article body center div main section td table tbody blockquote form dd li font span".split())
DROP_TAGS = frozenset(
    "script style noscript template iframe frame frameset svg canvas object embed applet map audio video source "
    "track input select textarea button option optgroup datalist link meta head title base param math".split()
)
FURNITURE_TAGS = frozenset(("nav", "aside", "footer", "menu", "header"))
PARAGRAPH_PUNCT = "，。！？；、,;!?"

# Substrings of class/id that name furniture wherever they appear ("bdsharebuttonbox").
_CHROME_SUBSTRINGS = re.compile(
    "breadcrumb|crumb|dqwz|weizhi|mianbao|currentpos|curpos|copyright|banquan|bdshare|jiathis|share|fenxiang|"
    "comment|pinglun|reply|xgwz|xgxw|xglj|xiangguan|related|relate|recommend|tuijian|sidebar|pagination|paging|"
    "pager|fanye|qrcode|erweima|toolbar|print|dayin|gotop|backtop|totop|friendlink|yqlj|youqing|advert|guanggao|"
    "login|denglu|subscribe|footer|navbar|navigation|topbar|menu|dingbu|dibu|hotnews|paihang|prevnext|prenext|"
    "shangxia|disclaimer|searchbox|search-box|sousuo|wxfollow|gongzhonghao|weixin|wechat-code"
)
# Whole tokens of class/id that name furniture only as a word ("foot", not "football").
_CHROME_TOKENS = frozenset(
    "foot bottom top head header side left right pages page tool tools tag tags hot more link links pos position "
    "location nav ad ads banner search logo rank ewm sxp share wx follow".split()
)
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)

#: Never prune (by tag or class) an element that holds more than this share of the page's prose.
MAX_PRUNED_PROSE_SHARE = 0.3
#: A block named like furniture by a weak word (``right``, ``bottom``) is kept from this much prose on.
WEAK_NAME_MAX_PROSE = 200
MAX_DEPTH = 200
#: A block named as the page footer is furniture even when the article is shorter than it,
#: up to this much prose.
MAX_FOOTER_PROSE = 600
#: A hidden element with more prose than this (and few links) is folded article text.
HIDDEN_MAX_PROSE = 150
_SECONDARY_NAME = re.compile(r"comment|pinglun|reply|related|relate|recommend|tuijian|xgwz|xgxw|hotnews|paihang")
_FOOTER_NAME = re.compile(r"footer|copyright|banquan|dibu|(?:^|[^a-z])(?:foot|bottom)(?:$|[^a-z])")


@dataclass
class Extraction:
    lines: list[str]
    block_path: str
    pruned: dict[str, dict[str, int]] = field(default_factory=dict)
    edge_lines: list[str] = field(default_factory=list)
    flattened: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


# ---------------------------------------------------------------------------------------------
# Parsing


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_EARLY_CLOSE = re.compile(r"</(?:html|body)\s*>", re.I)
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def flatten_deep(html: str, limit: int = MAX_DEPTH) -> str:
    """Remove tags nested deeper than ``limit``; block tags become ``<br>`` so the text
    keeps its line breaks. libxml2 stops parsing at depth 256 and loses the rest of the page."""
    out: list[str] = []
    pos = depth = 0
    for m in _ANY_TAG.finditer(html):
        closing, name, selfclose = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or selfclose:
            continue
        if closing:
            depth = max(0, depth - 1)
            drop = depth >= limit
        else:
            drop = depth >= limit
            depth += 1
        if drop:
            out.append(html[pos:m.start()])
            out.append("<br>" if name in BLOCK_TAGS else "")
            pos = m.end()
    out.append(html[pos:])
    return "".join(out)


def parse(html: str) -> tuple[Any, bool]:
    """The document element, and whether the page had to be flattened to parse whole."""
    html = _XML_DECL.sub("", html, count=1)
    # A stray </html> or </body> from an included template ends libxml2's parse there and
    # the article after it is lost (www.gov.cn pages); the parser closes both at the end anyway.
    html = _EARLY_CLOSE.sub("", html)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    root = lxml.html.document_fromstring(html, parser=parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
        return lxml.html.document_fromstring(flatten_deep(html), parser=parser), True
    return root, False


# ---------------------------------------------------------------------------------------------
# Measuring


def _chars(s: str) -> int:
    # str.split() drops every Unicode space (NBSP, U+3000 included) and is much faster
    # than translate() on the short strings of a page
    return len("".join(s.split())) - s.count("\u200b")


def _punct(s: str) -> int:
    # ". " ends English sentences; a bare "." is more often a number or a domain
    return sum(map(s.count, PARAGRAPH_PUNCT)) + s.count(". ") + s.endswith(".")


class _Measure:
    """Per-element totals over its subtree: characters, link characters, prose characters
    and the block score, computed in two linear passes (pre-order, then reversed)."""

    __slots__ = ("order", "chars", "links", "prose", "score", "anchors")

    def __init__(self, top: Any):
        order = [el for el in top.iter() if isinstance(el.tag, str)]
        owner: dict[Any, Any] = {}
        in_link: dict[Any, bool] = {}
        # own[block] = [chars, link chars, punctuation]
        own: dict[Any, list[int]] = {}
        for el in order:
            parent = el.getparent()
            tag = el.tag
            blk = el if (tag in BLOCK_TAGS or el is top) else owner.get(parent, top)
            link = tag == "a" or in_link.get(parent, False)
            owner[el] = blk
            in_link[el] = link
            if el.text:
                _add(own, blk, el.text, link)
            if el is not top and el.tail and parent is not None:
                _add(own, owner.get(parent, top), el.tail, in_link.get(parent, False))
        chars: dict[Any, int] = {}
        links: dict[Any, int] = {}
        prose: dict[Any, int] = {}
        score: dict[Any, float] = {}
        anchors: dict[Any, int] = {}
        for el in order:
            o = own.get(el)
            if o is None:
                chars[el] = links[el] = prose[el] = anchors[el] = 0
                score[el] = 0.0
            else:
                c, l, p = o
                good = _prose_chars(c - l, p)
                chars[el], links[el], prose[el] = c, l, good
                # prose in a block that is largely links is a teaser (headline + summary)
                density = l / c if c else 0.0
                score[el] = good * (1.0 - density) ** 2 - l - (0.5 * (c - l) if not good else 0.0)
                anchors[el] = 0
            if el.tag == "a":
                anchors[el] = 1
        for el in reversed(order):
            if el is top:
                continue
            parent = el.getparent()
            if parent is None or parent not in chars:
                continue
            chars[parent] += chars[el]
            links[parent] += links[el] if el.tag != "a" else max(links[el], chars[el])
            prose[parent] += prose[el]
            score[parent] += score[el]
            anchors[parent] += anchors[el]
        # an <a>'s own link total is its whole text
        for el in order:
            if el.tag == "a":
                links[el] = chars[el]
        self.order, self.chars, self.links, self.prose, self.score, self.anchors = (
            order, chars, links, prose, score, anchors)


    def forget(self, el: Any, top: Any) -> None:
        """Take a subtree that is about to be removed out of its ancestors' totals
        (cheaper than measuring the page again)."""
        c, l, p, s, a = self.chars[el], self.links[el], self.prose[el], self.score[el], self.anchors[el]
        node = el.getparent()
        while node is not None:
            if node in self.chars:
                self.chars[node] -= c
                self.links[node] -= l
                self.prose[node] -= p
                self.score[node] -= s
                self.anchors[node] -= a
            if node is top:
                break
            node = node.getparent()


def _add(own: dict[Any, list[int]], blk: Any, text: str, link: bool) -> None:
    c = _chars(text)
    if not c:
        return
    o = own.get(blk)
    if o is None:
        o = own[blk] = [0, 0, 0]
    o[0] += c
    if link:
        o[1] += c
    else:
        o[2] += _punct(text)


#: Running text has at least one comma or full stop per this many characters; a longer
#: unpunctuated run is a keyword dump or a link strip, not prose.
MAX_CHARS_PER_PUNCT = 150


def _prose_chars(c: int, p: int) -> int:
    """Characters of a block that read as running text: punctuated, and not too sparsely."""
    if c >= 10 and p >= 1 and c <= MAX_CHARS_PER_PUNCT * p:
        return c
    return 0


# ---------------------------------------------------------------------------------------------
# Pruning


def _count(pruned: dict[str, dict[str, int]], code: str, chars: int) -> None:
    entry = pruned.setdefault(code, {"elements": 0, "chars": 0})
    entry["elements"] += 1
    entry["chars"] += chars


def _remove(el: Any) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _names(el: Any) -> str:
    return " ".join(v for v in (el.get("class"), el.get("id")) if v).lower()


def chrome_name(el: Any) -> str | None:
    """``"strong"`` or ``"weak"`` when the element's class/id names page furniture."""
    names = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    if not names:
        return None
    lowered = names.lower()
    if _CHROME_SUBSTRINGS.search(lowered):
        return "strong"
    tokens = set(_TOKEN_SPLIT.split(_CAMEL.sub("-", names).lower()))
    if tokens & _CHROME_TOKENS:
        return "weak"
    return None


_RAW_TEXT_TAGS = frozenset("script style template iframe frame frameset svg math canvas map audio video head title "
                           "meta link base param source track".split())


def drop_non_text(root: Any, pruned: dict[str, dict[str, int]]) -> None:
    """H101: elements that never hold article text.

    A form control or ``<noscript>``/``<object>`` that holds a lot of text is unwrapped
    rather than removed: a ``<button … />`` written as self-closing is not closed by HTML
    parsers and swallows the rest of the page (as on www.gov.cn's templates).
    """
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and el.tag in DROP_TAGS]
    for el in doomed:
        if el.tag in _RAW_TEXT_TAGS:
            chars = 0 if el.tag in ("head", "meta", "link", "title") else len((el.text or "").strip())
            _count(pruned, "H101", chars)
            _remove(el)
            continue
        if len(el) and _chars(el.text_content()) > 100:
            el.drop_tag()
            continue
        _count(pruned, "H101", _chars(el.text_content()))
        _remove(el)


def prune_furniture(top: Any, m: _Measure, title: str | None, pruned: dict[str, dict[str, int]]) -> int:
    """H102–H104; returns how many elements were removed."""
    total_prose = max(1, m.prose.get(top, 0))
    doomed: list[tuple[Any, str]] = []
    skip_under: set[Any] = set()
    for el in m.order:
        if el is top:
            continue
        parent = el.getparent()
        if parent in skip_under:
            skip_under.add(el)
            continue
        code = _furniture_code(el, m, total_prose, title)
        if code:
            doomed.append((el, code))
            skip_under.add(el)
    for el, code in doomed:
        _count(pruned, code, m.chars.get(el, 0))
        m.forget(el, top)
        _remove(el)
    if doomed:
        m.order = [el for el in m.order if el not in skip_under]
    return len(doomed)


def _furniture_code(el: Any, m: _Measure, total_prose: int, title: str | None) -> str | None:
    prose = m.prose.get(el, 0)
    if prose > MAX_PRUNED_PROSE_SHARE * total_prose and prose > 50 and not (
            prose < MAX_FOOTER_PROSE and _FOOTER_NAME.search(_names(el))) and not _secondary(el, title):
        return None
    if el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""):
        # popups, login boxes and share panels are hidden; so is the folded rest of a long
        # article ("展开全文"), which is prose with few links and stays
        if prose < HIDDEN_MAX_PROSE or m.links.get(el, 0) > 0.3 * m.chars.get(el, 0):
            return "H102"
    tag = el.tag
    if tag in FURNITURE_TAGS:
        if tag == "header" and _holds_title(el, title):
            return None
        return "H103"
    kind = chrome_name(el)
    if kind == "strong" or (kind == "weak" and prose < WEAK_NAME_MAX_PROSE):
        if title and _holds_title(el, title):
            return None
        return "H104"
    return None


def _secondary(el: Any, title: str | None) -> bool:
    """Comments and related-article boxes hold prose too, often more than a short article;
    named so, and without the article's title heading, they go whatever their size."""
    return bool(title) and bool(_SECONDARY_NAME.search(_names(el))) and not _holds_title(el, title)


def _holds_title(el: Any, title: str | None) -> bool:
    if not title:
        return False
    for h in el.iter("h1", "h2", "h3"):
        if title[:12] in _squash(h.text_content()):
            return True
    return False


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------------------------------------
# Choosing the article block


#: A descendant of the best-scoring block that keeps this share of its prose is preferred:
#: the extra text of the wider block is a teaser, a caption strip or an info line.
FOCUS_PROSE_SHARE = 0.93
TEASER_FOCUS_SHARE = 0.67
TEASER_LINK_SHARE = 0.2


def choose_block(top: Any, m: _Measure) -> Any:
    """The container with the highest score, narrowed to its smallest descendant that
    still holds :data:`FOCUS_PROSE_SHARE` of its prose; the page body when nothing scores."""
    best, best_score = top, max(0.0, m.score.get(top, 0.0))
    for el in m.order:
        if el.tag in CONTAINER_TAGS:
            s = m.score[el]
            if s > best_score:
                best, best_score = el, s
    # nothing reads as prose (a page of short lines): keep the whole page rather than
    # an empty block that happens to score zero
    total = m.prose.get(best, 0)
    if total <= 0:
        return best
    focused = best
    for el in best.iter():
        if el is best or not isinstance(el.tag, str) or el.tag not in CONTAINER_TAGS:
            continue
        if m.chars[el] <= m.chars[focused] and _keeps_the_article(el, best, m, total):
            focused = el
    return focused


def _keeps_the_article(el: Any, best: Any, m: _Measure, total: int) -> bool:
    prose = m.prose.get(el, 0)
    if prose >= FOCUS_PROSE_SHARE * total:
        return True
    # leaving out up to a third of the prose is right when what is left out is link-heavy:
    # a "next article" teaser, a list of headlines with summaries
    outside_chars = m.chars[best] - m.chars[el]
    outside_links = m.links[best] - m.links[el]
    return prose >= TEASER_FOCUS_SHARE * total and outside_links >= TEASER_LINK_SHARE * outside_chars


def prune_link_lists(block: Any, m: _Measure, pruned: dict[str, dict[str, int]]) -> None:
    """H106: lists of links inside the article (related articles, tags, pagers)."""
    doomed = []
    skip: set[Any] = set()
    for el in block.iter():
        if not isinstance(el.tag, str) or el is block:
            continue
        if el.getparent() in skip:
            skip.add(el)
            continue
        if el.tag not in BLOCK_TAGS:
            continue
        c = m.chars.get(el, 0)
        if c >= 4 and m.anchors.get(el, 0) >= 2 and m.links.get(el, 0) >= 0.6 * c:
            doomed.append(el)
            skip.add(el)
    for el in doomed:
        _count(pruned, "H106", m.chars.get(el, 0))
        _remove(el)


def element_path(el: Any) -> str:
    """``/html/body/div[3]/div[2]`` plus ``#id``/``.class`` of the element itself."""
    parts = []
    node = el
    while node is not None and isinstance(node.tag, str):
        parent = node.getparent()
        if parent is None:
            parts.append(node.tag)
            break
        same = [s for s in parent if s.tag == node.tag]
        parts.append(f"{node.tag}[{same.index(node) + 1}]" if len(same) > 1 else node.tag)
        node = parent
    path = "/" + "/".join(reversed(parts))
    if el.get("id"):
        path += "#" + el.get("id").strip()
    elif el.get("class"):
        path += "." + ".".join(el.get("class").split())
    return path


# ---------------------------------------------------------------------------------------------
# Rendering

_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_BREAK_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]*[\r\n][\s]*(?=[{_CJK}])")
_WS_RUN = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_LEFTOVER_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
_LINE_STRIP = " \t\u00a0\u3000\u200b\ufeff"


def _inline(s: str) -> str:
    if "\n" in s or "\r" in s:
        s = _BREAK_BETWEEN_CJK.sub("", s)
    return _WS_RUN.sub(" ", s)


def render(block: Any) -> list[str]:
    """Text of ``block``, one paragraph per line; ``<br>`` and block tags break lines."""
    out: list[str] = []
    stack: list[tuple[Any, bool]] = [(block, False)]
    in_pre = 0
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if closing:
            if tag == "pre":
                in_pre -= 1
            if tag in BLOCK_TAGS:
                out.append("\n")
            elif tag in ("td", "th"):
                out.append(" ")
            if el is not block and el.tail:
                out.append(el.tail if in_pre else _inline(el.tail))
            continue
        if tag == "br":
            out.append("\n")
            if el.tail:
                out.append(el.tail if in_pre else _inline(el.tail))
            continue
        if tag in BLOCK_TAGS:
            out.append("\n")
        if tag == "pre":
            in_pre += 1
        if tag and el.text:
            out.append(el.text if in_pre else _inline(el.text))
        stack.append((el, True))
        # list() first: reversed() on an lxml element indexes children one by one, which
        # is quadratic on a parent with 100,000 paragraphs
        stack.extend((child, False) for child in reversed(list(el)))
    lines = []
    for line in "".join(out).split("\n"):
        if "&" in line:
            line = _LEFTOVER_ENTITY.sub(lambda mm: htmllib.unescape(mm.group(0)), line).replace("\u00a0", " ")
        line = line.strip(_LINE_STRIP)
        if line:
            lines.append(line)
    return lines


# ---------------------------------------------------------------------------------------------
# Edge lines

_SENTENCE_END = re.compile(r"[。！？!?]")
#: Labels of an info line; each must be followed by a colon, so 发布会现场 or 时间过得真快 are not labels.
_INFO_LABELS = (
    "发布时间|发布日期|发表时间|发表日期|更新时间|更新日期|发布者|发布人|发布机构|发文机关|成文日期|信息来源|文章来源|"
    "来源|稿源|出处|作者|文|编辑|责任编辑|责编|浏览次数|浏览量|阅读次数|阅读量|阅读|浏览|点击数|点击量|点击|访问量|"
    "访问次数|字号|字体|时间|日期|索引号|主题分类|所属栏目|栏目|当前位置|您的位置|您现在的位置|你的位置|你现在的位置|"
    "所在位置|位置|分享到|分享"
)
_HEAD_CHROME = re.compile(
    rf"^(?:[【\[]?\s*(?:{_INFO_LABELS})\s*[:：]|"
    r"[【\[]?\s*(?:打印|收藏|视力保护色|放大|缩小|默认|当前位置|您的位置|您现在的位置|分享到|点击(?:进入|查看|阅读|这里|关注))|"
    r".*(?:发布时间|发布日期|来源[:：]|浏览次数|阅读次数|点击数|点击量|访问量|浏览量|阅读量|字号[:：]|【打印|打印本页|"
    r"当前位置[:：])|"
    # a channel badge alone on its line above the article
    r"[【\[]?(?:图集|组图|视频|音频|原创|独家|置顶|专稿)[】\]]?$)"
)
_A_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
#: What an info line holds besides its date: labels, a source or author name, separators.
MAX_INFO_LINE_REST = 24
_TAIL_CHROME = re.compile(
    r"^(?:[【\[（(]?\s*(?:责任编辑|编辑|责编|主编|审核|审校|审稿|校对|初审|复审|终审|签发|监制|来源|稿源|信息来源|"
    r"打印|关闭|分享|收藏|上一篇|下一篇|上一条|下一条|返回|扫一扫|微信扫|相关|推荐|延伸阅读|点击|浏览|阅读|字号|纠错|"
    r"我要纠错|免责声明|特别声明|版权声明|本站声明|声明|顶部|TOP|网友评论|评论(?!员)|跟帖|热门|关键词|标签|暂无评论|请先说点什么|"
    r"正文已结束|扫码|扫描二维码|长按二维码|识别二维码|关注我们|请关注|更多猛料|违法和不良信息举报|举报电话|客服电话|"
    r"Copyright|copyright|©)|.*打印本页|.*关闭窗口|.*公众号$|.*二维码|.*郑重声明|"
    r".*未经.{0,12}(?:许可|授权|同意).{0,8}(?:转载|复制|使用)|.*版权所有|.*返回.{0,6}首页)"
)
_HAN = re.compile(r"[\u3400-\u9fff]")
_DATE_ONLY = re.compile(r"^[\d\s年月日:：/.\-]+$")


#: A heading that opens the related-content area after an article: everything from it on goes.
_RELATED_HEADER = re.compile(
    r"^[【\[《<「]?\s*(?:推荐阅读|相关阅读|相关新闻|相关文章|相关推荐|相关报道|相关稿件|相关链接|相关资讯|延伸阅读|扩展阅读|"
    r"猜你喜欢|为你推荐|为您推荐|热门推荐|精彩推荐|热点推荐|今日推荐|编辑推荐|阅读下一篇|下一篇|更多精彩|更多阅读|"
    r"您可能感兴趣的文章|你可能感兴趣|您可能还喜欢|大家都在看|热门文章|最新文章|热门阅读|热门新闻|最新评论|热门评论|"
    r"网友评论|我要评论|发表评论|评论|跟帖|往期回顾|往期推荐)\s*[】\]》>」:：]?\s*(?:[>＞»]+|更多\s*[>＞»]*)?$"
)
#: The editor's line closes a news article; what follows it is the site's.
_EDITOR_LINE = re.compile(r"^[【\[（(]?\s*(?:责任编辑|责编|编辑|值班编辑|网站编辑)\s*[:：]")
#: Share of the article's prose that must come before a related-content heading for the cut.
RELATED_CUT_MIN_SHARE = 0.6
#: …or at least this many characters of it.
RELATED_CUT_MIN_CHARS = 150


def trim_edges(lines: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """Cut furniture lines before the title/body and after the last body paragraph."""
    removed: list[str] = []
    start = 0
    if title:
        key = _squash(title)
        lines = _join_split_title(lines, key)
        for i, line in enumerate(lines[:12]):
            sq = _squash(line)
            if sq and (sq == key or (len(key) >= 6 and sq.startswith(key) and len(sq) <= len(key) + 20)):
                if all(not _is_prose(x) for x in lines[:i]):
                    removed.extend(lines[:i])
                    start = i
                break
    lines = lines[start:]
    # the info line(s) right after the title, or at the very top; an author or column name
    # of a few characters may stand between the title and the info line
    first = 1 if (title and lines and _squash(lines[0]).startswith(_squash(title)[:8])) else 0
    last_info = -1
    for i in range(first, min(len(lines), first + 6)):
        if _is_head_chrome(lines[i]):
            last_info = i
        elif len(lines[i]) > 30 or _is_prose(lines[i]):
            break
    if last_info >= 0:
        removed.extend(lines[first:last_info + 1])
        lines = lines[:first] + lines[last_info + 1:]
    lines = _cut_related(lines, removed)
    end = len(lines)
    while end > 1 and _is_tail_chrome(lines[end - 1]):
        end -= 1
        removed.append(lines[end])
    return lines[:end], removed


def _join_split_title(lines: list[str], key: str) -> list[str]:
    """A title broken over lines by ``<br>`` (common in government documents) becomes one line."""
    for i in range(min(len(lines), 12)):
        if not key.startswith(_squash(lines[i])[:4]):
            continue
        joined = ""
        for k in range(i, min(len(lines), i + 5)):
            joined += _squash(lines[k])
            if joined == key and k > i:
                return lines[:i] + ["".join(lines[i:k + 1])] + lines[k + 1:]
            if not key.startswith(joined):
                break
    return lines


def _cut_related(lines: list[str], removed: list[str]) -> list[str]:
    total = sum(len(x) for x in lines if _is_prose(x))
    if not total:
        return lines
    before = 0
    for i, line in enumerate(lines):
        marker = (len(line) <= 20 and _RELATED_HEADER.match(line)) or (len(line) <= 40 and _EDITOR_LINE.match(line))
        if i > 0 and marker and before >= min(RELATED_CUT_MIN_SHARE * total, RELATED_CUT_MIN_CHARS) \
                and before >= RELATED_CUT_MIN_SHARE * total * (0 if not _EDITOR_LINE.match(line) else 1):
            removed.extend(lines[i:])
            return lines[:i]
        if _is_prose(line):
            before += len(line)
    return lines


def _is_prose(line: str) -> bool:
    return bool(_SENTENCE_END.search(line)) or len(line) > 60


def _is_head_chrome(line: str) -> bool:
    if len(line) > 120 or _SENTENCE_END.search(line):
        return False
    if _HEAD_CHROME.match(line) or _DATE_ONLY.match(line):
        return True
    # a date with a few words around it (``2019-09-24 09:10 澎湃新闻``), not a sentence
    # that mentions a date (``（2007年6月29日第十届全国人大常委会第二十八次会议通过）``)
    if line[:1] in "（(" or not _A_DATE.search(line):
        return False
    return len(_A_DATE.sub("", line).strip(" |｜/·\t\u3000")) <= MAX_INFO_LINE_REST


def _is_tail_chrome(line: str) -> bool:
    if len(line) > 300:
        return False
    if len(line) <= 12 and not _HAN.search(line):
        return True  # "+1", "×", "TOP", ">>": buttons and counters
    if _DATE_ONLY.match(line):
        # 2023年5月12日 under a notice is its signature date (落款), part of the document
        return "年" not in line
    if not _TAIL_CHROME.match(line):
        return False
    disclaimer = "声明" in line[:8] or "未经" in line or "版权所有" in line
    if _SENTENCE_END.search(line) and not disclaimer:
        return False
    # a closing sentence that happens to start with 相关/推荐/返回 is body text
    return len(line) <= 40 or "声明" in line[:8] or "未经" in line or "版权所有" in line


__all__ = ["Extraction", "H_CODES", "parse", "flatten_deep", "render", "trim_edges", "chrome_name",
           "element_path", "choose_block", "drop_non_text", "prune_furniture", "prune_link_lists"]
