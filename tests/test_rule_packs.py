"""Rule packs (entry points of ``zhclean.rules``) are found, and looked for cheaply."""
from __future__ import annotations

import sys
import zipfile

import pytest

from zhclean import registry
from zhclean.registry import ENTRY_POINT_GROUP, may_declare_entry_points

PACK = '''
from zhclean.model import RuleResult
from zhclean.rule import Rule, Stage


class ShoutingTitle(Rule):
    """Flag nothing; a pack's rule for the registry test.

    **Anti-pattern**:: 标题

    **Best practice**:: 标题
    """

    code = "X901"
    name = "pack.test"
    summary = "a rule from a pack"
    stage = Stage.QUALITY
    default_enabled = False

    def apply(self, text, ctx):
        return RuleResult(meta={"pack": "seen"})
'''


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A folder on sys.path, as a site-packages with nothing installed yet."""
    monkeypatch.syspath_prepend(str(tmp_path))
    registry._known.cache_clear()
    registry._load.cache_clear()
    yield tmp_path
    registry._known.cache_clear()
    registry._load.cache_clear()


def _install(site, entry_points: str, name: str = "zhclean_pack_test-1.0.dist-info") -> None:
    info = site / name
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: zhclean-pack-test\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(entry_points)


def test_no_pack_installed_is_known_without_importlib_metadata(site):
    _install(site, "[console_scripts]\nx = y:z\n")
    assert not may_declare_entry_points(ENTRY_POINT_GROUP)
    assert registry._plugin_rule_classes() == []


def test_an_installed_pack_is_found_and_its_rule_selected(site):
    (site / "zhclean_pack_test.py").write_text(PACK)
    _install(site, f"[{ENTRY_POINT_GROUP}]\ntest = zhclean_pack_test\n")
    assert may_declare_entry_points(ENTRY_POINT_GROUP)
    assert "X901" in registry.known_codes()
    (cls,) = registry.select_rules(["X901"])
    assert cls.code == "X901"
    from zhclean import Pipeline

    assert Pipeline(select=["X901"]).clean_text("标题") == "标题"
    sys.modules.pop("zhclean_pack_test", None)


def test_a_zip_on_the_path_or_an_egg_counts_as_maybe(site, tmp_path_factory):
    egg = site / "zhclean_pack_test-1.0-py3.11.egg"
    (egg / "EGG-INFO").mkdir(parents=True)
    (egg / "EGG-INFO" / "entry_points.txt").write_text(f"[ {ENTRY_POINT_GROUP} ]\nt = m\n")
    assert not may_declare_entry_points(ENTRY_POINT_GROUP)  # the egg itself is not on the path
    sys.path.insert(0, str(egg))
    try:
        assert may_declare_entry_points(ENTRY_POINT_GROUP)
    finally:
        sys.path.remove(str(egg))
    archive = tmp_path_factory.mktemp("zip") / "packs.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "nothing")
    sys.path.insert(0, str(archive))
    try:
        assert may_declare_entry_points(ENTRY_POINT_GROUP)  # unsure: importlib.metadata reads zips
    finally:
        sys.path.remove(str(archive))
