"""The generator of unseen chrome variants (benchmarks/gen_chrome.py) and what the chrome
rules do on its pages.

The generator's gold must be right for its scores to mean anything: each labelled span
is exactly its line, the two splits share no chrome wording, and a body line that looks
like chrome is labelled body. On the dev split (the one rules are tuned on) the C and L
rules must keep every body character: a removal there is a rule taking body text.
"""
from __future__ import annotations

import io
import re
import sys
import tokenize
import unicodedata
from pathlib import Path

import pytest
from opencc import OpenCC

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import gen_chrome  # noqa: E402
import gen_chrome_words as W  # noqa: E402


@pytest.fixture(scope="module")
def dev_pages():
    return gen_chrome.make_pages("dev", seed=7, per_kind=40)


def test_spans_are_the_labelled_lines(dev_pages):
    for p in dev_pages:
        assert len(p["spans"]) == len(p["lines"])
        for (start, end, label), (line, label2) in zip(p["spans"], p["lines"]):
            assert p["text"][start:end] == line and label == label2


def test_same_seed_same_pages():
    a = gen_chrome.make_pages("dev", seed=3, per_kind=5)
    b = gen_chrome.make_pages("dev", seed=3, per_kind=5)
    c = gen_chrome.make_pages("dev", seed=4, per_kind=5)
    assert [p["text"] for p in a] == [p["text"] for p in b] != [p["text"] for p in c]


@pytest.mark.parametrize("words", [W.DISCLAIMER_HEADINGS, W.DISCLAIMER_PHRASES, W.META_LABELS, W.PROGRESS, W.PAGERS,
                                   W.REPRINTS, W.FORM_PROMPTS, W.COUNTERS, W.DOC_SITES, W.DOC_TAIL, W.NUMBERINGS,
                                   W.HEADING_FRAMES, W.META_COLONS, W.META_PAGE_VALUES, W.META_SEPARATORS])
def test_splits_share_no_chrome_wording(words):
    # (counts only in the messages: a failure must not print the held-out wording, and
    # pytest explains an assertion's sub-expressions, so len(words) would print the list)
    dev, held = gen_chrome.split_of(words, "dev"), gen_chrome.split_of(words, "heldout")
    shared = len(set(map(str, dev)) & set(map(str, held)))
    n_dev, n_held, n_words = len(dev), len(held), len(words)
    assert n_dev > 0 and n_held > 0 and shared == 0, "items in both splits"
    extra = [name for name in W.DEV_ONLY if getattr(W, name) is words]
    n_dev_only = len(W.DEV_ONLY[extra[0]]) if extra else 0
    assert n_dev + n_held == n_words + n_dev_only, "an item in neither split"


