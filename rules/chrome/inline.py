"""C304–C307: the chrome a text extractor leaves inline in web text (CommonCrawl style).

Reprint and rights notices, counters and tag lines, form prompts with nothing after
them, and the run of breadcrumb, pager and copyright links that ends a page. Each is
judged by word families (``REPRINT_CUE_WORDS``, ``FORM_FIELDS``, ``TAG_LABELS`` in
:mod:`.vocab`) and shape, and only in the head or the tail of the page.
"""
from __future__ import annotations

import re

from zhclean.rule import Context

from ._docsite_kinds import is_counter_line
from ._fold import fold
from ._kinds import MAX_LONG_REPRINT_NOTICE, is_bare_breadcrumb, is_reprint_notice, reprint_families
from ._line_rule import EdgeLineRule, LineRule
from ._memo import LineMemo
from .._view import OnView, laid_out_line
from ._page import Page
from .vocab import PREV_NEXT_WORDS
from .vocab_web import (
    FORM_BOX_PROMPT_RE,
    FORM_BUTTON_ADVERBS,
    FORM_BUTTON_OBJECTS,
    FORM_BUTTON_VERBS,
    FORM_BUTTONS,
    FORM_CAPTCHA_RE,
    FORM_EXTRA_FIELDS,
    FORM_FIELD_PREFIXES,
    FORM_FIELDS,
    FORM_LATIN_BUTTONS,
    FORM_LIMIT_RE,
    FORM_MESSAGE_OWNERS,
    FORM_MESSAGE_PARTS,
    FORM_MESSAGE_WORDS,
    FORM_OPTION_RE,
    FORM_BUTTON_OBJECTS_H24,
    FORM_BUTTON_VERBS_H24,
    FORM_FILE_BOX_RE,
    FORM_PLACEHOLDER_RE,
    FORM_RADIO_RE,
    FORM_REQUIRED_NOTE_RE,
    FORM_SELECT_RE,
    FORM_STEP_BUTTONS,
    FORM_WEAK_FIELD_RE,
    PREV_NEXT_LINK_RE,
    REPORT_HEADING_WORDS,
    TAG_LABEL_HEADED_NOUNS,
    TAG_LABEL_NOUNS,
    TAG_LABELS,
)

class ReprintNotice(OnView, LineRule):
    """Remove reprint and rights notices at the head or tail of a page.

    **What it does.** Deletes a line in the head or tail that opens as a notice does
    (版权声明：, 声明：, 本文…, 以上内容…, 未经…, （本文转自…）) and draws on two families
    of notice words — reprinting (转载, 转自, 摘编), rights (版权, 原创, 授权, 侵权), the
    notice's asks (请注明, 谢绝, 联系删除) and stance (仅代表, 不代表…立场).

    **Why.** The notice is the site's boilerplate, not the article.

    A site's whole rights paragraph under its label (中证网声明：凡本网注明…) goes too, up to
    400 characters, when it draws on three of the families.

    **Leaves alone** a sentence of the article that mentions reprinting (文章发表后被多家
    媒体转载…) or a law on it (根据规定，未经著作权人许可不得转载…), which does not open
    as a notice, and anything between body paragraphs.

    **Anti-pattern**::

        今年以来，全市各级工会共走访慰问困难职工1200余户，发放慰问金300余万元，切实把温暖送到职工心坎上。
        版权声明：本文为中工网原创文章，转载请保留出处

    **Best practice**::

        今年以来，全市各级工会共走访慰问困难职工1200余户，发放慰问金300余万元，切实把温暖送到职工心坎上。
    """

    code = "C304"
    edges_only = True  # (why says None between the first and the last body paragraph)
    name = "chrome.reprint-notice"
    summary = "reprint and rights notices (版权声明：本文为原创文章，转载请保留出处)"

    def why(self, pg: Page, i: int) -> str | None:
        s = pg.lines[i].text
        if pg.zones.in_zone(i) and _reprint_notice_line(s):
            return "a reprint notice: " + ("+".join(reprint_families(s)) or "copied from the web")
        return None


# asked of every line of the head and tail on every version of a page: the line's alone
_reprint_notice_line = LineMemo(is_reprint_notice, longest=MAX_LONG_REPRINT_NOTICE)


