"""The page mark: evidence that a page IS a document site's copy, outside its notices.

A site speaks as itself (本站, 本平台, 客服, 敬请谅解) on its own notice pages as well — a
maintenance notice, a cloud provider's price announcement — so a notice block (under a
heading or numbered) is the copy's chrome only when the page carries a copy's marks: the site's record
of the copy (上传时间, 文档页数), its viewer's progress or pager, a word that names its
copies (下载券, 上传者), a first line that echoes the title with a page count glued on,
or a block in the site's voice (``site_evidence``) standing at the very edge of the text,
before the copy's title or after its last line, a body paragraph beside it; or the block says what only a document site says of its copies (the known
disclaimer phrasings, 下载券, 本文库).
"""
from __future__ import annotations

import re
from typing import Sequence

from .._text import Line
from ._docsite_head_pairs import pairs_row
from ._docsite_pager import is_pager_line
from ._docsite_record import is_doc_meta_line, record_kind
from ._docsite_tail import furniture_evidence
from ._docsite_voice import hands_in
from ._fold import fold, fold_any_length
from .vocab import DISCLAIMER_RE, MEMBER_SHARE_RE, PROGRESS_LINE_RE, PROGRESS_LINK_RE
from .vocab_progress import PROGRESS_SHAPES_RE

# What makes a block the site's at all: the site speaking of itself (本站, 本平台, 本文库),
# its users' uploads (用户上传, 上传者) or its copies' trade (下载券, 积分下载, 售价 5 元). Not a
# noun for documents (文档, 范文, 网盘, 预览, 充值): an archive's 复制文档, a company's 个人网盘,
# a call for 范文 and a card's 线上充值 name them as well; not 文库 said of a platform (某文库平台,
# a news story about one); and not the tone families (rights, hedge, service), which any
# notice has: 注意事项 / 1．严禁…违规者将依法追究法律责任 / 2．…工作日… names no site.
_SITE_EVIDENCE_RE = re.compile(
    r"本站|本网(?!讯)|本平台|站内|本文库|我站|本资料库|用户上传|自行上传|网友上传|会员上传|整理上传|上传者|上传人|上传分享"
    r"|网友分享|会员分享|用户分享|网友整理|网友投稿|用户投稿|由网友|存储空间|来源于(?:互联)?网络?|来自(?:互联)?网络?|收集于网络|网络收集"
    r"|下载券|积分下载|(?:VIP|vip|会员)(?:免费)?下载|金币|已购|重新下载|扣费|售出|虚拟商品|扫描版本|付费下载"
    r"|售价\s*[:：]?\s*\d+(?:\.\d+)?\s*(?:元|积分|下载券)"
    # the copies as what one downloads (资料下载后请用WPS打开, 请勿将下载的资源用于盈利)
    r"|(?:资料|资源|范文)下载后|下载(?:后)?的(?:资料|资源|范文)"
    # paid for, unlocked, kept in the buyer's account (付费内容一旦解锁, 保存至个人中心)
    r"|付费(?:内容|资料|资源)|解锁|保存至个人中心"
    # previewed before it is bought (下载前请先预览，确认无误后再购买): not 报告可在线预览
    r"|(?:下载|购买)前.{0,4}预览|预览.{0,10}(?:再|后)(?:购买|下载)"
    # the shop's voice: its desk sells (联系客服购买), and it answers whoever finds their work
    # in its copies (如资源侵犯了您的合法权益); a third party's (权利人可向平台发出通知) does not
    r"|客服购买|侵[犯害]了?您的"
    # a download paid for (付款成功但未能下载的，系统将自动退回)
    r"|(?:付款|支付|购买)成功.{0,6}下载")


def site_evidence(s: str) -> bool:
    """``s`` is the site speaking of itself, its users' uploads or its copies' trade (本站,
    用户上传, 下载券), not a noun for documents.

    >>> site_evidence("本站所有资料均由用户上传"), site_evidence("查阅电子文档须经档案馆审批")
    (True, False)
    """
    return bool(_SITE_EVIDENCE_RE.search(fold_any_length(s)) or DISCLAIMER_RE.search(s))


# A platform spoken of, not speaking: put under a duty (平台应承担, 负有审查义务), told of
# (向平台发出通知), one of many (某文库平台). A site's own notice says 本站 or 我们 instead.
_ABOUT_A_PLATFORM_RE = re.compile(r"平台(?:应(?!用)|应当|须(?!知)|负有|收到通知|对用户上传)|向(?:该|涉事)?平台(?:发出|提交|投诉)|某\S{0,6}平台")
_SELF_REFERENCE_RE = re.compile(r"本站|本平台|本网站|本文库|我站|我们|我司")


