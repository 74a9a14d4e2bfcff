"""C401–C402: copies from document-sharing sites (doc88, 原创力, 道客巴巴, 豆丁, 360doc, 文库)."""
from __future__ import annotations

import re

from zhclean.rule import Context

from ._fold import MAX_CHROME_LINE, fold
from ._docsite_related import related_lists
from ._docsite_frame import after_the_copys_end, between_the_copys_lines, between_the_copys_tail_lines
from ._docsite_mark import copy_glue
from ._docsite_tail import furniture_evidence
from ._docsite_viewer_shape import viewer_shape
from ._docsite_echo import (_blanked, _repeated_below, _title_echo, echo_past_taken, echoed_by_first_line,
                             may_echo_below, stands_as_title)
from ._docsite_pager import BARE_FRACTION, MAX_PAGER_LINE, fraction_of_a_run
from ._docsite_kinds import is_doc_meta_line, is_pager_line, record_kind
from ._docsite_viewer_rows import is_button_row, is_page_alone
from ._docsite_record import lone_record_item
from ._docsite_split_pairs import other_halves, split_record_pairs
from ._docsite_heading import record_heading
from ._docsite_head_pairs import head_pair_rows
from ._docsite_head_badge import head_badges
from ._docsite_edge_item import first_line_count, lone_items_beside
from ._docsite_record import _read_as
from ._docsite_notice_heading import notice_headings
from ._docsite_one_notice import one_item_notices
from ._docsite_section import _heads_its_section
from ._docsite_mark import progress_kind
from ._kinds import is_disclaimer_line
from .._view import OnView, laid_out_line
from ._line_rule import LineRule
from ._memo import LineMemo
from ._page import Page
from ._titles import first_text_lines, last_text_lines
from .vocab import MEMBER_SHARE_RE

# The disclaimer block sits in the first or last lines of a copy.
EDGE_LINES = 15
MAX_DISCLAIMER_LEN = 200
MAX_SITE_TITLE_LEN = 60

