"""Parsing a page with lxml, and naming elements.

lxml is the parser beautifulsoup4 would use, without its Python tree: bs4 alone costs
~25 ms per real page here, lxml ~1 ms. All walks over the tree elsewhere are iterative:
lxml trees can be thousands of levels deep.
"""
from __future__ import annotations

import bisect
import re
from typing import Any

import lxml.html
from lxml import etree

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody td "
    "tfoot th thead tr ul caption".split()
)
MAX_DEPTH = 200

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


#: A start tag keeps this many attributes: libxml2 checks each new attribute against all the
#: tag's others, so 100,000 of them take minutes to parse (no page needs more than a few dozen).
MAX_ATTRIBUTES = 256
# Only a start tag this long can hold that many attributes: the cheap scan that finds them.
_LONG_TAG = re.compile(r"<[a-zA-Z][^<>]{%d,}>" % (MAX_ATTRIBUTES * 3))
_RAW_TEXT = re.compile(r"<(script|style|textarea|xmp)\b.*?</\1\s*>", re.I | re.S)
_ATTRIBUTE = re.compile(r"""\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")


def trim_attributes(html: str) -> tuple[str, int]:
    """``html`` with every start tag cut to :data:`MAX_ATTRIBUTES` attributes, and how many
    were dropped. The line breaks of what is dropped stay, so element line numbers (which
    the trail finds removed elements by) do not move."""
    dropped = 0
    out: list[str] = []
    pos = 0
    raw: list[tuple[int, int]] | None = None
    for m in _LONG_TAG.finditer(html):
        if raw is None:  # script and style text is not markup: "a<b ... c>d" in code is no tag
            raw = [r.span() for r in _RAW_TEXT.finditer(html)]
        i = bisect.bisect_right(raw, (m.start(), len(html))) - 1
        if i >= 0 and raw[i][0] <= m.start() < raw[i][1]:
            continue
        tag = m.group(0)
        attrs = list(_ATTRIBUTE.finditer(tag))
        if len(attrs) <= MAX_ATTRIBUTES:
            continue
        cut = attrs[MAX_ATTRIBUTES].start()
        dropped += len(attrs) - MAX_ATTRIBUTES
        out += [html[pos:m.start()], tag[:cut], "\n" * tag.count("\n", cut), ">"]
        pos = m.end()
    if not dropped:
        return html, 0
    out.append(html[pos:])
    return "".join(out), dropped


# A self-closed ``<style .../>`` or ``<script .../>``: HTML ignores the slash on these
# (their text runs to the end tag), libxml2 closes them there and the CSS or code after
# becomes page text.
_SELF_CLOSED_RAW = re.compile(r"<(style|script)\b[^<>]*?/\s*>", re.I)


def open_self_closed_raw_text(html: str) -> str:
    """``html`` with the slash of each self-closed ``<style/>``/``<script/>`` start tag
    turned into a space, as a browser reads it: ``<style />body { margin:0 }</style>``
    keeps the CSS inside the style element. Only when that element's end tag comes before
    its next start tag, so an unclosed ``<script src=".." />`` swallows nothing. Lengths
    and line breaks stay, so element positions and line numbers do not move."""
    if "/>" not in html:
        return html
    lower = ""
    end_tags: dict[str, int] = {}  # the next end tag found, reused: thousands of tags scan once
    out: list[str] = []
    pos = 0
    for m in _SELF_CLOSED_RAW.finditer(html):
        name = m.group(1).lower()
        lower = lower or html.lower()
        end = end_tags.get(name)
        if end is None or 0 <= end < m.end():  # none found yet, or the one found is behind us
            end = end_tags[name] = lower.find("</" + name, m.end())
        following = lower.find("<" + name, m.end())
        if end < 0 or 0 <= following < end:
            continue
        slash = html.rindex("/", m.start(), m.end())
        out += [html[pos:slash], " "]
        pos = slash + 1
    if not out:
        return html
    out.append(html[pos:])
    return "".join(out)


def parse(html: str) -> tuple[Any, bool, int, int]:
    """The document element, whether the page had to be flattened to parse whole, how
    many lines the parser's line numbers (``el.sourceline``) lag behind the page's (an XML
    declaration is cut before parsing, with any line breaks before and inside it), and how
    many attributes beyond :data:`MAX_ATTRIBUTES` were dropped."""
    html, dropped = trim_attributes(html)
    html = open_self_closed_raw_text(html)
    decl = _XML_DECL.match(html)
    shift = 0
    if decl:
        shift = html.count("\n", 0, decl.end())
        html = html[decl.end():]
    # A stray </html> or </body> from an included template ends libxml2's parse there and
    # the article after it is lost (www.gov.cn pages); the parser closes both at the end anyway.
    html = _EARLY_CLOSE.sub("", html)
    parser = _parser()
    root = lxml.html.document_fromstring(html, parser=parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # libxml2 stopped at one of its limits: nesting deeper than 256 (flattened here) or
        # a text node over 10 MB (lifted by huge_tree; the reader bounds a page's size)
        flat = flatten_deep(html)
        return lxml.html.document_fromstring(flat, parser=_parser(huge_tree=True)), flat != html, shift, dropped
    return root, False, shift, dropped


#: Every element an ``HtmlElement`` (``text_content``, ``drop_tag``), chosen in C: lxml.html's own
#: lookup picks form-control classes in Python for each element proxy (~4 % of extraction),
#: and the controls go with H101 here.
_LOOKUP = etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
                                          pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)


def _parser(huge_tree: bool = False) -> Any:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=huge_tree)
    parser.set_element_class_lookup(_LOOKUP)
    return parser


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


#: Set on a ``<form>`` whose controls offer choices (radio buttons, checkboxes) before H101
#: drops the controls, so H103 still knows it for a poll.
CHOICES_MARK = "data-zhclean-choices"


def mark_choice_forms(root: Any) -> None:
    """Mark the forms that offer two or more radio buttons or checkboxes (a poll, a survey)."""
    for form in root.iter("form"):
        if sum(1 for i in form.iter("input") if (i.get("type") or "").lower() in ("radio", "checkbox")) >= 2:
            form.set(CHOICES_MARK, "1")
