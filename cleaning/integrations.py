"""zhclean as a step in other people's pipelines: pandas, Hugging Face datasets, Ray Data.

All of them come down to one batch function over columns, so the behaviour is the same
everywhere and equals ``zhclean clean``'s records:

>>> import pandas as pd
>>> from zhclean.integrations import clean_dataframe
>>> df = pd.DataFrame({"text": ["正文。\\n\\n\\n\\n浙ICP备14041666号"]})
>>> out = clean_dataframe(df, pipeline=Pipeline(select=["C101", "L301"]))
>>> out.loc[0, "text"], out.loc[0, "zhclean_meta"]["icp"]
('正文。', '浙ICP备14041666号')

Hugging Face ``datasets``::

    ds = ds.map(batch_cleaner(), batched=True, batch_size=256, num_proc=2)

Ray Data::

    ds = ds.map_batches(batch_cleaner(), batch_format="pandas")

datatrove: :class:`zhclean.datatrove.ZhcleanStep`.
"""
from __future__ import annotations

from typing import Any, Callable

from .encoding import DecodeError
from .html import HTML_MODES
from .model import Document
from .pipeline import Pipeline  # noqa: F401  (used in the doctest too)

#: Columns added next to the cleaned text column.
AUDIT_COLUMNS = ("zhclean_meta", "zhclean_flags", "zhclean_edits", "zhclean_stats")


def batch_cleaner(
    pipeline: Pipeline | None = None,
    text_column: str = "text",
    id_column: str | None = None,
    audit: bool = True,
    html: str = "auto",
) -> Callable[[Any], Any]:
    """A function that cleans a batch: a dict of lists (``datasets``) or a DataFrame (Ray, pandas).

    The text column is replaced by the cleaned text; with ``audit`` the columns of
    :data:`AUDIT_COLUMNS` are added. The pipeline is built lazily inside the worker, so the
    function pickles cheaply to other processes. A text that is a whole HTML page has its
    article extracted first, as ``zhclean clean`` does, with the pipeline's H1xx selection and
    trail level (``html="never"`` keeps the markup, ``"always"`` extracts every text: see
    :data:`zhclean.html.HTML_MODES`); a page with no article text becomes an empty text whose
    meta holds ``zhclean_error``.
    """
    if html not in HTML_MODES:
        raise ValueError(f"html must be one of {', '.join(HTML_MODES)}, not {html!r}")
    state: dict[str, Pipeline] = {}
    if pipeline is not None:
        state["pipe"] = pipeline

    def clean_batch(batch):
        pipe = state.get("pipe")
        if pipe is None:
            pipe = state["pipe"] = Pipeline()
        is_frame = hasattr(batch, "columns") and hasattr(batch, "assign")
        texts = list(batch[text_column])
        ids = list(batch[id_column]) if id_column else [str(i) for i in range(len(texts))]
        columns: dict[str, list] = {name: [] for name in (text_column, *AUDIT_COLUMNS)}
        for row, (doc_id, text) in enumerate(zip(ids, texts)):
            if _missing(text):  # None / NaN stay missing, with an empty audit
                cleaned, meta, flags, edits, stats = text, {}, [], [], {}
            elif not isinstance(text, str):
                raise TypeError(f"row {row} (id {doc_id!r}): {text_column!r} is {type(text).__name__}, not text")
            else:
                try:
                    res = pipe.clean(Document(id=str(doc_id), text=text), html=html)
                except DecodeError as exc:
                    cleaned, meta, flags, edits, stats = "", {"zhclean_error": str(exc)}, [], [], {}
                else:
                    cleaned, meta, flags, edits, stats = res.text, res.meta, res.flags, res.edits, res.stats
            for name, value in zip((text_column, *AUDIT_COLUMNS), (cleaned, meta, flags, edits, stats)):
                columns[name].append(value)
        if not audit:
            columns = {text_column: columns[text_column]}
        if is_frame:
            return batch.assign(**columns)
        out = dict(batch)
        out.update(columns)
        return out

    return clean_batch


def clean_dataframe(df, text_column: str = "text", id_column: str | None = None,
                    pipeline: Pipeline | None = None, audit: bool = True, html: str = "auto"):
    """A copy of ``df`` with ``text_column`` cleaned and the audit columns added."""
    return batch_cleaner(pipeline, text_column, id_column, audit, html)(df.copy())


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)  # NaN is not equal to itself
