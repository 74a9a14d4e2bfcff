"""Configuration that cannot fail silently (issue 21, and issue 18's configuration items):
every mistake is exit 2 with the file and the line; discovery per input path."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhclean.cli import main
from zhclean.config import ConfigError, discover, load_file

SAMPLE = "001_92ceac7765279c8e.txt"


def _clean(tmp_path, *args):
    return main(["clean", *map(str, args), "-o", str(tmp_path / "o.jsonl"), "-q"])


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_broken_tool_zhclean_table_is_exit_2_with_the_line(tmp_path, samples_dir, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.zhclean\nselect = ["C"]\n',
                                             encoding="utf-8")
    (tmp_path / SAMPLE).write_bytes((samples_dir / SAMPLE).read_bytes())
    monkeypatch.chdir(tmp_path)
    assert _clean(tmp_path, SAMPLE) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml:4:" in err and "not valid TOML" in err
    assert not (tmp_path / "o.jsonl").exists()


def test_a_config_that_is_not_utf8_is_exit_2_naming_the_line(tmp_path, samples_dir, capsys):
    cfg = tmp_path / "zhclean.toml"
    cfg.write_bytes('select = ["C"]\n# 注释\n'.encode("gbk"))
    assert _clean(tmp_path, samples_dir / SAMPLE, "--config", cfg) == 2
    err = capsys.readouterr().err
    assert f"{cfg}:2: not UTF-8" in err and err.count("\n") == 1


def test_config_naming_a_folder_is_exit_2(tmp_path, samples_dir, capsys):
    assert _clean(tmp_path, samples_dir / SAMPLE, "--config", tmp_path) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and err.count("\n") == 1 and "Traceback" not in err


def test_an_option_value_the_rule_cannot_take_is_exit_2_with_the_line(tmp_path, samples_dir, capsys):
    cfg = tmp_path / "zhclean.toml"
    cfg.write_text('select = ["N"]\n\n[options.N301]\ntarget = "klingon"\n', encoding="utf-8")
    assert _clean(tmp_path, samples_dir / SAMPLE, "--config", cfg) == 2
    err = capsys.readouterr().err
    assert f"{cfg}:4:" in err and "'klingon'" in err and "'traditional'" in err and err.count("\n") == 1


def test_an_option_of_the_wrong_type_is_exit_2(tmp_path, samples_dir, capsys):
    cfg = tmp_path / "zhclean.toml"
    cfg.write_text('[options.N301]\ntarget = 3\n', encoding="utf-8")
    assert _clean(tmp_path, samples_dir / SAMPLE, "--config", cfg) == 2
    assert f"{cfg}:2: option target of N301 must be a str" in capsys.readouterr().err


def test_options_for_a_code_that_does_not_exist_say_did_you_mean(tmp_path, samples_dir, capsys):
    cfg = tmp_path / "zhclean.toml"
    cfg.write_text('select = ["N"]\n\n[options.N3O1]\ntarget = "traditional"\n', encoding="utf-8")
    assert _clean(tmp_path, samples_dir / SAMPLE, "--config", cfg) == 2
    err = capsys.readouterr().err
    assert f"{cfg}:3: options for N3O1, but there is no rule N3O1 (did you mean N301?)" in err


def test_an_unknown_key_says_did_you_mean_and_the_line(tmp_path):
    cfg = tmp_path / "zhclean.toml"
    cfg.write_text('ignore = ["C3"]\nselct = ["C"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"zhclean.toml:2: unknown key 'selct'.*did you mean 'select'"):
        load_file(cfg)


def test_fix_naming_rules_that_do_not_run_is_an_error_not_a_no_op(tmp_path, samples_dir, capsys):
    """The README's old example (select C, L, N; fix T) fixed nothing and said nothing."""
    cfg = tmp_path / "zhclean.toml"
    cfg.write_text('select = ["C", "L", "N"]\nfix = ["T"]\n', encoding="utf-8")
    assert _clean(tmp_path, samples_dir / SAMPLE, "--config", cfg) == 2
    err = capsys.readouterr().err
    assert f"{cfg}:2: fix = T, but no T rule is selected" in err and "extend-select" in err
    cfg.write_text('select = ["C", "L", "N", "T"]\nfix = ["T"]\n', encoding="utf-8")
    assert _clean(tmp_path, samples_dir / SAMPLE, "--config", cfg) == 0


