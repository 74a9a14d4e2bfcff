"""Throughput and output size of zhclean beside what a user would compose by hand.

    .venv/bin/python benchmarks/bench_pipeline.py                 # 20 MB corpus, best of 3
    .venv/bin/python benchmarks/bench_pipeline.py --mb 80 --repeat 1
    .venv/bin/python benchmarks/bench_pipeline.py --json          # JSON encoders only

The corpus is ``../shared/bench/make_corpus.py --mb MB --seed SEED`` (deterministic; one
document in five traditional). Every variant runs in a fresh process, reads the corpus
JSONL and writes a JSONL, best of ``--repeat`` runs; printed side by side:

* ``read+write``: zhclean's reader and writer alone (the I/O floor);
* ``naive``: what a user composes by hand: ftfy (``fix_character_width=False``,
  ``uncurl_quotes=False``, as for Chinese), OpenCC t2s on every document, and a dozen
  ``re.sub`` for licence lines, publication lines, breadcrumbs, page turns, blank lines
  and spaces;
* ``datatrove ftfy``: datatrove's FTFYFormatter, when it imports;
* ``zhclean --ignore T``, ``zhclean`` (default rules), ``zhclean -j 2``, and the default
  rules at each trail level (``full``, ``compact``, ``none``).

For each: seconds, MB/s of input, the ratio to naive, output bytes / input bytes and the
peak resident memory of the whole process tree (the parent and its workers, sampled).
Per-rule times are ``benchmarks/profile_rules.py``'s business. Not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_corpus.py"

# Each variant is a program run as `python -c CODE CORPUS OUT`.
READ_WRITE = """
import sys
from zhclean.readers import read_corpus
from zhclean.writers import open_writer
with open_writer(sys.argv[2]) as w:
    for doc in read_corpus([sys.argv[1]]):
        w.write({"id": doc.id, "text": doc.text})
"""

NAIVE = r"""
import json, re, sys
import ftfy, opencc
cc = opencc.OpenCC("t2s")
SUBS = [(re.compile(p, re.M), r) for p, r in [
    (r"^.*(?:ICP备|ICP证|公网安备).*$\n?", ""),
    (r"^.*(?:发布日期|发布时间|更新时间|来源|责任编辑|作者)[:：].*$\n?", ""),
    (r"^.*(?:当前位置|您的位置|您现在的位置)[:：].*$\n?", ""),
    (r"^.*(?:上一篇|下一篇)[:：].*$\n?", ""),
    (r"^.*(?:版权所有|Copyright|主办单位|技术支持).*$\n?", ""),
    (r"^.*(?:浏览次数|点击数|阅读次数|访问量)[:：].*$\n?", ""),
    (r"^.*(?:打印本页|关闭窗口|字号|【大 中 小】).*$\n?", ""),
    (r"\r\n?", "\n"),
    (r"[ \t\u00a0\u3000]+$", ""),
    (r"^[ \t\u00a0\u3000]+", ""),
    (r"[ \t\u00a0]{2,}", " "),
    (r"\n{3,}", "\n\n"),
]]
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in src:
        rec = json.loads(line)
        text = ftfy.fix_text(rec["text"], fix_character_width=False, uncurl_quotes=False)
        text = cc.convert(text)
        for pattern, repl in SUBS:
            text = pattern.sub(repl, text)
        out.write(json.dumps({"id": rec["id"], "text": text.strip()}, ensure_ascii=False) + "\n")
"""

DATATROVE_FTFY = """
import json, sys
from datatrove.pipeline.formatters import FTFYFormatter
fmt = FTFYFormatter()
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in src:
        rec = json.loads(line)
        out.write(json.dumps({"id": rec["id"], "text": fmt.format(rec["text"])}, ensure_ascii=False) + "\\n")
"""


def zhclean(*flags: str) -> str:
    """The program that runs ``zhclean clean CORPUS -o OUT -q FLAGS``."""
    return ("import sys\nfrom zhclean.cli import main\n"
            f"sys.exit(main(['clean', sys.argv[1], '-o', sys.argv[2], '-q', *{list(flags)!r}]))\n")


@dataclass
class Run:
    seconds: float
    out_bytes: int
    peak_mb: float


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/statm") as fh:
                pages = int(fh.read().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = pages * os.sysconf("SC_PAGE_SIZE") // 1024
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def run_once(code: str, corpus: Path, out: Path) -> Run:
    """One run of a variant in a fresh process, with the peak RSS of its process tree."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, str(corpus), str(out)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(err.strip().splitlines()[-1] if err.strip() else f"exit {proc.returncode}")
    return Run(seconds, out.stat().st_size, peak / 1024)


