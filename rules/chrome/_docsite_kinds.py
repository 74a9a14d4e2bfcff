"""Line kinds of document-sharing copies, judged by word families and shape.

A document site wraps a copy in its own notices (a disclaimer block under a heading such
as 温馨提示 or 下载须知, numbered any way), its record of the copy (上传时间, 文档页数,
下载券, VIP), the viewer's progress lines (已阅读 35%, 试读已结束) and its pager (2/5).
Their wording changes from site to site; what stays is the mix of word families
(``DOCSITE_CUE_WORDS`` in :mod:`.vocab`: site, document, upload, trade, rights, service,
hedge) and the shape: short, at the edges of the copy, made only of such items.

>>> cue_families("如资料内容侵犯了您的合法权益，请及时联系客服，我们将在核实后予以删除")
('document', 'rights', 'service')
>>> cue_families("职工可登录市总工会网站下载申请表，填写完整后交所在单位工会。")
('trade',)
>>> is_notice_heading("【下载须知】"), is_notice_heading("温馨提示：活动当天请携带身份证件。")
(True, False)
>>> is_notice_heading("用户协议摘要（必读）"), is_notice_heading("下载前必读："), is_notice_heading("存在的问题")
(True, True, False)
>>> is_doc_meta_line("上传时间：2021-03-05 | 文档页数：12页 | VIP免费下载"), is_doc_meta_line("积分可用于兑换体检服务")
(True, False)
>>> is_progress_line("剩余6页未读，点击继续阅读"), is_progress_line("全文阅读材料已提前印发，请认真研读。")
(True, False)
>>> is_progress_line("点击加载更多内容"), is_progress_line("点击加载更多内容", links=True)
(False, True)
>>> is_pager_line("2/5"), is_pager_line("« 上一页 1 2 3 下一页 »"), is_pager_line("7")
(True, True, False)
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import attrgetter
from typing import Sequence

from .._text import Line
from .._words import longest_first
from ._docsite_pager import MAX_PAGER_LINE, is_pager_line  # noqa: F401 (the viewer's kinds are named from here)
from ._docsite_mark import (is_progress_line, page_marked, shaped_copy_notice, site_evidence, the_copys_line,  # noqa: F401
                            spoken_about_a_platform)
from ._docsite_block import head_past_the_record, block_scored, framed_heading
from ._docsite_shape import is_shaped_heading, shaped_numbering
from ._fold import fold, fold_any_length, symbol_class
from ._docsite_voice import names_itself
from ._memo import LineMemo
# the site's record of a copy lives in its own module; these names are imported from here
from ._docsite_record import counter_item, is_counter_line, is_doc_meta_line, record_kind  # noqa: F401
from .vocab import (
    DISCLAIMER_RE,
    DOCSITE_CUE_WORDS,
    NOTICE_HEADING_NOUNS,
    NOTICE_HEADING_QUALIFIERS,
    NOTICE_HEADING_SUFFIXES,
)

_CUE_RES = {family: re.compile(longest_first(words)) for family, words in DOCSITE_CUE_WORDS.items()}
_NOTICE_FAMILIES = frozenset(["rights", "hedge", "service"])
# The notice families' words: the quick test that a page's edges may hold a notice at all
# (matched on the line with every character folded).
# (h23: and the site's voice, the site or its users' uploads: a block scored by its shape
# may use no notice word at all, 【1】、文档由网友自行上传，本站只负责存储)
# (only asked whether it matches, so the families' words are one trie)
_NOTICE_WORDS_FOLDED_RE = re.compile(longest_first(
    w for fam in sorted(_NOTICE_FAMILIES | {"site", "upload"}) for w in DOCSITE_CUE_WORDS[fam]))
# A notice is the site's when it speaks of rights, hedges or service, and of the site or its users.
_SITE_OR_USERS = frozenset(["site", "upload"])
MIN_NOTICE_FAMILIES = 3
# A notice item is a sentence: a clause mark, unless two families say it anyway.
_CLAUSE_MARK = re.compile(r"[，。；！,;!：:]")
MAX_NOTICE_LINE = 200
# A notice standing alone is one or two sentences; a longer line is a paragraph about them.
MAX_LONE_NOTICE = 100


def cue_families(s: str) -> tuple[str, ...]:
    """The families of document-site words that ``s`` uses, in ``DOCSITE_CUE_WORDS`` order."""
    t = fold(s)
    return tuple(family for family, rx in _CUE_RES.items() if rx.search(t))


# Nouns only a document site uses of what it holds: with them the site need not name itself.
# (not 文档, 范文, 课件 or 充值: an archive's 复制文档, a call for 范文, a card's 线上充值 name them too)
_DOCSITE_NOUN_RE = re.compile(r"下载券|VIP|vip|金币|已购|重新下载|扣费|售出|虚拟商品|扫描版本|用户协议")
_TRADE_WORD_RE = re.compile("|".join(sorted(map(re.escape, DOCSITE_CUE_WORDS["trade"]), key=len, reverse=True)))
# A line with this many different trade words (付费…购买…退款…下载前预览) is a paid site's.
MIN_TRADE_WORDS = 3


def _site_notice(families: set[str], text: str) -> bool:
    """Three families, one that makes it the site's (the site, its users, a noun only such
    a site uses, three trade words in a line) and one that makes it a notice (rights,
    hedging, customer service)."""
    t = fold(text)
    return (len(families) >= MIN_NOTICE_FAMILIES and bool(families & _NOTICE_FAMILIES)
            and bool(families & _SITE_OR_USERS or _DOCSITE_NOUN_RE.search(t) or site_evidence(text)
                     or len(set(_TRADE_WORD_RE.findall(t))) >= MIN_TRADE_WORDS))


def _listed_site_notice(families: set[str], said: str, items: Sequence[frozenset[str]] = ()) -> bool:
    """A heading over two or more items numbered alike is a notice's shape already: two
    families do, when one makes it a notice and a noun only a document site uses is there
    (温馨提示 / 1、部分文档为扫描版本，敬请谅解 / 2、…仅供参考), or when the items speak of
    downloading the copies themselves: trade and document words in two items or more,
    with rights or service words, or trade in two items (友情提醒 / ①资料下载后请用WPS
    打开 / ②请勿将下载的资源用于盈利). A notice of an event's list (1、请勿携带宠物 /
    2、报名表可在网站下载) says none of that and stays."""
    # every item sells the site's copies (阅读须知 / 第1点：会员…下载范文 / 第2点：…重新下载),
    # or trades under a heading that names the site (〖本站声明〗 / 【1】VIP会员… / 【2】下载前…)
    sells = all({"trade", "document"} <= f for f in items) or "site" in families and all("trade" in f for f in items)
    if len(items) >= MIN_COPY_ITEMS and sells and _DOCSITE_NOUN_RE.search(fold(said)):
        return True
    if not (len(families) >= 2 and families & _NOTICE_FAMILIES):
        return False
    if _DOCSITE_NOUN_RE.search(fold(said)) or site_evidence(said):
        return True  # the site speaking (下载券余额不足时…, 如范文侵害了您的著作权…)
    # and of rights or service (商业用途, 联系客服), or trade in two items: an event's notice
    # (请携带资料 / 报名表可在网站下载 / 请勿迟到) says none of these
    copies = sum(bool(f & {"trade", "document"}) for f in items)
    trades = sum("trade" in f for f in items)
    return ({"trade", "document"} <= families and copies >= MIN_COPY_ITEMS
            and bool(families & {"rights", "service"} or trades >= MIN_COPY_ITEMS))


# Items of a listed notice that must speak of the copies (their trade or the documents).
MIN_COPY_ITEMS = 2
# An item of a headed block that names no family: a clause, short, between or before items that do.
MAX_BARE_ITEM = 60


def _bare_item(lines: Sequence[Line], text_idx: Sequence[int], q: int, style: str | None) -> bool:
    """Line ``text_idx[q]`` may stand in a headed block without a family word: a short
    clause numbered as the block is, or, unnumbered, followed by a line with families."""
    t = lines[text_idx[q]].text.strip()
    if len(t) > MAX_BARE_ITEM or not _CLAUSE_MARK.search(t):
        return False
    if style is not None:
        return True
    nxt = text_idx[q + 1] if q + 1 < len(text_idx) else None
    return nxt is not None and len(_notice_families(lines[nxt].text)) >= 2


# A heading about the site's concerns: its trade, rights, users, service (权利声明, 退款说明).
_SITE_HEADING_RE = re.compile(r"下载|购买|购前|付费|支付|充值|退款|售后|会员|用户|版权|侵权|免责|权利|隐私|上传|文档|资料|资源"
                              r"|本站|网站|平台|交易|服务|客服")
# Items under a notice heading are short: a notice speaks in one or two sentences an item.
MAX_HEADED_ITEM = 100


def _headed_notice(families: set[str], run: Sequence[int], lines: Sequence[Line], heading: str) -> bool:
    """A heading over two or more short items that together use three families, one of
    them a notice's (rights, hedging, service): 〖权利声明〗 / 1．购买成功后，资料将自动保存至
    个人中心。 / 2．若需开具发票，请联系人工客服 (trade, document, service). An event's own
    温馨提示 (请携带身份证件和资料 / 报名表可在网站下载 / 请勿迟到) speaks of neither rights
    nor, under a heading about the site, its service."""
    if not (len(families) >= MIN_NOTICE_FAMILIES and all(len(lines[k].text.strip()) <= MAX_HEADED_ITEM for k in run)):
        return False
    # rights make it the site's; service does under a heading that names the site's concerns,
    # and so does any family of the site, its users or its copies (付费须知 / 用户应对上传的资源…)
    about_site = bool(_SITE_HEADING_RE.search(fold(heading)))
    return ("rights" in families or about_site and bool(families & {"service", "site", "upload"}))


# (and any other symbol by its Unicode kind: ◤下载前请注意◥, ✪ 权利声明, ♦购买须读)
_HEADING_FRAME = re.compile(rf"[\s【】\[\]〖〗〔〕〘〙<>＜＞〈〉《》「」『』■□◆◇●○◎▲△▼▶►▷→↓❖✦※★☆—\-–~～:：()（）|｜!！*#{symbol_class()}]+"
                            # a heading that introduces its items: 会员说明如下：
                            r"|如下[:：]?\s*$")
_EDGE_MARKS = re.compile(r"^[^\u4e00-\u9fffA-Za-z0-9（(]+|(?<=[\u4e00-\u9fff])[^\u4e00-\u9fffA-Za-z0-9（()）]+$")
_QUALIFIER = f"(?:{'|'.join(NOTICE_HEADING_QUALIFIERS)})"
_NOUN = "|".join(NOTICE_HEADING_NOUNS)
# two qualifiers may be joined (版权与免责声明, 下载及使用说明), and two nouns (声明与提示)
_HEADING_RE = re.compile(
    rf"^{_QUALIFIER}{{0,2}}(?:[与和及、&]{_QUALIFIER}{{1,2}})?(?:(?:{_NOUN})[与和及、&])?(?:{_NOUN})"
    rf"(?:{'|'.join(NOTICE_HEADING_SUFFIXES)}){{0,2}}$")
# an aside after the heading: 用户须知（请仔细阅读）, 下载说明（必读）
_HEADING_ASIDE = re.compile(r"[（(][^（()）]{1,8}[)）]\s*[:：]?\s*$")


# a Han ordinal of the text's outline: 二、 （三） 第五条 第二章 四是 (a site numbers no heading of its own so)
_OUTLINE_LEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]"
                           r"|第[一二三四五六七八九十百\d]{1,3}[条章节部分篇]|[一二三四五六七八九十]{1,2}是)")


def is_notice_heading(s: str) -> bool:
    """A notice heading alone on its line, in any frame: 温馨提示：, 【下载须知】, —— 特别说明 ——,
    〖购买说明〗, 用户须知（请仔细阅读）, 版权与免责声明, 〓版权约定〓; never under a lead of the
    text's outline (第五条 温馨提示, 四、注意事项, （三）报名须知: the text's own section, lead, stop 45)."""
    if len(s) > 30 or _OUTLINE_LEAD.match(s):
        return False
    t = _EDGE_MARKS.sub("", fold(s))  # (any mark either side is a frame: 〓下载须知〓, ✿温馨提示✿)
    return bool(_HEADING_RE.match(_HEADING_FRAME.sub("", t))
                or _HEADING_ASIDE.search(t) and _HEADING_RE.match(_HEADING_FRAME.sub("", _HEADING_ASIDE.sub("", t)))
                or is_shaped_heading(t))


_NUMBER_LEAD = re.compile(
    r"^\s*(?:(?P<arabic>\d{1,2})\s*(?P<sep>[、.．)）]|[:：](?!\d)|[/／\-－](?!\s*\d))|[(（]\s*(?P<paren>\d{1,2})\s*[)）]"
    r"|[(（]\s*(?P<hanparen>[一二三四五六七八九十]{1,3})\s*[)）]|(?P<circled>[①-⑳])"
    r"|(?P<han>[一二三四五六七八九十]{1,3})\s*[、.．]|第(?P<article>[一二三四五六七八九十\d]{1,3})[条点项]\s*[:：]?"
    r"|[【\[〔](?P<bracket>\d{1,2})[】\]〕]"
    r"|(?P<bullet>[•·\-－*▪◆◇●○◎★☆▶►※√✓✔])\s*)"
)


def numbering(s: str) -> str | None:
    """The numbering style a line opens with (``arabic、``, ``paren``, ``circled`` …), or ``None``."""
    m = _NUMBER_LEAD.match(s)
    if not m:
        return shaped_numbering(s)  # Ⅱ. ❶ (A) 1】 <2>: read by shape
    kind = next(k for k in ("arabic", "paren", "hanparen", "circled", "han", "article", "bracket", "bullet") if m.group(k))
    return kind + (m.group("sep") or "")


def _line_families(s: str) -> frozenset[str]:
    fams = set(cue_families(s))
    if "site" not in fams and names_itself(s):
        fams.add("site")  # (h28) the site by its name: 淘豆网只提供文档存储和分享服务
    if DISCLAIMER_RE.search(fold(s)):  # the known phrasings count as a full notice
        fams |= {"site", "rights", "hedge"}
    # (h21) a notice heading about the site's concerns run in before its text (免责声明：…,
    # 版权说明：…) makes the line a notice as a hedge does
    m = _INLINE_HEADING.match(fold(s))
    if m and is_notice_heading(m.group(1)) and _SITE_HEADING_RE.search(m.group(1)):
        fams.add("hedge")
    return frozenset(fams)


# a heading and its colon at the head of a line, the text after it (免责声明：本站所有文档…)
_INLINE_HEADING = re.compile(r"^\s*[【\[〖]?([\u4e00-\u9fff]{2,8})[】\]〗]?\s*[:：](?=\s*\S)")


_notice_families = LineMemo(_line_families)
# the quick test for a notice word, once per line (the gate of disclaimer_blocks)
# (folding every character first, whatever the line's length, and matching plain words is
# five times faster than the pattern of either-script classes, and reads the same: no
# notice word holds a character that folding changes)
# (a site's own nouns too: a notice that only sells copies names them, 第1点：会员…下载范文)
# (the line folded once for both searches: most lines have neither word)
_has_notice_word = LineMemo(lambda s: (lambda t: bool(_NOTICE_WORDS_FOLDED_RE.search(t) or _DOCSITE_NOUN_RE.search(t)
                                                      or DISCLAIMER_RE.search(s)))(fold_any_length(s)))


# the heading and numbering verdicts of the edge lines, asked again on every version of a page
_notice_heading_line = LineMemo(is_notice_heading)
_numbering_line = LineMemo(numbering)


# A heading that names the site's trade speaks for the site (下载须知, 购买说明, 版权声明);
# 温馨提示 or 注意事项 could head any notice.
_TRADE_HEADING_RE = re.compile(r"下载|购买|文档|资料|资源|付费|会员|版权|免责|上传|平台|网站|本站|用户|服务条款|交易|退款|充值|积分|金币")


# The fewest lines with text each edge holds, on a page too short for a third of it.
MIN_EDGE_LINES = 5


def disclaimer_blocks(lines: Sequence[Line], body: Sequence[bool], edge: int = 25) -> list[tuple[int, str]]:
    """``(index, reason)`` of every line of a document site's notice block.

    A block is a notice heading and the lines under it, or a run of two or more lines
    numbered alike; together they must use three word families, one of rights, hedging
    or customer service and one of the site or its users (or a noun only such a site
    uses: 文档, 范文), and each line at least one family.
    A single unnumbered line may stand alone when it does all that by itself. The block
    stands among the first or last ``edge`` lines with text, with no body paragraph
    before it (the head) or none after it (the tail), so a list in an article about
    copyright stays."""
    text_idx = list(compress(range(len(lines)), map(str.strip, map(attrgetter("text"), lines))))
    if not text_idx:
        return []
    # the region is the first and the last ``edge`` lines with text: positions in text_idx
    # below ``head`` or from ``tail`` on; a block may run on past them
    # (on a short page a third at either end: the middle of any page is not its edge)
    n = len(text_idx)
    edge = min(edge, max(MIN_EDGE_LINES, n // 3))
    head, tail = head_past_the_record(lines, body, text_idx, min(edge, n), _notice_heading_line, _numbering_line,
                                      _notice_families, record_kind), max(n - edge, 0)
    # and whatever stands after the last body paragraph: a copy's tail may hold its notices
    # above a long related list, past the last third (not the head: a block under the
    # document's own title, past the head's lines, is the document's)
    # (a notice's own item may read as a paragraph: 本网站提供的文档…，请读者自行判断。)
    # (the last paragraph only, looked for from the end: the body's lines between need no verdict)
    last_paragraph = next((p for p in range(n - 1, -1, -1)
                           if body[text_idx[p]] and not _notice_like(lines[text_idx[p]].text)), None)
    if last_paragraph is not None:
        tail = min(tail, last_paragraph + 1)
    # the region's positions in text_idx (the middle of the page holds no block's start)
    positions = [*range(head), *range(max(tail, head), n)]
    texts = [lines[text_idx[p]].text for p in positions]
    stripped = list(map(str.strip, texts))
    # every block speaks of rights, hedges or service: most pages have no such word at their edges
    # (or a heading about the site, whose items may speak only of its trade and its users)
    if not any(_has_notice_word(t) or _notice_heading_line(s) for t, s in zip(texts, stripped)):
        return []
    # a block opens with a heading or with a line of the site's words: most lines at a
    # page's edges are neither, and their run would be empty (the loop visits only these)
    opens = [p for p, t, s in zip(positions, texts, stripped)
             if len(s) <= MAX_NOTICE_LINE and (_notice_families(t) or _notice_heading_line(s))]
    found: list[tuple[int, str]] = []
    pending: list[tuple[list[int], str]] = []  # notices not at the edge (yet)
    run_ends: dict[int, int] = {}  # where each unnumbered run read ends (the scan asks again from later starts)
    p = at = 0
    while (at := bisect_left(opens, p, at)) < len(opens):
        p = opens[at]
        i = text_idx[p]
        s = lines[i].text.strip()
        heading = _notice_heading_line(s)
        first = p + 1 if heading else p
        style = _numbering_line(lines[text_idx[first]].text.strip()) if first < len(text_idx) else None
        alone = not heading and style is None
        run, fams, strong, item_fams = [], set(), 0, []
        q = first
        bare = 0  # items under a heading that use no family (如需帮助可拨打服务热线…)
        while q < len(text_idx) and not (alone and run):
            t = lines[text_idx[q]].text.strip()
            f = _notice_families(lines[text_idx[q]].text)
            if len(t) > MAX_NOTICE_LINE or (style is not None and _numbering_line(t) != style):
                break
            if not f:
                if not (heading and not bare and _bare_item(lines, text_idx, q, style)):
                    break
                bare += 1
            if len(f) < 2 and not _CLAUSE_MARK.search(t) and style is None:
                break  # a title under the block (文艺作品征集评选心得体会) is no notice; it is not numbered
            run.append(text_idx[q])
            item_fams.append(f)
            fams |= f
            strong += len(f) >= 2
            q += 1
        said, alone = "".join(lines[k].text for k in run), alone or not heading and len(run) == 1  # (h35) one numbered item
        if heading and _TRADE_HEADING_RE.search(fold(s)):
            fams.add("site")
        ok = bool(run) and _site_notice(fams, said) and (strong >= (1 if alone else 2) or (heading and strong >= 1))
        if not ok and heading and len(run) >= 2:  # numbered alike, or not numbered at all
            ok = _listed_site_notice(fams, said, item_fams) or _headed_notice(fams, run, lines, s)
            # items numbered alike that each name the site or its copies (〔1〕本站不对…范文… /
            # 〔2〕下载券余额不足时…充值) are its notice in any tone
            ok = ok or style is not None and all(site_evidence(lines[k].text) for k in run)
        shaped = False
        if not ok and len(run) >= 2 and (heading or style is not None):
            # wording no family rule accepts, in a notice's shape and place on a marked copy
            shaped = ok = shaped_copy_notice(lines, body, text_idx, ([i] if heading else []) + run, item_fams,
                                             bool(heading), edge)
        scored, above = None, None
        if not ok:  # (h23) the block scored as a whole: its shape, most items' families, its place
            scored, items, above = _scored_here(lines, body, text_idx, p, first, style, bool(heading), alone, run, edge, run_ends)
            if scored:
                ok, run, alone, q = True, items, False, text_idx.index(items[-1]) + 1
        if ok and alone:
            ok = len(s) <= MAX_LONE_NOTICE and _site_notice(set(_notice_families(s)), s)
            # (h21) the lines right under a notice that stands alone and speak as a notice
            # does (如有侵权，请发邮件至客服邮箱…) are its own, unnumbered as it is
            while ok and q < len(text_idx) and len(lines[text_idx[q]].text.strip()) <= MAX_LONE_NOTICE \
                    and _notice_like(lines[text_idx[q]].text):
                run.append(text_idx[q])
                q += 1
        if ok and not (heading or alone) and len(run) < 2:
            ok = False
        if ok and not heading and not alone and above is None and p > 0 and framed_heading(lines[text_idx[p - 1]].text):
            above = text_idx[p - 1]  # (h23) a heading of any wording over items numbered alike
        block = ([i] if heading else [above] if above is not None else []) + run
        if ok and spoken_about_a_platform(s + said):
            ok = False  # 法官提示 / 1．文库平台对用户上传的文档负有审查义务: the law speaking of a site
        if ok and not scored:
            # a block is the site's only on a page marked as its copy: a site's own notice
            # page (网站维护通知 / 温馨提示 / 1、本站将于…) speaks as the site too
            # (a scored block has asked its place already: scored_block)
            ok = page_marked(lines, body, text_idx, block, edge)
            if not ok and not alone:
                # (h23) a block the family rules accept on a page nothing else marks: scored
                # as a whole, its place may speak for it (the page's first or last lines)
                scored, items, above = _scored_here(lines, body, text_idx, p, first, style, bool(heading), False, run, edge, run_ends)
                if scored:
                    ok, run, q = True, items, text_idx.index(items[-1]) + 1
                    block = ([i] if heading else [above] if above is not None else []) + run
        why = ("a document site's notice" + (" under its heading" if heading else "")
               + (", by its shape and place on a marked copy" if shaped else "")
               + (f", scored as a block: {scored}" if scored else ": " + "+".join(f for f in DOCSITE_CUE_WORDS if f in fams)))
        # (on a short page the head's lines may reach past a body paragraph: a block after
        # one is at the tail all the same, the viewer's lines under it the copy's)
        if ok and (head <= p and not _only_the_copys_after(lines, text_idx, block[-1]) or head > p and any(
                body[k] for k in text_idx[:p]) and not all(the_copys_line(lines[k].text) for k in text_idx if k > block[-1])):
            ok = False  # at the tail, a block with a signature or a date under it is the text's
        if ok and _at_edge(block, body):
            found += [(k, why) for k in block]
            p = q
        else:
            if ok:
                pending.append((block, why))
            p += 1
    return found + _at_edge_once_notices_go(pending, body, found)


def _scored_here(lines: Sequence[Line], body: Sequence[bool], text_idx: Sequence[int], p: int, first: int,
                 style: str | None, heading: bool, alone: bool, run: list[int], edge: int, run_ends: dict[int, int]):
    """:func:`._docsite_block.block_scored` of the block at position ``p``, with this module's readers of a line."""
    return block_scored(lines, body, text_idx, p, first, style, heading, alone, run, _notice_families,
                        _numbering_line, _copys_own_line, edge, run_ends)