def test_configuration_is_found_from_each_input_path(tmp_path, samples_dir, monkeypatch):
    """`zhclean clean proj/` run from the parent folder uses proj/pyproject.toml, as ruff does."""
    proj = tmp_path / "proj"
    (proj / "docs").mkdir(parents=True)
    (proj / "docs" / "a.txt").write_bytes((samples_dir / SAMPLE).read_bytes())
    (proj / "pyproject.toml").write_text('[tool.zhclean]\nselect = ["L"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "proj", "-o", "o.jsonl", "-q"]) == 0
    (rec,) = _records(tmp_path / "o.jsonl")
    assert "浙ICP备14041666号" in rec["text"]  # C101 did not run: proj's configuration applied
    assert {e["rule"][0] for e in rec["edits"]} <= {"L"}
    assert discover(proj / "docs" / "a.txt").path == str(proj / "pyproject.toml")


def test_a_configuration_inside_a_walked_folder_applies_to_the_files_under_it(tmp_path, samples_dir, monkeypatch):
    """`zhclean clean parent/` with parent/proj/pyproject.toml: proj's files use proj's
    settings, its excludes too, as ruff does; the rest of parent/ keeps the defaults."""
    for rel in ("parent/top.txt", "parent/proj/a.txt", "parent/proj/drafts/b.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes((samples_dir / SAMPLE).read_bytes())
    (tmp_path / "parent/proj/pyproject.toml").write_text('[tool.zhclean]\nselect = ["L"]\nexclude = ["drafts/"]\n',
                                                           encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "parent", "-o", "o.jsonl", "-q"]) == 0
    recs = {r["id"]: r for r in _records(tmp_path / "o.jsonl")}
    assert sorted(recs) == ["proj/a", "top"]
    assert "浙ICP备14041666号" in recs["proj/a"]["text"] and {e["rule"][0] for e in recs["proj/a"]["edits"]} <= {"L"}
    assert "浙ICP备14041666号" not in recs["top"]["text"]


def test_two_paths_with_their_own_configurations_are_cleaned_each_with_its_own(tmp_path, samples_dir, monkeypatch):
    for name, select in (("a", "L"), ("b", "C101")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "doc.txt").write_bytes((samples_dir / SAMPLE).read_bytes())
        (tmp_path / name / "zhclean.toml").write_text(f'select = ["{select}"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "a", "b", "-o", "o.jsonl", "-q"]) == 0
    a, b = _records(tmp_path / "o.jsonl")
    assert "浙ICP备14041666号" in a["text"] and "浙ICP备14041666号" not in b["text"]
    assert a["id"] == b["id"] + "#2" or b["id"] == a["id"] + "#2"  # ids stay unique across runs


def test_check_refuses_paths_with_different_configurations(tmp_path, samples_dir, capsys, monkeypatch):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "doc.txt").write_bytes((samples_dir / SAMPLE).read_bytes())
    (tmp_path / "b" / "zhclean.toml").write_text('select = ["C"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a", "b", "-q"]) == 2
    assert "different configurations" in capsys.readouterr().err


def test_show_settings_says_what_was_resolved_and_from_where(tmp_path, samples_dir, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.zhclean]\nignore = ["C3"]\nworkers = 2\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["clean", ".", "-o", "o.jsonl", "--show-settings", "--select", "C"]) == 0
    out = capsys.readouterr().out
    assert f"# settings for .: {tmp_path / 'pyproject.toml'}" in out
    assert 'select = ["C"]    # flag --select' in out
    assert f'ignore = ["C3"]    # {tmp_path / "pyproject.toml"}:2' in out
    assert "trail = \"compact\"    # default" in out
    assert not (tmp_path / "o.jsonl").exists()


def test_exclude_and_per_file_ignores(tmp_path, samples_dir, monkeypatch):
    corpus = tmp_path / "corpus"
    for rel in ("keep/a.txt", "drafts/b.txt", "legal/c.txt", "d.bak.txt"):
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_bytes((samples_dir / SAMPLE).read_bytes())
    (corpus / "zhclean.toml").write_text(
        'exclude = ["drafts/", "*.bak.txt"]\n\n[per-file-ignores]\n"legal/*.txt" = ["C"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "corpus", "-o", "o.jsonl", "-q"]) == 0
    recs = {r["id"]: r for r in _records(tmp_path / "o.jsonl")}
    assert sorted(recs) == ["keep/a", "legal/c"]
    assert "浙ICP备14041666号" not in recs["keep/a"]["text"]
    assert "浙ICP备14041666号" in recs["legal/c"]["text"]  # no chrome rule for legal/


def _check_codes(capsys, *args) -> dict[str, set[str]]:
    """`zhclean check --format json` run: the codes found, by file."""
    main(["check", *map(str, args), "--format", "json", "-q", "--exit-zero"])
    found: dict[str, set[str]] = {}
    for f in json.loads(capsys.readouterr().out):
        found.setdefault(Path(f["path"]).as_posix(), set()).add(f["code"])
    return found


def test_check_honours_exclude_per_file_ignores_and_nested_configurations(tmp_path, samples_dir, capsys,
                                                                          monkeypatch):
    for rel in ("corpus/keep/a.txt", "corpus/drafts/b.txt", "corpus/legal/c.txt", "corpus/proj/d.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes((samples_dir / SAMPLE).read_bytes())
    (tmp_path / "corpus/zhclean.toml").write_text(
        'exclude = ["drafts/"]\n\n[per-file-ignores]\n"legal/*.txt" = ["C"]\n', encoding="utf-8")
    (tmp_path / "corpus/proj/zhclean.toml").write_text('select = ["L"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = _check_codes(capsys, "corpus", "--ignore", "S12", "--show-info")
    assert sorted(found) == ["corpus/keep/a.txt", "corpus/legal/c.txt", "corpus/proj/d.txt"]
    assert "C101" in found["corpus/keep/a.txt"]
    assert not any(c.startswith("C") for c in found["corpus/legal/c.txt"]) and found["corpus/legal/c.txt"]
    assert {c[0] for c in found["corpus/proj/d.txt"]} == {"L"}


def test_check_refuses_a_nested_configuration_that_changes_the_corpus_thresholds(tmp_path, samples_dir, capsys,
                                                                              monkeypatch):
    (tmp_path / "corpus/proj").mkdir(parents=True)
    for rel in ("corpus/a.txt", "corpus/proj/b.txt"):
        (tmp_path / rel).write_bytes((samples_dir / SAMPLE).read_bytes())
    (tmp_path / "corpus/proj/zhclean.toml").write_text('[check]\nmax-chrome-share = 0.5\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "corpus", "-q"]) == 2
    err = capsys.readouterr().err
    assert f"{Path('corpus/proj/zhclean.toml').resolve()}: its [tool.zhclean.check] table" in err


def test_config_errors_in_check_are_exit_2_too(tmp_path, samples_dir, capsys):
    cfg = tmp_path / "zhclean.toml"
    cfg.write_text('[options.N301]\ntarget = "klingon"\n', encoding="utf-8")
    assert main(["check", str(samples_dir / SAMPLE), "--config", str(cfg), "-q"]) == 2
    assert f"{cfg}:2:" in capsys.readouterr().err


def test_load_file_of_a_valid_pyproject_without_a_table_gives_defaults(tmp_path):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load_file(cfg).select == ()
    assert Path(load_file(cfg).path) == cfg
