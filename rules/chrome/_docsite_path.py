"""A record's category written as a path (分类：教育 > 高中 > 数学), kept one value (h35).

Sites print the copy's category as the path of its shelves, joined by any mark a
breadcrumb uses (>, », ›, →, /, \\, a dash), spaced or solid. The record's readers split a
line at spaced marks (`` / `` and `` > `` part items too: 格式：PDF / 页数：12页), so a path
would fall into words no reader takes. Under a label that names a category or a place
on the shelves (分类, 栏目, 门类, 路径, 位置, 归属, Category) the path is rewritten solid,
its marks as ``>`` (教育>高中>数学), before the line is split; a word followed by a colon
is the next item's label, never a step of the path.

>>> joined_paths("所属分类：教育 > 高中 > 数学"), joined_paths("归属:生活休闲 / 美食  Size｜5.63Mb")
('所属分类：教育>高中>数学', '归属:生活休闲>美食  Size｜5.63Mb')
>>> joined_paths("分类：工作总结 / 上传时间：2021-03-05"), joined_paths("路径:IT/编程  No：D16936")
('分类：工作总结 / 上传时间：2021-03-05', '路径:IT>编程  No：D16936')
>>> is_path_value("教育>高中"), is_path_value("教育")
(True, False)
"""
from __future__ import annotations

import re

# (the words a category's label ends in, _docsite_pairs reads them too)
CATEGORY_HEADS = ("分类", "类别", "门类", "类目", "板块", "版块", "频道", "栏目", "专题", "学科")
# the labels a path stands under: a category's, or a place on the shelves (路径, 当前位置, 归属)
PATH_LABEL_HEADS = (*CATEGORY_HEADS, "路径", "位置", "归属", "目录")
ENGLISH_CATEGORY_LABELS = re.compile(r"(?i:category|categories|path|class)")
_WORD = r"[\u4e00-\u9fffA-Za-z]{1,10}"
_MARK = r"\s*(?:>{1,2}|＞|»|›|→|⇒|/|／|\\|-|—|－)\s*"
_LABEL = (rf"[【\[〔〖]?(?:[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(PATH_LABEL_HEADS)})|{ENGLISH_CATEGORY_LABELS.pattern})"
          r"[】\]〕〗]?\s*[:：]?\s*")
# (at an item's start; the path's last word no label: nothing but a separator or the end after it)
_PATH = re.compile(rf"(?:^|(?<=[\s|｜丨·•;；,，]))(?P<label>{_LABEL})(?P<path>{_WORD}(?:{_MARK}{_WORD}){{1,4}})"
                   r"(?![\u4e00-\u9fffA-Za-z\d]|\s*[:：=])")
_MARK_RE = re.compile(_MARK)
# (a record's line is short: a paragraph holds no path to join)
MAX_RECORD_LINE = 160
_ANY_MARK = re.compile(r"[>＞»›→⇒/／\\\-—－]")
_ANY_LABEL = re.compile(rf"{'|'.join(PATH_LABEL_HEADS)}|{ENGLISH_CATEGORY_LABELS.pattern}")
_PATH_VALUE = re.compile(rf"{_WORD}(?:>{_WORD}){{1,4}}")


def joined_paths(t: str) -> str:
    """``t`` with every category path under its label written solid, marks as ``>``."""
    if len(t) > MAX_RECORD_LINE or _ANY_MARK.search(t) is None or _ANY_LABEL.search(t) is None:
        return t  # (most lines name no shelves: one search, not the path's)
    return _PATH.sub(lambda m: m.group("label") + _MARK_RE.sub(">", m.group("path")), t)


def is_path_value(value: str) -> bool:
    """A value that is a path of two to five shelves, as :func:`joined_paths` writes it."""
    return _PATH_VALUE.fullmatch(value) is not None


def path_label(label: str) -> bool:
    """A label a path stands under (分类, 所属栏目, 路径, 归属, Category)."""
    return label.endswith(PATH_LABEL_HEADS) or ENGLISH_CATEGORY_LABELS.fullmatch(label) is not None
