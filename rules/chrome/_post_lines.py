"""The lines of a thread's furniture, judged one at a time (C309, :mod:`.posts`).

A post's info line, its vote and button row, its poster's card and the headings between
the answers, by word family (:mod:`.vocab_posts`) and shape. The page model's title finder
asks too: no such line is a page's title.
"""
from __future__ import annotations

import re
from typing import Iterable

from .._words import longest_first
from ._fold import fold
from ._memo import LineMemo
from .vocab_posts import (
    ANSWER_HEADING_NOUNS,
    ANSWER_HEADING_QUALIFIERS,
    ANSWER_FEEDBACK_PROMPTS,
    ANSWER_SECTION_HEADINGS,
    COUNTED_HEADING_NOUNS,
    AD_LABELS,
    FLOOR_NAMES,
    HIDDEN_POST_NOTICES,
    MORE_ANSWERS_VERBS,
    POST_ACTIONS,
    POST_BAR_BUTTONS,
    POST_ORIGIN_BRANDS,
    POST_ORIGIN_DEVICES,
    POST_ORIGIN_LABELS,
    POSTER_CARD_LABELS,
    POSTER_CARD_MARKS,
    POSTER_LEVELS,
    POSTER_STATS,
    POSTING_VERBS,
    SIGNATURE_LABELS,
)

#: A page is a thread when this many of its lines are a post's furniture (its info line,
#: its vote row or its poster's card): an article prints its own date line once.
MIN_POST_LINES = 2
#: The longest furniture line, and the most characters left on it once its time, its
#: cues and its separators are taken out: the poster's name.
MAX_LINE_CHARS = 60
MAX_NAME_CHARS = 16


_DIGIT = re.compile(r"\d")
_SENTENCE = re.compile(r"[。！？!?；;，,]")
_DATE = r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?)"
_CLOCK = r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?"
_RELATIVE = r"(?:\d+\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|前天|今天)"
#: When a post was made: a date with or without its time of day, a time alone, a relative time.
WHEN = rf"(?:{_DATE}(?:\s*{_CLOCK})?|{_RELATIVE}(?:\s*{_CLOCK})?|{_CLOCK})"
_WHEN = re.compile(WHEN)
_VERB = longest_first(POSTING_VERBS)
# The cues of an info line: a verb of posting at its time (发表于 2024-5-6, 2024-5-6 提问),
# a floor (3楼, 第3楼, #3, 沙发, 楼主), where the post came from (IP属地：广东, 来自Android客户端).
_INFO_CUE = re.compile(
    rf"(?:{_VERB})\s*(?:于|在)\s*(?={WHEN})|(?<=\d)\s*(?:{_VERB})(?=\s|$)|"
    rf"第?\s*\d+\s*[楼#]|#\s*\d+|浏览\s*\d+\s*次|{longest_first(FLOOR_NAMES)}|"
    rf"(?:{longest_first(POST_ORIGIN_LABELS)})\s*[:：]?\s*\S{{0,12}}?(?:{longest_first(POST_ORIGIN_DEVICES)})|"
    rf"(?:{longest_first(POST_ORIGIN_LABELS)})\s*(?:{longest_first(POST_ORIGIN_BRANDS)})[\w .+-]{{0,16}}$|IP\s*属地\s*[:：]?\s*\S{{2,6}}")
# An answer's own line of when it was posted or edited, alone (知乎: 编辑于 2019-03-05 10:20):
# 发布, 编辑, 更新 say it only at the line's start, as a list of documents does not (通知 … 发布于 date).
#: The verbs of that line (not posting verbs: see ``vocab_posts.POSTING_VERBS``).
EDIT_VERBS = ("发布", "编辑", "更新", "修改")
_EDITED_AT = re.compile(rf"^(?:{'|'.join(EDIT_VERBS)})于\s*{WHEN}\s*$")
# A board's note of who last edited the post or whose post is quoted, with its time
# (Discuz!: 本帖最后由 阿呆 于 2024-2-28 01:33 编辑, 原帖由 张三 于 2009-3-1 12:00 发表).
_EDIT_NOTE = re.compile(rf"^(?:本帖最后由|原帖由)\s*\S{{1,{16}}}?\s*于\s*{WHEN}\s*(?:编辑|发表)$")
_SEPARATORS = re.compile(r"[\s·•|｜/／\-—_:：()（）\[\]【】<>]+")
_COUNT = r"[(（]?\s*\d+(?:\.\d+)?\s*[万wWkK+]?\s*[)）]?"
_ACTION_TOKEN = re.compile(rf"(?:{_COUNT})?\s*({longest_first(POST_ACTIONS)})\s*(?:{_COUNT})?")
_COUNT_TOKEN = re.compile(_COUNT)
_TOKEN_GAPS = re.compile(r"[\s|｜·•/／]+")
_STAT = re.compile(
    rf"(?:{longest_first(POSTER_STATS)})\s*[:：]?\s*(?:{_DATE}(?:\s*{_CLOCK})?|\d+(?:\.\d+)?\s*(?:%|％|万|[wWkK])?)|"
    r"(?:擅长(?:领域)?|等级|级别|专栏)\s*[:：]\s*[\u4e00-\u9fffA-Za-z0-9]{1,8}")
