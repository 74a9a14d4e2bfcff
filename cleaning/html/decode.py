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

from ..encoding import _BOMS, DecodeError, _big5_level1_share, _gb2312_level1_share, _strict, detect

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
    # x-big5, big5hkscs, ms950 and windows-950 are no WHATWG labels, but Taiwanese and Hong Kong
    # templates print them and Python reads them as Big5
    **dict.fromkeys(("big5", "big5-hkscs", "big5hkscs", "cn-big5", "x-x-big5", "x-big5", "csbig5", "cp950", "ms950",
                     "windows-950"), "big5hkscs"),
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
    legacy = _legacy_reading(data, label_codec)
    if legacy is not None:
        return DecodedPage(legacy[1], legacy[0], declared)
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


#: The legacy code pages a Chinese page is served in, and the share of its Han characters
#: that are frequent ones when it is read in the right one.
_LEGACY = (("gb18030", _gb2312_level1_share), ("big5hkscs", _big5_level1_share))
#: A declared code page loses to the other one when the other reads this much more of the
#: page's Han text as frequent characters (Big5 bytes read as GBK are rare characters).
_CLEARLY_BETTER = 0.25
#: ... and a reading that is the only strict one is trusted from this share on.
_PLAUSIBLE = 0.5
_SAMPLE_CHARS = 20_000


def _legacy_reading(data: bytes, label_codec: str | None) -> tuple[str, str] | None:
    """The codec and text of a page in GB18030 or Big5-HKSCS, when one decodes it strictly.

    Both accept most double-byte strings, so the declared one (a template's default label
    is often wrong: Big5 pages labelled gb2312) is kept only when the other does not read
    the page as clearly more frequent characters, with fewer private-use ones (what Big5
    bytes become in GB18030's user-defined area)."""
    readings = []
    for codec, share in _LEGACY:
        text = _strict(data, codec)
        if text is not None:
            sample = text[:_SAMPLE_CHARS]
            readings.append((codec, text, share(sample) - private_use_count(sample) / max(1, len(sample))))
    if not readings:
        return None
    best = max(readings, key=lambda r: r[2])
    for codec, text, score in readings:
        if codec == label_codec and best[2] < score + _CLEARLY_BETTER:
            return codec, text
    if len(readings) == 2 and abs(readings[0][2] - readings[1][2]) < _CLEARLY_BETTER:
        return None  # neither reads clearly better: detect() decides, as for a text file
    if best[2] < _PLAUSIBLE:
        return None  # the right one has broken bytes: the fallbacks below count them
    return best[0], best[1]


def private_use_count(text: str) -> int:
    """Characters of the Private Use Area (U+E000–U+F8FF): what legacy bytes decoded with the
    wrong table, or a site's own glyphs, become; real text has none."""
    if not _PRIVATE_USE.search(text):
        return 0
    return len(_PRIVATE_USE.findall(text))


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


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


__all__ = ["DecodedPage", "decode_html", "private_use_count", "declared_charset", "codec_for_label", "MAX_REPLACED_SHARE"]
