"""encode_record writes with orjson when it is installed: the bytes must be json's, always."""
from __future__ import annotations

import datetime
import enum

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean import writers
from zhclean.writers import dumps, encode_record

pytest.importorskip("orjson")


def json_line(record: dict) -> bytes:
    return (dumps(record) + "\n").encode("utf-8")


# text without lone surrogates (neither encoder can write those as UTF-8)
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
numbers = st.one_of(st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
                    st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.none())
values = st.recursive(st.one_of(texts, numbers),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
                      max_leaves=8)


def record(doc_id, meta, scores, text="正文，“引号”\n\t\x01\u2028"):
    flags = [{"rule": "T101", "start": 0, "end": 1, "text": "正", "message": "m", "score": s} for s in scores]
    return {"id": doc_id, "source": "in.jsonl:1", "text": text, "meta": meta, "flags": flags,
            "edits": [{"rule": "N201", "spans": "MoB", "old": ",("}], "stats": {"chars_in": 9, "chars_out": 8}}


@settings(max_examples=300, deadline=None)
@given(doc_id=st.one_of(texts, numbers), meta=st.dictionaries(texts, values, max_size=4),
       scores=st.lists(st.one_of(st.floats(), st.integers(-5, 5)), max_size=4), text=texts)
def test_same_bytes_as_json(doc_id, meta, scores, text):
    try:
        expected = json_line(record(doc_id, meta, scores, text))
    except (ValueError, TypeError):  # json cannot write it either
        return
    assert encode_record(record(doc_id, meta, scores, text)) == expected


class Level(enum.IntEnum):
    HIGH = 2


@pytest.mark.parametrize("meta, scores", [
    ({"ratio": 1e-05}, [0.5]),  # json: 1e-05, orjson: 0.00001
    ({"ratio": -3.5e-09}, []),
    ({"ratio": float("nan")}, []),  # json: NaN, orjson: null
    ({"n": 2 ** 70}, []),  # orjson refuses ints past 64 bits
    ({1: "key that is not a string"}, []),
    ({"level": Level.HIGH}, []),
    ({}, [float("nan")]),
    ({}, [0.00005]),
    ({}, [float("-inf"), 0.25]),
    ({}, [np.float64(0.25)]),  # a float subclass: orjson refuses it
    ({"share": np.float64(0.25)}, []),
])
def test_values_orjson_writes_otherwise_go_to_json(meta, scores):
    rec = record("a", meta, scores)
    assert encode_record(rec) == json_line(rec)


def test_a_value_json_cannot_write_fails_as_before():
    rec = record("a", {"day": datetime.date(2024, 3, 5)}, [])
    with pytest.raises(TypeError):
        encode_record(rec)


def test_plain_records_are_written_by_orjson(monkeypatch):
    calls = []
    fast = writers._orjson_dumps
    monkeypatch.setattr(writers, "_orjson_dumps", lambda rec, option: calls.append(rec) or fast(rec, option=option))
    rec = record("a", {"html": {"removed": [{"rule": "H101", "chars": 3}]}, "spun_score": 0.0123}, [0.25, 0.0])
    assert encode_record(rec) == json_line(rec)
    assert calls == [rec]
