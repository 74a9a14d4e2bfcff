"""HTML input: decode a page, extract its article and its metadata.

``html_to_document`` is what the readers call for ``.html``/``.htm`` files (and for
JSONL/Parquet records whose text is a whole page). The text rules then run on the
extracted text as on any other document.

>>> page = ('<html><head><title>通知_某某市总工会</title><meta name="PubDate" content="2023-05-12 09:30">'
...         '</head><body><div class="nav"><a href="/">首页</a> <a href="/a">工会动态</a></div>'
...         '<div class="crumb">当前位置：首页 &gt; 通知</div><h1>通知</h1>'
...         '<div id="zoom"><p>各基层工会：现将有关事项通知如下。</p><p>请认真组织，按时报送。</p></div>'
...         '<div class="footer">版权所有：某某市总工会</div></body></html>')
>>> doc = html_to_document(page.encode("gbk"), doc_id="p", source="p.html")
>>> print(doc.text)
通知
各基层工会：现将有关事项通知如下。
请认真组织，按时报送。
>>> doc.meta["published_at"], doc.meta["title"], doc.meta["encoding"]
('2023-05-12T09:30:00', '通知', 'gb18030')
"""
from __future__ import annotations

import gc
import re
from typing import Any

from .encoding import DecodeError
from .html_decode import codec_for_label, decode_html as _decode_page
from .html_extract import (
    Extraction,
    _is_head_chrome,
    _join_split_title,
    _Measure,
    _squash,
    choose_block,
    drop_non_text,
    element_path,
    parse,
    prune_furniture,
    prune_link_lists,
    render,
    trim_edges,
)
from .html_meta import (
    DATE_RE,
    doc_number,
    from_head,
    from_info_line,
    head_meta,
    parse_date,
    site_suffix,
    strip_site_suffix,
    title_segments,
)
from .model import Document

_LOOKS_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)", re.I | re.S)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode page bytes; the text and the encoding used (see :mod:`zhclean.html_decode`)."""
    page = _decode_page(data)
    return page.text, page.encoding


def looks_like_html(text: str) -> bool:
    """Whether a string is a whole HTML page (doctype, ``<html>``, ``<head>`` or ``<body>`` first)."""
    return bool(_LOOKS_HTML.match(text[:4096]))


def extract(html: str) -> tuple[str, dict[str, Any]]:
    """The article text of a page (one paragraph per line) and its metadata.

    ``meta["html"]`` explains the extraction: the chosen block's path, what was pruned per
    H-code (elements and characters) and the furniture lines cut at the article's edges.
    """
    if not html.strip():
        raise DecodeError("the page is empty")
    # The walks keep one proxy object per element alive (hundreds of thousands on a 20 MB
    # page); the cyclic collector would rescan them over and over for nothing, as nothing
    # here creates cycles, so it is paused for the call.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _extract(html)
    finally:
        if paused:
            gc.enable()


def _extract(html: str) -> tuple[str, dict[str, Any]]:
    try:
        root, flattened = parse(html)
    except Exception as exc:  # lxml raises ParserError/ValueError subclasses for unusable input
        raise DecodeError(f"not a parsable HTML page: {exc}") from None
    tags = head_meta(root)
    meta: dict[str, Any] = from_head(tags)
    title_tag = _title_tag(root)
    pruned: dict[str, dict[str, int]] = {}
    drop_non_text(root, pruned)
    top = root.find("body")
    if top is None:
        top = root
    title, heading, confirmed = _choose_title(meta.get("title"), title_tag, top)
    if title:
        meta["title"] = title
    if heading is None and title:
        heading = _element_showing(top, title)
        confirmed = confirmed or heading is not None  # the page prints it (div.title, span.Title)
    _meta_near_title(meta, heading, top)
    if "site_name" not in meta and title_tag:
        suffix = site_suffix(title_tag)
        if suffix and suffix != title:
            meta["site_name"] = suffix

    m = _Measure(top)
    chars_page = m.chars.get(top, 0)
    prune_furniture(top, m, title, pruned)
    block = choose_block(top, m)
    outside = m.chars.get(top, 0) - m.chars.get(block, 0)
    if outside:
        pruned["H105"] = {"elements": 1, "chars": outside}
    prune_link_lists(block, m, pruned)
    lines = render(block)
    if not confirmed:
        printed = (_title_printed_near(block, lines, title) if title else None) or _printed_title(block, lines)
        if printed:
            title = meta["title"] = printed
            confirmed = True
    lines, edge = trim_edges(lines, title if confirmed else None)
    if title and confirmed and not any(_is_title_line(line, title) for line in lines[:3]):
        lines.insert(0, title)
    if edge:
        pruned["H107"] = {"elements": len(edge), "chars": sum(len(x) for x in edge)}
        if "published_at" not in meta:
            for line in edge:
                found = from_info_line(line)
                for k, v in found.items():
                    meta.setdefault(k, v)
    if "published_at" not in meta:
        _date_from_text(meta, top)
    extraction = Extraction(lines=lines, block_path=element_path(block), pruned=pruned, edge_lines=edge,
                            flattened=flattened)
    meta["html"] = {
        "block": extraction.block_path,
        "chars_page": chars_page,
        "chars_kept": sum(len(x) for x in lines),
        "pruned": dict(sorted(pruned.items())),
        **({"edge_lines": edge[:10]} if edge else {}),
        **({"flattened": True} if flattened else {}),
    }
    return extraction.text, meta


