"""L202's page-number runs: found through an index of the candidates, the same runs as the
plain scan of every later candidate it replaced (which was quadratic in the candidates: a
page of a thousand `下载：12次` lines, one shape and one number, took seconds)."""
from __future__ import annotations

from statistics import median

from hypothesis import given, settings, strategies as st

from zhclean.rules import layout_pages
from zhclean.rules._page_marks import PAGE_NAMING, RUNNING_FOOTER, names_a_page
from zhclean.rules._text import line_list
from zhclean.rules.layout_page_prefix import MAX_PAGE_CHARS, MIN_PAGE_CHARS, MIN_PAGES


def scanned_runs(lines, cands):
    """The runs as the rule found them before the index: each candidate scans every later
    one (kept here as the reference the index must agree with)."""
    size = [len(ln.text.strip()) for ln in lines]
    chars_before = [0]
    for n in size:
        chars_before.append(chars_before[-1] + n)
    used: set[int] = set()
    runs = []
    for c, (i, number, shape) in enumerate(cands):
        if c in used:
            continue
        run = [c]
        names_page = names_a_page(shape)
        for d in range(c + 1, len(cands)):
            j, num, shp = cands[d]
            last = cands[run[-1]]
            if shp == shape and (num == last[1] + 1 or (names_page and num == last[1] + 2)) and d not in used:
                gap = chars_before[j] - chars_before[last[0] + 1]
                if gap > MAX_PAGE_CHARS:
                    break
                if gap >= layout_pages.MIN_GAP_CHARS:
                    run.append(d)
        gaps = [chars_before[cands[b][0]] - chars_before[cands[a][0] + 1] for a, b in zip(run, run[1:])]
        fewest = 2 if ("/" in shape and not shape.startswith(RUNNING_FOOTER)) or (names_page and PAGE_NAMING.search(shape)) else MIN_PAGES
        if len(run) < fewest or median(gaps) < MIN_PAGE_CHARS:
            continue
        first, last = cands[run[0]][0], cands[run[-1]][0]
        if not names_page and (chars_before[first] < layout_pages.MIN_GAP_CHARS
                               or chars_before[-1] - chars_before[last + 1] >= median(gaps) / 2):
            continue
        used.update(run)
        numbers = {(cands[k][1], cands[k][2]) for k in run}
        twins = {(num, shp) for k, (_, num, shp) in enumerate(cands) if k not in run and (num, shp) in numbers}
        runs.append([cands[k][0] for k in run if (cands[k][1], cands[k][2]) not in twins])
    return runs


# Shapes as the line reader names them: a bare number, one framed, one naming a page.
SHAPES = ["#", "- # -", "第#页", "#/12"]


@st.composite
def pages(draw):
    """Lines of text of random lengths, and candidates at some of them: numbers near one
    another (so runs, skips, twins and used members all happen) in a few shapes."""
    widths = draw(st.lists(st.integers(0, 400), min_size=1, max_size=60))
    text = "".join("工" * w + "\n" for w in widths)
    lines = line_list(text)
    spots = sorted(draw(st.sets(st.integers(0, len(lines) - 1), max_size=len(lines))))
    cands = [(i, draw(st.integers(1, 8)), draw(st.sampled_from(SHAPES))) for i in spots]
    return lines, cands


@settings(max_examples=400, deadline=None)
@given(pages())
def test_indexed_runs_are_the_scanned_runs(page):
    lines, cands = page
    assert layout_pages._numbered_runs(lines, cands) == scanned_runs(lines, cands)


def test_a_real_run_is_found_among_repeated_numbers():
    """Pages numbered 1–4 a page of text apart, each beside a record line whose count reads
    as the same number 12 of one shape (never a run): the pages are found, the 12s are not."""
    body = "工会组织开展了形式多样的职工文化活动。" * 30
    page_lines = []
    for page in range(1, 5):
        page_lines += [body, "下载：12次", f"- {page} -"]
    lines = line_list("\n".join(page_lines) + "\n")
    cands = []
    for i, ln in enumerate(lines):
        if ln.text == "下载：12次":
            cands.append((i, 12, "#次"))
        elif ln.text.startswith("- "):
            cands.append((i, int(ln.text[2]), "- # -"))
    runs = layout_pages._numbered_runs(lines, cands)
    assert runs == [[2, 5, 8, 11]]
    assert runs == scanned_runs(lines, cands)
