"""A datatrove pipeline step that runs zhclean (``pip install 'zhclean[datatrove]'``).

::

    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from zhclean.datatrove import ZhcleanStep

    pipeline = [JsonlReader("crawl/"), ZhcleanStep(select=["C", "L", "N"]), JsonlWriter("clean/")]

Each document's text is replaced by the cleaned text; zhclean's metadata is merged into
``document.metadata`` (existing keys win) and the audit trail goes to
``metadata["zhclean_edits"]`` / ``metadata["zhclean_flags"]``. Documents left empty are
dropped unless ``keep_empty=True``. A document whose text is a whole HTML page has its
article extracted first, exactly as ``zhclean clean`` extracts it (``html="never"`` keeps the
markup, ``"always"`` extracts every text; see :func:`zhclean.html.page_document`); a page with
no visible text is dropped (stat ``dropped_no_text``).
"""
from __future__ import annotations

from typing import Sequence

try:
    from datatrove.pipeline.base import PipelineStep
except ImportError as exc:  # pragma: no cover - depends on the extra
    raise ImportError("zhclean.datatrove needs datatrove: pip install 'zhclean[datatrove]'") from exc

from .config import Config
from .encoding import DecodeError
from .html import HTML_MODES
from .model import Document
from .pipeline import Pipeline


class ZhcleanStep(PipelineStep):
    name = "🧹 zhclean"
    type = "✂️ - FORMAT"

    def __init__(self, select: Sequence[str] | None = None, ignore: Sequence[str] | None = None,
                 config: Config | None = None, keep_empty: bool = False, audit: bool = True, html: str = "auto"):
        super().__init__()
        if html not in HTML_MODES:
            raise ValueError(f"html must be one of {', '.join(HTML_MODES)}, not {html!r}")
        self.html = html
        self.config = (config or Config()).merged(select=select, ignore=ignore)
        self.keep_empty = keep_empty
        self.audit = audit
        self._pipeline: Pipeline | None = None

    def run(self, data, rank: int = 0, world_size: int = 1):
        if self._pipeline is None:
            self._pipeline = Pipeline(self.config)
        pipe = self._pipeline
        for doc in data:
            with self.track_time():
                # a whole HTML page: its article, extracted as zhclean clean extracts it
                try:
                    result = pipe.clean(Document(id=str(doc.id), text=doc.text, meta=dict(doc.metadata)), self.html)
                except DecodeError:
                    self.stat_update("dropped_no_text")
                    continue
            self.stat_update("edits", value=len(result.edits))
            self.stat_update("flags", value=len(result.flags))
            if not result.text.strip() and not self.keep_empty:
                self.stat_update("dropped_empty")
                continue
            doc.text = result.text
            for key, value in result.meta.items():
                doc.metadata.setdefault(key, value)
            if self.audit:
                doc.metadata["zhclean_edits"] = result.edits
                doc.metadata["zhclean_flags"] = result.flags
            self.update_doc_stats(doc)
            yield doc