def spoken_about_a_platform(s: str) -> bool:
    """``s`` speaks of a platform in the third person and never as itself: a court's or a
    reporter's words on a document site, whatever uploads or rights they name.

    >>> spoken_about_a_platform("文库平台对用户上传的文档负有合理审查义务")
    True
    >>> spoken_about_a_platform("本平台所有资料均由用户上传，平台应用户要求删除")
    False
    """
    t = fold_any_length(s)
    return bool(_ABOUT_A_PLATFORM_RE.search(t)) and not _SELF_REFERENCE_RE.search(t)


# ---------------------------------------------------------------- the viewer's progress
MAX_PROGRESS_LINE = 40


def is_progress_line(s: str, links: bool = False) -> bool:
    """A viewer's progress or end-of-preview line: short, and a reading word with an end,
    a remainder or a percentage (已阅读到文档的结尾了, 阅读进度：60%, 剩余4页未读); with
    ``links``, its links too (继续阅读, 点击加载更多), which article pages share."""
    t = fold(s.strip())
    if not 0 < len(t) <= MAX_PROGRESS_LINE or _sentence_of_body(t):
        return False
    return bool(_reads_as_progress(t) or links and PROGRESS_LINK_RE.search(t))


def progress_kind(s: str) -> str | None:
    """``"progress"`` where :func:`is_progress_line` holds, ``"progress-link"`` where it
    holds only with ``links``, else ``None``: the two questions for the price of one (the
    viewer's verdict asks both of every line).

    >>> progress_kind("剩余6页未读"), progress_kind("点击加载更多内容"), progress_kind("正文")
    ('progress', 'progress-link', None)
    """
    t = fold(s.strip())
    if not 0 < len(t) <= MAX_PROGRESS_LINE or _sentence_of_body(t):
        return None
    if _reads_as_progress(t):
        return "progress"
    return "progress-link" if PROGRESS_LINK_RE.search(t) else None


def _reads_as_progress(t: str) -> bool:
    # each pattern's ``search`` (see split_anchored)
    return bool(_LINE_AT_START.match(t) or _LINE_ANYWHERE.search(t) or _PREVIEW_PAGES.match(t)
                or _SHAPES_AT_START.match(t) or _SHAPES_ANYWHERE.search(t))


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level (outside groups and classes), in
    order: ``"|".join`` of them is ``pattern``.

    >>> top_level_branches(r"^a(?:b|c)$|[|)]d|\\|e")
    ['^a(?:b|c)$', '[|)]d', '\\\\|e']
    """
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1  # the escaped character is never a bracket or a bar
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)  # [^…] and []…], []: the first ] is a member
            i += pattern.startswith("]", i + 1)
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def split_anchored(rx: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``rx`` as two patterns, its ``^``-anchored alternatives and the others: without
    MULTILINE an anchored one can only match at the start, so ``rx.search(t)`` finds a
    match exactly when the first ``.match(t)`` does or the second ``.search(t)`` does.
    Searched whole, each anchored alternative is tried at every offset of the line (and a
    ``^`` among them keeps the search from skipping to a first character any alternative
    can start with): C402's viewer verdict, asked of every line of 40 characters or fewer,
    searched PROGRESS_SHAPES_RE in 3.4 µs a line, where the two take 0.9 (c5's lines)."""
    branches = top_level_branches(rx.pattern)
    at_start = [b for b in branches if b.startswith("^")]
    anywhere = [b for b in branches if not b.startswith("^")]
    never = "(?!)"
    return re.compile("|".join(at_start) or never, rx.flags), re.compile("|".join(anywhere) or never, rx.flags)


_LINE_AT_START, _LINE_ANYWHERE = split_anchored(PROGRESS_LINE_RE)
_SHAPES_AT_START, _SHAPES_ANYWHERE = split_anchored(PROGRESS_SHAPES_RE)


