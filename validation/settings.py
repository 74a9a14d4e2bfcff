"""Settings of ``zhclean check`` and ``zhclean report``: severities and corpus thresholds.

They live in ``[tool.zhclean.check]`` (or ``[check]`` in a ``zhclean.toml``)::

    [tool.zhclean.check]
    max-chrome-share = 0.02          # documents with residual chrome (S121)
    max-typo-flags-per-10k = 5.0     # typo flags per 10,000 characters (S122)
    max-non-chinese-share = 0.05     # documents that are mostly not Chinese (S123)
    min-han-ratio = 0.3              # ...below this share of Han characters
    max-near-empty-share = 0.02      # near-empty documents (S124)
    min-chars = 20                   # ...shorter than this, whitespace aside
    max-duplicate-share = 0.01       # documents whose text repeats another's (S125)
    max-findings-per-document = 25   # more of one code in one document are summed up in one

    [tool.zhclean.check.severity]    # promote or demote codes or prefixes
    T101 = "error"                   # most specific prefix wins
    C3 = "warning"
    L301 = "off"                     # not reported at all

Severities: ``error`` fails the run, ``warning`` is shown but does not fail it, ``info`` is
counted (``--statistics``, the report) but only listed with ``--show-info``, ``off`` drops
the finding.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Mapping

from zhclean.config import ConfigError

SEVERITIES = ("error", "warning", "info", "off")
_RANK = {"off": 0, "info": 1, "warning": 2, "error": 3}

#: What a user wants from a corpus gate. Chrome left in, lines broken mid-sentence, page
#: fragments, wrong script and broken records make a corpus wrong: errors. Typos and quality
#: signals are probabilistic: worth a look, not a failed build. Whitespace and punctuation
#: normalisation is cosmetic and happens on every raw page; listing each would bury the real
#: findings, so it is counted but not listed. A corpus that ``zhclean clean`` wrote passes,
#: since cleaning is idempotent and leaves none of these behind.
DEFAULT_SEVERITY: Mapping[str, str] = {
    "C": "error",
    "L": "error",
    "L3": "info",
    "N": "warning",
    "N2": "info",
    "N3": "error",
    "H": "warning",
    "T": "warning",
    "Q": "warning",
    "S": "error",
    "S122": "warning",  # a typo rate is a statistic over flags that are warnings themselves
}

#: Codes whose purpose is line structure: a whitespace-only edit is their finding, not a
#: cosmetic side effect, so it keeps its severity.
LINE_STRUCTURE = ("L1", "L2")


def severity_rank(level: str) -> int:
    return _RANK[level]


@dataclass(frozen=True)
class CheckSettings:
    max_chrome_share: float = 0.02
    max_typo_flags_per_10k: float = 5.0
    max_non_chinese_share: float = 0.05
    min_han_ratio: float = 0.3
    max_near_empty_share: float = 0.02
    min_chars: int = 20
    max_duplicate_share: float = 0.01
    max_findings_per_document: int = 25
    severity: Mapping[str, str] = field(default_factory=dict)

    def configured(self, code: str) -> bool:
        """Whether the user set this code's severity (then zhclean does not second-guess it)."""
        return any(code.startswith(prefix) for prefix in self.severity)

    def severity_of(self, code: str) -> str:
        """The configured level of ``code``: the longest matching prefix wins, config over defaults."""
        # asked once per finding (hundreds of thousands on a corpus); settings are frozen, so
        # each code's answer is kept
        cache = self.__dict__.setdefault("_severity_cache", {})
        level = cache.get(code)
        if level is None:
            best = ("", "warning")
            for table in (DEFAULT_SEVERITY, self.severity):
                for prefix, lvl in table.items():
                    if code.startswith(prefix) and len(prefix) >= len(best[0]):
                        best = (prefix, lvl)
            level = cache[code] = best[1]
        return level


_KEYS = {f.name.replace("_", "-"): f for f in fields(CheckSettings)}


def settings_from_mapping(table: Mapping[str, Any], where: str = "configuration") -> CheckSettings:
    """``[tool.zhclean.check]`` as :class:`CheckSettings`, with messages that name the bad key."""
    kwargs: dict[str, Any] = {}
    for key, value in table.items():
        f = _KEYS.get(key.replace("_", "-"))
        if f is None:
            raise ConfigError(f"{where}: unknown key {key!r} in [tool.zhclean.check] "
                              f"(known: {', '.join(sorted(_KEYS))})")
        if f.name == "severity":
            kwargs["severity"] = _parse_severity(value, where)
        elif f.name in ("min_chars", "max_findings_per_document"):
            kwargs[f.name] = int(value)
        else:
            try:
                kwargs[f.name] = float(value)
            except (TypeError, ValueError):
                raise ConfigError(f"{where}: [tool.zhclean.check] {key} must be a number, not {value!r}") from None
    return CheckSettings(**kwargs)


def _parse_severity(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: [tool.zhclean.check.severity] must be a table of CODE = \"level\"")
    out = {}
    for code, level in value.items():
        level = str(level).lower()
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: severity of {code} must be one of {', '.join(SEVERITIES)}, not {level!r}")
        out[str(code).strip().upper()] = level
    return out
