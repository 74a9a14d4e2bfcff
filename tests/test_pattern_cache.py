"""The compiled-pattern table (zhclean.pattern_cache): patterns from it are re.compile's."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from zhclean import pattern_cache
from zhclean.pattern_cache import cached_patterns

# the table hooks re._compiler (Python 3.11+); on 3.10 the context is a no-op
pytestmark = pytest.mark.skipif(not hasattr(re, "_compiler"), reason="re has no _compiler before Python 3.11")

PATTERNS = [
    (r"(?P<label>来\s{0,3}源|作\s{0,3}者)[:：]\s*(?P<who>\S+)", 0),
    (r"^[\s【\[]*(?:当前位置|您的位置)[\s】\]]*[:：]", re.M),
    (r"[\u4e00-\u9fff]{2,}|[a-z]+", re.I),
    (r"""(?x) \d{4} - \d{2}  # a date""", 0),
    (r"(?<![\w])(?:ICP备|公网安备)\d+号(?!\d)", 0),
]
SAMPLES = ["来 源：新华社\n作者：张三", "当前位置：首页 > 新闻", "ABC 工会文件 xyz", "2024-05", "浙ICP备14041666号"]


@pytest.fixture
def fresh_table(tmp_path, monkeypatch):
    """An empty cache folder, and the module's state as at the start of a process."""
    monkeypatch.setenv(pattern_cache.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(pattern_cache._State, "table", None)
    monkeypatch.setattr(pattern_cache._State, "used", set())
    monkeypatch.setattr(pattern_cache._State, "last_write", {})
    monkeypatch.setattr(pattern_cache._State, "missed", 0)
    monkeypatch.setattr(pattern_cache._State, "writes", 0)
    re.purge()  # re's own cache would answer before the compiler is asked
    yield tmp_path
    re.purge()


def _compile_all():
    re.purge()
    with cached_patterns():
        return [re.compile(p, f) for p, f in PATTERNS]


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b  # Pattern equality compares flags, pattern and the compiled program
    assert (a.flags, a.groups, a.groupindex) == (b.flags, b.groups, b.groupindex)
    for text in SAMPLES:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groupdict() for m in a.finditer(text)] == [m.groupdict() for m in b.finditer(text)]


def test_patterns_read_back_from_the_table_are_those_re_compiles(fresh_table):
    first = _compile_all()
    (table,) = fresh_table.glob("patterns-*.marshal")
    pattern_cache._State.table = None  # as a new process: the programs come from the file
    pattern_cache._State.used = set()
    second = _compile_all()
    assert not pattern_cache._State.missed
    re.purge()
    for a, b, (p, f) in zip(first, second, PATTERNS):
        _same(a, re.compile(p, f))
        _same(b, re.compile(p, f))
    assert table.stat().st_size > 0


def test_re_is_its_own_again_outside_the_context(fresh_table):
    from re import _compiler

    before = _compiler.compile
    with cached_patterns():
        assert _compiler.compile is not before
        with cached_patterns():  # nested: one table, restored once
            pass
        assert _compiler.compile is not before
    assert _compiler.compile is before
    with pytest.raises(re.error):
        with cached_patterns():
            re.compile("(unclosed")
    assert _compiler.compile is before


def test_a_table_is_written_only_when_a_pattern_was_missing(fresh_table):
    _compile_all()
    (table,) = fresh_table.glob("patterns-*.marshal")
    written = table.stat().st_mtime_ns
    pattern_cache._State.table = None
    table.touch()
    touched = table.stat().st_mtime_ns
    _compile_all()
    assert table.stat().st_mtime_ns == touched >= written


def test_patterns_no_run_uses_leave_the_table(fresh_table):
    for i in range(pattern_cache.KEEP_WRITES + 2):
        pattern_cache._State.table, pattern_cache._State.used = None, set()
        re.purge()
        with cached_patterns():
            re.compile(f"changing text {i}")  # a pattern built from text that differs per run
            re.compile(PATTERNS[0][0])
    (table,) = fresh_table.glob("patterns-*.marshal")
    pattern_cache._read(table)
    keys = set(pattern_cache._State.table)
    assert (PATTERNS[0][0], 0) in keys
    assert ("changing text 0", 0) not in keys
    assert len(keys) == pattern_cache.KEEP_WRITES + 1


def test_an_unreadable_table_is_ignored_and_replaced(fresh_table):
    _compile_all()
    (table,) = fresh_table.glob("patterns-*.marshal")
    table.write_bytes(b"not a table")
    pattern_cache._State.table = None
    for a, (p, f) in zip(_compile_all(), PATTERNS):
        _same(a, re.compile(p, f))
    assert table.read_bytes() != b"not a table"


def test_no_table_when_the_cache_is_off(fresh_table, monkeypatch):
    monkeypatch.setenv(pattern_cache.CACHE_ENV, "off")
    for a, (p, f) in zip(_compile_all(), PATTERNS):
        _same(a, re.compile(p, f))
    assert not list(fresh_table.iterdir())


