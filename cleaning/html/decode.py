"""Decoding web pages whose declared charset cannot be trusted.

Chinese sites declare ``gb2312`` while serving GBK or GB18030 bytes, declare ``utf-8``
on GBK pages (and the reverse) and ship pages with a few broken byte runs where a CMS
cut a multi-byte character. The order of evidence here:

1. a byte-order mark;
2. strict UTF-8: real legacy-encoded Chinese text is almost never valid UTF-8, so a page
   that decodes as UTF-8 is UTF-8 whatever its label says;
3. the declared charset, with Chinese labels widened to the superset actually served
   (GB2312/GBK → GB18030, Big5 → Big5-HKSCS);
4. :func:`zhclean.encoding.detect` on the bytes;
5. when nothing decodes strictly, the candidate with the fewest invalid runs, each run
   replaced by U+FFFD and counted — a page with a few broken bytes is still a page — unless
   more than :data:`MAX_REPLACED_SHARE` of it is broken, which means the guess is wrong
   or the file is not text: then :class:`~zhclean.encoding.DecodeError`.

>>> decode_html('<meta charset="gb2312"><p>镕</p>'.encode("gb18030")).text[-8:]
'<p>镕</p>'
>>> decode_html('<meta charset="gbk">中文'.encode("utf-8")).encoding
'utf-8'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..encoding import _BOMS, DecodeError, _strict, detect

#: Share of the decoded characters that may be U+FFFD replacements before we refuse.
MAX_REPLACED_SHARE = 0.02

_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""",
    re.I,
)
# Labels as browsers read them (WHATWG Encoding Standard), narrowed to what Chinese sites use.
_LABEL_TO_CODEC = {
    **dict.fromkeys(("gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "cp936", "ms936", "windows-936",
                     "gb18030", "csgb2312", "chinese", "iso-ir-58", "euc-cn", "hz-gb-2312"), "gb18030"),
    **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5", "cp950"), "big5hkscs"),
    **dict.fromkeys(("utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"),
                    "utf-8"),
    # Browsers read Latin-1 labels as windows-1252; on a Chinese site the label is usually a
    # template default, so it is only a last resort (it decodes any byte string).
    **dict.fromkeys(("iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii"), "cp1252"),
}


@dataclass(frozen=True)
class DecodedPage:
    """A page's text, the codec that decoded it, its declared label and the bytes replaced."""

    text: str
    encoding: str
    declared: str | None = None  # the label the page gave, lower-cased, if any
    replaced: int = 0  # invalid byte runs replaced by U+FFFD


def declared_charset(data: bytes) -> str | None:
    """The charset label a page declares in its first 8 KB (``<meta charset>``,
    ``http-equiv`` content type or an XML declaration), lower-cased."""
    m = _DECLARED.search(data[:8192])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii", "ignore").lower().strip(".:-") or None


def codec_for_label(label: str | None) -> str | None:
    """The Python codec to use for a declared label (``gb2312`` → ``gb18030``)."""
    return _LABEL_TO_CODEC.get(label or "")


def _replaced_count(text: str, data: bytes, codec: str) -> int:
    genuine = data.count("\ufffd".encode(codec, "ignore")) if codec.startswith("utf-8") else 0
    return max(0, text.count("\ufffd") - genuine)


def decode_html(data: bytes) -> DecodedPage:
    """Decode a page's bytes; see the module docstring for the order of evidence."""
    declared = declared_charset(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, "replace")
            return DecodedPage(text, codec, declared, _replaced_count(text, data, codec))
    if b"\x00" in data[:65536]:
        # UTF-16 without a BOM, or not text at all: detect() tells them apart (and refuses binary)
        guessed = detect(data)
        text = _strict(data, guessed)
        if text is not None:
            return DecodedPage(text, guessed, declared)
        return _least_broken(data, declared, [guessed])
    text = _strict(data, "utf-8")
    if text is not None:
        return DecodedPage(text, "utf-8", declared)
    label_codec = codec_for_label(declared)
    if label_codec and label_codec not in ("utf-8", "cp1252"):
        text = _strict(data, label_codec)
        if text is not None:
            return DecodedPage(text, label_codec, declared)
    try:
        guessed = detect(data)
    except DecodeError:
        guessed = None  # binary-looking sample, or nothing decodes it strictly: count below
    if guessed and guessed.startswith("utf-16") and b"\x00" not in data[:4096]:
        guessed = None  # UTF-16 decodes almost any even-length bytes; markup without NULs is not UTF-16
    if guessed:
        text = _strict(data, guessed)
        if text is not None:
            return DecodedPage(text, guessed, declared)
    return _least_broken(data, declared, [c for c in (guessed, label_codec) if c])


def _least_broken(data: bytes, declared: str | None, preferred: list[str]) -> DecodedPage:
    if b"\x00" in data[:65536] and data[:65536].count(b"\x00") > 16:
        raise DecodeError("looks like a binary file (NUL bytes), not a web page")
    best: DecodedPage | None = None
    for codec in dict.fromkeys([*preferred, "utf-8", "gb18030", "big5hkscs"]):
        if codec == "cp1252":
            continue
        text = data.decode(codec, "replace")
        page = DecodedPage(text, codec, declared, _replaced_count(text, data, codec))
        if best is None or page.replaced < best.replaced:
            best = page
    assert best is not None
    if best.replaced > MAX_REPLACED_SHARE * max(1, len(best.text)):
        raise DecodeError(
            f"not a readable page: even as {best.encoding} {best.replaced} byte runs are invalid "
            f"(declared charset: {declared or 'none'})"
        )
    return best


__all__ = ["DecodedPage", "decode_html", "declared_charset", "codec_for_label", "MAX_REPLACED_SHARE"]
