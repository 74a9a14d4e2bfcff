"""Choosing codes ruff's way: the one selector for rules (``clean``) and checks (``check``).

A selector is a code or a prefix of one: ``C`` is every chrome rule, ``C1`` the C1xx rules,
``C101`` one rule, ``ALL`` everything. The most specific selector wins, so ``--select C
--ignore C1`` keeps C2xx and up, and ``--ignore C --extend-select C101`` keeps C101.

>>> is_selected("C101", select=("C",), ignore=("C1",))
False
>>> is_selected("C201", select=("C",), ignore=("C1",))
True
>>> is_selected("C101", select=(), ignore=("C",), extend_select=("C101",))
True
>>> normalise_selectors("c, L3")
('C', 'L3')
"""
from __future__ import annotations

from typing import Iterable, Sequence


def matches(code: str, selectors: Iterable[str]) -> bool:
    """Whether any selector names ``code`` (by prefix, or ``ALL``)."""
    return any(s == "ALL" or code.startswith(s) for s in selectors)


def _specificity(code: str, selectors: Iterable[str]) -> int:
    """Length of the longest selector naming ``code``; ``ALL`` counts 0, none -1."""
    return max((0 if s == "ALL" else len(s) for s in selectors if matches(code, (s,))), default=-1)


def is_selected(code: str, select: Sequence[str] = (), ignore: Sequence[str] = (),
                extend_select: Sequence[str] = (), default: bool = True) -> bool:
    """Whether ``code`` is on under these selectors.

    With no ``select``, ``default`` decides (a rule's ``default_enabled``); ``extend_select``
    adds to whichever set is in force; ``ignore`` removes unless a more specific
    ``select``/``extend_select`` names the code.
    """
    chosen = _specificity(code, (*select, *extend_select))
    on = (chosen >= 0) if select else default
    if matches(code, extend_select):
        on = True
    dropped = _specificity(code, ignore)
    if dropped >= 0 and dropped >= chosen:
        on = False
    return on


def normalise_selectors(values: Iterable[str] | str | None) -> tuple[str, ...]:
    """``"C, L3"`` or ``["C", "L3"]`` → ``("C", "L3")``, upper-cased."""
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    for v in values:
        out.extend(p.strip().upper() for p in str(v).split(",") if p.strip())
    return tuple(out)
