"""Pandera schemas for zhclean's output records and for a corpus as a whole.

Two tables are validated:

* **records** – one row per output record (docs/design.md ⚑ "Output records") and a companion
  table with one row per flag: ids present and unique, text not empty, every flag span inside
  the text and quoting it, ``published_at`` ISO 8601, and stats that agree with the text and
  the audit trail;
* **corpus** – one row per document with a few measurements, checked against thresholds from
  ``[tool.zhclean.check]``: residual chrome, typo-flag rate, non-Chinese and near-empty
  documents, duplicate texts.

Pandera reports what failed as *failure cases* (check name, row, value); :func:`explain`
turns them into :class:`SchemaFailure` objects with an ``S1xx`` code and a sentence a
person can act on.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd
import pandera.pandas as pa

from zhclean.trace import trail_counts

from .codes import S_CODES
from .settings import CheckSettings

#: Keys every record zhclean writes has; ``edits`` too, except at ``trail = "none"``.
OUTPUT_RECORD_KEYS = frozenset({"text", "flags", "stats"})

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


# Frequent characters whose simplified and traditional forms differ, in pairs. Enough to
# tell the script of a page apart from a few hundred characters on; not a converter.
_SIMPLIFIED_ONLY = "们个这来时会为国说对学发经与后进动现实业关见长问门车东书电话号开过还没让给应该区头"
_TRADITIONAL_ONLY = "們個這來時會為國說對學發經與後進動現實業關見長問門車東書電話號開過還沒讓給應該區頭"
_SIMPLIFIED_RE = re.compile(f"[{_SIMPLIFIED_ONLY}]")
_TRADITIONAL_RE = re.compile(f"[{_TRADITIONAL_ONLY}]")


def estimate_script(text: str, min_han_ratio: float = 0.3) -> str:
    """``simplified``, ``traditional``, ``mixed``, ``non-chinese`` or ``empty``, from telltale characters.

    >>> estimate_script("我们的会议"), estimate_script("我們的會議"), estimate_script("The union")
    ('simplified', 'traditional', 'non-chinese')
    """
    visible = "".join(text.split())
    if not visible:
        return "empty"
    if len(_HAN.findall(visible)) / len(visible) < min_han_ratio:
        return "non-chinese"
    simp, trad = len(_SIMPLIFIED_RE.findall(visible)), len(_TRADITIONAL_RE.findall(visible))
    if simp and trad and min(simp, trad) / (simp + trad) > 0.1:
        return "mixed"
    return "traditional" if trad > simp else "simplified"


def is_output_record(record: Mapping[str, Any] | None) -> bool:
    """A record zhclean wrote (so the record schema applies), not just any JSONL with text."""
    return isinstance(record, Mapping) and OUTPUT_RECORD_KEYS <= record.keys()


def is_iso8601(value: Any) -> bool:
    """A date or date-time as ISO 8601 writes it, and a real one (no 2019-02-30).

    >>> is_iso8601("2019-10-25T17:09:02"), is_iso8601("2019-10-25"), is_iso8601("2019年10月25日")
    (True, True, False)
    >>> is_iso8601("2019-02-30")
    False
    """
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class SchemaFailure:
    code: str
    message: str
    #: Position of the record in the order given (None for corpus-level failures).
    row: int | None = None
    doc_id: str = ""
    #: Text the failure is about, for fingerprints (a flag's text, a duplicated id).
    text: str = ""
    #: For corpus-level failures, the measured share or rate that broke the limit; a
    #: baseline accepts the failure only up to this value (see validation.findings).
    value: float | None = None


# Records ---------------------------------------------------------------------------------

RECORD_SCHEMA = pa.DataFrameSchema(
    {
        "id": pa.Column(str, pa.Check(lambda s: s.str.len() > 0, name="id_present")),
        "text": pa.Column(str, pa.Check(lambda s: s.str.strip().str.len() > 0, name="text_present")),
        "published_at": pa.Column(object, pa.Check(is_iso8601, element_wise=True, name="published_at_iso",
                                                   ignore_na=True), nullable=True),
        "text_len": pa.Column(int),
        "chars_in": pa.Column(int, nullable=True),
        "chars_out": pa.Column(int, nullable=True),
        "rebuilt_len": pa.Column(int),
    },
    checks=[
        pa.Check(lambda df: df["chars_out"].isna() | (df["chars_out"] == df["text_len"]), name="chars_out_is_len"),
        pa.Check(lambda df: df["chars_in"].isna() | (df["chars_in"] == df["rebuilt_len"]), name="chars_in_matches_edits"),
        pa.Check(lambda df: df["chars_in"].notna() & df["chars_out"].notna(), name="stats_present"),
    ],
    coerce=False,
    name="zhclean output records",
)

FLAG_SCHEMA = pa.DataFrameSchema(
    {
        "start": pa.Column(int, pa.Check.ge(0, name="flag_start_ge_0")),
        "end": pa.Column(int),
        "text_len": pa.Column(int),
        "flag_text": pa.Column(str, nullable=True),
        "quoted": pa.Column(str),
    },
    checks=[
        pa.Check(lambda df: (df["start"] <= df["end"]) & (df["end"] <= df["text_len"]), name="flag_inside_text"),
        pa.Check(lambda df: df["flag_text"].isna() | (df["quoted"] == df["flag_text"]), name="flag_quotes_text"),
    ],
    name="zhclean output flags",
)

_UNIQUE_IDS = pa.DataFrameSchema({"id": pa.Column(str, unique=True)}, name="zhclean record ids")


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _trail_delta(edits: list) -> int | None:
    """Characters the trail's edits removed, net, at any trail level; ``None`` for a
    packed entry that does not hold together (then no length can match chars_in)."""
    delta = 0
    for e in edits:
        if type(e) is not dict:
            continue
        if "spans" in e:
            try:
                delta += sum(removed for _rule, (_n, removed) in trail_counts([e]).items())
            except (TypeError, ValueError, KeyError):
                return None
        else:
            delta += len(e.get("removed") or "") - len(e.get("inserted") or "")
    return delta


def record_frames(records: Sequence[Mapping[str, Any]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The two tables the record schemas validate, one row per record and one per flag."""
    # Records come from JSON: plain dicts, checked with isinstance(dict), which is many
    # times faster than typing.Mapping on the hundreds of edits a page can have.
    rows, flags = [], []
    for i, rec in enumerate(records):
        text = rec.get("text") if isinstance(rec.get("text"), str) else ""
        meta = rec.get("meta") if isinstance(rec.get("meta"), dict) else {}
        stats = rec.get("stats") if isinstance(rec.get("stats"), dict) else {}
        edits = rec.get("edits") if isinstance(rec.get("edits"), list) else []
        delta = _trail_delta(edits)
        rows.append({
            "id": "" if rec.get("id") is None else str(rec.get("id")),
            "text": text,
            "published_at": meta.get("published_at"),
            "text_len": len(text),
            "chars_in": _int_or_none(stats.get("chars_in")),
            "chars_out": _int_or_none(stats.get("chars_out")),
            # no trail (trail = "none"): nothing to rebuild, so nothing to disagree with chars_in
            "rebuilt_len": (-1 if delta is None else len(text) + delta) if "edits" in rec
                           else _int_or_none(stats.get("chars_in")) or 0,
        })
        for j, fl in enumerate(rec.get("flags") or []):
            if not isinstance(fl, dict):
                continue
            start, end = _int_or_none(fl.get("start")), _int_or_none(fl.get("end"))
            start = -1 if start is None else start
            end = -1 if end is None else end
            flags.append({"row": i, "flag": j, "rule": str(fl.get("rule", "")), "start": start, "end": end,
                          "text_len": len(text), "flag_text": fl.get("text"),
                          # a compact trail's flag quotes the first characters of a long span
                          "quoted": text[max(start, 0):max(end, 0)][:len(fl.get("text") or "")
                                                                    if fl.get("text_truncated") else None]})
    records_df = pd.DataFrame(rows, columns=["id", "text", "published_at", "text_len", "chars_in", "chars_out",
                                             "rebuilt_len"])
    records_df["chars_in"] = records_df["chars_in"].astype("Int64")
    records_df["chars_out"] = records_df["chars_out"].astype("Int64")
    flags_df = pd.DataFrame(flags, columns=["row", "flag", "rule", "start", "end", "text_len", "flag_text", "quoted"])
    for col in ("row", "flag", "start", "end", "text_len"):
        flags_df[col] = flags_df[col].astype("int64")
    flags_df["flag_text"] = flags_df["flag_text"].astype(object)
    return records_df, flags_df


