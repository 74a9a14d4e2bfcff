"""HTML input: decode the bytes and turn the page into text.

For now the whole page's text is kept, with block elements as line breaks and
``<script>``/``<style>`` dropped; main-content extraction builds on this.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment

from .encoding import DecodeError, decode
from .model import Document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_LABEL_TO_CODEC = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
                   "big5": "big5", "big5-hkscs": "big5hkscs", "utf-8": "utf-8", "utf8": "utf-8"}

BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object")


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode page bytes. A declared charset is a hint, not the truth: GB2312 labels are
    read as GB18030 (a superset), and a label that fails on the bytes is ignored."""
    m = _META_CHARSET.search(data[:4096])
    if m:
        label = m.group(1).decode("ascii", "ignore").lower()
        codec = _LABEL_TO_CODEC.get(label)
        if codec:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass
    return decode(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text of a page, one block per line, and its ``<title>``."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    if soup.title:
        soup.title.decompose()
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line), title


def html_to_document(data: bytes, doc_id: str, source: str) -> Document:
    html, encoding = decode_html(data)
    text, title = html_to_text(html)
    if not text.strip():
        raise DecodeError("the page has no visible text")
    meta = {"encoding": encoding, "format": "html"}
    if title:
        meta["title"] = title
    return Document(id=doc_id, text=text, source=source, meta=meta)
