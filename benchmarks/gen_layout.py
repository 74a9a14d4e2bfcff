"""Hard-wrapped prose of four kinds, with the unwrapped paragraphs as gold.

Kinds: ``gov`` (government / union notices and reports: salutation, headings, clauses,
lists, closing, signature and date), ``trad`` (traditional-script articles with verse and
壹-for-一 conversion artefacts), ``docsite`` (document-sharing copies: reflections with
blank lines between paragraphs, sometimes between every line) and ``paged`` (reports
copied page by page, a page-number line wherever a page ended, mid-sentence or not).

Each page is wrapped one way: not at all, at one width, at several widths (a document
put together from sources wrapped differently), or raggedly (each line a character or two
off, as proportional fonts and half-width digits leave it). Widths count columns (a Han
character is two, a digit one), and a mark that cannot start a line hangs at the end of
the line before. Headings (some 25-40 characters long), list items, lists of entries of one
shape (directories, titles, slogans), numbered clauses, verse, table rows, signatures and
dates are lines of their own in the gold: joining one to its neighbour is a wrong join.

The full default pipeline cleans the wrapped page; the gold paragraphs go through the same
pipeline without L101 (so script conversion and punctuation repairs apply to both), and
the two are aligned character by character. Printed per kind: paragraphs intact (gold
lines reproduced exactly as one output line), wrong joins (gold line breaks lost), missed
joins (output line breaks inside a gold line), characters changed.

**Splits.** Every fourth item of each word list (clauses, headings, numbering shapes, wrap
widths, page-number shapes) belongs to ``heldout`` only. Tune on ``dev``; report ``heldout``.

    .venv/bin/python benchmarks/gen_layout.py --split heldout --pages 100
    .venv/bin/python benchmarks/gen_layout.py --split dev --show 5   # examples of errors

>>> pages = make_pages("dev", seed=1, per_kind=1)
>>> sorted(p["kind"] for p in pages)
['docsite', 'gov', 'paged', 'trad']
>>> all(p["gold"] and p["text"] for p in pages)
True
"""
from __future__ import annotations

import argparse
import difflib
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_layout_words as W  # noqa: E402

SPLITS = ("dev", "heldout")
KINDS = ("gov", "trad", "docsite", "paged")
CANNOT_START = set("，。、；：？！）》」』”’…,.;:?!)")
ZH_NUM = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
STOPS = set("。！？；!?;”")


def split_of(items: Sequence, split: str) -> list:
    """The items of a word list that ``split`` may use: every fourth is held out."""
    if split == "heldout":
        return [x for i, x in enumerate(items) if i % 4 == 3]
    return [x for i, x in enumerate(items) if i % 4 != 3]


