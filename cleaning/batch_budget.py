"""Per-document time budgets for documents cleaned side by side, one rule at a time.

The pipeline cleans a batch of documents rule by rule (every document through rule 1,
then through rule 2, ...), so one document's time is spread over the whole batch's run.
A timer per step would cost two system calls per rule and document; instead one
real-time interval timer covers the batch. Each document adds up the time of its own
steps; when the timer fires, the document being cleaned is stopped
(:class:`~zhclean.limits.DocumentTimeout`) if its own time is over the budget, and
otherwise the timer is set again for the soonest moment any document could be over it
(a document's time grows only while it runs, never faster than the clock).

Like :func:`zhclean.limits.time_budget`, it works in the main thread of a process (the
CLI and its workers); elsewhere, or with no budget, the batch runs without one.
"""
from __future__ import annotations

import signal
import threading
from time import perf_counter
from typing import Any, Protocol, Sequence

from .limits import DocumentTimeout


class Timed(Protocol):
    #: Seconds this document's steps have taken so far.
    spent: float
    #: Set when the document failed (it runs no more steps, so its time stops).
    error: BaseException | None


class BatchBudget:
    """The budget of a batch: enter it around the batch, and mark each step with
    ``budget.current = state; budget.started = perf_counter()`` inside a ``try`` whose
    ``finally`` calls :meth:`stop` (a timeout is then raised only inside that ``try``)."""

    __slots__ = ("seconds", "states", "current", "started", "_previous")

    def __init__(self, seconds: float | None, states: Sequence[Timed]):
        usable = bool(seconds) and threading.current_thread() is threading.main_thread() and \
            hasattr(signal, "setitimer")
        self.seconds = float(seconds) if usable and seconds else 0.0
        self.states = states
        self.current: Timed | None = None
        self.started = 0.0
        self._previous: Any = None

    @property
    def active(self) -> bool:
        return self.seconds > 0

    def __enter__(self) -> "BatchBudget":
        if self.active:
            self._previous = signal.signal(signal.SIGALRM, self._expired)
            self.arm()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
        self.current = None

    def stop(self) -> None:
        """The end of the current step: its time goes to its document."""
        state, self.current = self.current, None
        if state is not None:
            state.spent += perf_counter() - self.started

    def arm(self) -> None:
        """Set the timer for the soonest moment a live document could be over its budget."""
        if not self.active:
            return
        running = self.current
        extra = perf_counter() - self.started if running is not None else 0.0
        most = max((s.spent + (extra if s is running else 0.0) for s in self.states if s.error is None),
                   default=0.0)
        signal.setitimer(signal.ITIMER_REAL, max(self.seconds - most, 1e-3))

    def _expired(self, _signum: int, _frame: object) -> None:
        state = self.current
        if state is not None and state.spent + perf_counter() - self.started >= self.seconds:
            raise DocumentTimeout(self.seconds)
        self.arm()
