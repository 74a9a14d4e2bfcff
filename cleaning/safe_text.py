"""Strings every output can encode: file names that are not UTF-8, lone surrogates.

Python hands a file name that is not valid UTF-8 over with its bad bytes as lone
surrogates (``surrogateescape``), and a JSON ``\\ud800`` escape becomes one too; UTF-8
cannot encode either, so one such string in an id, a title or a meta field used to crash
the writer and lose the whole run. These functions find them and give names that can be
written, without touching strings that are already valid.

>>> readable_name("\\udcb2\\udce2\\udcca\\udcd4.txt")   # GBK bytes of 测试 in a file name
'测试.txt'
>>> escaped("id\\ud800x")
'id\\\\ud800x'
>>> lone_surrogate_at({"title": "ok", "tags": ["a", "b\\udc00"]})
('tags[1]', 1)
"""
from __future__ import annotations

import os
from typing import Any


def lone_surrogate(text: str) -> int | None:
    """Offset of the first unpaired surrogate in ``text`` (which UTF-8 cannot encode), else None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def lone_surrogate_at(value: Any, where: str = "") -> tuple[str, int] | None:
    """``(field, offset)`` of the first lone surrogate in a JSON-like value (keys too), else None."""
    if isinstance(value, str):
        at = lone_surrogate(value)
        return None if at is None else (where or "value", at)
    if isinstance(value, dict):
        for key, item in value.items():
            name = f"{where}.{key}" if where else str(key)
            found = lone_surrogate_at(key, name) if isinstance(key, str) else None
            found = found or lone_surrogate_at(item, name)
            if found:
                return found
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            found = lone_surrogate_at(item, f"{where}[{i}]")
            if found:
                return found
    return None


def escaped(text: str) -> str:
    """``text`` with each lone surrogate written as its ``\\uXXXX`` escape, for messages and
    error records (the string stays recognisable; valid text is returned as it is)."""
    if lone_surrogate(text) is None:
        return text
    return "".join(f"\\u{ord(ch):04x}" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


def readable_name(name: str) -> str:
    """A file name as text UTF-8 can encode. Valid names are returned as they are; a name
    whose bytes are GB18030 (GBK, GB2312: Chinese Windows archives) is decoded as that;
    any other bytes that are not UTF-8 are written as ``\\xNN`` escapes."""
    if lone_surrogate(name) is None:
        return name
    raw = os.fsencode(name)
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "backslashreplace")
