"""Typo-flag benchmark on ECSpell spelling pairs (``n_errors<TAB>source<TAB>target``).

    python benchmarks/bench_typos.py [--data ../shared/dev/csc/odw.train] [--split heldout|novel|tune|all] [--no-cross]
                                     [--corpus corpus.jsonl]
    python benchmarks/bench_typos.py --pipeline /tmp/lead/c5.jsonl   # T101/T102 in the pipeline, prepare_batch or not

Reports character-level detection precision and recall (a flagged character is one the
suggestion changes; it is right if the source differs from the target there), the share
of error-free sentences flagged, characters per second on one core (T101 + T102 after
load), peak memory and lexicon load time. ECSpell sentences are dense with slips (most
hold one), the slowest text for these rules. Speed is timed on the sentences joined into
5,000-character documents, on each sentence as a document of its own (what a short
document costs), and on page text (``--corpus``, by default ``make_corpus.py`` output).
Every 5th line is held out: the lexicon build learns slips only from the other lines
(``--split tune``), so report on ``heldout``. ECSpell repeats sentences with different
slips, so the held-out lines whose text no tuning line shares (``novel``) are reported
as well: the fairest figure for text the rules have never seen.
ECSpell's law and medical sets beside it are reported too (all lines: nothing is learned
from them), as a check of how far the figures travel outside official documents.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "dev" / "csc" / "odw.train"
MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "make_corpus.py"
HOLDOUT_EVERY = 5
#: ECSpell repeats a sentence with different slips: two in three held-out lines have a
#: target that is also a tuning line's. The ``novel`` split keeps the held-out lines that
#: share no string this long with any tuning target: what was learned from the tuning
#: lines (seen slips, the context weights) cannot have seen their text.
NOVEL_SHARED = 10
#: Documents a batch holds when the engine runs the rules a batch at a time.
BATCH = 32
#: Loading the lexicon in a fresh process, as a run starts (CPU seconds printed as JSON).
FRESH_LOAD = ("import json, time\nfrom zhclean.rules.typo import confusable, spun\nc = time.process_time()\n"
              "confusable.prepare({}); spun.prepare({})\nprint(json.dumps(time.process_time() - c))")


def read_pairs(path: Path, split: str) -> list[tuple[str, str]]:
    """(source, target) pairs of one split: ``tune`` (four lines in five), ``heldout``
    (every 5th line), ``novel`` (the held-out lines whose target shares no
    ``NOVEL_SHARED``-character string with a tuning target) or ``all``."""
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        parts = line.split("\t")
        if len(parts) == 3 and len(parts[1]) == len(parts[2]):
            rows.append((i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1, parts[1], parts[2]))
    if split == "all":
        return [(src, tgt) for _, src, tgt in rows]
    if split == "novel":
        seen = {tgt[k:k + NOVEL_SHARED] for held, _, tgt in rows if not held
                for k in range(len(tgt) - NOVEL_SHARED + 1)}
        return [(src, tgt) for held, src, tgt in rows
                if held and not any(tgt[k:k + NOVEL_SHARED] in seen for k in range(len(tgt) - NOVEL_SHARED + 1))]
    return [(src, tgt) for held, src, tgt in rows if held == (split == "heldout")]


def claimed_positions(cand) -> list[int]:
    v = cand.variant
    if len(v.text) != len(v.word):
        return list(range(cand.start, cand.end))
    return [cand.start + i for i, (a, b) in enumerate(zip(v.text, v.word)) if a != b]


def evaluate(pairs, detect_all, threshold: float):
    tp = fp = fn = 0
    right_fix = 0
    clean = clean_flagged = 0
    for src, tgt in pairs:
        errors = {i for i, (a, b) in enumerate(zip(src, tgt)) if a != b}
        cands = [c for c in detect_all(src) if c.score >= threshold]
        claimed = set()
        for c in cands:
            for p in claimed_positions(c):
                claimed.add(p)
                if p in errors and len(c.variant.text) == len(c.variant.word) \
                        and c.variant.word[p - c.start] == tgt[p]:
                    right_fix += 1
        tp += len(claimed & errors)
        fp += len(claimed - errors)
        fn += len(errors - claimed)
        if not errors:
            clean += 1
            clean_flagged += bool(cands)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "correction_accuracy": right_fix / tp if tp else 0.0,
            "clean_flagged": clean_flagged / clean if clean else 0.0, "clean_sentences": clean,
            "tp": tp, "fp": fp, "fn": fn}


#: Cross-domain sets beside ``odw.train`` (ECSpell law and medical), reported by default.
CROSS_DOMAIN = ("law.train", "med.train")


def report(m: dict) -> str:
    return (f"char precision {m['precision']:.3f}  recall {m['recall']:.3f}  "
            f"correction accuracy {m['correction_accuracy']:.3f}  clean sentences flagged "
            f"{m['clean_flagged']:.2%} of {m['clean_sentences']}  (tp {m['tp']} fp {m['fp']} fn {m['fn']})")


def best_cpu_time(docs: list[str], opts: dict, repeat: int, remember: bool = False, batch: int = 1) -> float:
    """CPU seconds of the best of ``repeat`` runs of T101 and T102 over ``docs``, one
    document at a time (best of N, as timeit does: the machine is shared).

    The rules remember each line's hits and each window's segmentation across documents.
    This benchmark repeats its text, so by default that memory is off and every line is
    searched; with ``remember`` it is on, emptied before each run, as in a corpus whose
    lines repeat only as often as they do in ``docs``. With ``batch`` > 1 (and
    ``remember``), the lines of each ``batch`` documents are searched ahead in one go, as
    the rules' ``prepare_batch`` does when the engine runs them a batch at a time."""
    from zhclean.rules.typo import confusable, spun
    from zhclean.rules.typo.line_memo import MAX_LINES

    lex = confusable.prepare(opts)  # as the rules' setup does, once
    spun.prepare(opts)
    runs = []
    lex.slip_memo.max_lines = lex.phrase_memo.max_lines = MAX_LINES if remember else 0
    for _ in range(repeat):
        lex.forget()
        c0 = time.process_time()
        for at in range(0, len(docs), batch):
            if batch > 1:
                lex.search_ahead(docs[at:at + batch], slips=True, phrases=True)
            for doc in docs[at:at + batch]:
                confusable.find_slips(lex, doc, opts)
                spun.find_spun(lex, doc, opts)
        runs.append(time.process_time() - c0)
    lex.slip_memo.max_lines = lex.phrase_memo.max_lines = MAX_LINES
    return min(runs)


