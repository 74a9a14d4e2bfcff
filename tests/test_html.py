"""HTML input: decoding, main-content extraction, metadata and bounds; the extraction
steps as rules (H101–H108: selection, trail entries, summary).

Fixtures in ``tests/fixtures/html/`` are synthetic pages written for these tests.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhclean import Pipeline
from zhclean.cli import main
from zhclean.dates import parse_date
from zhclean.encoding import DecodeError
from zhclean.html import STEP_CODES, extract, html_to_document, looks_like_html
from zhclean.html.decode import decode_html
from zhclean.html.metadata import strip_site_suffix
from zhclean.model import Document
from zhclean.readers import PendingHtml, ReadOptions, read_corpus
from zhclean.registry import all_rules
from zhclean.rule import Stage
from zhclean.runner import clean_stream

FIXTURES = Path(__file__).parent / "fixtures" / "html"
BODY = "各基层工会：现将职工技能大赛的有关事项通知如下，请认真组织，按时报送。"


def page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return (f'<html><head><meta charset="{charset}"><title>通知_某某市总工会</title>{head}</head>'
            f"<body>{body}</body></html>")


def doc_of(html: str | bytes) -> Document:
    return html_to_document(html.encode("utf-8") if isinstance(html, str) else html, doc_id="t", source="t.html")


# ---------------------------------------------------------------------------------------------
# Decoding


def test_gb2312_label_on_gbk_bytes_keeps_characters_outside_gb2312():
    # 镕 and 堃 are GBK but not GB2312: a strict GB2312 decoder fails on them
    text = "朱镕基同志和王堃同志出席职工代表大会。" * 3
    raw = page(f"<p>{text}</p>", charset="gb2312").encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("gb2312")
    doc = doc_of(raw)
    assert text in doc.text.replace("\n", "")
    assert doc.meta["encoding"] == "gb18030"


def test_utf8_page_that_declares_gbk_is_read_as_utf8():
    raw = page(f"<p>{BODY}</p>", charset="gbk").encode("utf-8")
    doc = doc_of(raw)
    assert BODY in doc.text and doc.meta["encoding"] == "utf-8"
    assert doc.meta["html"]["declared_charset"] == "gbk"


def test_gbk_page_that_declares_utf8_is_detected():
    raw = page(f"<p>{BODY}</p><p>{BODY}</p>", charset="utf-8").encode("gbk")
    doc = doc_of(raw)
    assert BODY in doc.text and doc.meta["encoding"] == "gb18030"


def test_broken_byte_runs_are_replaced_and_counted():
    good = page(f"<p>{BODY * 20}</p>").encode("utf-8")
    cut = good.index("现将".encode("utf-8"))
    raw = good[:cut] + b"\xe5\xb7" + good[cut:]  # a character cut in half by a CMS
    dp = decode_html(raw)
    assert dp.encoding == "utf-8" and dp.replaced == 1
    doc = doc_of(raw)
    assert doc.meta["html"]["replaced_bytes"] == 1 and "\ufffd" in doc.text


def test_mostly_invalid_bytes_are_refused():
    raw = b"<html><body>" + bytes(range(0x80, 0x100)) * 200 + b"</body></html>"
    with pytest.raises(DecodeError):
        decode_html(raw + b"\xff\xfe\xfd" * 2000)


def test_bom_wins_over_declared_charset():
    raw = b"\xef\xbb\xbf" + page(f"<p>{BODY}</p>", charset="gb2312").encode("utf-8")
    doc = doc_of(raw)
    assert BODY in doc.text and doc.meta["encoding"] == "utf-8-sig"


def test_entities_named_numeric_and_double_escaped_are_decoded():
    body = ("<p>&ldquo;工匠精神&rdquo;&nbsp;是职工的&#x5B9D;&#36149;财富，&amp;nbsp;要代代相传。"
            "职工之家&mdash;&mdash;温暖的家，大家都说&hellip;&hellip;好。</p>")
    text = doc_of(page(body)).text
    assert "“工匠精神” 是职工的宝贵财富" in text
    assert "&nbsp;" not in text and "——温暖的家" in text and "……" in text


def test_empty_and_textless_pages_raise_decode_error():
    with pytest.raises(DecodeError):
        doc_of(b"")
    with pytest.raises(DecodeError):
        doc_of(page("<script>var a = 1;</script>"))


# ---------------------------------------------------------------------------------------------
# Extraction


def test_government_page_starts_at_title_and_ends_at_last_body_paragraph():
    doc = doc_of((FIXTURES / "gov_article.html").read_bytes())
    lines = doc.text.splitlines()
    assert lines[0] == "关于开展2023年职工技能大赛的通知"
    assert lines[1] == "各基层工会："
    assert lines[-1] == "2023年5月12日"
    for chrome in ("当前位置", "首页", "分享到", "责任编辑", "打印本页", "相关文章", "上一篇", "版权所有",
                   "ICP", "浏览次数", "字号", "脚本里的文字", "设为首页"):
        assert chrome not in doc.text, chrome
    assert "“互联网+”营销师" in doc.text  # entities inside the body


def test_pruning_is_explained_in_meta():
    info = doc_of((FIXTURES / "gov_article.html").read_bytes()).meta["html"]
    assert info["block"].endswith("#zoom")
    assert info["pruned"]["H101"]["elements"] >= 2  # script and style
    assert info["pruned"]["H104"]["chars"] > 0  # crumb, share, print, related, pages, footer
    assert info["chars_kept"] < info["chars_page"]


def test_density_picks_the_article_between_a_long_nav_and_a_long_footer():
    doc = doc_of((FIXTURES / "unnamed_blocks.html").read_bytes())
    lines = doc.text.splitlines()
    assert lines[0] == "市工会举办劳模工匠宣讲活动"
    assert lines[-1].startswith("市总工会有关负责人表示")
    assert "机构概况" not in doc.text and "传真" not in doc.text and "日期：" not in doc.text
    assert doc.meta["html"]["block"].endswith("#d2")
    assert doc.meta["published_at"] == "2022-11-03"


def test_css_after_a_self_closed_style_tag_is_not_page_text():
    # written like a TV-news page whose header template opens its CSS with <style ... />
    css = "body {\n\tMARGIN: 0 0 0 0;\n}\n#TopBar { padding:3px 8px; font-family: Verdana, 新细明体; }\n" * 4
    body = (f'<div id="Page"><div id="Top"><style type="text/css" />\n{css}</style>'
            '<a href="/">首页</a> <a href="/news">新闻</a></div>'
            '<div id="story"><h1>寒流来袭 各地气温下探十度</h1>'
            '<p>中央气象局表示，今晚起冷气团南下，北部低温将降至十度左右，提醒民众注意保暖。</p>'
            '<style type="text/css" />\n.pic { float:left; margin:0 8px; }\n</style><div class="pic"><img src="a.jpg"></div>'
            '<p>气象专家指出，本波寒流将持续到周末，山区可能出现结冰现象，开车上山务必小心。</p></div></div>')
    doc = doc_of(page(body))
    assert "MARGIN" not in doc.text and "font-family" not in doc.text and "float:left" not in doc.text
    assert doc.text.splitlines()[-1].startswith("气象专家指出")
    assert doc.meta["html"]["block"].endswith("#story")


def test_self_closed_style_and_script_open_only_up_to_their_own_end_tag():
    from zhclean.html.parse import open_self_closed_raw_text
    closed = '<style type="text/css" />a { color: red }</style><p>正文</p>'
    opened = open_self_closed_raw_text(closed)
    assert opened == '<style type="text/css"  >a { color: red }</style><p>正文</p>'
    assert open_self_closed_raw_text(opened) == opened
    # no end tag, or another script starts first: the slash stays, the article is not swallowed
    for html in ('<script src="a.js" /><p>正文</p>', '<script src="a.js"/><p>正文</p><script>var a;</script>',
                 "<br/><p>正文</p><img src='x.png'/>"):
        assert open_self_closed_raw_text(html) == html
    text, _ = extract(page('<script src="a.js" /><div><p>' + BODY + '</p></div><script>var a;</script>'))
    assert BODY in text


def test_paragraphs_stay_one_per_line_and_br_breaks_lines():
    body = f"<div id='c'><p>{BODY}</p><p>第二段：工会<b>加强</b>职工服务，提升获得感。<br>第三行，换行后的内容。</p></div>"
    lines = doc_of(page(body)).text.splitlines()
    assert BODY in lines
    assert "第二段：工会加强职工服务，提升获得感。" in lines and "第三行，换行后的内容。" in lines


def test_hard_wrapped_source_does_not_put_spaces_between_han_characters():
    body = "<p>各基层工会要认真组织\n      职工参加比赛，按时报送名单。各基层工会要认真组织职工参加。</p>"
    assert "认真组织职工参加比赛" in doc_of(page(body)).text


def test_related_list_after_the_article_is_cut_even_when_unnamed():
    body = (f"<div><h1>通知</h1><p>{BODY}</p><p>{BODY}</p><p>推荐阅读</p>"
            "<p>另一篇文章的摘要，讲的是别的事情。</p></div>")
    text = doc_of(page(body)).text
    assert "推荐阅读" not in text and "另一篇" not in text and BODY in text


def test_a_body_sentence_that_mentions_chrome_words_is_kept():
    body = (f"<div id='c'><p>{BODY}</p><p>相关部门要加强版权保护，打印材料请注明来源，责任编辑部门要严格审核。</p></div>")
    assert "相关部门要加强版权保护" in doc_of(page(body)).text


def test_a_misnamed_wrapper_that_holds_the_article_is_not_pruned():
    # www.gov.cn wraps articles in class="pages_content"; "pages" also names pagers
    body = f"<div class='pages_content'><p>{BODY}</p><p>{BODY}</p></div><div class='pages'>1 2 3 下一页</div>"
    text = doc_of(page(body)).text
    assert BODY in text and "下一页" not in text


def test_stray_closing_html_tag_does_not_end_the_page():
    body = f"<div class='header'>站点头部</div></body></html><div id='c'><p>{BODY}</p></div>"
    assert BODY in doc_of(page(body)).text


def test_self_closing_button_does_not_swallow_the_article():
    body = f"<form><button type='button' value='搜索' /></form><div id='c'><p>{BODY}</p><p>{BODY}</p></div>"
    assert BODY in doc_of(page(body)).text


# ---------------------------------------------------------------------------------------------
# Metadata


def test_title_suffix_forms():
    assert strip_site_suffix("关于开展劳动竞赛的通知_通知公告_某某市总工会") == "关于开展劳动竞赛的通知"
    assert strip_site_suffix("关于开展劳动竞赛的通知 - 某某市总工会") == "关于开展劳动竞赛的通知"
    assert strip_site_suffix("关于开展劳动竞赛的通知—某某市人民政府") == "关于开展劳动竞赛的通知"
    assert strip_site_suffix("中华人民共和国工会法-法律法规") == "中华人民共和国工会法"
    assert strip_site_suffix("1-10月德清县固定资产投资结构趋稳趋优") == "1-10月德清县固定资产投资结构趋稳趋优"


@pytest.mark.parametrize("key,head,body,want", [
    ("title", '<meta property="og:title" content="职工技能大赛开幕">', "", "职工技能大赛开幕"),
    ("title", '<meta name="ArticleTitle" content="关于开展劳动竞赛的通知">', "", "关于开展劳动竞赛的通知"),
    ("title", "", "<h1>市总工会召开全委会议</h1>", "市总工会召开全委会议"),
    ("title", "", "", "通知"),  # <title>通知_某某市总工会</title> minus the site suffix
    ("published_at", '<meta name="PubDate" content="2023-05-12 09:30">', "", "2023-05-12T09:30:00"),
    ("published_at", '<meta name="publishdate" content="2019-06-15">', "", "2019-06-15"),
    ("published_at", '<meta property="article:published_time" content="2019-09-24T09:10:00+08:00">', "",
     "2019-09-24T09:10:00+08:00"),
    ("published_at", "", '<time datetime="2021-03-08T10:00:00">3月8日</time>', "2021-03-08T10:00:00"),
    ("published_at", "", "<h1>通知</h1><div>发布时间：2023年05月12日 来源：市总工会</div>", "2023-05-12"),
    ("published_at", "", "<h1>通知</h1><div>2018-05-17 14:20 人民网</div>", "2018-05-17T14:20:00"),
])
def test_title_and_published_at_from_each_source(key, head, body, want):
    doc = doc_of(page(f"{body}<div id='c'><p>{BODY}</p></div>", head=head))
    assert doc.meta[key] == want


def test_chinese_dates_keep_month_and_day():
    assert parse_date("2023年05月12日") == "2023-05-12"
    assert parse_date("2023年5月2日 8:05") == "2023-05-02T08:05:00"
    assert parse_date("2019/10/25 17:09:02") == "2019-10-25T17:09:02"
    assert parse_date("2023年13月45日") is None
    assert parse_date("共2023人参加") is None


def test_site_source_column_author_keywords_description_url():
    head = ('<meta name="SiteName" content="某某市总工会"><meta name="ColumnName" content="工会要闻">'
            '<meta name="ContentSource" content="市总工会宣教部"><meta name="author" content="张三">'
            '<meta name="keywords" content="工会,职工、劳模"><meta name="description" content="简介">'
            '<link rel="canonical" href="https://gh.example.cn/a/1.html">')
    meta = doc_of(page(f"<div id='c'><p>{BODY}</p></div>", head=head)).meta
    assert meta["site_name"] == "某某市总工会" and meta["column"] == "工会要闻"
    assert meta["source"] == "市总工会宣教部" and meta["author"] == "张三"
    assert meta["keywords"] == ["工会", "职工", "劳模"] and meta["description"] == "简介"
    assert meta["url"] == "https://gh.example.cn/a/1.html"


def test_og_site_name_and_source_from_the_info_line():
    head = '<meta property="og:site_name" content="示例新闻网">'
    body = f"<h1>职工运动会开幕</h1><p>2023-04-01 10:00 来源：示例日报 作者：李四</p><div id='c'><p>{BODY}</p></div>"
    meta = doc_of(page(body, head=head)).meta
    assert meta["site_name"] == "示例新闻网" and meta["source"] == "示例日报" and meta["author"] == "李四"


# ---------------------------------------------------------------------------------------------
# Bounds


# Their time bounds are checked by benchmarks/bench_html.py --hostile, not by timed tests.


def test_ten_thousand_nested_divs_are_extracted_whole():
    deep = ("<html><body><h1>深层页面的标题</h1>" + "<div>" * 10000 + f"<p>{BODY}</p>" + "</div>" * 10000
            + f"<p>{BODY[:-1]}，页面最后一段。</p></body></html>")
    text, meta = extract(deep)
    assert BODY in text and "页面最后一段" in text
    assert meta["html"]["flattened"] is True


def test_twenty_megabyte_page_is_extracted_whole():
    para = "<p>" + "职工代表大会是企业实行民主管理的基本形式，" * 250 + "</p>"
    nav = "<ul class='nav'>" + "<li><a href='/a'>工会动态</a></li>" * 2000 + "</ul>"
    html = f"<html><body>{nav}<div id='zoom'>{para * 2700}</div><div class='footer'>版权所有</div></body></html>"
    assert len(html.encode("utf-8")) > 20_000_000
    text, meta = extract(html)
    assert meta["html"]["block"].endswith("#zoom") or "工会动态" not in text
    assert text.count("\n") == 2699


# ---------------------------------------------------------------------------------------------
# Readers


def test_html_files_and_jsonl_records_holding_pages_are_extracted(tmp_path):
    gov = (FIXTURES / "gov_article.html").read_text(encoding="utf-8")
    (tmp_path / "a.html").write_text(gov, encoding="utf-8")
    with open(tmp_path / "b.jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "p1", "text": gov}, ensure_ascii=False) + "\n")
        f.write(json.dumps({"id": "t1", "text": "纯文本记录，<b>不是</b>网页。"}, ensure_ascii=False) + "\n")
    docs = {d.id: d for d in read_corpus([tmp_path])}
    assert docs["a"].text == docs["p1"].text
    assert docs["p1"].meta["title"] == "关于开展2023年职工技能大赛的通知"
    assert docs["t1"].text == "纯文本记录，<b>不是</b>网页。"
    (kept,) = [d for d in read_corpus([tmp_path / "b.jsonl"], ReadOptions(html="never")) if d.id == "p1"]
    assert kept.text == gov


def test_looks_like_html():
    assert looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    assert looks_like_html("  <!-- saved page -->\n<html lang='zh'>")
    assert not looks_like_html("正文里提到<html>标签。")


def test_an_unnamed_next_article_teaser_beside_a_short_article_is_left_out():
    article = f"<div id='art'><p>{BODY}</p><p>{BODY[:-1]}，另请各单位做好宣传。</p><p>+1</p></div>"
    teaser = ("<div><a href='/n.html'>阅读下一篇：市总工会走访慰问一线职工</a>"
              "<p>市总工会领导走访慰问了坚守岗位的一线职工，送去慰问品。</p><a href='/m.html'>更多</a></div>")
    doc = doc_of(page(f"<h1>通知</h1>{article}{teaser}"))
    assert doc.meta["html"]["block"].endswith("#art")
    assert "走访慰问" not in doc.text and "+1" not in doc.text and BODY in doc.text


def test_binary_files_named_html_are_refused():
    with pytest.raises(DecodeError):
        doc_of(b"\x00\x01\x02binary" * 100)


def test_utf16_and_big5_pages():
    assert "正文内容" in doc_of("\ufeff<html><body><p>UTF-16 页面，正文内容。</p></body></html>".encode("utf-16")).text
    raw = ('<?xml version="1.0" encoding="big5"?><html><body><p>臺灣的工會組織，正在舉辦勞工講座。</p></body></html>'
           .encode("big5"))
    doc = doc_of(raw)
    assert "臺灣的工會組織" in doc.text and doc.meta["encoding"] == "big5hkscs"


def test_open_government_notice_keeps_the_document_and_reads_its_number():
    doc = doc_of((FIXTURES / "xxgk_notice.html").read_bytes())
    lines = doc.text.splitlines()
    assert lines[0] == "关于印发《示例市职工疗休养管理办法》的通知"
    assert lines[-1] == "第三条　本办法自2023年4月1日起施行。"
    assert "2023年2月27日" in lines  # the signature date is part of the document
    assert "索引号" not in doc.text and "主题分类" not in doc.text and "分享" not in doc.text
    assert doc.meta["doc_number"] == "示政办发〔2023〕5号"
    assert doc.meta["published_at"] == "2023-03-01T10:20:00"


def test_a_long_comment_section_under_a_short_article_is_pruned():
    comments = "".join(f"<li><p>网友{i}：这个活动办得很好，希望以后多组织类似的活动，让更多职工受益。</p></li>"
                       for i in range(30))
    body = (f"<h1>职工运动会开幕</h1><div id='art'><p>{BODY}</p></div>"
            f"<div class='comment-list'><h3>网友评论</h3><ul>{comments}</ul></div>")
    doc = doc_of(page(body))
    assert BODY in doc.text and "网友" not in doc.text
    assert doc.meta["html"]["pruned"]["H104"]["chars"] > 1000


def test_table_layout_with_a_column_of_headline_summaries_picks_the_article():
    left = "".join(f"<tr><td><a href='/n{i}.html'>市总工会召开第{i}次主席办公会议</a><br>"
                   "会议研究部署了近期重点工作，强调要抓好落实。</td></tr>" for i in range(12))
    article = "".join(f"<p>　　第{i}段，本次职工书画摄影展共收到作品三百余件，经评审，评出一等奖五名、二等奖十名、"
                      "三等奖二十名，展览将持续到月底。</p>" for i in range(3))
    html = ("<html><head><title>市职工书画摄影展开幕--示例市总工会</title></head><body><table>"
            f"<tr><td colspan=2>示例市总工会</td></tr><tr><td valign=top><table>{left}</table></td>"
            "<td><table><tr><td align=center><font size=4><b>市职工书画摄影展开幕</b></font></td></tr>"
            "<tr><td align=center>作者：宣教部　　时间：2021-9-6　　点击：345</td></tr>"
            f"<tr><td>{article}</td></tr><tr><td>【<a href='#'>打印</a>】【<a href='#'>关闭</a>】</td></tr>"
            "</table></td></tr><tr><td colspan=2>版权所有：示例市总工会</td></tr></table></body></html>")
    doc = doc_of(html)
    lines = doc.text.splitlines()
    assert lines[0] == "市职工书画摄影展开幕" and lines[-1].startswith("第2段")
    assert "主席办公会议" not in doc.text and "点击" not in doc.text
    assert doc.meta["published_at"] == "2021-09-06"


def test_a_page_of_short_lines_keeps_its_text():
    text, _ = extract("<div><p>正文，段落。<div></p></div>文本，尾巴。")
    assert text.splitlines() == ["正文，段落。", "文本，尾巴。"]


from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<br>", "<a href='x'>", "</a>", "<table><tr><td>",
                           "</td></tr></table>", "<script>", "</script>", "<h1>", "</h1>", "</html>", "<!--", "-->",
                           "&nbsp;", "&amp;", "正文，", "段落。", "工会", "2023年5月12日", "发布时间：", "责任编辑：",
                           "<div class='footer'>", "<span style='display:none'>", "\n", " "])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_any_tag_soup_gives_text_or_a_decode_error(pieces):
    html = "".join(pieces)
    try:
        text, meta = extract(html)
    except DecodeError:
        return
    for line in text.splitlines():
        assert line and line == line.strip(), repr(line)  # one stripped paragraph per line
    for markup in ("<div", "<p>", "<br>", "<td", "<a href", "&nbsp;"):
        assert markup not in text


def test_folded_article_text_is_kept_but_hidden_popups_go():
    rest = "".join(f"<p>第{i}部分，职工疗休养活动安排在五月，各单位要提前做好报名和统计工作，确保活动顺利开展。</p>"
                   for i in range(4))
    body = (f"<h1>通知</h1><div id='art'><p>{BODY}</p><div style='display:none' class='fold'>{rest}</div>"
            "<a href='#'>展开全文</a></div><div style='display: none'>登录后可以评论，请先登录账号。</div>")
    doc = doc_of(page(body))
    assert "第3部分" in doc.text and "请先登录" not in doc.text


def test_english_sentences_count_as_prose():
    body = ("<div id='nav'><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About us</a></div>"
            "<div id='art'><p>The union held its annual meeting on Monday. Members voted on the new agreement.</p>"
            "<p>About three hundred workers attended the meeting in the city hall.</p></div>")
    text = doc_of(page(body)).text
    assert "annual meeting" in text and "three hundred" in text and "About us" not in text


def test_edge_trimming_needs_labels_not_just_words():
    body = (f"<h1>全市职工运动会开幕</h1><div id='art'><p>发布会现场</p><p>{BODY}</p><p>{BODY}</p>"
            "<p>评论员 王五</p></div>")
    lines = doc_of(page(body)).text.splitlines()
    assert lines[1] == "发布会现场" and lines[-1] == "评论员 王五"


def test_an_h1_logo_is_not_the_title():
    body = (f"<div class='header'><h1><a href='/'>示例市总工会网站</a></h1></div><div id='art'><p>{BODY}</p></div>")
    html = ('<html><head><meta charset="utf-8"><title>关于开展劳动竞赛的通知</title></head>'
            f"<body>{body}</body></html>")
    doc = doc_of(html)
    assert doc.meta["title"] == "关于开展劳动竞赛的通知" and "示例市总工会网站" not in doc.text


def test_a_site_wide_meta_title_loses_to_the_heading_that_prints_the_title_tag():
    # the meta title is the site's slogan, the same on every page; a heading prints the
    # <title>'s article part, so that is the title (html-gold daniel-074's shape)
    html = ('<html><head><meta charset="utf-8"><meta name="Title" content="示例日报网－中国人的国际视野平台：时政、评论、博客"/>'
            "<title> 市总工会主席作客示例日报网 答网友问 - 中文国际</title></head><body>"
            f"<h2 class='bt05'> 市总工会主席作客示例日报网 答网友问</h2><div id='art'><p>{BODY}</p><p>{BODY}</p></div></body></html>")
    doc = doc_of(html)
    assert doc.meta["title"] == "市总工会主席作客示例日报网 答网友问"
    assert doc.text.splitlines()[0] == "市总工会主席作客示例日报网 答网友问"


def test_title_printed_in_a_plain_div_is_confirmed_and_its_date_read():
    html = ('<html><head><meta charset="utf-8"><title>法国再次爆发全国大罢工-新华网</title></head><body>'
            "<div class='h-title'>法国再次爆发全国大罢工</div><div class='h-info'><span>2019-12-10 07:57:40</span>"
            f"<span>来源：新华网</span></div><div id='p-detail'><p>图集</p><p>{BODY}</p><p>{BODY}</p></div></body></html>")
    doc = doc_of(html)
    assert doc.text.splitlines()[:2] == ["法国再次爆发全国大罢工", BODY]
    assert doc.meta["published_at"] == "2019-12-10T07:57:40" and doc.meta["source"] == "新华网"


# ---------------------------------------------------------------------------------------------
# The extraction steps are rules (H101–H108)

NAV_IN_ARTICLE = page(f'<div id="zoom"><nav>当前栏目：<a href="/tz">通知公告</a></nav><p>{BODY}</p></div>')


def test_every_extraction_step_is_a_registered_rule():
    steps = [cls for cls in all_rules() if cls.stage == Stage.EXTRACT]
    assert [cls.code for cls in steps] == list(STEP_CODES)
    assert all(cls.name.startswith("html.") and cls.default_enabled for cls in steps)


def test_ignoring_a_step_keeps_what_it_would_remove_from_python():
    assert "当前栏目" not in doc_of(NAV_IN_ARTICLE).text
    pipe = Pipeline(ignore=["H103"])
    doc = html_to_document(NAV_IN_ARTICLE, doc_id="t", source="t.html", rules=pipe.codes)
    assert "当前栏目：通知公告" in pipe.clean(doc).text
    assert doc.meta["html"]["skipped"] == ["H103"] and "H103" not in doc.meta["html"]["pruned"]
    # the same through the runner, which hands the pipeline's selection to the extractor
    config = Pipeline(ignore=["H103"]).config
    [record] = clean_stream([PendingHtml(id="t", source="t.html", data=NAV_IN_ARTICLE, meta={})], config)
    assert "当前栏目：通知公告" in record["text"]


def test_ignoring_a_step_from_the_command_line(tmp_path, capsys):
    src = tmp_path / "page.html"
    src.write_text(NAV_IN_ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(src), "-o", str(out), "--ignore", "H103"]) == 0
    assert "当前栏目：通知公告" in json.loads(out.read_text(encoding="utf-8"))["text"]
    assert main(["clean", str(src), "-o", str(out)]) == 0
    assert "当前栏目" not in json.loads(out.read_text(encoding="utf-8"))["text"]
    summary = capsys.readouterr().err
    assert "H103" in summary and "html.furniture-by-tag" in summary  # the run summary counts H removals


def test_explain_and_rules_show_the_extraction_steps(capsys):
    assert main(["explain", "H101"]) == 0
    shown = capsys.readouterr().out
    assert "html.non-text-elements" in shown and "runs in stage: extract" in shown and "<script>" in shown
    assert main(["rules", "--select", "H1"]) == 0
    listed = capsys.readouterr().out
    assert all(code in listed for code in STEP_CODES)


def test_removals_are_trail_entries_with_their_place_in_the_page():
    html = (FIXTURES / "gov_article.html").read_bytes().decode("utf-8")
    _, meta = extract(html)
    info = meta["html"]
    for code, count in info["pruned"].items():
        own = [e for e in info["removed"] if e["rule"] == code]
        assert sum(e["chars"] for e in own) == count["chars"], code
    found = [e for e in info["removed"] if e["start"] is not None]
    assert found and all(set(e) == {"rule", "start", "end", "chars"} for e in info["removed"])
    for e in found:
        if e["rule"] in ("H101", "H102", "H103", "H104", "H106"):
            assert html[e["start"]] == "<" and html[e["end"] - 1] == ">", e
    # the head goes as one region (its meta, title and script are counted, inside its entry)
    [head] = [e for e in info["removed"] if e["rule"] == "H101" and html[e["start"]:].startswith("<head>")]
    assert html[head["start"]:head["end"]].endswith("</head>") and info["pruned"]["H101"]["elements"] > 1
    body_script = page(f'<div id="zoom"><p>{BODY}</p><script>var hits = 1;</script></div>')
    [script] = [e for e in extract(body_script)[1]["html"]["removed"] if e["start"] > body_script.index("<body")]
    assert body_script[script["start"]:script["end"]] == "<script>var hits = 1;</script>"


def test_the_full_trail_keeps_the_removed_text_and_none_keeps_no_entries():
    html = page(f'<div id="zoom"><p>{BODY}</p><div class="print-box">【打印本页】</div><p>{BODY}</p></div>')
    _, meta = extract(html, trail="full")
    [entry] = [e for e in meta["html"]["removed"] if e["rule"] == "H104"]
    assert entry["text"] == "【打印本页】" and html[entry["start"]:entry["end"]].startswith('<div class="print-box">')
    _, meta = extract(html, trail="none")
    assert "removed" not in meta["html"] and meta["html"]["pruned"]["H104"]["elements"] == 1


def test_a_home_link_glued_to_the_last_sentence_goes_and_its_entry_holds_the_link():
    link = '<a href="http://www.qq.com/?pref=article"><span>返回腾讯网首页&gt;&gt;</span></a>'
    html = page(f'<div id="zoom"><p>{BODY}</p><p>{BODY}{link}</p></div>')
    text, meta = extract(html, trail="full")
    assert text.splitlines()[-1] == BODY
    [entry] = [e for e in meta["html"]["removed"] if e["rule"] == "H108"]
    assert html[entry["start"]:entry["end"]] == link and entry["text"] == "返回腾讯网首页>>"


def test_edge_lines_are_found_in_the_page():
    html = page(f'<div id="zoom"><p>{BODY}</p><p>责任编辑：<span>张三</span></p></div>')
    _, meta = extract(html)
    [entry] = [e for e in meta["html"]["removed"] if e["rule"] == "H107"]
    assert html[entry["start"]:entry["end"]] == "责任编辑：<span>张三" and entry["chars"] == len("责任编辑：张三")




def _forum_page(post_class: str, list_class: str) -> str:
    """A thread: a long first post beside short replies, each under a poster's card of short
    unpunctuated lines, so a reply alone scores below zero and the first post scores best."""
    def card(i: int) -> str:
        return (f"<div class='author'><div>用户{i}号</div><div>积分 {1200 + i}</div><div>帖子 {30 + i}</div>"
                f"<div>注册时间 2011-0{i % 9 + 1}-12</div></div>")
    first = "<br>".join(f"楼主第{k}段：我的电脑装了新显卡以后，玩游戏时总是突然黑屏，重装了系统也没有用。" for k in range(6))
    posts = [f"<div class='{post_class}'>{card(1)}<div class='msg'>{first}</div></div>"]
    posts += [f"<div class='{post_class}'>{card(i)}<div class='msg'>第{i}楼回复：更新驱动试试。</div></div>"
              for i in range(2, 7)]
    return page(f"<h1>显卡驱动问题求助</h1><div class='{list_class}'>{''.join(posts)}</div>")


def test_a_thread_is_kept_whole_when_its_first_post_scores_best():
    doc = doc_of(_forum_page("post", "thread"))
    assert "楼主第5段" in doc.text and all(f"第{i}楼回复" in doc.text for i in range(2, 7))


def test_reply_named_posts_of_a_thread_are_not_pruned_as_comments():
    doc = doc_of(_forum_page("reply-item", "reply-list"))
    assert "楼主第5段" in doc.text and all(f"第{i}楼回复" in doc.text for i in range(2, 7))


def test_an_articles_own_paragraphs_are_not_a_thread():
    # four <p> of one article are not four posts: a comment box inside the article still goes
    para = "<p>今年以来，市总工会围绕职工技能提升开展了系列活动，参与职工超过两万人次，成效明显。</p>"
    comment = "<div class='comment-box'><p>网友甲：活动很好，希望明年继续举办，我们车间都报名了。</p></div>"
    doc = doc_of(page(f"<h1>市总工会开展职工技能提升活动</h1><div id='zoom'>{para * 4}{comment}</div>"))
    assert doc.text.count("成效明显") == 4 and "网友甲" not in doc.text



_TITLED_PAGE = (
    "<html><head><title>微博热议：网友关注春运返乡话题_时事_某某网</title></head><body>"
    "<div class='left'><div class='txt'><div class='txt_tit'><h1>微博热议：网友关注春运返乡话题</h1>"
    "<div class='info'>2012-01-17 20:40 来源：某某网</div></div>"
    "<div class='txt_con'><p>据某某网统计，1月17日晚间新浪微博中，春运返乡、火车票实名制等仍是网友热议的话题。"
    "此外，湖南卫视春晚、电影《逆战》等话题也受到网友热议。</p>"
    + "".join(f"<p>热门话题第{i}条({i * 1000 + 7})</p>" for i in range(1, 9))
    + "</div></div>"
    "<div class='other'><p>中国资本市场信披平台实时发布上市公司、基金、港股、监管文件等各类公告，"
    "提供免费订阅功能，手机短信提醒。信息公告，即刻知道，详情请登录平台。</p>"
    "<p>本站提供财经资讯、行情数据、研究报告、投资工具，欢迎订阅、转发、收藏、评论。</p></div>"
    "</div></body></html>"
)


def test_the_block_under_the_title_wins_over_a_promo_box_that_outscores_it():
    # the article's short list lines count against it, so the promo box scores higher;
    # the title heading and comparable prose make the block under it the article
    text, meta = extract(_TITLED_PAGE)
    assert "据某某网统计" in text
    assert "信披平台" not in text
    assert meta["html"]["block"].endswith(".txt")


def test_a_much_longer_article_elsewhere_still_beats_a_summary_under_the_title():
    page = ("<html><head><title>某市召开会议_某某网</title></head><body><div class='hd'><h1>某市召开会议</h1>"
            "<p>导语：会议指出，要做好春运工作，保障群众出行。</p></div><div class='bd'>"
            + "<p>会议强调，各部门要加强协调，落实责任，确保春运期间交通安全、秩序良好、服务到位。</p>" * 6
            + "</div></body></html>")
    text, _ = extract(page)
    assert text.count("会议强调") == 6


def test_an_article_split_in_two_by_a_gallery_keeps_both_parts():
    # 163.com closes div#endText after the first paragraph, prints a photo gallery, then opens a
    # second div#endText with the rest: the richer part alone would lose the first paragraph
    gallery = "<div class='nph_gallery'>" + "".join(
        f"<a href='/photo/{k}.html'>第{k}张</a>" for k in range(1, 9)) + "</div>"
    page = ("<html><head><title>姚明参加熊猫放归活动_网易体育</title></head><body>"
            "<div class='endContent'><h1>姚明参加熊猫放归活动</h1>"
            "<div id='endText'><p>前天，作为新当选的市政协委员，姚明刚在上海参加了市政协会议，昨天又出现在成都大熊猫繁育研究基地。</p></div>"
            + gallery + "<div id='endText'>"
            + "<p>在启动仪式现场，姚明作了简短讲话，现场气氛十分热烈，随后参加了熊猫放养仪式，并与熊猫合影留念。</p>" * 6
            + "</div></div></body></html>")
    text, _ = extract(page)
    assert "前天，作为新当选的市政协委员" in text
    assert text.count("在启动仪式现场") == 6
    assert "第3张" not in text


def _page_with_form(form: str, paragraphs: int = 6) -> str:
    return ("<html><head><title>某公司年会举行_某某网</title></head><body><div id='artical'><h1>某公司年会举行</h1>"
            + "<p>昨晚，某公司在北京举行年会，公司全体员工和合作伙伴代表一千余人参加，现场气氛热烈。</p>" * paragraphs
            + form + "</div></body></html>")


def test_a_poll_beside_the_article_goes_with_its_options():
    # a news site's 调查 box: questions and their options, the controls dropped by H101
    options = "".join(f"<li><input type='radio' name='q1' value='{k}'>{text}</li>" for k, text in enumerate(
        ("炒作，邀请争议明星现身为企业做宣传", "民意，员工票选结果", "无所谓，企业有钱请谁都可以")))
    poll = (f"<form action='http://survey.example.com/poll.php'><h3>你如何看待企业邀请明星参加年会？</h3><ul>{options}</ul>"
            "<input type='submit' value='投票'></form>")
    text, _ = extract(_page_with_form(poll))
    assert text.count("昨晚，某公司在北京举行年会") == 6
    assert "你如何看待" not in text and "无所谓" not in text
    # the same form without the controls is text, not a poll
    text, _ = extract(_page_with_form(poll.replace("<input type='radio'", "<span").replace("'submit'", "'hidden'")))
    assert "你如何看待" in text


def test_a_long_status_signed_like_its_replies_keeps_them():
    # the status' poster cell (div > a + span) is built as every reply's: a board's page,
    # however long the status (a news brief's byline says 来源 and keeps its comments out)
    html = ('<html><head><title>楼下装修太吵了怎么办 - 小区邻里</title></head><body><div class="status"><div class="status-head"><a href="#">七楼小王</a> <span>2024-03-02 08:15</span></div><h1>楼下装修太吵了怎么办</h1><div class="status-txt">楼下装修一个月了，每天早上七点就开始电钻，跟物业说了也没用。<br/>家里老人心脏不好，孩子还要上网课，一响起来整个屋子都在震。<br/>物业说装修手续齐全，只能让我们自己协调，楼下业主电话也不接。<br/>想问问大家遇到这种情况一般怎么处理，有没有管用的办法？</div></div><div class="comment-wrap" id="comments"><ul class="cmt-list"><li class="cmt"><div class="cmt-who"><a href="#">老张不慌</a> <span>2024-03-02 09:01</span></div><p class="cmt-txt">按规定装修只能在八点到十二点、下午两点到六点，可以打12345投诉。</p></li><li class="cmt"><div class="cmt-who"><a href="#">橘子汽水</a> <span>2024-03-02 09:40</span></div><p class="cmt-txt">先上门好好沟通一下，大多数人还是讲道理的。</p></li><li class="cmt"><div class="cmt-who"><a href="#">大白菜</a> <span>2024-03-02 10:12</span></div><p class="cmt-txt">物业不管就找居委会，拍视频留证据。</p></li></ul></div></body></html>')
    text = extract(html)[0]
    assert "家里老人心脏不好" in text and "按规定装修只能在八点到十二点" in text
    assert "拍视频留证据" in text and "2024-03-02 09:01" not in text


def test_a_comment_heading_with_a_bare_count_goes_with_the_thread_furniture():
    # 评论 3 heads the replies as 全部回复（3） does; the replies themselves stay
    replies = "".join(f'<li class="cmt"><div class="cmt-who"><a href="#">{who}</a> <span>2024-03-02 09:0{k}</span></div>'
                      f'<p class="cmt-txt">{text}</p><div class="cmt-op"><a href="#">回复</a> <a href="#">赞</a></div></li>'
                      for k, (who, text) in enumerate([("老张不慌", "按规定装修只能在八点到十二点，可以打12345投诉。"),
                                                       ("橘子汽水", "先上门好好沟通一下，大多数人还是讲道理的。"),
                                                       ("大白菜", "物业不管就找居委会，拍视频留证据。")]))
    html = ('<html><head><title>楼下装修太吵了怎么办 - 小区邻里</title></head><body><div class="status"><div class="status-head">'
            '<a href="#">七楼小王</a> <span>2024-03-02 08:15</span></div><h1>楼下装修太吵了怎么办</h1><div class="status-txt">'
            '楼下装修一个月了，每天早上七点就开始电钻，跟物业说了也没用。<br/>家里老人心脏不好，孩子还要上网课。<br/>'
            '物业说装修手续齐全，只能让我们自己协调，楼下业主电话也不接，想问问大家一般怎么处理。</div>'
            '<div class="status-op">转发 3 点赞 20</div></div><div class="comment-wrap" id="comments"><div class="cmt-title">'
            f'评论 3</div><ul class="cmt-list">{replies}</ul><div class="cmt-more"><a href="#">查看更多评论</a></div></div>'
            '</body></html>')
    text = Pipeline().clean_text(html, html="always")
    assert "评论 3" not in text and "拍视频留证据" in text and "家里老人心脏不好" in text


def test_terse_replies_of_a_status_signed_like_them_are_kept():
    # replies of a few characters hold little of the page's prose; the poster cells built
    # alike (a name and a time) say they are a board's replies all the same
    replies = "".join(f'<li class="cmt"><div class="cmt-who"><a href="#">{who}</a> <span>2024-03-02 09:0{k}</span></div>'
                      f'<p class="cmt-txt">{text}</p><div class="cmt-op"><a href="#">回复</a> <a href="#">赞</a></div></li>'
                      for k, (who, text) in enumerate([("老张不慌", "学习了"), ("橘子汽水", "说得太对了，深有体会。"),
                                                       ("大白菜", "前排围观"), ("阿呆", "同问，坐等大神解答。")]))
    html = ('<html><head><title>楼下装修太吵了怎么办 - 小区邻里</title></head><body><div class="status"><div class="status-head">'
            '<a href="#">七楼小王</a> <span>2024-03-02 08:15</span></div><h1>楼下装修太吵了怎么办</h1><div class="status-txt">'
            '楼下装修一个月了，每天早上七点就开始电钻，跟物业说了也没用。<br/>家里老人心脏不好，孩子还要上网课。<br/>'
            '物业说装修手续齐全，只能让我们自己协调，楼下业主电话也不接，想问问大家一般怎么处理。</div></div>'
            f'<div class="comment-wrap" id="comments"><ul class="cmt-list">{replies}</ul></div></body></html>')
    text = extract(html)[0]
    assert "学习了" in text and "前排围观" in text and "家里老人心脏不好" in text
