"""C401's notice scan reads an unnumbered run once per page: the run ends remembered by
`unnumbered_run` give the same runs as reading each run from its start."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from zhclean.rules._text import line_list
from zhclean.rules.chrome import _docsite_kinds
from zhclean.rules.chrome._docsite_block import unnumbered_run

# Lines an unnumbered notice's item may be (short, a family word and a clause mark), lines
# that are no item (a title, a sentence of the text's own) and lines a scan stops at.
POOL = ["本站资料均来自网络，如有侵权请联系删除。", "下载后请勿传播，仅供学习参考。", "分享到：微信 微博 QQ空间",
        "文艺作品征集评选心得体会", "会议强调，要切实做好职工服务工作。", "上传时间：2024-05-06", "（1）虚拟商品一经售出不退。", ""]


def _stop(t: str) -> bool:
    return t.startswith(("上传时间", "（1）"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=40), st.data())
def test_remembered_run_ends_give_the_runs_read_from_each_start(texts, data):
    lines = line_list("\n".join(texts) + "\n")
    text_idx = [i for i, ln in enumerate(lines) if ln.text.strip()]
    if not text_idx:
        return
    body = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    starts = data.draw(st.lists(st.integers(0, len(text_idx) - 1), max_size=30))
    ends: dict[int, int] = {}
    families = _docsite_kinds._notice_families
    for start in starts:
        assert (unnumbered_run(lines, body, text_idx, start, families, _stop, ends)
                == unnumbered_run(lines, body, text_idx, start, families, _stop))


def test_a_page_of_item_lines_is_read_once_by_the_scan(monkeypatch):
    """A page of a thousand lines that each read as a notice's item: the scan asks each line
    once or twice, not once per start of its edge region (it asked some 50 times)."""
    lines = line_list("工会开展送温暖活动，走访慰问困难职工。\n" + "分享到：微信 微博 QQ空间\n" * 1000)
    asked = []
    real = _docsite_kinds._copys_own_line
    monkeypatch.setattr(_docsite_kinds, "_copys_own_line", lambda t: asked.append(t) or real(t))
    _docsite_kinds.disclaimer_blocks(lines, [False] * len(lines))
    assert 0 < len(asked) <= 2 * len(lines)
