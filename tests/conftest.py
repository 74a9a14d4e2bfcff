from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED_DEV = ROOT.parent / "shared" / "dev"


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
