"""The prebuilt copies of the typo lexicon (``rules/typo/prebuilt.py``): the lexicon loaded
from them is the one built from the data files; a stale, corrupt or unwritable copy never
changes what is found, only how long loading takes."""
from __future__ import annotations

import numpy as np
import pytest

from zhclean.rules.typo import confusable, datafiles, lexicon, prebuilt


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(prebuilt.CACHE_ENV, str(folder))
    return folder


def _fresh_lexicon(words=(), terms=()):
    """A lexicon built now, not the one ``load_lexicon`` remembers."""
    return lexicon._load_lexicon.__wrapped__(tuple(words), tuple(terms))


def _same_pair_index(a, b) -> None:
    for name in ("readings", "char_lp", "group_of", "best_lp", "common", "first_id", "second_id", "sound_chars"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype and np.array_equal(x, y), name
    assert a.width == b.width
    for name in ("groups", "char_lp_of", "common_chars", "entries", "established", "sound_map"):
        assert getattr(a, name) == getattr(b, name), name


def test_a_lexicon_loaded_from_the_cache_is_the_one_built_from_the_files(cache, monkeypatch):
    monkeypatch.setenv(prebuilt.CACHE_ENV, "off")
    built = _fresh_lexicon(terms=["工会"])
    monkeypatch.setenv(prebuilt.CACHE_ENV, str(cache))
    first = _fresh_lexicon(terms=["工会"])  # builds and writes the copies
    _ = first.pair_index
    assert sorted(p.name.split("-")[0] for p in cache.glob("*.bin")) == ["reading", "words"]

    def no_build(*args, **kwargs):
        raise AssertionError("built again, though a fresh copy is in the cache")

    monkeypatch.setattr(datafiles, "read_words", no_build)
    from zhclean.rules.typo import _pairs
    monkeypatch.setattr(_pairs, "build_pair_index", no_build)
    loaded = _fresh_lexicon(terms=["工会"])
    assert list(loaded.words.items()) == list(built.words.items())  # same values, same order (most frequent first)
    assert loaded.floor == built.floor and loaded.prefixes == built.prefixes
    _same_pair_index(loaded.pair_index, built.pair_index)
    text = "各地要进一步玩善工作机制，淡味领导要宗合考虑、统愁安排。这就需要王会干部增强法律意识。" * 12
    assert confusable.find_slips(loaded, text, {}) == confusable.find_slips(built, text, {})


def test_other_word_lists_get_their_own_reading_table(cache):
    plain = _fresh_lexicon().pair_index
    mine = _fresh_lexicon(words=["完善度"], terms=["玩善"]).pair_index
    assert len(list(cache.glob("reading-table-*.bin"))) == 2  # neither removes the other
    assert not np.array_equal(plain.common, mine.common)


def test_a_stale_copy_is_built_again_and_kept_within_the_bound(cache):
    data = cache.parent / "data.txt"
    data.write_text("一", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return data.read_text(encoding="utf-8")

    def get():
        return prebuilt.load_or_build("thing", prebuilt.digest([data]), build, str.encode, bytes.decode)

    assert get() == "一" and get() == "一" and len(calls) == 1
    data.write_text("二", encoding="utf-8")  # the data changed: the key changes with it
    assert get() == "二" and len(calls) == 2
    # the old copy stays (another checkout may still use it) until the bound evicts it
    assert sorted(p.read_text(encoding="utf-8") for p in cache.glob("thing-*.bin")) == ["一", "二"]


def _pair_index_builds(monkeypatch):
    from zhclean.rules.typo import _pairs
    calls = []
    real = _pairs.build_pair_index

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(_pairs, "build_pair_index", counted)
    return calls


@pytest.mark.parametrize("module, name, value", [
    ("lexicon", "COMMON_WORD_FREQ", 400),  # raises the established-word bar
    ("lexicon", "DOMAIN_FREQ", 10),  # the added words' raised frequency
    ("_pairs", "PAIR_WORD_LP", -11.0),  # which two-character words are matched by reading
])
def test_a_changed_builder_constant_is_never_served_the_old_table(cache, monkeypatch, module, name, value):
    import importlib
    target = importlib.import_module(f"zhclean.rules.typo.{module}")
    calls = _pair_index_builds(monkeypatch)
    _ = _fresh_lexicon().pair_index
    _ = _fresh_lexicon().pair_index
    assert len(calls) == 1  # the second came from the cache
    monkeypatch.setattr(target, name, value)
    changed = _fresh_lexicon().pair_index
    assert len(calls) == 2  # the new constant keys a new copy: built afresh
    monkeypatch.setenv(prebuilt.CACHE_ENV, "off")
    _same_pair_index(changed, _fresh_lexicon().pair_index)


def test_the_key_covers_the_source_of_every_builder_module(tmp_path, monkeypatch):
    from zhclean.rules.typo import _pairs, slips, wordlist
    files, _ = prebuilt.code_inputs(lexicon._pair_builders(_pairs))
    names = {p.name for p in files}
    assert {"lexicon.py", "wordlist.py", "_pairs.py", "datafiles.py", "slips.py", "prebuilt.py"} <= names
    # _pairs' own imports from the package are among them
    imported = {line.split()[1].lstrip(".") for line in open(_pairs.__file__, encoding="utf-8")
                if line.startswith("from .")}
    assert {f"{m}.py" for m in imported} <= names
    # an edit of a builder's source (not only of its constants) changes the key
    module = tmp_path / "builder.py"
    module.write_text("LIMIT = 1\n\ndef build():\n    return 1\n", encoding="utf-8")
    fake = type(wordlist)("builder")
    fake.__file__ = str(module)
    fake.LIMIT = 1
    before = prebuilt.digest(*prebuilt.code_inputs([fake]))
    module.write_text("LIMIT = 1\n\ndef build():\n    return 2\n", encoding="utf-8")
    assert prebuilt.digest(*prebuilt.code_inputs([fake])) != before
    assert slips.__file__ in map(str, files)


def test_the_reading_table_pickles_to_the_same_bytes_under_any_hash_seed(tmp_path):
    import os
    import subprocess
    import sys
    script = ("import sys; from zhclean.rules.typo import lexicon; "
              "sys.stdout.buffer.write(lexicon._pickle(lexicon._load_lexicon.__wrapped__((), ('工会',)).pair_index))")
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, prebuilt.CACHE_ENV: "off"}
        outputs.append(subprocess.run([sys.executable, "-c", script], env=env, check=True,
                                      capture_output=True).stdout)
    assert len(outputs[0]) > 1_000_000 and outputs[0] == outputs[1]
    import pickle
    _same_pair_index(pickle.loads(outputs[0]), _fresh_lexicon(terms=["工会"]).pair_index)


def test_copies_used_lately_outlive_older_ones(cache):
    import os
    get = lambda name: prebuilt.load_or_build(name, "k", lambda: name, str.encode, bytes.decode)  # noqa: E731
    get("first")
    for i in range(prebuilt.MAX_COPIES - 1):
        get(f"thing{i}")
    for i, p in enumerate(sorted(cache.glob("*.bin"), key=lambda p: p.name != "first-k.bin")):
        os.utime(p, ns=(10**18 + i, 10**18 + i))  # first-k is the oldest written
    get("first")  # loading it marks it used
    get("newcomer")  # over the bound: the least recently used goes, not the oldest written
    kept = {p.name for p in cache.glob("*.bin")}
    assert len(kept) == prebuilt.MAX_COPIES and {"first-k.bin", "newcomer-k.bin"} <= kept


def test_threads_writing_the_same_copy_at_once_never_collide(cache):
    from concurrent.futures import ThreadPoolExecutor
    payload = "字" * 200_000
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda _: prebuilt.load_or_build("thing", "k", lambda: payload, str.encode, bytes.decode),
                            range(32)))
    assert got == [payload] * 32
    assert [p.name for p in cache.iterdir()] == ["thing-k.bin"]  # no temporary file left behind
    assert (cache / "thing-k.bin").read_text(encoding="utf-8") == payload