class Gen:
    """One page's random choices, restricted to a split's words."""

    def __init__(self, split: str, rng: random.Random):
        self.split, self.rng = split, rng

    def pick(self, items: Sequence):
        return self.rng.choice(split_of(items, self.split))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def fill(self, s: str) -> str:
        r = self.rng
        return s.format(n=r.randint(3, 9800), y=r.randint(2015, 2024), p=r.randint(60, 99), d=r.randint(0, 9), o="{o}")

    # ------------------------------------------------------------ prose
    def sentence(self, lists: dict) -> str:
        core = f"{self.pick(lists['subj'])}{self.pick(lists['act'])}{self.pick(lists['obj'])}"
        parts = [core, self.pick(lists['purpose'])]
        if self.chance(0.35):
            parts.insert(0, self.fill(self.pick(lists['open'])))
        if self.chance(0.35):
            parts.append(self.fill(self.pick(lists['detail'])))
        return "，".join(parts) + self.rng.choice("。。。。。；！")[:1]

    def paragraph(self, lists: dict) -> str:
        text = "".join(self.sentence(lists) for _ in range(self.rng.randint(1, 5)))
        if text[-1] == "；":
            text = text[:-1] + "。"
        return text

    def number(self, shape: str, k: int) -> str:
        return shape.format(z=ZH_NUM[k - 1], n=k, c=CIRCLED[k - 1], r=W.ROMAN[k - 1], R=W.ASCII_ROMAN[k - 1],
                            p=W.PARENTHESISED[k - 1], l="abcdefgh"[k - 1])

    def sections(self, lists: dict, out: list, count: int) -> None:
        """Headings, each with paragraphs, now and then a list, sub-headings or a table."""
        top = self.pick(W.TOP_NUMBERINGS)
        sub = self.pick(W.SUB_NUMBERINGS)
        for k in range(1, count + 1):
            name = self.pick(W.HEADING_TEXTS if self.chance(0.6) else W.LONG_HEADINGS)
            out.append((self.number(top, k) + name, "heading"))
            if self.chance(0.3):  # sub-headings with their text on the same line
                for j in range(1, self.rng.randint(2, 4)):
                    out.append((self.number(sub, j) + self.pick(W.HEADING_TEXTS) + "。" + self.paragraph(lists), "prose"))
                continue
            for _ in range(self.rng.randint(1, 3)):
                out.append((self.paragraph(lists), "prose"))
            if self.chance(0.25):
                items = self.rng.sample(split_of(W.LIST_ITEMS, self.split), self.rng.randint(2, 4))
                end = self.rng.choice(["。", "；", ""])
                out += [(self.number(sub, j) + it + end, "list") for j, it in enumerate(items, 1)]
            if self.chance(0.1):
                out += [(row, "table") for row in self.rng.choice(W.TABLE_ROWS)]
            if self.chance(0.15):
                out += self.like_list()

    def like_list(self) -> list[tuple[str, str]]:
        """A heading and 3-4 entries of one shape (a directory, titles, slogans), each a
        line of its own however wide, then a sentence after them."""
        heading, shape, names = self.pick(W.LIKE_LISTS)
        r = self.rng
        picked = r.sample(names, min(len(names), r.randint(3, 4)))
        out = [(heading, "heading")]
        out += [(shape.format(a=a, n=r.randint(1, 300), t=f"8{r.randint(1000000, 9999999)}"), "list") for a in picked]
        return out

    def page(self, kind: str) -> list[tuple[str, str]]:
        lists = {key: getattr(W, f"{kind.upper() if kind != 'docsite' else 'DOC'}_{key.upper()}")
                 for key in ("subjects", "actions", "objects", "purposes", "details", "openers", "titles")}
        lists = {"subj": lists["subjects"], "act": lists["actions"], "obj": lists["objects"], "purpose": lists["purposes"],
                 "detail": lists["details"], "open": lists["openers"], "title": lists["titles"]}
        title = self.fill(self.pick(lists["title"])).format(o=self.pick(lists["obj"]))
        out = [(title, "heading")]
        if kind == "gov" and self.chance(0.7):
            out.append((self.pick(W.SALUTATIONS), "salutation"))
        for _ in range(self.rng.randint(1, 2)):
            out.append((self.paragraph(lists), "prose"))
        if kind == "trad" and self.chance(0.5):
            out += [(v, "verse") for v in self.rng.choice(split_of(W.VERSES, self.split))]
            out.append((self.paragraph(lists), "prose"))
        self.sections(lists, out, self.rng.randint(1, 4))
        if kind == "paged" and self.chance(0.3):  # a table of contents under the title
            top, toc = self.pick(W.TOP_NUMBERINGS), [("目录", "heading")]
            for k in range(1, self.rng.randint(3, 6)):
                # a contents entry fits on one line, its leaders out to the width
                name = self.number(top, k) + self.pick([h for h in W.HEADING_TEXTS + W.LONG_HEADINGS if len(h) <= 18])
                toc.append((name + "\t" + str(2 * k + 1), "toc"))
            out[1:1] = toc
        if kind == "docsite" and self.chance(0.4):  # titles of related documents, as wide as a wrap
            out.append((self.pick(W.RELATED_HEADINGS), "heading"))
            out += [(self.fill(self.pick(lists["title"])).format(o=self.pick(lists["obj"])), "list")
                    for _ in range(self.rng.randint(3, 6))]
        if kind == "gov":
            out.append((self.pick(W.CLOSINGS), "closing"))
            if self.chance(0.4):
                out.append((self.pick(W.ATTACHMENTS), "list"))
            out.append((self.pick(W.SIGNERS), "signature"))
            y, m, d = self.rng.randint(2015, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)
            out.append((f"{y}年{m}月{d}日", "date"))
        return out


