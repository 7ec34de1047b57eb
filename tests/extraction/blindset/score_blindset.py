"""Score the blind set by half and by document class, with the shared scorer's own matching rules.

    udsyn extract tests/extraction/blindset/tuning/*.{html,docx,txt} --json > tuning.json
    python tests/extraction/blindset/score_blindset.py tuning.json tuning [--errors]
    python tests/extraction/blindset/score_blindset.py heldout.json heldout

SCORER (default /work/shared/eval/score.py) is the shared scorer; this script only groups its counts.
--errors lists, per document, the names, amounts and counts missed or extra; it refuses the held-out half,
whose errors nobody may read.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path(os.environ.get("SCORER", "/work/shared/eval/score.py"))
LANGUAGES = {"da": "Danish", "sv": "Swedish", "no": "Norwegian", "en": "English"}
CLASSES = {".html": "HTML page", ".docx": "DOCX", ".pdf": "PDF", ".xlsx": "XLSX"}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def doc_class(name: str) -> str:
    if name.endswith("-ocr.txt"):
        return "scanned text (OCR)"
    return CLASSES.get(Path(name).suffix, "plain text")


def doc_groups(name: str) -> list[str]:
    """The document's format class and its language (the file name's prefix)."""
    return [doc_class(name), "language " + LANGUAGES.get(name[:2], name[:2])]


def doc_counts(score, gold: dict, records: list[dict]) -> dict[str, list[int]]:
    names = [0, 0, 0, 0]
    for t in score.NAME_TYPES:
        s = score.score_names([r.get("name") for r in records if r.get("type") == t], gold.get(t, []))
        names = [x + y for x, y in zip(names, s, strict=True)]
    money = score.score_values([r for r in records if r.get("type") == "money"], gold.get("money", []), True)
    counts = score.score_values([r for r in records if r.get("type") == "count"], gold.get("count", []), False)
    return {"names": names, "money": list(money), "counts": list(counts)}


def line(score, totals: dict[str, list[int]]) -> str:
    parts = []
    for key, c in totals.items():
        f, p, r = score.prf(*c)
        parts.append(f"{key} F1={f:.3f} (P={p:.3f} R={r:.3f})")
    return "  ".join(parts)


def value_errors(score, records: list[dict], gold: list[dict], with_currency: bool) -> tuple[list, list]:
    def key(r):
        return (float(r["value"]), (r.get("currency") or "").upper() if with_currency else "")

    pred = list(dict.fromkeys(key(r) for r in records if r.get("value") is not None))
    wanted = list(dict.fromkeys(key(r) for r in gold))
    extra = [p for p in pred if not any(score.close(p[0], g[0]) and p[1] == g[1] for g in wanted)]
    missed = [g for g in wanted if not any(score.close(p[0], g[0]) and p[1] == g[1] for p in pred)]
    return extra, missed


def show(value: tuple[float, str]) -> str:
    return f"{value[0]:g} {value[1]}".strip()


def print_errors(score, gold: dict, records: list[dict]) -> None:
    for t in score.NAME_TYPES:
        names = [r.get("name") for r in records if r.get("type") == t]
        entries = gold.get(t, [])
        extra = [n for n in dict.fromkeys(names) if n and not any(
            score.same_name(n, g) for e in entries for g in score.gold_names(e))]
        missed = [e["name"] for e in entries if not e.get("optional") and not any(
            score.same_name(n, g) for n in names if n for g in score.gold_names(e))]
        if extra or missed:
            print(f"    {t}: extra {extra} missed {missed}")
    for t, with_currency in (("money", True), ("count", False)):
        extra, missed = value_errors(score, [r for r in records if r.get("type") == t], gold.get(t, []),
                                     with_currency)
        if extra or missed:
            print(f"    {t}: extra {[show(v) for v in extra]} missed {[show(v) for v in missed]}")


def main(argv: list[str]) -> int:
    errors = "--errors" in argv
    args = [a for a in argv if a != "--errors"]
    if len(args) != 2 or args[1] not in ("tuning", "heldout"):
        print(__doc__)
        return 2
    if errors and args[1] == "heldout":
        print("refused: the held-out half is reported as figures only")
        return 2
    score = load_scorer()
    docs = json.load(open(args[0], encoding="utf-8")).get("documents", [])
    totals: dict[str, list[int]] = {"names": [0] * 4, "money": [0] * 4, "counts": [0] * 4}
    by_class: dict[str, dict[str, list[int]]] = {}
    for gold_path in sorted((HERE / args[1]).glob("*.gold.json")):
        gold = json.load(open(gold_path, encoding="utf-8"))
        doc = next((d for d in docs if str(d.get("source", "")).endswith(gold["document"])), None)
        records = doc.get("records", []) if doc else []
        counts = doc_counts(score, gold, records)
        groups = [by_class.setdefault(g, {k: [0] * 4 for k in totals}) for g in doc_groups(gold["document"])]
        for key in totals:
            totals[key] = [x + y for x, y in zip(totals[key], counts[key], strict=True)]
            for group in groups:
                group[key] = [x + y for x, y in zip(group[key], counts[key], strict=True)]
        if errors:
            print(f"{gold['document']}: {line(score, counts)}")
            print_errors(score, gold, records)
    for name, cls in sorted(by_class.items()):
        print(f"{args[1]} / {name}: {line(score, cls)}")
    print(f"{args[1]} / all: {line(score, totals)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
