"""Learned per-site boilerplate (C501): quality on a held-back corpus, and the memory bound.

    .venv/bin/python benchmarks/bench_boilerplate.py                 # both parts, default sizes
    .venv/bin/python benchmarks/bench_boilerplate.py --pages 25 --no-memory
    .venv/bin/python benchmarks/bench_boilerplate.py --memory-pages 400 --cap 2048   # the default cap

Two parts:

* **quality**, on the generator of benchmarks/make_sites.py with a seed the tests never
  use (:data:`HELD_BACK_SEED`): the share of the sites' own head and tail lines removed,
  of the lines shared across sites' bodies kept, and of unique body lines kept, for C501
  alone and for the default rules with and without it; then a second crawl of the same
  sites cleaned with the saved patterns file against learning afresh (documents whose
  output differs);
* **memory**: the learning pass (both readings) over a stream of generated pages at 1×
  and 10× the pages of the same sites, peak memory (tracemalloc) and time for each.
  Memory is bounded by ``sites × cap``, not by pages, once the 1× corpus fills the
  per-site tables; the ratio must stay at most 1.5.

Not a test.
"""
from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

from make_sites import iter_corpus, make_corpus

from zhclean import Config, Document, Pipeline
from zhclean.boilerplate import learn, save_patterns
from zhclean.rules.chrome.site_boilerplate import normalise_line

#: The generator's seed for the figures this benchmark reports; no test uses it.
HELD_BACK_SEED = 20261203


def _docs(pages):
    return [Document(id=p["id"], text=p["text"], meta={"url": p["url"]}) for p in pages]


def _learn_file(pages, folder: Path, name: str) -> Path:
    path = folder / name
    save_patterns(learn(lambda: _docs(pages), min_pages=5).patterns({}), path)
    return path


def _shares(pages, texts) -> dict[str, float]:
    seen: Counter = Counter()
    gone: Counter = Counter()
    for page, text in zip(pages, texts):
        kept = {normalise_line(line) for line in text.splitlines()}
        for line, kind in page["lines"]:
            seen[kind] += 1
            gone[kind] += normalise_line(line) not in kept
    return {kind: gone[kind] / seen[kind] for kind in seen}


def _clean(pages, patterns: Path | None, **selection) -> list[str]:
    options = {"C501": {"patterns": str(patterns)}} if patterns else {}
    pipe = Pipeline(Config(options=options), **selection)
    return [pipe.clean(d).text for d in _docs(pages)]


def quality(sites: int, pages: int) -> None:
    corpus = make_corpus(HELD_BACK_SEED, sites, pages)
    lines = Counter(kind for p in corpus for _l, kind in p["lines"])
    print(f"quality: seed {HELD_BACK_SEED} (held back), {sites} sites x {pages} pages, lines: "
          + ", ".join(f"{k} {n}" for k, n in sorted(lines.items())))
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        path = _learn_file(corpus, Path(tmp), "first.json")
        learn_s = time.perf_counter() - started
        runs = [("C501 alone", path, {"select": ["C501"]}), ("default rules + C501", path, {}),
                ("default rules, no patterns", None, {})]
        print(f"  learning: {learn_s:.2f} s for {len(corpus)} pages ({len(corpus) / learn_s:,.0f} pages/s)")
        print(f"  {'run':<28} {'site head removed':>18} {'site tail removed':>18} {'shared kept':>12} "
              f"{'body kept':>10} {'seconds':>8}")
        for label, patterns, selection in runs:
            started = time.perf_counter()
            texts = _clean(corpus, patterns, **selection)
            s = _shares(corpus, texts)
            print(f"  {label:<28} {s['site-head']:>18.2%} {s['site-tail']:>18.2%} {1 - s['shared']:>12.2%} "
                  f"{1 - s['body']:>10.2%} {time.perf_counter() - started:>8.2f}")
        second = make_corpus(HELD_BACK_SEED, sites, pages, crawl=1)
        fresh = _learn_file(second, Path(tmp), "second.json")
        reused, afresh = _clean(second, path, select=["C501"]), _clean(second, fresh, select=["C501"])
        differ = sum(a != b for a, b in zip(reused, afresh))
        print(f"  second crawl: {differ} of {len(second)} documents differ between the saved patterns and "
              "learning afresh")


def learn_stream(sites: int, pages: int, cap: int) -> dict:
    """One learning pass over generated pages, measured: run in a child process each, so
    the peak resident size belongs to that size alone."""
    def read():
        for n, p in enumerate(iter_corpus(HELD_BACK_SEED, sites, pages)):
            if n % 1000 == 999:
                # empties CPython's free lists (tuples of the page split wait there for reuse,
                # up to 2,000 per size); they are the interpreter's, bounded, not the learner's
                gc.collect()
            yield Document(id=p["id"], text=p["text"], meta={"url": p["url"]})

    tracemalloc.start()
    started = time.perf_counter()
    learner = learn(read, min_pages=5, max_lines_per_site=cap)
    seconds = time.perf_counter() - started
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"traced_mb": peak / 2**20, "seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "entries": sum(len(t.counts) for t in learner.sites.values())}


def memory(sites: int, pages: int, cap: int) -> None:
    print(f"memory: learning pass (both readings, tracemalloc), {sites} sites, max_lines_per_site={cap}")
    base = None
    for factor in (1, 10):
        code = (f"import json, bench_boilerplate as b; print(json.dumps(b.learn_stream({sites}, {pages * factor}, "
                f"{cap})))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             cwd=Path(__file__).resolve().parent)
        m = json.loads(out.stdout)
        base = base or m
        print(f"  {factor:>2}x {sites * pages * factor:>7,} pages: traced peak {m['traced_mb']:6.2f} MB "
              f"({m['traced_mb'] / base['traced_mb']:.2f}x), max RSS {m['rss_mb']:6.1f} MB "
              f"({m['rss_mb'] / base['rss_mb']:.2f}x), {m['seconds']:6.1f} s, {m['entries']:,} lines in the tables")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", type=int, default=12)
    ap.add_argument("--pages", type=int, default=25, help="pages per site for the quality part")
    ap.add_argument("--memory-pages", type=int, default=100, help="pages per site at 1x for the memory part")
    ap.add_argument("--cap", type=int, default=256, help="max_lines_per_site for the memory part")
    ap.add_argument("--no-memory", action="store_true")
    args = ap.parse_args()
    quality(args.sites, args.pages)
    if not args.no_memory:
        memory(args.sites, args.memory_pages, args.cap)
    return 0


if __name__ == "__main__":
    sys.exit(main())
