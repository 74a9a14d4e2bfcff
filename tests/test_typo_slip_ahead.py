"""T101's slip automaton built ahead in a thread: the same index as one built in place,
every thread joined before the set-up returns, a failure raised where it is asked for."""
from __future__ import annotations

import threading

import pytest

from zhclean.rules.typo import confusable, datafiles, lexicon, slip_index

TEXTS = ["这就需要王会干部增强法律意识，因难面前不退缩，自已动手。",
         "各基层工会：为进一步加强规范化建设，现将有关事项通知如下。",
         "一万一样的做法，一万所有的人，守候服务很好。"]


@pytest.fixture
def fresh_table(monkeypatch):
    """An empty shipped table for the test, the process's own put back after it."""
    monkeypatch.setattr(slip_index, "_shipped", {})


def _matches(index: slip_index.SlipIndex) -> list[list[tuple[int, int, str]]]:
    return [[(s, e, index.keys[i]) for i, s, e in index.automaton.find_matches_as_indexes(t, overlapping=True)]
            for t in TEXTS]


def test_the_index_built_ahead_finds_what_one_built_in_place_finds(fresh_table):
    keys, payloads = datafiles.read_variant_table()
    in_place = slip_index.SlipIndex(keys, list(payloads), frozenset())
    slip_index.build_ahead()
    ahead = slip_index.build_slip_index({}, frozenset(), ())
    assert ahead.keys == in_place.keys
    assert _matches(ahead) == _matches(in_place)
    assert [ahead.find(t) for t in TEXTS] == [in_place.find(t) for t in TEXTS]
    assert any(ahead.find(t) for t in TEXTS)


@pytest.mark.parametrize("lexicon_loaded", [False, True])
def test_the_set_up_leaves_no_thread_running(fresh_table, lexicon_loaded):
    if not lexicon_loaded:
        lexicon._load_lexicon.cache_clear()
    confusable.prepare({})
    assert not [t for t in threading.enumerate() if t.name == "zhclean-slip-index"]
    assert "thread" not in slip_index._shipped


def test_a_failed_build_is_raised_where_the_table_is_asked_for(fresh_table, monkeypatch):
    def broken(_keys):
        raise MemoryError("no room")

    monkeypatch.setattr(slip_index, "automaton", broken)
    slip_index.build_ahead()
    with pytest.raises(MemoryError):
        slip_index.shipped_table()
    monkeypatch.undo()
    monkeypatch.setattr(slip_index, "_shipped", {})
    assert slip_index.shipped_table()[2] is not None  # asked again, built again
