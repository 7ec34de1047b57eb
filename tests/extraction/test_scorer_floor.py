"""The development gold: names F1 must stay at or above 0.85 (run with the real scorer)."""

import json
import subprocess
import sys

import pytest

from udsyn.extraction import extract_file, to_contract

from .conftest import corpus_dir, corpus_file

DOC = "aalborg-international-results-2014-2017.txt"


def test_names_f1_floor_on_development_gold(tmp_path):
    eval_dir = corpus_dir().parent / "eval"
    score = eval_dir / "score.py"
    gold = eval_dir / DOC.replace(".txt", ".gold.json")
    if not (score.exists() and gold.exists()):
        pytest.skip(f"scorer or gold file absent in {eval_dir}")
    out = tmp_path / "x.json"
    out.write_text(json.dumps(to_contract([extract_file(corpus_file(DOC))]), ensure_ascii=False), "utf-8")
    proc = subprocess.run([sys.executable, str(score), str(out), str(gold), "--min-f1", "0.85"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert last.startswith("names F1=")
