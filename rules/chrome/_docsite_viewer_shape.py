"""The viewer's progress and pager lines read by shape (h23, issue 16), for wording the
lists of :mod:`.vocab_progress` and :mod:`._docsite_pager` do not hold.

A viewer's line is short and made only of its own parts: a count of pages or a share
read (12页, 第3页, 53%), a reading or paywall verb (阅读, 预览, 展示, 下载, 开通), the
words that glue them (已, 仅, 只, 剩余, 以下, 全文, 共, 需, 后 …) and punctuation; a pager
is page numbers and the words and arrows that move between pages (页码 3｜7, ‹ 前页 |
后页 ›, 到第 3 页). Any other word (a subject, an object, a verb of the text) makes the
line the text's. These lines mark nothing: C402 takes them only on a copy something else
marks (its notices, its record, a listed viewer line).

>>> viewer_shape("篇幅所限，只展示1页"), viewer_shape("以下12页需开通会员阅读"), viewer_shape("您已读至第1页")
('progress', 'progress', 'progress')
>>> viewer_shape("阅读完成度 53%"), viewer_shape("试读17页，全文26页"), viewer_shape("已经看到最后了")
('progress', 'progress', 'progress')
>>> viewer_shape("想看全部？点击下载"), viewer_shape("点击查看全部内容")
('progress', None)
>>> viewer_shape("‹ 前页 | 后页 ›"), viewer_shape("页码 3｜7"), viewer_shape("到第 3 页")
('pager', 'pager', 'pager')
>>> viewer_shape("全年完成目标的85%"), viewer_shape("请阅读第3页的说明。"), viewer_shape("全文共5页"), viewer_shape("会议到此结束")
(None, None, None, None)
"""
from __future__ import annotations

import re

from .._words import longest_first
from ._fold import fold

MAX_VIEWER_SHAPE = 24
# what the viewer counts: pages (12页, 第3页, 3/7), a share read (53%)
_COUNT = re.compile(r"第?\s*\d{1,4}\s*(?:页|张)|\d{1,3}(?:\.\d)?\s*[%％]|\d{1,4}\s*[/／]\s*\d{1,4}\s*页?")
# what the reader does, or the paywall asks (longest first)
VIEWER_VERBS = ["继续阅读", "试读", "阅读", "预览", "浏览", "展示", "显示", "查看", "观看", "下载", "付费", "开通", "购买",
                "加载", "解锁", "读", "阅", "看"]
# the copy's end, said without a count
VIEWER_ENDS = ["到此为止", "结束", "完毕", "最后", "末尾", "到底"]
# the words that hold a viewer's line together (longest first when joined)
VIEWER_GLUE = ["本文档", "已经", "当前", "以下", "以上", "剩余", "剩下", "余下", "还有", "还剩", "全文", "文档", "资料", "本文",
               "完整", "全部", "内容", "免费", "部分", "进度", "完成度", "篇幅", "所限", "由于", "会员", "VIP", "vip", "即可",
               "更多", "可以", "需要", "为止", "点击", "点此", "立即", "马上", "想",
               "已", "您", "你", "仅", "只", "可", "需", "请", "后", "余", "共", "全", "前", "至", "到", "的", "了", "为", "是",
               "此", "就", "都", "页", "张", "限"]
PAGER_WORDS = ["上一页", "下一页", "前一页", "后一页", "上页", "下页", "前页", "后页", "首页", "尾页", "末页", "翻页", "页码",
               "跳转到", "跳至", "跳转", "转到", "Page", "page", "of", "第", "页", "共", "总", "到"]


_VERB_RE = re.compile(longest_first(VIEWER_VERBS))
_END_RE = re.compile(longest_first(VIEWER_ENDS))
# the whole copy offered behind a question: 想看全部？点击下载
_WHOLE_OFFERED = re.compile(r"(?:全部|完整|全文)[^？?]{0,4}[？?]")
_VIEWER_WORDS_RE = re.compile(longest_first(VIEWER_VERBS + VIEWER_ENDS + VIEWER_GLUE))
_PUNCT = re.compile(r"[\s，,。.：:！!？?（）()【】\[\]“”\"'、~～…—\-]+")
_PAGER_MOVES = re.compile(r"上一页|下一页|前一页|后一页|上页|下页|前页|后页|首页|尾页|末页|翻页|跳转|跳至|转到|[‹›«»◂▸◀▶<>]")
_PAGER_WORDS_RE = re.compile(longest_first(PAGER_WORDS))
_PAGER_MARKS = re.compile(r"[\s\d/／|｜丨·•,，:：‹›«»◂▸◀▶<>()（）\[\]【】\-—…]+")
_PAGE_WORD = re.compile(r"页")


def viewer_shape(s: str) -> str | None:
    """``"progress"`` or ``"pager"`` for a short line made only of the viewer's parts, else ``None``."""
    t = fold(s.strip())
    if not 0 < len(t) <= MAX_VIEWER_SHAPE or t.endswith("。"):
        return None
    # a pager: page numbers and the moves between pages, nothing else
    rest = _PAGER_MARKS.sub("", _PAGER_WORDS_RE.sub("", t))
    if not rest and (_PAGER_MOVES.search(t) or re.search(r"\d", t) and _PAGE_WORD.search(t)):
        if re.search(r"\d", t) or len(_PAGER_MOVES.findall(t)) >= 2:
            return "pager"
    counted = _COUNT.search(t) is not None
    # (or the whole copy offered: 想看全部？点击下载)
    if not _VERB_RE.search(t) or not (counted or _END_RE.search(t) or _WHOLE_OFFERED.search(t)):
        return None
    rest = _PUNCT.sub("", _VIEWER_WORDS_RE.sub("", _COUNT.sub("", t)))
    return "progress" if not rest else None