_CARD_MARK = re.compile(longest_first(POSTER_CARD_MARKS))
# who answered, between the count and the noun: 共9条医生回复, 3个精选回答
_WHOSE = r"[\u4e00-\u9fff]{0,3}?"
_HEADING = re.compile(
    rf"^[\s【\[]*(?:(?:{longest_first(ANSWER_HEADING_QUALIFIERS)})\s*(?:{longest_first(ANSWER_HEADING_NOUNS)})"
    rf"(?:\s*{_COUNT})?|(?:其他|其它|全部|共|已有)?\s*\d+\s*(?:条|个|位网友的?)\s*{_WHOSE}(?:{longest_first(ANSWER_HEADING_NOUNS)})"
    rf"|(?:{longest_first(ANSWER_HEADING_NOUNS)})\s*[(（]\s*\d+\s*[)）]|(?:{longest_first(COUNTED_HEADING_NOUNS)})\s+\d+"
    rf"|{longest_first(ANSWER_SECTION_HEADINGS)})[\s】\]:：]*$")


# A floor alone on its line (楼主, 沙发, 2楼, #3), or a rank alone (高级会员).
_FLOOR_ALONE = re.compile(rf"^(?:{longest_first(FLOOR_NAMES)}|第?\s*\d+\s*楼|#\s*\d+)$")
_LEVEL_ALONE = re.compile(rf"^(?:{longest_first(POSTER_LEVELS)})$")
# A picture or file a post holds, as a board prints it: IMG_2024.jpg (85.3 KB, 下载次数: 12), 下载附件.
_ATTACHMENT = re.compile(
    r"^(?:\S{1,60}\.(?:jpe?g|png|gif|bmp|webp|rar|zip|7z|pdf|docx?|xlsx?|pptx?|txt|apk)\s*[(（][^()（）]{0,30}"
    r"(?:下载次数|下载)[^()（）]{0,20}[)）]\s*(?:下载附件)?|(?:点击文件名)?下载附件(?:\s*保存到相册)?|下载附件\s*\(\s*[\d.]+\s*[KMG]B\s*\))$",
    re.I)
FLOOR = "a post's floor, or its poster's rank"
# A label of the poster's card alone on its line (UID, 注册时间: its value a picture or link).
_LABEL_ALONE = re.compile(rf"^(?:{longest_first(POSTER_CARD_LABELS)})$")
# A button of the post's bar alone on its line (只看该作者, 电梯直达).
_BAR_BUTTON_ALONE = re.compile(rf"^(?:{longest_first(POST_BAR_BUTTONS)})$")
# An ad between the floors, under its label (【推广】…, [广告]…).
_AD_LINE = re.compile(rf"^\s*[【\[]\s*(?:{longest_first(AD_LABELS)})\s*[】\]]")
AD = "an ad between a thread's posts"
#: The rule a board draws above a post's signature (vBulletin: eighteen underscores).
SIGNATURE_RULE = re.compile(r"^\s*_{10,}\s*$")
SIGNATURE_RULE_KIND = "the rule above a poster's signature"
#: The longest signature line taken under that rule.
MAX_SIGNATURE_CHARS = 40
# A Q&A page's prompt under an answer, and the line saying who chose or gave it
# (本回答由电脑网络分类达人 张三推荐, 本回答被提问者采纳).
_FEEDBACK = re.compile(
    rf"^(?:(?:{longest_first(ANSWER_FEEDBACK_PROMPTS)})\s*[？?]?|本回答(?:由|被)[^，。！？]{{1,24}}?(?:提供|采纳|推荐|认证))$")