# How many pages the viewer lets one read, the whole line: 本文档仅提供7页预览, 前5页免费预览,
# 只能预览前3页 (not 前3页为目录, 报告前10页是摘要: the preview word ends the line)
_PREVIEW_PAGES = re.compile(
    r"^(?:本文档|本文|本资料|该文档|此文档|文档)?\s*(?:仅|只|只能|仅能|可)?\s*(?:提供|展示|显示|开放|预览|试读|免费)?\s*"
    r"(?:前\s*)?\d{1,4}\s*页\s*(?:内容)?\s*(?:可|可以)?(?:免费)?\s*(?:预览|试读|试看|在线阅读)[。.!！]?$"
    # the viewer's count of the pages it shows: 本文档预览页数为9页, 试读页数：5页
    r"|^(?:本文档|本文|本资料|该文档|此文档|文档)?\s*(?:预览|试读|试看|可读)页数\s*(?:为|是|[:：])?\s*\d{1,4}\s*页[。.!！]?$")


def _sentence_of_body(t: str) -> bool:
    # a sentence with its own subject and stop (请与会人员认真研读。) is text, not a button
    return t.endswith("。") and len(t) > 20


# ---------------------------------------------------------------- the page mark
# the longest line read for a mark (a notice line is at most this long)
MAX_MARK_LINE = 200
# What names the copies on a page, wherever it stands (not 本站 or 客服: any site says them).
COPY_WORDS_RE = re.compile(r"本文库|下载券|上传者|用户上传|积分下载|(?:VIP|vip)(?:免费)?下载")
# What a block says only of a document site's copies (not 用户上传的资料, which a site
# under maintenance promises to keep).
BLOCK_COPY_WORDS_RE = re.compile(r"本文库|下载券|上传者|积分下载|(?:VIP|vip)(?:免费)?下载")


def copy_line(t: str) -> bool:
    """Line ``t`` is the copy's: its record, its viewer's progress, pager or member note,
    or a word that names its copies."""
    if len(t) > MAX_MARK_LINE:
        return False
    f = fold_any_length(t)
    return bool(is_doc_meta_line(t) or is_progress_line(t) or is_pager_line(f)
                or MEMBER_SHARE_RE.search(f) or COPY_WORDS_RE.search(f))


# How much of a first line must start a line below it for the line to echo the title,
# and how far below the title may stand.
MIN_ECHO_STEM = 6
MAX_ECHO_DISTANCE = 3
_SENTENCE_MARK = re.compile(r"[。；;！!，,]")


def _echoes_below(lines: Sequence[Line], i: int, below: Sequence[int]) -> bool:
    """Line ``i``, the page's first, is the copy's cut title (``在志愿服务结对共建推进会（共39页）``
    over ``在志愿服务结对共建推进会上的讲话``): short, no sentence, and its first characters
    start one of the first lines after the block."""
    head = lines[i].text.strip()
    if not MIN_ECHO_STEM <= len(head) <= MAX_MARK_LINE // 3 or _SENTENCE_MARK.search(head):
        return False
    stem = head[:MIN_ECHO_STEM]
    return any(lines[k].text.strip().startswith(stem) and lines[k].text.strip() != head
               for k in below[:MAX_ECHO_DISTANCE])


def _the_copys(t: str) -> bool:
    """Line ``t`` is the copy's record, its viewer's (pager, progress, member note),
    furniture the viewer prints (247人已付费下载, 下载 (144)) or a row of labelled values
    no record reader takes (下载券～1个 ◆ 资源主人～匿名用户, :mod:`._docsite_head_pairs`)."""
    return record_kind(t) is not None or copy_line(t) or furniture_evidence(t) is not None or pairs_row(t)


def _frames_a_document(lines: Sequence[Line], body: Sequence[bool], text_idx: Sequence[int],
                       block: Sequence[int], from_below: bool = True) -> bool:
    """``block`` opens or closes the page's text (only the copy's record or viewer stands
    beyond it: 编辑精选, 上传时间：…, 下载 (144), or before it the copy's cut title that the title below
    takes up), and a body paragraph stands outside it: the copy's frame, not
    a notice inside a notice page (网站维护通知 / 温馨提示 / … / 某某网 / 2023年6月8日).
    Not ``from_below``, only the lines before the block can frame it."""
    inside = set(block)
    before = [i for i in text_idx if i < block[0]]
    after = [i for i in text_idx if i > block[-1]]
    framed = (all(_the_copys(lines[i].text) or k == 0 and _echoes_below(lines, i, after) for k, i in enumerate(before))
              or from_below and all(_the_copys(lines[i].text) for i in after))
    return framed and any(b and k not in inside for k, b in enumerate(body))


# The fewest first and last lines with text read for the copy's marks (C402's EDGE_LINES).
MARK_WINDOW = 15


