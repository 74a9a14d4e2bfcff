"""Hard-wrapped pages from benchmarks/gen_layout.py and what the full pipeline makes of them.

The generator's gold must mean something: a page unwrapped is its gold, the two splits
share no clause, heading shape or wrap width. On the dev split (the one L101 is tuned on)
the default pipeline must rebuild nearly every paragraph of every kind and glue almost no
heading, list item, verse line or signature to its neighbour. Widths found once must not
be found again after rejoining (cleaning twice is cleaning once).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import gen_layout  # noqa: E402
import gen_layout_words as W  # noqa: E402

from zhclean import Document, Pipeline  # noqa: E402
from zhclean.rules._layout import content_lines  # noqa: E402

PER_KIND = 16


@pytest.fixture(scope="module")
def dev_pages():
    return gen_layout.make_pages("dev", seed=7, per_kind=PER_KIND)


@pytest.fixture(scope="module")
def dev_scores(dev_pages):
    return gen_layout.score(dev_pages)


def test_splits_share_no_wording_or_width():
    for items in (W.GOV_OBJECTS, W.TRAD_OBJECTS, W.DOC_OBJECTS, W.PAGED_OBJECTS, W.TOP_NUMBERINGS, W.SUB_NUMBERINGS,
                  W.WIDTHS, W.PAGE_NUMBERS, W.LONG_HEADINGS, W.LIKE_LISTS):
        dev, held = gen_layout.split_of(items, "dev"), gen_layout.split_of(items, "heldout")
        assert dev and held and not set(map(str, dev)) & set(map(str, held))


def test_unwrapped_text_is_the_gold(dev_pages):
    for p in dev_pages:
        if p["mode"] == "none" and p["kind"] != "paged":
            assert gen_layout._lines(p["text"]) == gen_layout._lines(p["gold"])


def test_every_kind_is_wrapped_several_ways(dev_pages):
    for kind in gen_layout.KINDS:
        modes = {p["mode"] for p in dev_pages if p["kind"] == kind}
        assert {"single", "multi", "ragged"} <= modes, kind


@pytest.mark.parametrize("kind", gen_layout.KINDS)
def test_paragraphs_come_back_whole(dev_scores, kind):
    k = dev_scores[kind]
    assert k["intact"] >= 0.95 * k["paras"], (kind, k["intact"], k["paras"])
    # a missed join is nearly always a stop that fell at the margin on a page with no
    # paragraph marks (no rule can tell it from a paragraph end)
    assert k["missed"] - k["missed_stop"] <= 0.02 * k["paras"], (kind, k["missed"], k["missed_stop"])


@pytest.mark.parametrize("kind", gen_layout.KINDS)
def test_headings_lists_and_verse_are_not_glued(dev_scores, kind):
    k = dev_scores[kind]
    assert k["wrong"] <= 0.003 * k["paras"], (kind, k["wrong"], k["paras"])
    assert k["changed"] <= 0.001 * k["chars"]


def test_a_page_rejoined_shows_no_wrap_width(dev_pages):
    from zhclean.rules.layout_rejoin import wrap_widths
    pipe = Pipeline(select=["L101"])
    found = 0
    for p in dev_pages[::4]:
        lines = [b.text for b in content_lines(p["text"])]
        once = pipe.clean(Document(id=p["id"], text=p["text"])).text
        found += bool(wrap_widths(lines))
        assert pipe.clean(Document(id=p["id"], text=once)).text == once
    assert found  # the pages were wrapped to begin with


def _cut_about(pages, seed: int):
    """The pages with lines cut at random places, page numbers of shapes body text
    shares between lines, and half-width commas: hard-wrapped text as it comes."""
    import random

    rng = random.Random(seed)
    for p in pages:
        out = []
        for line in p["text"].split("\n"):
            if len(line) > 6 and rng.random() < 0.15:
                cut = rng.randint(1, len(line) - 1)
                out += [line[:cut], line[cut:]]
            else:
                out.append(line)
            if rng.random() < 0.05:
                out.append(rng.choice(["3", "[4]", "（5）", "12", "·6·", "7/9"]))
        text = "\n".join(out)
        yield p["id"], text.replace("，", ",").replace("；", ";") if rng.random() < 0.5 else text


def test_a_page_cut_about_cleans_once():
    # lines that filled no width among the broken ones filled one once L101 had joined
    # them, so a second clean joined more; L101 now plans the joined page again itself
    pages = dict(_cut_about(gen_layout.make_pages("dev", seed=11, per_kind=40), seed=5))
    pipe = Pipeline()
    for pid in ("dev-trad-0031", "dev-paged-0033"):
        once = pipe.clean(Document(id=pid, text=pages[pid])).text
        assert pipe.clean(Document(id=pid, text=once)).text == once, pid
