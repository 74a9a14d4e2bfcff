"""C309: the furniture a thread prints around each of its posts, in the text of a thread.

A forum thread, a Q&A page or a list of comments copied as text keeps, between the posts,
the lines the board prints around every post: who posted and when, the row of votes and
buttons, the poster's card, and the headings between the answers. They sit between the
posts, not at the page's edges, so the edge rules (C102, C305) leave them; one at a time
such a line could be a dateline or a caption. What gives them away is that a thread
**repeats** them: a page with two or more of them is a thread, and then they go, with the
headings between its answers.
"""
from __future__ import annotations

import re
from typing import Iterable

from zhclean.rule import Context

from ._fold import fold
from ._memo import LineMemo
from ._line_rule import LineRule
from ._page import Page
from .vocab_posts import (
    ANSWER_HEADING_NOUNS,
    ANSWER_HEADING_QUALIFIERS,
    FLOOR_NAMES,
    POST_ACTIONS,
    POST_ORIGIN_DEVICES,
    POST_ORIGIN_LABELS,
    POSTER_CARD_MARKS,
    POSTER_STATS,
    POSTING_VERBS,
)

#: A page is a thread when this many of its lines are a post's furniture (its info line,
#: its vote row or its poster's card): an article prints its own date line once.
MIN_POST_LINES = 2
#: The longest furniture line, and the most characters left on it once its time, its
#: cues and its separators are taken out: the poster's name.
MAX_LINE_CHARS = 60
MAX_NAME_CHARS = 16


def _alternation(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


_SENTENCE = re.compile(r"[。！？!?；;，,]")
_DATE = r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?)"
_CLOCK = r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?"
_RELATIVE = r"(?:\d+\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|前天|今天)"
#: When a post was made: a date with or without its time of day, a time alone, a relative time.
WHEN = rf"(?:{_DATE}(?:\s*{_CLOCK})?|{_RELATIVE}(?:\s*{_CLOCK})?|{_CLOCK})"
_WHEN = re.compile(WHEN)
_VERB = _alternation(POSTING_VERBS)
# The cues of an info line: a verb of posting at its time (发表于 2024-5-6, 2024-5-6 提问),
# a floor (3楼, 第3楼, #3, 沙发, 楼主), where the post came from (IP属地：广东, 来自Android客户端).
_INFO_CUE = re.compile(
    rf"(?:{_VERB})\s*(?:于|在)\s*(?={WHEN})|(?<=\d)\s*(?:{_VERB})(?=\s|$)|"
    rf"第?\s*\d+\s*[楼#]|#\s*\d+|{_alternation(FLOOR_NAMES)}|"
    rf"(?:{_alternation(POST_ORIGIN_LABELS)})\s*[:：]?\s*\S{{0,12}}?(?:{_alternation(POST_ORIGIN_DEVICES)})|IP\s*属地\s*[:：]?\s*\S{{2,6}}")
_SEPARATORS = re.compile(r"[\s·•|｜/／\-—_:：()（）\[\]【】<>]+")
_COUNT = r"[(（]?\s*\d+(?:\.\d+)?\s*[万wWkK+]?\s*[)）]?"
_ACTION_TOKEN = re.compile(rf"(?:{_COUNT})?\s*({_alternation(POST_ACTIONS)})\s*(?:{_COUNT})?")
_COUNT_TOKEN = re.compile(_COUNT)
_TOKEN_GAPS = re.compile(r"[\s|｜·•/／]+")
_STAT = re.compile(
    rf"(?:{_alternation(POSTER_STATS)})\s*[:：]?\s*(?:{_DATE}(?:\s*{_CLOCK})?|\d+(?:\.\d+)?\s*(?:%|％|万|[wWkK])?)|"
    r"(?:擅长(?:领域)?|等级|级别|专栏)\s*[:：]\s*[\u4e00-\u9fffA-Za-z0-9]{1,8}")
_CARD_MARK = re.compile(_alternation(POSTER_CARD_MARKS))
_HEADING = re.compile(
    rf"^[\s【\[]*(?:(?:{_alternation(ANSWER_HEADING_QUALIFIERS)})\s*(?:{_alternation(ANSWER_HEADING_NOUNS)})"
    rf"(?:\s*{_COUNT})?|(?:其他|其它|全部|共|已有)?\s*\d+\s*(?:条|个|位网友的?)\s*(?:{_alternation(ANSWER_HEADING_NOUNS)})"
    rf"|(?:{_alternation(ANSWER_HEADING_NOUNS)})\s*[(（]\s*\d+\s*[)）])[\s】\]:：]*$")


