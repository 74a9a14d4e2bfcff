"""Write docs/rules.md from the rules' own docstrings (the single source of their docs).

    python docs/generate.py          # rewrite docs/rules.md
    python docs/generate.py --check  # exit 1 if docs/rules.md is out of date
"""
from __future__ import annotations

import sys
from pathlib import Path

from zhclean.registry import all_rules, write_index

FAMILIES = {
    "C": "Site chrome", "L": "Lines and layout", "N": "Normalisation", "T": "Typos",
    "Q": "Quality flags", "H": "HTML extraction", "S": "Schema and corpus checks",
}
TARGET = Path(__file__).with_name("rules.md")


def render() -> str:
    rules = sorted((r for r in all_rules() if r.__module__.startswith("zhclean.")), key=lambda r: r.code)
    out = ["# Rules", "",
           "Generated from the rules' docstrings by `python docs/generate.py`; `zhclean explain CODE` "
           "prints the same text.", "",
           "Select by code or prefix, ruff-style: `--select C,L`, `--ignore C3`, `--extend-select T`.", "",
           "| code | name | summary | default |", "|---|---|---|---|"]
    for r in rules:
        out.append(f"| [{r.code}](#{r.code.lower()}) | `{r.name}` | {r.summary} | {'on' if r.default_enabled else 'off'} |")
    family = None
    for r in rules:
        if r.code[0] != family:
            family = r.code[0]
            out += ["", f"## {family} — {FAMILIES.get(family, family)}"]
        out += ["", f"### {r.code}", "", f"`{r.name}` — {r.summary}", "",
                f"Stage: {r.stage.name.lower()} · default: {'on' if r.default_enabled else 'off'}"]
        if r.options:
            out.append(" · options (`[tool.zhclean.options." + r.code + "]`): "
                       + ", ".join(f"`{k} = {v!r}`" for k, v in r.options.items()))
        out += ["", r.doc()]
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print("docs/rules.md is out of date: run `make docs`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    write_index()  # zhclean/rule_index.py: which module holds each rule, for choosing rules
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
