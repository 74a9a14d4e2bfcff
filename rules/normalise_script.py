"""N301, N302: script detection and conversion, and converter artefacts."""
from __future__ import annotations

import re
from functools import partial
from typing import Any, Mapping

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from ._script import (
    SIMPLIFIED,
    SIMPLIFIED_RUNS,
    TRADITIONAL,
    TRADITIONAL_RUNS,
    converted_runs,
    detect_script,
    has_simplified,
    has_traditional,
)
from ._text import HAN_RE, lines_holding

KEEP = "keep"
# An Edit made from a (start, end, replacement) run without a Python-level call per run.
_new_edit = partial(tuple.__new__, Edit)
# The conversion to each target, the test for a text that needs it, and the runs of
# characters that make a line need it.
_TARGETS = {
    SIMPLIFIED: ("t2s", has_traditional, TRADITIONAL_RUNS),
    TRADITIONAL: ("s2t", has_simplified, SIMPLIFIED_RUNS),
}


class Script(Rule):
    """Detect the script (simplified, traditional, mixed) and convert to the target.

    **What it does.** Records ``meta.script`` for every document: ``simplified``,
    ``traditional``, ``mixed`` (neither script has 90% of the script-specific characters)
    or ``none`` (no Han characters). Then converts the lines that hold characters of the
    other script to the configured ``target`` with OpenCC (phrase-aware, so 乾隆 and
    於姓 survive), one audited edit per changed run of characters (runs one or two Han
    characters apart are one edit: ``工會的幹部`` is one edit, ``會的幹`` → ``会的干``).

    **Why.** Mainland corpora mix pages written in traditional script, pages run through
    a converter by the site, and half-converted pages. Deduplication, search and typo
    rules all need one script; ``meta.script`` keeps what the page was.

    **Cost.** A simplified document costs one GB2312 encode (hundreds of MB/s) and is
    never converted; only lines with characters of the other script are, and for t2s by
    a character table that gives OpenCC's exact result (OpenCC itself only where one of
    its phrases occurs).

    **Options.** ``target``: ``simplified`` (default), ``traditional`` (OpenCC ``s2t``) or
    ``keep`` (detect only).

    **Anti-pattern**::

        學習加強了黨性修養
        通過政治理論學習,廣大幹部職工堅定了共產主義信仰

    **Best practice**::

        学习加强了党性修养
        通过政治理论学习,广大干部职工坚定了共产主义信仰

    with ``meta.script = "traditional"``.
    """

    code = "N301"
    name = "normalise.script"
    summary = "detect simplified/traditional script (meta.script) and convert to the target"
    stage = Stage.SCRIPT
    options = {"target": SIMPLIFIED}
    writes = frozenset({"script"})

    def setup(self, options: Mapping[str, Any]) -> None:
        """Refuse a ``target`` the rule cannot convert to, before the first document."""
        target = options.get("target", SIMPLIFIED)
        if target != KEEP and target not in _TARGETS:
            raise ValueError(f"target must be one of {', '.join(map(repr, [*_TARGETS, KEEP]))}, not {target!r}")

    def apply(self, text: str, ctx: Context) -> RuleResult:
        traditional = has_traditional(text)
        script = detect_script(text, has_han=HAN_RE.search(text) is not None, traditional=traditional)
        target = ctx.options.get("target", SIMPLIFIED)
        if target == KEEP:
            return RuleResult(meta={"script": script})
        if target not in _TARGETS:
            raise ValueError(f"option target must be one of {', '.join([*_TARGETS, KEEP])}, not {target!r}")
        conversion, needs, other_script = _TARGETS[target]
        if not (traditional if target == SIMPLIFIED else needs(text)):
            return RuleResult(meta={"script": script})
        edits = []
        for line in lines_holding(text, other_script.pattern(text)):
            edits += map(_new_edit, converted_runs(line.text, conversion, line.start))
        return RuleResult(edits=edits, meta={"script": script})


# 壹 next to these is a financial numeral (壹万元, 人民币壹仟贰佰元整) and is right as written.
_NUMERAL_NEIGHBOURS = "零〇壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億元圆圓角分整"
# Names that are written with 壹 on purpose.
_NAMES = ("壹基金", "补壹刀", "補壹刀", "壹周刊", "壹週刊", "壹传媒", "壹傳媒", "壹读", "壹讀", "壹加壹", "壹钱包", "壹錢包")
_NAME_RE = re.compile("|".join(_NAMES))
# Words in which 壹 stands for 一 however few artefacts the page has.
_BEFORE = "进進统統第唯同每逐划劃均单單专專万萬归歸合整"
_AFTER = "是些切定直起样樣般致体體个個种種方旦边邊次条條线線流律向再度带帶把位名项項手心道"
_WORD_RE = re.compile(f"(?<=[{_BEFORE}])壹|壹(?=[{_AFTER}])")
# A page where 壹 is everywhere and 一 nowhere went through a converter that maps 一 → 壹.
_MIN_ARTEFACTS = 2


class YiArtefact(Rule):
    """Repair 壹 written for 一 by a broken converter (進壹步, 壹是, 統壹 → 一).

    **What it does.** Replaces 壹 with 一 where it stands in a common word (进壹步, 统壹,
    壹是, 壹切, 第壹, 每壹 …), and everywhere on a page that has no 一 at all but several
    壹 (the converter mapped every 一). Leaves financial numerals (壹万元, 壹仟贰佰元整)
    and names written with 壹 (壹基金, 补壹刀, 壹周刊) alone.

    **Why.** Some sites run their text through a simplified→traditional table that maps
    一 to its financial form 壹; OpenCC converts the rest back but keeps 壹, which is a
    valid character. The result (进壹步增强, 壹是要) reads as garbage and defeats search.

    **Anti-pattern**::

        充分發揮參與、維護、建設、教育的社會職能,進壹步增強創造力。壹是要統壹思想。

    **Best practice**::

        充分發揮參與、維護、建設、教育的社會職能,進一步增強創造力。一是要統一思想。
    """

    code = "N302"
    name = "normalise.yi-artefact"
    summary = "壹 written for 一 by a broken converter (進壹步, 壹是), not 壹基金 or 壹万元"
    # After chrome removal and line joining: whether a page has any 一 left, and whether
    # 统 / 壹 are neighbours (a page number or a wrap may stand between them), must be
    # judged on the text that is written, or a second clean would judge differently.
    stage = Stage.PUNCTUATION

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if "壹" not in text:
            return RuleResult()
        named = {i for m in _NAME_RE.finditer(text) for i in range(m.start(), m.end())}
        everywhere = "一" not in text and text.count("壹") - len(named) >= _MIN_ARTEFACTS
        candidates = (m.start() for m in re.finditer("壹", text)) if everywhere else (
            m.start() for m in _WORD_RE.finditer(text))
        edits = [Edit(i, i + 1, "一") for i in candidates if i not in named and not _is_numeral(text, i)]
        return RuleResult(edits=edits)


def _is_numeral(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return bool(before and before in _NUMERAL_NEIGHBOURS) or bool(after and after in _NUMERAL_NEIGHBOURS)
