"""The viewer's furniture at the tail of a document site's copy, scored by family and shape.

After the last paragraph of a copy a site has marked (its notices, record, pager or
progress), the viewer prints short rows no list can hold: sales (247人已付费下载, 立即抢购
¥4.00), service (客服在线 9:00-22:00), shares and ratings (觉得有用就点个赞, 4.24分（45人评）),
the uploader (本页由 资料君 整理). :func:`furniture_evidence` reads such a line from its
word families (:data:`._docsite_cues.FURNITURE_WORDS`) and its shape — a count, a price, a
time, a handle, stars — and returns the evidence, which C402 cites in the trail. A line
that is a sentence, a numbered item, a title, an attachment or a contact line is none.

>>> furniture_evidence("247人已付费下载"), furniture_evidence("客服在线 9:00-22:00")
('trade+count', 'viewer+time')
>>> furniture_evidence("觉得有用就点个赞"), furniture_evidence("本页由 资料君 整理")
('a button: 赞', 'a button: 整理')
>>> furniture_evidence("Download | Share"), furniture_evidence("Download"), furniture_evidence("Share and Save")
('a row of buttons in English', None, None)
>>> furniture_evidence("嵊州市总工会"), furniture_evidence("2021年3月5日"), furniture_evidence("会员名单")
(None, None, None)
>>> furniture_evidence("浏览人数：235人 | 被下载次数：12次"), furniture_evidence("浏览人数：235人 | 参赛人数：65人")
('trade+viewer+count', None)
>>> furniture_evidence("第二，下载并阅读培训资料，完成线上学习"), furniture_evidence("二是下载并阅读培训资料")
(None, None)
>>> furniture_evidence("附件：报名表下载"), furniture_evidence("关于做好会员发展工作的通知"), furniture_evidence("请各单位及时下载。")
(None, None, None)
"""
from __future__ import annotations

import re

from ._docsite_cues import FURNITURE_ACTIONS, FURNITURE_WORDS, MIN_TRADE_WORDS_ALONE
from ._docsite_shape import shaped_numbering
from ._fold import fold
from ._memo import LineMemo

MAX_FURNITURE_LINE = 30
# a short line with one button word and nothing else the viewer prints
MAX_BUTTON_LINE = 10
# a row that sells the copy by its trade words alone is a button's length (VIP用户可免费下载本文)
MAX_TRADE_ROW = 16
# a clause mark is a sentence's unless the line is short
MAX_LINE_WITH_COMMA = 20

_WORD_RES = {fam: re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
             for fam, words in FURNITURE_WORDS.items()}
_ACTION_RE = re.compile("|".join(sorted(map(re.escape, FURNITURE_ACTIONS), key=len, reverse=True)))
_SHAPES = {
    # (a count of the site's points or coupons too, and an English counter: 16积分, Views 201)
    "count": re.compile(r"\d[\d,.]*\s*[kKwW万千]?\s*(?:人|次|个|条|份|位|%|％|分|字|页|件|积分|金币|下载券|券|豆元|点券)"
                        r"|(?:Views|Likes|Downloads|Reads|Comments)\s*[:：]?\s*\d"),
    "price": re.compile(r"[¥￥]\s*\d"),
    "time": re.compile(r"\d{1,2}:\d{2}"),
    "handle": re.compile(r"[A-Za-z_]{1,12}\d{2,8}|[\u4e00-\u9fff]{2,6}\d{2,8}"),
    "stars": re.compile(r"[★☆]{2,5}"),
    # (h21) a discount (限时5折, 满10减2) and a service number (400-123-4567)
    "discount": re.compile(r"\d(?:\.\d)?\s*折|满\s*\d+\s*减\s*\d+"),
    "phone": re.compile(r"(?<!\d)(?:400|800|0\d{2,3})-?\d{3,4}-?\d{3,4}(?!\d)"),
}
_SENTENCE_END = re.compile(r"[。！!；;]")
_CLAUSE = re.compile(r"[，,]")
# what a document's own last lines are: an attachment, a note, a contact, a signature's date
_DOCUMENT_LINE = re.compile(r"^[\s（(]*(?:附件|附表|附录|注|备注|说明|联系|地址|电话|邮编|传真|抄送|主送|印发)")
# a title's last word: a line ending so is a related copy's title or the document's own
_TITLE_END = re.compile(r"(?:通知|方案|意见|总结|讲话|报告|办法|细则|体会|决定|规定|纲要|计划|制度|守则|范文|心得|发言|汇报|通报|"
                        r"函|请示|批复|公告|章程|条例|名单)$")


