"""Decoding bytes of unknown encoding, as Chinese sites serve them.

Order of evidence: a BOM; UTF-16 without BOM (every other byte NUL); strict UTF-8; then
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


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _cut_sample(data: bytes) -> bytes:
    # Cut at a line break so a multi-byte character is not split.
    if len(data) <= _SAMPLE:
        return data
    cut = data.rfind(b"\n", 0, _SAMPLE)
    return data[: cut + 1] if cut > 0 else data[:_SAMPLE]


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
    utf16 = _looks_utf16(sample)
    if utf16:
        return utf16
    if b"\x00" in sample:
        raise DecodeError("looks like a binary file (NUL bytes), not text")
    text = _strict(sample, "utf-8")
    if text is not None:
        if _controls_share(text) > 0.02:
            raise DecodeError("looks like a binary file (control bytes), not text")
        return "utf-8"
    best = _best_legacy(sample)
    if best is None:
        raise DecodeError("not UTF-8, UTF-16, GB18030/GBK/GB2312 or Big5 (" + _first_bad_bytes(sample) + ")")
    share, name, decoded = best
    if _controls_share(decoded) > 0.02 or (share < 0.2 and _controls_share(decoded) > 0.005):
        raise DecodeError("looks like a binary file (control bytes), not text")
    return name


def _best_legacy(data: bytes) -> tuple[float, str, str] | None:
    """GB18030 or Big5, whichever decodes ``data`` into more common characters."""
    scored = []
    for name, share, tie in (("gb18030", _gb2312_level1_share, 1), ("big5", _big5_level1_share, 0)):
        text = _strict(data, name)
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
