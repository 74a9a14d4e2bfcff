"""Unseen variants of page chrome, embedded in real-looking body text, with gold.

Three kinds of page, each line labelled ``body``, ``title`` or ``chrome:<family>``:

* ``docsite``: a document-sharing copy. The browser title cut short with its page count
  glued on, VIP / 下载券 / 积分 / 上传时间 / 文档页数 lines, a disclaimer block under one of
  many headings and numbering styles (at the head or the tail), reading-progress lines,
  pager fragments between pages (``2/5``, ``第 2 页 共 5 页``), buttons and related lists.
* ``web``: CommonCrawl-style extracted text with the chrome left inline: credits run
  together with dates and counters, reprint notices, comment and view counters, form
  prompts with nothing after them, tag and share lines, a breadcrumb-and-pager run
  ending in an ICP number.
* ``paged``: a document copied page by page, with page-number lines in many shapes.

The body holds lines that look like chrome and must stay (``BODY_TRAPS``): a sentence
about downloading a form, a points scheme, dates inside sentences, 1/2 as a fraction,
numbered lists, a notice's own 温馨提示 and address line.

**Splits.** ``split_of`` gives the ``dev`` split three items of every four in each
chrome word list and the ``heldout`` split the fourth, so held-out pages use headings,
labels, phrasings and site names the dev split never shows. Tune on ``dev``; report
``heldout`` and never look at its pages while writing rules. The dev split also gets the
dev-only items of ``gen_chrome_dev_words.DEV_ONLY`` (the held-out pages do not change
when they grow); ``probe`` is the dev split with ``PROBE_ONLY`` too, wording written
after the rules to measure how they carry, never tuned on.

**The blind split.** ``blind`` draws every chrome word list from
``gen_chrome_blind_words.BLIND`` alone: new headings, labels, frames, separators,
numbering, pager and page-number shapes, site names and share, counter, form and reprint
lines, written (stop 36) by someone who had not read the cleaning rules, their tests,
docs/chrome.md or the other splits' items (only each list's name, size and first item,
for its format), from how Chinese document-sharing, news, government and union sites
word them. None equals an item of any list of the other splits (folded for width, script
and case); a list it does not cover falls back to its held-out items, with a warning. It
measures how the rules carry to wording nobody tuned them on: score it only, never tune
on it, never run it with ``--show`` or look at which of its lines are missed.

    .venv/bin/python benchmarks/gen_chrome.py --split heldout --pages 200       # scores by kind
    .venv/bin/python benchmarks/gen_chrome.py --split blind --pages 200         # never with --show
    .venv/bin/python benchmarks/gen_chrome.py --split dev --write /tmp/x.jsonl  # the pages

>>> pages = make_pages("dev", seed=1, per_kind=2)
>>> sorted({p["kind"] for p in pages}), all(p["text"] for p in pages)
(['docsite', 'paged', 'web'], True)
>>> any(k.startswith("chrome:") for p in pages for _line, k in p["lines"])
True
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_chrome_blind_words as B  # noqa: E402
import gen_chrome_words as W  # noqa: E402
import gen_chrome_layouts as GL  # noqa: E402

SPLITS = ("dev", "heldout", "probe", "blind")
# Lists the body draws from: shared by both splits (the body is not what rules are tuned on).
_SHARED_LISTS = {id(x) for x in (W.PLACES, W.SUBJECTS, W.VERBS, W.OBJECTS, W.PURPOSES, W.DETAILS, W.CLOSERS,
                                 W.REFLECTIONS, W.HEADINGS, W.LIST_ITEMS, W.BODY_TRAPS, W.STREETS, W.PEOPLE)}


# Wording added to the dev split only (``W.DEV_ONLY``), by the list it widens: the
# held-out split's items, and so its pages, stay what they were before it was written.
_DEV_ONLY = {id(getattr(W, name)): items for name, items in W.DEV_ONLY.items()}
# The probe split: the dev split and the probe's items, never tuned on (W.PROBE_ONLY).
_PROBE_ONLY = {id(getattr(W, name)): items for name, items in W.PROBE_ONLY.items()}
# The blind split: its own items for every chrome list (B.BLIND), no other split's.
_BLIND = {id(getattr(W, name)): items for name, items in B.BLIND.items()}
_LIST_NAMES = {id(v): name for name, v in vars(W).items() if name.isupper() and isinstance(v, list)}
_BLIND_WARNED: set[str] = set()


def split_of(items: Sequence, split: str) -> list:
    """The items of a chrome word list that ``split`` may use: every fourth is held out;
    the dev split also gets the list's dev-only items; the blind split has its own."""
    if id(items) in _SHARED_LISTS:
        return list(items)
    if split == "blind":
        if id(items) in _BLIND:
            return list(_BLIND[id(items)])
        name = _LIST_NAMES.get(id(items), "an unnamed list")
        if name not in _BLIND_WARNED:
            _BLIND_WARNED.add(name)
            print(f"warning: the blind split has no items for {name}: using its held-out items", file=sys.stderr)
        split = "heldout"
    if split == "heldout":
        return [x for i, x in enumerate(items) if i % 4 == 3]
    dev = [x for i, x in enumerate(items) if i % 4 != 3] + list(_DEV_ONLY.get(id(items), ()))
    return dev + list(_PROBE_ONLY.get(id(items), ())) if split == "probe" else dev