# a known label, or any few Han characters before a tag noun (所属话题, 相关热词): the noun
# heads the label, whatever says whose tags they are
# (up to four: 关键词标签, 本文相关话题; and the nouns that head a label only so, 相关搜索, 热门词条)
_TAG_LABEL = ("|".join(map(re.escape, sorted(TAG_LABELS, key=len, reverse=True)))
              + r"|[\u4e00-\u9fff]{1,4}(?:"
              + "|".join(sorted((n for n in TAG_LABEL_NOUNS + TAG_LABEL_HEADED_NOUNS if not n.isascii()), key=len, reverse=True)) + ")")
# the label with its colon, or in brackets with or without one (【本文标签】工会 职工)
# (a label after a hash, #话题：; Latin labels in any case, 文章tag：; an English aside, 关键词（Tag）：)
_TAG_LINE = re.compile(
    rf"^(?:[#＃]?\s*(?:{_TAG_LABEL})\s*(?:[(（]\s*[A-Za-z]{{2,8}}\s*[)）])?\s*[:：]|[【\[〔]\s*(?:{_TAG_LABEL})\s*[】\]〕]\s*[:：]?)\s*"
    r"(?:[\w\u4e00-\u9fff·]{1,12}(?:\s*[ ,，、;；|｜丨/／]\s*|$)){1,10}$", re.I)


# A tag label with nothing after it (本篇新闻热门关键词：, 【相关标签】): the heading of tags the
# extractor dropped (they were links), up to six Han characters of qualifiers before the noun.
_TAG_LABEL_ALONE = re.compile(
    r"^[#＃]?\s*[【\[〔]?\s*[\u4e00-\u9fff]{0,6}(?:"
    + "|".join(sorted(map(re.escape, TAG_LABEL_NOUNS), key=len, reverse=True)) + r")\s*[】\]〕]?\s*[:：]?\s*$", re.I)


def is_tag_label_alone(s: str) -> bool:
    """``本篇新闻热门关键词：``: a tag label and nothing else.

    >>> is_tag_label_alone("本篇新闻热门关键词："), is_tag_label_alone("关键词：工会 维权")
    (True, False)
    """
    return bool(_TAG_LABEL_ALONE.match(fold(s.strip())))


def is_tag_line(s: str) -> bool:
    """``标签：工会 职工 维权``: a tag label, then a few short words and nothing else.

    >>> is_tag_line("本文标签：工会 维权 职工"), is_tag_line("关键词：要坚持以职工为中心的工作导向，切实维护职工权益")
    (True, False)
    """
    return bool(_TAG_LINE.match(fold(s.strip())))


class CountersAndTags(OnView, LineRule):
    """Remove counter and tag lines at the head or tail of a page.

    **What it does.** In the head or tail, deletes a line made only of counters —
    a count with the word it counts (评论（5）, 赞(12), 36031人阅读, 阅读 1234, 浏览：321次),
    the counted words by family (``vocab_web.COUNTER_WORDS``: visits, votes, replies, shares,
    sales: 顶一下(5), 人气值：27, 本文已被浏览 89 次, 已售 55) — or a tag line (标签：工会
    维权 职工, Tags：…, 关键词标签：…, 相关搜索：…): a tag label and a few short words.

    **Why.** Counters change on every visit and tags are the site's index, not the text.

    In the tail, a tag label left alone (本篇新闻热门关键词：, its tags having been links the
    extractor dropped) goes too.

    **Leaves alone** a sentence that gives a count (阅读量超过5万次), a keyword line with a
    clause after it, a tag label alone in the head (a paper's 关键词： above its keywords), and
    anything between body paragraphs.

    **Anti-pattern**::

        今年以来，全市各级工会共走访慰问困难职工1200余户，发放慰问金300余万元，切实把温暖送到职工心坎上。
        标签：工会 帮扶 职工
        阅读(1234) | 评论(5) | 赞(12)

    **Best practice**::

        今年以来，全市各级工会共走访慰问困难职工1200余户，发放慰问金300余万元，切实把温暖送到职工心坎上。
    """

    code = "C305"
    edges_only = True  # (why says None between the first and the last body paragraph)
    name = "chrome.counters-tags"
    summary = "counter and tag lines (阅读(1234) | 评论(5), 标签：工会 维权)"

    def why(self, pg: Page, i: int) -> str | None:
        if not pg.zones.in_zone(i):
            return None
        kind = _counter_or_tag_line(pg.lines[i].text)
        if kind == "alone" and not pg.zones.in_tail(i):
            return None
        # (a tag label alone goes whatever follows it: a list of words on the next line
        # stays, unlabelled, so a second cleaning finds the same)
        return _COUNTER_OR_TAG_REASONS.get(kind)  # type: ignore[arg-type]