def fresh_load(cached: bool, repeat: int = 2) -> float:
    """CPU seconds to set T101 and T102 up in a new process, best of ``repeat``: from
    the cache folder's copies (``rules/typo/prebuilt.py``), or built from the files."""
    from zhclean.rules.typo.prebuilt import CACHE_ENV  # after the import timing in main

    env = dict(os.environ)
    if not cached:
        env[CACHE_ENV] = "off"
    return min(float(subprocess.run([sys.executable, "-c", FRESH_LOAD], check=True, capture_output=True, text=True,
                                    env=env).stdout) for _ in range(repeat))


def pipeline_times(path: Path, repeat: int, ahead: bool) -> tuple[float, float, float, str]:
    """(whole run, T101, T102) CPU seconds, best of ``repeat``, of the default pipeline over
    the JSONL at ``path`` in batches of :data:`BATCH`, and a digest of every output; with
    ``ahead``, each typo rule's ``prepare_batch`` is called before its step over a batch
    (timed as the rule's). Until the engine makes that call itself, it is made here by
    wrapping the engine's internals (``_DocState``, ``_stepper``)."""
    import hashlib

    import zhclean.pipeline as engine
    from zhclean import Document, Pipeline

    clock = time.process_time
    batch_states: list = []
    spent = {"T101": 0.0, "T102": 0.0}
    make_state, make_step = engine._DocState.__init__, engine.Pipeline._stepper

    def new_state(state, doc):
        make_state(state, doc)
        batch_states.append(state)

    def stepper(pipe, rule):
        step = make_step(pipe, rule)
        if rule.code not in spent:
            return step
        options, apply, done = pipe._options[rule.code], rule.apply, [None]

        def timed(text, ctx):
            c0 = clock()
            result = apply(text, ctx)
            spent[rule.code] += clock() - c0
            return result

        rule.apply = timed

        def batch_step(state):
            if ahead and done[0] is not batch_states[0]:
                done[0] = batch_states[0]
                c0 = clock()
                rule.prepare_batch([s.trace.text for s in batch_states if s.error is None], options)
                spent[rule.code] += clock() - c0
            step(state)

        return batch_step

    engine._DocState.__init__, engine.Pipeline._stepper = new_state, stepper
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        docs = [Document(id=str(i), text=json.loads(line)["text"]) for i, line in enumerate(lines) if line.strip()]
        pipe = Pipeline()
        pipe.clean(Document(id="warm-up", text="學習工會文件"))  # loading is not throughput
        lex = next(r for r in pipe.rules if r.code == "T101").lexicon
        best, digest = None, ""
        for _ in range(repeat):
            lex.forget()
            spent.update(T101=0.0, T102=0.0)
            out = hashlib.sha256()
            c0 = clock()
            for at in range(0, len(docs), BATCH):
                batch_states.clear()
                for result in pipe.clean_batch(docs[at:at + BATCH]):
                    out.update(repr((result.text, result.flags)).encode("utf-8"))
            row = (clock() - c0, spent["T101"], spent["T102"])
            best = row if best is None else tuple(map(min, best, row))
            digest = out.hexdigest()[:16]
    finally:
        engine._DocState.__init__, engine.Pipeline._stepper = make_state, make_step
    return (*best, digest)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", choices=["heldout", "novel", "tune", "all"], default="heldout")
    ap.add_argument("--threshold", type=float, default=None, help="default: the rules' own")
    ap.add_argument("--sweep", action="store_true", help="also report several thresholds")
    ap.add_argument("--mb", type=float, default=2.0, help="MB of text for the speed run")
    ap.add_argument("--repeat", type=int, default=3, help="speed runs; the best is reported")
    ap.add_argument("--show-errors", type=int, default=0, help="print N false flags")
    ap.add_argument("--context", action="store_true", help="turn on T101's context stage")
    ap.add_argument("--context-prior", type=float, default=None, help="T101's context_prior option")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="also time the rules over the documents of this JSONL (page text, where "
                         "slips are rare); default: 2 MB from ../shared/bench/make_corpus.py, seed 0")
    ap.add_argument("--no-cross", dest="cross", action="store_false",
                    help="skip the law and medical sets (reported by default)")
    ap.add_argument("--pipeline", type=Path, default=None, metavar="JSONL",
                    help="only time T101 and T102 inside the default pipeline on this corpus, with and "
                         "without prepare_batch, interleaved")
    args = ap.parse_args(argv)
    if args.pipeline:
        for _ in range(2):
            for ahead in (False, True):
                total, t101, t102, digest = pipeline_times(args.pipeline, args.repeat, ahead)
                print(f"pipeline, batches of {BATCH}, {'with' if ahead else 'without'} prepare_batch: "
                      f"{total:.3f} s CPU, T101 {t101:.3f} s, T102 {t102:.3f} s (best of {args.repeat}; "
                      f"output {digest})")
        return

    # CPU time as well as wall time: the machine is shared, and "one core" means CPU time.
    c_import = time.process_time()
    from zhclean.rules.typo import confusable, spun
    from zhclean.rules.typo.line_memo import MAX_LINES

    import_cpu = time.process_time() - c_import
    extra = {"context": args.context}
    if args.context_prior is not None:
        extra["context_prior"] = args.context_prior
    # what the rules' setup builds: the word list and every index T101 and T102 search
    t0, c0 = time.perf_counter(), time.process_time()
    lex = confusable.prepare(extra)
    spun.prepare(extra)
    load_s, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    threshold = args.threshold if args.threshold is not None else confusable.DEFAULT_THRESHOLD
    opts0 = {"threshold": 0.0, **extra}

    def detect_all(text):
        return confusable.find_slips(lex, text, opts0) + spun.find_spun(lex, text, opts0)

    pairs = read_pairs(args.data, args.split)
    print(f"data {args.data.name} split={args.split}: {len(pairs)} sentences")
    print(f"lexicon load (files + automata, as the rules' setup builds them): {load_cpu:.3f} s CPU, {load_s:.3f} s wall "
          f"(importing zhclean before it: {import_cpu:.3f} s CPU)")
    print(f"lexicon load in a fresh process (best of 2): {fresh_load(True):.3f} s CPU from the cached copies, "
          f"{fresh_load(False):.3f} s building them (ZHCLEAN_CACHE_DIR=off)")
    for th in ([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] if args.sweep else [threshold]):
        print(f"threshold {th:.2f}: {report(evaluate(pairs, detect_all, th))}")
    if args.split == "heldout":
        novel = read_pairs(args.data, "novel")
        print(f"  novel held-out lines ({len(novel)}, sharing no {NOVEL_SHARED}-character string with a tuning "
              f"line) threshold {threshold:.2f}: {report(evaluate(novel, detect_all, threshold))}")
    if args.cross:
        # other domains, every line (nothing was learned from them): how far the figures travel
        for name in CROSS_DOMAIN:
            path = args.data.with_name(name)
            if path.exists() and path != args.data:
                m = evaluate(read_pairs(path, "all"), detect_all, threshold)
                print(f"{name} (all lines) threshold {threshold:.2f}: {report(m)}")
    if args.show_errors:
        shown = 0
        for src, tgt in pairs:
            for c in detect_all(src):
                if c.score < threshold:
                    continue
                if any(src[p] == tgt[p] for p in claimed_positions(c)):
                    print(f"  FP {c.variant.text}->{c.variant.word} [{c.variant.kind}] gain {c.gain:.1f} "
                          f"wc {c.word_count} score {c.score:.2f} | {src[max(0, c.start - 8):c.end + 8]}")
                    shown += 1
            if shown >= args.show_errors:
                break

    # Speed: the rules' own search (default threshold) over repeated source text, one core.
    body = "\n".join(s for s, _ in pairs)
    reps = max(1, int(args.mb * 1e6 / max(1, len(body.encode("utf-8")))))
    text = "\n".join([body] * reps)
    opts = {"threshold": threshold, **extra}
    chunks = [text[i:i + 5000] for i in range(0, len(text), 5000)]  # document-sized pieces
    runs = []
    lex.slip_memo.max_lines = lex.phrase_memo.max_lines = 0  # the text repeats: search every line
    for _ in range(args.repeat):  # best of N, as timeit does: the machine is shared
        lex.forget()
        t0, c0 = time.perf_counter(), time.process_time()
        for chunk in chunks:
            confusable.find_slips(lex, chunk, opts)
            spun.find_spun(lex, chunk, opts)
        runs.append((time.process_time() - c0, time.perf_counter() - t0))
    lex.slip_memo.max_lines = lex.phrase_memo.max_lines = MAX_LINES
    cpu, dt = min(runs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"speed: {len(text) / cpu:,.0f} chars/s CPU ({len(text.encode('utf-8')) / cpu / 1e6:.2f} MB/s), "
          f"{len(text) / dt:,.0f} chars/s wall, one core, over {len(text):,} chars (best of {args.repeat}); "
          f"peak RSS {peak:.0f} MB")
    # Each sentence its own document, as in a corpus of sentences or titles: what a
    # document costs whatever its length shows here.
    sentences = [s for s, _ in pairs] * max(1, int(args.mb * 2.5e5 / max(1, len(body.encode("utf-8")))))
    size = sum(map(len, sentences))
    print(f"speed sentence by sentence ({len(sentences):,} documents of {size / len(sentences):.0f} chars on "
          f"average): {size / best_cpu_time(sentences, opts, args.repeat):,.0f} chars/s CPU, one core "
          f"(best of {args.repeat})")
    if args.corpus:
        name, lines = args.corpus.name, args.corpus.read_text(encoding="utf-8").splitlines()
    elif MAKE_CORPUS.exists():
        name = "make_corpus.py --mb 2 --seed 0"
        lines = subprocess.run([sys.executable, str(MAKE_CORPUS), "--mb", "2", "--seed", "0", "-q", "-o", "-"],
                               check=True, capture_output=True, text=True).stdout.splitlines()
    else:
        return
    if lines:
        docs = [json.loads(line)["text"] for line in lines if line.strip()]
        size = sum(map(len, docs))
        searched = size / best_cpu_time(docs, opts, args.repeat)
        remembered = size / best_cpu_time(docs, opts, args.repeat, remember=True)
        batched = size / best_cpu_time(docs, opts, args.repeat, remember=True, batch=BATCH)
        print(f"speed on {name} ({len(docs):,} documents, {size:,} chars): {searched:,.0f} chars/s CPU "
              f"searching every line, {remembered:,.0f} remembering lines seen in earlier documents, "
              f"{batched:,.0f} searching each {BATCH} documents' lines ahead (prepare_batch), "
              f"one core (best of {args.repeat})")


if __name__ == "__main__":
    sys.exit(main())
