"""A document site's record of a copy: the lines of labelled values, counters and flags
it prints around the text (上传时间：2021-03-05 | 文档页数：12页 | 下载券：2 | VIP免费下载).

A record line is made only of items that parse — a label with a value of its kind (a
date, a number of pages, a size, a price), a counter (1203次浏览, 收藏(12)), a flag
(VIP免费下载, 原创文档) — split at the separators sites use (｜ · • ； tabs, wide spaces).
Labels may be framed (【上传时间】) and may name the copy first (文档热度, 资料大小).
Items only a document site prints (the copy's pages, format, size, price, uploader,
download counts) make the line ``"trade"``; items any page may carry (所属分类, 浏览量,
发布时间) make it ``"plain"``: chrome only where the page is already known to be a
document site's copy.

>>> record_kind("上传时间：2021-03-05 | 文档页数：12页 | VIP免费下载"), record_kind("积分可用于兑换体检服务")
('trade', None)
>>> record_kind("【上传人】小雨点65350 • 【下载量】8次"), record_kind("总页数：18p丨下载次数：34个")
('trade', 'trade')
>>> record_kind("所属分类：工作总结；浏览量：41个"), record_kind("评价：118条  好评率98%")
('plain', 'plain')
>>> record_kind("文档热度：139  收藏：74"), record_kind("所属分类为工作总结的文章")
('trade', None)
"""
from __future__ import annotations

import re

from .._layout import spaces_laid_out
from .._words import longest_first
from ._fold import fold, symbol_class
from ._docsite_shape import (_PRICE_FIRST, flag_kind, flag_like, paired_record_item, people_count_item, shaped_record_item,
                             unit_shaped_item)
from ._docsite_pairs import any_label_kind, lone_badge, lone_item
from ._docsite_path import joined_paths
from ._docsite_run_on import run_on_colons
from ._docsite_skeleton import skeleton_kind
from ._memo import LineMemo
from .vocab import DOC_FLAG_RE, DOC_META_LABEL_HEADS, DOC_META_LABELS, DOC_RECORD_NOUNS
from .vocab_web import COUNTER_WORD_PREFIXES, COUNTER_WORD_SUFFIXES, COUNTER_WORDS

_META_LABEL_KIND = {label: kind for kind, labels in DOC_META_LABELS.items() for label in labels}
# a label, framed or not (【上传时间】), with the copy's noun before it or not (资料大小, 文档热度)
_META_LABEL_RE = re.compile(
    r"(?P<frame>[【\[〖])?(?P<noun>" + "|".join(DOC_RECORD_NOUNS) + r")?(?P<label>"
    + "|".join(re.escape(w) for w in sorted(_META_LABEL_KIND, key=len, reverse=True))
    + r")(?(frame)[】\]〗])\s*[:：]?\s*")
_META_VALUE = {
    "date": r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
            # how long ago, as a site's list prints it: 7小时前, 3天前, 昨天 01:28, 刚刚
            r"|\d{1,3}\s*(?:秒|分钟|小时|天|周|星期|个月|年)前|(?:刚刚|今天|昨天|前天)(?:\s*\d{1,2}:\d{2})?)",
    # 12, 12页, 共 12 页, 12P
    "pages": r"(?:共\s*)?\d{1,4}\s*(?:页|[Pp](?![A-Za-z]))?",
    "format": r"\.?(?:docx?|pdf|pptx?|xlsx?|wps|txt|rtf|DOCX?|PDF|PPTX?|XLSX?|WPS|TXT|RTF|Word|WORD)",
    "size": r"\d+(?:\.\d+)?\s*(?:KB|MB|GB|K|M|G|kb|mb|k|B)",
    "count": r"\d[\d,]*\s*(?:个|次|分|人|份|券|金币)?",
    "price": r"[¥￥]?\s*\d+(?:\.\d+)?\s*元?|免费|0元",
    # (a handle masked as sites print a phone number: 186****1911)
    "user": r"[\w\u4e00-\u9fff]{1,16}|\d{3}\*{3,4}\d{2,6}",
    "category": r"[\u4e00-\u9fff\w]{1,10}(?:\s*[>＞/／、,， ]\s*[\u4e00-\u9fff\w]{1,10}){0,5}",
    "rating": r"[★☆]{1,5}|\d(?:\.\d)?\s*分?(?:\s*/\s*\d+)?|[\u4e00-\u9fff]{1,2}星",
    "percent": r"\d{1,3}(?:\.\d+)?\s*[%％]",
    "code": r"[A-Za-z0-9_-]{3,20}",
}
_TRADE_COUNT_LABEL = re.compile(r"下载|积分|金币|券")