def test_a_cleaning_run_reads_its_patterns_from_the_table(tmp_path):
    # two processes: the first writes the table, the second compiles nothing it holds
    code = ("import re\nfrom zhclean import Pipeline, pattern_cache\n"
            "p = Pipeline(ignore=['T'])\nprint(p.clean_text('来源：新华社\\n\\n正文，好。'))\n"
            "print(pattern_cache._State.compiled, len(pattern_cache._State.used))\n")
    env = {"ZHCLEAN_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                           cwd=Path(__file__).parent).stdout.splitlines() for _ in range(2)]
    assert runs[0][0] == runs[1][0]
    compiled, used = map(int, runs[1][-1].split())
    assert used > 100 and compiled < used / 10  # the rule modules' patterns came from the table
    assert len(list(tmp_path.glob("patterns-*.marshal"))) == 1


def test_a_damaged_entry_is_compiled_afresh(fresh_table):
    import marshal

    _compile_all()
    (table,) = fresh_table.glob("patterns-*.marshal")
    form, writes, entries = marshal.loads(table.read_bytes())
    key = (PATTERNS[0][0], PATTERNS[0][1])
    (final_flags, words, groups, groupindex, indexgroup), last, digest = entries[key]
    entries[key] = ((final_flags, b"\xff" * len(words), groups, groupindex, indexgroup), last, digest)  # not a program
    entries[(PATTERNS[1][0], int(PATTERNS[1][1]))] = (("not", "a", "program"), last, digest)
    table.write_bytes(marshal.dumps((form, writes, entries)))
    pattern_cache._State.table = None
    for a, (p, f) in zip(_compile_all(), PATTERNS):
        _same(a, re.compile(p, f))


def test_another_threads_patterns_do_not_go_through_the_table(fresh_table):
    import threading
    from re import _compiler

    before = _compiler.compile
    inside, done = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def holder():
        with cached_patterns():
            inside.set()
            done.wait(10)

    def other():
        inside.wait(10)
        with cached_patterns():  # opened while the holder has the table: a no-op here
            seen["pattern"] = re.compile("另一个线程的模式[0-9]+")
        seen["depth"] = pattern_cache._State.depth
        done.set()

    threads = [threading.Thread(target=holder), threading.Thread(target=other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert ("另一个线程的模式[0-9]+", 0) not in pattern_cache._State.used
    assert seen["pattern"] == re.compile("另一个线程的模式[0-9]+")
    assert seen["depth"] == 1  # the holder's context was not disturbed by the other's exit
    assert _compiler.compile is before
    assert pattern_cache._State.depth == 0 and pattern_cache._State.owner is None


def test_what_a_rule_compiles_from_its_options_is_not_written(fresh_table):
    # a rule's setup builds patterns from its options (a user's word list, lines learned
    # from a corpus): they must not land in a cache folder
    from zhclean import Pipeline
    from zhclean.rule import Rule, RuleResult, Stage

    secret = "客户张三的身份证号330102199001011234"

    class Mine(Rule):
        """A user's rule: takes nothing, compiles its word list in setup."""

        code, name, summary, stage = "X901", "test.mine", "a user's rule", Stage.CHROME
        options = {"words": [secret]}

        def setup(self, options):
            self.pattern = re.compile("|".join(map(re.escape, options["words"])))

        def apply(self, text, ctx):
            return RuleResult()

    with cached_patterns():  # the table is in use, as while rule modules are imported
        pass
    Pipeline(rules=[Mine()])
    Pipeline(select=["C101"])  # imports a rule module through the table
    for table in fresh_table.glob("patterns-*.marshal"):
        pattern_cache._read(table)
        assert not any("330102199001011234" in key[0] for key in pattern_cache._State.table)


def test_an_entry_altered_on_disk_is_not_used(fresh_table):
    # a flipped literal still makes a program _sre accepts, one that matches something else
    import marshal
    from array import array

    _compile_all()
    (table,) = fresh_table.glob("patterns-*.marshal")
    form, writes, entries = marshal.loads(table.read_bytes())
    key = (PATTERNS[0][0], PATTERNS[0][1])  # its text holds 来 and 源
    program, last, digest = entries[key]
    words = array("I")
    words.frombytes(program[1])
    assert ord("源") in words
    words = array("I", [ord("原") if w == ord("源") else w for w in words])
    entries[key] = ((program[0], words.tobytes(), *program[2:]), last, digest)
    table.write_bytes(marshal.dumps((form, writes, entries)))
    pattern_cache._State.table, pattern_cache._State.used = None, set()
    (first, *_rest) = _compile_all()
    re.purge()
    _same(first, re.compile(*PATTERNS[0]))
    assert first.search("来 源：新华社") and not first.search("来 原：新华社")
