"""Throughput and output size of zhclean beside what a user would compose by hand.

    .venv/bin/python benchmarks/bench_pipeline.py                 # 20 and 80 MB, best of 3
    .venv/bin/python benchmarks/bench_pipeline.py --mb 20 80 --repeat 1
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

For each: wall and CPU seconds (the whole process tree's), MB/s of input, the ratios to
naive by both, output bytes / input bytes (and, for the default, by record field) and the
peak memory of the whole process tree (the parent and its workers, sampled from
``/proc/*/smaps_rollup``) two ways: RSS summed over the processes, which counts the pages
the workers share with the parent (the lexicon, copy-on-write after the fork) once per
process, and PSS summed, which counts each page once: the memory the tree holds.

Then the speed-up of ``-j 2`` (by wall time, and on two idle cores by CPU seconds, for a
shared machine), the start-up on one document beside the naive script's, and the issue's
"Done when" figures with their targets. Runs use cached bytecode (as after ``pip
install``) even where PYTHONDONTWRITEBYTECODE is set. Per-rule times are
``benchmarks/profile_rules.py``'s business. Not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
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
    cpu: float  # user + system seconds of the whole tree
    out_bytes: int
    rss_mb: float  # peak of the tree's summed RSS: shared pages count once per process
    pss_mb: float  # peak of the tree's summed PSS: shared pages divided among their sharers
    #: CPU seconds of each process: the root first, then its workers
    cpus: tuple[float, ...] = ()


def _proc_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    children.setdefault(int(fh.read().rsplit(")", 1)[1].split()[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def _sample(pid: int) -> tuple[int, int, float] | None:
    """RSS and PSS in kB (smaps_rollup) and CPU seconds of one process."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        kb = {}
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                parts = line.split()
                if parts and parts[0] in ("Rss:", "Pss:"):
                    kb[parts[0]] = int(parts[1])
    except (OSError, IndexError, ValueError):
        return None
    return kb.get("Rss:", 0), kb.get("Pss:", 0), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_once(code: str, corpus: Path, out: Path, env: dict[str, str]) -> Run:
    """One run of a variant in a fresh process: wall and CPU time, peak memory of its tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, str(corpus), str(out)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env)
    peak = [0, 0]
    cpus: dict[int, float] = {}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            rss = pss = 0
            for pid in _proc_tree(proc.pid):
                got = _sample(pid)
                if got:
                    rss, pss, cpus[pid] = rss + got[0], pss + got[1], got[2]
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(err.strip().splitlines()[-1] if err.strip() else f"exit {proc.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    per = (cpus.pop(proc.pid, 0.0), *sorted(cpus.values(), reverse=True))
    return Run(seconds, cpu, out.stat().st_size, peak[0] / 1024, peak[1] / 1024, per)


def best_of(code: str, corpus: Path, out: Path, repeat: int, env: dict[str, str]) -> Run:
    runs = [run_once(code, corpus, out, env) for _ in range(repeat)]
    best = min(runs, key=lambda r: r.cpu)
    return Run(min(r.seconds for r in runs), best.cpu, runs[-1].out_bytes, max(r.rss_mb for r in runs),
               max(r.pss_mb for r in runs), best.cpus)


def installed_env(pycache: Path) -> dict[str, str]:
    """The environment of every run: bytecode cached (in ``pycache``, outside the tree) as
    after ``pip install``, even where PYTHONDONTWRITEBYTECODE is set, so start-up is not
    the time to compile zhclean's modules."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def startup(corpus: Path, workdir: Path, repeat: int, env: dict[str, str]) -> dict[str, Run]:
    """One document, start to finish: the naive script, zhclean --ignore T, zhclean."""
    one = workdir / "one.jsonl"
    with open(corpus, encoding="utf-8") as fh:
        one.write_text(fh.readline(), encoding="utf-8")
    variants = {"naive": NAIVE, "zhclean --ignore T": zhclean("--ignore", "T"), "zhclean": zhclean()}
    for code in variants.values():  # compiles and caches the bytecode
        run_once(code, one, workdir / "one-out.jsonl", env)
    return {name: best_of(code, one, workdir / "one-out.jsonl", max(repeat, 5), env)
            for name, code in variants.items()}


def bench(corpus: Path, repeat: int, workdir: Path, env: dict[str, str], start: dict[str, Run]) -> dict[str, Run]:
    size = corpus.stat().st_size
    print(f"\ncorpus: {corpus.name} ({size / 1e6:.2f} MB), best of {repeat} (wall and CPU), one process unless -j")
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
    print(f"{'variant':<34} {'wall s':>7} {'CPU s':>7} {'MB/s':>6} {'x naive':>7} {'MB/CPUs':>7} {'x naive':>7} "
          f"{'out/in':>6} {'RSS sum':>8} {'PSS sum':>8}")
    runs: dict[str, Run] = {}
    naive: Run | None = None
    for name, code, n in variants:
        out = workdir / f"out-{len(runs)}.jsonl"
        try:
            run = best_of(code, corpus, out, n, env)
        except RuntimeError as exc:
            print(f"{name:<34} skipped: {exc}")
            continue
        runs[name] = run
        naive = naive or (run if name.startswith("naive") else None)
        mb = size / 1e6
        wall_x = f"{run.seconds and naive.seconds / run.seconds:.2f}" if naive else "-"
        cpu_x = f"{naive.cpu / run.cpu:.2f}" if naive and run.cpu else "-"
        note = "  (1 run)" if n != repeat else ""
        print(f"{name:<34} {run.seconds:7.2f} {run.cpu:7.2f} {mb / run.seconds:6.2f} {wall_x:>7} "
              f"{mb / run.cpu if run.cpu else 0:7.2f} {cpu_x:>7} {run.out_bytes / size:6.3f} "
              f"{run.rss_mb:5.0f} MB {run.pss_mb:5.0f} MB{note}")
        if name.startswith("zhclean (default"):
            print_fields(out, size)
        if out.exists():
            out.unlink()
    one, two = runs.get("zhclean (default, compact trail)"), runs.get("zhclean -j 2")
    if one and two:
        # On two idle cores the run takes its serial start-up, then the busier of: the
        # busiest worker, and the tree's CPU shared by two cores.
        serial = start["zhclean"].cpu
        critical = max(serial + max(two.cpus[1:], default=0.0), two.cpu / 2)
        print(f"-j 2 vs one process: {one.seconds / two.seconds:.2f}x wall on this (shared) machine; "
              f"{one.cpu / critical:.2f}x on 2 idle cores by CPU seconds (one process {one.cpu:.1f} s; -j 2: "
              f"parent {two.cpus[0]:.1f} s, workers {' + '.join(f'{c:.1f}' for c in two.cpus[1:])} s, "
              f"start-up {serial:.1f} s); tree CPU {two.cpu / one.cpu:.2f}x one process's")
    return runs