# symbols a value or a label's frame holds, which stay in it: ★☆ rate, ℃ counts heat, an
# arrow reads as a colon (页数→12) before the split
RECORD_VALUE_SYMBOLS = "★☆℃℉№♀♂→⇒"
# (and the ornamental punctuation marks, Unicode Po, a record sets like symbols: ⁂ ※ ⁑ ⁕)
SYMBOL_SEPARATORS = symbol_class(RECORD_VALUE_SYMBOLS) + "※⁂⁑⁕⁖⁘⁙⁚⁛⁜⁝⁞"
# A name or a category in words reads as a clause when it opens or holds a function word.
_PROSE_VALUE = re.compile(r"^[为是在将对把被由从向于与和及了也都的]|[的了]")
# how many gave a rating (评价：118条): a count, which any page's comment box prints
_RATING_COUNT = re.compile(r"\d[\d,]*\s*(?:条|人|次)")
# (a comma between digits is a count's own: 字数：5,600)
_META_SEP = re.compile(r"\s*(?:[|｜丨·•‣，；;▪▫◆◇◎●○■□▏∣‖¦┃、]\s*|(?<!\d),\s*|,(?!\d)\s*|\s+(?:[/／\-~～—–－―>＞→»★☆]|//)\s+|\s{2,}|\u3000+|\t"
                       # any other symbol a site sets between items, by its Unicode kind (✦ ◈ ♦ ⋮ ┆ ┊):
                       # no record's value holds one (★☆ rate, ℃ counts heat: they stay values)
                       rf"|[{SYMBOL_SEPARATORS}]\s*)")
# Labels that name the site's trade: one of them, or a flag, must be on the line.
# (a file's pages, format, size, price, rating, code are any attachment's or book's record,
# 页数：共12页 / 附件格式：PDF / 文件大小：2.3MB in a 决算公开说明: plain, they go on a marked copy)
_TRADE_KINDS = frozenset(["user"])
# the nouns that name a site's copy (文件, 资料, 资源 name anyone's attachment)
_COPY_NOUNS = frozenset(["文档", "范文", "课件"])
_TRADE_LABELS = frozenset(["下载券", "所需下载券", "所需积分", "下载积分", "所需金币", "金币", "上传时间", "上传日期", "上传于",
                           "下载次数", "下载量", "下载", "下载数", "收录时间", "分享时间"])
MAX_META_LINE = 120


# A counter as pages print it: 评论(3), 赞（12）, 36031人阅读, 1203次浏览, 12人已下载, 114人评分.
_COUNTER_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}\s*[(（]\s*\d[\d,]*\s*[)）]|(?:已有|共有|共|已)?\s*\d[\d,.]*\s*(?:[万千kKwW]\s*(?:人|次|条)?|(?:人|次|条|位|名)(?:用户|网友|读者|会员)?)\s*(?:已|在)?"
    r"(?:阅读|浏览|下载|收藏|点赞|喜欢|评论|参与|关注|围观|看过|观看|在看|分享|转发|评分|打分|评价|读过|已读))")
_COUNTER_WORDS = re.compile(
    # (and a reader's vote on the copy, counted: 有用(224) 没用(81), 有帮助 12)
    r"(?:评论|阅读|浏览|点赞|赞|踩|顶|收藏|分享|转发|喜欢|下载|人气|热度|点击|回复|关注|参与|看过|观看|在看|围观|评分|打分|评价|粉丝|好评|差评"
    r"|有用|没用|无用|有帮助|没帮助|读过|已读)"
    r"(?:数|量|次数)?")


