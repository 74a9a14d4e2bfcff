"""Fit the weights of T101's context stage (``rules/data/context_weights.json``).

    python tools/fit_typo_context.py [--data ../shared/dev/csc/odw.train] [--out PATH]

Fits on the tuning lines only (every 5th line is held out, as in ``bench_typos.py``):
a logistic over the stage-1 features of every confusable of every suspect character, a
cut that keeps ``--keep`` of the true replacements, then a logistic over the stage-2
features of the survivors. A candidate is positive when the source differs from the
target there and the replacement is the target's character.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

# the benchmark's reading of ECSpell (its splits) is the one the weights must be fitted on
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_typos import DEFAULT_DATA, read_pairs  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "rules" / "data" / "context_weights.json"


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias is the last column)."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + l2 * w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + l2 * np.eye(x.shape[1])
        w -= np.linalg.solve(hess, grad)
    return w


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--keep", type=float, default=0.7, help="share of true replacements stage 1 keeps")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    from zhclean.rules.typo import _context as context_stage
    from zhclean.rules.typo import datafiles
    from zhclean.rules.typo.lexicon import load_lexicon
    from zhclean.rules.typo._pairs import code_points

    lex = load_lexicon()
    model = context_stage.load_context_model(
        lex.words, lex.floor, lex.sound_table, datafiles.common_chars(), datafiles.look_alikes(),
        weights=Path("/nonexistent"))
    pairs = read_pairs(args.data, "tune")

    xs, ys = [], []
    for src, tgt in pairs:
        found = model.stage1(code_points(src), every=True)
        if found is None:
            continue
        pos, new, feats = found
        xs.append(feats)
        ys.append(np.array([src[p] != tgt[p] and ord(tgt[p]) == n for p, n in zip(pos.tolist(), new.tolist())]))
    x1, y1 = np.concatenate(xs), np.concatenate(ys).astype(float)
    w1 = fit_logistic(x1, y1)
    z = x1 @ w1
    cut1 = float(np.quantile(z[y1 == 1], 1 - args.keep))
    print(f"stage 1: {len(y1):,} candidates, {int(y1.sum())} true; cut {cut1:.2f} keeps "
          f"{(z >= cut1).sum():,} ({(z >= cut1).mean():.2%})")
    model.w1, model.cut1 = w1, cut1

    xs, ys = [], []
    for src, tgt in pairs:
        rows, _ = context_stage.find(model, lex, src, code_points(src), collect=True)
        for p, new, f2 in rows:
            xs.append(f2)
            ys.append(src[p] != tgt[p] and tgt[p] == new)
    x2, y2 = np.array(xs), np.array(ys, dtype=float)
    w2 = fit_logistic(x2, y2)
    print(f"stage 2: {len(y2):,} candidates, {int(y2.sum())} true")
    out = {"fitted_on": f"{args.data.name}, tuning lines (every 5th held out)",
           "stage1": dict(zip(context_stage.STAGE1, np.round(w1, 4).tolist())),
           "stage2": dict(zip(context_stage.STAGE2, np.round(w2, 4).tolist())),
           "cut1": round(cut1, 4)}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