def _name_left(s: str) -> bool:
    """What is left of a line once its furniture is cut out is at most a poster's name."""
    return len(_SEPARATORS.sub("", s)) <= MAX_NAME_CHARS


def is_info_line(s: str) -> bool:
    """A post's info line: its time, a cue of posting (a verb at the time, a floor, where
    it came from) and at most a poster's name, with no clause.

    >>> is_info_line("风吹麦浪 发表于 2024-5-6 04:46"), is_info_line("一只咸鱼 · 2024-12-11 20:11 提问")
    (True, True)
    >>> is_info_line("3楼 北方的狼 2023-07-28 21:47"), is_info_line("2024-05-06 10:30")
    (True, False)
    >>> is_info_line("10:30 回答记者提问"), is_info_line("本报记者 2024年5月6日报道，会议于9:30召开。")
    (False, False)
    """
    s = fold(s.strip())
    if len(s) > MAX_LINE_CHARS or _SENTENCE.search(s) or not _WHEN.search(s) or not _INFO_CUE.search(s):
        return False
    return _name_left(_INFO_CUE.sub(" ", _WHEN.sub(" ", s)))


def is_vote_row(s: str) -> bool:
    """A post's row of votes and buttons: two different actions or more, with their counts,
    after at most the poster's name (``云淡风轻 赞 61 踩``, ``回复 引用 举报``).

    >>> is_vote_row("云淡风轻 赞 61 踩"), is_vote_row("有用(3) | 没用(0)"), is_vote_row("回复 引用 举报")
    (True, True, True)
    >>> is_vote_row("赞成 45 票 反对 2 票"), is_vote_row("赞 赞"), is_vote_row("感谢分享")
    (False, False, False)
    """
    s = fold(s.strip())
    if len(s) > MAX_LINE_CHARS or _SENTENCE.search(s):
        return False
    actions: set[str] = set()
    for k, token in enumerate(t for t in _TOKEN_GAPS.split(s) if t):
        m = _ACTION_TOKEN.fullmatch(token)
        if m:
            actions.add(m.group(1))
        elif not _COUNT_TOKEN.fullmatch(token) and (k > 0 or len(token) > MAX_NAME_CHARS):
            return False
    return len(actions) >= 2


def is_poster_card(s: str) -> bool:
    """A poster's card: a stat only a card holds (采纳率 75%), or two labelled stats, with at
    most a name and a time beside them.

    >>> is_poster_card("路人甲采纳率：75%擅长：生活2024-1-22 20:20"), is_poster_card("积分 120 帖子 34 注册时间 2019-3-1")
    (True, True)
    >>> is_poster_card("主题：工会换届选举"), is_poster_card("经验：3年以上 学历：本科")
    (False, False)
    """
    s = fold(s.strip())
    if len(s) > MAX_LINE_CHARS + 20 or _SENTENCE.search(s):
        return False
    stats = _STAT.findall(s)
    if not stats or (len(stats) < 2 and not _CARD_MARK.search(s)):
        return False
    return _name_left(_WHEN.sub(" ", _STAT.sub(" ", s)))


def is_answer_heading(s: str) -> bool:
    """A heading between a Q&A page's answers or above its comments: a qualifier or a count
    with the noun (最佳答案, 其他3条回答, 全部回复(12)); the bare noun is not one.

    >>> is_answer_heading("最佳答案"), is_answer_heading("其他3条回答"), is_answer_heading("全部回复（12）")
    (True, True, True)
    >>> is_answer_heading("答案"), is_answer_heading("最佳答案是坚持锻炼")
    (False, False)
    """
    return bool(_HEADING.match(fold(s.strip())))


HEADING = "a heading between a thread's answers"


def _furniture_kind(s: str) -> str | None:
    # most lines holding a trigger are the posts' sentences: a clause mark or the length
    # rejects them before any pattern is tried
    if len(s) > MAX_LINE_CHARS + 20 or _SENTENCE.search(s) or not s.strip():
        return None
    if is_info_line(s):
        return "a post's info line"
    if is_vote_row(s):
        return "a post's vote and button row"
    if is_poster_card(s):
        return "a poster's card"
    if is_answer_heading(s):
        return HEADING
    return None


