"""zhclean: clean and quality-check scraped Chinese web text.

>>> import zhclean
>>> zhclean.clean_text("正文第一段。\\n\\n\\n\\n沪公网安备 31010602000012号")
'正文第一段。'

The pieces: :class:`Document` in, :class:`Pipeline` of selected rules (see
``zhclean rules``), :class:`CleanResult` out with the audit trail of every edit.
"""
from __future__ import annotations

from ._version import __version__
from .config import Config, ConfigError
from .model import Document, Edit, Flag, InputError, RuleResult
from .pipeline import CleanResult, Pipeline, RuleFailure
from .readers import ReadOptions, read_corpus
from .rule import Context, Rule, Stage
from .trace import rebuild_input, replay

_default_pipeline: Pipeline | None = None


def clean_text(text: str, html: str = "auto") -> str:
    """Clean one string with the default rules (a pipeline built once and reused); a whole
    HTML page is extracted first, as ``zhclean clean`` does (``html="never"`` keeps it)."""
    global _default_pipeline
    if _default_pipeline is None:
        _default_pipeline = Pipeline()
    return _default_pipeline.clean_text(text, html=html)


__all__ = [
    "__version__", "CleanResult", "Config", "ConfigError", "Context", "Document", "Edit", "Flag", "InputError",
    "Pipeline", "ReadOptions", "Rule", "RuleFailure", "RuleResult", "Stage", "clean_text", "read_corpus",
    "rebuild_input", "replay",
]
