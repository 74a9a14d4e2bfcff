"""A document site's notice block scored as a whole, by its shape, for wording no family
rule accepts (h23, issue 16).

The family rules of :mod:`._docsite_kinds` want a notice's own words (rights, hedging,
customer service) or a heading the lists know. A site that words its notice otherwise
(``# 注意`` / ``1）范文经多次校对，但难免存在疏漏。`` / ``2）文档的解释权归上传者所有`` /
``3）使用文档前请仔细核对，本站不对使用后果负责``) still prints it in a notice's shape and
place, and this module reads the block by that:

* **shape**: two or more short items numbered alike, or under a heading — any short line
  framed (【…】, 〔…〕, ★…★, ※, #) or ending in a colon, not only a notice noun — or,
  neither, every item speaking the families;
* **words**: most items (two in three) use a family of ``DOCSITE_CUE_WORDS``, the block
  at least three families (two under a notice heading the lists know), among them the
  site speaking of itself or of its users' uploads (本站, 上传者), or rights or hedging
  words with the trade's and the documents': an event's or a form's list says neither;
* **place**: the block opens or closes the page's text (only the copy's record, its cut
  title or its viewer beyond it), a body paragraph stands outside it, and the copy's
  record, pager or progress marks the page outside it — or, numbered or headed, the block
  is the page's first or last lines and speaks three families, rights among them.

All three must hold; the reason in the trail names the families and the shape
(``zhclean explain C401``).
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from .._text import Line
from ._docsite_mark import ends_a_page, frames_a_document, marked_outside, pager_mark_suffices, the_texts_requirements
from ._docsite_voice import narrates, shop_counter
from ._fold import fold

# A heading of any wording: short, with no clause in it, set off as a heading is — in a
# bracket pair, after or between symbols (# 注意, ♪致用户, >> 写在前面, ★须知★), before a
# colon, or with an aside (提醒您（必读）) — and of words alone: no digits, no clause.
MAX_FRAMED_HEADING = 20
MAX_HEADING_WORDS = 12
_CLAUSE = re.compile(r"[，。；！？,;!?]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_OPENERS, _CLOSERS = "【[〔〖〘「『（(<《〈", "】]〕〗〙」』）)>》〉"
_EDGE_MARKS = re.compile(r"^[^\w\u4e00-\u9fff（(【\[〔〖〘「『<《〈]+|[^\w\u4e00-\u9fff）)】\]〕〗〙」』>》〉]+$")
_ASIDE = re.compile(r"[（(][^（()）\d]{1,8}[)）]$")
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,%d}" % MAX_HEADING_WORDS)
_OWN_NUMBERED = re.compile(r"^\s*[(（]?\s*[一二三四五六七八九十\d]{1,3}\s*[)）、.．]\s*\S")


def framed_heading(s: str) -> bool:
    """A short line in a heading's shape, whatever its words: ``# 注意``, ``（本站郑重提醒）``,
    ``♪致用户``, ``>> 写在前面``, ``提醒您（必读）``, ``使用前请看：``.

    >>> framed_heading("# 注意"), framed_heading("（本站郑重提醒）"), framed_heading("使用前请看：")
    (True, True, True)
    >>> framed_heading("♪致用户"), framed_heading(">> 写在前面"), framed_heading("提醒您（必读）")
    (True, True, True)
    >>> framed_heading("（一）健全工作机制"), framed_heading("请注意，本周五停电。"), framed_heading("2019年工作总结")
    (False, False, False)
    >>> framed_heading("社区工会工作总结"), framed_heading("工作总结（2023年）")
    (False, False)
    """
    t = fold(s.strip())
    if not t or len(t) > MAX_FRAMED_HEADING or _CLAUSE.search(t) or len(_HAN.findall(t)) < 2 or _OWN_NUMBERED.match(t):
        return False
    core = _EDGE_MARKS.sub("", t).strip()
    framed = core != t
    if len(core) >= 2 and core[0] in _OPENERS and core[-1] == _CLOSERS[_OPENERS.index(core[0])]:
        core, framed = core[1:-1].strip(), True
    m = _ASIDE.search(core)
    if m and m.start() >= 2:
        core, framed = core[:m.start()].strip(), True
    return framed and bool(_WORDS.fullmatch(core))


# Most items speak the families; the block as a whole uses this many, one of the site's.
MIN_ITEM_SHARE = 2 / 3
MIN_KNOWN_HEADING_SHARE = 1 / 2
MIN_BLOCK_FAMILIES = 3
MIN_STRONG_FAMILIES = 3
_SITE_VOICE = frozenset(["site", "upload"])
_RIGHTS_OR_HEDGE = frozenset(["rights", "hedge"])
MAX_BLOCK_ITEM = 100
# what only a site holding copies says: it takes a copy down, or sells it in its own coin
# (not 会员 or 积分 alone: a union speaks of its members and their points)
_SITES_OWN = re.compile(r"侵权|删除|下架|屏蔽|举报|下载券|金币|VIP|vip|扣费|售出|虚拟|充值|退款|预览|不予返还|不予退还|扣除的积分|积分不予")
MIN_BLOCK_ITEMS = 2


def scored_block(lines: Sequence[Line], body: Sequence[bool], text_idx: Sequence[int], run: Sequence[int],
                 heading: int | None, families: Callable[[str], frozenset[str]], numbered: bool,
                 edge: int, known_heading: bool = False) -> str | None:
    """The reason when ``run`` (under ``heading`` or not) is a site's notice by its shape,
    words and place, else ``None``."""
    if len(run) < MIN_BLOCK_ITEMS or any(len(lines[k].text.strip()) > MAX_BLOCK_ITEM for k in run):
        return None
    item_fams = [families(lines[k].text) for k in run]
    spoken = sum(bool(f) for f in item_fams)
    # neither numbered nor headed, every item must speak the families
    if not (numbered or heading is not None or spoken == len(run)):
        return None
    fams = frozenset().union(*item_fams)
    # (under a heading the lists know, two families do: 声明与提示 / 1.、… / 2.、…本平台…)
    # (under a known heading, half the items: ✪ 重要声明 / １．请勿将下载的文档用于… / １．本声明未涉及…)
    share = MIN_KNOWN_HEADING_SHARE if known_heading else MIN_ITEM_SHARE
    if spoken < share * len(run) or len(fams) < MIN_BLOCK_FAMILIES - known_heading:
        return None
    # the site or its users speak, or the notice's and the trade's words about the copies
    # (〔1〕文档侵权举报电话… / 〔2〕下载过程中如遇问题，请联系在线客服…)
    # (service alone is an event's too: 报名资料请下载填写 / 如有疑问请咨询服务热线)
    block = ([heading] if heading is not None else []) + list(run)
    # (h28) or the shop's counter selling the copies: 客服 / 站长 with the trade's and a notice's words
    # (Q1：投诉请拨打客服热线 / Q2：充值金额不予退还，请谨慎操作)
    shop = "trade" in fams and bool(fams & _RIGHTS_OR_HEDGE) and any(shop_counter(lines[k].text) for k in run)
    # (h28: neither numbered nor headed, the notice's words must be rights, not hedging: a text's
    # own last lines, 文件编号：…〔2023〕58号 / 售价：每册11元，…不得向职工摊派。, hedge and trade too)
    notice = fams & _RIGHTS_OR_HEDGE if numbered or heading is not None else fams & {"rights"}
    if not (fams & _SITE_VOICE or notice and {"trade", "document"} <= fams or shop):
        return None
    if the_texts_requirements(lines, run, item_fams):
        return None  # (lead, stop 45) 1．参赛作品以文档形式提交至指定邮箱； / 2．…上传至工会APP
    # (lead, stop 45) right above the end of the preview or a page's number, the text's own last
    # lines there: only the copy's lines above can frame it (as _docsite_mark.shaped_copy_notice)
    if not frames_a_document(lines, body, text_idx, block, from_below=not ends_a_page(lines, text_idx, block)):
        return None
    # the copy's marks outside the block; or, numbered or headed, a block that opens or
    # closes the page's text and speaks three families, rights among them
    opens_or_closes = block[0] == text_idx[0] or block[-1] == text_idx[-1]
    # (rights, not hedging: any notice hedges, 恕不接待, 请勿迟到; an event's list says nothing of 版权)
    # (h32) and the site or its users speak, or the site's takedown or its trade's own nouns: a
    # library's rules (电子资源仅限内网下载，不得用于商业用途，版权归原作者所有 / 损坏图书的…请联系
    # 管理员) say rights, trade and service, never 本站, 上传者, 侵权…删除 or 下载券
    strong = ((numbered or heading is not None) and len(fams) >= MIN_STRONG_FAMILIES and "rights" in fams
              and bool(fams & _SITE_VOICE or any(_SITES_OWN.search(fold(lines[k].text)) for k in block)))
    # (lead, stop 45: a pager alone marks a paged text too; its own last list names documents
    # and uploads as well, _docsite_mark.pager_mark_suffices)
    marked = marked_outside(lines, text_idx, block, edge) and pager_mark_suffices(item_fams, lines, text_idx, block, edge)
    if not (marked or strong and opens_or_closes):
        return None
    shape = "numbered alike" if numbered else "under a heading" if heading is not None else "every item speaking them"
    return f"{'+'.join(sorted(fams))}, {spoken} of {len(run)} items, {shape}, framing the copy"


def numbered_run(lines: Sequence[Line], text_idx: Sequence[int], start: int,
                 numbering: Callable[[str], str | None]) -> list[int]:
    """The lines from position ``start`` of ``text_idx`` numbered as the first is, whatever
    their words (an item without a family word stays in the run: the block is scored)."""
    style = numbering(lines[text_idx[start]].text.strip()) if start < len(text_idx) else None
    if style is None:
        return []
    run = []
    for q in range(start, len(text_idx)):
        t = lines[text_idx[q]].text.strip()
        if numbering(t) != style or len(t) > MAX_BLOCK_ITEM:
            break
        run.append(text_idx[q])
    return run


_CLAUSE_OR_STOP = re.compile(r"[，。；！？,;!?：:]")


def unnumbered_run(lines: Sequence[Line], body: Sequence[bool], text_idx: Sequence[int], start: int,
                   families: Callable[[str], frozenset[str]], stop: Callable[[str], bool] = lambda t: False,
                   ends: dict[int, int] | None = None) -> list[int]:
    """The lines from position ``start`` of ``text_idx`` that each read as a notice's item:
    short, a family word in it, and a clause mark or two families (a title under the block,
    文艺作品征集评选心得体会, is neither); never a body paragraph (为方便群众办事，窗口提供
    资料下载…: with neither numbering nor heading, nothing but its words would speak for it),
    and it ends at a heading or at a line ``stop`` names (the copy's record, its viewer: a
    sentence of the text above them is no item of a notice below them).

    ``ends``, when given, remembers where the run from each position read ends, for one
    scan of a page whose ``families`` and ``stop`` stay the same: a line's verdict does not
    depend on where the run started, so a run from a later start ends where this one does.
    (A scan tries a block at each start of its edge region; without it a page of a
    thousand short lines that each read as an item had every run read to its end from each
    start: 1.6 s for 40k characters.)"""
    q, end, read = start, None, []
    while q < len(text_idx):
        if ends is not None and q in ends:
            end = ends[q]
            break
        if not _item_shaped(lines, body, text_idx, q, families) or stop(lines[text_idx[q]].text.strip()):
            end = q
            break
        read.append(q)
        q += 1
    if end is None:
        end = len(text_idx)
    if ends is not None:
        ends.update(dict.fromkeys(read, end))
        if q < len(text_idx):  # the line that stopped the run (its own run is empty), or one known
            ends.setdefault(q, end)
    return [text_idx[k] for k in range(start, end)]


def _item_shaped(lines: Sequence[Line], body: Sequence[bool], text_idx: Sequence[int], q: int,
                 families: Callable[[str], frozenset[str]]) -> bool:
    """Whether the line at position ``q`` can be an item of :func:`unnumbered_run`, its
    ``stop`` aside (the cheap tests: the stop reads the copy's record, 130 µs a new line)."""
    t = lines[text_idx[q]].text.strip()
    f = families(lines[text_idx[q]].text)
    # (h40) nor a text's own report of what happened: 文章发表后被多家媒体转载，阅读量超过30万次，
    # 引发了广泛的讨论。 above the viewer's 加入VIP 享海量文档 is no notice of two items
    return not (body[text_idx[q]] or len(t) > MAX_BLOCK_ITEM or not f or not (_CLAUSE_OR_STOP.search(t) or len(f) >= 2)
                or framed_heading(t) or narrates(t))


def block_scored(lines: Sequence[Line], body: Sequence[bool], text_idx: Sequence[int], p: int, first: int,
                 style: str | None, heading: bool, alone: bool, run: Sequence[int],
                 families: Callable[[str], frozenset[str]], numbering: Callable[[str], str | None],
                 stop: Callable[[str], bool], edge: int,
                 run_ends: dict[int, int] | None = None) -> tuple[str | None, list[int], int | None]:
    """``(reason, items, heading above)`` of the block that opens at position ``p`` of
    ``text_idx`` (with its heading, when ``heading``, and its items from ``first``),
    scored as a whole: items numbered alike (``style``) whatever their words, or the
    family rules' ``run`` under a heading, or, ``alone``, lines neither numbered nor headed
    that each speak the families; with a heading of any wording above them (# 注意,
    （本站郑重提醒）) when there is none of the lists'. ``(None, [], None)`` when it fails.
    ``run_ends`` is :func:`unnumbered_run`'s memo, for the blocks of one page's scan."""
    above = text_idx[p - 1] if not heading and p > 0 and framed_heading(lines[text_idx[p - 1]].text) else None
    if heading or style is not None:
        items = numbered_run(lines, text_idx, first, numbering) if style is not None else list(run)
        reason = scored_block(lines, body, text_idx, items, text_idx[p] if heading else above, families,
                              style is not None, edge, known_heading=heading)
    elif alone:
        # (h28) the run ends where numbered items begin: a text's own last lines above a
        # numbered notice are no items of it (会员积分可兑换电影票… / （1）虚拟商品一经售出…)
        # (a run shorter than a block's fewest items scores nothing: known from the cheap
        # tests of its first lines, no stop asked; the numbering, a memo, before the stop)
        if p + MIN_BLOCK_ITEMS > len(text_idx) or not all(_item_shaped(lines, body, text_idx, q, families)
                                                           for q in range(p, p + MIN_BLOCK_ITEMS)):
            return None, [], None
        items = unnumbered_run(lines, body, text_idx, p, families, lambda t: numbering(t) is not None or stop(t),
                               run_ends)
        reason = scored_block(lines, body, text_idx, items, above, families, False, edge)
    else:
        return None, [], None
    return (reason, items, above) if reason else (None, [], None)



# how far past the head's edge a notice may start once the record's lines are not counted
MAX_RECORD_LINES_AT_HEAD = 6
# a record line holds a digit, a colon or a bracket (上传时间：…, 12页, 【VIP】), or is short (a
# flag): the lines the record reader is asked about at the head
_RECORD_HINT = re.compile(r"[\d:：【】\[\]〔〕〖〗()（）|｜]|^.{1,10}$")


def head_past_the_record(lines: Sequence[Line], body: Sequence[bool], text_idx: Sequence[int], head: int,
                         heading: Callable[[str], bool], numbering: Callable[[str], str | None],
                         families: Callable[[str], frozenset[str]], record_kind: Callable[[str], str | None]) -> int:
    """(h32) The head's edge (a count of lines with text), past it to a notice that starts
    just after it when only the copy's own lines stand above that notice: its first line
    (the cut title), its record, headings and the notice's items. On a short copy an echo
    and three record lines would leave the notice right under them out of the head; a
    notice under the document's own title (网站维护通知 / 温馨提示：/ 1、…) is the text's and
    stays out. Asked only when a notice may start just past the edge (most pages: none, and
    the record reader is not asked)."""
    def notice_start(s: str) -> bool:  # a notice heading, or a numbered line of the notice families
        t = s.strip()
        return len(t) <= MAX_BLOCK_ITEM * 2 and (heading(t) or numbering(t) is not None and bool(families(s)))

    start = next((q for q in range(head, min(head + MAX_RECORD_LINES_AT_HEAD, len(text_idx)))
                  if not body[text_idx[q]] and notice_start(lines[text_idx[q]].text)), None)
    if start is None:
        return head
    for q in range(1, start):
        t = lines[text_idx[q]].text
        if body[text_idx[q]] or not (notice_start(t) or framed_heading(t)
                                     or _RECORD_HINT.search(t) is not None and record_kind(t) is not None):
            return head
    return start + 1