def _counter_or_tag_kind(s: str) -> str | None:
    """Which of C305's verdicts ``s`` has, the first that fits: ``"counters"``, ``"tag"``
    (a tag line) or ``"alone"`` (a tag label alone, taken in the tail only), or ``None``."""
    if is_counter_line(s):
        return "counters"
    if is_tag_line(s):
        return "tag"
    return "alone" if is_tag_label_alone(s) else None


_COUNTER_OR_TAG_REASONS = {"counters": "counters", "tag": "a tag line", "alone": "a tag label with its tags gone"}
# asked of every line of the head and tail on every version of a page: the line's alone
_counter_or_tag_line = LineMemo(_counter_or_tag_kind)


# A field is a known one, or one named by its family's last word (真实姓名, 登录名, 微信号,
# 所在单位, 留言主题): a few Han characters before it.
# (主题 and 内容 only of a message: 会议主题 may head a notice's own line)
_FIELD_TAIL = (r"[\u4e00-\u9fff]{1,4}(?:姓名|名称|登录名|网名|号码|号|电话|手机|地址|邮箱|单位|城市|地区|称呼|密码|验证码"
               # a form's kinds and choices (留言类型, 所属部门, 问题描述); never 意见 / 日期,
               # which a printed form's blanks hold as body (审批意见：, 日期：)
               r"|类型|类别|部门|科室|职业|学历|证件号码|账号|帐号|传真|网址|邮编|描述|诉求)"
               # a message box's field: its family word, maybe with what of it (投诉对象, 反映问题)
               rf"|(?:{'|'.join(FORM_MESSAGE_OWNERS)})?(?:{'|'.join(FORM_MESSAGE_WORDS)})(?:{'|'.join(FORM_MESSAGE_PARTS)})?")


def _letter_spaced(word: str) -> str:
    """A Han label as forms print it, maybe letter-spaced to a column's width (姓　名, 邮 箱)."""
    if word.isascii() or len(word) > 4:
        return re.escape(word)
    return "[ \u3000]?".join(map(re.escape, word))


# English fields of a bilingual form (Name:, E-mail:, Tel:)
_LATIN_FIELDS = ["Name", "E-mail", "Email", "Tel", "Phone", "Mobile", "Address", "Company", "Subject", "Message",
                 "Password", "Username", "Captcha", "Code"]
# What an empty box shows once its markup is gone: a placeholder (请输入手机号码) or a
# captcha's refresh link (看不清？换一张)
# (h24: or, by the kind of control, a select box, radio options, the file box; up to three)
_PLACEHOLDER = (rf"(?:\s*(?:(?:请输入|请填写|请选择|请上传|输入)[^\s：:，。]{{0,14}}|{FORM_SELECT_RE}|{FORM_RADIO_RE}"
                rf"|{FORM_FILE_BOX_RE}|{FORM_CAPTCHA_RE})){{0,3}}")
_ONE_FIELD_NAME = (rf"(?:{'|'.join(map(_letter_spaced, sorted(FORM_FIELDS + FORM_EXTRA_FIELDS, key=len, reverse=True)))}"
                   rf"|{'|'.join(_LATIN_FIELDS)}|{_FIELD_TAIL})")
# one box for either of two fields: 用户名/手机号, 手机或邮箱
_FIELD_NAME = rf"(?:{_ONE_FIELD_NAME}(?:\s*(?:[/／]|或)\s*{_ONE_FIELD_NAME})?)"
# what a box says of itself in brackets: 必填, 选填, and why (选填，不公开)
_FIELD_ASIDE = r"[(（]\s*(?:必填|选填|可选|可不填|\*|[^()（）]{0,8}(?:必填|选填|不公开|保密|不对外)[^()（）]{0,6})\s*[)）]"
_FIELD = (rf"(?:{'|'.join(FORM_FIELD_PREFIXES)})?{_FIELD_NAME}"
          rf"\s*(?:{_FIELD_ASIDE}|\*)?\s*(?:[:：]{_PLACEHOLDER}|\s(?=\s*(?:{FORM_CAPTCHA_RE})){_PLACEHOLDER})")
