"""Why T101 costs more inside the pipeline than alone: the same texts timed four ways.

    .venv/bin/python benchmarks/typo_pipeline_gap.py --corpus /tmp/lead/c5.jsonl --repeat 5

Each round, interleaved so that load on the shared machine hits every row alike: T101
inside a pipeline run (``--select``, default N,C,L,T; its ``apply`` timed as
``profile_rules.py`` does), one document at a time and in batches cleaned rule by rule
(``Pipeline.clean_batch``, as ``zhclean clean`` runs since stop 28), then T101 alone on the texts it received there — with its
memos emptied (``Lexicon.forget``), emptied and the CPU caches flushed before every
document (a 64 MB array summed), flushed only every 32 documents (as if the engine ran
the T rules a batch at a time), and with the memos warm. Memos are emptied before every
pipeline run too, so the first three rows do the same work. CPU time, best of the rounds.
Not a test.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from zhclean import Document, Pipeline
from zhclean.runner import BATCH_DOCS

clock = time.process_time
#: Documents a batch-wise engine would hand the T rules one after another (the last row but one).
BATCH = 32


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="a JSONL with a text field")
    ap.add_argument("--select", default="N,C,L,T", help="rule selection, as zhclean clean --select")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]

    pipe = Pipeline(select=args.select.split(","))
    rule = next(r for r in pipe.rules if r.code == "T101")
    apply = rule.apply
    received: list = []
    spent = [0.0]

    def timed(text, ctx):
        started = clock()
        result = apply(text, ctx)
        spent[0] += clock() - started
        received.append((text, ctx))
        return result

    rule.apply = timed
    pipe.clean(Document(id="warm-up", text="學習工會文件"))  # loading is not throughput
    lex = rule.lexicon
    flush = np.ones(8 << 20)  # 64 MB, more than any cache level
    docs = [Document(id=str(i), text=text) for i, text in enumerate(texts)]
    rows: dict[str, list[float]] = {"in the pipeline, one document a time": [],
                                    f"in the pipeline, batches of {BATCH_DOCS}": [], "alone, memos empty": [],
                                    "alone, memos empty, caches flushed": [],
                                    f"... flushed every {BATCH} documents": [], "alone, memos warm": []}
    for _ in range(args.repeat):
        lex.forget()
        received.clear()
        spent[0] = 0.0
        for doc in docs:
            pipe.clean(doc)
        rows["in the pipeline, one document a time"].append(spent[0])
        lex.forget()
        spent[0] = 0.0
        kept = list(received)
        for at in range(0, len(docs), BATCH_DOCS):  # as zhclean clean runs: each batch rule by rule
            pipe.clean_batch(docs[at:at + BATCH_DOCS])
        rows[f"in the pipeline, batches of {BATCH_DOCS}"].append(spent[0])
        received[:] = kept
        lex.forget()
        started = clock()
        for text, ctx in received:
            apply(text, ctx)
        rows["alone, memos empty"].append(clock() - started)
        lex.forget()
        total = 0.0
        for text, ctx in received:
            flush.sum()
            started = clock()
            apply(text, ctx)
            total += clock() - started
        rows["alone, memos empty, caches flushed"].append(total)
        lex.forget()
        total = 0.0
        for i, (text, ctx) in enumerate(received):
            if i % BATCH == 0:
                flush.sum()
            started = clock()
            apply(text, ctx)
            total += clock() - started
        rows[f"... flushed every {BATCH} documents"].append(total)
        started = clock()
        for text, ctx in received:
            apply(text, ctx)
        rows["alone, memos warm"].append(clock() - started)
    mb = sum(len(t.encode("utf-8")) for t, _ in received) / 1e6
    print(f"T101 on {len(received)} documents, {mb:.2f} MB as the pipeline hands them over; CPU s, best of {args.repeat}")
    for name, values in rows.items():
        print(f"{name:<36} {min(values):6.3f}  ({' '.join(f'{v:.3f}' for v in values)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
