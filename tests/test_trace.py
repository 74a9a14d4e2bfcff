"""The audit trail: offsets across rules, exact rebuild of the input, flag mapping."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhclean.trace import (EditError, Trace, check_edits, compact_trail, expand_edits, rebuild_input, replay,
                           trail_counts)

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


def _removed_by(edits):
    """Each removed input character, and each insertion, with the rules that changed it."""
    return sorted([(i, "", e["rule"], ",".join(e.get("rules", ()))) for e in edits for i in range(e["start"], e["end"])] +
                  [(e["start"], "+", e["rule"], e["inserted"]) for e in edits if e["start"] == e["end"]])


@settings(max_examples=400)
@given(edit_steps(), st.sets(st.integers(0, 4)))
def test_compact_trail_keeps_every_removal_and_rebuilds(case, packed_steps):
    text, steps = case
    trace = Trace(text)
    for i, edits in enumerate(steps):
        trace.apply(edits, f"X{i:03d}")
    full = trace.edits()
    packed = {f"X{i:03d}" for i in packed_steps}
    compact = trace.compact_edits(lambda rule, removed, inserted: rule in packed)
    assert rebuild_input(trace.text, compact) == text
    expanded = expand_edits(trace.text, compact)
    # nothing lost: the same removed text under the same rules, in the same places
    assert "".join(e["removed"] for e in expanded) == "".join(e["removed"] for e in full)
    assert "".join(e["inserted"] for e in expanded) == "".join(e["inserted"] for e in full)
    assert _removed_by(expanded) == _removed_by(full)
    assert {r: c[1] for r, c in trail_counts(compact).items()} == {r: c[1] for r, c in trail_counts(full).items()}
    # a change some rule does not pack stays readable: inside one full entry of its rules, at its place
    for e in full:
        if e["start"] == e["end"] or not set(e.get("rules", [e["rule"]])) <= packed:
            assert any("spans" not in c and c["rule"] == e["rule"] and c.get("rules") == e.get("rules") and
                       c["start"] <= e["start"] and e["end"] <= c["end"] and
                       c["removed"][e["start"] - c["start"]:e["end"] - c["start"]] == e["removed"] for c in compact), e
    if any("spans" in e for e in compact):
        with pytest.raises(EditError):
            replay(text, compact)
    # a verdict given per list of rules, where it does not depend on the text, packs the same
    by_rules = trace.compact_edits(lambda rule, removed, inserted: rule in packed,
                                   lambda rules: True if set(rules) <= packed else (None if rules[0] in packed else False))
    assert by_rules == compact


def test_compact_trail_packs_a_rule_into_one_entry_and_merges_touching_runs():
    trace = Trace("工会,(好)  页脚\n")
    trace.apply([(2, 3, "，"), (3, 4, "（"), (5, 6, "）")], "N201")
    trace.apply([(6, 8, " ")], "L301")
    trace.apply([(7, 9, ""), (9, 10, "")], "C201")
    compact = trace.compact_edits(lambda rule, removed, inserted: rule[0] in "NL")
    # N201: (2, 2) is ".CC", the next span one on one after a gap of 1 is "B"; L301: ":GCB" is
    # a gap of 6, two characters replaced by one; C201's two touching removals are one entry
    assert compact == [{"rule": "N201", "spans": ".CCB", "old": ",()"},
                       {"rule": "L301", "spans": ":GCB", "old": "  "},
                       {"rule": "C201", "start": 8, "end": 11, "removed": "页脚\n", "inserted": ""}]
    assert trace.text == "工会，（好） "
    assert rebuild_input(trace.text, compact) == "工会,(好)  页脚\n"


def test_touching_removals_merge_between_packed_changes_and_on_long_runs():
    """Removals of one rule that touch are one entry, also when a packed change follows
    and another removal comes after it, and on a page whose every line goes (their texts
    are joined once, not added up per line)."""
    changes = [(0, 4, "页脚一\n", "", ("C201",)), (4, 8, "页脚二\n", "", ("C201",)),
               (10, 11, ",", "，", ("N201",)), (13, 17, "页脚三\n", "", ("C201",)), (17, 18, "x", "", ("C201",))]
    assert compact_trail(changes, lambda rule, removed, inserted: rule[0] == "N") == [
        {"rule": "C201", "start": 0, "end": 8, "removed": "页脚一\n页脚二\n", "inserted": ""},
        {"rule": "N201", "spans": "K", "old": ","},
        {"rule": "C201", "start": 13, "end": 18, "removed": "页脚三\nx", "inserted": ""}]
    lines = [f"第{i}行\n" for i in range(3000)]
    text = "".join(lines)
    trace = Trace(text)
    at, edits = 0, []
    for line in lines:
        edits.append((at, at + len(line), ""))
        at += len(line)
    trace.apply(edits, "C403")
    assert trace.compact_edits(lambda rule, removed, inserted: False) == [
        {"rule": "C403", "start": 0, "end": len(text), "removed": text, "inserted": ""}]


def test_changes_several_character_rules_merged_pack_under_their_rules():
    trace = Trace("ｆｕｌｌ, 學習 ,")
    trace.apply([(0, 4, "full")], "N101")
    trace.apply([(0, 1, "F"), (4, 5, "，")], "N201")  # F merges with N101's change, the comma does not
    compact = trace.compact_edits(lambda rule, removed, inserted: rule[0] == "N")
    assert compact == [{"rule": "N101", "spans": ".AE", "old": "ｆｕｌｌ", "rules": ["N101", "N201"]},
                       {"rule": "N201", "spans": "E", "old": ","}]
    assert expand_edits(trace.text, compact) == trace.edits()
    assert rebuild_input(trace.text, compact) == "ｆｕｌｌ, 學習 ,"


@pytest.mark.parametrize("spans", ["A:", ".B", "g", "A!", ["A"], [[1, 1]]])
def test_packed_spans_that_do_not_decode_are_refused(spans):
    from zhclean.trace import decode_spans

    with pytest.raises((ValueError, TypeError)):
        list(decode_spans(spans))


@given(st.lists(st.tuples(st.integers(0, 70000), st.integers(0, 5000), st.integers(0, 5000)), max_size=20))
def test_spans_decode_to_what_was_encoded(spans):
    from zhclean.trace import decode_spans, encode_span

    assert list(decode_spans("".join(encode_span(*s) for s in spans))) == spans


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


@settings(max_examples=300)
@given(edit_steps(), st.integers(1, 3))
def test_changes_kept_in_small_blocks_give_the_same_trail(case, block):
    # The trace keeps its changes in blocks and rewrites only the blocks a rule's edits
    # reach; with blocks of one to three changes nearly every edit crosses or merges
    # changes of two blocks, and the trail must be the one a single block gives.
    text, steps = case

    def run(size):
        trace = Trace(text)
        trace.block = size
        for i, edits in enumerate(steps):
            trace.apply(list(reversed(edits)), f"X{i:03d}")
        return trace.text, trace.edits(), list(trace.changes())

    assert run(block) == run(10 ** 9)


def test_insertions_at_one_point_combine_in_the_order_given_among_many_edits():
    trace = Trace("abcdef")
    trace.apply([(1, 2, "B"), (3, 3, "x"), (3, 3, "y"), (3, 4, "D"), (5, 6, "F")], "N201")
    assert trace.text == "aBcxyDeF"
    assert rebuild_input(trace.text, trace.edits()) == "abcdef"


@st.composite
def normalising_steps(draw):
    """Edit steps like a pipeline's: some rules rewrite characters where they stand (n by
    n, as N201 and N301 do), others remove, insert or replace across them."""
    text = draw(st.text(alphabet=ALPHABET, max_size=60))
    steps = []
    current_len = len(text)
    for _ in range(draw(st.integers(1, 6))):
        rule = draw(st.sampled_from(["N201", "N301", "N302", "L301", "C201"]))
        same_length = rule[0] == "N" or draw(st.booleans())
        cuts = sorted(set(draw(st.lists(st.integers(0, current_len), max_size=12))))
        edits, prev_end = [], 0
        for a, b in zip(cuts[::2], cuts[1::2]):
            if a < prev_end:
                continue
            if same_length:
                b = min(b, a + 3)
                if a == b:
                    continue
                repl = draw(st.text(alphabet=ALPHABET, min_size=b - a, max_size=b - a))
            else:
                repl = draw(st.text(alphabet=ALPHABET, max_size=3))
            edits.append((a, b, repl))
            prev_end = max(b, a + 1)
        steps.append((rule, edits))
        current_len += sum(len(r) - (b - a) for a, b, r in edits)
    return text, steps


@settings(max_examples=500)
@given(normalising_steps(), st.integers(1, 3))
def test_flat_changes_give_the_trail_of_blocks_alone(case, block):
    # Edits that keep the length on verbatim input are kept apart from the blocks, as
    # layers of columns, and packed a column at a time: the changes, the full trail and the
    # compact one must be those of a trace that keeps every change in its blocks.
    import json

    from zhclean.pipeline import character_level_rules, is_character_level

    text, steps = case

    def run(flat):
        trace = Trace(text)
        trace.block, trace.flat = block, flat
        for rule, edits in steps:
            trace.apply(edits, rule)
        return (trace.text, list(trace.changes()), json.dumps(trace.edits()),
                json.dumps(trace.compact_edits(is_character_level, character_level_rules)),
                json.dumps(trace.compact_edits(is_character_level)),
                json.dumps(compact_trail(trace.changes(), is_character_level, character_level_rules)))

    flat, blocks = run(True), run(False)
    assert flat == blocks
    assert flat[3] == flat[5]  # packed by layers == packed change by change