_READER_ITEMS = (
    r"全文阅读已结束|(?:本|该)?(?:文档|资料|范文)下载后(?:可|即可)?(?:编辑|修改|打印)|"
    r"(?:扫码|扫一扫|微信扫码)(?:在手机上|用手机)?(?:阅读|查看|打开)(?:本|此|该)?(?:文档|资料|全文)?|下载本文档|下载(?:此|该)(?:文档|资料)|下载文档到电脑[，,]\s*查找使用更方便|下载文档|免费下载|立即下载|下载到电脑|"
    r"文档评论\s*[(（]\s*\d+\s*[)）]|"
    r"还剩\s*\d+\s*页未读[，,]?\s*(?:继续阅读)?|继续阅读|点击查看更多|展开阅读全文|阅读全文|查看更多|"
    r"本文档共\s*\d+\s*页|文档(?:格式|大小|页数)\s*[:：]\s*\S{0,12}|页数\s*[:：]\s*\d+|下载积分\s*[:：]?\s*\d*|"
    r"\d+\s*下载券|VIP专享文档|付费文档|会员免费|收藏(?:本|此|该)(?:文档|资料|文章)|收藏\s*\d*|(?:版权|侵权)?(?:申诉|投诉|举报)|(?:文档)?纠错|报错|意见反馈|问题反馈|我要(?:评价|评论|纠错|举报|下载)|\d+\s*人觉得(?:有用|有帮助|没用)|加入(?:购物车|书架)|加入VIP|(?:立即|马上)?开通(?:VIP|SVIP|会员)|"
    # a buy button's price in points, the site's offer of the copy, its view of the copy's worth:
    # 下载本文档（17积分）, 想免费下载本文？, 该文档属于精品资料, 79%的人觉得有帮助
    r"[(（]\s*\d+\s*(?:积分|金币|点券)\s*[)）]|(?:想|要)?免费下载(?:本文|此文|本文档|该文档|这篇文档)[?？]?|"
    r"(?:该|本|此)(?:文档|资料|资源)(?:属于|为|是)(?:精品|优质|VIP|付费|免费|原创|共享|热门)(?:文档|资料|资源)|"
    r"\d{1,3}\s*[%％]\s*的?(?:人|用户|网友)觉得(?:有用|有帮助)|"
    # the viewer's panes over the copy: 文档简介, 内容预览, 暂无简介 (not 内容简介, a book's own)
    r"(?:文档|资料|资源)(?:简介|预览|描述|介绍)|内容预览|暂无简介|"
    r"如要提出意见建议，请到.{0,20}|(?:该|本)(?:文档|资料|资源|文件|范文|课件)由\s*\S{1,20}?\s*"
    r"(?:于\s*[\d\-/.年月日]{6,12}\s*)?(?:上传|分享|贡献|提供|发布)(?:分享)?|"
    r"本文档由.{0,20}上传|由\s*\S{1,20}?\s*(?:上传|分享|发布)(?:于\s*[\d\s\-/.年月日天小时分钟周个前]{1,20})?|(?:购买|付费|支付)后(?:可|即可)?下载(?:完整版|全文|文档)?|(?:立即|马上|一键)?购买(?:全文|下载|文档|本文)?|[¥￥]\s*\d+(?:\.\d{1,2})?|(?:正版|原创|版权)保障|(?:正版|原创)(?:文档|资料)|本文由.{0,32}?(?:贡献|上传)|贡献者\s*[:：]?\s*\S{0,16}|"
    r"上传者\s*[:：]?\s*\S{0,16}|分享者\s*[:：]?\s*\S{0,16}|下载量\s*[:：]?\s*\d*|\d+\s*人已下载|\d+\s*页|"
    r"[\d.]+\s*(?:KB|MB|kb|mb)|文档评分|[\d.]+\s*分|保存到网盘|打印|在线阅读|以上内容仅代表作者观点|"
    # how long the copy takes to read: 本文共151字，阅读约需24分钟
    r"(?:本文|全文|本文档)共\s*\d+\s*字[，,]?\s*(?:阅读)?(?:约需|大约需要|需要|约)\s*\d+\s*分钟|"
    r"(?:打开|下载|去)(?:APP|App|app|客户端)(?:阅读|查看)(?:全文)?|文档加载中|广告加载中|加载中(?:\s*[.…。]+\s*(?:请稍候|请稍等|请耐心等待)?)?|该用户很懒，什么也没介绍|免费获取完整文档|获取完整文档|您可能关注的文档|"
    r"转藏(?:到|至)?(?:我的)?(?:图书馆|馆藏)?|全屏|献花\s*[(（]?\s*\d*\s*[)）]?|一键举报|分享|\d+\s*条评论|发表|"
    r"来自\s*[:：]\s*\S{1,20}\s*>\s*《[^》]{1,40}》|阅\s*\d+|转\s*\d+|评\s*\d+|公众号|关注|百度文库|豆丁网|道客巴巴|原创力文档|"
    r"免费下载|加入VIP|下载"  # 下载 alone last: each item is matched atomically, longest first
)
_READER_SEP = r"[\s|｜丨·•/／、，,>»＞]*"
# atomic per item, as CONTROL_LINE_RE: a long run of buttons must fail in linear time
READER_LINE = re.compile(rf"^(?:(?>{_READER_SEP}[【\[(（]?\s*(?:{_READER_ITEMS})\s*[】\])）]?))+{_READER_SEP}$")
# Reader furniture that cannot be body text, wherever it stands.
_UNMISTAKABLE = re.compile(r"全文阅读已结束|加载中\s*[.…。]+\s*请稍|文档评论\s*[(（]\s*\d+\s*[)）]|下载本文档|还剩\s*\d+\s*页未读|下载文档到电脑|本文档由.{0,20}上传|免费获取完整文档")


