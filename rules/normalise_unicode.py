"""N101–N103: character-level repairs that run before anything reads the text."""
from __future__ import annotations

import bisect
import html
import re
from functools import lru_cache

from zhclean.model import Edit, RuleResult
from zhclean.rule import Context, Rule, Stage

from ._script import changed_runs
from ._text import iter_lines

# An entity, possibly escaped more than once (&amp;nbsp;); the name is checked by html.unescape.
_ENTITY = re.compile(r"&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MAX_UNESCAPES = 4
# An entity cut by a hard wrap (&ldq\r\nuo;): a line break inside a name is always a wrap, and
# the layout rules would join the halves after this rule ran, leaving an entity for a second
# pass (issue 18). It is decoded here; the break stays, before the character, so the lines keep
# the lengths the layout rules measure a hard wrap by (and they join it as any other wrap).
_SPLIT_ENTITY = re.compile(r"&(?:amp;)*#?[A-Za-z0-9]{0,31}(?:\r\n|\n|\r)[A-Za-z0-9]{0,31};")


# An entity with invisible characters inside (&\x00ta\x08u;, &nb\u200bsp;): N103 deletes them
# after this rule has run, so without this the second cleaning would decode what they hid.
# The class is N103's (_INVISIBLE, defined below) minus the zero-width joiners it keeps in emoji.
_VEILS = "\x00-\x08\x0e-\x1f\x7f\u0080-\u009f\u200b\u200e\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
_VEILED_ENTITY = re.compile(f"&[#A-Za-z0-9\r\n{_VEILS}]{{1,64}};")  # and cut by a wrap too
_VEIL = re.compile(f"[{_VEILS}]")


def unescape_entity(entity: str) -> str | None:
    """What an entity left in text stands for, unescaping nested ``&amp;`` too; ``None``
    when it is not an entity or stands for nothing printable.

    >>> unescape_entity("&ldquo;"), unescape_entity("&amp;nbsp;"), unescape_entity("&#24037;")
    ('“', '\\xa0', '工')
    >>> unescape_entity("&nosuchthing;") is None, unescape_entity("&#0;") is None
    (True, True)
    """
    text = entity
    for _ in range(_MAX_UNESCAPES):
        new = html.unescape(text)
        if new == text:
            break
        text = new
    if text == entity or "&" in text and _ENTITY.search(text) or "\ufffd" in text:
        return None
    if any(ord(ch) < 0x20 and ch not in "\t\n\r" for ch in text):
        return None
    return text


class HtmlEntities(Rule):
    """Decode HTML entities left in extracted text (``&nbsp;``, ``&ldquo;``, ``&#24037;``).

    **What it does.** Replaces named and numeric character references with the characters
    they stand for, including doubly escaped ones (``&amp;nbsp;``). Unknown names and
    references to control characters are left alone.

    **Why.** Scrapers that take text from the HTML source or from a JSON API often keep
    entities; ``&nbsp;&nbsp;`` indents and ``&ldquo;工会&rdquo;`` quotes then pollute the
    corpus and hide words from search and deduplication.

    **Anti-pattern**::

        &nbsp;&nbsp;开展&ldquo;送温暖&rdquo;活动&mdash;&mdash;走访困难职工&amp;家属

    **Best practice**::

        开展“送温暖”活动——走访困难职工&家属
    """

    code = "N101"
    name = "normalise.html-entities"
    summary = "HTML entities left in text (&nbsp; &ldquo; &#24037;) become characters"
    stage = Stage.UNICODE
    # a chrome rule deleting the line between the halves of a wrap-cut entity
    # (&ldq / 首页 / uo;) makes them meet
    completed_by_deletions = True

    def apply(self, text: str, ctx: Context) -> RuleResult:
        if "&" not in text:
            return RuleResult()
        edits = []
        for m in _ENTITY.finditer(text):
            char = unescape_entity(m.group())
            if char is not None:
                edits.append(Edit(m.start(), m.end(), char))
        if "\n" in text or "\r" in text:
            starts = [e.start for e in edits]  # in order: finditer gives them so
            for m in _SPLIT_ENTITY.finditer(text):
                before = bisect.bisect_left(starts, m.end()) - 1  # the last whole entity starting inside or before
                if before >= 0 and edits[before].end > m.start():  # &amp;nb\nsp;: edits may not overlap
                    continue
                joined = m.group().replace("\r", "").replace("\n", "")
                char = unescape_entity(joined) if _ENTITY.fullmatch(joined) else None
                if char is not None:
                    wrap = "".join(ch for ch in m.group() if ch in "\r\n")
                    edits.append(Edit(m.start(), m.end(), wrap + char))
            edits.sort(key=lambda e: e.start)
        if _VEIL.search(text) is not None:
            veiled = []
            for m in _VEILED_ENTITY.finditer(text):
                unveiled = _VEIL.sub("", m.group())
                if unveiled == m.group():  # nothing hidden: the paths above decide
                    continue
                if unveiled.replace("\r\n", "\n").count("\n") + unveiled.count("\r") - unveiled.count("\r\n") > 1:
                    continue  # a paragraph break inside a name is no wrap (as _SPLIT_ENTITY)
                bare = unveiled.replace("\r", "").replace("\n", "")
                char = unescape_entity(bare) if _ENTITY.fullmatch(bare) else None
                if char is not None:
                    wrap = "".join(ch for ch in m.group() if ch in "\r\n")
                    veiled.append(Edit(m.start(), m.end(), wrap + char))
            if veiled:  # a veiled span holds no '&' after its first, so it overlaps no other entity
                edits = sorted(edits + veiled, key=lambda e: e.start)
        return RuleResult(edits=edits)


# A UTF-8 lead byte read as Latin-1/cp1252 followed by a continuation byte read the same way:
# the signature of mojibake (å·¥ for 工). Clean Chinese text never matches, so ftfy runs
# only on the lines that do.
_CP1252_SPECIALS = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][\u0080-\u009f\u00a1-\u00bf{_CP1252_SPECIALS}]")

