"""Parsing a page with lxml, and naming elements.

lxml is the parser beautifulsoup4 would use, without its Python tree: bs4 alone costs
~25 ms per real page here, lxml ~1 ms. All walks over the tree elsewhere are iterative:
lxml trees can be thousands of levels deep.
"""
from __future__ import annotations

import re
from typing import Any

import lxml.html

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


def parse(html: str) -> tuple[Any, bool, int]:
    """The document element, whether the page had to be flattened to parse whole, and how
    many lines the parser's line numbers (``el.sourceline``) lag behind the page's: an XML
    declaration is cut before parsing, with any line breaks before and inside it."""
    decl = _XML_DECL.match(html)
    shift = 0
    if decl:
        shift = html.count("\n", 0, decl.end())
        html = html[decl.end():]
    # A stray </html> or </body> from an included template ends libxml2's parse there and
    # the article after it is lost (www.gov.cn pages); the parser closes both at the end anyway.
    html = _EARLY_CLOSE.sub("", html)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    root = lxml.html.document_fromstring(html, parser=parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
        return lxml.html.document_fromstring(flatten_deep(html), parser=parser), True, shift
    return root, False, shift


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
