"""Validation of zhclean output: pandera schemas for records and corpus-level checks,
and the ``check`` / ``report`` commands built on them.

>>> from zhclean.validation import validate_records
>>> validate_records([{"id": "a", "text": "正文。", "flags": [], "edits": [], "stats": {"chars_in": 3, "chars_out": 3}}])
[]

Imported lazily: the command line registers ``check`` and ``report`` on every start, and
pandas and pandera should only load when they are used.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "validate_records": ".schemas", "validate_corpus": ".schemas", "measure": ".schemas",
    "SchemaFailure": ".schemas", "S_CODES": ".codes",
    "Checker": ".check", "CheckSettings": ".settings", "settings_from_mapping": ".settings",
    "Finding": ".findings", "build_report": ".report", "render_html": ".report", "render_markdown": ".report",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