# A reply's subject line: Re: or 回复： and the thread's title (vBulletin, phpBB).
_SUBJECT = re.compile(r"^\s*(?:Re|RE|re|回复|回覆)\s*[:：]\s*")
# What a board prints for a post it hid, alone on the line (提示：作者被禁止或删除 内容自动屏蔽).
_HIDDEN_NOTICE = re.compile(rf"^(?:提示\s*[:：]\s*)?(?:(?:{longest_first(HIDDEN_POST_NOTICES)})\s*)+$")
_SIGNATURE = re.compile(rf"^(?:{longest_first(SIGNATURE_LABELS)})\s*[:：]")
# A Q&A page's user card: a poster's name glued to the reputation figure printed beside it
# (路人甲1234, 张三 1,234, Kevin 1.2k). A figure of three digits or more, or with its
# thousands mark or unit, so 小米14 and iPhone15 are no card; a bare year is no figure.
_USER_SCORE = re.compile(r"^(?=.{0,16}?[^\d\s,.])(\S.{0,15}?)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d)?\s*[kK万]|\d{3,6})$")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_NAME_BREAK = re.compile(r"[\s:：|｜]")
USER_SCORE = "a Q&A poster's name and reputation"
#: A bare vote count on its own line, as a Q&A page prints it above an answer.
VOTE_COUNT = re.compile(r"^[+\-−]?\d{1,5}$")


# A post's attribution glued to the end of its text by an inline template: a comment's
# 发表于 and time after its sentence (Discuz! 点评: 谢谢，学到了。发表于 2024-2-28 23:32),
# or a dash, the commenter and the time (Stack Exchange: 楼上说得对。 – 大白菜 2024-2-9 17:54).
# The time must hold a clock or be relative: 该论文发表于2024年5月6日 is a sentence's date.
_STAMP = rf"(?:{_DATE}\s*{_CLOCK}|{_RELATIVE}(?:\s*{_CLOCK})?)"
_GLUED_ATTRIBUTION = re.compile(
    rf"(?:(?<=[。！？!?…~）)])\s*(?:{_VERB})\s*于\s*|\s+[–—]\s*[^\s–—]{{1,{MAX_NAME_CHARS}}}\s+){_STAMP}\s*$")
# On a page the extractor read as a thread: a poster's name and the post's time with at
# most the place it was posted from (豆瓣: 海边的卡夫卡2024-09-12 12:30:00 北京), no cue needed.
_NAME_AND_STAMP = re.compile(rf"^[^\s，。！？]{{0,{MAX_NAME_CHARS}}}?\s*{_DATE}\s*{_CLOCK}(?:\s+[\u4e00-\u9fff]{{2,4}})?$")


def is_name_and_stamp(s: str) -> bool:
    """A poster's name and a post's time, alone on the line (read only on an extracted thread).

    >>> is_name_and_stamp("海边的卡夫卡2024-9-12 12:30 北京"), is_name_and_stamp("2024-05-06 10:30:00")
    (True, True)
    >>> is_name_and_stamp("会议于2024-05-06 10:30召开"), is_name_and_stamp("2024-05-06")
    (False, False)
    """
    return bool(_NAME_AND_STAMP.match(fold(s.strip())))


#: Characters one of which a glued attribution holds (the prefilter's triggers).
GLUED_ATTRIBUTION_CUES = ("于", "–", "—")


def glued_attribution(s: str) -> int | None:
    """Where a post's attribution glued to the end of its line starts, or None.

    >>> glued_attribution("谢谢，学到了。发表于 2024-2-28 23:32"), glued_attribution("同问 – Kevin_Lee 2024-2-9 17:54")
    (7, 2)
    >>> glued_attribution("该论文发表于2024年5月6日"), glued_attribution("研究成果已发表。发表于 2024年5月6日")
    (None, None)
    """
    if not s or not s[-1].isdigit() and not s.endswith("前"):
        return None
    m = _GLUED_ATTRIBUTION.search(s)
    return m.start() if m and m.start() > 0 else None


def subject_prefix(s: str, titles: Iterable[str]) -> int | None:
    """Where a reply's subject (Re: and one of the thread's ``titles``, folded) ends at the
    start of ``s``, or None: the whole line, or the reply's text glued after it.

    >>> subject_prefix("Re: 种花求大家支招", ["种花求大家支招"]), subject_prefix("回复：种花求大家支招谢谢分享！", ["种花求大家支招"])
    (11, 10)
    >>> subject_prefix("回复：谢谢分享", ["种花求大家支招"]), subject_prefix("Re: 种花", ["种花"])
    (None, None)
    """
    m = _SUBJECT.match(s)
    if not m:
        return None
    rest = fold(s[m.end():])
    for title in titles:
        if len(title) >= MIN_SUBJECT_CHARS and rest.startswith(title):
            return m.end() + len(title)
    return None


