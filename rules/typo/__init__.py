"""The typo engine behind T101, T102 and Q201, from the bottom layer up.

- :mod:`.slips` — what the engine finds: :class:`~.slips.Variant` (a string and the word
  it is probably a slip for), hits, scored :class:`~.slips.Candidate` spans;
- :mod:`.datafiles` — reading the shipped files of ``rules/data/``;
- :mod:`.wordlist` — word probabilities and the window segmenter every score uses;
- candidate generators, each its own index: :mod:`.slip_index` (precomputed one-slip
  non-words), :mod:`.homophones` and :mod:`.pairs` (matching by reading),
  :mod:`.phrases` (spun fixed phrases), :mod:`.context` (characters that fit their
  neighbours badly, T101's ``context`` option);
- :mod:`.lexicon` — one immutable :class:`~.lexicon.Lexicon` per set of user words and
  terms, whose indexes are built the first time they are asked for;
- :mod:`.exemptions` and :mod:`.scoring` — which hits are judged, and how sure we are;
- the rules: :mod:`.lexicon_rule` (what they share: the lexicon built in ``setup``),
  :mod:`.confusable` (T101) and :mod:`.spun` (T102). Q201
  (``rules/quality_spun.py``) uses :mod:`.phrases` only.

The builders of the data files are not part of the package: see ``tools/``.
"""
