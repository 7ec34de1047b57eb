"""Score every set a rule change may be tuned on, in one process, so a change is checked on all of them at once.

    UDSYN_CORPUS_DIR=/work/shared/corpus .venv/bin/python tests/extraction/blindset/score_allowed.py [--explain DIR]

Prints one line per set (names F1 with P/R, money F1, counts F1) and the calibration at the bulk-accept line
(names alone, and names, money and counts together), as devset/run.py's calibration() judges it. With --explain
DIR it writes score.py --explain output per set into DIR. The held-out halves of rounds 5, 9 and 10 are not in
the list and are refused: nobody tuning may run or score them. Round 6's held-out half was run once for its
estimate and is tuning data since round 7; round 8's held-out half has been seen (its errors were published) and is
tuning data since round 10.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE.parent / "devset"))

import run as devset  # noqa: E402

FORBIDDEN = ("round5/heldout", "round9/heldout", "round10/heldout")


def blind(folder: str) -> list[tuple[Path, Path]]:
    path = HERE / folder
    if any(folder.startswith(f) for f in FORBIDDEN):
        raise SystemExit(f"{folder} is a held-out half: not to be run while tuning")
    pairs = []
    for gold in sorted(path.glob("*.gold.json")):
        doc = json.loads(gold.read_text("utf-8"))["document"]
        pairs.append((path / Path(doc).name, gold))
    return pairs


def shared() -> list[tuple[Path, Path]]:
    corpus = Path(os.environ.get("UDSYN_CORPUS_DIR") or REPO / ".." / "shared" / "corpus")
    golds = sorted(devset.scorer().parent.glob("*.gold.json"))
    return [(corpus / json.loads(g.read_text("utf-8"))["document"], g) for g in golds]


def sets() -> dict[str, list[tuple[Path, Path]]]:
    out = {"shared gold": shared()}
    parts = devset.parts()
    out["devset dev"] = parts["dev"]
    out["devset set-aside"] = parts["set-aside"]
    out["rounds 1-3 tuning"] = blind("tuning")
    out["first16+r3 held-out (seen)"] = blind("heldout")
    out["round-4 tuning"] = blind("round4/tuning")
    out["round-4 held-out (seen)"] = blind("round4/heldout")
    if (HERE / "round6" / "tuning").is_dir():
        out["round-6 tuning"] = blind("round6/tuning")
    if (HERE / "round6" / "heldout").is_dir():
        out["round-6 held-out (seen)"] = blind("round6/heldout")
    if (HERE / "round8" / "tuning").is_dir():
        out["round-8 tuning"] = blind("round8/tuning")
    if (HERE / "round8" / "heldout").is_dir():
        out["round-8 held-out (seen)"] = blind("round8/heldout")
    if (HERE / "round9" / "tuning").is_dir():
        out["round-9 tuning"] = blind("round9/tuning")
    if (HERE / "round10" / "tuning").is_dir():
        out["round-10 tuning"] = blind("round10/tuning")
    return out


def calibration(extraction: dict, golds: list[Path]) -> str:
    sc = devset._score_module()
    hi = {"names": [0, 0], "all": [0, 0]}
    for gold_path in golds:
        gold = json.loads(gold_path.read_text("utf-8"))
        doc = next(d for d in extraction["documents"] if d["source"].endswith(gold["document"]))
        for rec in doc["records"]:
            right = devset._right(sc, rec, gold)
            if right is None or rec["confidence"] < 0.8:
                continue
            keys = ["all", "names"] if rec["type"] in sc.NAME_TYPES else ["all"]
            for k in keys:
                hi[k][0] += right
                hi[k][1] += 1
    return "  ".join(f">=0.8 {k} {ok}/{n}" for k, (ok, n) in hi.items())


def main(argv: list[str]) -> int:
    explain_dir = Path(argv[argv.index("--explain") + 1]) if "--explain" in argv else None
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    for name, pairs in sets().items():
        if only and only not in name:
            continue
        extraction = devset.extract([d for d, _ in pairs])
        golds = [g for _, g in pairs]
        print(f"{name} ({len(pairs)}): {devset.score(extraction, golds, False)}  |  {calibration(extraction, golds)}")
        if explain_dir:
            explain_dir.mkdir(parents=True, exist_ok=True)
            slug = name.split(" (")[0].replace(" ", "_").replace("+", "_")
            (explain_dir / f"{slug}.txt").write_text(devset.score(extraction, golds, True), "utf-8")
            (explain_dir / f"{slug}.json").write_text(json.dumps(extraction, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
