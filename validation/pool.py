"""``zhclean check -j N``: documents analysed in worker processes, in input order.

Kept apart from :mod:`.check` so the checker stays about findings; this module knows only
how to hand a checker's documents to a pool and get its :class:`Analysed` results back.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import signal
from typing import TYPE_CHECKING, Iterator

from zhclean.model import Document
from zhclean.runner import WARM_UP_TEXT

if TYPE_CHECKING:  # the checker imports this module; its types are for annotations only
    from zhclean.config import Config

    from .check import Analysed, Checker
    from .settings import CheckSettings


_worker_checker: Checker | None = None


def _init_worker(make: type[Checker] | None = None, configs: list[Config] | None = None,
                 settings: CheckSettings | None = None,
                 keep_documents: bool = False) -> None:
    """A worker's checker (inherited when ``configs`` is None); SIGTERM and Ctrl-C are the
    parent's business, so a worker prints no traceback for either."""
    global _worker_checker
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if configs is not None:
        assert settings is not None
        assert make is not None
        _worker_checker = make(configs[0], settings, keep_documents)
        _worker_checker.file_configs = list(configs)  # their pipelines are built when first needed


def _analyse_in_worker(job: tuple[Document, tuple[str, ...], int]) -> Analysed:
    assert _worker_checker is not None, "worker not initialised"
    return _worker_checker.analyse(*job)


def _warm(checker: Checker) -> None:
    """Every pipeline of ``checker`` run once, so what its rules load on first use is in
    memory before the pool forks, shared copy-on-write instead of loaded in each worker."""
    for index in range(len(checker.file_configs)):
        try:
            checker._pipeline(index).clean(Document(id="warm-up", text=WARM_UP_TEXT))
        except Exception:  # noqa: BLE001 - only time is at stake; a rule that fails fails again on real input
            pass


def analysed_in_order(checker: Checker, jobs: Iterator[tuple[Document, tuple[str, ...], int]],
                       workers: int) -> Iterator[Analysed]:
    global _worker_checker
    if workers <= 1:
        for job in jobs:
            yield checker.analyse(*job)
        return
    ctx = mp.get_context("spawn") if mp.get_start_method(allow_none=True) == "spawn" else mp.get_context()
    if ctx.get_start_method() != "fork":  # each worker builds its own checker
        with ctx.Pool(workers, initializer=_init_worker,
                      initargs=(type(checker), checker.file_configs, checker.settings, checker.keep_documents)) as pool:
            yield from pool.imap(_analyse_in_worker, jobs, chunksize=8)
        return
    # Forked, the workers inherit the warmed checker; frozen, its objects are out of the
    # collector's reach, whose writes would copy every page (as zhclean.runner does).
    _warm(checker)
    _worker_checker = checker
    gc.collect()
    gc.freeze()
    try:
        with ctx.Pool(workers, initializer=_init_worker) as pool:
            yield from pool.imap(_analyse_in_worker, jobs, chunksize=8)
    finally:
        gc.unfreeze()
        _worker_checker = None
