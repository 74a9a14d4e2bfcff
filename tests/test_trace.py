"""The audit trail: offsets across rules, exact rebuild of the input, flag mapping."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean.trace import EditError, Trace, check_edits, rebuild_input, replay

import pytest

ALPHABET = "工会职工。，\n 　abc12"


@st.composite
def edit_steps(draw):
    text = draw(st.text(alphabet=ALPHABET, max_size=40))
    steps = []
    current_len = len(text)
    for _ in range(draw(st.integers(0, 5))):
        # non-overlapping edits over the current text
        cuts = sorted(draw(st.lists(st.integers(0, current_len), max_size=8)))
        edits = []
        prev_end = 0
        for a, b in zip(cuts[::2], cuts[1::2]):
            if a < prev_end:
                continue
            repl = draw(st.text(alphabet=ALPHABET, max_size=4))
            edits.append((a, b, repl))
            prev_end = max(b, a + 1)
        steps.append(edits)
        current_len += sum(len(r) - (b - a) for a, b, r in edits)
    return text, steps


def _apply_plain(text, edits):
    out, pos = [], 0
    for a, b, r in sorted(edits):
        out.append(text[pos:a])
        out.append(r)
        pos = b
    out.append(text[pos:])
    return "".join(out)


@settings(max_examples=400)
@given(edit_steps())
def test_trail_rebuilds_input_and_replays_output(case):
    text, steps = case
    trace = Trace(text)
    expected = text
    for i, edits in enumerate(steps):
        trace.apply(edits, f"X{i:03d}")
        expected = _apply_plain(expected, edits)
    assert trace.text == expected
    trail = trace.edits()
    assert rebuild_input(trace.text, trail) == text
    assert replay(text, trail) == trace.text
    # spans are non-overlapping in the input and name the rules that made them
    for a, b in zip(trail, trail[1:]):
        assert a["end"] <= b["start"]
    for e in trail:
        assert text[e["start"]:e["end"]] == e["removed"]
        assert e["removed"] != e["inserted"]


def test_later_edit_on_inserted_text_merges_with_both_rules():
    trace = Trace("甲 乙")
    trace.apply([(1, 2, "\n\n\n")], "L301")
    trace.apply([(1, 4, "\n")], "X999")
    assert trace.text == "甲\n乙"
    assert trace.edits() == [{"rule": "L301", "rules": ["L301", "X999"], "start": 1, "end": 2,
                              "removed": " ", "inserted": "\n"}]


def test_edit_that_restores_the_input_leaves_no_trail():
    trace = Trace("工会")
    trace.apply([(0, 1, "王")], "A001")
    trace.apply([(0, 1, "工")], "B001")
    assert trace.text == "工会" and trace.edits() == []


def test_overlapping_edits_are_refused():
    with pytest.raises(EditError, match="overlaps"):
        check_edits([(0, 3, ""), (2, 4, "")], 10)
    with pytest.raises(EditError, match="outside"):
        check_edits([(5, 11, "")], 10)


def test_replay_refuses_a_trail_from_another_input():
    with pytest.raises(EditError):
        replay("工会", [{"rule": "A001", "start": 0, "end": 1, "removed": "王", "inserted": ""}])
