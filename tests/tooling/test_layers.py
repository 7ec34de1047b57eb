"""The layering contracts ([tool.importlinter] in pyproject.toml, run by `make lint`) hold for the code, and they
fail when core imports a register app, when the extraction pipeline imports Django, or when modules import in a
circle. Each case lints a copy of the package with one import added."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def python_files_only(directory: str, names: list[str]) -> list[str]:
    return [n for n in names if n == "__pycache__" or not (n.endswith(".py") or (Path(directory) / n).is_dir())]


@pytest.fixture
def copy(tmp_path):
    shutil.copytree(REPO / "udsyn", tmp_path / "udsyn", ignore=python_files_only)
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    return tmp_path


def lint(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, env={"PYTHONPATH": str(root)},
                          capture_output=True, text=True, check=False)


def add_import(root: Path, module: str, statement: str) -> None:
    path = root / (module.replace(".", "/") + ".py")
    path.write_text(path.read_text() + f"\n{statement}  # noqa\n")


def test_the_code_keeps_every_contract(copy):
    result = lint(copy)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_importing_a_register_app_breaks_the_layers(copy):
    add_import(copy, "udsyn.core.money", "from udsyn.memberships.models import Membership")
    result = lint(copy)
    assert result.returncode == 1
    assert "udsyn.core is not allowed to import udsyn.memberships" in result.stdout


def test_extraction_importing_django_is_refused(copy):
    add_import(copy, "udsyn.extraction.model", "import django.db")
    result = lint(copy)
    assert result.returncode == 1
    assert "The extraction pipeline imports no Django BROKEN" in result.stdout


def test_modules_importing_each_other_are_a_cycle(copy):
    add_import(copy, "udsyn.core.money", "import udsyn.core.models")  # models already imports money
    result = lint(copy)
    assert result.returncode == 1
    assert "No import cycle inside udsyn BROKEN" in result.stdout
    assert "No cycles are allowed in udsyn.core." in result.stdout and "- .money -> .models" in result.stdout