def print_fields(out: Path, size: int) -> None:
    """The default output's bytes by record field, against the input's bytes."""
    fields: dict[str, int] = {}
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            for key, value in json.loads(line).items():
                fields[key] = fields.get(key, 0) + len(json.dumps(value, ensure_ascii=False,
                                                                    separators=(",", ":")).encode())
    print("    out/in by field: " + ", ".join(f"{k} {v / size:.3f}" for k, v in
                                             sorted(fields.items(), key=lambda kv: -kv[1])))


def print_done_when(sizes: dict[float, dict[str, Run]], start: dict[str, Run]) -> None:
    """The issue's "Done when" figures, each beside its target."""
    print("\nDone when (issue 15)  [x naive: by wall time best of N / by CPU seconds]")
    for mb, runs in sizes.items():
        naive = runs.get("naive (ftfy + OpenCC + re.sub)")
        for name, target in (("zhclean --ignore T", 5.0), ("zhclean (default, compact trail)", 3.0)):
            run = runs.get(name)
            if naive and run:
                print(f"  {mb:g} MB {name:<33} {naive.seconds / run.seconds:5.2f}x / {naive.cpu / run.cpu:5.2f}x naive"
                      f"  (target >= {target:g}x)")
        one, two = runs.get("zhclean (default, compact trail)"), runs.get("zhclean -j 2")
        if one and two:
            print(f"  {mb:g} MB -j 2 tree memory: PSS {two.pss_mb:.0f} MB, RSS summed {two.rss_mb:.0f} MB "
                  f"(target < 300 MB); one process PSS {one.pss_mb:.0f} MB")
        if one:
            print(f"  {mb:g} MB default out/in {one.out_bytes / sizes_in[mb]:.3f} (target <= 1.5)")
    base = start["naive"]
    for name in ("zhclean --ignore T", "zhclean"):
        run = start[name]
        print(f"  start-up, one document, {name:<18} {run.seconds:.2f} s wall, {run.cpu:.2f} s CPU: "
              f"{run.seconds / base.seconds:.1f}x / {run.cpu / base.cpu:.1f}x naive's {base.seconds:.2f} s, "
              f"{base.cpu:.2f} s CPU" + ("  (target <= 3x)" if "ignore" in name else ""))


sizes_in: dict[float, int] = {}


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
    ap.add_argument("--mb", type=float, nargs="+", default=[20.0, 80.0],
                    help="corpus sizes in MB of text (default: 20 and 80, the issue's)")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--corpus", type=Path, help="use this JSONL instead of generating one")
    ap.add_argument("--repeat", type=int, default=3, help="runs per variant; the best counts (default 3)")
    ap.add_argument("--json", action="store_true", help="only compare JSON encoders (in process, CPU time)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpora: dict[float, Path] = {}
        if args.corpus is not None:
            corpora[args.corpus.stat().st_size / 1e6] = args.corpus
        elif not MAKE_CORPUS.exists():
            print(f"needs {MAKE_CORPUS}", file=sys.stderr)
            return 2
        else:
            for mb in args.mb:
                corpora[mb] = Path(tmp) / f"corpus-{mb:g}mb.jsonl"
                subprocess.run([sys.executable, str(MAKE_CORPUS), "--mb", str(mb), "--seed", str(args.seed),
                                "-q", "-o", str(corpora[mb])], check=True)
        if args.json:
            bench_json(next(iter(corpora.values())), docs=300, repeat=max(args.repeat, 3))
            return 0
        env = installed_env(Path(tmp) / "pycache")
        start = startup(next(iter(corpora.values())), Path(tmp), args.repeat, env)
        print("start-up, one document (best of 5 or --repeat):")
        for name, run in start.items():
            print(f"  {name:<20} {run.seconds:5.2f} s wall {run.cpu:5.2f} s CPU  "
                  f"{run.seconds / start['naive'].seconds:4.1f}x / {run.cpu / start['naive'].cpu:4.1f}x naive")
        results = {}
        for mb, corpus in corpora.items():
            sizes_in[mb] = corpus.stat().st_size
            results[mb] = bench(corpus, args.repeat, Path(tmp), env, start)
        print_done_when(results, start)
    return 0


if __name__ == "__main__":
    sys.exit(main())
