"""zhclean's rules, one module per rule or per small family of closely related rules.

Every public module here is imported by :mod:`zhclean.registry`; modules whose names
start with ``_`` hold shared helpers and vocabularies.

Code families (ruff-style prefixes for ``--select`` / ``--ignore``):

====== ================================================================
``C``   site chrome: navigation, publication info, footers, page furniture
``L``   lines and layout: rejoin broken lines, page fragments, whitespace
``N``   normalisation: Unicode, punctuation, script
``T``   typos (flags only by default; ``--fix`` applies suggestions)
``Q``   quality flags: censor marks, unbalanced quotes, spun or garbled text
``H``   HTML extraction
``S``   schema and corpus checks
====== ================================================================
"""
