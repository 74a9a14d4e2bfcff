"""Batches cleaned rule by rule: the same records as one document at a time, each document's
state its own, a failing or slow document set aside without its batch-mates."""
from __future__ import annotations

import time

import pytest

from zhclean import Document, Edit, Pipeline, Rule, RuleFailure, RuleResult, Stage
from zhclean.limits import DocumentTimeout
from zhclean.runner import batched, clean_stream
from zhclean.config import Config
from zhclean.model import InputError

TEXTS = [
    "關於做好2024年度職工之家建設工作的通知\n\n各基層工會:現將有關事項通知如下,請認真貫徹落實。\n\n浙ICP备14041666号\n",
    "工会干部要提高政治站位,切实维护职工合法权益。\n\n\n\n上一篇:关于开展劳动竞赛的通知\n版权所有:嵊州市总工会",
    "<!DOCTYPE html><html><body><div class='nav'><a href='/'>首页</a></div>"
    "<p>各基层工会：现将有关事项通知如下，请认真组织。</p><p>发布时间：2024-03-05</p></body></html>",
    "",
    "这就需要王会干部增强法律意识 ,  做好  服务。\r\n\r\n（来源：市总工会）浏览次数：128",
]


def _docs():
    return [Document(id=f"d{i}", text=t, source="t.jsonl", meta={"n": i}) for i, t in enumerate(TEXTS)]


@pytest.mark.parametrize("trail", ["full", "compact", "none"])
def test_a_batch_gives_each_document_the_record_it_gets_alone(trail):
    pipe = Pipeline(trail=trail)
    alone = [pipe.clean(doc).to_record() for doc in _docs()]
    together = [r.to_record() for r in Pipeline(trail=trail).clean_batch(_docs())]
    assert together == alone
    assert together[2]["meta"]["format"] == "html"  # the page was extracted first, in the batch too
    assert [r.to_record() for r in pipe.clean_batch([])] == []


class _Recorder(Rule):
    """Notes each text it is given and upper-cases a's (test rule).

    **Anti-pattern**:: a  **Best practice**:: A
    """

    code = "X911"
    name = "test.recorder"
    summary = "test"
    stage = Stage.QUALITY

    def __init__(self, seen):
        self.seen = seen

    def apply(self, text, ctx):
        self.seen.append((self.code, ctx.doc_id, text, ctx.meta.get("mark")))
        return RuleResult(edits=[Edit(i, i + 1, "A") for i, ch in enumerate(text) if ch == "a"],
                          meta={"mark": f"{self.code}:{ctx.doc_id}"})


class _SecondRecorder(_Recorder):
    """Notes each text it is given and upper-cases a's, second (test rule).

    **Anti-pattern**:: a  **Best practice**:: A
    """

    code = "X912"


def test_rules_run_over_the_whole_batch_in_turn_each_on_its_documents_own_text():
    seen: list = []
    pipe = Pipeline(rules=[_Recorder(seen), _SecondRecorder(seen)])
    out = pipe.clean_batch([Document(id="p", text="a b"), Document(id="q", text="xa")])
    assert [(code, doc) for code, doc, _, _ in seen] == [("X911", "p"), ("X911", "q"), ("X912", "p"), ("X912", "q")]
    # the second rule sees the text and meta the first left in the same document, no other
    assert seen[2][2:] == ("A b", "X911:p") and seen[3][2:] == ("xA", "X911:q")
    assert [r.meta["mark"] for r in out] == ["X911:p", "X911:q"]
    assert [e["start"] for e in out[1].edits] == [1]


class _FailsOnOne(Rule):
    """Fails on the document with id ``bad``, deletes x elsewhere (test rule).

    **Anti-pattern**:: x  **Best practice**:: y
    """

    code = "X913"
    name = "test.fails-on-one"
    summary = "test"
    stage = Stage.QUALITY

    def apply(self, text, ctx):
        if ctx.doc_id == "bad":
            raise ValueError("boom")
        return RuleResult(edits=[Edit(i, i + 1, "") for i, ch in enumerate(text) if ch == "x"])


class _OutOfRange(_FailsOnOne):
    """Returns an edit past the end of the text of ``bad`` (test rule).

    **Anti-pattern**:: x  **Best practice**:: y
    """

    code = "X914"

    def apply(self, text, ctx):
        return RuleResult(edits=[Edit(0, len(text) + 5, "")] if ctx.doc_id == "bad" else [])


@pytest.mark.parametrize("broken", [_FailsOnOne, _OutOfRange])
def test_a_document_a_rule_fails_on_is_set_aside_and_its_batch_mates_are_cleaned(broken):
    seen: list = []
    pipe = Pipeline(rules=[broken(), _Recorder(seen)])
    docs = [Document(id="ok1", text="axb"), Document(id="bad", text="xa"), Document(id="ok2", text="ax")]
    out = pipe.clean_batch(docs)
    assert isinstance(out[1], RuleFailure) and out[1].code == broken.code and out[1].doc_id == "bad"
    assert [doc for _, doc, _, _ in seen] == ["ok1", "ok2"]  # later rules skip the failed document
    expected = "Ab" if broken is _FailsOnOne else "Axb"
    assert out[0].text == expected and out[0].to_record() == pipe.clean(docs[0]).to_record()
    with pytest.raises(RuleFailure, match="'bad'"):
        pipe.clean(docs[1])