def _copys_own_line(t: str) -> bool:
    """The copy's record, its viewer's progress or pager, or a notice heading: where a run
    of a notice's unnumbered items ends."""
    return (record_kind(t) is not None or is_progress_line(t) or is_pager_line(fold(t))
            or _notice_heading_line(t.strip()))


def _only_the_copys_after(lines: Sequence[Line], text_idx: Sequence[int], last: int) -> bool:
    """Every line with text after line ``last`` is the copy's record, its viewer's, a
    notice's or a related list's: nothing of the document (a signature, a date) follows."""
    from ._docsite_related import related_heading, related_item
    from ._docsite_tail import furniture_evidence
    shorts = listed = 0  # lines of words alone pass only in a list that names copies or has a heading
    for i in text_idx:
        if i <= last:
            continue
        t = lines[i].text
        item = related_item(t)
        listed += related_heading(t) or item == "copy"
        # (h28: the copy's record first: 免费获取完整版 is its flag, whether or not a list is left)
        if item == "short" and record_kind(t) is None:
            shorts += 1
        elif not (record_kind(t) is not None or is_progress_line(t) or is_pager_line(fold(t)) or _notice_like(t)
                  or furniture_evidence(t) is not None or related_heading(t) or item in ("copy", "title")):
            return False
    return not shorts or bool(listed)