# ---------------------------------------------------------------- held-out hygiene
# An item is compared folded (NFKC: full and half width; OpenCC t2s: traditional and
# simplified; lower case), so a copy in another script or width is a copy. The failure
# messages name lists and indexes, never a held-out item: a test log must not show the
# held-out wording to whoever tunes the rules.
_T2S = OpenCC("t2s")
_SLOT = re.compile(r"\{[a-z0-9]*\}")
_LETTER = re.compile(r"[\u3400-\u9fffA-Za-z]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _folded(item) -> str:
    text = item[0] if isinstance(item, tuple) else item  # META_LABELS: (label, value kind)
    return _T2S.convert(unicodedata.normalize("NFKC", text)).lower()


def _split_lists() -> list[str]:
    """The names of every word list ``split_of`` splits by position (the body's lists are
    shared by both splits and hold no chrome)."""
    return [name for name, v in vars(W).items() if name.isupper() and isinstance(v, list) and v
            and isinstance(v[0], (str, tuple)) and id(v) not in gen_chrome._SHARED_LISTS]


def _heldout() -> dict[str, list[tuple[str, int]]]:
    """Every held-out item of every list, folded, with where it is (list name, index)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for name in _split_lists():
        for i, item in enumerate(getattr(W, name)):
            if i % 4 == 3:
                out.setdefault(_folded(item), []).append((name, i))
    return out


def _wording(folded: str) -> list[str]:
    """The fixed runs of a folded item long enough to be wording rather than a shape: at
    least four letters, two of them Han (下载全文, 购买前请知悉, but not 第{a}页, 积分 or
    Page). A two- or three-character label (编辑, 积分, 前天) is its family's closed
    vocabulary, which any rule for the family names; a shape (a pager, a colon) is read
    by shape."""
    return [f.strip() for f in _SLOT.split(folded)
            if len(_LETTER.findall(f)) >= 4 and len(_HAN.findall(f)) >= 2]


def _is_joiner(folded: str) -> bool:
    """A bare joiner (a space, a colon, a bar between a label and its value): one mark,
    which every split must use; a two-mark shape (（{n}） as ({n}), {a}／{b} as {a}/{b})
    is compared like wording."""
    return len(_SLOT.sub("", folded).replace(" ", "")) <= 1


def _tuned_items():
    """(where, list name, index, item) of every item the dev and probe splits see: the
    dev positions of every list, ``W.DEV_ONLY`` and ``W.PROBE_ONLY``."""
    for name in _split_lists():
        for i, item in enumerate(getattr(W, name)):
            if i % 4 != 3:
                yield "dev", name, i, item
    for where, extra in (("dev-only", W.DEV_ONLY), ("probe", W.PROBE_ONLY)):
        for name, items in extra.items():
            for i, item in enumerate(items):
                yield where, name, i, item


def test_no_dev_or_probe_item_is_a_heldout_item_of_any_list():
    """No item the dev or probe split sees equals a held-out item of ANY list (精品推荐 as a
    dev-only flag was a held-out related heading), nor holds a held-out item's wording
    (a dev-only line 付费 ¥{price} 下载全文 shows the held-out price line 下载全文)."""
    held = _heldout()
    # a held-out label or heading as a whole (a template's runs may recur in dev ones)
    held_wording = {h: locs for h, locs in held.items() if not _SLOT.search(h) and _wording(h)}
    tuned = list(_tuned_items())
    equal = [(where, name, i, held[_folded(x)]) for where, name, i, x in tuned
             if _folded(x) in held and not _is_joiner(_folded(x))]
    inside = [(where, name, i, locs) for where, name, i, x in tuned for w, locs in held_wording.items()
              if w in _folded(x) and _folded(x) not in held]
    print(f"{len(tuned)} dev/dev-only/probe items against {sum(map(len, held.values()))} held-out items "
          f"of {len(_split_lists())} lists ({len(held_wording)} of them labels or headings): "
          f"{len(equal)} equal, {len(inside)} holding held-out wording")
    assert not equal, f"items equal to a held-out item (where, list, index, held-out list and index): {equal}"
    assert not inside, f"items holding a held-out item's wording: {inside}"


def test_rule_sources_name_no_heldout_item():
    """No held-out item's wording occurs in a string literal or a comment of the chrome
    rules (rules/chrome/*.py), folded: a rule naming a held-out heading (as an example or
    a noun) was written against the held-out split, and its figures no longer measure
    how the rules carry."""
    held_wording = {w: locs for h, locs in _heldout().items() for w in _wording(h)}
    texts = []
    for path in sorted((ROOT / "rules" / "chrome").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type in (tokenize.STRING, tokenize.COMMENT) or tok.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
                texts.append((path.name, tok.start[0], _folded(tok.string)))
    named = sorted({(locs[0], f"{file}:{line}") for w, locs in held_wording.items()
                    for file, line, text in texts if w in text})
    print(f"{len(texts)} literals and comments of rules/chrome against {len(held_wording)} held-out wording runs: "
          f"{len(named)} found")
    assert not named, f"held-out items (list, index) named by the rules (file:line): {named}"


def test_dev_only_wording_leaves_the_heldout_split_alone():
    """The wording added for tuning (``W.DEV_ONLY``) goes to the dev split only, so the
    held-out pages are the ones scored before it was written (that it holds no held-out
    item of any list: the test above)."""
    for name, items in W.DEV_ONLY.items():
        words = getattr(W, name)
        n_held, n_fourth = len(gen_chrome.split_of(words, "heldout")), sum(1 for i, _ in enumerate(words) if i % 4 == 3)
        assert n_held == n_fourth, name
        missing = len(set(map(str, items)) - set(map(str, gen_chrome.split_of(words, "dev"))))
        assert missing == 0, name


def test_probe_wording_is_neither_split():
    """The probe's items (``W.PROBE_ONLY``, never tuned on) are in no other split: the
    probe measures wording the rules were not written against."""
    for name, items in W.PROBE_ONLY.items():
        words = getattr(W, name)
        others = set(map(str, gen_chrome.split_of(words, "dev")))
        clashes = len(others & set(map(str, items)))
        assert clashes == 0, name
        in_probe = set(map(str, items)) <= set(map(str, gen_chrome.split_of(words, "probe")))
        assert in_probe, name


def test_heldout_pages_use_heldout_headings():
    pages = gen_chrome.make_pages("heldout", seed=1, per_kind=30)
    dev_only = {h for h in gen_chrome.split_of(W.DISCLAIMER_HEADINGS, "dev")}
    heads = [line for p in pages for line, label in p["lines"] if label == "chrome:disclaimer"]
    leaked = sum(line.strip("：:【】[]■※— （必读）") in dev_only for line in heads)
    assert len(heads) > 0 and leaked == 0, "a dev heading held out"


def test_body_holds_lines_that_look_like_chrome(dev_pages):
    body = [line for p in dev_pages for line, label in p["lines"] if label == "body"]
    assert any("下载" in s for s in body) and any("积分" in s for s in body) and any("1/2" in s for s in body)


def test_chrome_rules_keep_every_body_character_on_dev(dev_pages):
    scores = gen_chrome.score(dev_pages)
    for kind, k in scores.items():
        assert k["body_kept"] == k["body_chars"], (kind, k["cut"][:3])
        assert k["chrome_removed"] > 0, kind


def test_every_docsite_family_is_caught_on_dev(dev_pages):
    """The widened dev wording (framed labels, pages in P, Han numbers in brackets, headings
    in angle brackets, page words alone between a marked copy's paragraphs) is caught by
    family: each family of the doc-site kind loses at most one line in twenty (a plain
    record line on a copy nothing else marks stays)."""
    families = gen_chrome.score(dev_pages)["docsite"]["families"]
    short = {f: (n, r) for f, (n, r) in families.items() if r < 0.95 * n}
    assert not short, short


def test_cleaning_generated_pages_twice_changes_nothing():
    """The notice blocks, the site's record and the title finder agree on a second pass:
    C001 used to find a title only once C403 had taken the record lines above it."""
    from zhclean import Document, Pipeline

    pipe = Pipeline(ignore=["T", "Q"])
    pages = gen_chrome.make_pages("dev", seed=1, per_kind=70)
    unstable = []
    for p in pages:
        once = pipe.clean(Document(id=p["id"], text=p["text"])).text
        if pipe.clean(Document(id=p["id"], text=once)).text != once:
            unstable.append(p["id"])
    assert not unstable


# Shapes written from the families (a share verb with a platform, a count with what it
# counts), not from the generator's lists; and body sentences with the same words.
@pytest.mark.parametrize("line", ["转发到朋友圈", "一键收藏", "微信扫码阅读", "点击进入专题", "分享：微信 | 微博 | QQ",
                                  "分享到微博"])
def test_share_buttons_are_control_lines(line):
    from zhclean.rules.chrome._kinds import is_control_line

    assert is_control_line(line)


@pytest.mark.parametrize("line", ["请把这篇文章转发到朋友圈，让更多职工看到。", "进入专题学习阶段后，各单位要认真组织研讨。",
                                  "欢迎大家一键收藏职工服务地图"])
def test_sentences_with_share_words_are_not_control_lines(line):
    from zhclean.rules.chrome._kinds import is_control_line

    assert not is_control_line(line)


@pytest.mark.parametrize("line,counter", [("8人看过", True), ("1024人看过 · 12条评论", True), ("观看 3.2万", True),
                                          ("已有 25 人看过了展览", False), ("8人看过这部电影", False)])
def test_watch_counts_are_counters(line, counter):
    from zhclean.rules.chrome._docsite_kinds import is_counter_line

    assert is_counter_line(line) is counter


@pytest.mark.parametrize("text", [
    # C102: the title finder took the 版权所有 line C201 removes in the same pass, so the
    # date under the breadcrumb went only on the second pass
    "版权所有<p>\ufeff首页 > 新闻工会，工会\r\n2019-10-25 17:09",
    # C401: the echo's title was split in two lines that L101 joins after the chrome stage
    "z'')5\nz''\n)",
    "关于开展“职工书屋”建设的通知2\n关于开展“职工书屋\n”建设的通知\n",
    # C201: a footer line over the length limit only by a run of no-break spaces L301 makes one tab
    "同志们，我们要进一步振奋精神，切实改进作风，只争朝夕、苦干实干，努力完成全年各项目标任务。\n版权所有:嵊州市总工会"
    + "\u00a0" * 130 + "工会地址:嵊州市领带园一路401号 联系电话:0575-83112057\n",
    # random pages of real chrome lines (19:25 probe): C102 and C307 judged a line before
    # L301/L302 laid it out; C401 peeled one of three identical first lines per pass
    "来源：市总工会\u00a0\u00a0\u00a0\u00a0首页 | 机构概况 | 新闻动态 | 政务公开",
    "9\n来源：市总工会\u00a0\u00a0\u00a0\u00a0首页 | 机构概况 | 新闻动态 | 政务公开",
    "字号：大  小 > 首页 | 机构概况 | 新闻动态 | 政务公开任编辑：",
    "帮扶资金及时足额发放。当前位置正文首页机构概况新闻动态政务公开\n首页>大 中 小",
    "首页 | 机构概况 | 新闻动态 | 政务公开\n" * 3,
    "编辑:9\n产业安备\n2019-0-2><p>市",  # C102: no title while the info line stood above
    "o\u3000首页 新闻\n2019-0-5 9",  # C102: a menu row until L301 makes its wide space a space
    # C403: a single wide space split a record's label from its value until L301 made it plain
    "文档格式：\u3000docx ; 最近上传：\u30003个月前\n社区工会工作总结\n" + "今年以来，社区工会紧紧围绕中心工作，充分发挥桥梁纽带作用。" * 2,
    # C401: a lone notice kept from the tail by a long notice under it, which reads as prose
    "社区工会工作总结\n" + "今年以来，社区工会紧紧围绕中心工作，充分发挥桥梁纽带作用。" * 2
    + "\n本站不保证资料内容的准确性和完整性，仅供参考。\n本站所有资料均由用户自行上传，版权归原作者所有，"
    "本站仅提供存储空间，不承担由此引起的任何法律责任，如有侵权请联系客服删除。\n",
])
def test_fuzz_shapes_of_the_record_and_echo_rules_settle_in_one_pass(text):
    """Shapes the fuzzer found (issue 18, /tmp/s28/idem_shapes.md): cleaning twice is
    cleaning once."""
    from zhclean import Document, Pipeline

    pipe = Pipeline(ignore=["T", "Q"])
    once = pipe.clean(Document(id="x", text=text)).text
    assert pipe.clean(Document(id="x", text=once)).text == once


# ---------------------------------------------------------------- the blind split
# Wording written without reading the rules (gen_chrome_blind_words.BLIND): scored, never
# tuned on. Failure messages give counts and list names, never a blind item.
import gen_chrome_blind_words as B  # noqa: E402


def test_blind_items_are_no_other_splits_items():
    """Every blind item is new: folded, it equals no item of any word list (dev, held-out,
    ``DEV_ONLY``, ``PROBE_ONLY``), and the blind split draws each list from its own items."""
    others = {_folded(x) for name, v in vars(W).items() if name.isupper() and isinstance(v, list)
              for x in v if isinstance(x, (str, tuple))}
    others |= {_folded(x) for extra in (W.DEV_ONLY, W.PROBE_ONLY) for items in extra.values() for x in items}
    clashes = {name: n for name, items in B.BLIND.items() if (n := sum(_folded(x) in others for x in items))}
    assert not clashes, f"blind items equal to another split's item (list: count): {clashes}"
    for name, items in B.BLIND.items():
        words = getattr(W, name)
        # (booleans and counts only: pytest explains an assertion's sub-expressions, and
        # a failure must not print a blind or held-out item)
        shared, n_items = id(words) in gen_chrome._SHARED_LISTS, len(items)
        assert not shared and n_items >= 8, name
        n_distinct = len({_folded(x) for x in items})
        assert n_distinct == n_items, f"{name}: a blind item twice"
        drawn = gen_chrome.split_of(words, "blind") == list(items)
        assert drawn, name
        n_clashes = len(set(map(str, items)) & set(map(str, gen_chrome.split_of(words, "dev")
                                                           + gen_chrome.split_of(words, "heldout"))))
        assert n_clashes == 0, name


def test_blind_split_leaves_the_other_splits_alone(monkeypatch):
    """The dev, held-out and probe splits are what they were before the blind split: their
    items are the positional split of each list (with DEV_ONLY, PROBE_ONLY), and their pages
    hash the same with the blind items taken away."""
    import hashlib
    import json

    for name in _split_lists():
        words = getattr(W, name)
        dev = [x for i, x in enumerate(words) if i % 4 != 3] + list(W.DEV_ONLY.get(name, ()))
        assert gen_chrome.split_of(words, "heldout") == [x for i, x in enumerate(words) if i % 4 == 3], name
        assert gen_chrome.split_of(words, "dev") == dev, name
        assert gen_chrome.split_of(words, "probe") == dev + list(W.PROBE_ONLY.get(name, ())), name

    def digest():
        return {split: hashlib.sha256(json.dumps([p["lines"] for p in gen_chrome.make_pages(split, seed=5, per_kind=15)],
                                                 ensure_ascii=False).encode()).hexdigest()
                for split in ("dev", "heldout", "probe")}
    with_blind = digest()
    monkeypatch.setattr(gen_chrome, "_BLIND", {})
    assert digest() == with_blind


def test_dev_body_traps_stay_on_the_dev_web_pages():
    """The web body traps written for tuning (``W.DEV_WEB_BODY_TRAPS``) are drawn by the dev and
    probe splits' web pages only: held-out pages, and the dev docsite and paged pages, draw
    none of them."""
    def opening(template: str) -> str:
        return _SLOT.split(template)[0][:8]
    openings = {opening(t) for t in W.DEV_WEB_BODY_TRAPS if len(opening(t)) >= 4}

    def trap_lines(pages, kinds):
        return sum(1 for p in pages if p["kind"] in kinds for line, label in p["lines"]
                   if label == "body" and any(line.startswith(o) for o in openings))
    assert trap_lines(gen_chrome.make_pages("heldout", seed=1, per_kind=40), {"web", "docsite", "paged"}) == 0
    dev = gen_chrome.make_pages("dev", seed=1, per_kind=40)
    assert trap_lines(dev, {"docsite", "paged"}) == 0 and trap_lines(dev, {"web"}) > 0
