"""Did-you-mean: the closest known spelling of a mistyped code, name, key or flag.

>>> did_you_mean("C1O1", ["C101", "C102", "L301"])
' (did you mean C101?)'
>>> did_you_mean("selct", ["select", "ignore"])
" (did you mean 'select'?)"
>>> did_you_mean("XYZ", ["C101"])
''
"""
from __future__ import annotations

import difflib
from typing import Iterable


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The candidate most like ``word`` (ignoring case), or ``None`` when none is close.

    Codes are compared upper-cased, so ``c1o1`` still finds ``C101``; the letter O typed
    for the digit 0 (and l, I for 1) is the usual slip and is mapped before comparing.
    """
    pool = list(dict.fromkeys(candidates))
    if not pool:
        return None
    key = word.strip()
    folded = {c.upper(): c for c in pool}
    guess = key.upper()
    if len(guess) == 4 and guess[0].isalpha():  # a rule code: letter + three digits
        guess = guess[0] + guess[1:].translate(str.maketrans("OILS", "0115"))
        if guess in folded:
            return folded[guess]
    found = difflib.get_close_matches(guess, list(folded), n=1, cutoff=cutoff)
    return folded[found[0]] if found else None


def did_you_mean(word: str, candidates: Iterable[str], quote: bool | None = None) -> str:
    """`` (did you mean X?)`` for the closest candidate, or ``""``; names are quoted,
    codes (a capital letter and digits) are not, unless ``quote`` says otherwise."""
    best = closest(word, candidates)
    if best is None:
        return ""
    if quote is None:
        quote = not (best[:1].isupper() and best[1:].isdigit())
    return f" (did you mean {best!r}?)" if quote else f" (did you mean {best}?)"