def to_traditional(lines: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, str]]:
    """Convert with OpenCC and leave the artefacts a careless converter leaves: 壹 for 一
    inside words (進壹步, 統壹) and half-width commas."""
    import opencc
    conv = opencc.OpenCC("s2t")
    out = []
    yi = rng.random() < 0.5
    for text, label in lines:
        t = conv.convert(text)
        if yi:
            for word in ("進一步", "統一", "一致", "一直", "一代"):
                t = t.replace(word, word.replace("一", "壹"))
        if label == "prose" and rng.random() < 0.3:
            t = t.replace("，", ",")
        out.append((t, label))
    return out


def columns(ch: str) -> int:
    return 1 if ch.isascii() else 2


def wrap(text: str, width: int, rng: random.Random, ragged: bool) -> list[str]:
    """Lines of at most ``width`` full-width columns' worth (a Han character is two columns)."""
    lines, line, cols = [], "", 0
    limit = 2 * width + (rng.randint(-2, 2) if ragged else 0)
    for i, ch in enumerate(text):
        if cols + columns(ch) > limit and line and not (ch in CANNOT_START and len(line) > 1):
            lines.append(line)
            line, cols = "", 0
            limit = 2 * width + (rng.randint(-2, 2) if ragged else 0)
        line += ch
        cols += columns(ch)
    if line:
        lines.append(line)
    return lines


def render(kind: str, lines: list[tuple[str, str]], g: Gen) -> dict:
    """The page (wrapped, with page numbers for ``paged``) and its gold (one line a paragraph)."""
    r = g.rng
    indent = r.choice(["　　", "　　", "  ", "", "", ""])
    mode = r.choices(["none", "single", "multi", "ragged"], weights=[15, 35, 30, 20])[0]
    widths = split_of(W.WIDTHS, g.split)
    width = r.choice(widths)
    blank_paras = kind == "docsite" and r.random() < 0.8
    blank_lines = kind == "docsite" and r.random() < 0.25
    gold, page_lines, since_switch = [], [], 0
    for text, label in lines:
        lead = indent if label == "prose" else ""
        if label == "toc":  # dot leaders out to the page width, the page number at the end
            name, number = text.split("\t")
            text = name + "…" * max(2, width - 2 - len(name) - len(number)) + number  # fits a ragged line too
        gold.append(lead + text)
        if mode == "multi" and since_switch >= r.randint(1, 3):
            width, since_switch = r.choice(widths), 0
        since_switch += label == "prose"
        pieces = [lead + text] if mode == "none" else wrap(lead + text, width, r, mode == "ragged")
        page_lines.append(("\n\n" if blank_lines else "\n").join(pieces))
    sep = "\n\n" if blank_paras else "\n"
    text = sep.join(page_lines) + "\n"
    if kind == "paged":
        text = paginate(text, g)
    return {"text": text, "gold": "\n".join(gold) + "\n", "labels": [label for _, label in lines], "mode": mode}


def paginate(text: str, g: Gen) -> str:
    """A page-number line every 18–30 lines, wherever the page ends."""
    shape = g.pick(W.PAGE_NUMBERS)
    rows = text.split("\n")
    out, page, count, pages = [], 1, 0, 1 + len(rows) // 24
    cut = g.rng.randint(18, 30)
    for row in rows:
        out.append(row)
        count += bool(row.strip())
        if count >= cut and row.strip():
            out.append(shape.format(a=page, b=pages))
            page, count, cut = page + 1, 0, g.rng.randint(18, 30)
    return "\n".join(out)