def _is_site_title(s: str) -> bool:
    """``努力提高自身素质1``: the site's short title line, often with a page digit stuck on."""
    s = s.strip()
    return 2 <= len(s) <= MAX_SITE_TITLE_LEN and not re.search(r"[。；;，]", s)


class DocSiteDisclaimer(OnView, LineRule):
    """Remove a document site's numbered disclaimers and the site title line above them.

    **What it does.** In the first or last lines of a page, deletes the disclaimers that
    document-sharing sites print around a copy (1、下载文档前请自行甄别文档内容的完整性…,
    2、"仅部分预览"的文档…, 3、如文档侵犯您的权益，请联系客服…, 本文档由用户上传…). A short
    line directly above the block — the site's title line, often with a page digit stuck
    on (``努力提高自身素质1``) — goes with it; the document's own title follows the block.
    Without disclaimers, a first line that only echoes the next one with a page digit or
    a site suffix (``_免费文档``, `` - 文库``) goes too. On a copy the site has marked, a short line above
    the first paragraph that stands between two of the site's lines (its record, its
    notices) goes with them, whatever its wording; never the title. A heading of the
    site's own making over its notices (写给读者, 『说在前面』) goes with them, and on a marked
    copy one labelled value of its record at the head (原件号 - 1571445), first or beside them.

    **Why.** The disclaimers belong to the site, not the document, and repeat on every copy.

    **Leaves alone** a body paragraph that discusses copyright or downloads, and a title the
    pages repeat as their running head (title / 1 / title / … : the first is the title).

    **Anti-pattern**::

        努力提高自身素质1
          1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。
          2. 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。
          3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。
        努力提高自身素质,塑造工会干部新形象

    **Best practice**::

        努力提高自身素质,塑造工会干部新形象
    """

    code = "C401"
    name = "chrome.docsite-disclaimer"
    summary = "document-site disclaimers (下载文档前请自行甄别…) and the site title above them"

    def chrome_lines(self, pg: Page, ctx: Context):
        lines = pg.lines
        head = first_text_lines(lines, EDGE_LINES)
        edge = set(head) | set(last_text_lines(lines, EDGE_LINES))
        found = dict(pg.notices)
        for i in sorted(edge):
            if i not in found and len(lines[i].text) <= MAX_DISCLAIMER_LEN and is_disclaimer_line(lines[i].text):
                found[i] = "a document site's disclaimer"
        found.update(one_item_notices(pg, found, EDGE_LINES))  # (h40) 郑重提醒 / 1. 下载次数有限…
        pairs = split_record_pairs(pg)  # (h58) a record field over two lines is the site's, both halves
        echo = _title_echo(lines, pg)
        if echo is None and may_echo_below(lines, head):  # (h58) the record above the echo, a notice after it
            echo = echo_past_taken(lines, pg, set(found) | set(pairs)
                                   | {i for i in head if record_kind(lines[i].text) is not None})
        if echo is not None and _repeated_below(lines, echo):
            echo = None  # the same line twice in a row is the text's own doing, as _titles has it
        second = _title_echo(_blanked(lines, echo), pg) if echo is not None else None
        if second is not None and not _the_viewers(lines[second].text):
            # the next line with text echoes the one below it too (``2019-1`` over
            # ``2019-10-25 17:09…1709`` over ``2019-10-25 17:09…``): a run of cut copies is
            # the text's own, and taking one would leave the next for a second pass
            # (h23: not when that line is the site's record, 原创认证 over the record and
            # 原创认证 again: the record goes in this pass, and the echo with it)
            echo = None
        if echo is not None and echo not in found:
            found[echo] = "a first line that echoes the title"
        elif found:
            first = min(found)
            above = [i for i in range(first) if lines[i].text.strip()]
            if first in head and len(above) == 1 and _is_site_title(lines[above[0]].text):
                found[above[0]] = "the site's title line above its disclaimers"
        if found:  # (h35) and the heading of the site's making over them (写给读者, 敬请留意：)
            for i, why in notice_headings(pg, [i for i, why in found.items() if "notice" in why or "disclaimer" in why]).items():
                found.setdefault(i, why)
        # the site's notices, pager or progress mark the copy now, before they go: its
        # plain record lines and its tail's furniture go with them (C402 and C403 see the
        # copy without them); most pages have none of those lines, and the mark is not asked
        furniture = list(_marked_copy_furniture(pg, pairs))
        # and its related list under a heading no list holds (更多精彩, 大家还在看 / titles)
        taken = set(found) | {i for i, _ in furniture}
        related = list(related_lists(pg.lines, pg.body, lambda j: j in taken or _the_viewers(pg.lines[j].text)))
        # a first line that cuts the title and glues on the copy's page count or file type
        # (关于推进职工书屋建设的实施 (12页), …讲话.docx) marks the copy as well as its notices
        glued = echo is not None and found.get(echo) == "a first line that echoes the title" and copy_glue(lines[echo].text)
        marked = None
        if furniture or related:
            marked = bool(pg.notices or glued or _docsite_copy(pg))
            if marked:
                for i, why in furniture + related:
                    found.setdefault(i, why)
        # (h35) one labelled value no reader takes alone (原件号 - 1571445) at the head of a marked
        # copy, first or beside the lines going (the cut title, the notices): C403 sees it alone
        head_kinds = {i: None for i in head if i < pg.zones.head_end and record_kind(lines[i].text) is None}
        lone = lone_items_beside(pg, head_kinds, set(found) | {i for i, _ in furniture}, _heads_its_section, True)
        if lone and (marked if marked is not None else bool(pg.notices or glued or _docsite_copy(pg))):
            for i in lone:
                found.setdefault(i, "one labelled value of the site's record at the head of a marked copy")
        # (h47) rows of labelled values of any strength above the title, all above it the copy's (not the trade's: C403's)
        rows = head_pair_rows(pg, lambda j: j in found or record_kind(lines[j].text) == "trade", lambda j: _the_viewers(lines[j].text) or record_kind(lines[j].text) is not None)
        if rows and (marked if marked is not None else bool(pg.notices or glued or _docsite_copy(pg))):
            found.update((i, "a row of labelled values above a marked copy's title") for i in rows if i not in found)
        # (h53) a badge of the site's (新, 〖精〗) in the run of the copy's lines that opens the page
        badges = head_badges(pg, lambda j: j in found or _the_viewers(lines[j].text))
        if badges and (marked if marked is not None else bool(pg.notices or glued or _docsite_copy(pg))):
            found.update((i, "a site's badge among the copy's lines above its title") for i in badges if i not in found)
        def sites(j: int) -> bool:
            return j in found or j in pairs or _the_viewers(pg.lines[j].text)
        between = [i for i in between_the_copys_lines(pg, sites)
                   if not echoed_by_first_line(lines, i) and not stands_as_title(pg, i, sites)]
        # (h23) and at the tail: a row no list holds between two of the site's lines
        tail_between = list(between_the_copys_tail_lines(pg, sites))
        if (between or tail_between) and (marked if marked is not None else bool(pg.notices or glued or _docsite_copy(pg))):
            for i in between:
                found.setdefault(i, "a short line between the copy's own lines above its title")
            for i in tail_between:
                found.setdefault(i, "a short line between the copy's own lines after its last paragraph")
        found.update(other_halves(pairs, found))
        return sorted(found.items())


