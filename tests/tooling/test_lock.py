"""The dependency lock follows pyproject.toml: a changed range without `make lock` is caught by `make lint`."""

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def lock_tool(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("lock_tool", REPO / "tools" / "lock.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("pyproject.toml", "requirements.lock"):
        (tmp_path / name).write_text((REPO / name).read_text())
    monkeypatch.setattr(module, "PYPROJECT", tmp_path / "pyproject.toml")
    monkeypatch.setattr(module, "LOCK", tmp_path / "requirements.lock")
    return module


def test_the_committed_lock_matches_pyproject(lock_tool):
    assert lock_tool.check_lock() == 0


def test_a_changed_range_without_a_new_lock_fails_and_says_what_to_do(lock_tool, capsys):
    pyproject = lock_tool.PYPROJECT
    assert '"babel>=2.16"' in pyproject.read_text()
    pyproject.write_text(pyproject.read_text().replace('"babel>=2.16"', '"babel>=2.17"'))
    assert lock_tool.check_lock() == 1
    assert "run `make lock`" in capsys.readouterr().err


def test_every_requirement_of_pyproject_is_pinned_with_hashes(lock_tool):
    lock = lock_tool.LOCK.read_text()
    pinned = {line.split("==")[0].split("[")[0].lower() for line in lock.splitlines() if "==" in line}
    for requirement in lock_tool.lock_inputs():
        name = requirement.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip().lower()
        assert name in pinned, f"{name} is not pinned in requirements.lock"
    assert lock.count("--hash=sha256:") >= lock.count("==")
