"""Q102 and Q104 look in Python only at the lines that can be flagged (found by C-level
passes over the whole text); their flags must be those of a walk over every line."""
from __future__ import annotations

import random

import pytest

from zhclean.model import Flag
from zhclean.rule import Context
from zhclean.rules._layout import visible_len
from zhclean.rules._text import han_count, iter_lines
from zhclean.rules.quality_flags import (_CONTEXT, _CONTINUED, _OPENERS, MIN_REPEAT_CHARS, MIN_REPEAT_HAN, CensorMarks,
                                         GarbledText, screened_matches,
                                         RepeatedParagraphs, UnbalancedMarks, _unpaired_line_numbers, unbalanced)


def every_line_q102(text: str) -> list[Flag]:
    """Q102 as a walk over every non-blank line (the rule before its fast path)."""
    flags = []
    lines = [line for line in iter_lines(text) if line.text.strip()]
    for k, line in enumerate(lines):
        following = lines[k + 1].text.lstrip() if k + 1 < len(lines) else ""
        for i in unbalanced(line.text):
            ch = line.text[i]
            if ch in _CONTINUED and following.startswith(ch) and not line.text[:i].strip():
                continue
            if ch in _OPENERS:
                start, end = line.start + i, line.start + min(len(line.text), i + 1 + _CONTEXT)
                message = f"{ch} is not closed in this paragraph"
            else:
                start, end = line.start + max(0, i - _CONTEXT), line.start + i + 1
                message = f"{ch} closes nothing opened in this paragraph"
            flags.append(Flag(start, end, message, score=0.7))
    return flags


def every_line_q104(text: str) -> list[Flag]:
    """Q104 as a walk over every line (the rule before its fast path)."""
    seen: dict[str, int] = {}
    flags = []
    for number, line in enumerate(iter_lines(text), 1):
        key = line.text.strip()
        if visible_len(key) < MIN_REPEAT_CHARS:
            continue
        first = seen.setdefault(key, number)
        if first != number and han_count(key) >= MIN_REPEAT_HAN:
            offset = line.start + line.text.index(key)
            flags.append(Flag(offset, offset + len(key), f"repeats the paragraph on line {first}", score=0.9))
    return flags


PIECES = ["“", "”", "‘", "’", "（", "）", "(", ")", "《", "》", "【", "】", "「", "」", "『", "』", "〈", "〉",
          "工会", "职工", "，", "。", " ", "\u3000", "\n", "\n", "\r\n", "\r", "\n\n"]
PARAGRAPHS = ["通过学习,提高了工作效率,工会事业得到了进一步发展。", "　　各级工会要把维护职工合法权益作为工作的出发点。",
              "client = redis.Redis()  # a line of code repeated", "一是加强领导", "",
              "“第一，要提高政治站位，切实增强做好工作的责任感。"]


def random_marks_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 60)))


def random_paragraphs_text(rng: random.Random) -> str:
    breaks = ["\n", "\n", "\r\n", "\r", "\n\n"] if rng.random() < 0.3 else ["\n", "\n\n"]
    lines = [rng.choice(PARAGRAPHS) + rng.choice(["", " ", "\u3000"]) for _ in range(rng.randrange(1, 12))]
    return "".join(line + rng.choice(breaks) for line in lines)[:rng.choice([None, -1, -3])]


@pytest.mark.parametrize("seed", range(6))
def test_q102_flags_every_line_walk(seed):
    rng = random.Random(seed)
    for _ in range(400):
        text = random_marks_text(rng)
        assert UnbalancedMarks().apply(text, Context()).flags == every_line_q102(text), text


@pytest.mark.parametrize("seed", range(6))
def test_q104_flags_every_line_walk(seed):
    rng = random.Random(seed)
    for _ in range(300):
        text = random_paragraphs_text(rng)
        assert RepeatedParagraphs().apply(text, Context()).flags == every_line_q104(text), text


def test_unpaired_lines_are_those_with_a_finding():
    text = "“三位一体”（总体推进）\n一是安全）二是\n\n《工会法》\n“送温暖\n（“《》”）\n）（"
    assert _unpaired_line_numbers(text) == [1, 4, 6]
    assert [k for k, line in enumerate(text.split("\n")) if unbalanced(line)] == [1, 4, 6]


def test_a_quotation_over_paragraphs_separated_by_blank_lines_is_left_alone():
    text = "他在会上说：\n\n“第一，要提高政治站位。\n\n“第二，要提升工作能力。”"
    assert UnbalancedMarks().apply(text, Context()).flags == []


MARK_PIECES = ["*", "＊", " ", "\u3000", "×", "✕", "╳", "□", "■", "〓", "X", "x", "XX", "xX", "box", "市", "公司",
               "\ufffd", "锟斤拷", "烫", "屯", "Ã©", "é", "\ue000", "1", "\n"]


@pytest.mark.parametrize("rule", [CensorMarks(), GarbledText()], ids=["Q101", "Q103"])
def test_screened_marks_are_those_every_place_is_tried_for(rule):
    rng = random.Random(3)
    for _ in range(2000):
        text = "".join(rng.choice(MARK_PIECES) for _ in range(rng.randrange(1, 30)))
        want = [m.span() for m in rule.marks.finditer(text)]
        assert [m.span() for m in screened_matches(rule.screen, rule.marks, text)] == want, text
        assert [(f.start, f.end) for f in rule.apply(text, Context()).flags] == want