#: The shortest title a reply's subject line is told by.
MIN_SUBJECT_CHARS = 4


def is_user_score(s: str) -> bool:
    """A Q&A poster's name glued to their reputation figure.

    >>> is_user_score("路人甲1234"), is_user_score("张三 1,234"), is_user_score("Kevin_Lee 1.2k")
    (True, True, True)
    >>> is_user_score("小米14"), is_user_score("求资源2024"), is_user_score("666"), is_user_score("价格：3800")
    (False, False, False, False)
    """
    s = fold(s.strip())
    m = _USER_SCORE.match(s)
    return bool(m) and not _YEAR.fullmatch(m.group(2)) and not _NAME_BREAK.search(m.group(1).strip())


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
    >>> is_info_line("编辑于 2019-03-05 10:20"), is_info_line("关于开展安全检查的通知 发布于 2024-05-06")
    (True, False)
    """
    s = fold(s.strip())
    if len(s) > MAX_LINE_CHARS or _SENTENCE.search(s) or not _WHEN.search(s):
        return False
    if _EDITED_AT.match(s) or _EDIT_NOTE.match(s):
        return True
    return bool(_INFO_CUE.search(s)) and _name_left(_INFO_CUE.sub(" ", _WHEN.sub(" ", s)))


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
    >>> is_answer_heading("评论 12"), is_answer_heading("答案 1")
    (True, False)
    """
    return bool(_HEADING.match(fold(s.strip())))


HEADING = "a heading between a thread's answers"
# A link to the rest of the answers, with its verb and count (查看全部 27 个回答): no article
# prints one, so it makes a thread alone.
_MORE_ANSWERS = re.compile(
    rf"^(?:{longest_first(MORE_ANSWERS_VERBS)})\s*(?:全部|更多|其他|其它|其余|剩余|剩下)?\s*\d+\s*(?:条|个)\s*{_WHOSE}"
    rf"(?:{longest_first(ANSWER_HEADING_NOUNS)})\s*[>＞》›»]*$")
MORE_ANSWERS = "a link to a thread's other answers"
SIGNATURE = "a poster's signature"
# An asker's line of a name and the question's view count without its time (百度知道:
# 风吹麦浪 | 浏览 81314 次); with a time it is an info line.
_VIEWS = re.compile(r"浏览\s*\d+\s*次")
VIEWS = "an asker's name and the question's view count"
# The line over a quoted post naming its poster: vBulletin's 引用: 作者 X, phpBB's X 写道：,
# WordPress's comment author line X 说道： (the name set apart by a space, as templates print
# it; a sentence's 他在信中写道： has none), a bare 引用： label.
_QUOTE_CITE = re.compile(
    rf"^(?:引用\s*[:：]\s*(?:作者\s+\S{{1,{MAX_NAME_CHARS}}})?|\S{{1,{MAX_NAME_CHARS}}}\s+(?:说道|写道)\s*[:：]|"
    rf"Originally Posted by\s+\S{{1,{MAX_NAME_CHARS}}}|Quote\s*[:：]|Quote)$")
QUOTE_CITE = "the line naming a quoted post's poster"
# A quote of an earlier post opening with its poster's name: 回复 云淡风轻：…, 回复 @X：…, @X：…,
# //@X：… (the name at most MAX_NAME_CHARS, no clause in it; a message board's 回复内容： is a label).
_QUOTED = re.compile(rf"^\s*(?:(?:回复|回覆)(?!内容|时间|日期|单位|部门|情况|意见|结果|状态|方式)\s*@?|//\s*@|@)\s*[^\s:：，。！？]{{1,{MAX_NAME_CHARS}}}?\s*[:：]\s*(\S.*)$")
#: The quoted text repeats this much of an earlier line at least.
MIN_QUOTED_CHARS = 6
QUOTED = "a quote of an earlier post under its poster's name"


# ... or under the bare name and a colon, as PHPWind 9's quote box prints it (风吹麦浪：…): then
# the quoted text must repeat this much of a line above, so that a reply's own words are left
_BARE_QUOTED = re.compile(rf"^\s*[^\s:：，。！？、；（）()]{{1,{MAX_NAME_CHARS}}}\s*[:：]\s*(\S.*)$")
MIN_BARE_QUOTED_CHARS = 12


