"""Wider layouts of a document site's record, for the dev and probe splits only (stop 45, h58).

``gen_chrome.Gen.meta_line`` draws a record line as one grammar: pairs ``label<colon>value``
joined by one separator, above the title. Sites lay their record out otherwise, and the
rules read the grammar they were tuned on. This module adds, to a dev or probe copy, one
record laid out in one of the ways sites print it:

- ``run``: label and value run together, no colon (整理者匿名用户, 页数12页), several fields
  on a row;
- ``framed``: the values in brackets (上传者：《匿名用户》 ｜ 页数：【12页】), any separator;
- ``split``: each field over two lines, its label on one and its value on the next;
- ``badge``: a lone badge line of the copy's edition or quality (超清版-like words);

and puts it somewhere other than the grammar's place: above the title (the usual place),
above the cut title (the page's first line), between the title and the body, or at the
tail. Its random draws come from a generator seeded by the page's own title and pages, so
the rest of a dev page stays what it was, and no other split is touched.
"""
from __future__ import annotations

import random

import gen_chrome_words as W

LAYOUTS = ("run", "framed", "split", "badge")
PLACES = ("above-title", "first", "below-title", "tail")
SEPARATORS = [" | ", "｜", " · ", " ⟩ ", "\t", "　", "  ", " / ", "　|　", " ‖ "]
COLONS = ["：", ":", " ", "："]
VALUE_FRAMES = ["《{v}》", "『{v}』", "【{v}】", "「{v}」", "〔{v}〕", "[{v}]", "（{v}）"]
# an edition's or a quality's badge alone on its line (none is a held-out item of any list)
BADGES = ["超清版", "高清版", "精校版", "可编辑版", "打印版", "最新版", "word版", "排版整洁", "精排版", "完整无缺",
          "无水印", "清晰版", "校对版", "整理版", "含解析"]
CATEGORIES = ["工作总结", "心得体会", "党团工作", "行政公文", "演讲稿", "调研报告", "计划方案"]
FORMATS = ["DOC", "docx", "PDF", ".doc", "WPS", "pptx"]


def _value(rng: random.Random, kind: str, pages: int) -> str:
    n = rng.randint
    return {"date": f"{n(2012, 2024)}-{n(1, 12):02d}-{n(1, 28):02d}",
            "reldate": rng.choice([f"{n(1, 11)}天前", f"{n(1, 23)}小时前", "前天", f"{n(2, 9)}分钟前"]),
            "pages": rng.choice(["{p}页", "{p}", "共{p}页", "{p}P"]).format(p=pages),
            "format": rng.choice(FORMATS),
            "size": f"{n(12, 980)}.{n(0, 9)}" + rng.choice(["KB", "MB", "K"]),
            "count": f"{n(0, 900)}" + rng.choice(["", "次", "个"]),
            "price": rng.choice(["¥", "￥", ""]) + f"{n(1, 30)}.{n(0, 99):02d}" + rng.choice(["", "元"]),
            "user": rng.choice(["匿名用户", "资料君", f"wx_{n(100, 99999)}", f"用户{n(100, 9999)}", "文库达人"]),
            "category": rng.choice(CATEGORIES),
            "stars": "★" * (k := n(3, 5)) + "☆" * (5 - k),
            "score": f"{n(3, 4)}.{n(0, 9)}分",
            "code": f"{n(100000, 9999999)}"}[kind]


def _fields(rng: random.Random, labels: list, pages: int, k: int) -> list[tuple[str, str]]:
    return [(label, _value(rng, kind, pages)) for label, kind in rng.sample(labels, k)]


def record_lines(rng: random.Random, labels: list, flags: list, pages: int) -> tuple[str, list[str]]:
    """One record in one of :data:`LAYOUTS`: ``(layout, its lines)``."""
    layout = rng.choice(LAYOUTS)
    sep = rng.choice(SEPARATORS)
    if layout == "badge":
        return layout, [rng.choice(BADGES + flags)]
    if layout == "split":
        out = []
        for label, value in _fields(rng, labels, pages, rng.randint(1, 2)):
            out += [label + rng.choice(["", "：", ":"]), value]
        return layout, out
    fields = _fields(rng, labels, pages, rng.randint(2, 3))
    if layout == "run":
        # a run-together label needs a value that does not run into it as a word: the
        # values are numbers, names of the site's users, prices, dates
        parts = [f"{label}{value}" for label, value in fields]
    else:
        colon = rng.choice(COLONS)
        parts = [f"{label}{colon}{rng.choice(VALUE_FRAMES).format(v=value)}" for label, value in fields]
    if rng.random() < 0.25:
        parts.insert(rng.randint(0, len(parts)), rng.choice(BADGES))
    return layout, [sep.join(parts)]


def widen(lines: list[tuple[str, str]], split_of, split: str, pages: int) -> list[tuple[str, str]]:
    """``lines`` of a dev or probe copy with one record of a wider layout put in one of
    :data:`PLACES` (on about half the pages); other splits' pages are returned unchanged."""
    if split not in ("dev", "probe"):
        return lines
    title = next((t for t, lab in lines if lab == "title"), "")
    rng = random.Random(f"layout/{title}/{pages}/{len(lines)}")
    if rng.random() < 0.5:
        return lines
    labels = [x for x in split_of(W.META_LABELS, split) if x[1] not in ("stars",)]
    _layout, record = record_lines(rng, labels, split_of(W.FLAGS, split), pages)
    rows = [(x, "chrome:doc-meta") for x in record]
    at_title = next(i for i, (_, lab) in enumerate(lines) if lab == "title")
    place = rng.choice(PLACES)
    if place == "first":
        return rows + lines
    if place == "above-title":
        return lines[:at_title] + rows + lines[at_title:]
    if place == "below-title":
        return lines[:at_title + 1] + rows + lines[at_title + 1:]
    # at the tail: after the last body line, before the viewer's and the site's tail lines
    last_body = max(i for i, (_, lab) in enumerate(lines) if lab == "body")
    return lines[:last_body + 1] + rows + lines[last_body + 1:]
