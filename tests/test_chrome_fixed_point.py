"""The chrome stage runs again on a short text it changed (Pipeline._with_chrome_fixed_point)."""
from __future__ import annotations

from zhclean import Document, Pipeline
from zhclean.trail import rebuild_input

# fuzz shapes: a rule late in the chrome stage (C102 taking an editor's line, C201 a footer)
# leaves a line an earlier one (C002) takes only on a second cleaning
SHAPES = [
    "浙ICP备141666号，责任编辑：责任编辑责任编辑责任编辑责任编辑责任编辑工会工\n>",
    "新闻首页新闻首页新闻首页新闻首;\n新闻首页新闻首页页>新闻首页>新闻\n新闻首页 > 新闻首页 > 新闻首页 > 新闻首页 > 新闻浙ICP备1",
]
PARAGRAPH = "会议要求，各级工会要切实履行维权服务基本职责，认真做好困难职工帮扶工作，确保帮扶资金及时足额发放。"


def test_short_texts_settle_in_one_cleaning():
    pipeline = Pipeline()
    for text in SHAPES:
        once = pipeline.clean(Document(id="x", text=text)).text
        assert pipeline.clean(Document(id="x", text=once)).text == once, text


def test_the_trail_rebuilds_the_input_after_a_second_chrome_pass():
    for level in ("full", "compact"):
        record = Pipeline(trail=level).clean(Document(id="x", text=SHAPES[0])).to_record()
        assert record["text"] == ""
        assert rebuild_input(record["text"], record["edits"]) == SHAPES[0]


def test_a_long_page_runs_the_chrome_stage_once():
    calls = []
    pipeline = Pipeline(select=["C002", "C101"])
    rule = pipeline.rules[0]
    apply = rule.apply
    rule.apply = lambda text, ctx: calls.append(1) or apply(text, ctx)  # type: ignore[method-assign]
    pipeline.clean(Document(id="x", text="当前位置：首页 > 新闻\n" + PARAGRAPH * 5 + "\n浙ICP备14041666号\n"))
    assert len(calls) == 1