def quoted_text(s: str) -> str | None:
    """The text after a quote's poster cue (``回复 云淡风轻：先上门沟通`` → ``先上门沟通``), or None.

    >>> quoted_text("回复 云淡风轻：先上门好好沟通一下。"), quoted_text("@阿呆：同问"), quoted_text("回复：做饭有什么要注意的")
    ('先上门好好沟通一下。', '同问', None)
    """
    found = _QUOTED.match(fold(s))
    return found.group(1).strip() if found else None


def bare_quoted_text(s: str) -> str | None:
    """The text after a bare poster's name and a colon (``风吹麦浪：我家去年试过…``), when it is
    :data:`MIN_BARE_QUOTED_CHARS` long or more; None otherwise.

    >>> bare_quoted_text("风吹麦浪：我家去年试过这个方案，感觉还可以。"), bare_quoted_text("地址：北京市"), bare_quoted_text("我觉得：可以")
    ('我家去年试过这个方案，感觉还可以。', None, None)
    """
    found = _BARE_QUOTED.match(fold(s))
    rest = found.group(1).strip() if found else None
    return rest if rest and len(rest) >= MIN_BARE_QUOTED_CHARS else None
#: Kinds that make no thread alone: a page needs one of the others beside them.
WEAK_KINDS = frozenset({HEADING, FLOOR, USER_SCORE, SIGNATURE, AD, SIGNATURE_RULE_KIND, VIEWS, QUOTE_CITE, QUOTED})


def _furniture_kind(s: str) -> str | None:
    # most lines holding a trigger are the posts' sentences: a clause mark or the length
    # rejects them before any pattern is tried
    if len(s) > MAX_LINE_CHARS + 20 or not s.strip():
        return None
    if _ATTACHMENT.match(s.strip()):
        return "a post's attachment line"
    if _HIDDEN_NOTICE.match(fold(s.strip())):
        return "a hidden post's notice"
    if len(s) <= MAX_LINE_CHARS and _SIGNATURE.match(fold(s.strip())):
        return SIGNATURE
    if _FEEDBACK.match(fold(s.strip())):  # (before the clause test: the prompt asks)
        return "a Q&A page's line about an answer"
    if is_user_score(s):  # (before the clause test: 张三 1,234 holds a comma)
        return USER_SCORE
    if _AD_LINE.match(s):
        return AD
    if SIGNATURE_RULE.match(s):
        return SIGNATURE_RULE_KIND
    if _SENTENCE.search(s):
        return None
    t = fold(s.strip())
    if _QUOTE_CITE.match(t):
        return QUOTE_CITE
    if _VIEWS.search(t) and not _WHEN.search(t) and _name_left(_VIEWS.sub(" ", t)):
        return VIEWS
    if is_info_line(s):
        return "a post's info line"
    if is_vote_row(s):
        return "a post's vote and button row"
    if is_poster_card(s):
        return "a poster's card"
    if is_answer_heading(s):
        return HEADING
    if _MORE_ANSWERS.match(fold(s.strip())):
        return MORE_ANSWERS
    if _FLOOR_ALONE.match(t) or _LEVEL_ALONE.match(t) or _LABEL_ALONE.match(t):
        return FLOOR
    if _BAR_BUTTON_ALONE.match(t):
        return "a button of a post's bar"
    return None


#: ``furniture_kind(line)``: what part of a post's furniture ``line`` is (a reason), or None;
#: remembered per line, as every version of a page asks again.
furniture_kind = LineMemo(_furniture_kind, longest=MAX_LINE_CHARS + 20)


def is_thread(lines) -> bool:
    """Whether ``lines`` (a page's :class:`~.._text.Line` s) hold :data:`MIN_POST_LINES` or
    more lines of a post's furniture with a time or a count in them (not headings, floors or
    ranks alone): the page is a thread."""
    longest = MAX_LINE_CHARS + 20
    found = 0
    for line in lines:
        # (the lines with a time or a count: info lines and cards; a row of buttons without
        # one is left out, so the page model judges few lines C309 may never ask about)
        if (len(line.text) <= longest and _DIGIT.search(line.text) and (kind := furniture_kind(line.text))
                and kind not in WEAK_KINDS):
            found += 1
            if found >= MIN_POST_LINES:
                return True
    return False