def numbered_lead(style: str, k: int) -> str:
    """Item ``k`` (1-based) of a numbering style: arabic, circled, Han, ⑴, Roman, ❶, a/A."""
    return style.format(n=k, c="①②③④⑤⑥⑦⑧"[k - 1], z="一二三四五六七八"[k - 1], p="⑴⑵⑶⑷⑸⑹⑺⑻"[k - 1],
                        r="ⅠⅡⅢⅣⅤⅥⅦⅧ"[k - 1], d="❶❷❸❹❺❻❼❽"[k - 1], a="abcdefgh"[k - 1], A="ABCDEFGH"[k - 1])


def roman(k: int) -> str:
    """``k`` in Roman numerals (a preface's page numbers): 4 -> IV, 48 -> XLVIII."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while k >= value:
            out, k = out + letters, k - value
    return out


def han_number(k: int) -> str:
    """``k`` (1-99) in Han numerals as a page is numbered in words: 3 -> 三, 12 -> 十二, 40 -> 四十."""
    digits = "零一二三四五六七八九"
    tens, ones = divmod(k, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")


class Gen:
    """One page's random choices, restricted to a split's words."""

    def __init__(self, split: str, rng: random.Random, kind: str | None = None):
        assert split in SPLITS
        self.split, self.rng, self.kind = split, rng, kind

    def pick(self, items: Sequence):
        return self.rng.choice(split_of(items, self.split))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def n(self, lo: int = 2, hi: int = 999) -> int:
        return self.rng.randint(lo, hi)

    def date(self, sep: str | None = None) -> str:
        y, m, d = self.n(2012, 2024), self.n(1, 12), self.n(1, 28)
        sep = sep or self.rng.choice(["-", "/", ".", "年"])
        return f"{y}年{m}月{d}日" if sep == "年" else f"{y}{sep}{m:02d}{sep}{d:02d}"

    # ------------------------------------------------------------ body
    def sentence(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            parts = [f"{r.choice(W.SUBJECTS)}{r.choice(W.VERBS)}{r.choice(W.OBJECTS)}", r.choice(W.PURPOSES),
                     r.choice(W.DETAILS).format(n=self.n(12, 9800))]
            return "，".join(parts) + "。"
        if roll < 0.65:
            return f"{self.date('年')}，{r.choice(W.SUBJECTS)}{r.choice(W.VERBS)}{r.choice(W.OBJECTS)}，{r.choice(W.CLOSERS)}。"
        if roll < 0.85:
            return r.choice(W.REFLECTIONS) + "，" + r.choice(W.PURPOSES) + "。"
        return r.choice(W.CLOSERS) + "。"

    def paragraph(self) -> str:
        return "".join(self.sentence() for _ in range(self.n(2, 5)))

    def _body_list(self, shared: list, dev_only: list) -> list:
        """A shared body list, and for the dev split (and the probe) its dev-only lines too:
        the same one draw either way, so the other splits' pages stay what they were."""
        return shared + dev_only if self.split in ("dev", "probe") else shared

    def trap(self) -> str:
        # the dev and probe splits also draw the dev-only traps (W.DEV_BODY_TRAPS), and
        # their web pages those of extracted web text (W.DEV_WEB_BODY_TRAPS); every other
        # page draws what it always drew, with the same random calls
        traps = self._body_list(W.BODY_TRAPS, W.DEV_BODY_TRAPS)
        if self.split in ("dev", "probe") and self.kind == "web":
            traps = traps + W.DEV_WEB_BODY_TRAPS
        template = self.rng.choice(traps)  # drawn first, as it always was
        fields = dict(
            site=self.rng.choice(["市总工会网站", "“浙里办”APP", "人社局官网", "单位内网"]), org=self.rng.choice(W.SUBJECTS),
            date=self.date("年"), n=self.n(2, 90), m=self.n(2, 60), city=self.rng.choice(W.PLACES),
            street=self.rng.choice(W.STREETS), phone=self.n(80000000, 89999999))
        return template.format(person=W.PEOPLE[fields["phone"] % len(W.PEOPLE)], **fields)

    def title(self) -> str:
        r = self.rng
        return r.choice([f"{r.choice(W.PLACES)}{r.choice(W.SUBJECTS)}{r.choice(W.VERBS)}{r.choice(W.OBJECTS)}",
                         f"关于{r.choice(W.OBJECTS)}的实施意见", f"{r.choice(W.OBJECTS)}工作总结",
                         f"{r.choice(W.OBJECTS)}心得体会", f"在{r.choice(W.OBJECTS)}推进会上的讲话"])

    def body(self, paragraphs: int) -> list[tuple[str, str]]:
        """Paragraphs with a heading, a short list or a trap line now and then."""
        out: list[tuple[str, str]] = []
        for k in range(paragraphs):
            if k and self.chance(0.15):
                out.append((self.rng.choice(W.HEADINGS), "body"))
            if self.chance(0.1):
                start = self.rng.randrange(0, len(W.LIST_ITEMS) - 2)
                out += [(item, "body") for item in W.LIST_ITEMS[start:start + self.n(2, 3)]]
            out.append((self.trap() if self.chance(0.22) else self.paragraph(), "body"))
        return out

    # ------------------------------------------------------------ document-sharing copy
    def numbered(self, k: int) -> str:
        return numbered_lead(self.pick(W.NUMBERINGS), k)

    def disclaimer_block(self, site: str) -> list[tuple[str, str]]:
        head = self.pick(W.HEADING_FRAMES).format(h=self.pick(W.DISCLAIMER_HEADINGS))
        numbering = self.pick(W.NUMBERINGS)
        phrases = self.rng.sample(split_of(W.DISCLAIMER_PHRASES, self.split), self.n(2, 3))
        out = [(head, "chrome:disclaimer")]
        for k, ph in enumerate(phrases, 1):
            lead = numbered_lead(numbering, k)
            text = ph.format(s=self.pick(W.SITE_WORDS).format(site=site), d=self.pick(W.DOC_WORDS), qq=self.n(10000000, 99999999))
            out.append((lead + text + self.rng.choice(["。", "。", "；", ""]), "chrome:disclaimer"))
        return out

    def meta_line(self, pages: int) -> str:
        labels = self.rng.sample(split_of(W.META_LABELS, self.split), self.n(1, 3))
        sep = self.pick(W.META_SEPARATORS)
        colon = self.pick(W.META_COLONS)
        parts = []
        for label, kind in labels:
            value = {"date": self.date(), "reldate": self.pick(W.REL_DATES).format(
                         n=self.n(1, 11), hh=f"{self.n(0, 23):02d}", mm=f"{self.n(0, 59):02d}"),
                     "pages": self.pick(W.META_PAGE_VALUES).format(p=pages),
                     "format": self.rng.choice(["DOC", "docx", "PDF", ".doc", "WPS", "pptx"]),
                     "size": f"{self.n(12, 980)}.{self.n(0, 9)}" + self.rng.choice(["KB", "K", "MB"]),
                     "count": f"{self.n(0, 50)}" + self.rng.choice(["", "个", "次", "分"]),
                     "price": self.rng.choice(["¥", "", "￥"]) + f"{self.n(1, 30)}.{self.n(0, 99):02d}" + self.rng.choice(["", "元"]),
                     "user": self.pick(W.USERS).format(n=self.n(100, 99999)), "category": self.rng.choice(
                         ["工作总结", "心得体会", "党团工作", "行政公文", "演讲稿", "调研报告"]),
                     "stars": "★" * (k := self.n(3, 5)) + "☆" * (5 - k), "score": f"{self.n(3, 4)}.{self.n(0, 9)}分",
                     "code": f"{self.n(100000, 9999999)}"}[kind]
            if len(colon) == 2 and colon[0] in "【[〔〖":  # the label framed: 【上传时间】2021-03-05
                parts.append(f"{colon[0]}{label}{colon[1]}{value}")
            else:
                parts.append(f"{label}{colon if kind != 'stars' or colon.strip() else '：'}{value}")
        if self.chance(0.3):
            parts.insert(self.n(0, len(parts)), self.pick(W.FLAGS))
        return sep.join(parts)

    def pager(self, a: int, b: int) -> str:
        return self.pick(W.PAGERS).format(a=a, b=b, a1=a + 1, a2=a + 2)

    def progress(self, pages: int) -> str:
        read = self.n(1, max(1, pages - 1))
        return self.pick(W.PROGRESS).format(k=self.n(1, 10), n=pages, p=read, pct=self.n(5, 95), r=pages - read)

    def glued_title(self, title: str, pages: int, site: str) -> str:
        cut = title[: max(4, min(len(title), self.n(len(title) // 2, len(title))))]
        return cut + self.pick(W.TITLE_GLUES).format(n=pages, site=site)

    def docsite(self) -> list[tuple[str, str]]:
        site, pages = self.pick(W.DOC_SITES), self.n(2, 40)
        title = self.title()
        head: list[tuple[str, str]] = []
        if self.chance(0.7):
            head.append((self.glued_title(title, pages, site), "chrome:title-echo"))
        tail_block = self.chance(0.35)
        block = self.disclaimer_block(site) if self.chance(0.8) else []
        for _ in range(self.n(0, 3)):
            head.append((self.meta_line(pages) if self.chance(0.8) else self.pick(W.FLAGS), "chrome:doc-meta"))
        if block and not tail_block:
            head += block
        lines = head + [(title, "title")]
        body = self.body(self.n(4, 10))
        shown = self.n(2, 4)
        for k, item in enumerate(body):
            lines.append(item)
            if k and k % shown == 0 and k < len(body) - 1 and self.chance(0.6):
                # page a of b: 1-based and never past the last page (no 0/5, no 第3/2页)
                lines.append((self.pager(1 + k // shown, max(pages, 1 + k // shown)) if self.chance(0.6) else self.progress(pages), "chrome:pager"))
        if self.chance(0.7):
            lines.append((self.progress(pages), "chrome:progress"))
        for _ in range(self.n(0, 2)):
            lines.append((self.pick(W.PRICE_LINES).format(price=f"{self.n(1, 20)}.00", k=self.n(1, 30)) if self.chance(0.5) else self.pick(W.DOC_TAIL).format(
                n=self.n(0, 300), m=self.n(0, 99), user=self.pick(W.USERS).format(n=self.n(10, 9999)),
                kw=self.rng.choice(W.KEYWORDS), price=f"{self.n(1, 20)}.00", date=self.date(), b=pages), "chrome:doc-tail"))
        if block and tail_block:
            lines += block
        if self.chance(0.5):
            lines.append((self.pick(W.RELATED_HEADINGS), "chrome:related"))
            lines += [(self.title() + self.rng.choice(["", ".doc", ".docx", " ({}页)".format(self.n(2, 30))]),
                       "chrome:related") for _ in range(self.n(2, 6))]
        # (h58) the dev and probe copies also carry a record in a wider layout, drawn apart
        return GL.widen(lines, split_of, self.split, pages)

    # ------------------------------------------------------------ extracted web text
    def credit(self) -> str:
        r = self.rng
        labels = r.sample(split_of(W.CREDIT_LABELS, self.split), self.n(1, 3))
        parts = []
        lead = r.random()
        if lead < 0.25:
            parts.append(f"{self.n(1, 28):02d} {self.n(0, 23):02d}:{self.n(0, 59):02d}:{self.n(0, 59):02d}")
        elif lead < 0.7:
            parts.append(self.date(r.choice(["-", "/", "年"])) + r.choice(["", f" {self.n(0, 23):02d}:{self.n(0, 59):02d}"]))
        colon = r.choice(["：", ":", "： "] + split_of(W.CREDIT_SEPARATORS, self.split))
        for lab in labels:
            who = (self.pick(W.NEWS_SITES) if lab in ("出处", "来源", "稿源", "本文来源")
                   else self.title() if lab == "原标题" else self.pick(W.CONTRIBUTORS) if lab == "供稿"
                   else r.choice(W.PEOPLE))
            sep = "：" if lab == "原标题" or (colon.strip() == "" and lab in ("出处", "来源", "稿源", "本文来源")) else colon
            parts.append(f"{lab}{who}" if lab.endswith("/") else f"{lab}{sep}{who}")
        if self.chance(0.6):
            parts.append(self.pick(W.COUNTERS).format(n=self.n(0, 9999)))
        return r.choice([" ", "  ", "　", " | "]).join(parts)

    def counters(self) -> str:
        k = self.n(1, 3)
        return self.rng.choice([" ", "  ", " | ", " · "]).join(self.pick(W.COUNTERS).format(n=self.n(0, 99999)) for _ in range(k))

    def icp(self) -> str:
        return f"{self.pick(W.ICP_PROVINCES)}ICP备{self.n(10000000, 99999999)}号" + self.rng.choice(["", f"-{self.n(1, 9)}"])

    def nav_run(self, site: str) -> str:
        r = self.rng
        crumbs = r.choice([" > ", ">", " » ", " / ", "->"]).join([r.choice(["首页", "网站首页"]),
                                                                   *r.sample(split_of(W.WEB_NAV, self.split), 2)])
        parts = [crumbs]
        if self.chance(0.6):
            parts.append(" ".join(r.sample(split_of(W.PREV_NEXT, self.split), 2)))
        if self.chance(0.5):
            parts.append(f"Copyright © {self.n(2005, 2024)} {site}")
        parts.append(self.icp())
        return r.choice([" ", "  ", " | "]).join(parts)

    def web(self) -> list[tuple[str, str]]:
        site = self.pick(W.NEWS_SITES)
        lines: list[tuple[str, str]] = []
        if self.chance(0.3):
            lines.append((" > ".join(["首页", *self.rng.sample(split_of(W.WEB_NAV, self.split), 2)]), "chrome:nav"))
        credit_first = self.chance(0.3)
        if credit_first:
            lines.append((self.credit(), "chrome:credit"))
        lines.append((self.title(), "title"))
        if not credit_first and self.chance(0.8):
            lines.append((self.credit(), "chrome:credit"))
        if self.chance(0.2):
            lines.append((self.pick(W.SHARE_LINES), "chrome:share"))
        lines += self.body(self.n(3, 8))
        tail: list[list[tuple[str, str]]] = []  # groups of lines, in a random order
        if self.chance(0.6):
            tail.append([(self.pick(W.REPRINTS).format(site=site), "chrome:reprint")])
        if self.chance(0.4):
            tail.append([(f"{self.pick(W.TAG_LABELS)}：" + " ".join(self.rng.sample(
                ["工会", "职工", "维权", "培训", "安全", "民生", "基层", "劳模"], 3)), "chrome:tags")])
        if self.chance(0.5):
            tail.append([(self.counters(), "chrome:counters")])
        if self.chance(0.3):
            tail.append([(self.pick(W.SHARE_LINES), "chrome:share")])
        if self.chance(0.4):  # a form's fields stay together, its button under them
            prompts = self.rng.sample(split_of(W.FORM_PROMPTS, self.split), self.n(2, 4))
            if self.chance(0.5):
                form = [(p, "chrome:form") for p in prompts]
            else:
                form = [(self.rng.choice([" ", "  ", "　"]).join(prompts), "chrome:form")]
            tail.append(form + [(self.pick(W.FORM_BUTTONS), "chrome:form")])
        self.rng.shuffle(tail)
        lines += [line for group in tail for line in group]
        if self.chance(0.5):
            lines.append((self.nav_run(site), "chrome:nav-run"))
        return lines

    # ------------------------------------------------------------ paged copy
    def paged(self) -> list[tuple[str, str]]:
        pages = self.n(3, 8)
        shape = self.pick(W.PAGE_NUMBERS)
        lines: list[tuple[str, str]] = [(self.title(), "title")]
        first = 1 if self.chance(0.7) else self.n(2, 40)  # an excerpt starts on a later page
        spaced = self.chance(0.3)  # blank lines around the page numbers
        # (dev and probe only, so the other splits' pages stay as they were: the number printed
        # at the top of each page, as a running head, instead of at its foot)
        top = self.split in ("dev", "probe") and self.chance(0.1)
        for p in range(first, first + pages):
            at = len(lines)
            lines += self.body(self.n(2, 4))
            if self.chance(0.15):  # a table of numbers, a year alone on its line
                lines += [(cell, "body") for cell in self.rng.choice(W.NUMBER_TABLES)]
                lines += self.body(1)
            elif self.chance(0.1):
                lines += [(self.rng.choice(self._body_list(W.NUMBER_LINES, W.DEV_NUMBER_LINES)), "body")] + self.body(1)
            # (a preface's Roman numerals, upper and lower, Han and circled numerals: {r}, {rl}, {z}, {c};
            # full-width digits {f}; the copy's title as its running head or footer {t})
            number = [(shape.format(a=p, b=first + pages - 1, r=roman(p), rl=roman(p).lower(), z=han_number(p),
                                    c=chr(0x2460 + p - 1) if p <= 20 else str(p), t=lines[0][0],
                                    f=str(p).translate(_FULL_WIDTH_DIGITS)),
                       "chrome:page-number")]
            number = [("", "blank")] + number + [("", "blank")] if spaced else number
            lines = lines[:at] + number + lines[at:] if top else lines + number
        return lines


_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
KINDS = ("docsite", "web", "paged")


def render(g: Gen, lines: list[tuple[str, str]], kind: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The page's text and each line's (start, end, label); blank lines between some pages' lines."""
    blank = kind == "docsite" and g.chance(0.6)
    parts, spans, pos = [], [], 0
    for text, label in lines:
        spans.append((pos, pos + len(text), label))
        parts.append(text)
        pos += len(text) + (2 if blank else 1)
    return ("\n\n" if blank else "\n").join(parts) + "\n", spans


def make_pages(split: str, seed: int = 1, per_kind: int = 100) -> list[dict]:
    """``per_kind`` pages of each kind: ``{id, kind, text, lines: [(line, label)], spans}``."""
    pages = []
    for kind in KINDS:
        rng = random.Random(f"{split}/{seed}/{kind}")
        for k in range(per_kind):
            g = Gen(split, rng, kind)
            lines = getattr(g, kind)()
            text, spans = render(g, lines, kind)
            pages.append({"id": f"{split}-{kind}-{k:04d}", "kind": kind, "text": text, "lines": lines, "spans": spans})
    return pages


def removed_mask(text: str, edits: list[dict]) -> bytearray:
    """1 for every character of ``text`` an edit deleted. A replacement with visible text
    (a comma made full-width) does not count; one that leaves only line breaks does (a
    deleted line merged with the blank lines around it)."""
    mask = bytearray(len(text))
    for e in edits:
        if not e.get("inserted", "").strip():
            mask[e["start"]:e["end"]] = b"\x01" * (e["end"] - e["start"])
    return mask


def score(pages: list[dict], select: Sequence[str] = ("C", "L")) -> dict[str, dict]:
    """By kind: chrome lines removed, body characters kept, body lines intact, the share
    of visible characters removed, and the share removed beyond the chrome (characters of
    body and title lines and of blank-labelled lines: what the issue's "no more than 5 %
    of characters removed" guards); and by chrome family the lines removed. A chrome line
    counts as removed when nine tenths of its visible characters went."""
    from zhclean import Document, Pipeline
    pipe = Pipeline(select=list(select), trail="full")
    out: dict[str, dict] = {}
    for p in pages:
        res = pipe.clean(Document(id=p["id"], text=p["text"]))
        mask = removed_mask(p["text"], res.edits)
        k = out.setdefault(p["kind"], {"pages": 0, "chars": 0, "chars_removed": 0, "chrome": 0, "chrome_removed": 0, "body_chars": 0,
                                       "body_kept": 0, "body_lines": 0, "body_intact": 0, "families": {},
                                       "chrome_chars": 0, "missed": [], "cut": []})
        k["pages"] += 1
        k["chars"] += sum(not ch.isspace() for ch in p["text"])
        k["chars_removed"] += sum(m for m, ch in zip(mask, p["text"]) if not ch.isspace())
        for start, end, label in p["spans"]:
            visible = [i for i in range(start, end) if not p["text"][i].isspace()]
            if not visible:
                continue
            gone = sum(mask[i] for i in visible)
            if label.startswith("chrome:"):
                fam = k["families"].setdefault(label[7:], [0, 0])
                fam[0] += 1
                k["chrome"] += 1
                k["chrome_chars"] += len(visible)
                if gone >= 0.9 * len(visible):
                    fam[1] += 1
                    k["chrome_removed"] += 1
                else:
                    k["missed"].append(p["text"][start:end])
            else:
                k["body_chars"] += len(visible)
                k["body_kept"] += len(visible) - gone
                k["body_lines"] += 1
                k["body_intact"] += gone == 0
                if gone:
                    k["cut"].append(p["text"][start:end])
    return out


def removed_beyond_chrome(k: dict) -> float:
    """The share of a kind's visible characters removed that were not chrome (body and
    title characters): the issue's "no more than 5 % of characters removed" on extracted
    web text, whose chrome alone may be a tenth of its characters."""
    return (k["body_chars"] - k["body_kept"]) / max(1, k["chars"])


def print_scores(scores: dict[str, dict], split: str, show: int = 0) -> None:
    print(f"split {split}: kind  pages  chrome-removed  body-kept  body-lines-intact  chars-removed"
          "  (chrome share)  beyond-chrome")
    for kind, k in scores.items():
        print(f"  {kind:8} {k['pages']:5}  {k['chrome_removed']:5}/{k['chrome']:<5} {k['chrome_removed'] / max(1, k['chrome']):.3f}"
              f"   {k['body_kept'] / max(1, k['body_chars']):.4f}   {k['body_intact']}/{k['body_lines']}"
              f"   {k['chars_removed'] / max(1, k['chars']):.1%}  ({k['chrome_chars'] / max(1, k['chars']):.1%})"
              f"  {removed_beyond_chrome(k):.2%}")
        print("     by family: " + ", ".join(f"{f} {r}/{n}" for f, (n, r) in sorted(k["families"].items())))
        if kind == "web":  # the done-when for extracted web text
            left = 1 - k["chrome_removed"] / max(1, k["chrome"])
            ok = left <= 0.2 and removed_beyond_chrome(k) <= 0.05
            print(f"     done-when (chrome lines left <= 1/5, removed beyond chrome <= 5 %): "
                  f"{left:.1%} left, {removed_beyond_chrome(k):.2%} beyond -> {'met' if ok else 'NOT met'}")
        for s in k["missed"][:show]:
            print("     missed:", s[:100])
        for s in k["cut"][:show]:
            print("     CUT BODY:", s[:100])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=SPLITS, default="dev")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", type=int, default=100, help="pages of each kind")
    ap.add_argument("--select", default="C,L", help="rules to score (comma-separated codes or prefixes)")
    ap.add_argument("--show", type=int, default=0, help="print this many missed chrome and cut body lines per kind")
    ap.add_argument("--write", help="write the pages as JSONL (id, kind, text, lines) instead of scoring")
    args = ap.parse_args(argv)
    pages = make_pages(args.split, args.seed, args.pages)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            for p in pages:
                fh.write(json.dumps({k: p[k] for k in ("id", "kind", "text", "lines")}, ensure_ascii=False) + "\n")
        return
    print_scores(score(pages, args.select.split(",")), args.split, args.show)


if __name__ == "__main__":
    main()