def counter_item(item: str) -> bool:
    """``评论(3)``, ``36031人阅读``, ``点赞 845``: a count with the word it counts."""
    m = _COUNTER_RE.fullmatch(item)
    if m:
        return bool(_COUNTER_WORDS.search(item))
    m = re.fullmatch(r"([\u4e00-\u9fff]{1,4}|[👍💬❤♡♥👁⭐🔥])\s*[:：]?\s*\d[\d,]*(?:\.\d+)?\s*[万千wWkK]?\+?\s*(?:次|人|条)?", item)
    if m is None:
        # (h40) the count first and no unit, as a viewer's row prints it: 300 阅读, 1.2万 下载
        m = _COUNT_FIRST.fullmatch(item)
    return bool(m) and bool(_COUNTER_WORDS.fullmatch(m.group(1)) or m.group(1) in _COUNTER_ICONS)


_COUNT_FIRST = re.compile(r"\d[\d,]*(?:\.\d+)?\s*[万千wWkK]?\+?\s+([\u4e00-\u9fff]{1,4})")


# the icons a viewer prints for what it counts: likes, comments, favourites, views
_COUNTER_ICONS = frozenset("👍💬❤♡♥👁⭐🔥")


# Items a record prints without a label: 3下载券, ¥3.00, 上传于2021-03-05, 2021-04-01上传
# (only a document site's); 12页, 4.5分, 5星 (any page's, so one of the first is needed).
_BARE_TRADE_ITEM = re.compile(
    # what a download costs, as a button says it: 用14积分下载, 需要27金币下载, 下载(共18页)
    rf"(?:需要|需|用|消耗|花费)?\s*\d{{1,4}}\s*(?:下载券|金币|积分|点)\s*(?:下载|兑换|购买)"
    rf"|下载\s*[(（]\s*共?\s*\d{{1,4}}\s*页\s*[)）]|(?:普通用户|非会员|会员|VIP)\s*[¥￥]\s*\d+(?:\.\d{{1,2}})?"
    # who shared the copy and when: 小雨点1546 分享于 2023年10月7日, 上传者 X 于 2012年5月23日 上传
    rf"|(?:上传者|分享者|上传人)?\s*[\w\u4e00-\u9fff]{{1,20}}\s*(?:于\s*{_META_VALUE['date']}\s*(?:上传|分享|发布)"
    rf"|(?:上传|分享|发布)于\s*{_META_VALUE['date']})|\d{{1,4}}\s*(?:下载券|金币|积分)|[¥￥]\s*\d+(?:\.\d{{1,2}})?|(?:上传于|上传时间)\s*{_META_VALUE['date']}"
    rf"|{_META_VALUE['date']}\s*上传"
    # when the copy was last edited, said of the copy: 本文档最后编辑于2017-06-12
    rf"|(?:本文档|该文档|此文档|本资料|该资料|文档)(?:最后|最近)?(?:编辑|修改|更新)于\s*{_META_VALUE['date']}"
    # how much the uploader shared: 共上传292篇, 已分享 35 份文档
    rf"|(?:共|已|累计)\s*(?:上传|分享|贡献)(?:了)?\s*\d[\d,]*\s*(?:篇|份|个|部|套)(?:文档|资料|资源|范文|课件)?")
# a user's handle as sites make them: wx_5326, 小雨点1546, doc35964
_USER_ID = re.compile(r"[A-Za-z_]{1,12}\d{2,8}|[\u4e00-\u9fff]{2,6}\d{2,8}")
# a rating with how many gave it: 4.2分（228人评）
_BARE_PLAIN_ITEM = re.compile(r"\d(?:\.\d)?\s*分\s*[(（]\s*\d[\d,]*\s*人(?:评|评分|评价)?\s*[)）]|(?:共\s*)?\d{1,4}\s*页|\d(?:\.\d)?\s*分|[1-5]\s*星|[★☆]{1,5}"
                              # (h21) a file's size and type bare: 1.6M, pdf格式, DOCX文档
                              r"|\d+(?:\.\d+)?\s*(?:KB|MB|GB|K|M|kb|mb)|(?i:docx?|pdf|pptx?|xlsx?|wps)\s*(?:格式|文档|文件)")


