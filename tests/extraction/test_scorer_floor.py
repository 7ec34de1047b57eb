"""Floors measured with the real scorer: the shared development gold (both files) and the development part of
our own development set. The set-aside part stays out of the tests (it estimates unseen documents)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from udsyn.extraction import extract_file, to_contract

from .conftest import corpus_dir, corpus_file

GOLD_DOCS = ["aalborg-international-results-2014-2017.txt", "copenhagen-mapping-of-international-work-2020.txt"]
DEVSET = Path(__file__).parent / "devset"
NAMES_FLOOR = 0.92  # reached: 0.923 (issue 8: 0.92)
COUNTS_FLOOR = 0.72  # reached: 0.750 (headline counts of international work; 0.500 when every number counted)


def _scorer() -> Path:
    score = corpus_dir().parent / "eval" / "score.py"
    if not score.exists():
        pytest.skip(f"scorer absent in {score.parent}")
    return score


def _score(docs: list[Path], golds: list[Path], tmp_path: Path, floor: float) -> dict[str, float]:
    out = tmp_path / "x.json"
    out.write_text(json.dumps(to_contract([extract_file(d) for d in docs]), ensure_ascii=False), "utf-8")
    proc = subprocess.run([sys.executable, str(_scorer()), str(out), *map(str, golds), "--min-f1", str(floor)],
                          capture_output=True, text=True, timeout=300)
    last = proc.stdout.strip().splitlines()[-1]
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return {k: float(v) for k, v in re.findall(r"(names|money|counts) F1=([\d.]+)", last)}


def test_names_f1_floor_on_the_shared_development_gold(tmp_path):
    golds = [corpus_dir().parent / "eval" / d.replace(".txt", ".gold.json") for d in GOLD_DOCS]
    if not all(g.exists() for g in golds):
        pytest.skip("gold files absent")
    figures = _score([corpus_file(d) for d in GOLD_DOCS], golds, tmp_path, NAMES_FLOOR)
    assert figures["money"] >= 0.95 and figures["counts"] >= COUNTS_FLOOR, figures


def test_floors_on_the_development_part_of_our_own_set(tmp_path):
    sys.path.insert(0, str(DEVSET))
    from run import parts

    pairs = parts()["dev"]
    figures = _score([d for d, _ in pairs], [g for _, g in pairs], tmp_path, 0.95)
    assert figures["money"] >= 0.95 and figures["counts"] >= 0.9, figures