def _failure_cases(schema: pa.DataFrameSchema, df: pd.DataFrame) -> pd.DataFrame:
    try:
        schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        return exc.failure_cases
    return pd.DataFrame(columns=["schema_context", "column", "check", "check_number", "failure_case", "index"])


def _failed_rows(cases: pd.DataFrame) -> dict[str, list[int]]:
    """Rows that failed each check: pandera lists a frame-wide check once per column."""
    out: dict[str, list[int]] = {}
    for check, group in cases.groupby("check", sort=False):
        rows = sorted({int(i) for i in group["index"].dropna()})
        out[str(check)] = rows
    return out


def validate_records(records: Sequence[Mapping[str, Any]]) -> list[SchemaFailure]:
    """Every way ``records`` break the output-record contract, as S10x failures."""
    ids = ["" if r.get("id") is None else str(r.get("id")) for r in records]
    failures = validate_record_rows(records) + validate_unique_ids(ids)
    return sorted(failures, key=lambda f: (f.row if f.row is not None else -1, f.code))


def validate_record_rows(records: Sequence[Mapping[str, Any]], first_row: int = 0) -> list[SchemaFailure]:
    """The per-record checks (all but id uniqueness), so a corpus can be validated in chunks;
    rows are numbered from ``first_row``."""
    if not records:
        return []
    rec_df, flag_df = record_frames(records)
    failures: list[SchemaFailure] = []
    for check, rows in _failed_rows(_failure_cases(RECORD_SCHEMA, rec_df)).items():
        for row in rows:
            failures.append(_record_failure(check, row, rec_df.iloc[row], records[row]))
    if len(flag_df):
        reported: set[int] = set()  # one message per flag, even if it breaks two checks
        for check, rows in _failed_rows(_failure_cases(FLAG_SCHEMA, flag_df)).items():
            for frow in rows:
                if frow not in reported:
                    reported.add(frow)
                    f = flag_df.iloc[frow]
                    failures.append(_flag_failure(check, f, rec_df["id"].iloc[int(f["row"])]))
    if first_row:
        failures = [replace(f, row=f.row + first_row) if f.row is not None else f for f in failures]
    return failures