@lru_cache(maxsize=1)
def ftfy_config():
    """Chinese-safe ftfy: no width folding (，：！（） and U+3000 stay), curly quotes stay,
    line breaks and entities are other rules' business, no Unicode normalisation. ftfy is
    imported here, on the first mojibake, not at start-up (30 ms a process)."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        normalization=None,
        explain=False,
    )


# Characters that UTF-8 bytes become when read as Latin-1 or cp1252 (and U+FFFD for a byte
# cp1252 leaves undefined), without whitespace: a normalised space must not change a run.
_MOJIBAKE_RUN = re.compile(f"[\u0080-\u009f\u00a1-\u00ff{_CP1252_SPECIALS}\ufffd]{{2,}}")


_RUN_CHARS = f"\u0080-\u009f\u00a1-\u00ff{_CP1252_SPECIALS}\ufffd"
# A run may go on across a line break: a wrapped page breaks mojibake like any text, and
# the layout rules would join the halves for a second run to decode.
_BREAK = r"[ \t]*(?:\r\n|\r|\n)[ \t]*"
# A no-break space may be the second or third byte (A0) of a three-byte character, the
# size of every Han character in UTF-8: 堅 → å\xa0…, 加 → åŠ\xa0.
_CONT = f"\u0080-\u00bf{_CP1252_SPECIALS}"
_BYTE_A0 = f"(?:(?<=[\u00e0-\u00ef])|(?<=[\u00e0-\u00ef][{_CONT}]))\u00a0"
_RUN_ACROSS_BREAKS = re.compile(f"[{_RUN_CHARS}]+(?:(?:{_BYTE_A0}|{_BREAK})[{_RUN_CHARS}]+)*")
_BREAK_RE = re.compile(_BREAK)
# Where _MOJIBAKE or _JUNCTION can match: a Latin-1 letter that leads a continuation byte or
# stands next to a line break (spaces and tabs between), or a break followed by one. Every
# match of either starts at such a letter or break, so text this misses has neither; and
# as one class leads the pattern, the regex engine skips in C from one candidate to the
# next, where the alternations of _JUNCTION are tried at every offset.
_MAYBE_MOJIBAKE = re.compile(f"[\u00a1-\u00ff\r\n](?:(?<=[\u00c2-\u00f4])[\u0080-\u009f\u00a1-\u00bf{_CP1252_SPECIALS}]"
                             f"|(?<=[\u00a1-\u00ff])[ \t]*[\r\n]|(?<=[\r\n])[ \t]*[\u00a1-\u00ff])")
_JUNCTION = re.compile(f"[\u00a1-\u00ff]{_BREAK}[{_RUN_CHARS}]|[{_RUN_CHARS}]{_BREAK}[\u00a1-\u00ff]")
# What later rules do to a line (N103 deletes invisible characters, L301 turns a no-break
# space into a space); a repair must already hold once they have.
_LATER_DELETED = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069\u0080-\u009f]")
_MAX_ROUNDS = 6


# What a repair of Chinese web text may produce. ftfy also "decodes" ×“ as Hebrew ד and
# Ã©\xa0é as combining marks: a result outside this set is a wrong guess, not a repair.
_PLAUSIBLE = re.compile("[\u0000-\u024f\u2000-\u206f\u2100-\u215f\u2190-\u21ff\u2460-\u24ff\u2500-\u27bf"
                        "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\ufffd"
                        "\U0001f000-\U0001faff]*")


def _ftfy(text: str) -> str:
    import ftfy

    fixed = ftfy.fix_text(text, ftfy_config())
    return fixed if _PLAUSIBLE.fullmatch(fixed) else text


_UNDECODED = re.compile(f"[\u0080-\u00ff{_CP1252_SPECIALS}]")


def _undecoded(text: str) -> int:
    return len(_UNDECODED.findall(text))


def _fix_run(m: re.Match) -> str:
    run = m.group()
    if _BREAK_RE.search(run):
        apart = _MOJIBAKE_RUN.sub(lambda r: _ftfy(r.group()), run)
        joined = _ftfy(_BREAK_RE.sub("", run))
        # join across the break only when a character was cut there: decoding the halves
        # apart leaves more undecoded than decoding them together
        return joined if _undecoded(joined) < _undecoded(apart) else apart
    decoded = _ftfy(run)
    if decoded == run and "\xa0" in run:
        return _MOJIBAKE_RUN.sub(lambda r: _ftfy(r.group()), run)
    return decoded


def _fix_once(text: str) -> str:
    text = _RUN_ACROSS_BREAKS.sub(_fix_run, text)
    if not _MOJIBAKE.search(text):
        return text
    return "\n".join(_ftfy(line) if _MOJIBAKE.search(line) else line
                     for line in text.split("\n"))


def fix_mojibake(text: str) -> str:
    """Chinese-safe ftfy, run by run and then line by line, until nothing changes.

    ftfy decodes a string only if all of it decodes, and a line may be half mojibake, half
    Chinese, so each run of mojibake characters is tried on its own, across a line break
    if the page was wrapped inside one. What is left is tried again once the characters
    later rules remove (soft hyphens, C1 controls) are gone and no-break spaces are
    spaces, so that a second clean finds nothing more to decode.

    >>> fix_mojibake("\\xa0å·¥ä¼šç»„ç»‡")
    '\\xa0工会组织'
    >>> fix_mojibake("以工作载体和机制ã€‚效劳")
    '以工作载体和机制。效劳'
    >>> fix_mojibake("工会ç»„ç»\\n‡")  # 织 cut by a line break
    '工会组织'
    >>> fix_mojibake("工会ç»„\\nç»‡")  # a line break between two characters stays
    '工会组\\n织'
    """
    current = text
    for _ in range(_MAX_ROUNDS):
        new = _fix_once(current)
        if _MOJIBAKE.search(new) or _RUN_ACROSS_BREAKS.search(new) and "\ufffd" in new:
            new = _LATER_DELETED.sub("", new).replace("\xa0", " ")
        if new == current:
            break
        current = new
    return current


def _segments(text: str):
    """Spans of lines to repair: lines with mojibake, together with neighbours a run of
    mojibake characters continues into across the line break."""
    lines = list(iter_lines(text))
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and _JUNCTION.search(text, lines[j].start, lines[j + 1].end):
            j += 1
        if j > i or _MOJIBAKE.search(lines[i].text):
            yield lines[i].start, lines[j].end
        i = j + 1


class Mojibake(Rule):
    """Repair mojibake: UTF-8 text that was decoded as Latin-1 or Windows-1252 (``å·¥ä¼š``).

    **What it does.** Runs ftfy, configured so that it cannot damage Chinese text (no
    full-width folding of ，：！（） or U+3000, no uncurling of “ ”), on the lines that
    carry the byte pattern of mojibake, and replaces each repaired run.

    **Why.** A page served with the wrong charset, or text passed through a Latin-1
    database column, turns every Han character into two or three accented letters. ftfy
    reverses it exactly; its defaults, though, turn Chinese punctuation into ASCII.

    **Cost.** Clean text costs one regular-expression scan; ftfy sees only the bad lines.

    **Anti-pattern**::

        å·¥ä¼šç»„ç»‡çš„æ€§è´¨

    **Best practice**::

        工会组织的性质
    """

    code = "N102"
    name = "normalise.mojibake"
    summary = "mojibake (UTF-8 read as Latin-1/cp1252) repaired with Chinese-safe ftfy"
    stage = Stage.UNICODE

    def apply(self, text: str, ctx: Context) -> RuleResult:
        # A fast scan for where mojibake can be (0.6 GB/s on c5); the exact test only on a hit.
        if text.isascii() or _MAYBE_MOJIBAKE.search(text) is None or not (
                _MOJIBAKE.search(text) or _JUNCTION.search(text)):
            return RuleResult()
        edits = []
        for start, end in _segments(text):
            segment = text[start:end]
            fixed = fix_mojibake(segment)
            if fixed != segment:
                edits.extend(Edit(start + a, start + b, rep) for a, b, rep in changed_runs(segment, fixed))
        return RuleResult(edits=edits)


# Invisible characters: zero-width space, BOM, soft hyphen, word joiner, bidi controls,
# C0 controls other than whitespace, DEL and C1 controls.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
                        "\x00-\x08\x0e-\x1f\x7f\u0080-\u009f]+|[\u200c\u200d]")
# Any character _INVISIBLE can match, as one class: a fast scan for the common text with none.
_ANY_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
                            "\x00-\x08\x0e-\x1f\x7f\u0080-\u009f]")
_EMOJI = re.compile("[\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]")
# The Unicode line and paragraph separators: line breaks L301 makes ``\n`` after the chrome
# stage; made so here, before it, the chrome rules judge the lines a second cleaning sees.
_SEPARATOR = re.compile("[\u2028\u2029]")


class InvisibleCharacters(Rule):
    """Remove zero-width characters, byte-order marks, soft hyphens and control characters.

    **What it does.** Deletes U+200B (zero-width space), U+FEFF (BOM), U+00AD (soft
    hyphen), U+2060, bidirectional controls, and C0/C1 control characters other than
    tabs and line breaks. Zero-width joiners stay inside emoji sequences. The Unicode line
    and paragraph separators (U+2028, U+2029) become line breaks here, before the chrome
    rules read the page's lines (L301 would make them ``\\n`` only after them).

    **Why.** They are invisible in a browser, so nobody notices them, but they split
    words for search and tokenisers (工\u200b会 is not 工会) and defeat deduplication.
    Some sites insert them on purpose to break copying.

    **Anti-pattern**::

        \ufeff工\u200b会干部要提高\u00ad政治站位

    **Best practice**::

        工会干部要提高政治站位
    """

    code = "N103"
    name = "normalise.invisible-characters"
    summary = "zero-width characters, BOMs, soft hyphens and control characters"
    stage = Stage.UNICODE

    def apply(self, text: str, ctx: Context) -> RuleResult:
        separators = "\u2028" in text or "\u2029" in text
        if not separators and _ANY_INVISIBLE.search(text) is None:
            return RuleResult()
        edits = []
        for m in _INVISIBLE.finditer(text):
            if m.group() in "\u200c\u200d" and _joins_emoji(text, m.start()):
                continue
            edits.append(Edit(m.start(), m.end(), ""))
        if separators:
            edits.extend(Edit(m.start(), m.end(), "\n") for m in _SEPARATOR.finditer(text))
            edits.sort()
        return RuleResult(edits=edits)


def _joins_emoji(text: str, i: int) -> bool:
    around = text[max(0, i - 2):i] + text[i + 1:i + 3]
    return _EMOJI.search(around) is not None
