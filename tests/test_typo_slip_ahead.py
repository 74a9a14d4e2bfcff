"""T101's slip index: built ahead in a thread and held compactly (one payload column, no
variant texts), it finds what the plain lists of ``variants.tsv`` find; every thread is
joined before the set-up returns, and a failure is raised where the table is asked for."""
from __future__ import annotations

import threading

import pytest

from zhclean.rules.typo import confusable, datafiles, lexicon, slip_index
from zhclean.rules.typo.slips import Variant, parse_variants

TEXTS = ["这就需要王会干部增强法律意识，因难面前不退缩，自已动手。",
         "各基层工会：为进一步加强规范化建设，现将有关事项通知如下。",
         "一万一样的做法，一万所有的人，守候服务很好。王会干部和王会干部。",
         ""]


@pytest.fixture
def fresh_table(monkeypatch):
    """An empty shipped table for the test, the process's own put back after it."""
    monkeypatch.setattr(slip_index, "_shipped", {})


def _plain_hits(keys: list[str], payloads: list, known: frozenset[str], text: str) -> list:
    """What the index answers, from plain lists: every pattern found, unless known."""
    found = datafiles.automaton(keys).find_matches_as_indexes(text, overlapping=True)
    return [(s, e, p if isinstance(p := payloads[i], list) else parse_variants(keys[i], p))
            for i, s, e in found if keys[i] not in known]


@pytest.mark.parametrize("known", [frozenset(), frozenset({"王会干部", "因难", "工会", ""})])
def test_the_index_built_ahead_finds_what_the_plain_table_finds(fresh_table, known):
    keys, raw = datafiles.read_variant_table()
    slip_index.build_ahead()
    ahead = slip_index.build_slip_index({}, known, ())
    in_place = slip_index.SlipIndex(keys, slip_index.Payloads(raw), known)
    for text in TEXTS:
        expected = _plain_hits(keys, raw, known, text)
        assert ahead.find(text) == expected == in_place.find(text)
        assert ahead.find(text) == expected  # parsed once, answered the same again
    assert any(ahead.find(t) for t in TEXTS)
    assert ("王会干部" in known) == all(text[s:e] != "王会干部" for text in TEXTS for s, e, _ in ahead.find(text))


def test_a_users_terms_come_after_the_shipped_payloads():
    keys, raw = datafiles.read_variant_table()
    extra = [[Variant("王会员", "工会员", "s", -5)]]
    index = slip_index.SlipIndex(keys + ["王会员"], slip_index.Payloads(raw, extra), frozenset())
    text = "王会员们"
    assert index.find(text) == _plain_hits(keys + ["王会员"], [*raw, *extra], frozenset(), text)
    assert (0, 3, extra[0]) in index.find(text)


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
    assert slip_index.shipped_table()[1] is not None  # asked again, built again
