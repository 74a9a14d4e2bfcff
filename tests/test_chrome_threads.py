"""Threads copied as text (benchmarks/gen_threads_text.py, dev wordings): C309 takes the
furniture between the posts, and the pipeline keeps every post line, the thread's title
and the lines of articles that look like furniture. The held-out wordings are scored by
the benchmark, never asserted here."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import gen_threads_text  # noqa: E402

from zhclean import Pipeline  # noqa: E402


@pytest.fixture(scope="module")
def scored():
    pages = gen_threads_text.make_pages(seed=5, pages=80, split="dev")
    run = Pipeline()
    texts = [run.clean_text("\n".join(line for line, _ in p["lines"]) + "\n") for p in pages]
    return pages, texts, gen_threads_text.score(pages, texts)


def test_the_furniture_between_posts_goes(scored):
    gone, total = scored[2]["furniture"]
    assert gone >= 0.95 * total


def test_every_post_line_stays_whole(scored):
    # the title above a post's info line was read as a menu item once the card under the
    # info line passed for the title (C001), and a title ending in 的 was glued to the
    # first post (L101)
    kept, total = scored[2]["post"]
    assert kept == total


def test_articles_with_datelines_timetables_and_tallies_stay_whole(scored):
    kept, total = scored[2]["trap"]
    assert total and kept == total


def test_a_thread_keeps_its_title_first(scored):
    pages, texts, _ = scored
    threads = [(p, t) for p, t in zip(pages, texts) if p["kind"] == "thread"]
    assert threads and all(t.split("\n")[0] == p["lines"][0][0] for p, t in threads)