def _the_viewers(t: str) -> bool:
    """Line ``t`` is the copy's record or its viewer's, whatever its place."""
    return record_kind(t) is not None or _viewer_kind(t) is not None or furniture_evidence(t) is not None


def _marked_copy_furniture(pg: Page, split_pairs: dict[int, str]):
    """``(index, reason)`` of the plain record lines and the viewer's button rows in the
    head or tail and of the viewer's furniture in the tail of a copy its notices mark
    (C403's and C402's verdicts on a marked copy, given while the notices that mark it
    are still there). ``split_pairs``: the page's record fields over two lines
    (:func:`._docsite_split_pairs.split_record_pairs`, read once by the caller)."""
    marked_by_more_than_pagers: bool | None = None  # asked once, at the first bare fraction
    for i, line in enumerate(pg.lines):
        if not line.text.strip():
            continue
        in_zone = pg.zones.in_zone(i)
        if not in_zone and len("".join(line.text.split())) > MAX_PAGER_LINE:
            # (between the zones only the viewer's lines taken anywhere off the body count, and
            # they are short once laid out: a pager, a fraction, a progress or pager shape)
            continue
        kind = _viewer_kind(line.text)
        # (the place and the kind first: a line between the zones needs no body verdict unless
        # it may be one of the viewer's lines taken anywhere off the body)
        if not in_zone and kind != "pager" and kind not in _MARKED_ONLY_VIEWER_KINDS or pg.body[i]:
            continue
        if kind == "pager" and BARE_FRACTION.match(fold(line.text)):
            # (a paged copy's page numbers read as pagers: as C402 has it, 3/4 alone is the
            # viewer's only on a copy marked by more than pagers)
            if marked_by_more_than_pagers is None:
                marked_by_more_than_pagers = _docsite_copy(pg, pagers=False)
            kind = "fraction" if marked_by_more_than_pagers else kind
        if kind in _MARKED_ONLY_VIEWER_KINDS:
            # (h23) lines the viewer's only on a marked copy (a bare 3/31, a line read by its
            # shape), taken with the marks before they go: C402 sees the copy without them
            yield i, f"the viewer's {_MARKED_ONLY_VIEWER_KINDS[kind]} on a copy the site's notices or viewer mark"
            continue
        if not in_zone:
            continue
        if record_kind(line.text) == "plain" or split_pairs.get(i) == "plain":
            yield i, "a record line on a copy the site's notices or viewer mark"
        elif _viewer_kind(line.text) == "buttons" and not _heads_its_section(pg, i):
            yield i, "a row of the viewer's buttons on a copy the site's notices or viewer mark"
        elif pg.zones.in_tail(i) and _viewer_kind(line.text) is None:
            evidence = furniture_evidence(line.text)
            if evidence:
                yield i, f"the viewer's furniture at the tail of a copy the site's notices or viewer mark: {evidence}"