def html_to_document(data: bytes | str, doc_id: str, source: str, meta: dict[str, Any] | None = None) -> Document:
    """A :class:`Document` with the page's article text; raises
    :class:`~zhclean.encoding.DecodeError` for undecodable or textless pages."""
    page = _decode_page(data) if isinstance(data, (bytes, bytearray)) else None
    html = page.text if page else str(data)
    text, found = extract(html)
    if not text.strip():
        raise DecodeError("the page has no visible text")
    out: dict[str, Any] = dict(meta or {})
    if page:
        out["encoding"] = page.encoding
        if page.declared and codec_for_label(page.declared) != page.encoding.replace("-sig", ""):
            found["html"]["declared_charset"] = page.declared  # the page's label was overruled
        if page.replaced:
            found["html"]["replaced_bytes"] = page.replaced
    out.setdefault("format", "html")
    for key, value in found.items():
        out.setdefault(key, value)
    return Document(id=doc_id, text=text, source=source, meta=out)


# ---------------------------------------------------------------------------------------------


def _title_tag(root: Any) -> str | None:
    el = root.find(".//title")
    if el is None:
        return None
    text = re.sub(r"\s+", " ", el.text_content()).strip()
    return text or None


def _heading_texts(top: Any) -> list[tuple[Any, str]]:
    out = []
    for h in top.iter("h1", "h2", "h3"):
        text = re.sub(r"\s+", " ", h.text_content()).strip()
        # "今日股市_明日大盘_股票行情" is a keyword banner, not a title
        if 2 <= len(text) <= 150 and len(re.findall(r"[_|｜]", text)) < 2:
            out.append((h, text))
        if len(out) >= 40:
            break
    return out


def _choose_title(meta_title: str | None, title_tag: str | None, top: Any) -> tuple[str | None, Any, bool]:
    """Title, the heading element that shows it (``None`` when no heading does), and
    whether anything confirms it (a title meta tag or a heading) beyond ``<title>``."""
    headings = _heading_texts(top)
    if meta_title:
        key = _squash(meta_title)
        stripped = _squash(strip_site_suffix(meta_title))
        for h, text in headings:
            sq = _squash(text)
            if len(sq) < 2:
                continue
            if sq in (key, stripped) or (
                    len(sq) >= 4 and len(sq) >= 0.5 * len(key) and (key.startswith(sq) or sq.startswith(key))
                    and len(sq) <= len(key) + 40):
                return text, h, True
        return strip_site_suffix(meta_title), None, True
    if title_tag:
        key = _squash(title_tag)
        segments = {_squash(x) for x in title_segments(title_tag)}
        for h, text in headings:
            if _squash(text) in segments:
                return text, h, True
        matches = [(h, text) for h, text in headings if len(_squash(text)) >= 4 and _squash(text) in key]
        if matches:
            h, text = max(matches, key=lambda x: len(_squash(x[1])))
            if len(_squash(text)) >= 0.3 * len(_squash(strip_site_suffix(title_tag))):
                return text, h, True
        stripped = strip_site_suffix(title_tag)
        site = title_segments(title_tag)[-1] if len(title_segments(title_tag)) > 1 else ""
        for h, text in headings:
            sq = _squash(text)
            if h.tag == "h1" and len(sq) >= 6 and sq not in key and sq != _squash(site) and not _is_logo(h):
                return text, h, True
        return stripped, None, False
    for h, text in headings:
        if h.tag == "h1" and len(text) >= 4:
            return text, h, True
    return None, None, False


def _is_title_line(line: str, title: str) -> bool:
    key, sq = _squash(title), _squash(line)
    return sq == key or (sq.startswith(key) and len(sq) <= len(key) + 20) or (key.startswith(sq) and len(sq) >= 0.6 * len(key))


