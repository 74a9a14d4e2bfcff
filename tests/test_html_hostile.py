"""Hostile pages: each is cleaned or reported, never lost or left as markup. Their time
bounds are checked by ``benchmarks/bench_html.py --hostile``, not here (the machine is shared).
"""
from __future__ import annotations

from lxml import etree

from zhclean.html import extract
from zhclean.html.measure import Measure
from zhclean.html.parse import MAX_ATTRIBUTES, parse, trim_attributes
from zhclean.html.render import render

BODY = "各基层工会：现将职工技能大赛的有关事项通知如下，请认真组织，按时报送。"


def link_page(links: int) -> str:
    nav = "<div class='list'><ul>" + "".join(f"<li><a href='/a/{i}.html'>工会动态第{i}期</a></li>"
                                             for i in range(links)) + "</ul></div>"
    return f"<html><body><h1>职工技能大赛通知</h1>{nav}<div id='zoom'><p>{BODY}</p><p>{BODY}</p></div></body></html>"


def test_a_page_of_forty_thousand_links_gives_its_article():
    text, meta = extract(link_page(40_000))
    assert BODY in text and "工会动态" not in text
    assert meta["html"]["block"].endswith("#zoom")


def test_a_removed_subtree_is_let_go_children_first():
    # lxml frees the proxy of a detached element by walking its subtree for live proxies:
    # parents first, each walk passes all those freed before it (a removed list of 16,000
    # links took 65 s); children first, it stops at once. Timed in bench_html.py --hostile.
    freed: list[str] = []

    class Recorded(etree.ElementBase):
        def __del__(self):
            freed.append(self.get("n"))

    parser = etree.HTMLParser()
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=Recorded))
    items = "".join(f"<li n='li{i}'><a n='a{i}' href='/{i}'>动态{i}</a></li>" for i in range(20))
    root = etree.fromstring(f"<html><body><div n='list'><ul n='ul'>{items}</ul></div><p n='p'>{BODY}</p></body></html>",
                            parser)
    body = root.find("body")
    m = Measure(body)
    removed = body[0]
    parent_of = {el.get("n"): el.getparent().get("n") for el in removed.iter()}
    body.remove(removed)
    del removed
    m.release()
    assert set(parent_of) <= set(freed) and not m.chars and not m.order
    for name, parent in parent_of.items():
        if parent is not None:
            assert freed.index(name) < freed.index(parent), (name, parent)


def test_the_first_lines_of_a_render_are_those_of_the_whole_render():
    root = parse(link_page(3_000))[0]
    whole = render(root)
    for first in (1, 9, 12, 500):
        assert render(root, first=first) == whole[:first]
    empty_blocks = parse("<html><body>" + "<div></div>" * 5_000 + "<p>末行。</p></body></html>")[0]
    assert render(empty_blocks, first=12) == render(empty_blocks) == ["末行。"]


def test_a_tag_with_a_hundred_thousand_attributes_is_cut_and_reported():
    attrs = " ".join(f"data-x{i}='{i}'" for i in range(100_000))
    html = f"<html><body><div id='zoom' {attrs}>\n<p>{BODY}</p></div><div class='footer'>版权所有</div></body></html>"
    text, meta = extract(html)
    assert BODY in text and "版权所有" not in text
    assert meta["html"]["attributes_dropped"] == 100_001 - MAX_ATTRIBUTES  # id= is one of them
    trimmed, dropped = trim_attributes(html)
    assert dropped == 100_001 - MAX_ATTRIBUTES and trimmed.count("\n") == html.count("\n")
    assert trim_attributes(trimmed) == (trimmed, 0)


def test_a_few_attributes_and_a_greater_than_in_a_value_are_left_alone():
    html = "<div title='a > b' " + " ".join(f"x{i}=1" for i in range(MAX_ATTRIBUTES)) + f"><p>{BODY}</p></div>"
    assert trim_attributes(html) == (html, 0)


def test_a_text_node_over_ten_megabytes_is_kept_whole():
    big = BODY * (10_500_000 // len(BODY.encode("utf-8")) + 1)
    assert len(big.encode("utf-8")) > 10_500_000
    text, meta = extract(f"<html><body><h1>大段正文</h1><p>{big}</p><div class='footer'>版权所有</div></body></html>")
    assert big in text and "版权所有" not in text


def test_code_in_a_script_that_reads_like_a_long_tag_is_left_alone():
    code = "if (a<b) {" + " ".join(f"v{i} = {i};" for i in range(MAX_ATTRIBUTES * 2)) + "} if (c>d) {}"
    html = f"<html><head><script>{code}</script></head><body><p>{BODY}</p></body></html>"
    assert trim_attributes(html) == (html, 0)