def _marked_outside(lines: Sequence[Line], text_idx: Sequence[int], block: Sequence[int], edge: int) -> bool:
    # (the first or last ``edge`` lines with text outside the block: a block at the tail
    # does not push the copy's progress line out of the window)
    # (on a short page, whose edge is a third of it, as far as C402 looks for the copy's
    # marks: a viewer's pager between the last paragraphs marks the copy as well)
    inside = set(block)
    outside = [i for i in text_idx if i not in inside]
    window = max(edge, MARK_WINDOW)
    if any(copy_line(lines[i].text) for i in outside[:window] + outside[-window:]):
        return True
    # or the page's first line is the copy's cut title with its pages or file type glued on
    first = text_idx[0] if text_idx else None
    return (first is not None and first not in inside and copy_glue(lines[first].text)
            # (h32: the title below the block and the copy's record, not within three lines of them)
            and _echoes_below(lines, first, [i for i in text_idx if i > first and i not in inside
                                              and record_kind(lines[i].text) is None]))


# What a document site glues on a copy's cut title, and no article's browser title ends
# with: the copy's pages (12页, 共12页, (12P), 【12页】), its file type (.docx, .pdf 12页),
# its edition for download (（word版）, （可编辑）, (免费下载)), or an ellipsis where it was cut.
_COPY_GLUE = re.compile(
    r"(?:[\s_\-–—|｜]*[(（【\[〔]?\s*(?:共\s*)?\d{1,4}\s*(?:页|[Pp])\s*[)）】\]〕]?"
    r"|\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)(?:\s*\d{1,4}\s*页)?"
    r"|\s*[(（【\[〔]\s*(?:word|Word|WORD|doc|DOC|pdf|PDF)?版?\s*(?:可编辑|免费下载|完整版|word版|Word版|WORD版|可下载)\s*[)）】\]〕]"
    # (h32) or the mark of the cut itself, when the cut title echoes the one below: 劳模工匠进校园工…
    r"|(?<=[\u4e00-\u9fff])(?:…+|\.{3,}))$")


def copy_glue(t: str) -> bool:
    """Line ``t`` ends in the glue a document site puts on a copy's cut title: its pages,
    its file type, its edition (``关于推进职工书屋建设的实施 (12页)``, ``…讲话.docx``).

    >>> copy_glue("关于推进职工书屋建设的实施 (12页)"), copy_glue("在推进会上的讲话.docx"), copy_glue("工作总结_嵊州新闻网")
    (True, True, False)
    """
    return bool(_COPY_GLUE.search(t.strip()))


# A notice-shaped block on a marked copy: families its items must use together, and the
# families one of which makes it a notice or the site's trade.
MIN_SHAPED_FAMILIES = 2
_NOTICE_OR_TRADE = frozenset(["rights", "hedge", "service", "trade"])
# without its heading (a rule before C401 may take one: ``>> 下载前必读`` reads as a trail)
MIN_UNHEADED_FAMILIES = 3
MAX_SHAPED_ITEM = 100


def shaped_copy_notice(lines: Sequence[Line], body: Sequence[bool], text_idx: Sequence[int], block: Sequence[int],
                       item_families: Sequence[frozenset[str]], headed: bool, edge: int) -> bool:
    """A block whose wording no family rule accepts is still the copy's notice by its shape
    and place: two or more short items, numbered alike (under a heading or not), each with
    a family word, together two families with a notice's or the trade's (阅读须知(重要) /
    第1条：范文经多次校对，但难免存在疏漏。 / 第2条：请勿传播资源…), standing where a copy's
    notices stand (only the copy's record or its cut title before it, or only its record
    after it, a body paragraph beside it), on a page the copy's record, pager or progress
    marks outside the block."""
    fams = frozenset().union(*item_families) if item_families else frozenset()
    if (len(item_families) < 2 or not all(item_families) or not fams & _NOTICE_OR_TRADE
            or len(fams) < (MIN_SHAPED_FAMILIES if headed else MIN_UNHEADED_FAMILIES)):
        return False
    run = block[1:] if headed else block
    if the_texts_requirements(lines, run, item_families):
        return False
    if any(len(lines[k].text.strip()) > MAX_SHAPED_ITEM for k in run):
        return False
    # (lead, stop 45) a block right above the viewer's end of the preview (试读已结束) or a page's
    # number ends the text's preview or its page: its last lines there, a list of its own
    # (工作要求 / 1) …形成文档，按时上传… / 2) 下载报名表… / 试读已结束); only the copy's lines
    # above it can make it the site's
    if not (_frames_a_document(lines, body, text_idx, block, from_below=not _ends_a_page(lines, text_idx, block))
            and _marked_outside(lines, text_idx, block, edge)):
        return False
    # (a pager alone marks any paged text as well as a copy: then the items must name the
    # copy or the site, not only a form to download and a phone to call, 【报名须知】 /
    # 1. 报名表请在…网站下载 / 2. 如有疑问，请联系客服电话…)
    return pager_mark_suffices(item_families, lines, text_idx, block, edge)