# A box printed without its colon: its placeholder alone (请输入您的姓名, 请选择部门), or its
# name marked as required (* 手机号, 姓名（必填）, 邮箱 *).
_BARE_FIELD = (rf"(?:请输入|请填写|请选择|请上传)(?:您的|你的)?{_FIELD_NAME}(?:\s*[(（](?:必填|选填)[)）])?"
               rf"|\*\s*{_FIELD_NAME}|{_FIELD_NAME}\s*(?:{_FIELD_ASIDE}|\*)")
# and the box's own prompt, its character limit, its options and the captcha's links
_PROMPT_ITEM = (rf"(?:{_FIELD}|{_BARE_FIELD}|{FORM_BOX_PROMPT_RE}|{FORM_LIMIT_RE}|{FORM_OPTION_RE}|{FORM_CAPTCHA_RE}"
                rf"|{FORM_SELECT_RE}|{FORM_FILE_BOX_RE}|{FORM_REQUIRED_NOTE_RE}|{FORM_PLACEHOLDER_RE})")
_PROMPT_LINE = re.compile(rf"^\*?\s*{_PROMPT_ITEM}(?:\s*\*?\s*{_PROMPT_ITEM})*\s*\*?$", re.I)
_PROMPT_ITEMS = re.compile(_PROMPT_ITEM, re.I)
# (h24) a line that is fields by shape too (所在行业：  文化程度：): weak, see _form_run
_ANY_FIELD = rf"(?:{_PROMPT_ITEM}|{FORM_WEAK_FIELD_RE}{_PLACEHOLDER}(?=\s|$))"
_WEAK_LINE = re.compile(rf"^\*?\s*{_ANY_FIELD}(?:\s*\*?\s*{_ANY_FIELD})*\s*\*?$", re.I)
_ANY_FIELDS = re.compile(_ANY_FIELD, re.I)
# A button is a known one, or an action with its object (提交意见, 立即发送, 提交咨询).
# (a verb of the form's kind, maybe after an adverb and before its object: 立即注册, 提交投诉,
# 发送验证码; or an English button)
_BUTTON_FAMILY = (rf"(?:{'|'.join(FORM_BUTTON_ADVERBS)})?(?:{'|'.join(FORM_BUTTON_VERBS + FORM_BUTTON_VERBS_H24)})"
                  rf"(?:{'|'.join(FORM_BUTTON_OBJECTS + FORM_BUTTON_OBJECTS_H24)}|输入)?|{'|'.join(FORM_LATIN_BUTTONS)}")
# (buttons are read with their spaces taken out: 重 置, 提交 重置, Log in)
_BUTTON_LINE = re.compile(
    rf"^(?:[【\[]?(?:{'|'.join(sorted(FORM_BUTTONS + FORM_STEP_BUTTONS, key=len, reverse=True))}|{_BUTTON_FAMILY})[】\]]?[|｜/／·]?)+$", re.I)


MAX_BUTTON_LINE = 30
_ANY_SPACE = re.compile(r"\s+")


def form_line(s: str) -> str | None:
    """``"prompt"`` for a line of empty form fields (邮箱：, 姓名：  电话：), ``"button"``
    for a line of form buttons (提交 重置), else ``None``.

    >>> form_line("您的姓名：  联系电话："), form_line("【提交】【重置】"), form_line("地址：杭州市文三路100号")
    ('prompt', 'button', None)
    """
    t = fold(s.strip())
    if len(t) > 80:
        return None
    if _PROMPT_LINE.match(t):
        return "prompt"
    if len(t) <= MAX_BUTTON_LINE and _BUTTON_LINE.match(_ANY_SPACE.sub("", t)):
        return "button"
    if _WEAK_LINE.match(t):
        return "weak"  # fields by shape only (所在行业：): they count beside a known field or a button
    return None


