"""A record's label and value run together with no colon between (整理者匿名用户, 下载积分值478,
Views842个, 所属年级调研报告), read with the colon the site left out (h58).

The readers of the record find a label's end at its colon, or know the label. A label they
do not know, run on into its value, is found by the value's shape where it begins: a count,
a price or a size (the first digit, ¥ or ￥ after two to eight letters), a handle under a
label naming a person (…者, …人, 店铺: 匿名用户, wx_123, 用户123), a category under a label
naming one (…分类, …年级, 归属: 调研报告). The line is then read again as
``label：value`` by the same readers, which still judge each value by its label (参赛人数65人
stays the text's own count, as 参赛人数：65人 does).

>>> run_on_colons("整理者匿名用户 | 下载积分值478 | 所属年级调研报告")
'整理者：匿名用户 | 下载积分值：478 | 所属年级：调研报告'
>>> run_on_colons("FormatWPS　|　文件名后缀DOC")
'Format：WPS　|　文件名后缀：DOC'
>>> run_on_colons("Views842个"), run_on_colons("页数约12页"), run_on_colons("关于做好2021年工作的通知")
('Views：842个', '页数：约12页', '关于做好2021年工作的通知')
>>> run_on_colons("垃圾分类宣传工作总结"), run_on_colons("三年级教学心得体会")
('垃圾分类宣传工作总结', '三年级教学心得体会')
"""
from __future__ import annotations

import re

# a label of letters ending in a noun of what is counted, measured or priced (…数, …量, …积分,
# …值, …价, …大小; not 当前第2页, 本文档共9页, 剩下7页: a pager's or the viewer's clause), then
# a value opening with a digit or a price sign (共12页, 约12页: the value's own opening)
_COUNTED = re.compile(r"(?<![\w\u4e00-\u9fff])(?P<label>[\u4e00-\u9fff]{1,7}(?:[数量值分币券价额费积码号度级]|大小|容量|空间)|[A-Za-z]{3,10})"
                      r"(?P<lead>[共约合计]?)"
                      r"(?P<value>[¥￥]?\d[\d.,]*(?:[A-Za-z个次页分元人份]{0,2}))(?=$|[\s|｜·•/⟩‖;；,，])")
# a person's label run on into a handle as sites print them
_HANDLE = re.compile(r"(?<![\w\u4e00-\u9fff])(?P<label>[\u4e00-\u9fff]{1,5}(?:者|人|主|店铺|会员|用户))"
                     r"(?P<value>匿名用户|匿名|用户\d{2,}|网友_?\d{2,}|[A-Za-z_]{1,12}\d{2,})(?=$|[\s|｜·•/⟩‖;；,，])")
# a category's label run on into the category (所属年级调研报告, 归属行政公文)
_CATEGORY = re.compile(r"(?<![\w\u4e00-\u9fff])(?P<label>(?:所属|所在|适用|归属|文档|资料|资源)?(?:分类|类别|栏目|年级|学段|专辑|频道)|所属|所在|适用|归属)"
                       r"(?P<value>[\u4e00-\u9fff]{2,6}(?:总结|体会|工作|公文|讲稿|报告|方案|计划|范文|课件|教案))"
                       r"(?=$|[\s|｜·•/⟩‖;；,，])")
# a file type's label run on into the type (FormatWPS, 文件名后缀DOC): the label's letters
# in the other case or script than the type's
_FILE_TYPE = re.compile(r"(?<![\w\u4e00-\u9fff])(?P<label>[A-Z][a-z]{2,9}|[\u4e00-\u9fff]{0,4}(?:格式|后缀|类型))"
                        r"(?P<value>\.?(?:DOCX?|PDF|PPTX?|XLSX?|WPS|TXT|docx?|pdf|pptx?|xlsx?|wps|txt))(?=$|[\s|｜·•/⟩‖;；,，])")
# words that open a clause, never a label (关于…, 截至…, 全年…)
_CLAUSE_OPENING = re.compile(r"关于|截至|截止|全年|共有|累计|其中|今年|去年|本年|本次|约有|达到|超过|不足")


def run_on_colons(t: str) -> str:
    """``t`` with a colon between each label and the value run on into it."""
    out = t
    for rx in (_HANDLE, _CATEGORY, _FILE_TYPE, _COUNTED):
        out = rx.sub(_with_colon, out)
    return out


def _with_colon(m: re.Match) -> str:
    label = m["label"]
    if _CLAUSE_OPENING.search(label):
        return m.group()
    lead = m.groupdict().get("lead") or ""
    return f"{label}：{lead}{m['value']}"
