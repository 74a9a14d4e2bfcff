"""One date parser: real dates only, and the same value whether a date came in text or HTML."""
from __future__ import annotations

import pytest

from zhclean import Document, Pipeline
from zhclean.dates import DATE_ONLY_RE, labelled_date, parse_date
from zhclean.html import html_to_document

VALID = [
    ("2019-10-25 17:09:02", "2019-10-25T17:09:02"),
    ("2019年10月25日 17时09分", "2019-10-25T17:09:00"),
    ("2019/10/25", "2019-10-25"),
    ("2019.10.25", "2019-10-25"),
    ("1985-05-05 10:00", "1985-05-05T10:00:00"),
    ("二〇二一年三月四日", "2021-03-04"),
    ("二〇一九年十月二十五日", "2019-10-25"),
    ("2020-02-29", "2020-02-29"),
    ("2023-05-12T09:30:00+0800", "2023-05-12T09:30:00+08:00"),
    ("2019-10-25 25:61", "2019-10-25"),  # not a real time: the day is kept
]
INVALID = ["2019-02-31", "2019-13-01", "2021-02-29", "二〇二一年十三月四日", "共2023人参加", "第2019-10号"]


@pytest.mark.parametrize("value,iso", VALID)
def test_parse_date_reads_real_dates(value, iso):
    assert parse_date(value) == iso


@pytest.mark.parametrize("value", INVALID)
def test_parse_date_refuses_what_is_not_a_date(value):
    assert parse_date(value) is None


def test_compact_dates_only_when_asked():
    assert parse_date("20191025") is None
    assert parse_date("20191025", compact=True) == "2019-10-25"
    assert parse_date("20190231", compact=True) is None


def test_labelled_date_and_date_only_line():
    assert labelled_date("来源：市总工会 发布时间：2023-05-12 09:30 浏览次数：12") == "2023-05-12T09:30:00"
    assert DATE_ONLY_RE.match("（2019年1月10日）") and not DATE_ONLY_RE.match("2019年1月10日，市总工会召开会议。")


BODY = "为深入学习贯彻党的精神，市总工会召开全委会议，部署下一阶段工作，要求各级工会切实维护职工合法权益。"
SAME_PATH_DATES = [v for v, _ in VALID if "T" not in v and "+" not in v] + INVALID[:3]


def _from_text(date: str):
    text = f"市总工会召开全委会议\n发布日期：{date}　来源：市总工会\n{BODY * 2}\n{BODY}"
    return Pipeline(select=["C"]).clean(Document(id="t", text=text)).meta.get("published_at")


def _from_html(date: str):
    page = (f"<html><head><title>市总工会召开全委会议</title></head><body><h1>市总工会召开全委会议</h1>"
            f"<div class='info'>发布日期：{date} 来源：市总工会</div>"
            f"<div id='zoom'><p>{BODY * 2}</p><p>{BODY}</p></div></body></html>")
    return html_to_document(page, doc_id="h", source="h.html").meta.get("published_at")


@pytest.mark.parametrize("date", SAME_PATH_DATES)
def test_text_and_html_give_the_same_published_at(date):
    from_text, from_html = _from_text(date), _from_html(date)
    assert from_text == from_html == parse_date(date)
