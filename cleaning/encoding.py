"""Decoding bytes of unknown encoding, as Chinese sites serve them.

Order of evidence: a BOM; UTF-16 without BOM (every other byte NUL); strict UTF-8;
UTF-16 without BOM that decodes into common Chinese characters; then
the legacy Chinese code pages, GB18030 (a superset of GBK and GB2312) and Big5. Both
legacy decoders accept most byte strings, so when both succeed the one whose characters
are *common* wins: GB2312 level-1 characters (the 3,755 most frequent simplified ones)
for GB18030, Big5 level-1 characters (the 5,401 frequent traditional ones) for Big5.
Binary files are refused rather than decoded into noise.

>>> decode("工会".encode("gb18030"))
('工会', 'gb18030')
>>> decode("工會".encode("big5"))
('工會', 'big5')
>>> decode(b"\\xef\\xbb\\xbf\\xe5\\xb7\\xa5")
('工', 'utf-8-sig')
"""
from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """The bytes are not text in any encoding zhclean reads."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Enough to judge; decoding a sample is much cheaper than a 100 MB file.
_SAMPLE = 64 * 1024


def _level1_share(text: str, codec: str, lead_lo: int, lead_hi: int) -> float:
    """Share of Han characters whose lead byte in ``codec`` lies in its frequent-character block."""
    han = common = 0
    for ch in text:
        if ch < "\u4e00" or ch > "\u9fff":
            continue
        han += 1
        try:
            b = ch.encode(codec)
        except UnicodeEncodeError:
            continue
        if lead_lo <= b[0] <= lead_hi:
            common += 1
    return common / han if han else 0.0


def _gb2312_level1_share(text: str) -> float:
    return _level1_share(text, "gb2312", 0xB0, 0xD7)


def _big5_level1_share(text: str) -> float:
    return _level1_share(text, "big5", 0xA4, 0xC6)


def _looks_utf16(sample: bytes) -> str | None:
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    n = min(len(even), len(odd))
    if odd.count(0) > 0.3 * n and even.count(0) < 0.05 * n:
        return "utf-16-le"
    if even.count(0) > 0.3 * n and odd.count(0) < 0.05 * n:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, complete: bool = True) -> str | None:
    """``data`` decoded, or ``None`` if it is not valid in ``encoding``.

    With ``complete=False`` the bytes are a sample cut from a longer input, so a character
    split by the cut at the very end is not held against the encoding.
    """
    try:
        if complete:
            return data.decode(encoding)
        return codecs.getincrementaldecoder(encoding)().decode(data, final=False)
    except (UnicodeDecodeError, LookupError):
        return None


def _cut_sample(data: bytes) -> bytes:
    # Cut at a line break where there is one; elsewhere the decoders are told the sample
    # is incomplete (see _strict), so a multi-byte character cut in two does not count.
    if len(data) <= _SAMPLE:
        return data
    cut = data.rfind(b"\n", 0, _SAMPLE)
    return data[: cut + 1] if cut > 0 else data[:_SAMPLE]


# A stray NUL or two (a CMS bug, a pasted control character) does not make a page binary;
# the Unicode rules remove them. Binary files have NULs everywhere.
_MAX_NUL_SHARE = 0.001
# UTF-16 without a BOM: Chinese text in UTF-16 has few NUL bytes (Han characters have
# none), so it is recognised by decoding into text that is nearly all common characters.
_MIN_UTF16_PLAUSIBLE = 0.9


def _plausible_share(text: str) -> float:
    """Share of characters a Chinese text is made of: common Han, ASCII, CJK punctuation."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        if " " <= ch <= "~" or ch in "\t\n\r" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef":
            good += 1
        elif "\u4e00" <= ch <= "\u9fff":
            try:
                lead = ch.encode("gb2312")[0]
            except UnicodeEncodeError:
                continue
            good += 0xB0 <= lead <= 0xF7
    return good / len(text)


def _utf16_without_bom(sample: bytes, complete: bool) -> str | None:
    if len(sample) < 8:
        return None
    for name in ("utf-16-le", "utf-16-be"):
        text = _strict(sample, name, complete)
        if text and _plausible_share(text) >= _MIN_UTF16_PLAUSIBLE:
            return name
    return None


def _controls_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f\x1b")
    return bad / len(text)


def detect(data: bytes) -> str:
    """The encoding name :func:`decode` would use, judged on a sample."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = _cut_sample(data)
    complete = len(sample) == len(data)
    utf16 = _looks_utf16(sample)
    if utf16:
        return utf16
    if sample.count(0) > _MAX_NUL_SHARE * len(sample):
        raise DecodeError("looks like a binary file (NUL bytes), not text")
    text = _strict(sample, "utf-8", complete)
    if text is not None:
        if _controls_share(text) > 0.02:
            raise DecodeError("looks like a binary file (control bytes), not text")
        return "utf-8"
    utf16 = _utf16_without_bom(sample, complete)
    if utf16:
        return utf16
    best = _best_legacy(sample, complete)
    if best is None:
        raise DecodeError("not UTF-8, UTF-16, GB18030/GBK/GB2312 or Big5 (" + _first_bad_bytes(sample) + ")")
    share, name, decoded = best
    if _controls_share(decoded) > 0.02 or (share < 0.2 and _controls_share(decoded) > 0.005):
        raise DecodeError("looks like a binary file (control bytes), not text")
    return name


def _best_legacy(data: bytes, complete: bool = True) -> tuple[float, str, str] | None:
    """GB18030 or Big5, whichever decodes ``data`` into more common characters."""
    scored = []
    for name, share, tie in (("gb18030", _gb2312_level1_share, 1), ("big5", _big5_level1_share, 0)):
        text = _strict(data, name, complete)
        if text is not None:
            scored.append((share(text), tie, name, text))
    if not scored:
        return None
    share, _, name, text = max(scored)
    return share, name, text


def _first_bad_bytes(data: bytes) -> str:
    """Where each candidate encoding first fails, for the error message."""
    where = []
    for name in ("utf-8", "gb18030", "big5"):
        try:
            data.decode(name)
        except UnicodeDecodeError as exc:
            where.append(f"{name} fails at byte {exc.start} {data[exc.start:exc.start + 2]!r}")
    return "; ".join(where) or "unknown"


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` strictly; return the text and the encoding used.

    Raises :class:`DecodeError` with the byte offset when no candidate decodes the
    whole of ``data``.
    """
    name = encoding or detect(data)
    try:
        return data.decode(name), name
    except UnicodeDecodeError as exc:
        if encoding is None and name == "utf-8":
            # the sample was UTF-8 (often plain ASCII) but the rest is not: judge the legacy
            # code pages on the whole
            best = _best_legacy(data)
            if best is not None:
                return best[2], best[1]
            raise DecodeError(f"not UTF-8, GB18030 or Big5 ({_first_bad_bytes(data)})") from None
        raise DecodeError(
            f"cannot be decoded as {name}: invalid bytes {data[exc.start:exc.start + 4]!r} at byte offset {exc.start}"
        ) from None