_LOGO_NAME = re.compile(r"logo|brand|site|header|banner|top", re.I)


def _is_logo(h: Any) -> bool:
    """An h1 that shows the site's name: inside a link or a logo/header box, or an image."""
    node, depth = h, 0
    while node is not None and depth < 3:
        if node.tag == "a" or _LOGO_NAME.search(" ".join(filter(None, (node.get("class"), node.get("id"))))):
            return True
        node, depth = node.getparent(), depth + 1
    return h.find(".//img") is not None or any(a.get("href") in ("/", "./", "index.html", "/index.html")
                                               for a in h.iter("a"))


def _title_printed_near(block: Any, lines: list[str], title: str) -> str | None:
    """The page's own line that prints the ``<title>`` text, in the block or in one of its
    three nearest ancestors; ``<title>`` may carry a column or site name the line lacks."""
    node, wider = block, lines
    for _ in range(4):
        printed = _title_in_lines(wider, title)
        if printed:
            return printed
        node = node.getparent()
        if node is None:
            return None
        wider = render(node)[:12]
    return None


def _title_in_lines(lines: list[str], title: str) -> str | None:
    """The line among the first ones that prints ``title`` (perhaps without its suffix)."""
    joined = _join_split_title(lines[:12], _squash(title))
    for line in joined[:12]:
        if _is_title_line(line, title):
            return line if len(_squash(line)) <= len(_squash(title)) else title
    return None


def _printed_title(block: Any, lines: list[str]) -> str | None:
    """A title printed without a heading tag, in the block or just above it."""
    found = _title_line(lines)
    if found:
        return found
    node = block.getparent()
    for _ in range(2):
        if node is None:
            break
        wider = render(node)
        found = _title_line(wider)
        if found:
            return found
        node = node.getparent()
    return None


def _title_line(lines: list[str]) -> str | None:
    """A title printed without a heading tag: a short line right above the info line
    (发布时间 …) at the top of the article."""
    for i, line in enumerate(lines[:8]):
        if i + 1 < len(lines) and _is_head_chrome(lines[i + 1]) and not _is_head_chrome(line) \
                and 4 <= len(line) <= 80 and not re.search(r"[。；]", line):
            return line
    return None


def _element_showing(top: Any, title: str) -> Any:
    """The element (a ``div.title``, a ``span``) whose whole text is the title, if any."""
    key = _squash(title)
    probe = key[:4]
    if len(key) < 4:
        return None
    for el in top.iter("div", "span", "td", "p", "strong", "b", "font", "h4", "h5", "h6"):
        if el.text and probe in _squash(el.text) and _squash(el.text_content()) == key:
            return el
    return None


def _meta_near_title(meta: dict[str, Any], heading: Any, top: Any) -> None:
    """Info-line fields (发布时间, 来源, 作者) printed just under the title heading."""
    page_text = " ".join(top.itertext())
    number = doc_number(page_text, labelled_only=True)
    if heading is not None:
        after = _text_after_heading(heading)
        for k, v in from_info_line(after).items():
            meta.setdefault(k, v)
        number = number or doc_number(after[:80])
        if "published_at" not in meta:
            d = DATE_RE.search(after[:200])
            iso = parse_date(d.group(0)) if d else None
            if iso:
                meta["published_at"] = iso
    if number:
        meta.setdefault("doc_number", number)
    if "published_at" not in meta:
        for el in top.iter("time"):
            iso = parse_date(el.get("datetime") or el.text_content() or "", compact=True)
            if iso:
                meta["published_at"] = iso
                break


def _text_after_heading(heading: Any, window: int = 400) -> str:
    """Up to ``window`` characters that follow the heading's text, from the nearest ancestor
    (at most three levels up) where a date follows it."""
    key = _squash(heading.text_content())[:16]
    if not key:
        return ""
    anchor = re.compile(r"\s*".join(map(re.escape, key)))
    found = ""
    node = heading.getparent()
    for _ in range(3):
        if node is None:
            break
        # a space between text nodes keeps ``李四`` apart from the paragraph after it
        text = " ".join(node.itertext())
        m = anchor.search(text)
        if m:
            found = re.sub(r"\s+", " ", text[m.end(): m.end() + 2 * window])[:window]
            # the rest of the title itself is not part of the info line
            if DATE_RE.search(found):
                return found
        node = node.getparent()
    return found


def _date_from_text(meta: dict[str, Any], top: Any) -> None:
    from .html_meta import labelled_date

    text = top.text_content()
    iso = labelled_date(text)
    if iso:
        meta["published_at"] = iso


__all__ = ["html_to_document", "extract", "decode_html", "looks_like_html"]