# The viewer's lines C402 takes only on a marked copy, wherever they stand off the body.
_MARKED_ONLY_VIEWER_KINDS = {"progress-shaped": "progress, read by its shape", "pager-shaped": "pager, read by its shape",
                             "fraction": "page a of b alone"}


class DocSiteReader(OnView, LineRule):
    """Remove a document site's reader furniture (全文阅读已结束, 下载本文档, 还剩N页未读).

    **What it does.** Deletes lines made only of the viewer's buttons and notes —
    全文阅读已结束, 下载本文档, 还剩5页未读，继续阅读, 文档格式：doc, 本文档由用户上传 …
    — in the head and tail of a page (the unmistakable ones anywhere, since viewers
    interrupt the text at page breaks). Once the viewer says the copy's text has ended
    (全文阅读已结束, 试读已结束, 还剩8页未读) after the last paragraph, the short lines under
    it are the site's too, whatever their wording, unless one of them is a sentence, a
    numbered item or a heading (the copy's text goes on).

    **Why.** They are the viewer, not the document.

    **Leaves alone** a sentence that mentions downloading (请下载文档后填写并提交。).

    **Anti-pattern**::

        督促12家企业成立劳动人事争议基层调解委员会，创立和谐劳动关系，为基层服务，为职工服务。
        全文阅读已结束
        下载本文档

    **Best practice**::

        督促12家企业成立劳动人事争议基层调解委员会，创立和谐劳动关系，为基层服务，为职工服务。
    """

    code = "C402"
    name = "chrome.docsite-reader"
    summary = "document-site viewer furniture (全文阅读已结束, 下载本文档, 还剩N页未读)"

    def chrome_lines(self, pg: Page, ctx: Context):
        found = dict(super().chrome_lines(pg, ctx))
        for i, why in after_the_copys_end(pg, lambda t: _viewer_kind(t) in ("progress", "unmistakable")):
            found.setdefault(i, why)
        return sorted(found.items())

    def why(self, pg: Page, i: int) -> str | None:
        kind = _viewer_kind(pg.lines[i].text)
        if kind in ("buttons", "reader") and _heads_its_section(pg, i):
            return None
        if kind is None:
            # a short row of the trade's and the viewer's words with a count, a price, a
            # time (247人已付费下载, 客服在线 9:00-22:00), after a marked copy's last paragraph
            evidence = furniture_evidence(pg.lines[i].text) if pg.zones.in_tail(i) and not pg.body[i] else None
            if evidence and _docsite_copy(pg):
                return f"the viewer's furniture at the tail of a marked copy: {evidence}"
            return None
        if kind == "pager" and BARE_FRACTION.match(fold(pg.lines[i].text)) and not (
                _docsite_copy(pg, pagers=False) or fraction_of_a_run(pg.lines, pg.body, i, _viewer_kind,
                                                                   first_text_lines(pg.lines, EDGE_LINES))):
            # 3/4 alone is a fraction of a table or a sum as well: the viewer's page a of b on
            # a copy a document site marked (by more than pagers: a paged copy's page numbers
            # ▲2▲ read as pagers too), or beside another page of the same total
            return None
        if kind in ("progress-shaped", "pager-shaped"):
            # (h23) read by shape only: off the body, on a copy something else marks
            if pg.body[i] or not _docsite_copy(pg):
                return None
            return _VIEWER_REASONS[kind[:-len("-shaped")]] + " by its shape: " + _SHAPE_REASONS[kind]
        if kind in ("member", "pager"):
            return _VIEWER_REASONS[kind]
        if kind == "page":
            # 第3页 alone, — 第3页 —: a page break of the copy, on a copy a document site marked
            return _VIEWER_REASONS["pager"] if not pg.body[i] and _docsite_copy(pg) else None
        if kind.startswith("progress"):
            # links (继续阅读, 加载更多) between paragraphs only on a copy a document site marked
            if pg.body[i] or (kind == "progress-link" and not (pg.zones.in_zone(i) or _docsite_copy(pg))):
                return None
            return _VIEWER_REASONS["progress"]
        if kind == "buttons":
            # a row of short items with a button word, at the edges of a copy a site marked
            marked = pg.zones.in_zone(i) and not pg.body[i] and _docsite_copy(pg)
            return "a row of the viewer's buttons on a copy a document site marked" if marked else None
        if _SECTION_WORD_LINE.match(fold(pg.lines[i].text)) and not _docsite_copy(pg):
            # 投诉举报 / 意见反馈 / 报错 alone are also a notice's section headings
            return None
        if pg.zones.in_zone(i):
            return "viewer furniture in the head or tail"
        return "viewer furniture that is nothing else" if kind == "unmistakable" else None