def validate_unique_ids(ids: Sequence[str]) -> list[SchemaFailure]:
    """S102 for every record whose (non-empty) id an earlier record already used."""
    frame = pd.DataFrame({"id": pd.Series(ids, dtype=object)})
    present = frame[frame["id"] != ""]
    cases = _failure_cases(_UNIQUE_IDS, present)
    failures = []
    first_seen: dict[str, int] = {}
    for row in sorted({int(i) for i in cases["index"].dropna()}):
        doc_id = ids[row]
        if doc_id not in first_seen:
            first_seen[doc_id] = row
            continue
        failures.append(SchemaFailure("S102", f"id {doc_id!r} is already used by record {first_seen[doc_id] + 1}; "
                                      "ids must be unique", row, doc_id, doc_id))
    return failures


def _record_failure(check: str, row: int, values: pd.Series, record: Mapping[str, Any]) -> SchemaFailure:
    doc_id = values["id"]
    if check == "id_present":
        return SchemaFailure("S101", "record has no id (or an empty one); every record needs a unique id", row)
    if check == "text_present":
        return SchemaFailure("S103", "text is empty after cleaning; drop the record or check the rules that "
                             "removed everything", row, doc_id)
    if check == "published_at_iso":
        value = values["published_at"]
        return SchemaFailure("S105", f"meta.published_at {value!r} is not an ISO 8601 date "
                             "(e.g. 2019-10-25T17:09:02)", row, doc_id, str(value))
    if check == "chars_out_is_len":
        return SchemaFailure("S106", f"stats.chars_out is {values['chars_out']} but the text has "
                             f"{values['text_len']} characters", row, doc_id, "chars_out")
    if check == "chars_in_matches_edits":
        return SchemaFailure("S106", f"stats.chars_in is {values['chars_in']} but text and edits rebuild an input "
                             f"of {values['rebuilt_len']} characters", row, doc_id, "chars_in")
    if check == "stats_present":
        return SchemaFailure("S106", f"stats must hold integer chars_in and chars_out (found {record.get('stats')!r})",
                             row, doc_id, "stats")
    return SchemaFailure("S106", f"record fails check {check}", row, doc_id, check)


def _flag_failure(check: str, f: pd.Series, doc_id: str) -> SchemaFailure:
    row = int(f["row"])
    where = f"flag {int(f['flag']) + 1} ({f['rule'] or 'no rule'}) [{int(f['start'])}:{int(f['end'])}]"
    if check == "flag_quotes_text":
        message = (f"{where} quotes {f['flag_text']!r} but the text there is {f['quoted']!r}; "
                   "flag offsets must index the output text")
    elif check in ("flag_inside_text", "flag_start_ge_0"):
        message = f"{where} lies outside the text ({int(f['text_len'])} characters)"
    else:
        message = f"{where} fails check {check}"
    return SchemaFailure("S104", message, row, doc_id, f"{f['rule']}:{f['flag_text']}")


# Corpus ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class DocMeasure:
    """What the corpus checks need from one document (small: no text is kept)."""

    doc_id: str
    chars: int
    han_ratio: float
    has_chrome: bool
    typo_flags: int
    text_key: str


def measure(doc_id: str, text: str, has_chrome: bool, typo_flags: int) -> DocMeasure:
    visible = "".join(text.split())
    han = len(_HAN.findall(visible))
    key = hashlib.blake2b(visible.encode("utf-8"), digest_size=12).hexdigest()
    return DocMeasure(doc_id, len(visible), han / len(visible) if visible else 0.0, has_chrome, typo_flags, key)


