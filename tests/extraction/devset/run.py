"""Score the pipeline on the development set, its development and set-aside parts apart, with score.py.

    .venv/bin/python tests/extraction/devset/run.py                 # both parts, figures only
    .venv/bin/python tests/extraction/devset/run.py --explain dev   # what was wrong on the development part
    .venv/bin/python tests/extraction/devset/run.py --calibration   # confidence vs. correctness, set-aside part
    .venv/bin/python tests/extraction/devset/run.py --corpus        # the shared development gold as well

While tuning, look only at the development part's errors (README.md): `--explain set-aside` is for
the final report. score.py is the shared scorer (UDSYN_SCORE or ../shared/eval/score.py).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

# Decided before any tuning (README.md): every third document is set aside.
SET_ASIDE = ("03-", "06-", "09-", "12-", "15-")


def scorer() -> Path:
    default = Path(os.environ.get("UDSYN_CORPUS_DIR") or REPO / ".." / "shared" / "corpus").resolve().parent
    return Path(os.environ.get("UDSYN_SCORE") or default / "eval" / "score.py")


def parts() -> dict[str, list[tuple[Path, Path]]]:
    """{'dev': [(document, gold)], 'set-aside': [...]}."""
    out: dict[str, list[tuple[Path, Path]]] = {"dev": [], "set-aside": []}
    for gold in sorted((HERE / "gold").glob("*.gold.json")):
        name = json.loads(gold.read_text("utf-8"))["document"]
        part = "set-aside" if name.startswith(SET_ASIDE) else "dev"
        out[part].append((HERE / "docs" / name, gold))
    return out


def extract(docs: list[Path]) -> dict:
    from udsyn.extraction import extract_file, to_contract

    return to_contract([extract_file(d) for d in docs])


def score(extraction: dict, golds: list[Path], explain: bool) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(extraction, f, ensure_ascii=False)
    args = [sys.executable, str(scorer()), f.name, *map(str, golds)] + (["--explain"] if explain else [])
    proc = subprocess.run(args, capture_output=True, text=True, check=False)
    os.unlink(f.name)
    return proc.stdout if explain else proc.stdout.strip().splitlines()[-1]


def _score_module():
    spec = importlib.util.spec_from_file_location("score", scorer())
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def calibration(extraction: dict, golds: list[Path]) -> str:
    """Share of right candidates per confidence band (names, money, counts), judged as score.py judges."""
    sc = _score_module()
    bands = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.5, 0.7)]
    table = {b: [0, 0] for b in bands}
    for gold_path in golds:
        gold = json.loads(gold_path.read_text("utf-8"))
        doc = next(d for d in extraction["documents"] if d["source"].endswith(gold["document"]))
        for rec in doc["records"]:
            right = _right(sc, rec, gold)
            if right is None:
                continue
            band = next(b for b in bands if b[0] <= rec["confidence"] < b[1])
            table[band][0] += right
            table[band][1] += 1
    lines = ["confidence   right / candidates"]
    hi = [sum(table[b][i] for b in bands[:2]) for i in (0, 1)]
    for (lo, up), (ok, n) in table.items():
        band = f"[{lo:.1f}, {min(up, 1.0):.1f}]"
        lines.append(f"{band}  {ok:3d} / {n:3d}  {ok / n:.0%}" if n else f"{band}  none")
    lines.append(f">= 0.8       {hi[0]:3d} / {hi[1]:3d}  {hi[0] / hi[1]:.0%}" if hi[1] else ">= 0.8  none")
    return "\n".join(lines)


def _right(sc, rec: dict, gold: dict) -> bool | None:
    """True/False for a scored candidate; None for an optional gold entry or a type the scorer ignores."""
    t = rec["type"]
    if t in sc.NAME_TYPES:
        entries = gold.get(t, [])
        hit = [e for e in entries if any(sc.same_name(rec.get("name", ""), g) for g in sc.gold_names(e))]
        if hit and all(e.get("optional") for e in hit):
            return None
        return bool(hit)
    if t in ("money", "count"):
        cur = (rec.get("currency") or "").upper() if t == "money" else ""
        return any(sc.close(rec["value"], g["value"]) and ((g.get("currency") or "").upper() == cur or t == "count")
                   for g in gold.get(t, []))
    return None


def main(argv: list[str]) -> int:
    if not scorer().exists():
        print(f"score.py not found at {scorer()} (set UDSYN_SCORE)")
        return 2
    explain = argv[argv.index("--explain") + 1] if "--explain" in argv else None
    for part, pairs in parts().items():
        extraction = extract([d for d, _ in pairs])
        golds = [g for _, g in pairs]
        print(f"{part} ({len(pairs)} documents): {score(extraction, golds, False)}")
        if explain == part:
            print(score(extraction, golds, True))
        if "--calibration" in argv and part == "set-aside":
            print(calibration(extraction, golds))
    if "--corpus" in argv:
        corpus = Path(os.environ.get("UDSYN_CORPUS_DIR") or REPO / ".." / "shared" / "corpus")
        golds = sorted(scorer().parent.glob("*.gold.json"))
        docs = [corpus / json.loads(g.read_text("utf-8"))["document"] for g in golds]
        extraction = extract(docs)
        print(f"corpus gold ({len(golds)} documents): {score(extraction, golds, explain == 'corpus')}")
        if "--calibration" in argv:
            print(calibration(extraction, golds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
