"""Make an extraction JSON (the shared contract) from gold files, to check that the gold loads in the scorer.

    python3 gold_to_pred.py [--optional] GOLD.json... > /tmp/pred.json
    python3 /work/shared/eval/score.py /tmp/pred.json GOLD.json...      # expect 1.000 everywhere

Required entries become records; with --optional the optional ones are added too (they must not change the score).
`--empty` writes the same documents with no records (expect 0).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

NAMED = ("network", "partner", "project")


def records(gold: dict, optional: bool) -> list[dict]:
    out: list[dict] = []
    for kind in NAMED:
        for entry in gold.get(kind, []):
            if optional or not entry.get("optional"):
                fields = {"country": entry["country"]} if "country" in entry else {}
                out.append({"type": kind, "name": entry["name"], "fields": fields})
    for entry in gold.get("money", []):
        if optional or not entry.get("optional"):
            out.append({"type": "money", "value": entry["value"], "currency": entry["currency"], "fields": {}})
    for entry in gold.get("count", []):
        if optional or not entry.get("optional"):
            out.append({"type": "count", "value": entry["value"], "fields": {}})
    return out


def main(argv: list[str]) -> None:
    optional, empty = "--optional" in argv, "--empty" in argv
    documents = []
    for name in (a for a in argv if not a.startswith("--")):
        gold = json.loads(Path(name).read_text(encoding="utf-8"))
        recs = [] if empty else records(gold, optional)
        documents.append({"source": str(Path(name).parent / gold["document"]), "pages": 1, "records": recs})
    json.dump({"documents": documents}, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
