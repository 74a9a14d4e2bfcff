"""Page metadata: what government CMSs and news sites publish about an article.

Chinese government sites built on the common CMSs (TRS, Hanweb 大汉, 网站群) carry the
metadata the national site standard asks for (GB/T 政府网站 meta): ``ArticleTitle``,
``PubDate``, ``ContentSource``, ``SiteName``, ``ColumnName``; news sites use Open Graph
and ``publishdate``. Everything here works on strings and lxml elements; the functions
that take a ``meta`` dict fill in fields it does not have yet.

>>> strip_site_suffix("不忘初心,牢记使命_兰州市妇女联合会")
'不忘初心,牢记使命'
"""
from __future__ import annotations

import re
from typing import Any

from ..dates import _SP, DATE_RE, labelled_date, parse_date
from .measure import squash

_SITE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|--|\s[-–—]\s|—{1,2}|－)\s*")


def title_segments(title: str) -> list[str]:
    """The parts of a ``<title>`` between site separators (``_ | - —``)."""
    return [p for p in _SITE_SEPARATORS.split(title.strip()) if p]


_SITE_ENDINGS = ("网", "网站", "官网", "频道", "新闻", "在线", "门户")
_BARE_DASH_SUFFIX = re.compile(r"^(?P<head>.{8,}?)\s*[-_]\s*(?P<tail>[^-_，。！？：:,]{2,15})$")


def strip_site_suffix(title: str) -> str:
    """The article part of a ``<title>``: ``标题_栏目_站点`` → ``标题``.

    The first segment wins unless it is too short to be a title (a site prefix such as
    ``新华网 - 标题``), then the longest one.
    """
    parts = [p for p in _SITE_SEPARATORS.split(title.strip()) if p]
    if len(parts) <= 1:
        m = _BARE_DASH_SUFFIX.match(title.strip())
        if m and not m.group("tail")[:1].isdigit():
            return m.group("head")
        return title.strip()
    first = parts[0]
    if first.endswith(_SITE_ENDINGS) and len(first) < max(len(p) for p in parts):
        return max(parts, key=len)  # a site prefix: 新华网 - 标题
    return first


_POWERED_BY = re.compile(r"^powered\s+by\b", re.I)


def site_suffix(title: str) -> str | None:
    """The last segment of a ``<title>`` (often the site name), if there are several; a
    board software's ``Powered by Discuz!`` after the site name is not it."""
    parts = [p for p in _SITE_SEPARATORS.split(title.strip()) if p]
    if len(parts) >= 3 and _POWERED_BY.match(parts[-1]):
        parts.pop()
    if len(parts) < 2 or len(parts[-1]) > 20 or re.search(r"[，。！？：；,!?:;]", parts[-1]):
        return None  # a headline, not a site name
    return parts[-1]


# name/property (lower-cased) → meta field, in order of preference per field.
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("articletitle", "og:title", "twitter:title", "title"),
    "published_at": ("pubdate", "publishdate", "article:published_time", "og:release_date", "publish_date",
                     "publishtime", "publish-time", "firstpublishedtime", "dc.date.issued", "dc.date",
                     "weibo: article:create_at", "date", "createdate", "og:time", "datepublished"),
    "source": ("contentsource", "source", "og:source", "media"),
    "site_name": ("sitename", "og:site_name", "application-name"),
    "column": ("columnname", "column", "catalog"),
    "author": ("author", "article:author", "dc.creator", "og:author"),
    "keywords": ("keywords", "news_keywords", "columnkeywords"),
    "description": ("description", "og:description", "twitter:description"),
    "url": ("og:url", "url"),
}
_COMPACT_DATE_KEYS = frozenset(("pubdate", "publishdate", "publish_date", "date", "createdate"))


def head_meta(root: Any) -> dict[str, str]:
    """``<meta name|property|itemprop=… content=…>`` as a lower-cased name → content map
    (first occurrence wins), plus ``link rel=canonical`` under ``canonical``."""
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("name") or el.get("property") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content and content.strip():
            out.setdefault(key.strip().lower(), content.strip())
    for el in root.iter("link"):
        if (el.get("rel") or "").strip().lower() == "canonical" and el.get("href"):
            out.setdefault("canonical", el.get("href").strip())
    return out


def split_keywords(value: str) -> list[str]:
    """The words of a keywords meta tag, split at commas, 、, semicolons, bars and spaces."""
    words = [w.strip() for w in re.split(r"[,，、;；|\s]+", value) if w.strip()]
    return list(dict.fromkeys(words))


_LABEL_PREFIX = re.compile(r"^(?:来源|作者|稿源|信息来源|文章来源|栏目)\s*[:：]\s*")


def _plausible_author(value: str) -> bool:
    """Template defaults and CMS user ids are not authors: ``name, email@gmail.com``, ``104363``."""
    return bool(value) and "@" not in value and not value.isdigit() and value.lower() not in ("name", "author", "admin")