def _ends_a_page(lines: Sequence[Line], text_idx: Sequence[int], block: Sequence[int]) -> bool:
    """The first line with text after ``block`` is the viewer's progress (试读已结束) or a
    pager (第1页 共3页, - 2 -): where the text's preview or one of its pages ends."""
    after = next((i for i in text_idx if i > block[-1]), None)
    return after is not None and (is_progress_line(lines[after].text) or is_pager_line(fold_any_length(lines[after].text)))


def the_texts_requirements(lines: Sequence[Line], block: Sequence[int], item_families: Sequence[frozenset[str]]) -> bool:
    """(lead, stop 45) An item of ``block`` tells the reader to hand something in (…按时上传至
    平台, 下载报名表，填写完整后报送…, 于6月14日前) and none speaks as the site (本站, 用户上传,
    下载券) or of rights: the text's own requirements, whatever documents, uploads and
    downloads they name, and no notice of the site's on its copies."""
    texts = [lines[k].text for k in block]
    return (any(map(hands_in, texts)) and not any(map(site_evidence, texts))
            and not any("rights" in f for f in item_families))


# the families that name the copy or the site itself (文档, 上传者, 本站)
_THE_COPYS_OWN = frozenset(["document", "upload", "site"])


def _marked_by_a_pager_alone(lines: Sequence[Line], text_idx: Sequence[int], block: Sequence[int], edge: int) -> bool:
    """Every mark of the copy outside ``block`` is a pager (第2页 / 共5页), which a paged
    text prints too."""
    inside = set(block)
    outside = [i for i in text_idx if i not in inside]
    window = max(edge, MARK_WINDOW)
    marks = [i for i in dict.fromkeys(outside[:window] + outside[-window:]) if copy_line(lines[i].text)]
    return bool(marks) and all(is_pager_line(fold_any_length(lines[i].text)) and not is_doc_meta_line(lines[i].text)
                               and not is_progress_line(lines[i].text) for i in marks)


def pager_mark_suffices(item_families: Sequence[frozenset[str]], lines: Sequence[Line], text_idx: Sequence[int],
                        block: Sequence[int], edge: int) -> bool:
    """A notice whose items speak ``item_families`` may go on the page's mark: any mark
    when it names the copy or the site, or one item speaks two families as a site's notice
    does (①下载即视为您已阅读并同意以上条款。); not a pager alone, which any paged text
    prints, when each item speaks one (1. 报名表请在…网站下载 / 2. 如有疑问，请联系客服电话…).
    (A paged text's own requirements that name documents and uploads are no notice
    whatever marks the page: :func:`the_texts_requirements`.)"""
    fams = frozenset().union(*item_families) if item_families else frozenset()
    return (bool(fams & _THE_COPYS_OWN) or any(len(f) >= 2 for f in item_families)
            or not _marked_by_a_pager_alone(lines, text_idx, block, edge))


def page_marked(lines: Sequence[Line], body: Sequence[bool], text_idx: Sequence[int],
                block: Sequence[int], edge: int) -> bool:
    """The page carries a document site's copy marks outside ``block`` (among its first or
    last ``edge`` lines with text), or ``block`` opens or closes the page's text, or says
    what only a document site says of its copies."""
    said = "".join(lines[k].text for k in block)
    if DISCLAIMER_RE.search(said) or BLOCK_COPY_WORDS_RE.search(fold_any_length(said)):
        return True
    if site_evidence(said) and _frames_a_document(lines, body, text_idx, block):
        return True
    return _marked_outside(lines, text_idx, block, edge)


# (the block scorer of :mod:`._docsite_block` asks the same of its blocks)
the_copys_line = _the_copys
frames_a_document = _frames_a_document
ends_a_page = _ends_a_page
marked_outside = _marked_outside
