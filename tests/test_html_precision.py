"""What H105 takes for a reader's handle line (comments.py): a line must name a commenter to
make a run of comments; an article's own section heads (问：, 报名时间：, 2021年3月, 用户须知：,
回复内容：) must not. The page-level cases are in tests/cases/H105.yaml and H107.yaml."""
from __future__ import annotations

import pytest

from zhclean.html.comments import NONE, STRONG, WEAK, handle_kind


@pytest.mark.parametrize("line", [
    "网友甲：", "网友 张三", "用户8812", "网名：雪中行", "瑞雪 对圣元奶粉致死的评论:", "刘英对技能竞赛的评论:",
    "老张不慌 发表于 2024-03-12 10:21", "风吹麦浪 2024-03-12 10:21", "风吹麦浪 2024-03-12 10:21:08",
    "张三 回复 李四:", "回复 @老李头：", "3楼 老李头", "第12楼", "#3 老王", "沙发", "老王 IP属地：江苏", "小陈 评论于 昨天",
])
def test_a_line_naming_a_commenter_is_a_handle(line: str) -> None:
    assert handle_kind(line) == STRONG


@pytest.mark.parametrize("line", [
    "瑞雪:", "问：", "答：", "报名时间：", "报名方式：", "记者：", "嘉宾：", "网友：", "网友提问：", "网友留言：",
    "用户须知：", "用户范围：", "回复内容：", "回复单位：", "部门回复：", "2012年01月12日 15:47来源：中广网：",
])
def test_a_bare_colon_line_only_joins_a_run(line: str) -> None:
    assert handle_kind(line) == WEAK


@pytest.mark.parametrize("line", [
    "2021年3月", "2022年6月", "2024年5月10日 9:00", "2024-05-10 14:00", "一、交通", "12楼会议室", "2012年01月12日 15:47来源：中广网",
])
def test_dates_and_headings_are_no_handle(line: str) -> None:
    assert handle_kind(line) == NONE