def _meta_item(item: str) -> str | None:
    """``"trade"`` for an item only a document site prints (文档页数：12, VIP免费下载),
    ``"plain"`` for a labelled item any page may carry (浏览：120), else ``None``: read
    from the lists first, then by family and shape (a label's head and its value's
    kind, a flag's words) for wording the lists do not hold."""
    if people_count_item(item):
        return None  # (h23) 参赛人数：65人: a report's figure, whatever reads its label
    listed = _listed_item(item)
    if listed is not None and listed != "weak":
        return listed
    return (shaped_record_item(item) or flag_kind(item) or listed or unit_shaped_item(item)
            # (h23) any short label with a value of a record's shape: 〔献花〕30分, 上传店铺：网友52554
            or paired_record_item(item))


def _listed_item(item: str) -> str | None:
    if DOC_FLAG_RE.fullmatch(item) or _BARE_TRADE_ITEM.fullmatch(item):
        return "trade"
    if _BARE_PLAIN_ITEM.fullmatch(item):
        return "plain"
    if re.fullmatch(_META_VALUE["date"], item) or _USER_ID.fullmatch(item):
        return "weak"  # 分享人 X · 2014-10-16, wx_5326 | 232次下载: beside the site's items, never alone
    if counter_item(item):
        return "trade" if "下载" in item else "plain"
    m = _META_LABEL_RE.match(item)
    if not m:
        return _headed_item(item)
    label, value = m.group("label"), item[m.end():].strip()
    kind = _META_LABEL_KIND[label]
    if kind in ("user", "category") and _PROSE_VALUE.search(value):
        return None  # 所属分类为工作总结的文章 is a sentence
    if not re.fullmatch(_META_VALUE[kind], value):
        if kind == "rating" and _RATING_COUNT.fullmatch(value):
            return "plain"
        return None
    # a label that names the copy (文档分类, 资料大小) is the site's
    # and so is a count of downloads or of the site's points, coupons, coins (总下载, 兑换积分)
    trade = (kind in _TRADE_KINDS or label in _TRADE_LABELS or m.group("noun") in _COPY_NOUNS or "文档" in label
             or kind == "count" and label != "积分" and bool(_TRADE_COUNT_LABEL.search(label)))
    return "trade" if trade else "plain"


# A label the lists do not hold, read by its head (Chinese compounds end in what they
# name): 最近上传时间, 售卖价格, 资源类别. Its colon must be written, and the item counts
# as plain unless the label names the copy: any page may print 活动时间：2021-03-05.
_HEADED_LABEL_RE = re.compile(
    r"[【\[〖]?(?P<mod>[\u4e00-\u9fff]{1,4}?)(?P<head>" + "|".join(sorted(DOC_META_LABEL_HEADS, key=len, reverse=True))
    + r")[】\]〗]?\s*[:：]\s*")


def _headed_item(item: str) -> str | None:
    m = _HEADED_LABEL_RE.match(item)
    if not m or not re.fullmatch(_META_VALUE[DOC_META_LABEL_HEADS[m.group("head")]], item[m.end():].strip()):
        return None
    return "trade" if _TRADE_MODIFIER.search(m.group("mod")) else "plain"


# What makes a label the site's whatever its head: the copy it names, how the site took it in
# or trades it (入库时间, 上传日期, 下载所需积分); 附件格式 or 资料类型 any page may print.
_TRADE_MODIFIER = re.compile(r"文档|范文|课件|入库|收录|上传|上载|下载|积分|金币|券|会员|VIP|vip|共享|贡献")