def _notice_like(s: str) -> bool:
    """A short line that uses two families, one a notice's: an item of a notice, whether or
    not it reads as a paragraph."""
    if len(s.strip()) > MAX_HEADED_ITEM:
        return False
    fams = _notice_families(s)
    return len(fams) >= 2 and bool(fams & _NOTICE_FAMILIES)


def _at_edge_once_notices_go(pending: list[tuple[list[int], str]], body: Sequence[bool],
                             found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The notices kept from the edge only by other notices that read as prose (一）… above
    a long 二）…): with the notices found taken out of the body, as a second pass sees the
    page once they are gone, until no more reach the edge."""
    more: list[tuple[int, str]] = []
    taken = {k for k, _ in found}
    while pending and taken:
        rest = [b and k not in taken for k, b in enumerate(body)]
        reached = [(block, why) for block, why in pending if _at_edge(block, rest)]
        if not reached:
            break
        for block, why in reached:
            more += [(k, why) for k in block if k not in taken]
            taken.update(block)
        pending = [x for x in pending if x not in reached]
    return more


def _at_edge(block: list[int], body: Sequence[bool]) -> bool:
    """No body paragraph outside the block before it, or none after it."""
    inside = set(block)
    before = any(body[k] for k in range(block[0]) if k not in inside)
    after = any(body[k] for k in range(block[-1] + 1, len(body)) if k not in inside)
    return not before or not after