def ends_as_title(t: str) -> bool:
    """``t`` ends in a title's or a heading's last word (…通知, …名单, …办法)."""
    return bool(_TITLE_END.search(t))


# (lead, stop 45) an item led by an ordinal word (第二，下载并阅读培训资料 / 一是… / 其三、…): the text's list
_ORDINAL_LEAD = re.compile(r"^(?:第[一二三四五六七八九十]{1,3}[，,、]|其[一二三四五六七八九十][，,、]|[一二三四五六七八九十]是)")
# (lead, stop 45) a row of labelled values (浏览人数：235人 | 参赛人数：65人): each field its own label
_ROW_BAR = re.compile(r"\s*[|｜丨]\s*")
_LABELLED_FIELD = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,8}\s*[:：]")


def _a_field_of_the_texts(t: str) -> bool:
    """In a row of fields between bars, a labelled value whose label is no word of the
    viewer's or the trade's (参赛人数：65人 beside 浏览人数：235人): the row is the text's own
    figures, whatever one field shares with the viewer's counters."""
    fields = [f for f in _ROW_BAR.split(t) if f]
    return len(fields) >= 2 and any(_LABELLED_FIELD.match(f) and not any(rx.search(f) for rx in _WORD_RES.values())
                                    for f in fields)


# (h50) the viewer's buttons written in English, two or more in a row between bars
# (Download | Share, Print · Save · Report): a row of such words and marks only
_ENGLISH_BUTTON = r"(?:Download|Share|Print|Save|Like|Favorite|Favourite|Collect|Report|Copy|Embed|Follow|Rate)"
_ENGLISH_BUTTON_ROW = re.compile(rf"^{_ENGLISH_BUTTON}(?:\s*[|｜/·•]\s*{_ENGLISH_BUTTON}){{1,5}}$", re.I)


def _evidence(s: str) -> str | None:
    t = fold(s.strip())
    if not 0 < len(t) <= MAX_FURNITURE_LINE or _SENTENCE_END.search(t):
        return None
    if _ENGLISH_BUTTON_ROW.match(t):
        return "a row of buttons in English"
    if _CLAUSE.search(t) and len(t) > MAX_LINE_WITH_COMMA:
        return None
    if (_DOCUMENT_LINE.match(t) or _TITLE_END.search(t) or shaped_numbering(t) and not _SHAPES["stars"].match(t)
            or _ORDINAL_LEAD.match(t)):
        return None
    words = [fam for fam, rx in _WORD_RES.items() if rx.search(t)]
    if not words or _a_field_of_the_texts(t):
        return None
    shapes = [name for name, rx in _SHAPES.items() if rx.search(t)]
    if shapes == ["discount"] and len(t) > MAX_BUTTON_LINE and len(words) < 2:
        shapes = []  # 全市职工可享受8折优惠 is a sentence about a discount; 限时5折 is the shop's
    if shapes or len(words) >= 2:
        return "+".join(words + shapes)
    if len(t) <= MAX_TRADE_ROW and len(set(_WORD_RES["trade"].findall(t))) >= MIN_TRADE_WORDS_ALONE:
        return "trade words: " + "、".join(sorted(set(_WORD_RES["trade"].findall(t))))
    action = _ACTION_RE.search(t)
    if action and len(t) <= MAX_BUTTON_LINE:
        return f"a button: {action.group()}"
    return None


#: ``furniture_evidence(line)``: the families and shapes that make a short line the
#: viewer's furniture (``"trade+count"``), or ``None``; asked on every version of a page.
furniture_evidence = LineMemo(_evidence)
