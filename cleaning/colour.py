"""Colour on a terminal, as ruff and git do it: only when the stream is a terminal,
never when ``NO_COLOR`` is set (https://no-color.org), always with ``FORCE_COLOR``.

>>> paint("C101", "red", on=True)
'\\x1b[31mC101\\x1b[0m'
>>> paint("C101", "red", on=False)
'C101'
"""
from __future__ import annotations

import os
from typing import IO

_CODES = {"red": "31", "green": "32", "yellow": "33", "blue": "34", "cyan": "36", "bold": "1", "dim": "2"}


def wants_colour(stream: IO[str]) -> bool:
    """Whether to colour what goes to ``stream``: ``NO_COLOR`` (any non-empty value)
    wins, then ``FORCE_COLOR``, then whether ``stream`` is a terminal that is not dumb."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def paint(text: str, style: str, on: bool) -> str:
    """``text`` in ``style`` (a colour name, ``bold`` or ``dim``) when ``on``."""
    return f"\x1b[{_CODES[style]}m{text}\x1b[0m" if on and text else text