_COUNT = re.compile(r"\d[\d,]*(?:\.\d+)?[万千wWkK]?\+?[次人条]?")
_COUNT_SPACES = re.compile(r"(?<=已有|共有)\s+(?=\d)|(?<=\d)\s+(?=[万千]?[人次条])")


# A counter line read as a whole, by its grammar: items of a counted word and its count in
# either order (阅读 1,234 · 5评论), the count bare, bracketed in any brackets (评论[5],
# 浏览（1.2万）) or with its unit (12 个赞, 被浏览 1,234 次, 热度：98℃), or an icon and its count;
# between counted items, bare page actions may stand (举报 | 阅读 1234). Items are atomic, so
# a long line that fails does so in linear time.
# (the counted words by family are vocab_web.COUNTER_WORDS; each item is matched atomically, so
# the longer spellings go first: 阅读过 before 阅读, 顶一下 before 顶)
def _longest_first(words) -> str:
    return longest_first(words)  # a trie, matching as the longest-first alternation


_CW = (rf"(?:{_longest_first(COUNTER_WORD_PREFIXES)})?(?:{_longest_first(w for ws in COUNTER_WORDS.values() for w in ws)})"
       rf"(?:{_longest_first(COUNTER_WORD_SUFFIXES)})?")
_CN = r"\d[\d,]*(?:\.\d+)?\s*[亿万千wWkK]?\+?"
_CU = r"\s*(?:人次|次|人|条|个|位|名|℃|票|份)?"
# a unit closing an item is no counted word's first character: in 顶 12 人气：30 the 人
# starts the next item
_CU_END = r"(?:\s*(?:人次|次|人|条|个|位|名|℃|票|份)(?![\u4e00-\u9fff]))?\s*"
_CBR = rf"[(（\[【〔]\s*{_CN}{_CU}\s*[)）\]】〕]"
_COUNTER_GRAMMAR_ITEM = (
    rf"(?>{_CW}\s*[:：]?\s*(?:{_CBR}|{_CN}{_CU_END})"
    rf"|(?:已有|共有|共|累计|总计)?\s*(?:{_CBR}|{_CN}){_CU}\s*(?:用户|网友|读者|会员)?\s*(?:已|在|觉得|认为)?\s*{_CW}"
    # an icon and its count: any pictograph, with its variation selector (❤️ 12, 👁️ 3)
    rf"|[\U0001F300-\U0001FAFF\u2600-\u2775\u2794-\u27BF\u2B00-\u2BFF★☆]\ufe0f?\s*{_CN}{_CU}"
    rf"|举报|打赏|分享|收藏|回复)")
_ANY_DIGIT = re.compile(r"\d")
_COUNTER_GRAMMAR = re.compile(
    rf"^\s*{_COUNTER_GRAMMAR_ITEM}(?:[\s|｜丨·•/／,，;；]*{_COUNTER_GRAMMAR_ITEM})*\s*$")


def is_counter_line(s: str) -> bool:
    """A line made only of counters (``阅读 1234 | 评论(5) | 赞 12``).

    >>> is_counter_line("36031人阅读 评论(73569)"), is_counter_line("点赞 845 · 已有12人参与"), is_counter_line("阅读量超过5万次")
    (True, True, False)
    >>> is_counter_line("阅读量 1.2万 · 评论 376 条"), is_counter_line("已有 25 人点赞"), is_counter_line("已有 25 人参加了活动")
    (True, True, False)
    """
    folded = fold(s.strip())
    if not 0 < len(folded) <= MAX_META_LINE:
        return False
    # 已有 25 人点赞: a count's own spaces go first, so the split keeps it whole
    t = _COUNT_SPACES.sub("", folded)
    tokens = [x for x in re.split(r"[\s|｜丨·•/／]+", t) if x]
    items, k = [], 0
    while k < len(tokens):  # 点赞 845: a counter word and its number, split by a space
        if k + 1 < len(tokens) and _COUNTER_WORDS.fullmatch(tokens[k].rstrip(":：")) and _COUNT.fullmatch(tokens[k + 1]):
            items.append(tokens[k] + tokens[k + 1])
            k += 2
        else:
            items.append(tokens[k])
            k += 1
    if all(counter_item(x) for x in items):
        return True
    return _ANY_DIGIT.search(folded) is not None and _COUNTER_GRAMMAR.match(folded) is not None


