"""The dependency lock: `requirements.lock` pins every package the application installs, with hashes.

    python tools/lock.py compile   # refresh the lock from pyproject.toml (what `make lock` runs)
    python tools/lock.py check     # fail when pyproject.toml changed since the lock was made (`make lint`)

pyproject.toml keeps the ranges a library user needs; the lock is what `make demo`, `make test` and CI
install (`pip install --require-hashes`). The lock's first line records a digest of the requirements it
was compiled from, so a changed range without a new lock is caught without asking the package index.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements.lock"
DIGEST_PREFIX = "# inputs-sha256: "
PYTHON_VERSION = "3.11"


def lock_inputs() -> list[str]:
    """Every requirement the lock must satisfy: build system, runtime and all extras."""
    project = tomllib.loads(PYPROJECT.read_text())
    inputs = list(project["build-system"]["requires"]) + list(project["project"]["dependencies"])
    for extra in project["project"].get("optional-dependencies", {}).values():
        inputs += extra
    return sorted({" ".join(requirement.split()) for requirement in inputs})


def inputs_digest(inputs: list[str]) -> str:
    payload = json.dumps({"python": PYTHON_VERSION, "requirements": inputs})
    return hashlib.sha256(payload.encode()).hexdigest()


def recorded_digest() -> str | None:
    if not LOCK.exists():
        return None
    first = LOCK.read_text().split("\n", 1)[0]
    return first.removeprefix(DIGEST_PREFIX) if first.startswith(DIGEST_PREFIX) else None


def compile_lock() -> int:
    uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if not uv:
        print("uv is not installed: run `make venv` first (it comes with the dev extra)", file=sys.stderr)
        return 1
    inputs = lock_inputs()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "requirements.in"
        source.write_text("\n".join(inputs) + "\n")
        compiled = Path(tmp) / "requirements.lock"
        command = [uv, "pip", "compile", str(source), "--generate-hashes", "--universal",
                   "--python-version", PYTHON_VERSION, "--no-header", "--quiet", "-o", str(compiled)]
        result = subprocess.run(command, env={**os.environ, "UV_NO_CONFIG": "1"})
        if result.returncode:
            return result.returncode
        body = compiled.read_text().replace(str(source), "requirements.in (from pyproject.toml)")
    header = (f"{DIGEST_PREFIX}{inputs_digest(inputs)}\n"
              "# Made by `make lock` (tools/lock.py, uv pip compile) from pyproject.toml; do not edit by hand.\n")
    LOCK.write_text(header + body)
    print(f"wrote {LOCK.name}: {body.count('==')} pinned packages")
    return 0


def check_lock() -> int:
    if recorded_digest() != inputs_digest(lock_inputs()):
        print(f"{LOCK.name} is out of date with pyproject.toml: run `make lock` and commit both files",
              file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    commands = {"compile": compile_lock, "check": check_lock}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
