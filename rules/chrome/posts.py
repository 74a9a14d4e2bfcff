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

from typing import Iterable

from zhclean.rule import Context

from ._line_rule import LineRule
from ._page import Page
from ._post_lines import EDIT_VERBS, MAX_LINE_CHARS, MIN_POST_LINES, WEAK_KINDS, furniture_kind
from .vocab_posts import (ANSWER_HEADING_NOUNS, FLOOR_NAMES, POST_ACTIONS, POST_ORIGIN_LABELS, POSTER_LEVELS,
                          POSTER_STATS, POSTING_VERBS)


class PostFurniture(LineRule):
    """Remove the furniture a thread prints around each post: info lines, vote rows,
    poster cards and the headings between answers.

    **What it does.** On a page with :data:`MIN_POST_LINES` or more lines of a post's
    furniture (a heading between answers counting as one: a question not answered yet),
    deletes each of them wherever it stands, with the headings between the
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
    # every furniture line holds a word of the vocabulary or a cue of its shape (a floor's
    # 楼 or #, IP属地, an answer's 编辑于, an attachment's 下载): derived, so a word added to
    # the vocabulary is never missed by the prefilter
    triggers = tuple(sorted({*POSTING_VERBS, *FLOOR_NAMES, *POST_ORIGIN_LABELS, *POST_ACTIONS, *POSTER_STATS,
                             *POSTER_LEVELS, *ANSWER_HEADING_NOUNS, *EDIT_VERBS, "楼", "#", "属地", "下载"}))

    def chrome_lines(self, pg: Page, ctx: Context) -> Iterable[tuple[int, str]]:
        lines = pg.lines
        strong: list[tuple[int, str]] = []
        weak: list[tuple[int, str]] = []
        # (the short lines are looked at, not the lines holding a trigger: the triggers are
        # common words, and finding every one in a page cost ten times the verdicts)
        longest = MAX_LINE_CHARS + 20
        for i, line in enumerate(lines):
            if len(line.text) <= longest and (kind := furniture_kind(line.text)):
                (weak if kind in WEAK_KINDS else strong).append((i, kind))
        # a heading, a floor or a rank counts once beside the others: a question not
        # answered yet prints one info line and its heading (其他0条回答), a lone post its
        # floor (楼主) above its info line
        if len(strong) + min(1, len(weak)) < MIN_POST_LINES:
            return []
        return sorted(strong + weak)
