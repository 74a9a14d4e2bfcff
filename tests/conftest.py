from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED_DEV = ROOT.parent / "shared" / "dev"
#: pyproject.toml's [tool.setuptools.package-dir]: where each part of the namespace lives.
PACKAGE_FOLDERS = {"cleaning": "", "rules": "rules", "validation": "validation"}


def modules_missing_from_editable_install() -> list[str]:
    """Source modules the installed ``zhclean`` cannot import because the install predates them.

    setup.cfg asks for setuptools' strict editable mode (so that mypy can follow the install):
    it links each file into build/__editable__.*, and a module added afterwards is not there
    until the install is re-run. Without this check the suite fails on it with a bare
    ModuleNotFoundError deep inside some test."""
    import zhclean

    installed = Path(zhclean.__file__).parent  # not resolved: the link tree, if there is one
    if "__editable__" not in str(installed):
        return []  # a regular or import-hook install sees the source folders as they are
    missing = []
    for folder, prefix in PACKAGE_FOLDERS.items():
        for source in sorted((ROOT / folder).rglob("*.py")):
            relative = source.relative_to(ROOT / folder)
            if "__pycache__" in relative.parts:
                continue
            if not (installed / prefix / relative).exists():
                missing.append(f"{folder}/{relative.as_posix()}")
    return missing


def pytest_sessionstart(session: pytest.Session) -> None:
    missing = modules_missing_from_editable_install()
    if missing:
        listed = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        pytest.exit(f"the editable install predates {listed}: re-run "
                    f"`pip install -e '.[dev]'` (strict editable mode, see setup.cfg), then the tests",
                    returncode=4)


@pytest.fixture(scope="session", autouse=True)
def private_cache_dir(tmp_path_factory: pytest.TempPathFactory):
    """The typo lexicon's prebuilt copies go to a folder of this session, not the user's
    ~/.cache: a test run must not write outside its temporary folders (CLI subprocesses
    inherit the variable). A folder given by the caller is kept."""
    if os.environ.get("ZHCLEAN_CACHE_DIR") is not None:
        yield
        return
    os.environ["ZHCLEAN_CACHE_DIR"] = str(tmp_path_factory.mktemp("zhclean-cache"))
    try:
        yield
    finally:
        os.environ.pop("ZHCLEAN_CACHE_DIR", None)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}
