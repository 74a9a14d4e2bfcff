"""Learned per-site boilerplate (zhclean.boilerplate and rule C501) on a generated corpus.

The generator (benchmarks/make_sites.py) gives each site head and tail lines no built-in
rule knows and fills the bodies with unique prose and with lines that recur across sites;
every line carries its kind, so what C501 removes and keeps is measured, not guessed.
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from zhclean import Config, Document, Pipeline
from zhclean.boilerplate import BoilerplateLearner, learn, load_patterns, page_lines, save_patterns
from zhclean.cli import main
from zhclean.config import ConfigError
from zhclean.rules.chrome.site_boilerplate import hash64, line_hash, normalise_line, site_key

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from make_sites import make_corpus  # noqa: E402


def _docs(pages):
    return [Document(id=p["id"], text=p["text"], meta={"url": p["url"]}) for p in pages]


def _learn(docs, max_lines_per_site=2048) -> BoilerplateLearner:
    return learn(lambda: docs, min_pages=5, max_lines_per_site=max_lines_per_site)


def _clean(pages, patterns_file: Path, **options):
    pipe = Pipeline(Config(options={"C501": {"patterns": str(patterns_file), **options}}), select=["C501"])
    return [pipe.clean(d) for d in _docs(pages)]


def _shares(pages, results) -> dict[str, float]:
    """Per kind of line, the share of its occurrences that cleaning removed."""
    seen: Counter = Counter()
    gone: Counter = Counter()
    for page, res in zip(pages, results):
        kept = {normalise_line(line) for line in res.text.splitlines()}
        for line, kind in page["lines"]:
            seen[kind] += 1
            gone[kind] += normalise_line(line) not in kept
    return {kind: gone[kind] / seen[kind] for kind in seen}


@pytest.fixture(scope="module", params=[1, 2])
def learned(request, tmp_path_factory):
    pages = make_corpus(seed=request.param, sites=12, pages=25)
    path = tmp_path_factory.mktemp("bp") / "patterns.json"
    save_patterns(_learn(_docs(pages)).patterns({}), path)
    return pages, path


def test_removes_the_sites_own_lines_and_keeps_the_shared_body_lines(learned):
    pages, path = learned
    shares = _shares(pages, _clean(pages, path))
    removed_site_lines = (shares["site-head"] + shares["site-tail"]) / 2
    assert removed_site_lines >= 0.95, shares
    assert shares["site-head"] >= 0.95 and shares["site-tail"] >= 0.95, shares
    assert 1 - shares["shared"] >= 0.99, shares
    assert shares["body"] == 0 and shares["title"] == 0, shares


def test_the_cross_site_guard_is_what_keeps_the_shared_lines(learned):
    """Without it, the sayings a site often puts under its titles would go as its chrome."""
    pages, path = learned
    shares = _shares(pages, _clean(pages, path, cross_sites=10**6))
    assert shares["shared"] > 0.01, shares


def test_every_removal_is_audited_with_its_pattern_and_counts(learned):
    pages, path = learned
    res = _clean(pages[:3], path)[0]
    audit = res.meta["boilerplate"]
    assert audit["site"] == site_key({"url": pages[0]["url"]}) and audit["site_pages"] == 25
    removed = [e for e in res.edits if e["rule"] == "C501"]
    # The compact trail makes touching removals of one rule one entry: count the lines.
    removed_lines = [line for e in removed for line in e["removed"].splitlines()]
    assert len(removed_lines) == len(audit["lines"]) > 0
    data = load_patterns(path)["sites"][audit["site"]]
    by_hash = {e["hash"]: e for e in data["patterns"]}
    for entry in audit["lines"]:
        assert entry["zone"] in ("head", "tail")
        assert by_hash[entry["pattern"]]["pages"] == entry["pages"] >= 5


def test_the_patterns_file_is_readable_json_with_per_site_counts(learned):
    _pages, path = learned
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "zhclean-boilerplate" and data["version"] == 1 and data["documents"] == 300
    assert len(data["sites"]) == 12
    for table in data["sites"].values():
        assert table["pages"] == 25
        for e in table["patterns"]:
            assert e["pages"] == e["head"] + e["body"] + e["tail"] and len(e["hash"]) == 16
            assert e["example"]


def test_learning_in_parts_and_merging_equals_learning_at_once():
    docs = _docs(make_corpus(seed=3, sites=12, pages=25))
    whole = _learn(docs).patterns({})
    halves = [BoilerplateLearner(), BoilerplateLearner()]
    for k, learner in enumerate(halves):  # the first reading in two shards, merged
        for d in docs[k::2]:
            learner.observe(site_key(d.meta, d.id), page_lines(d.text))
    merged = halves[0].merge(halves[1])
    candidates = merged.candidates(5)
    guards = [BoilerplateLearner(), BoilerplateLearner()]
    for k, learner in enumerate(guards):  # the second reading in two other shards
        for d in docs[k::3] if k == 0 else [d for i, d in enumerate(docs) if i % 3]:
            learner.observe_candidates(site_key(d.meta, d.id), page_lines(d.text), candidates)
    merged.merge(guards[0]).merge(guards[1])
    assert merged.patterns({}) == whole


def test_memory_is_capped_per_site_and_the_chrome_survives_the_cap(tmp_path):
    pages = make_corpus(seed=4, sites=12, pages=60)
    learner = _learn(_docs(pages), max_lines_per_site=64)
    assert all(len(t.counts) <= 64 + 16 for t in learner.sites.values())
    assert len(learner.body_sites) <= 12 * 64
    path = tmp_path / "p.json"
    save_patterns(learner.patterns({}), path)
    shares = _shares(pages, _clean(pages, path))
    assert shares["site-head"] >= 0.95 and shares["site-tail"] >= 0.95, shares
    assert 1 - shares["shared"] >= 0.99, shares


def test_hashes_are_stable_across_processes():
    """blake2b, not the salted hash(): a patterns file means the same in every run."""
    line = "本站稿件欢迎转发，转载请注明来自职工之家。"
    other = subprocess.run([sys.executable, "-c", "from zhclean.rules.chrome.site_boilerplate import line_hash;"
                            f"print(line_hash({line!r}))"], capture_output=True, text=True, check=True)
    assert int(other.stdout) == line_hash(line) == hash64(normalise_line(line))
    assert hash64("职工之家") == 0x58cb87071b7f45ab


def test_site_keys():
    assert site_key({"url": "https://www.Example.com/a"}) == "example.com"
    assert site_key({"url": "http://news.example.com:8080/x"}, "a/b") == "news.example.com"
    assert site_key({"site": "given", "url": "https://example.com/"}) == "given"
    assert site_key({}, "site03/0012") == "site03"
    assert site_key({"url": "not a url"}, "flat") == ""


def test_a_line_counts_once_per_page_in_its_first_zone():
    body = "会议传达学习了上级工会有关文件精神，研究部署了下一阶段的重点工作。"
    lines = page_lines(f"职工之家\n{body}\n职工之家\n{body}\n欢迎投稿\n")
    assert [z for _h, z, _t in lines] == [0, 1, 2]


def _texts(path: Path) -> dict[str, str]:
    return {r["id"]: r["text"] for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _write_jsonl(pages, path: Path) -> Path:
    path.write_text("".join(json.dumps({"id": p["id"], "url": p["url"], "text": p["text"]}, ensure_ascii=False)
                            + "\n" for p in pages), encoding="utf-8")
    return path


def test_cli_saved_patterns_clean_a_second_crawl_as_learning_afresh(tmp_path):
    first = _write_jsonl(make_corpus(seed=6, sites=12, pages=25), tmp_path / "first.jsonl")
    second = _write_jsonl(make_corpus(seed=6, sites=12, pages=25, crawl=1), tmp_path / "second.jsonl")
    patterns = tmp_path / "sites.json"
    assert main(["clean", str(first), "-o", str(tmp_path / "a.jsonl"), "-q", "--select", "C501",
                 "--learn-boilerplate", "--boilerplate", str(patterns)]) == 0
    assert load_patterns(patterns)["documents"] == 300
    assert main(["clean", str(second), "-o", str(tmp_path / "reuse.jsonl"), "-q", "--select", "C501",
                 "--boilerplate", str(patterns)]) == 0
    assert main(["clean", str(second), "-o", str(tmp_path / "fresh.jsonl"), "-q", "--select", "C501", "-j", "2",
                 "--learn-boilerplate"]) == 0
    reuse, fresh = _texts(tmp_path / "reuse.jsonl"), _texts(tmp_path / "fresh.jsonl")
    assert reuse == fresh
    assert sum(len(t) for t in fresh.values()) < 0.8 * sum(len(json.loads(r)["text"]) for r in
                                                           second.read_text(encoding="utf-8").splitlines())


def test_cli_without_a_patterns_file_is_a_usage_error(tmp_path, capsys):
    corpus = _write_jsonl(make_corpus(seed=6, sites=1, pages=2), tmp_path / "c.jsonl")
    assert main(["clean", str(corpus), "-o", str(tmp_path / "o.jsonl"), "-q", "--select", "C501",
                 "--boilerplate", str(tmp_path / "missing.json")]) == 2
    assert "no such boilerplate file" in capsys.readouterr().err
    with pytest.raises(ConfigError):
        load_patterns(corpus)


def test_learn_over_read_items_in_parallel_equals_one_process():
    docs = _docs(make_corpus(seed=7, sites=3, pages=12))
    assert learn(lambda: docs, 5, workers=2).patterns({}) == learn(lambda: docs, 5, workers=1).patterns({})