#: ``furniture_kind(line)``: what part of a post's furniture ``line`` is (a reason), or None;
#: remembered per line, as every version of a page asks again.
furniture_kind = LineMemo(_furniture_kind, longest=MAX_LINE_CHARS + 20)


class PostFurniture(LineRule):
    """Remove the furniture a thread prints around each post: info lines, vote rows,
    poster cards and the headings between answers.

    **What it does.** On a page with :data:`MIN_POST_LINES` or more lines of a post's
    furniture, deletes each of them wherever it stands, with the headings between the
    answers: a post's info line (its time, a cue of posting — 发表于, 回答于, a time then
    提问, a floor 3楼 / #3 / 沙发, IP属地, 来自…客户端 — and at most the poster's name); a row of
    two or more buttons and votes (赞 61 踩, 有用(3) 没用(0), 回复 引用 举报) after at most the
    name; a poster's card (采纳率：75% 擅长：生活, 积分 120 帖子 34); a heading of the
    answers with a qualifier or a count (最佳答案, 其他3条回答, 全部评论(12)). The words are
    data (:mod:`.vocab_posts`).

    **Why.** Copied as text, a thread keeps between its posts what the board prints
    around each: who, when, the votes. The edge rules (C102, C305) do not look between
    paragraphs; the repetition is what says the page is a thread.

    **Leaves alone** a page with one such line (an article's own dateline), a line with a
    clause (本报记者2024年5月6日报道，…), a timetable (10:30 回答记者提问), a vote tally
    (赞成 45 票 反对 2 票), a bare 答案 heading and the posts themselves, however short.

    **Anti-pattern**::

        跑步膝盖疼怎么办
        一只咸鱼 · 2024-12-11 20:11 提问
        最佳答案
        跑前热身十分钟，膝盖疼就先停几天，换一双缓震好的跑鞋。
        路人甲 采纳率：75% 擅长：运动
        其他2条回答
        我也疼过，后来改成游泳，慢慢就好了。
        云淡风轻 赞 61 踩

    **Best practice**::

        跑步膝盖疼怎么办
        跑前热身十分钟，膝盖疼就先停几天，换一双缓震好的跑鞋。
        我也疼过，后来改成游泳，慢慢就好了。
    """

    code = "C309"
    name = "chrome.post-furniture"
    summary = "a thread's furniture between its posts (张三 发表于 2024-5-6 12:00, 赞 61 踩, 最佳答案)"
    # every furniture line holds a time, an action, a stat or a heading's noun
    triggers = ("发表", "发帖", "回复", "回帖", "回答", "提问", "评论", "留言", "跟帖",
                "点评", "楼", "#", "沙发", "板凳", "地板", "地下室", "层主", "来自", "发自", "属地",
                "赞", "踩", "反对", "有用", "没用", "无用", "举报", "引用", "分享", "收藏", "转发", "喜欢", "删除",
                "只看", "复制链接", "打赏", "感谢", "送花", "鲜花", "鸡蛋", "追问", "追答", "采纳", "投诉", "屏蔽",
                "私信", "关注", "发消息", "加好友", "顶", "倒序看帖", "电梯直达", "擅长", "获赞", "粉丝", "积分",
                "帖子", "主题", "精华", "威望", "金钱", "贡献", "注册时间", "最后登录", "在线时间", "阅读权限", "UID",
                "等级", "经验", "级别", "声望", "财富", "帖数", "专栏", "文章", "答案", "答复", "解答")

    def chrome_lines(self, pg: Page, ctx: Context) -> Iterable[tuple[int, str]]:
        lines = pg.lines
        furniture: list[tuple[int, str]] = []
        headings: list[int] = []
        # (the short lines are looked at, not the lines holding a trigger: the triggers are
        # common words, and finding every one in a page cost ten times the verdicts)
        longest = MAX_LINE_CHARS + 20
        for i, line in enumerate(lines):
            if len(line.text) > longest:
                continue
            kind = furniture_kind(line.text)
            if kind == HEADING:
                headings.append(i)
            elif kind:
                furniture.append((i, kind))
        if len(furniture) < MIN_POST_LINES:
            return []
        return sorted(furniture + [(i, HEADING) for i in headings])
