"""Throughput and scaling of the chrome rules (``--select C``).

    .venv/bin/python benchmarks/bench_chrome.py --mb 5
    .venv/bin/python benchmarks/bench_chrome.py --docs 500 --per-rule
    .venv/bin/python benchmarks/bench_chrome.py --docs 0 --long 5000,20000
    .venv/bin/python benchmarks/bench_chrome.py --mb 5 --memo --long ''    # line memos on/off

Two parts:

* a generated corpus of scraped pages from ``../shared/bench/make_corpus.py``
  (deterministic for a seed): MB/s on one core for the whole C family, optionally per
  rule, the share of characters removed, page splits per document (``chrome._page``)
  and peak memory;
* long single documents (``--long``, lines per document) in three shapes that stress
  different rules: generated pages run together (``pages``), a title and thousands of
  short lines above one paragraph (``short``: everything is head), and an article whose
  tail repeats related-list headings (``related``). Each rule is timed alone on each
  size; the ratio between sizes shows whether the work grows linearly (×4 lines should
  cost about ×4, a quadratic rule about ×16).

Not a test.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from zhclean import Document, Pipeline
from zhclean.rules.chrome import _memo, _page

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_corpus.py"
PARAGRAPH = "会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作，确保帮扶资金及时足额发放。"


def corpus(docs: int | None, mb: float | None, seed: int) -> list[str]:
    args = [sys.executable, str(MAKE_CORPUS), "--seed", str(seed), "-q", "-o", "-"]
    args += ["--docs", str(docs)] if docs else ["--mb", str(mb or 5)]
    out = subprocess.run(args, check=True, capture_output=True).stdout
    return [json.loads(line)["text"] for line in out.splitlines() if line.strip()]


def long_document(shape: str, n_lines: int, pages: list[str]) -> str:
    """A single document of about ``n_lines`` lines."""
    if shape == "pages":
        out: list[str] = []
        i = 0
        while len(out) < n_lines:
            out.extend(pages[i % len(pages)].splitlines())
            i += 1
        return "\n".join(out[:n_lines]) + "\n"
    if shape == "short":
        menu = ["首页", "新闻动态", "来源：市总工会", "发布日期：2019-10-25", "", "工会地址：某市某路1号", "相关新闻"]
        return "市总工会召开全委会议\n" + "\n".join(menu[i % len(menu)] for i in range(n_lines)) + "\n" + PARAGRAPH + "\n"
    if shape == "related":
        block = ["相关新闻", "市总工会召开全委会议", "", PARAGRAPH]
        body = [PARAGRAPH] * (n_lines // 2)
        return "\n".join(body + [block[i % len(block)] for i in range(n_lines - len(body))]) + "\n"
    raise ValueError(shape)


def run(pipe: Pipeline, texts: list[str]) -> tuple[float, int]:
    t = time.perf_counter()
    removed = 0
    for i, text in enumerate(texts):
        res = pipe.clean(Document(id=str(i), text=text))
        removed += len(text) - len(res.text)
    return time.perf_counter() - t, removed


def page_splits(pipe: Pipeline, texts: list[str]) -> float:
    """Page splits per document: the pipeline shares one page per version of the text."""
    calls = 0
    original = _page.split_lines

    def counting(text: str):
        nonlocal calls
        calls += 1
        return original(text)

    _page.split_lines = counting
    try:
        run(pipe, texts)
    finally:
        _page.split_lines = original
    return calls / max(1, len(texts))


def corpus_figures(texts: list[str], per_rule: bool) -> None:
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    chars = sum(len(t) for t in texts)
    pipe = Pipeline(select=["C"])
    seconds, removed = run(pipe, texts)
    splits = page_splits(pipe, texts)
    # tracemalloc slows Python down many times over: measure memory in a second pass
    tracemalloc.start()
    run(pipe, texts[:50])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"corpus      {len(texts)} docs, {size_mb:.2f} MB")
    print(f"C (all)     {size_mb / seconds:6.2f} MB/s per core   removed {removed / chars:.2%} of characters")
    print(f"page splits {splits:.2f} per document (one per version of the text)")
    print(f"peak memory {peak / 1e6:.1f} MB traced (50 docs), "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB RSS")
    if per_rule:
        for code in pipe.codes:
            s, r = run(Pipeline(select=[code]), texts)
            print(f"{code}        {size_mb / s:6.2f} MB/s   removed {r / chars:.2%}")


def memo_figures(texts: list[str], repeats: int = 3) -> None:
    """The C pack with its line memos (``chrome._memo``) and without, side by side: best
    of ``repeats`` CPU times, alternating, on the same corpus in one process. "Without"
    keeps no line (the memo is emptied before each verdict), so each line is judged anew."""
    pipe = Pipeline(select=["C"])
    size = _memo.LINE_MEMO_MAX
    best = {"with line memos": float("inf"), "without": float("inf")}
    outputs = {}
    for _ in range(repeats):
        for label, limit in (("without", 0), ("with line memos", size)):
            _memo.LINE_MEMO_MAX = limit
            for memo in _memo.MEMOS:  # cold, as on a corpus seen for the first time
                memo.verdicts.clear()
            t = time.process_time()
            outputs[label] = [pipe.clean(Document(id=str(i), text=x)).text for i, x in enumerate(texts)]
            best[label] = min(best[label], time.process_time() - t)
    _memo.LINE_MEMO_MAX = size
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"\nline memos ({size_mb:.2f} MB, C pack, best of {repeats} CPU seconds; outputs "
          f"{'identical' if outputs['without'] == outputs['with line memos'] else 'DIFFER'})")
    for label, seconds in best.items():
        print(f"  {label:16} {seconds:6.2f} s  {size_mb / seconds:6.2f} MB/s")
    print(f"  speed-up        x{best['without'] / best['with line memos']:.2f}")


def long_figures(sizes: list[int], pages: list[str]) -> None:
    codes = Pipeline(select=["C"]).codes
    for shape in ("pages", "short", "related"):
        docs = {n: long_document(shape, n, pages) for n in sizes}
        header = "  ".join(f"{n:>7}" for n in sizes)
        print(f"\nlong document '{shape}' (seconds per rule alone; lines: {header})")
        for code in ("C",) + tuple(codes):
            pipe = Pipeline(select=[code])
            times = [run(pipe, [docs[n]])[0] for n in sizes]
            ratio = f"  x{times[-1] / times[0]:.1f} for x{sizes[-1] / sizes[0]:.0f} lines" if times[0] > 0 else ""
            print(f"{code:5} " + "  ".join(f"{t:7.3f}" for t in times) + ratio)


# Lines that made backtracking patterns explode: long runs of buttons ending in a word.
PATHOLOGICAL = {
    "buttons then a word": "打印 " * 20000 + "x",
    "labels run together": "来源：" * 20000,
    "repeated size letters": "大" * 50000 + "x",
    "arrows": "首页>" * 20000,
    "spaces then a word": " " * 50000 + "x",
    "digits then a word": "1" * 50000 + "x",
}


def pathological_figures() -> None:
    pipe = Pipeline(select=["C"])
    print("\npathological single lines (seconds, all C rules)")
    for name, line in PATHOLOGICAL.items():
        seconds, _ = run(pipe, ["市总工会召开全委会议\n" + line + "\n" + PARAGRAPH + "\n"])
        print(f"  {name:24} {len(line):7} chars  {seconds:6.3f}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, help="number of generated documents (0: skip the corpus)")
    ap.add_argument("--mb", type=float, help="MB of generated text (default 5)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-rule", action="store_true", help="also time each C rule alone")
    ap.add_argument("--memo", action="store_true", help="also time the pack with and without its line memos")
    ap.add_argument("--long", default="5000,20000",
                    help="line counts of the long documents, comma-separated ('' to skip)")
    args = ap.parse_args(argv)

    texts = corpus(args.docs or 40, args.mb, args.seed) if args.docs == 0 else corpus(args.docs, args.mb, args.seed)
    if args.docs != 0:
        corpus_figures(texts, args.per_rule)
        if args.memo:
            memo_figures(texts)
    sizes = [int(n) for n in args.long.split(",") if n.strip()]
    if sizes:
        long_figures(sizes, texts)
    pathological_figures()


if __name__ == "__main__":
    main()
