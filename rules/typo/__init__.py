"""The typo engine behind T101, T102 and Q201, from the bottom layer up.

- :mod:`.slips` — what the engine finds: :class:`~.slips.Variant` (a string and the word
  it is probably a slip for), hits, scored :class:`~.slips.Candidate` spans;
- :mod:`.datafiles` — reading the shipped files of ``rules/data/``;
- :mod:`.wordlist` — word probabilities and the window segmenter every score uses;
- candidate generators, each its own index: :mod:`.slip_index` (precomputed one-slip
  non-words), :mod:`.homophones` and :mod:`._pairs` (matching by reading),
  :mod:`.phrases` (spun fixed phrases), :mod:`._context` (characters that fit their
  neighbours badly, T101's ``context`` option);
- :mod:`.lexicon` — one immutable :class:`~.lexicon.Lexicon` per set of user words and
  terms, whose indexes are built the first time they are asked for;
- :mod:`.exemptions` and :mod:`.scoring` — which hits are judged, and how sure we are;
- the rules: :mod:`.lexicon_rule` (what they share: the lexicon built in ``setup``),
  :mod:`.confusable` (T101) and :mod:`.spun` (T102). Q201
  (``rules/quality_spun.py``) uses :mod:`.phrases` only.

The two numpy-backed modules start with ``_`` so that the rule registry, which imports
every other module of ``zhclean.rules``, does not import them (nor numpy): the lexicon
imports them when T101 is set up. With ``--ignore T`` nothing of numpy is loaded.

The builders of the data files are not part of the package: see ``tools/``.
"""
from __future__ import annotations

from typing import Any, Mapping


def preload(options: Mapping[str, Any] | None = None) -> None:
    """Load now what the typo rules load on first use: the lexicon for ``options`` (T101's
    and T102's ``words``/``terms``; default: none) with every index T101 and T102 search,
    and Q201's phrase index.

    Call it in a parent process before it forks its workers: the word list, the automata
    and the reading table are then built once and shared by the workers' copy-on-write
    pages instead of built again in each (about 0.8 s and 100 MB a worker). Only reads
    follow, so the pages stay shared; freezing the collector (``gc.freeze()``) after it
    keeps the collector from writing to them too. The memos the rules fill as they run
    (lines, window segmentations) are each worker's own.
    """
    from .confusable import prepare as prepare_confusable
    from .phrases import shipped_spun_phrases
    from .spun import prepare as prepare_spun

    opts = dict(options or {})
    prepare_confusable(opts)
    prepare_spun(opts)
    shipped_spun_phrases()