class FormPrompts(OnView, LineRule):
    """Remove a web form's empty fields and buttons left in the tail of a page.

    **What it does.** In the tail, deletes a run of lines made of form fields with
    nothing after them (姓名：, 邮箱：, 验证码：, 您的姓名：  联系电话：) and form buttons
    (提交, 重置, 发表评论) when the run holds two fields or more, or a field and a button.
    Fields and buttons are read by family (:mod:`.vocab_web` ``FORM_*``): a message box's
    word and what of it (投诉对象, 反映问题), the box's own prompt (写下你的评论…), its
    character limit (还可以输入500字), its options (□ 匿名发表, 记住我, 忘记密码？), the
    captcha's links (获取验证码, 看不清？换一张), upload controls, and a button's verb with
    its adverb and object (立即注册, 提交投诉, 重 置). A field only a live form shows (a
    placeholder such as 请填写手机号码) goes alone when it closes the page. What an empty box
    shows is read by the kind of control: a select box (--请选择--, 请选择 ▼), radio options
    (性别：○男 ○女), the browser's file box (选择文件 未选择任何文件), a placeholder in any words
    (请在此输入留言内容), the form's note on required fields (带*号为必填项). A short label
    and its colon with nothing after it (所在行业：) is a field by shape alone, and counts
    only in a run that has a field of the lists or a button.

    **Why.** The extractor kept the labels of a comment or enquiry form; the boxes are gone.

    **Leaves alone** a field with its value (地址：杭州市文三路100号), a label whose value is
    on the next line (地址： / 杭州市文三路100号), a single 提交 or 地址： on its own, labels by
    shape alone (工作要求： / 文化程度：), a report's heading by shape (主要做法：, 存在问题：)
    opening a run of fields, a printed receipt's blanks (单位名称：________), and
    anything before the end of the body.

    **Anti-pattern**::

        今年以来，全市各级工会共走访慰问困难职工1200余户，发放慰问金300余万元，切实把温暖送到职工心坎上。
        姓名：
        邮箱：
        提交

    **Best practice**::

        今年以来，全市各级工会共走访慰问困难职工1200余户，发放慰问金300余万元，切实把温暖送到职工心坎上。
    """

    code = "C306"
    name = "chrome.form-prompts"
    summary = "empty form fields and buttons at the end (姓名： 邮箱： 提交)"

    def chrome_lines(self, pg: Page, ctx: Context):
        lines = pg.lines
        run: list[tuple[int, str]] = []
        for i in range(pg.zones.tail_start, len(lines) + 1):
            s = lines[i].text if i < len(lines) else ""
            kind = form_line(s) if s.strip() else "blank"
            if kind in ("prompt", "button", "weak") or (kind == "blank" and i < len(lines)):
                if kind != "blank":
                    run.append((i, kind))
                continue
            if run:  # (what follows is looked at only after a run)
                yield from _form_run(lines, run, _page_ends(lines, i))
            run = []


def _page_ends(lines, i: int) -> bool:
    """Nothing but blank lines and the page's closing run of links from line ``i`` on."""
    return all(not ln.text.strip() or is_link_run(laid_out_line(ln.text)) for ln in lines[i:])


# What only a live form shows in its box: a placeholder, a required mark, the box's own
# prompt, its character limit, an option, a captcha's link (请填写手机号码, 写下你的评论…,
# 还可以输入140字, □ 匿名发表, 看不清？换一张); a bare label (地址：) may be a value's label.
_LIVE_FORM_ITEM = re.compile(rf"请输入|请填写|请选择|请上传|[(（]\s*(?:必填|选填)|\*|{FORM_BOX_PROMPT_RE}|{FORM_LIMIT_RE}"
                             rf"|{FORM_OPTION_RE}|{FORM_CAPTCHA_RE}")


_REPORT_HEADING = re.compile(rf"^\s*[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(REPORT_HEADING_WORDS)})\s*[:：]\s*$")