# A viewer's lone button that is also how a notice heads a section (投诉举报, 意见反馈, 报错):
# on its own line it is the viewer's only on a copy a document site marked.
_SECTION_WORD_LINE = re.compile(
    r"^\s*[【\[(（]?\s*(?:(?:版权|侵权)?(?:申诉|投诉|举报)|投诉举报|(?:文档)?纠错|报错|意见反馈|问题反馈"
    # (and the viewer's panes: 文档简介 / 内容预览 head a document's own section too)
    r"|(?:文档|资料|资源)(?:简介|预览|描述|介绍)|内容预览|暂无简介)"
    r"\s*[】\])）]?\s*$")

_VIEWER_REASONS = {"member": "a member-share note", "pager": "a viewer's pager",
                   "progress": "the viewer's reading progress"}
_SHAPE_REASONS = {"progress-shaped": "a count of pages or a share read, a reading or paywall verb, nothing else",
                  "pager-shaped": "page numbers and the moves between pages, nothing else"}


def _line_viewer_kind(line: str) -> str | None:
    """What of the viewer a line is, judged from the line alone (the place is the rule's), as
    L301 and L302 will lay it out (a run of spaces read as the tab it becomes, so that a
    second cleaning reads the line as the first did)."""
    s = fold(laid_out_line(line))
    if len(s) <= MAX_DISCLAIMER_LEN and MEMBER_SHARE_RE.search(s):
        return "member"
    if is_pager_line(s):
        return "pager"
    if is_page_alone(s):
        return "page"
    progress = progress_kind(s)
    if progress is not None:
        return progress
    if len(s) > MAX_CHROME_LINE or not READER_LINE.match(s):
        # (h23) a line made only of the viewer's parts, wording no list holds: it marks nothing
        # (read before a button row: 阅读完成度 53% holds a button's word, 阅读)
        shaped = viewer_shape(s)
        if shaped:
            return f"{shaped}-shaped"
        return "buttons" if is_button_row(s) else None
    return "unmistakable" if _UNMISTAKABLE.search(s) else "reader"