def is_doc_meta_line(s: str) -> bool:
    """A line made only of a document site's record of the copy (上传时间：…, 文档页数：12,
    下载券：2, 售价：¥5.00) and its flags (VIP免费下载, 原创文档), with at least one item
    that only such a site prints."""
    return _record_kind(s) == "trade"


# The other colons, middle dots and bars fonts and CMSs print, read as the common ones
# (文件格式︰pptx, 格式﹕DOC, 【所需下载券】1分 ‧ 【分享时间】…): one character for one.
_PUNCT_VARIANTS = str.maketrans({**{c: "：" for c in "∶﹕︰꞉˸"}, **{c: "·" for c in "‧⋅∙・･"},
                                 **{c: "｜" for c in "︱│┃¦┆┊"}})
# a label and its value joined by an equals sign, as some sites print them: 文档ID=2074048
# two to four Han characters with a single space between each, then a colon: 关 键 词：
_SPACED_LABEL = re.compile(r"(?:(?<=^)|(?<=[|｜·•；;]\s)|(?<=\s\s))[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,3}(?=\s*[:：])")
# A label and its value joined as some sites print them, read as a colon: an equals sign
# (文档ID=2074048), a doubled colon (格式：：DOC), an arrow (上传时间->2021-03-05, 页数→12),
# a dash set solid (上传时间—2021-03-05; spaced, a dash is a separator: 格式：PDF — 页数：7).
_EQUALS_COLON = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z\]】〗〕])(?:\s*(?:[=＝]|[:：]{2,3}|->|=>|→|⇒|》)\s*|—{1,2})(?=[^=＝:：>→⇒》—\s])")


def _joiner_or_separator(m: re.Match) -> str:
    # (h32) a solid dash after a value that has its label and colon already is the next
    # item's separator (文件格式：PDF—页数：12页); after a label, it joins its value (页数—12页)
    if m.group().startswith("—"):
        last = max(m.string.rfind(c, 0, m.start()) for c in "|｜·•;；、，,\t")
        if any(c in m.string[last + 1:m.start()] for c in ":："):
            return " ｜ "
    return "："


# (h58) a value in brackets after its label's colon or a space (上传者：《匿名用户》, 页数 『12页』,
# 阅读量:[436]), its frame one pair, the value one word ending at a separator or the line's end
_FRAMED_VALUE = re.compile(r"(?:(?P<lab>[\u4e00-\u9fffA-Za-z0-9][:：]\s?)(?P<o>[《『【「〔\[（(])"
                           # after a space only in the frames no title glues its pages in (not 总结 (12页))
                           r"|(?P<spaced>[\u4e00-\u9fffA-Za-z0-9]\s)(?P<o2>[《『「〔]))"
                           r"(?P<v>[^《》『』【】「」〔〕\[\]（）()\s]{1,20})(?P<c>[》』】」〕\]）)])(?=\s|$|[|｜·•/⟩‖;；,，])")
_FRAME_PAIRS = {"《": "》", "『": "』", "【": "】", "「": "」", "〔": "〕", "[": "]", "（": "）", "(": ")"}


def _unframed(m: re.Match) -> str:
    if _FRAME_PAIRS[m["o"] or m["o2"]] != m["c"]:
        return m.group()
    lab = m["lab"] or m["spaced"]
    return (lab if lab.rstrip()[-1] in ":：" else lab.rstrip() + "：") + m["v"]