def _form_run(lines, run: list[tuple[int, str]], page_ends: bool = False):
    # a report's heading by shape alone (主要做法：) opening the run is the body's last
    # heading above a form, not the form's first box (gen_chrome dev seed 7: two cut)
    while run and run[0][1] == "weak" and _REPORT_HEADING.match(fold(lines[run[0][0]].text)):
        run = run[1:]
    fields = sum(len(_PROMPT_ITEMS.findall(fold(lines[i].text))) for i, k in run if k in ("prompt", "weak"))
    buttons = sum(k == "button" for _, k in run)
    # fields by shape alone (所在行业：) count only beside a known field or a button: a
    # tail's lone 工作要求： heading stays
    if fields or buttons:
        fields = sum(len((_PROMPT_ITEMS if k == "prompt" else _ANY_FIELDS).findall(fold(lines[i].text)))
                     for i, k in run if k in ("prompt", "weak"))
    # one field that only a live form shows, closing the page (the rest of its form gone
    # with a footer block C201 took first)
    live = page_ends and fields == 1 and not buttons and bool(_LIVE_FORM_ITEM.search(fold(lines[run[0][0]].text)))
    if fields >= 2 or (fields and buttons) or live:
        for i, kind in run:
            yield i, (f"a form's {'buttons' if kind == 'button' else 'empty fields'}" if not live
                      else "a live form's field closing the page")


_LINK_TOKEN = re.compile(
    rf"[【\[<《〈＜]?\s*(?:{PREV_NEXT_LINK_RE}|{'|'.join(PREV_NEXT_WORDS)}|返回(?:列表|首页|顶部|上一页))\s*[】\]>》〉＞]?|[|｜丨]|(?:copyright|©|\(c\))\s*(?:(?:19|20)\d{{2}}\s*[-–]?\s*)*", re.I)


def is_link_run(s: str) -> bool:
    """A page's closing run: a breadcrumb trail, then previous/next links, a copyright
    holder, separators (C101 has cut the licence number out of it by then).

    >>> is_link_run("首页 > 新闻 > 正文 上一篇 下一篇 | Copyright © 2015 浙江在线")
    True
    >>> is_link_run("首页 > 新闻 > 正文"), is_link_run("首页 > 新闻 今天市总工会召开全委会议")
    (True, False)
    """
    t = fold(s.strip())
    if not t or len(t) > 160:
        return False
    m = re.match(r"^(\S+?(?:\s*(?:>>|->|>|»|/|／|＞|›)\s*[^\s>»/／＞›-]+)+)(?:\s+|$)", t)
    if not m or not is_bare_breadcrumb(m.group(1).replace("->", ">").replace("/", ">")):
        return False
    rest = _LINK_TOKEN.sub(" ", t[m.end():])
    holder = rest.split()
    # only a copyright holder may be left: one short name, after a © or a link
    return not holder or len(holder) == 1 and len(holder[0]) <= 16 and _LINK_TOKEN.search(t[m.end():]) is not None


class LinkRun(OnView, EdgeLineRule):
    """Remove the run of breadcrumb, pager and copyright links that ends a page.

    **What it does.** In the tail, deletes a line that opens with a breadcrumb trail
    (首页 > 新闻 > 正文) and holds nothing after it but previous/next links, separators
    and a copyright holder (``首页 > 综合 > 国内 | 下一篇 上一篇 | Copyright © 2015 中新网``).
    Runs after C101, which has taken the licence number out of such a line.

    **Why.** It is the page's footer, run together on one line by the extractor.

    A trail alone in the tail goes too: it is what is left of such a line once C101 took
    its licence number.

    **Leaves alone** a line with words after the trail (首页 > 新闻 今天市总工会召开全委
    会议), and a trail in the head (C002 decides on it).

    **Anti-pattern**::

        今年以来，全市各级工会共走访慰问困难职工1200余户，发放慰问金300余万元，切实把温暖送到职工心坎上。
        首页 > 资讯 > 社会 上一篇 下一篇 Copyright © 2015 中新网

    **Best practice**::

        今年以来，全市各级工会共走访慰问困难职工1200余户，发放慰问金300余万元，切实把温暖送到职工心坎上。
    """

    code = "C307"
    name = "chrome.link-run"
    summary = "a closing run of breadcrumb, pager and copyright links (首页 > 新闻 上一篇 下一篇 ©…)"
    # judged as L301/L302 will leave the line (首页>大 中 小 becomes 首页>大中小), so a second
    # pass agrees with the first
    test = staticmethod(lambda s: is_link_run(laid_out_line(s)))
    reason = "a closing run of links"
    edge = "tail"