def corpus_frame(measures: Iterable[DocMeasure]) -> pd.DataFrame:
    df = pd.DataFrame([m.__dict__ for m in measures],
                      columns=["doc_id", "chars", "han_ratio", "has_chrome", "typo_flags", "text_key"])
    return df.astype({"chars": "int64", "han_ratio": "float64", "has_chrome": "bool", "typo_flags": "int64"})


def _non_chinese(df: pd.DataFrame, s: CheckSettings) -> pd.Series:
    # A near-empty document is S124's business; judging its script from a few characters
    # would count it twice.
    return (df["han_ratio"] < s.min_han_ratio) & (df["chars"] >= s.min_chars)


def corpus_schema(settings: CheckSettings) -> pa.DataFrameSchema:
    """Corpus expectations as frame-wide pandera checks, thresholds from the settings."""
    s = settings
    return pa.DataFrameSchema(
        {
            "has_chrome": pa.Column(bool, pa.Check(lambda c: c.mean() <= s.max_chrome_share, element_wise=False,
                                                   name="S121")),
            "han_ratio": pa.Column(float, pa.Check.in_range(0.0, 1.0)),
            "chars": pa.Column(int, pa.Check(
                lambda c: (c < s.min_chars).mean() <= s.max_near_empty_share, element_wise=False, name="S124")),
        },
        checks=[
            pa.Check(lambda df: _non_chinese(df, s).mean() <= s.max_non_chinese_share, element_wise=False,
                     name="S123"),
            pa.Check(lambda df: df["typo_flags"].sum() * 10_000 <= s.max_typo_flags_per_10k * max(df["chars"].sum(), 1),
                     element_wise=False, name="S122"),
            pa.Check(lambda df: df["text_key"].duplicated().mean() <= s.max_duplicate_share,
                     element_wise=False, name="S125"),
        ],
        name="zhclean corpus expectations",
    )


def validate_corpus(measures: Sequence[DocMeasure], settings: CheckSettings) -> list[SchemaFailure]:
    """Corpus-level S12x failures, each with the measured value, the limit and examples."""
    if not measures:
        return []
    df = corpus_frame(measures)
    cases = _failure_cases(corpus_schema(settings), df)
    failed = sorted({str(c) for c in cases["check"]})
    return [_corpus_failure(code, df, settings) for code in failed if code in S_CODES]


def _examples(ids: pd.Series, n: int = 3) -> str:
    shown = ", ".join(ids.head(n).astype(str))
    return f" (e.g. {shown}{', …' if len(ids) > n else ''})"


def _corpus_failure(code: str, df: pd.DataFrame, s: CheckSettings) -> SchemaFailure:
    total = len(df)
    if code == "S121":
        bad = df[df["has_chrome"]]
        value = len(bad) / total
        msg = (f"{len(bad)} of {total} documents ({value:.0%}) still carry site chrome; "
               f"the limit is {s.max_chrome_share:.0%}{_examples(bad['doc_id'])}")
    elif code == "S122":
        value = float(df["typo_flags"].sum() * 10_000 / max(df["chars"].sum(), 1))
        msg = (f"{value:.1f} typo flags per 10,000 characters; the limit is {s.max_typo_flags_per_10k:g}"
               f"{_examples(df.sort_values('typo_flags', ascending=False, kind='stable')['doc_id'][df['typo_flags'] > 0])}")
    elif code == "S123":
        bad = df[_non_chinese(df, s)]
        value = len(bad) / total
        msg = (f"{len(bad)} of {total} documents ({value:.0%}) are under {s.min_han_ratio:.0%} Han "
               f"characters; the limit is {s.max_non_chinese_share:.0%}{_examples(bad['doc_id'])}")
    elif code == "S124":
        bad = df[df["chars"] < s.min_chars]
        value = len(bad) / total
        msg = (f"{len(bad)} of {total} documents ({value:.0%}) have fewer than {s.min_chars} characters; "
               f"the limit is {s.max_near_empty_share:.0%}{_examples(bad['doc_id'])}")
    else:
        dup = df[df["text_key"].duplicated(keep=False)]
        repeats = int(df["text_key"].duplicated().sum())
        value = repeats / total
        groups = dup.groupby("text_key", sort=False)["doc_id"].apply(lambda ids: " = ".join(ids.head(3)))
        shown = "; ".join(groups.head(3))
        msg = (f"{repeats} of {total} documents ({value:.0%}) repeat another document's text; "
               f"the limit is {s.max_duplicate_share:.0%} ({shown})")
    return SchemaFailure(code, msg, value=round(float(value), 6))