def make_pages(split: str, seed: int = 1, per_kind: int = 50) -> list[dict]:
    """``per_kind`` pages of each kind: ``{id, kind, text, gold, labels, mode}``."""
    pages = []
    for kind in KINDS:
        rng = random.Random(f"layout/{split}/{seed}/{kind}")
        for k in range(per_kind):
            g = Gen(split, rng)
            lines = g.page("trad" if kind == "trad" else kind)
            if kind == "trad":
                lines = to_traditional(lines, rng)
            page = render(kind, lines, g)
            page.update(id=f"{split}-{kind}-{k:04d}", kind=kind)
            pages.append(page)
    return pages


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def compare(gold_lines: list[str], out_lines: list[str]) -> dict:
    """Paragraphs intact, wrong and missed joins and changed characters of one page."""
    gold, out = "\n".join(gold_lines), "\n".join(out_lines)
    sm = difflib.SequenceMatcher(None, gold, out, autojunk=False)
    wrong = missed = missed_stop = changed = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        lost, added = gold.count("\n", i1, i2), out.count("\n", j1, j2)
        wrong += max(0, lost - added)
        if added > lost:
            missed += added - lost
            # a break left after a stop that happens to fall at the margin: no rule can tell it
            # from a paragraph end on a page without indents or blank lines
            missed_stop += min(added - lost, sum(out[j - 1] in STOPS for j in range(j1, j2) if out[j] == "\n"))
        changed += max(i2 - i1 - lost, j2 - j1 - added)
    have = Counter(out_lines)
    intact = 0
    for line in gold_lines:  # each output line reproduces one gold line at most
        if have[line] > 0:
            have[line] -= 1
            intact += 1
    return {"paras": len(gold_lines), "intact": intact, "wrong": wrong, "missed": missed, "missed_stop": missed_stop,
            "changed": changed,
            "chars": len(gold) - gold.count("\n")}


def score(pages: list[dict], show: int = 0) -> dict[str, dict]:
    from zhclean import Document, Pipeline
    full, no_rejoin = Pipeline(), Pipeline(ignore=["L101"])
    out: dict[str, dict] = {}
    for p in pages:
        got = _lines(full.clean(Document(id=p["id"], text=p["text"])).text)
        want = _lines(no_rejoin.clean(Document(id=p["id"], text=p["gold"])).text)
        res = compare(want, got)
        k = out.setdefault(p["kind"], Counter())
        k.update(res)
        k["pages"] += 1
        if show and k["shown"] < show and (res["wrong"] or res["missed"]):
            k["shown"] += 1
            print(f"--- {p['id']} ({p['mode']}): wrong {res['wrong']} missed {res['missed']}")
            for line in difflib.unified_diff(want, got, lineterm="", n=0):
                if not line.startswith(("---", "+++", "@@")):
                    print("   ", line[:110])
    return out


def print_scores(scores: dict[str, dict], split: str) -> None:
    print(f"split {split}: kind  pages  paragraphs-intact  wrong-joins  missed-joins (after a stop)  chars-changed")
    for kind, k in scores.items():
        print(f"  {kind:8} {k['pages']:4}  {k['intact']:5}/{k['paras']:<5} {k['intact'] / max(1, k['paras']):.3f}"
              f"  {k['wrong']:5}  {k['missed']:5} ({k['missed_stop']:4})  {k['changed'] / max(1, k['chars']):.2%}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=SPLITS, default="dev")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", type=int, default=50, help="pages of each kind")
    ap.add_argument("--show", type=int, default=0, help="print this many pages with errors per kind")
    args = ap.parse_args(argv)
    print_scores(score(make_pages(args.split, args.seed, args.pages), args.show), args.split)


if __name__ == "__main__":
    main()