_viewer_kind = LineMemo(_line_viewer_kind, longest=MAX_CHROME_LINE, beyond=None)  # (no viewer line is longer)


# What of the viewer marks a copy as a document site's: its progress, its pager, its
# member note, its unmistakable furniture (a button row or a bare 分享 | 打印 does not:
# article pages print them too).
_MARKING_VIEWER_KINDS = frozenset(["member", "pager", "progress", "unmistakable"])
# a row of reader buttons marks the copy when it sells it
_TRADE_BUTTON = re.compile(r"下载|VIP|vip|下载券|文档|购买|付费|积分")


def _docsite_copy(pg: Page, pagers: bool = True) -> bool:
    """The page carries a document site's notices, or among its first or last lines with
    text its record of the copy, the viewer's progress, pager or unmistakable furniture,
    or a row of its buttons that sells the copy (¥3.00 立即下载)."""
    if pg.notices:
        return True
    lines = pg.lines
    edge = first_text_lines(lines, EDGE_LINES) + last_text_lines(lines, EDGE_LINES)
    for i in edge:
        t = lines[i].text
        kind = _viewer_kind(t)
        if kind == "pager" and (not pagers or BARE_FRACTION.match(fold(t))):
            continue  # 3/4 alone marks nothing: a table's or a sum's fraction reads so too
        if (is_doc_meta_line(t) and not _heads_its_section(pg, i) or kind in _MARKING_VIEWER_KINDS
                or kind == "reader" and not pg.body[i] and _TRADE_BUTTON.search(fold(t))):
            return True
    return False


