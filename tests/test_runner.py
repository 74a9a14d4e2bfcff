"""The worker pool: what the parent loads before forking, and how the pool ends."""
from __future__ import annotations

import multiprocessing as mp
import signal

import pytest

from zhclean.config import Config
from zhclean.model import Document
from zhclean.rules.typo import lexicon
from zhclean.runner import Encoded, _init_worker, clean_stream, preloaded_pipeline

forks = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="needs the fork start method")


def test_the_parent_loads_the_lexicon_before_the_workers_fork():
    """Lazy resources are loaded in the parent (shared copy-on-write), not once per worker."""
    lexicon._load_lexicon.cache_clear()
    preloaded_pipeline(Config(select=("T101",)))
    assert lexicon._load_lexicon.cache_info().currsize == 1


@forks
def test_encoded_lines_are_the_same_for_any_number_of_workers(samples_dir):
    docs = [Document(id=f"{n}-{p.stem}", text=p.read_text(encoding="utf-8"))
            for n in range(3) for p in sorted(samples_dir.glob("*.txt"))]
    config = Config()
    lines = {workers: [o.line for o in clean_stream(docs, config, workers=workers, encode=True)]
             for workers in (1, 2, 3)}
    assert lines[1] == lines[2] == lines[3]
    assert len(lines[1]) == len(docs) and all(line.endswith(b"\n") for line in lines[1])


@forks
def test_records_come_back_when_not_encoded(samples_dir):
    docs = [Document(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(samples_dir.glob("*.txt"))]
    outcomes = list(clean_stream(docs, Config(), workers=2))
    assert [o["id"] for o in outcomes] == [d.id for d in docs]
    assert not any(isinstance(o, Encoded) for o in outcomes)


@forks
def test_workers_leave_sigterm_and_ctrl_c_to_the_parent():
    """The pool is ended with SIGTERM, which the CLI turns into Ctrl-C for itself; a worker
    that inherited that handler printed a KeyboardInterrupt traceback as the run ended."""
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        with mp.get_context("fork").Pool(1, initializer=_init_worker, initargs=(None, True)) as pool:
            handlers = pool.apply(_handlers)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert handlers == (signal.SIG_DFL, signal.SIG_IGN)


def _raise_interrupt(_signum, _frame):
    raise KeyboardInterrupt


def _handlers():
    return signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
