"""The typo rules' speed and footprint measures must not change what they find: hits
remembered per line, window segmentations kept across documents, numpy loaded only when
a rule that needs it is set up."""
from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import astuple
from pathlib import Path

from zhclean.rules.typo import confusable, spun
from zhclean.rules.typo.lexicon import load_lexicon
from zhclean.rules.typo.line_memo import MAX_LINES, LineMemo

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
#: Lines with slips of every generator (slip index, homophones, reading table) and spun
#: phrases, and lines around which the exemptions look across the line break.
SLIPPED = [
    "这就需要王会干部增强法律意识，维护职工合法权益。",
    "各地要进一步玩善工作机制，切实抓好落实。淡味领导要宗合考虑、统愁安排。",
    "做好守候服务，召开联席悔意，才政部门要加强监管。",
    "深入学习贯彻落实科学开展观，在效劳大局中发挥作用。",
    "编辑：胡敏华",
    "秘书长张国友",
    "研究员",
    "饱食安步，在仕代农。",
    "依隐玩世，诡时不逢。",
    "達摩克利斯",
    "之剑高悬，自已要因难而上。",
]


def _documents(seed: int, count: int) -> list[str]:
    """Documents made of sample lines and slipped lines, many of them repeated across
    documents, in shuffled orders (so a line's neighbours differ from one to the next)."""
    rng = random.Random(seed)
    pool = [line for p in sorted(SAMPLES.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    pool += SLIPPED * 5
    return ["\n".join(rng.choice(pool) for _ in range(rng.randint(1, 60))) for _ in range(count)]


def _flags(lex, docs, options):
    return [[astuple(c) for c in confusable.find_slips(lex, d, options) + spun.find_spun(lex, d, options)]
            for d in docs]


def test_hits_remembered_per_line_are_the_hits_of_the_whole_text():
    lex = load_lexicon()
    memo = LineMemo(lex._find_slip_kinds, 3, max_lines=50)  # small: lines are dropped and searched again
    total = 0
    for doc in _documents(7, 80):
        whole = [h for hits in lex._find_slip_kinds(doc) for h in hits]
        assert memo.find(doc) == whole
        total += len(whole)
    assert total > 200  # the documents hold hits of every kind: the comparison saw them
    assert len(memo.lines) <= 60


def test_line_memo_holds_at_most_its_characters_and_finds_the_same():
    """Paragraph-long lines are bounded by characters, not only by count (the memo grew
    with the corpus otherwise); what it finds does not change."""
    lex = load_lexicon()
    memo = LineMemo(lex._find_slip_kinds, 3, max_chars=2000)
    for doc in _documents(7, 80):
        assert memo.find(doc) == [h for hits in lex._find_slip_kinds(doc) for h in hits]
        longest_text = max(len(doc), 2000)
        assert memo.chars == sum(len(line) + 1 for line in memo.lines) <= 2000 + longest_text + 1
    assert sum(len(line) + 1 for line in memo.lines) < sum(len(d) + 1 for d in _documents(7, 80))


def test_flags_are_the_same_with_and_without_the_memos():
    """Every candidate field (span, suggestion, kind, score, counts) the same, whether
    lines and windows were seen in earlier documents or not."""
    lex = load_lexicon()
    docs = _documents(11, 60)
    options = {"threshold": 0.0}
    lex.forget()
    remembered = _flags(lex, docs, options) + _flags(lex, docs, options)  # second pass: all lines seen
    lex.forget()
    lex.slip_memo.max_lines = lex.phrase_memo.max_lines = 0  # every line searched afresh
    try:
        fresh = []
        for doc in docs * 2:
            lex.forget()
            fresh += _flags(lex, [doc], options)
    finally:
        lex.slip_memo.max_lines = lex.phrase_memo.max_lines = MAX_LINES
    assert remembered == fresh
    assert sum(map(len, fresh)) > 50


def test_a_batch_searched_ahead_gives_each_document_the_same_flags():
    """``prepare_batch`` (the engine's call before a rule runs over a batch) searches the
    batch's lines at once; each document's flags, every field, are then those found
    document by document, and no document needs a search of its own."""
    from zhclean.rule import Context
    from zhclean.rules.typo.confusable import ConfusableWord
    from zhclean.rules.typo.spun import SpunPhrase

    docs = _documents(23, 70)
    t101, t102 = ConfusableWord(), SpunPhrase()
    options = {"threshold": 0.0}
    for rule in (t101, t102):
        rule.setup(options)
    lex = t101.lexicon
    assert t102.lexicon is lex

    def flags(rule, batch):
        return [rule.apply(d, Context(str(i), {}, options)).flags for i, d in enumerate(batch)]

    lex.forget()
    one_by_one = [flags(rule, docs[at:at + 16]) for at in range(0, len(docs), 16) for rule in (t101, t102)]
    lex.forget()
    ahead = []
    for at in range(0, len(docs), 16):
        for rule in (t101, t102):
            batch = docs[at:at + 16]
            rule.prepare_batch(batch, options)
            searched = []
            saved = {memo: memo.search for memo in (lex.slip_memo, lex.phrase_memo)}
            for memo, search in saved.items():
                memo.search = lambda text, search=search: searched.append(text) or search(text)
            try:
                ahead.append(flags(rule, batch))
            finally:
                for memo, search in saved.items():
                    memo.search = search
            assert not searched  # every line was found ahead
    assert ahead == one_by_one
    assert sum(len(f) for batch in one_by_one for f in batch) > 100


def test_a_long_text_is_left_to_its_own_search(monkeypatch):
    from zhclean.rules.typo import lexicon_rule
    from zhclean.rules.typo.confusable import ConfusableWord

    rule = ConfusableWord()
    rule.setup({})
    rule.lexicon.forget()
    short, long = "这就需要王会干部增强法律意识。", "各地要进一步玩善工作机制，切实抓好落实。" * 3
    monkeypatch.setattr(lexicon_rule, "MAX_AHEAD_CHARS", 40)
    rule.prepare_batch([short, long], {})
    assert short in rule.lexicon.slip_memo.lines and long not in rule.lexicon.slip_memo.lines


_NO_TYPO_RULES = """
import json, sys
from zhclean import Document, Pipeline
from zhclean.rules.typo import lexicon
pipe = Pipeline(ignore=["T"])
record = pipe.clean(Document(id="x", text="深入学习贯彻落实科学开展观。这就需要王会干部增强法律意识。")).to_record()
print(json.dumps({"numpy": "numpy" in sys.modules, "rapidfuzz": "rapidfuzz" in sys.modules,
                  "lexicons": lexicon._load_lexicon.cache_info().currsize, "meta": record["meta"]}))
"""


def test_without_the_t_rules_neither_the_lexicon_nor_numpy_is_loaded():
    """``--ignore T``: Q201 still scores the document from its own phrase index, and the
    word list, the reading table and numpy stay out of the process."""
    out = subprocess.run([sys.executable, "-c", _NO_TYPO_RULES], capture_output=True, text=True, check=True)
    seen = json.loads(out.stdout)
    assert seen["lexicons"] == 0
    assert not seen["numpy"] and not seen["rapidfuzz"]
    assert seen["meta"]["spun_phrases"] == 1


def test_preload_builds_what_the_rules_search():
    code = ("import sys\nimport zhclean.rules.typo as typo\nfrom zhclean.rules.typo.lexicon import load_lexicon\n"
            "typo.preload()\nlex = load_lexicon()\n"
            "print(sorted(k for k in ('slip_index', 'homophones', 'pair_index', 'spun_phrases') if k in vars(lex)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["['homophones',", "'pair_index',", "'slip_index',", "'spun_phrases']"]


def test_each_lines_judged_hits_are_those_judged_in_the_document():
    """T101 and T102 judge a line's hits once (``scoring.line_candidates``) and keep the
    verdict with the line; a hit whose exemptions look past its line is judged in each
    document. Every pair of lines whose exemptions reach across the break, in both orders
    and with a break of whitespace between, gives the candidates judged in the document."""
    from zhclean.rules.typo.scoring import candidates, line_candidates

    lex = load_lexicon()
    # each needs its own test of scoring._near_the_edge: without it, its pair differs
    across = [
        "新华社记者",  # a role at the end of the line before a name (罗沙, not 罗刹)
        "罗沙报道了全体职工的工作情况。",
        "会议由主持人国友     ",  # a name, and its title after the whitespace and the break
        "研究员讲话",
        "依隐玩世，在仕代农家乐",  # a verse clause, matched by the first clause of the next line
        "诡时不逢之乎，饱食安步。",
        "我们这就需要全体王会",  # transliteration characters just after the break
        "克利斯之剑高悬，自已要因难而上。",
        "这就需要王会干部增强法律意识，维护职工合法权益。",
        "深入学习贯彻落实科学开展观，在效劳大局中发挥作用。",
    ]
    docs = [a + sep + b for a in across for b in across for sep in ("\n", "\n \n")]
    lex.forget()
    found = 0
    for memo in (lex.slip_memo, lex.phrase_memo):
        for doc in docs:
            judged = line_candidates(lex, doc, memo)
            assert judged == candidates(lex, doc, memo.find(doc)), doc
            found += len(judged)
    assert found > 50
