"""N301's t2s character table against OpenCC itself, on random traditional strings."""
from __future__ import annotations

import random

import pytest

from zhclean.rules._script import BRIDGE, _load_pairs, bridged, changed_runs, converter, fast_table


@pytest.fixture(scope="module")
def dictionaries():
    characters, phrases = _load_pairs("TSCharacters.txt"), _load_pairs("TSPhrases.txt")
    if not characters or not phrases or fast_table("t2s") is None:  # pragma: no cover - native OpenCC
        pytest.skip("OpenCC's text dictionaries are not installed")
    return sorted(characters), sorted(phrases)


def _random_strings(characters, phrases, count, seed):
    """Traditional characters, whole phrases, phrase halves (a phrase cut or run into
    another), simplified text, punctuation and breaks, mixed at random."""
    rng = random.Random(seed)
    pieces = [lambda: rng.choice(characters), lambda: rng.choice(phrases),
              lambda: rng.choice(phrases)[: rng.randint(1, 2)], lambda: rng.choice(phrases)[-1:],
              lambda: rng.choice("工会的是了在我们，。、\n a1")]
    return ["".join(rng.choice(pieces)() for _ in range(rng.randint(1, 12))) for _ in range(count)]


def test_table_converts_exactly_as_opencc(dictionaries):
    table, opencc = fast_table("t2s"), converter("t2s")
    for text in _random_strings(*dictionaries, count=3000, seed=15):
        assert table.convert(text) == opencc.convert(text), text


def test_table_runs_are_the_runs_opencc_changes(dictionaries):
    table, opencc = fast_table("t2s"), converter("t2s")
    for text in _random_strings(*dictionaries, count=3000, seed=16):
        want = list(bridged(text, changed_runs(text, opencc.convert(text))))
        assert table.runs(text) == want, text
        assert table.runs(text, 7) == [(a + 7, b + 7, rep) for a, b, rep in want], text


def test_runs_a_few_han_apart_are_one_run_and_nothing_else_is_bridged(dictionaries):
    table = fast_table("t2s")
    assert BRIDGE == 2
    assert table.runs("工會的幹部") == [(1, 4, "会的干")]      # one Han between
    assert table.runs("會在北幹") == [(0, 4, "会在北干")]        # two
    assert table.runs("會在北京幹") == [(0, 1, "会"), (4, 5, "干")]  # three: apart
    assert table.runs("會，幹") == [(0, 1, "会"), (2, 3, "干")]      # punctuation is never bridged
    assert table.runs("會a幹") == [(0, 1, "会"), (2, 3, "干")]
    # a line with a phrase takes the other path and bridges alike
    line = "乾隆年間，乾燥的庫房裏"
    assert table.has_phrase(line)
    assert table.runs(line) == list(bridged(line, changed_runs(line, converter("t2s").convert(line))))
    assert table.runs(line) == [(3, 4, "间"), (5, 11, "干燥的库房里")]


def test_phrase_prefilter_finds_every_phrase(dictionaries):
    table = fast_table("t2s")
    _, phrases = dictionaries
    for phrase in phrases:
        assert table.has_phrase(f"工會{phrase}們") and table.has_phrase(phrase), phrase
    assert not table.has_phrase("工會幹部們學習")


def test_runs_seen_before_are_remembered_and_the_memory_is_bounded(dictionaries, monkeypatch):
    table = fast_table("t2s")
    memory = table.run_replacements
    assert table.runs("工會們") == [(1, 3, "会们")] and memory["會們"] == "会们"
    monkeypatch.setattr(memory, "limit", len(memory))
    assert table.runs("學習這個") == [(0, 4, "学习这个")] and "學習這個" not in memory
