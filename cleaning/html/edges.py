"""Furniture lines at the article's edges (H107): the info line under the title, 责任编辑,
【打印】【关闭】, 上一篇/下一篇, disclaimers, and the related-content area after the body.

These work on rendered lines, after the article block is chosen: what a block-level
pruning cannot see (one line of a paragraph-less block) is still cut here.
"""
from __future__ import annotations

import re

from ..rules.chrome.vocab import (
    COMMENT_HEADINGS,
    EDITOR_LABELS,
    PREV_NEXT_WORDS,
    RELATED_HEADINGS_AFTER_BODY,
    REVIEWER_LABELS,
    WEB_EDITOR_LABELS,
)
from .measure import squash


def _words(*lists: list[str]) -> str:
    """An alternation of the words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set().union(*lists), key=len, reverse=True))


_SENTENCE_END = re.compile(r"[。！？!?]")
_HAN = re.compile(r"[\u3400-\u9fff]")
#: A line that is only a date (2023年5月12日, 2023-05-12 09:30): a notice's signature or a stamp.
_DATE_ONLY = re.compile(r"^[\d\s年月日:：/.\-]+$")
#: Labels of an info line; each must be followed by a colon, so 发布会现场 or 时间过得真快 are not labels.
_INFO_LABELS = (
    "发布时间|发布日期|发表时间|发表日期|更新时间|更新日期|发布者|发布人|发布机构|发文机关|成文日期|信息来源|文章来源|"
    "来源|稿源|出处|作者|文|编辑|责任编辑|责编|浏览次数|浏览量|阅读次数|阅读量|阅读|浏览|点击数|点击量|点击|访问量|"
    "访问次数|字号|字体|时间|日期|索引号|主题分类|所属栏目|栏目|当前位置|您的位置|您现在的位置|你的位置|你现在的位置|"
    "所在位置|位置|分享到|分享"
)
_HEAD_CHROME = re.compile(
    rf"^(?:[【\[]?\s*(?:{_INFO_LABELS})\s*[:：]|"
    r"[【\[]?\s*(?:打印|收藏|视力保护色|放大|缩小|默认|当前位置|您的位置|您现在的位置|分享到|点击(?:进入|查看|阅读|这里|关注))|"
    r".*(?:发布时间|发布日期|来源[:：]|浏览次数|阅读次数|点击数|点击量|访问量|浏览量|阅读量|字号[:：]|【打印|打印本页|"
    r"当前位置[:：])|"
    # a channel badge alone on its line above the article
    r"[【\[]?(?:图集|组图|视频|音频|原创|独家|置顶|专稿)[】\]]?$)"
)
_A_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
#: What an info line holds besides its date: labels, a source or author name, separators.
MAX_INFO_LINE_REST = 24
#: Words that open a furniture line after the article (the editor's, reviewer's and
#: prev/next words are the chrome rules').
_TAIL_OPENERS = (
    "监制", "来源", "稿源", "信息来源", "打印", "关闭", "分享", "收藏", "返回", "扫一扫", "微信扫", "相关", "推荐", "延伸阅读",
    "点击", "浏览", "阅读", "字号", "纠错", "我要纠错", "免责声明", "特别声明", "版权声明", "本站声明", "声明", "顶部", "TOP",
    "网友评论", "跟帖", "热门", "关键词", "标签", "暂无评论", "请先说点什么", "正文已结束", "扫码", "扫描二维码", "长按二维码",
    "识别二维码", "关注我们", "请关注", "更多猛料", "违法和不良信息举报", "举报电话", "客服电话", "Copyright", "copyright", "©",
    # under a thread: the reply box and its login prompt
    "回复帖子", "回复主题", "发表回复", "快速回复", "我要回帖", "我要回复", "本版积分规则", "回帖后跳转到最后一页",
)
#: A Q&A page's answer box, its heading alone on the line (你的回答, 撰写答案): whole lines
#: only, as a last answer may open with 你的回答很有帮助.
_ANSWER_BOX = re.compile(r"^(?:你的回答|您的回答|撰写答案|我来回答|我要回答|写回答|添加回答|发表你的回答|提交回答)\s*[:：]?$")
#: A board's clock under the thread (vBulletin: 所有时间均为北京时间。现在的时间是 10:05.).
_BOARD_CLOCK = re.compile(r"^所有时间均为.{0,12}(?:时间|GMT).{0,20}$")
#: A reprint notice: 未经本网书面许可，不得转载 (not 未经审核的作品不予受理).
_REPRINT_NOTICE = "未经.{0,12}(?:许可|授权|同意).{0,8}(?:转载|复制|使用)"
#: A thread's login prompt: 登录后才可以回帖, 注册 后才能发表评论. The login word must come
#: right before 后才, and 发表 must say what: 审核后才能发表 closes an article's rules.
_LOGIN_PROMPT = r"(?:登录|登陆|注册)\s*后?才(?:可以|能)(?:回帖|回复|发帖|发言|评论|发表(?:评论|回复|帖子|留言|意见))"
#: Furniture anywhere in a tail line: a print or close link, a QR code, a reprint notice.
_TAIL_ANYWHERE = (
    "打印本页", "关闭窗口", "公众号$", "二维码", "郑重声明", _REPRINT_NOTICE, "版权所有", "返回.{0,6}首页", _LOGIN_PROMPT,
)
_TAIL_CHROME = re.compile(
    rf"^(?:[【\[（(]?\s*(?:{_words(EDITOR_LABELS, REVIEWER_LABELS, PREV_NEXT_WORDS, _TAIL_OPENERS)}|评论(?!员))"
    rf"|.*(?:{'|'.join(_TAIL_ANYWHERE)}))"
)


#: A heading that opens the related-content area after an article: everything from it on goes.
_RELATED_HEADER = re.compile(
    rf"^[【\[《<「]?\s*(?:{_words(RELATED_HEADINGS_AFTER_BODY, COMMENT_HEADINGS)})\s*[】\]》>」:：]?\s*"
    r"(?:[>＞»]+|更多\s*[>＞»]*)?$"
)
#: ... in a thread: the replies stand under a 评论/热门评论 heading, which is no related-content area.
_RELATED_ONLY_HEADER = re.compile(
    rf"^[【\[《<「]?\s*(?:{_words(RELATED_HEADINGS_AFTER_BODY)})\s*[】\]》>」:：]?\s*"
    r"(?:[>＞»]+|更多\s*[>＞»]*)?$"
)
#: The editor's line closes a news article; what follows it is the site's.
_EDITOR_LINE = re.compile(rf"^[【\[（(]?\s*(?:{_words(EDITOR_LABELS, WEB_EDITOR_LABELS)})\s*[:：]")
#: Share of the article's prose that must come before a related-content heading for the cut.
RELATED_CUT_MIN_SHARE = 0.6
#: …or at least this many characters of it.
RELATED_CUT_MIN_CHARS = 150


def trim_edges(lines: list[str], title: str | None, thread: bool = False) -> tuple[list[str], list[str]]:
    """Cut furniture lines before the title/body and after the last body paragraph. In a
    ``thread`` (a board's page, a run of posts) a comment heading opens the replies: no cut there."""
    removed: list[str] = []
    start = 0
    if title:
        key = squash(title)
        lines = join_split_title(lines, key)
        for i, line in enumerate(lines[:12]):
            sq = squash(line)
            if sq and (sq == key or (len(key) >= 6 and sq.startswith(key) and len(sq) <= len(key) + 20)):
                if all(not _is_prose(x) for x in lines[:i]):
                    removed.extend(lines[:i])
                    start = i
                break
    lines = lines[start:]
    # the info line(s) right after the title, or at the very top; an author or column name
    # of a few characters may stand between the title and the info line
    first = 1 if (title and lines and squash(lines[0]).startswith(squash(title)[:8])) else 0
    last_info = -1
    for i in range(first, min(len(lines), first + 6)):
        if is_head_chrome(lines[i]):
            last_info = i
        elif len(lines[i]) > 30 or _is_prose(lines[i]):
            break
    if last_info >= 0:
        # in a thread a line asking something above the info line is the first post (a
        # one-line question: 装修怎么弄比较好), not its author's name or card
        head = lines[first:last_info + 1]
        asked = [x for x in head if thread and _is_question_line(x)]
        removed.extend(x for x in head if x not in asked)
        lines = lines[:first] + asked + lines[last_info + 1:]
    lines = _cut_related(lines, removed, _RELATED_ONLY_HEADER if thread else _RELATED_HEADER)
    end = len(lines)
    while end > 1 and _is_tail_chrome(lines[end - 1]):
        end -= 1
        removed.append(lines[end])
    return lines[:end], removed


#: A line that asks: a question mark or a question word (怎么, 如何, 吗, 哪些 …).
ASKING = re.compile(r"[？?]|怎么|怎样|如何|为什么|为何|什么|哪[里个些儿家种款]|多少|是否|能否|可不可以|[吗呢]$")
#: ... of at least this many characters, with no label's colon.
QUESTION_MIN_CHARS = 6


def _is_question_line(line: str) -> bool:
    return (len(line) >= QUESTION_MIN_CHARS and not is_head_chrome(line) and ":" not in line
            and "：" not in line and ASKING.search(line) is not None)


def join_split_title(lines: list[str], key: str) -> list[str]:
    """A title broken over lines by ``<br>`` (common in government documents) becomes one line."""
    for i in range(min(len(lines), 12)):
        if not key.startswith(squash(lines[i])[:4]):
            continue
        joined = ""
        for k in range(i, min(len(lines), i + 5)):
            joined += squash(lines[k])
            if joined == key and k > i:
                return lines[:i] + ["".join(lines[i:k + 1])] + lines[k + 1:]
            if not key.startswith(joined):
                break
    return lines


def _cut_related(lines: list[str], removed: list[str], header: re.Pattern[str]) -> list[str]:
    total = sum(len(x) for x in lines if _is_prose(x))
    if not total:
        return lines
    before = 0
    for i, line in enumerate(lines):
        marker = (len(line) <= 20 and header.match(line)) or (len(line) <= 40 and _EDITOR_LINE.match(line))
        if i > 0 and marker and before >= min(RELATED_CUT_MIN_SHARE * total, RELATED_CUT_MIN_CHARS) \
                and before >= RELATED_CUT_MIN_SHARE * total * (0 if not _EDITOR_LINE.match(line) else 1):
            removed.extend(lines[i:])
            return lines[:i]
        if _is_prose(line):
            before += len(line)
    return lines


def _is_prose(line: str) -> bool:
    # the length first: a long paragraph is prose without scanning it for a full stop
    return len(line) > 60 or bool(_SENTENCE_END.search(line))


def is_head_chrome(line: str) -> bool:
    """Whether a line above the article is furniture: an info line (发布时间：…, a date with a
    source), page controls (【打印】, 字号) or a channel badge (【视频】)."""
    if len(line) > 120 or _SENTENCE_END.search(line):
        return False
    if _HEAD_CHROME.match(line) or _DATE_ONLY.match(line):
        return True
    # a date with a few words around it (``2019-09-24 09:10 澎湃新闻``), not a sentence
    # that mentions a date (``（2007年6月29日第十届全国人大常委会第二十八次会议通过）``)
    if line[:1] in "（(" or not _A_DATE.search(line):
        return False
    return len(_A_DATE.sub("", line).strip(" |｜/·\t\u3000")) <= MAX_INFO_LINE_REST


def _is_tail_chrome(line: str) -> bool:
    if len(line) > 300:
        return False
    if len(line) <= 12 and not _HAN.search(line):
        return True  # "+1", "×", "TOP", ">>": buttons and counters
    if _DATE_ONLY.match(line):
        # 2023年5月12日 under a notice is its signature date (落款), part of the document
        return "年" not in line
    if _ANSWER_BOX.match(line) or _BOARD_CLOCK.match(line):
        return True
    if not _TAIL_CHROME.match(line):
        return False
    # a disclaimer is sentences; 未经审核的作品不予受理 is not one
    disclaimer = "声明" in line[:8] or bool(re.search(_REPRINT_NOTICE, line)) or "版权所有" in line
    if _SENTENCE_END.search(line) and not disclaimer:
        return False
    # a closing sentence that happens to start with 相关/推荐/返回 is body text
    return len(line) <= 40 or disclaimer

