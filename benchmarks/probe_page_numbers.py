"""A combinatorial probe of L202's page-number reading (dev only, issue 16).

The generator's paged pages (``gen_chrome.Gen.paged``) draw page-number lines from word
lists; adding shapes one by one to those lists did not carry to the blind split. This
probe builds page-number format strings from a grammar of parts instead — numerals,
page words before and after, separators between page and total, frames and ornaments,
spacing — and places each in many ways (alone at each page's foot, with blank lines,
glued to the page's last sentence, beside a running head or footer, at each page's
top, in a page break in mid-sentence, with form feeds, a first page without a number,
numbering that skips or restarts). Each cell (shape class × placement) is scored by the
share of page-number lines the whole C and L pipeline removes and by body lines cut,
and the misses are printed by class, so that rules are written for a class of shapes,
not for a string.

    .venv/bin/python benchmarks/probe_page_numbers.py                  # the grid by class
    .venv/bin/python benchmarks/probe_page_numbers.py --show 5         # and missed samples
    .venv/bin/python benchmarks/probe_page_numbers.py --placement alone --cls word

Body and titles are the dev split's (``Gen("dev")``): never the held-out or blind words.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_chrome import Gen, han_number, removed_mask, roman  # noqa: E402

# ------------------------------------------------------------------ the grammar
# Numerals: {a} Arabic, {f} full-width, {r}/{rl} Roman, {z} Han (十二), {o} Han digit by
# digit (一〇, 一二), {c} circled.
NUMERALS = ["{a}", "{f}", "{r}", "{rl}", "{z}", "{o}", "{c}"]
# Page words around one number # (and a total B): class "word".
WORDED = ["第#页", "第 # 页", "第#面", "#页", "# 页", "页#", "页码#", "页码：#", "页码:#", "页次 #", "P #", "P.#", "P. #", "p #",
          "p.#", "pp #", "pp. #", "Page #", "page #", "PAGE #", "Page: #", "No.#", "No. #", "第#頁", "頁#", "第#版", "#版",
          "第#张", "-#页-", "第#页完", "本页#", "总第#页"]
# Two numbers: class "total", with the page # and the total B and a separator S.
TOTALLED = ["第#页SB页", "第#页S共B页", "第#页S总B页", "共B页S第#页", "总B页S第#页", "#SB", "#SB页", "#页SB页", "第#SB页", "Page #SB",
            "page # of B", "# of B", "P #SB", "页码#SB", "第#页S共B", "共B页之第#页", "B之#", "第#页 / 共B页", "#/共B页", "#S共B"]
SEPARATORS = ["/", "／", " / ", ",", "，", "|", " | ", " 共", " of ", "·", "；", "　共"]
# Frames: both sides.
FRAMES = ["{}", "({})", "（{}）", "[{}]", "［{}］", "【{}】", "〔{}〕", "〖{}〗", "<{}>", "＜{}＞", "《{}》", "「{}」", "『{}』",
          "-{}-", "- {} -", "–{}–", "— {} —", "——{}——", "―{}―", "－{}－", "─ {} ─", "~{}~", "～{}～", "·{}·", "• {} •", "●{}●",
          "○{}○", "◆{}◆", "■ {} ■", "★{}★", "*{}*", "={}=", "_{}_", "|{}|", "- {} -", "—— {} ——", "◇ {} ◇", "▪{}▪",
          "☆{}☆", "♦{}♦", "♢{}♢", "◎{}◎", "※{}※", "⊙{}⊙", "·· {} ··", "<<{}>>", "【 {} 】", "（ {} ）", "—{}"]
# Ornament on one side only.
ONE_SIDED = ["- {}", "{} -", "— {}", "{} —", "· {}", "● {}", "◆ {}", "■{}", "★ {}", "※{}", ">> {}", "{} <<", "→ {}", "▶ {}", "{} ▼",
             "| {}", "{} |", "# {}", "{}."]
SPACINGS = ["", " ", "\u3000", "\t"]

# Placements of the number line on each page.
PLACEMENTS = ("alone", "spaced", "glued", "head-title", "foot-title", "foot-issuer", "top", "mid-sentence",
              "formfeed", "first-unnumbered", "skip", "restart")


def _fill(shape: str, p: int, last: int, title: str) -> str:
    full = str(p).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    han_digits = "".join("〇一二三四五六七八九"[int(d)] for d in str(p))
    return shape.format(a=p, b=last, f=full, r=roman(p), rl=roman(p).lower(), z=han_number(p), o=han_digits,
                        c=chr(0x2460 + p - 1) if p <= 20 else str(p), t=title)


def shapes(rng: random.Random, per_class: int, numerals: list[str] = NUMERALS) -> list[tuple[str, str]]:
    """``(class, format string)``: ``per_class`` random draws of each class of the grammar."""
    out = []
    for _ in range(per_class):
        num = rng.choice(numerals)
        sp = rng.choice(SPACINGS)
        out.append(("bare", rng.choice(FRAMES).replace("{}", sp + num + sp)))
        out.append(("one-sided", rng.choice(ONE_SIDED).replace("{}", num)))
        word = rng.choice(WORDED).replace("#", num)
        out.append(("word", word))
        out.append(("word-framed", rng.choice(FRAMES).replace("{}", sp + word + sp)))
        total = rng.choice(TOTALLED).replace("S", rng.choice(SEPARATORS)).replace("#", "{a}").replace("B", "{b}")
        out.append(("total", total))
        out.append(("total-framed", rng.choice(FRAMES).replace("{}", sp + total + sp)))
    return out


# ------------------------------------------------------------------ pages
def page(g: Gen, shape: str, placement: str, pages: int) -> tuple[str, list[tuple[int, int, str]]]:
    """A paged copy with ``shape`` placed by ``placement``: its text and (start, end, label)."""
    title = g.title()
    parts: list[tuple[str, str]] = [(title, "title")]
    issuer = g.rng.choice(["嵊州市总工会", "XX市总工会办公室", "内部资料 注意保存", "市直机关工会工作委员会", "年度工作报告"])
    first = 1 if g.chance(0.7) else g.n(2, 30)
    numbers = list(range(first, first + pages))
    if placement == "skip":
        numbers = numbers[:2] + [n + 1 for n in numbers[2:]]
    if placement == "restart":
        numbers = numbers[:pages // 2 + 1] + list(range(1, pages - pages // 2))
    last = max(numbers)
    for k, p in enumerate(numbers):
        body = g.body(g.n(2, 4))
        line = _fill(shape, p, last, title)
        if placement == "first-unnumbered" and k == 0:
            parts += body
            continue
        if placement == "glued":
            text, label = body[-1]
            parts += body[:-1] + [(text, label), (" " + line, "chrome:glued")] if text.endswith("。") else body + [(line, "chrome")]
            continue
        if placement == "mid-sentence" and k < len(numbers) - 1:
            text = body[-1][0]
            cut = max(8, len(text) // 2)
            while cut < len(text) - 4 and (text[cut - 1] in "，。；、：" or text[cut] in "，。；、："):
                cut += 1
            parts += body[:-1] + [(text[:cut], "body"), (line, "chrome")]
            body_next = [(text[cut:], "body")]
            parts += body_next
            continue
        if placement == "head-title":
            number = [(f"{title} {line}", "chrome")]
        elif placement == "foot-title":
            number = [(f"{line} {title}", "chrome")]
        elif placement == "foot-issuer":
            number = [(f"{issuer} {line}", "chrome")]
        elif placement == "formfeed":
            number = [(line, "chrome"), ("\f", "blank")]
        elif placement == "spaced":
            number = [("", "blank"), (line, "chrome"), ("", "blank")]
        else:
            number = [(line, "chrome")]
        parts += number + body if placement == "top" else body + number
    text, spans, pos = "", [], 0
    for s, label in parts:
        if label == "chrome:glued":  # on the line before, after its sentence
            text = text[:-1]
            pos -= 1
            spans.append((pos, pos + len(s), "chrome"))
            text += s + "\n"
            pos += len(s) + 1
            continue
        spans.append((pos, pos + len(s), label))
        text += s + "\n"
        pos += len(s) + 1
    return text, spans


def probe(per_class: int, docs: int, seed: int, only_placement: str | None, only_cls: str | None, show: int,
          numeral: str | None = None) -> None:
    from zhclean import Document, Pipeline
    pipe = Pipeline(select=["C", "L"], trail="full")
    rng = random.Random(seed)
    grid: dict[tuple[str, str], list[int]] = {}
    missed: dict[tuple[str, str], list[str]] = {}
    cut: list[str] = []
    for cls, shape in shapes(rng, per_class, [numeral] if numeral else NUMERALS):
        if only_cls and cls != only_cls:
            continue
        for placement in PLACEMENTS:
            if only_placement and placement != only_placement:
                continue
            cell = grid.setdefault((cls, placement), [0, 0, 0, 0])  # shapes, shapes all gone, lines, lines gone
            gone_all = True
            for d in range(docs):
                g = Gen("dev", random.Random(f"{seed}/{shape}/{placement}/{d}"), "paged")
                text, spans = page(g, shape, placement, g.n(4, 7))
                res = pipe.clean(Document(id="probe", text=text))
                mask = removed_mask(text, res.edits)
                for start, end, label in spans:
                    visible = [i for i in range(start, end) if not text[i].isspace()]
                    if not visible:
                        continue
                    gone = sum(mask[i] for i in visible)
                    if label == "chrome":
                        cell[2] += 1
                        if gone >= 0.9 * len(visible):
                            cell[3] += 1
                        else:
                            gone_all = False
                    elif gone:
                        cut.append(f"{cls}/{placement} {shape!r}: {text[start:end][:80]!r}")
            cell[0] += 1
            cell[1] += gone_all
            if not gone_all:
                missed.setdefault((cls, placement), []).append(shape)
    placements = sorted({p for _, p in grid}, key=PLACEMENTS.index)
    print("lines removed by shape class (rows) and placement (columns)")
    print(f"{'':14}" + "".join(f"{p[:12]:>13}" for p in placements))
    for cls in dict.fromkeys(c for c, _ in grid):
        row = [grid.get((cls, p)) for p in placements]
        print(f"{cls:14}" + "".join(f"{c[3] / max(1, c[2]):>13.3f}" if c else f"{'':>13}" for c in row))
    total = [sum(c[i] for c in grid.values()) for i in range(4)]
    print(f"all: {total[3]}/{total[2]} lines ({total[3] / max(1, total[2]):.3f}); shapes with every line gone {total[1]}/{total[0]}")
    print(f"CUT BODY lines: {len(cut)}")
    for s in cut[:max(show, 10)]:
        print("   CUT BODY:", s)
    for key, items in missed.items():
        for s in list(dict.fromkeys(items))[:show]:
            print(f"   missed {key[0]}/{key[1]}: {s!r}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-class", type=int, default=30, help="shapes drawn of each class")
    ap.add_argument("--docs", type=int, default=2, help="documents per cell")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--placement", choices=PLACEMENTS)
    ap.add_argument("--cls")
    ap.add_argument("--numeral", choices=NUMERALS, help="draw only this numeral")
    ap.add_argument("--show", type=int, default=0, help="missed shapes printed per cell")
    args = ap.parse_args(argv)
    probe(args.per_class, args.docs, args.seed, args.placement, args.cls, args.show, args.numeral)


if __name__ == "__main__":
    main()