class _Sleeper(Rule):
    """Sleeps on some documents (test rule).

    **Anti-pattern**:: x  **Best practice**:: y
    """

    code = "X915"
    name = "test.sleeper"
    summary = "test"
    stage = Stage.QUALITY
    naps: dict[str, float] = {}

    def apply(self, text, ctx):
        time.sleep(self.naps.get(ctx.doc_id, 0.0))
        return RuleResult()


def test_the_time_budget_counts_each_documents_own_steps_across_the_rules():
    # "slow" sleeps 0.25 s in each of four rules (1 s, each step under the 0.6 s budget);
    # "nappy" sleeps 0.1 s once: the batch takes over 0.6 s, but only "slow" is over budget
    # (a budget per batch, or per step, would get one of them wrong).
    naps = {"slow": 0.25}
    rules = []
    for n in range(4):
        rule = _Sleeper()
        rule.naps = {**naps, "nappy": 0.1} if n == 0 else naps
        rules.append(rule)
    pipe = Pipeline(rules=rules)
    out = pipe.clean_batch([Document(id=i, text="正文") for i in ("quick", "slow", "nappy")], seconds=0.6)
    assert isinstance(out[1], DocumentTimeout)
    assert [r.text for r in (out[0], out[2])] == ["正文", "正文"]


def test_a_runaway_step_is_interrupted_and_the_rest_of_the_batch_goes_on():
    rule = _Sleeper()
    rule.naps = {"stuck": 30.0}
    out = Pipeline(rules=[rule, _Sleeper()]).clean_batch(
        [Document(id=i, text="正文") for i in ("a", "stuck", "b")], seconds=0.3)
    # a step left to finish would end in a result, not a timeout: the outcome shows the cut
    assert isinstance(out[1], DocumentTimeout) and [r.text for r in (out[0], out[2])] == ["正文", "正文"]


class _BadMeta(_FailsOnOne):
    """Returns a meta the pipeline cannot merge on ``bad``: a bug, not a document's fault (test rule).

    **Anti-pattern**:: x  **Best practice**:: y
    """

    code = "X916"

    def apply(self, text, ctx):
        return RuleResult(meta=["not", "a", "dict"] if ctx.doc_id == "bad" else {})  # type: ignore[arg-type]


def test_the_stream_gives_the_documents_before_a_bug_then_raises_it(monkeypatch):
    from zhclean import runner

    monkeypatch.setattr(runner, "Pipeline", lambda config: Pipeline(config, rules=[_BadMeta()]))
    items = [Document(id="a", text="正文"), InputError("x.jsonl", "unreadable", line=2),
             Document(id="bad", text="正文"), Document(id="c", text="正文")]
    stream = clean_stream(items, Config(), batch=4)
    assert next(stream)["id"] == "a" and isinstance(next(stream), InputError)
    with pytest.raises(AttributeError):
        next(stream)


def test_batched_keeps_order_and_the_short_tail():
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []


def test_the_stream_writes_the_same_lines_for_any_batch_size():
    items = [*_docs(), InputError("x.jsonl", "unreadable", line=9), *_docs()]
    lines = {size: [o.line if not isinstance(o, InputError) else str(o) for o in
                    clean_stream(items, Config(), batch=size, encode=True)] for size in (1, 3, 32)}
    assert lines[1] == lines[3] == lines[32] and len(lines[1]) == len(items)


class _Ahead(_Recorder):
    """Notes the batches it is shown ahead and upper-cases a's (test rule).

    **Anti-pattern**:: a  **Best practice**:: A
    """

    code = "X914"
    name = "test.ahead"

    def __init__(self, seen, shown, fail=False):
        super().__init__(seen)
        self.shown, self.fail = shown, fail

    def prepare_batch(self, texts, options):
        self.shown.append(list(texts))
        if self.fail:
            raise RuntimeError("the head start broke")


def test_prepare_batch_sees_the_texts_the_rule_is_about_to_receive():
    seen, shown = [], []
    docs = [Document(id=f"p{i}", text=t) for i, t in enumerate(["banana", "cat", "alpha"])]
    out = Pipeline(rules=[_Recorder(seen), _Ahead(seen, shown)]).clean_batch(docs)
    # X911 already upper-cased the a's: the batch is shown as X914 will get it, once, in order
    assert shown == [["bAnAnA", "cAt", "AlphA"]]
    assert [text for code, _, text, _ in seen if code == "X914"] == shown[0]
    assert [r.text for r in out] == ["bAnAnA", "cAt", "AlphA"]


def test_a_failing_prepare_batch_changes_nothing_and_fails_no_document():
    docs = lambda: [Document(id=f"p{i}", text=t) for i, t in enumerate(["banana", "cat"])]  # noqa: E731
    ok = Pipeline(rules=[_Ahead([], [])]).clean_batch(docs())
    broken = Pipeline(rules=[_Ahead([], [], fail=True)]).clean_batch(docs())
    assert [r.to_record() for r in broken] == [r.to_record() for r in ok]


def test_a_document_that_failed_earlier_is_not_shown_ahead():
    seen, shown = [], []

    class _FailsOnCat(_Recorder):
        """Fails on a text holding 'cat' (test rule).

        **Anti-pattern**:: cat  **Best practice**:: dog
        """

        code = "X917"
        name = "test.fails-on-cat"

        def apply(self, text, ctx):
            if "cat" in text:
                raise ValueError("cat")
            return RuleResult()

    docs = [Document(id=f"p{i}", text=t) for i, t in enumerate(["banana", "cat", "alpha"])]
    out = Pipeline(rules=[_FailsOnCat(seen), _Ahead(seen, shown)]).clean_batch(docs)
    assert isinstance(out[1], RuleFailure)
    assert shown == [["banana", "alpha"]]
