"""zhclean as a Data-Juicer operator (``pip install 'zhclean[datajuicer]'``).

Importing this module registers the mapper ``zhclean_mapper`` in Data-Juicer's operator
registry, so a recipe can name it once the module is imported (a ``--custom-operator-paths``
entry, or ``import zhclean.datajuicer`` in the script that runs the executor)::

    process:
      - zhclean_mapper:
          select: ["C", "L", "N"]

It is a batched mapper: it replaces each sample's text with the cleaned text, HTML pages
extracted as ``zhclean clean`` extracts them (``html: never`` keeps the markup), with one pipeline per operator instance
(one per worker process or Ray actor).
"""
from __future__ import annotations

from typing import Sequence

try:
    from data_juicer.ops.base_op import OPERATORS, Mapper
except ImportError as exc:  # pragma: no cover - depends on the extra
    raise ImportError("zhclean.datajuicer needs Data-Juicer: pip install 'zhclean[datajuicer]'") from exc

from .config import Config
from .integrations import batch_cleaner
from .pipeline import Pipeline

#: The name recipes use.
OP_NAME = "zhclean_mapper"


@OPERATORS.register_module(OP_NAME)
class ZhcleanMapper(Mapper):
    """Clean the text of each sample with zhclean's selected rules."""

    _batched_op = True

    def __init__(self, select: Sequence[str] | None = None, ignore: Sequence[str] | None = None,
                 html: str = "auto", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.config = Config().merged(select=select, ignore=ignore)
        self.html = html  # see zhclean.html.HTML_MODES
        self._clean = None  # built in the worker: a pipeline does not travel well between processes

    def process_batched(self, samples, *args, **kwargs):
        """``samples`` is a dict of lists; the text column comes back cleaned."""
        if self._clean is None:
            self._clean = batch_cleaner(Pipeline(self.config), text_column=self.text_key, audit=False, html=self.html)
        return self._clean(samples)
