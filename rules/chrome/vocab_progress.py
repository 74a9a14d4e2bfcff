"""Data: a document site's viewer progress and paywall lines by shape (issue 16, h21),
for :func:`._docsite_mark.is_progress_line` beside :data:`.vocab.PROGRESS_LINE_RE`.

Each alternative is a whole line's shape: a reading word (:data:`.vocab.PROGRESS_READ`)
with pages read of a total, a preview's length with 仅 before its verb, the paywall and
the act that lifts it, the viewer at its end. Extend a shape here and add a YAML case
(tests/cases/C402.yaml).

>>> bool(PROGRESS_SHAPES_RE.search("已阅读 6/17 页")), bool(PROGRESS_SHAPES_RE.search("以下为付费内容"))
(True, True)
>>> bool(PROGRESS_SHAPES_RE.search("以上为会议的全部内容")), bool(PROGRESS_SHAPES_RE.search("请阅读第3页至第5页的报告，共5页。"))
(False, False)
"""
from __future__ import annotations

import re

from .vocab import PROGRESS_READ

# Searched; each alternative anchored but the ones of a phrase that is the viewer's
# wherever it stands (超出免费预览范围). How far the reader is, how much the viewer shows,
# where the paywall starts, whatever the wording's order: 已阅读 6/17 页, 本文仅预览7页,
# 以下为付费内容, 付费内容，请购买后阅读, 更多内容请下载文档. The whole line, each a
# reading word or a paywall word with a count of pages or the act that lifts the wall.
_PROGRESS_COPY = r"(?:本文档|本文|本资料|该文档|此文档|文档|全文|资料)"
_PAYWALL_ACT = (r"(?:请|需|需要|须|可)(?:您)?(?:在)?(?:下载|购买|付费|开通(?:VIP|vip|会员)|登录|支付)(?:后)?"
                rf"(?:{_PROGRESS_COPY}|完整版)?(?:阅读|查看|获取|继续阅读|观看)?(?:全文|完整版)?")
PROGRESS_SHAPES_RE = re.compile(
    # how far: 已阅读 6/17 页, 当前阅读至 3/8 页, 您已浏览 5/12 页
    rf"^(?:已|您已|你已|当前)?{PROGRESS_READ}(?:至|到)?(?:第)?\s*\d{{1,4}}\s*[/／]\s*\d{{1,4}}\s*页?$|"
    # how much is shown, 仅 before the verb: 本文仅预览7页, 只展示了前5页内容
    rf"^{_PROGRESS_COPY}?\s*(?:仅|只)\s*(?:预览|展示|显示|提供|开放|试读)(?:了)?\s*(?:前)?\s*\d{{1,4}}\s*页(?:内容)?[。.!！]?$|"
    # the paywall: 以下为付费内容, 付费内容，请购买后阅读
    rf"^(?:以下(?:为|是)|剩余|其余|余下|后续)?(?:付费|VIP|vip|会员|收费)(?:专享)?(?:内容|部分|章节)(?:\s*[，,]?\s*{_PAYWALL_ACT})?[。.!！]?$|"
    # how far, the total after it: 阅读至第4页（共13页）, 已加载25页，共38页
    rf"^(?:已|您已|当前)?(?:{PROGRESS_READ}|加载)(?:至|到|了)?(?:第)?\s*\d{{1,4}}\s*页\s*[（(，,/／]?\s*(?:全文)?共\s*\d{{1,4}}\s*页\s*[)）]?$|"
    # the whole copy offered with its length or price: 阅读全文（共4页）, 阅读全文需3积分
    rf"^(?:{PROGRESS_READ}|查看|下载)(?:全文|本文|完整版)\s*[(（]\s*共\s*\d{{1,4}}\s*页\s*[)）]$|"
    rf"^(?:{PROGRESS_READ}|查看|下载)(?:全文|本文|完整版)\s*(?:需|需要|消耗)\s*\d{{1,4}}\s*(?:积分|下载券|金币|点券|元)$|"
    # the length, then how much is free: 共2页，免费阅读1页
    rf"^(?:全文|本文|文档)?共\s*\d{{1,4}}\s*页\s*[，,]?\s*(?:免费|可)?{PROGRESS_READ}(?:了)?\s*\d{{1,4}}\s*页$|"
    # the rest and its price: 余4页需付费, 剩余3页需下载后阅读
    rf"^(?:剩余|还剩|余下|剩下|余)\s*\d{{1,4}}\s*页\s*(?:需|需要|请|须)(?:付费|下载|购买|登录|开通(?:VIP|会员))(?:后)?(?:{PROGRESS_READ}|查看)?$|"
    # the copy declared paid, and the act: 本文档为付费文档，请购买后阅读全文, 本文为付费内容
    rf"^{_PROGRESS_COPY}(?:为|是|属于)(?:付费|VIP|vip|会员)(?:专享)?(?:文档|资料|内容)(?:\s*[，,]?\s*{_PAYWALL_ACT})?[。.!！]?$|"
    # the act that opens the rest: 开通VIP查看全文, 登录后可查看全文
    rf"^(?:开通|登录|注册|购买)(?:VIP|vip|会员|SVIP)?(?:后)?(?:可|即可)?(?:查看|阅读|下载)(?:全文|完整版|完整内容|全部内容)$|"
    # the rest hidden, folded, or how much the viewer shows at most: 剩余内容已隐藏, 内容已折叠，点击展开
    rf"^(?:剩余|其余|余下|更多|全部)?内容已(?:隐藏|折叠)(?:\s*[，,]\s*(?:点击)?(?:展开|查看)(?:全文|全部)?)?$|^(?:点击)?(?:查看|展开|阅读)(?:剩余|全部|完整)(?:全文|内容|文档)$|"
    rf"最多(?:只能|可以|仅能)?(?:预览|试读|阅读)\s*\d{{1,4}}\s*页|仅支持在线(?:阅读|预览)|^查看完整(?:文档|内容|版)$|"
    # the viewer at its end: 已显示全部, 已到达文档末尾, 到底了, 本页已经是最后一页, 正在加载…
    rf"^已?(?:显示|展示|加载)全部(?:内容)?$|^已(?:到达|到)(?:文档|全文)?(?:末尾|结尾|底部)$|^到底了[!！~～]*$|"
    rf"^本页已(?:经)?是最后一页$|^正在加载(?:中)?\s*[.…。]*$|^剩余未读\s*\d{{1,4}}\s*页$|"
    rf"^以上(?:为|是)(?:本文档|本文|文档|本资料)的?全部内容$|^(?:全文|本文|文档|本文档)共\s*\d[\d,]*\s*字$|"
    # past what the viewer shows free, or shows at all: 此页已超出免费预览范围, 暂不支持在线预览
    rf"超出(?:免费)?(?:预览|试读|阅读|浏览)范围|(?:暂不|不)支持在线(?:预览|阅读|浏览)|"
    # what is not shown and how to get it: 更多内容请下载文档, 剩余部分需购买后查看
    rf"^(?:以下|剩余|其余|余下|更多|完整|全部|后续)(?:的)?(?:内容|部分|章节|页面?)\s*[，,]?\s*{_PAYWALL_ACT}[。.!！]?$"
)

