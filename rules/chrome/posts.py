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

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context

from .._text import delete_line
from ._fold import fold
from ._line_rule import LineRule
from ._page import Page, make_page
from ._post_lines import (EDIT_VERBS, GLUED_ATTRIBUTION_CUES, HEADING, MAX_LINE_CHARS, MAX_SIGNATURE_CHARS,
                          MIN_POST_LINES, MIN_QUOTED_CHARS, MORE_ANSWERS, QUOTED, SIGNATURE_RULE, SIGNATURE_RULE_KIND,
                          USER_SCORE, VOTE_COUNT, WEAK_KINDS, furniture_kind, glued_attribution, is_name_and_stamp,
                          bare_quoted_text, quoted_text, subject_prefix)
from .vocab_posts import (AD_LABELS, ANSWER_HEADING_NOUNS, FLOOR_NAMES, HIDDEN_POST_NOTICES, POST_ACTIONS,
                          POST_BAR_BUTTONS, POST_ORIGIN_LABELS, POSTER_CARD_LABELS, POSTER_LEVELS, POSTER_STATS,
                          POSTING_VERBS, SIGNATURE_LABELS)


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
    answers with a qualifier or a count (最佳答案, 其他3条回答, 全部评论(12)); a board's note
    of an edit or a quote (本帖最后由 阿呆 于 2024-2-28 01:33 编辑), its notice for a hidden post
    (作者被禁止或删除), a signature's label line (签名档：…), a bar button or a card label alone
    (只看该作者, UID); on a Q&A page a name glued to its reputation (路人甲1234, 张三 1,234:
    when two are printed or one beside other furniture) and the bare vote count after it;
    and cuts a post's attribution glued to the end of its text (谢谢。发表于 2024-2-28 23:32,
    同问 – 大白菜 2024-2-9 17:54: a clock or a relative time, after a sentence or a dash),
    which counts as an info line; a reply's subject line (Re: or 回复： and the thread's
    title, cut from the reply glued after it), the rule above a signature with the short
    line under it, an ad between floors (【推广】…); the line naming a quoted post's poster
    (引用：作者 X, X 写道：, WordPress's X 说道：), an asker's name and view count without a time
    (风吹麦浪 | 浏览 81314 次), and a quote of an earlier post under its poster's name (回复
    云淡风轻：…, @X：…, //@X：…) whose text repeats the start of a line above it.
    Two different answer headings alone (最佳答案, 其他2条回答), or one link to the other
    answers with its verb and count (查看全部 27 个 回答), make a page a thread, and so does
    the extractor having read the page as one (``meta.html.thread``: one line is enough, and
    a poster's name glued to the time, 海边的卡夫卡2024-9-12 12:30 北京, is furniture too). The
    words are data (:mod:`.vocab_posts`).

    **Why.** Copied as text, a thread keeps between its posts what the board prints
    around each: who, when, the votes. The edge rules (C102, C305) do not look between
    paragraphs; the repetition is what says the page is a thread.

    **Leaves alone** a page with one such line (an article's own dateline), a line with a
    clause (本报记者2024年5月6日报道，…), a timetable (10:30 回答记者提问), a vote tally
    (赞成 45 票 反对 2 票), a bare 答案 heading, a form's 本人签名 line, a reply of a name and a
    figure standing alone (报价3800, 小米14) and the posts themselves, however short (666).

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
    reads = frozenset({"html"})
    name = "chrome.post-furniture"
    summary = "a thread's furniture between its posts (张三 发表于 2024-5-6 12:00, 赞 61 踩, 最佳答案)"
    # every furniture line holds a word of the vocabulary or a cue of its shape (a floor's
    # 楼 or #, IP属地, an answer's 编辑于, an attachment's 下载): derived, so a word added to
    # the vocabulary is never missed by the prefilter
    triggers = tuple(sorted({*POSTING_VERBS, *FLOOR_NAMES, *POST_ORIGIN_LABELS, *POST_ACTIONS, *POSTER_STATS,
                             *POSTER_LEVELS, *ANSWER_HEADING_NOUNS, *EDIT_VERBS, *HIDDEN_POST_NOTICES,
                             *POSTER_CARD_LABELS, *SIGNATURE_LABELS, "楼", "#", "属地", "下载", "浏览", "本帖", "原帖", "__________",
                             *GLUED_ATTRIBUTION_CUES, *POST_BAR_BUTTONS, *AD_LABELS}))

    def apply(self, text: str, ctx: Context) -> RuleResult:
        # (on an extracted thread a line of a name and a time holds no trigger: no prefilter)
        thread = _extracted_thread(ctx)
        if not thread and not self.may_apply(text):
            return RuleResult()
        lines = ctx.analysis(make_page, text).lines
        found, cuts = self._verdict(lines, thread)
        # the furniture lines go whole; a post's attribution glued to its text, or a reply's
        # subject before it, goes from that line
        edits = [delete_line(lines[i]) for i, _ in found]
        edits += [Edit(lines[i].start + a, lines[i].start + b, "") for i, a, b in cuts]
        return RuleResult(edits=sorted(edits))

    def chrome_lines(self, pg: Page, ctx: Context) -> Iterable[tuple[int, str]]:
        return self._verdict(pg.lines, _extracted_thread(ctx))[0]

    def _verdict(self, lines, thread: bool = False) -> tuple[list[tuple[int, str]], list[tuple[int, int, int]]]:
        """The furniture lines to delete, and the spans to cut from lines (index, start,
        end: a glued attribution, a reply's subject before its text): none unless the page
        is a thread (two furniture lines, or the extractor found one: ``thread``)."""
        strong: list[tuple[int, str]] = []
        weak: list[tuple[int, str]] = []
        glued: list[tuple[int, int, int]] = []
        titles = _thread_titles(lines)
        # (the short lines are looked at, not the lines holding a trigger: the triggers are
        # common words, and finding every one in a page cost ten times the verdicts)
        longest = MAX_LINE_CHARS + 20
        for i, line in enumerate(lines):
            if len(line.text) <= longest and (kind := furniture_kind(line.text)):
                (weak if kind in WEAK_KINDS else strong).append((i, kind))
            elif thread and len(line.text) <= longest and is_name_and_stamp(line.text):
                strong.append((i, "a post's name and time, on an extracted thread"))
            elif (cut := glued_attribution(line.text)) is not None:
                glued.append((i, cut, len(line.text)))
            if titles and (end := subject_prefix(line.text, titles)) is not None:
                if line.text[end:].strip():
                    glued.append((i, 0, end + len(line.text[end:]) - len(line.text[end:].lstrip())))
                else:
                    strong.append((i, "a reply's subject line"))
        # a heading, a floor or a rank counts once beside the others: a question not
        # answered yet prints one info line and its heading (其他0条回答), a lone post its
        # floor (楼主) above its info line
        weak = self._cards_in_place(lines, strong, weak)
        # ... but two different headings between answers (最佳答案, 其他3条回答) are a Q&A page
        headings = {lines[i].text.strip() for i, kind in weak if kind == HEADING}
        # (a glued attribution counts as an info line: a thread repeats them too)
        if (len(strong) + len(glued) + min(1, len(weak)) < (1 if thread else MIN_POST_LINES) and len(headings) < 2
                and not any(kind == MORE_ANSWERS for _, kind in strong)):
            # an extracted thread whose cells went with their posts may print nothing else
            # than a reply's quote box: a quote of an earlier post is the thread's furniture
            return (sorted(self._quotes(lines, set())) if thread else []), []
        found = strong + weak + list(self._vote_counts(lines, weak))
        found += list(self._signatures(lines, weak, {i for i, _ in found}))
        found += list(self._quotes(lines, {i for i, _ in found}))
        deleted = {i for i, _ in found}
        return sorted(found), [g for g in glued if g[0] not in deleted]

    @staticmethod
    def _cards_in_place(lines, strong, weak) -> list[tuple[int, str]]:
        """A name glued to a figure (路人甲1234) is a card when the page prints two of them or
        one stands beside other furniture (回答于 2024-5-6 12:00 above it): a reply alone may
        say 报价3800."""
        cards = [i for i, kind in weak if kind == USER_SCORE]
        if len(cards) >= 2:
            return weak
        near = {_filled(lines, i, d) for i, _ in strong for d in (-1, 1)}
        return [(i, kind) for i, kind in weak if kind != USER_SCORE or i in near]

    @staticmethod
    def _signatures(lines, weak, taken) -> Iterable[tuple[int, str]]:
        """The short line under a signature's rule is the signature (一切随缘), unless it is
        furniture already or another rule."""
        for i, kind in weak:
            k = _filled(lines, i, 1)
            if (kind == SIGNATURE_RULE_KIND and k < len(lines) and k not in taken
                    and len(lines[k].text.strip()) <= MAX_SIGNATURE_CHARS and not SIGNATURE_RULE.match(lines[k].text)):
                yield k, "a poster's signature, under its rule"

    @staticmethod
    def _quotes(lines, taken) -> Iterable[tuple[int, str]]:
        """A line quoting an earlier post under its poster's name (回复 云淡风轻：…, @X：…) whose
        text repeats the start of a line above it, or under the bare name (云淡风轻：…, twelve
        characters or more) repeating a whole line above: the quote box of a reply, printed
        again (a reply that answers in its own words, 回复 X：我也这么觉得, is left)."""
        earlier: list[str] = []
        for i, line in enumerate(lines):
            short = len(line.text) <= 2 * MAX_LINE_CHARS + 40
            rest = quoted_text(line.text) if short else None
            if (i not in taken and rest and len(rest) >= MIN_QUOTED_CHARS
                    and any(e.startswith(rest) for e in earlier)):
                yield i, QUOTED
            # under a bare name (a label too: 回复内容：…) only a whole line printed again
            elif i not in taken and short and (bare := bare_quoted_text(line.text)) and bare in earlier:
                yield i, QUOTED
            text = fold(line.text.strip())
            if len(text) >= MIN_QUOTED_CHARS:
                earlier.append(text)

    @staticmethod
    def _vote_counts(lines, weak) -> Iterable[tuple[int, str]]:
        """A bare count after a Q&A poster's card is the next answer's votes; not when a card
        follows it (then it is an answer of digits alone: 666)."""
        cards = {i for i, kind in weak if kind == USER_SCORE}
        for i in cards:
            k = _filled(lines, i, 1)
            if k < len(lines) and VOTE_COUNT.match(lines[k].text.strip()):
                n = _filled(lines, k, 1)
                if n < len(lines) and n not in cards:
                    yield k, "a vote count above an answer"


def _extracted_thread(ctx: Context) -> bool:
    """Whether the extractor read the page as a thread or a board's (``meta.html.thread``):
    then one furniture line is enough, the others having gone with the posts' cells."""
    found = ctx.meta.get("html")
    return isinstance(found, dict) and bool(found.get("thread"))


def _thread_titles(lines) -> list[str]:
    """The thread's title as its first lines print it (folded), which a reply's subject repeats."""
    heads = [fold(line.text.strip()) for line in lines[:TITLE_LINES] if line.text.strip()]
    return [h for h in heads if not h.startswith(("Re", "RE", "re", "回复", "回覆"))]


#: How many of the first lines may hold the thread's title.
TITLE_LINES = 3


def _filled(lines, i: int, step: int) -> int:
    """The index of the next non-blank line from ``i`` in direction ``step`` (-1 or len(lines) when none)."""
    k = i + step
    while 0 <= k < len(lines) and not lines[k].text.strip():
        k += step
    return k