def test_a_corrupt_copy_is_built_again(cache):
    key = prebuilt.digest([], "v")
    cache.mkdir()
    (cache / f"thing-{key}.bin").write_bytes(b"\x80garbage")
    assert prebuilt.load_or_build("thing", key, lambda: {"a": 1}, lexicon._pickle, __import__("pickle").loads) == {"a": 1}
    assert __import__("pickle").loads((cache / f"thing-{key}.bin").read_bytes()) == {"a": 1}


def test_an_unwritable_cache_folder_or_none_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(prebuilt.CACHE_ENV, str(blocker / "cache"))
    assert prebuilt.load_or_build("thing", "k", lambda: "built", str.encode, bytes.decode) == "built"
    monkeypatch.setenv(prebuilt.CACHE_ENV, "off")
    assert prebuilt.cache_dir() is None
    assert prebuilt.load_or_build("thing", "k", lambda: "built", str.encode, bytes.decode) == "built"


def test_the_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(prebuilt.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert prebuilt.cache_dir() == tmp_path / "zhclean"


def test_the_folder_keeps_a_bounded_number_of_copies(cache):
    for i in range(prebuilt.MAX_COPIES + 3):
        prebuilt.load_or_build(f"thing{i}", "k", lambda: "x", str.encode, bytes.decode)
    kept = sorted(p.name for p in cache.glob("*.bin"))
    assert len(kept) == prebuilt.MAX_COPIES and f"thing{prebuilt.MAX_COPIES + 2}-k.bin" in kept
