"""The viewer's lines a document site's copy shows by shape: a page number in words alone
(``— 第3页 —``) and a row of its buttons (``加入书架 | 离线下载``), read by C402 (moved out of
:mod:`._docsite_kinds`)."""
from __future__ import annotations

import re

from ._docsite_kinds import numbering
from ._docsite_pager import MAX_PAGER_LINE
from ._docsite_tail import ends_as_title
from ._fold import fold
from .vocab import VIEWER_BUTTON_WORDS

_FRAME_CHARS = r"[\s\-－—–~～·•\[\]【】()（）<>《》]"
_PAGE_ALONE = re.compile(rf"^{_FRAME_CHARS}*(?:第\s*\d{{1,4}}\s*页|(?:Page|P)\s*\d{{1,4}})(?!\d){_FRAME_CHARS}*$")


def is_page_alone(s: str) -> bool:
    """A page number in words alone on its line, in any frame: ``第3页``, ``— 第3页 —``,
    ``[P3]``. On a paged copy L202 reads its rhythm; on a document site's copy it is the
    viewer's page break.

    >>> is_page_alone("— 第2页 —"), is_page_alone("第2页"), is_page_alone("第2页的表格"), is_page_alone("2")
    (True, True, False, False)
    """
    t = fold(s.strip())
    return 0 < len(t) <= MAX_PAGER_LINE and bool(_PAGE_ALONE.match(t))


_STARS = re.compile(r"[★☆]{2,5}")
_BUTTON_WORD_RE = re.compile("|".join(sorted(map(re.escape, VIEWER_BUTTON_WORDS), key=len, reverse=True)))
_BUTTON_SEP = re.compile(r"[\s|｜丨·•/／，,]+")
# an item's count or price is not its wording: 收藏(9), ¥3.00/月
_ITEM_COUNT = re.compile(r"[(（]\s*\d[\d,]*\s*[)）]|[¥￥]\s*\d+(?:\.\d+)?(?:\s*[/／]\s*[月年天])?")
# a label's colon, a sentence's stop, a list's comma: no button row holds one
_LABEL_OR_SENTENCE_MARK = re.compile(r"[:：。！？!?；;、]")
MAX_BUTTON_ROW = 30
MAX_BUTTON_ITEM = 6


def is_button_row(s: str) -> bool:
    """A row of short items, one at least a viewer's button (加入书架 | 离线下载, 点赞(39)
    收藏(9) 分享, 打开APP，阅读全文): no item longer than a button, no label, no
    sentence. Only a copy a document site marked loses it (C402).

    >>> is_button_row("复制链接 · 生成海报"), is_button_row("客服 | 帮助中心"), is_button_row("市总工会办公室")
    (True, True, False)
    >>> is_button_row("附件：下载清单"), is_button_row("请各单位及时下载。"), is_button_row("三、资料下载")
    (False, False, False)
    """
    t = fold(s.strip())
    # (a star rating opens a row as a bullet would: ☆☆☆☆☆ 我来评分)
    if not t or len(t) > MAX_BUTTON_ROW or _LABEL_OR_SENTENCE_MARK.search(t) or numbering(t) and not _STARS.match(t):
        return False
    if ends_as_title(t):
        return False  # 会员名单, 收藏品管理办法: a heading or a title, not a button
    items = [x for x in _BUTTON_SEP.split(_ITEM_COUNT.sub(" ", t)) if x]
    return (bool(items) and all(len(x) <= MAX_BUTTON_ITEM for x in items)
            and any(_BUTTON_WORD_RE.search(x) for x in items))
