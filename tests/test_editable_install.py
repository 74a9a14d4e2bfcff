"""The documented editable install (``pip install -e '.[dev]'``) leaves zhclean visible to mypy.

pyproject.toml maps ``zhclean`` onto ``cleaning/`` (and ``zhclean.rules`` onto ``rules/``...), so
setuptools' default editable mode installs an import-hook finder that mypy cannot follow; setup.cfg
asks for ``[editable_wheel] mode = strict`` instead. This test copies the project into a temporary
folder, installs it editable (no dependencies) into a fresh venv and asks mypy, run from outside
the project, to resolve ``zhclean`` there. mypy is a dev dependency; the test skips only in an
environment without it. It takes a few seconds plus pip's build-backend set-up.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT_FILES = ("pyproject.toml", "setup.cfg", "README.md", "LICENSE")
PACKAGE_FOLDERS = ("cleaning", "rules", "validation")


def copy_project(target: Path) -> Path:
    target.mkdir()
    for name in PROJECT_FILES:
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, target / name)
    for name in PACKAGE_FOLDERS:
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_mypy_resolves_zhclean_after_editable_install(tmp_path: Path) -> None:
    # mypy is a dev dependency, so CI runs this; a venv without it (a bare `pip install -e .`) skips.
    pytest.importorskip("mypy")
    project = copy_project(tmp_path / "project")
    env = tmp_path / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", "--python", str(python),
         "install", "--no-deps", "-q", "-e", str(project)],
        capture_output=True, text=True, timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    probe = tmp_path / "probe.py"
    probe.write_text("import zhclean\nimport zhclean.rules.chrome.licence\n"
                     "reveal_type(zhclean.__version__)\n", encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--python-executable", str(python),
         str(probe)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )
    assert "import-not-found" not in checked.stdout, checked.stdout
    assert "Revealed type is \"str\"" in checked.stdout.replace("builtins.str", "str"), checked.stdout