def _read_as(s: str) -> str:
    # spaces as L301 leaves them: 文档格式：<U+3000>docx reads the same before L301 as after it
    # (h35) a category's path written solid first: 分类：教育 > 高中 reads as one value
    t = joined_paths(fold(spaces_laid_out(s)).translate(_PUNCT_VARIANTS))
    if _FRAMED_VALUE.search(t):
        t = _FRAMED_VALUE.sub(_unframed, t)
    t = _EQUALS_COLON.sub(_joiner_or_separator, t)
    # a label spaced out to fill its column (关 键 词：, 格 式：): read as written solid
    return _SPACED_LABEL.sub(lambda m: m.group().replace(" ", ""), t)


def _line_lone_item(s: str) -> bool:
    t = _read_as(s)
    return bool(t) and not _EVENT_FIELD_ALONE.fullmatch(t) and lone_item(t, known=_meta_item, split=_META_SEP.split)


# (h32) a single labelled value or a flag-like word no reader takes alone (挂网时间 - 2012/08/10,
# 〔归集量〕567人, 名校真题): the record's own beside its other lines (C403's runs)
lone_record_item = LineMemo(_line_lone_item)


def _line_record_kind(s: str) -> str | None:
    t = _read_as(s)
    if not t or len(t) > MAX_META_LINE:
        return None
    kind = _read_kind(t)
    if kind is None:
        # (h58) labels run on into their values (整理者匿名用户, 下载积分值478): read with the colon
        colons = run_on_colons(t)
        if colons != t:
            kind = _read_kind(colons)
    return kind


def _read_kind(t: str) -> str | None:
    kind = _listed_line_kind(t)
    if kind is None:
        # (h28) labels no list or head holds, read by their values' shapes (入站时刻：2018-01-23 ·
        # 资源码：D60971), and a badge alone (精品, 高清版): plain, so they go only beside the
        # site's record or on a copy a site marked
        kind = any_label_kind(t, known=_meta_item, split=_META_SEP.split) or ("plain" if lone_badge(t) else None)
    if kind is None:
        # (h40) the same pairs between marks no reader lists (｡ ⟩ ≡ ❖ between them, 『』 》 」
        # ～ between a label and its value), read by the line's skeleton of words
        kind = skeleton_kind(t)
    if kind == "plain" and _EVENT_FIELD_ALONE.fullmatch(t):
        return None  # (h32) 会议时间：2019年5月12日 14:30 alone: the notice's own field
    return kind


def _listed_line_kind(t: str) -> str | None:
    if _BARE_TRADE_ITEM.fullmatch(t):
        return "trade"  # one item with spaces in it: 资料君 上传于 2020/03/16
    if _PRICE_FIRST.match(t):
        return paired_record_item(t)  # (h23) the price before its label: ¥4.00 原价
    read: list[tuple[str, str | None]] = []
    for item in _split_items(t):
        kind = _meta_item(item)
        if kind is None and " " in item:
            # 阅读次数 : 7个 SVIP专享 (single spaces, as L301 leaves a wide one): the words
            # regrouped, each group as long as it still reads as one item
            read += [(x, _meta_item(x)) for x in _regrouped(item)]
        else:
            read.append((item, kind))
    kinds = [k for _, k in read]
    # one item no reader knows, short and plain, among two that parse with one of the
    # site's (兑换积分﹕14分 ⋅ 上传会员﹕资料君 ⋅ <unknown> ⋅ 页数﹕12页): the rest is the record
    unknown = [x for x, k in read if k is None]
    if unknown and not (len(unknown) == 1 and len(read) >= MIN_ITEMS_WITH_UNKNOWN and "trade" in kinds
                        and len(unknown[0]) <= MAX_UNKNOWN_ITEM and not _SENTENCE_MARK.search(unknown[0])):
        # (h23) or one flag-like word beside an item only a document site prints, whatever the
        # word (下载积分：41 ◈ 免费阅读, 上传者昵称：匿名用户 ‣ 完整版): the record's own tag
        # (and beside three items any record prints: 原创保障 ┊ 〔阅〕13个 ┊ 〔作者昵称〕… ┊ 〔总字数〕14分)
        if not (len(unknown) == 1 and flag_like(unknown[0]) and (
                len(read) >= 2 and "trade" in kinds or kinds.count("plain") >= MIN_PLAIN_RECORD_ITEMS)):
            # beside items any page prints, a flag-like word leaves the line plain: it goes
            # only on a marked copy (完整版 ⋮ 阅读次数﹕44个)
            if len(unknown) == 1 and len(read) >= 2 and flag_like(unknown[0]) and "plain" in kinds:
                return "plain"
            return None
    # three record items in a row is the site's record, whatever their labels
    if "trade" in kinds or kinds.count("plain") >= MIN_PLAIN_RECORD_ITEMS:
        return "trade"
    # items read only by their value's shape count as plain, never toward three
    return "plain" if "plain" in kinds or "shape" in kinds else None


