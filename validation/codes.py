"""The codes of ``zhclean check``'s schema and corpus findings, as data.

Kept apart from :mod:`zhclean.validation.schemas` so that listing them (``zhclean rules``,
``zhclean explain S121``) does not load pandas and pandera.
"""
from __future__ import annotations

from typing import Mapping

#: Codes of the schema and corpus findings: (name, summary). The ``S`` family of
#: docs/design.md; S10x are per record, S12x are corpus-level.
S_CODES: Mapping[str, tuple[str, str]] = {
    "S101": ("schema.id-missing", "record has no id"),
    "S102": ("schema.id-duplicate", "two records share one id"),
    "S103": ("schema.text-empty", "record text is empty"),
    "S104": ("schema.flag-span", "flag span outside the text or not quoting it"),
    "S105": ("schema.published-at", "meta.published_at is not an ISO 8601 date"),
    "S106": ("schema.stats", "stats disagree with the text or the audit trail"),
    "S121": ("schema.corpus-chrome", "too many documents still carry site chrome"),
    "S122": ("schema.corpus-typos", "too many typo flags per 10,000 characters"),
    "S123": ("schema.corpus-non-chinese", "too many documents are not mostly Chinese"),
    "S124": ("schema.corpus-near-empty", "too many near-empty documents"),
    "S125": ("schema.corpus-duplicates", "too many documents repeat another's text"),
}
