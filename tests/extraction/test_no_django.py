import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "udsyn" / "extraction"


def test_no_module_imports_django():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names.append(node.module)
            assert not any(n.split(".")[0] == "django" for n in names), path


def test_pipeline_runs_without_django_loaded():
    code = ("import sys, udsyn.extraction as e; r = e.extract_bytes('33 venskabsbyer'.encode(), 'a.txt'); "
            "assert r.records[0].value == 33; assert 'django' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parents[1])