# one item under a label that names an event's field, not a copy's: a notice's own line
# (its time, date or place: 会议时间, 报名截止, 活动地点; not 活动价, a sale's)
_EVENT_FIELD_ALONE = re.compile(r"[^|｜·•;；]{0,4}(?:会议|活动|报名|考试|培训|比赛|竞赛|举办|申报|受理|办理|开会|集合|报到|面试|笔试)"
                                r"(?:开始|结束|截止)?(?:时间|日期|地点|时段|时刻|期限|截止)\s*[:：][^|｜·•;；]*")


MIN_ITEMS_WITH_UNKNOWN = 3
MAX_UNKNOWN_ITEM = 8
_SENTENCE_MARK = re.compile(r"[，。；！？,;!?]")
# Items any page may print that, three on one line (更新于：前天 ▪ 折扣价：¥12 ▪ 所属学科：…), are a record.
MIN_PLAIN_RECORD_ITEMS = 3


_record_kind = LineMemo(_line_record_kind)


def record_kind(s: str) -> str | None:
    """``"trade"`` for a record line with an item only a document site prints, ``"plain"``
    for one made only of items any page may carry, ``None`` for any other line."""
    return _record_kind(s)


def _regrouped(item: str) -> list[str]:
    """``item``'s words, each joined to the group before it while that group does not
    read as an item yet or reads as one with it."""
    words = [w for w in item.split(" ") if w]
    groups = [words[0]]
    for w in words[1:]:
        joined = f"{groups[-1]} {w}"
        if _meta_item(groups[-1]) is None or _meta_item(joined) is not None:
            groups[-1] = joined
        else:
            groups.append(w)
    return groups


def _split_items(t: str) -> list[str]:
    """The items of a record line: split at separators, and before every label."""
    items = []
    for part in _META_SEP.split(t):
        part = part.strip(" |｜丨·•/")
        if not part:
            continue
        # 浏览：12 下载：3 (single spaces): cut before each label that follows a value,
        # listed or any short label with its colon (字数 :0个 需要金币 :24次)
        starts = sorted({m.start() for rx in (_META_LABEL_RE, _COLON_LABEL) for m in rx.finditer(part)
                         if m.start() > 0 and part[m.start() - 1] == " "})
        bounds = [0, *starts, len(part)]
        for piece in (part[a:b].strip() for a, b in zip(bounds, bounds[1:])):
            if not piece:
                continue
            # 上传人：  小雨点 (the value padded into a column): a label alone takes the next item
            if items and _LABEL_ALONE.fullmatch(items[-1]):
                items[-1] += piece
            else:
                items.append(piece)
    return items


_COLON_LABEL = re.compile(r"[【\[〔〖]?[\u4e00-\u9fffA-Za-z]{1,9}[】\]〕〗]?\s*[:：]"
                          # a label in brackets needs no colon: 会员5折 〔分享达人〕海阔天空3687
                          r"|[【\[〔〖][\u4e00-\u9fff]{2,9}[】\]〕〗](?=\S)")
_LABEL_ALONE = re.compile(_META_LABEL_RE.pattern + r"(?<=[:：])"
                          # any short label and its colon (上载时间:  2017/10/08): its value follows
                          r"|[【\[〔〖]?[\u4e00-\u9fffA-Za-z]{1,9}[】\]〕〗]?\s*[:：]")