def from_head(tags: dict[str, str]) -> dict[str, Any]:
    """Metadata fields from the head's meta tags (see :data:`META_FIELDS`)."""
    meta: dict[str, Any] = {}
    for field, keys in META_FIELDS.items():
        for key in keys:
            value = tags.get(key)
            if not value:
                continue
            if field == "published_at":
                iso = parse_date(value, compact=key in _COMPACT_DATE_KEYS)
                if iso:
                    meta[field] = iso
                    break
                continue
            if field == "keywords":
                words = split_keywords(value)
                if words:
                    meta[field] = words
                    break
                continue
            if field == "url" and not value.startswith(("http://", "https://", "//")):
                continue
            value = _LABEL_PREFIX.sub("", re.sub(r"\s+", " ", value)).strip()
            if field == "author" and not _plausible_author(value):
                continue
            if value:
                meta[field] = value
                break
    if "canonical" in tags and tags["canonical"].startswith(("http://", "https://")):
        meta["url"] = tags["canonical"]
    return meta


_INFO_FIELD_RE = {
    "source": re.compile(r"(?:来源|来源于|稿源|信息来源|文章来源)" + _SP + r"[:：]" + _SP
                         + r"(?P<v>[^\s|｜:：【】\[\]]{2,30})"),
    "author": re.compile(r"(?<![责任])(?:作者|撰稿|文|记者)" + _SP + r"[:：]" + _SP + r"(?P<v>[^\s|｜:：【】\[\]]{2,20})"),
}


def from_info_line(text: str) -> dict[str, str]:
    """Fields of an info line such as ``发布时间：2019-10-25 17:09 来源：市总工会 作者：张三``."""
    meta: dict[str, str] = {}
    date = labelled_date(text)
    if date:
        meta["published_at"] = date
    for field, rx in _INFO_FIELD_RE.items():
        m = rx.search(text)
        if m:
            value = m.group("v").strip("，,。;；")
            if value and not DATE_RE.match(value) and not re.match(r"(?:发布|时间|日期|浏览|作者|点击)", value):
                meta[field] = value
    return meta


#: A document number as government documents print it: 示政办发〔2023〕5号, 国发[2019]12号.
DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［（(【]\s*(?:19|20)\d{2}\s*[〕\]］）)】]\s*\d{1,4}\s*号")
_LABELLED_DOC_NUMBER = re.compile(r"(?:发文字号|文\s*号)\s*[:：]\s*(" + DOC_NUMBER_RE.pattern + ")")


_DOC_NUMBER_LABEL = re.compile(r"发文字号|文\s*号")


def doc_number(text: str, *, labelled_only: bool = False) -> str | None:
    """The document number (发文字号) of a government document, labelled or bare."""
    m = _LABELLED_DOC_NUMBER.search(text)
    if m:
        return re.sub(r"\s+", "", m.group(1))
    if labelled_only:
        return None
    m = DOC_NUMBER_RE.search(text)
    return re.sub(r"\s+", "", m.group(0)) if m else None


def meta_near_title(meta: dict[str, Any], heading: Any, top: Any) -> None:
    """Info-line fields (发布时间, 来源, 作者) printed just under the title heading."""
    # the label is looked for in the text with a space between nodes; the page's text without
    # them (one C call) holds it whenever that does, so most pages skip the join
    number = None
    if _DOC_NUMBER_LABEL.search(top.text_content()):
        number = doc_number(" ".join(top.itertext()), labelled_only=True)
    if heading is not None:
        after = _text_after_heading(heading)
        for k, v in from_info_line(after).items():
            meta.setdefault(k, v)
        number = number or doc_number(after[:80])
        if "published_at" not in meta:
            d = DATE_RE.search(after[:200])
            iso = parse_date(d.group(0)) if d else None
            if iso:
                meta["published_at"] = iso
    if number:
        meta.setdefault("doc_number", number)
    if "published_at" not in meta:
        for el in top.iter("time"):
            iso = parse_date(el.get("datetime") or el.text_content() or "", compact=True)
            if iso:
                meta["published_at"] = iso
                break


def _text_after_heading(heading: Any, window: int = 400) -> str:
    """Up to ``window`` characters that follow the heading's text, from the nearest ancestor
    (at most three levels up) where a date follows it."""
    key = squash(heading.text_content())[:16]
    if not key:
        return ""
    anchor = re.compile(r"\s*".join(map(re.escape, key)))
    found = ""
    node = heading.getparent()
    for _ in range(3):
        if node is None:
            break
        # a space between text nodes keeps ``李四`` apart from the paragraph after it
        text = " ".join(node.itertext())
        m = anchor.search(text)
        if m:
            found = re.sub(r"\s+", " ", text[m.end(): m.end() + 2 * window])[:window]
            # the rest of the title itself is not part of the info line
            if DATE_RE.search(found):
                return found
        node = node.getparent()
    return found


def date_from_text(meta: dict[str, Any], top: Any) -> None:
    """``published_at`` from a labelled date anywhere in the page (the last resort)."""
    text = top.text_content()
    iso = labelled_date(text)
    if iso:
        meta["published_at"] = iso


__all__ = ["strip_site_suffix", "site_suffix", "title_segments", "head_meta", "from_head", "from_info_line",
           "split_keywords", "doc_number", "meta_near_title", "date_from_text", "META_FIELDS"]
