"""Limits that keep one hostile input from stopping a run: document size, a per-document
time budget, and the number of worker processes.

A document over a limit is reported (an input error naming it and the limit, listed in
``--errors``) and set aside; the rest of the corpus goes on. Values a limit cannot take
(``--max-doc-mb -1``, ``nan``, ``inf``) are refused before anything is read, as the same
values in a configuration file are.

>>> check_positive("max-doc-mb", 64)
64.0
>>> capped_workers(3, cpus=2)
(3, None)
>>> capped_workers(100000, cpus=2)[0]
8
"""
from __future__ import annotations

import math
import os
import signal
import threading
from contextlib import contextmanager
from typing import Iterator

#: Default per-document time budget in seconds (``max-doc-seconds``; 0 turns it off). The
#: slowest document of the c20 corpus takes about 0.2 s; a budget of minutes only stops
#: input that would never finish.
DEFAULT_DOC_SECONDS = 300.0

#: Processes per available CPU beyond which more workers only cost memory (each holds a
#: pipeline with its lexicons): ``-j`` is capped there, with a message.
WORKERS_PER_CPU = 4


def check_positive(name: str, value: object, *, allow_zero: bool = False) -> float:
    """``value`` as a float if it is a finite number above 0 (or 0 with ``allow_zero``),
    else a ValueError saying what the setting ``name`` takes."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number, not {value!r}")
    number = float(value)
    if not math.isfinite(number) or number < 0 or (number == 0 and not allow_zero):
        least = "0 or more" if allow_zero else "above 0"
        raise ValueError(f"{name} must be a finite number {least}, not {value!r}")
    return number


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the system has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def capped_workers(requested: int, cpus: int | None = None) -> tuple[int, str | None]:
    """The worker count to use for ``-j requested``, and a message when it was capped.

    Results do not depend on the number of workers, so capping changes only the time; a
    request of 100,000 would otherwise fork until the kernel kills the run.
    """
    cpus = cpus or available_cpus()
    cap = WORKERS_PER_CPU * cpus
    requested = max(1, int(requested))
    if requested <= cap:
        return requested, None
    return cap, (f"-j {requested} is more processes than {cpus} CPUs can use; using {cap} "
                 f"({WORKERS_PER_CPU} per CPU)")


class DocumentTimeout(Exception):
    """A document took longer than the per-document time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than the {seconds:g} s budget for one document")
        self.seconds = seconds


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the block once ``seconds`` have passed.

    Uses a real-time interval timer, so it works only in the main thread of a process (the
    CLI and its worker processes); elsewhere (threads of an embedding program) the block
    runs without a budget rather than failing. Regular-expression matching checks for
    signals, so a pathological pattern is interrupted too.
    """
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(_signum, _frame):
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
