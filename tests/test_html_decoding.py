"""Decoding pages whose charset label lies: Big5 and Big5-HKSCS labelled gb2312 or utf-8,
UTF-8 labelled gb2312, GBK labelled big5; private-use characters (mojibake) are reported."""
from __future__ import annotations

import pytest

from zhclean.html import html_to_document
from zhclean.html.decode import decode_html

TRADITIONAL = "香港特別行政區政府今日公佈，將於下月舉行職工聯合會周年大會，歡迎各界人士踴躍參加。"
# 𨋢 (lift) and 屯/葵 place names: 𨋢 is in Big5-HKSCS only
HKSCS = "屯門區、葵涌區居民反映，大廈𨋢（升降機）維修已經完畢，請各位住戶放心使用。"
SIMPLIFIED = "各基层工会：现将职工技能大赛的有关事项通知如下，请认真组织，按时报送参赛名单。"


def page(text: str, label: str | None) -> str:
    meta = f'<meta charset="{label}">' if label else ""
    return f"<html><head>{meta}<title>通告</title></head><body><h1>通告</h1><p>{text}</p><p>{text}</p></body></html>"


@pytest.mark.parametrize("label", ["gb2312", "gbk", "utf-8", "iso-8859-1", None])
@pytest.mark.parametrize("text,codec", [(TRADITIONAL, "big5"), (TRADITIONAL + HKSCS, "big5hkscs")])
def test_big5_pages_decode_whatever_they_declare(label, text, codec):
    raw = page(text, label).encode(codec)
    doc = html_to_document(raw, doc_id="b", source="b.html")
    assert text in doc.text.replace("\n", "") and doc.meta["encoding"] == "big5hkscs"
    assert "private_use_chars" not in doc.meta["html"]
    if label in ("gb2312", "gbk", "utf-8"):
        assert doc.meta["html"]["declared_charset"] == label


@pytest.mark.parametrize("label", ["big5", "x-big5", "big5hkscs", "cp950", "ms950"])
def test_a_big5_label_alias_is_the_codec_used_not_an_overruled_label(label):
    # x-big5 was no known label: the page decoded right but reported its label as overruled
    doc = html_to_document(page(TRADITIONAL + HKSCS, label).encode("big5hkscs"), doc_id="b", source="b.html")
    assert TRADITIONAL + HKSCS in doc.text.replace("\n", "") and doc.meta["encoding"] == "big5hkscs"
    assert "declared_charset" not in doc.meta["html"]


@pytest.mark.parametrize("label", ["big5", "utf-8", None])
def test_gbk_pages_are_not_read_as_big5(label):
    doc = html_to_document(page(SIMPLIFIED, label).encode("gbk"), doc_id="g", source="g.html")
    assert SIMPLIFIED in doc.text and doc.meta["encoding"] == "gb18030"


def test_utf8_page_declaring_gb2312_is_utf8():
    doc = html_to_document(page(SIMPLIFIED + TRADITIONAL, "gb2312").encode("utf-8"), doc_id="u", source="u.html")
    assert SIMPLIFIED + TRADITIONAL in doc.text.replace("\n", "") and doc.meta["encoding"] == "utf-8"
    assert doc.meta["html"]["declared_charset"] == "gb2312"


def test_a_gbk_page_with_a_broken_byte_stays_gbk():
    raw = page(SIMPLIFIED * 10, "gb2312").encode("gbk")
    cut = raw.index("技能".encode("gbk"))
    dp = decode_html(raw[:cut] + b"\xb9" + raw[cut:])  # half a character
    assert dp.encoding == "gb18030" and dp.replaced == 1 and SIMPLIFIED in dp.text


def test_private_use_characters_are_counted_as_mojibake():
    # what Big5 bytes read with a GB table become: characters of the user-defined area
    garbled = "\ue4c6\ue5e5\ue1c2"
    doc = html_to_document(page(SIMPLIFIED + garbled, "utf-8").encode("utf-8"), doc_id="m", source="m.html")
    assert doc.meta["html"]["private_use_chars"] == 2 * len(garbled)
    assert "private_use_chars" not in html_to_document(page(SIMPLIFIED, "utf-8").encode("utf-8"), doc_id="c",
                                                       source="c.html").meta["html"]