def best_of(code: str, corpus: Path, out: Path, repeat: int) -> Run:
    runs = [run_once(code, corpus, out) for _ in range(repeat)]
    return Run(min(r.seconds for r in runs), runs[-1].out_bytes, max(r.peak_mb for r in runs))


def bench(corpus: Path, repeat: int, workdir: Path) -> None:
    size = corpus.stat().st_size
    print(f"corpus: {corpus} ({size / 1e6:.2f} MB), best of {repeat}, one process unless -j")
    variants = [
        ("read+write JSONL", READ_WRITE, repeat),
        ("naive (ftfy + OpenCC + re.sub)", NAIVE, repeat),
        ("datatrove ftfy", DATATROVE_FTFY, repeat),
        ("zhclean --ignore T", zhclean("--ignore", "T"), repeat),
        ("zhclean (default, compact trail)", zhclean(), repeat),
        ("zhclean -j 2", zhclean("-j", "2"), repeat),
        ("zhclean --trail full", zhclean("--trail", "full"), 1),
        ("zhclean --trail none", zhclean("--trail", "none"), 1),
    ]
    print(f"{'variant':<34} {'seconds':>8} {'MB/s':>6} {'x naive':>8} {'out/in':>7} {'peak RSS':>9}")
    naive_rate = None
    for name, code, n in variants:
        try:
            run = best_of(code, corpus, workdir / "out.jsonl", n)
        except RuntimeError as exc:
            print(f"{name:<34} skipped: {exc}")
            continue
        rate = size / 1e6 / run.seconds
        naive_rate = naive_rate or (rate if name.startswith("naive") else None)
        ratio = f"{rate / naive_rate:.2f}" if naive_rate else "-"
        runs = "" if n == repeat else "  (1 run)"
        print(f"{name:<34} {run.seconds:8.2f} {rate:6.2f} {ratio:>8} {run.out_bytes / size:7.2f} "
              f"{run.peak_mb:7.0f} MB{runs}")


def bench_json(corpus: Path, docs: int, repeat: int) -> None:
    """Encoding records: json.dumps as it was, the one reused encoder zhclean uses, orjson."""
    from zhclean import Document, Pipeline
    from zhclean.writers import encode_record

    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()[:docs]]
    encoders = {
        "json.dumps per record": lambda r: (json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n").encode(),
        "zhclean encode_record": encode_record,
    }
    try:
        import orjson

        encoders["orjson.dumps"] = lambda r: orjson.dumps(r) + b"\n"
    except ImportError:
        print("orjson is not installed: not measured")
    for level in ("full", "compact"):
        pipe = Pipeline(trail=level)
        records = [pipe.clean(Document(id=str(i), text=t)).to_record() for i, t in enumerate(texts)]
        reference = None
        for name, encode in encoders.items():
            best = float("inf")
            for _ in range(repeat):
                started = time.process_time()
                lines = [encode(r) for r in records]
                best = min(best, time.process_time() - started)
            reference = reference or lines
            same = "same bytes" if lines == reference else "DIFFERENT bytes"
            mb = sum(map(len, lines)) / 1e6
            print(f"{level:<8} {name:<24} {best * 1e3:8.1f} ms CPU {mb / best:7.1f} MB/s  {same}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of text (default 20; 80 is the issue's)")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--corpus", type=Path, help="use this JSONL instead of generating one")
    ap.add_argument("--repeat", type=int, default=3, help="runs per variant; the best counts (default 3)")
    ap.add_argument("--json", action="store_true", help="only compare JSON encoders (in process, CPU time)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            if not MAKE_CORPUS.exists():
                print(f"needs {MAKE_CORPUS}", file=sys.stderr)
                return 2
            corpus = Path(tmp) / "corpus.jsonl"
            subprocess.run([sys.executable, str(MAKE_CORPUS), "--mb", str(args.mb), "--seed", str(args.seed),
                            "-q", "-o", str(corpus)], check=True)
        if args.json:
            bench_json(corpus, docs=300, repeat=max(args.repeat, 3))
        else:
            bench(corpus, args.repeat, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