class DocSiteRecord(LineRule):
    """Remove a document site's record of a copy (上传时间, 文档页数, 下载券, VIP).

    **What it does.** In the head and the tail of a page, deletes lines made only of the
    items a document-sharing site prints about the copy — labelled values (上传时间：
    2021-03-05, 文档页数：12页, 所需积分：5, 售价：¥3.00, 【上传人】…, 文档格式：DOCX),
    counters (1203次浏览, 收藏(12)) and flags (VIP免费下载, 原创文档, 立即下载) — when at
    least one item is one only such a site prints. Every item must parse: a label with a
    value of its kind (a date, a number of pages, a size), so a sentence never matches.
    A line of items any page may carry (所属分类：演讲稿, 浏览量：38, 评价：118条) goes only
    on a copy the site has marked already: its notices, its record, its viewer's
    furniture among the first or last lines. A line no reader takes alone — one labelled
    value (挂网时间 - 2012/08/10, 〔归集量〕567人) or one flag-like word (名校真题) — goes
    only next to a record line that goes (blank lines between do not part them). A short
    heading of the site's making just above the head's record (本卷信息) goes with it when
    the copy's title stands below; one counted or sized value alone as the page's first line
    over the title (此卷点阅 49次) goes too. A category may be a path (教育 > 高中 > 数学).

    **Why.** The record is the site's, not the document's, and differs on every copy.

    **Leaves alone** a sentence about points or downloads (会员可在小程序中查看积分明细),
    and a view count alone on a page no document site marked (C102 reads it as
    publication info).

    **Anti-pattern**::

        VIP免费下载
        上传时间：2021-03-05 | 文档页数：12页 | 下载券：2
        所属分类：工作总结
        社区工会工作总结
        今年以来，社区工会紧紧围绕中心工作，充分发挥桥梁纽带作用，各项工作取得了新进展。

    **Best practice**::

        社区工会工作总结
        今年以来，社区工会紧紧围绕中心工作，充分发挥桥梁纽带作用，各项工作取得了新进展。
    """

    code = "C403"
    name = "chrome.docsite-record"
    summary = "a document site's record of a copy (上传时间, 文档页数, 下载券, VIP免费下载)"

    def chrome_lines(self, pg: Page, ctx: Context):
        marked: bool | None = None  # asked once, and only when a plain record line is met
        kinds = {i: record_kind(line.text) for i, line in enumerate(pg.lines)
                 if line.text.strip() and pg.zones.in_zone(i)}
        kinds.update((i, k) for i, k in split_record_pairs(pg).items() if i in kinds)  # (h58) 文档页数 / 12页
        beside_trade = _plain_beside_trade(kinds, pg)
        taken: dict[int, str] = {}
        for i, kind in kinds.items():
            if kind is not None and _heads_its_section(pg, i):
                continue  # 课件下载 over 本节课的课件可在…下载: the section's heading
            if kind == "trade":
                taken[i] = "a document site's record of the copy"
            elif kind == "plain" and not pg.body[i]:
                if i in beside_trade:
                    taken[i] = "a record line in a run of the site's record"
                    continue
                if marked is None:
                    marked = _docsite_copy(pg)
                if marked:
                    taken[i] = "a record line on a copy a document site marked"
        if not taken:
            # (h35) one counted or sized value alone, the first line over the copy's title
            first = first_line_count(pg, _read_as) if kinds else None
            if first is not None and kinds.get(first) is None and not _heads_its_section(pg, first):
                taken[first] = "one counted value of the site's record, the first line over the title"
        if taken:
            taken.update(lone_items_beside(pg, kinds, taken, _heads_its_section))
            # (h35) and the heading of its own making a site sets over the head's record
            heading = record_heading(pg, taken, {i for i, _ in pg.notices})
            if heading is not None and kinds.get(heading) is None:
                taken[heading] = "a short heading over the site's record of the copy, the title below it"
        yield from sorted(taken.items())


def _plain_beside_trade(kinds: dict[int, str | None], pg: Page) -> set[int]:
    """The plain record lines in a run of record lines (blank lines between them do not
    break it) that holds one only a document site prints: 金牌文档 above 上传时间：… |
    文档页数：12页 is the same record, whatever else marks the copy."""
    out: set[int] = set()
    run: list[int] = []
    for i in sorted(kinds) + [len(pg.lines)]:
        kind = kinds.get(i)
        adjacent = run and not any(pg.lines[k].text.strip() for k in range(run[-1] + 1, i))
        if kind in ("trade", "plain") and not (kind == "plain" and pg.body[i]) and (adjacent or not run):
            run.append(i)
            continue
        if any(kinds[k] == "trade" for k in run):
            out.update(k for k in run if kinds[k] == "plain")
        run = [i] if kind in ("trade", "plain") and i < len(pg.lines) and not (kind == "plain" and pg.body[i]) else []
    return out
