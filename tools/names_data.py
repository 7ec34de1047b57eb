"""The documents with gold a names model may learn from, grouped by round, read once and cached.

Used by tools/train_names_model.py. The held-out halves still closed (round5/heldout, round9/heldout,
round10/heldout) are refused here: they are never read, run or scored.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
BLIND = REPO / "tests" / "extraction" / "blindset"
DEVSET = REPO / "tests" / "extraction" / "devset"
FORBIDDEN = ("round5/heldout", "round9/heldout", "round10/heldout")
VALIDATION = "round8/heldout"


def _blind(folder: str) -> list[tuple[Path, Path]]:
    if any(folder.startswith(f) for f in FORBIDDEN):
        raise SystemExit(f"{folder} is a closed held-out half")
    path = BLIND / folder
    return [(path / Path(json.loads(g.read_text("utf-8"))["document"]).name, g)
            for g in sorted(path.glob("*.gold.json"))]


def groups() -> dict[str, list[tuple[Path, Path]]]:
    """{group: [(document, gold)]}: one group per round (the folds), plus the validation half (round 8 held-out)."""
    corpus = Path(os.environ.get("UDSYN_CORPUS_DIR") or REPO.parent / "shared" / "corpus")
    shared = sorted(corpus.parent.glob("eval/*.gold.json"))
    out = {"shared": [(corpus / json.loads(g.read_text("utf-8"))["document"], g) for g in shared],
           "devset": [(DEVSET / "docs" / json.loads(g.read_text("utf-8"))["document"], g)
                      for g in sorted((DEVSET / "gold").glob("*.gold.json"))],
           "r1-3 tuning": _blind("tuning"), "r1-3 held-out": _blind("heldout"),
           "r4": _blind("round4/tuning") + _blind("round4/heldout"),
           "r6": _blind("round6/tuning") + _blind("round6/heldout"),
           "r8 tuning": _blind("round8/tuning"), "r9 tuning": _blind("round9/tuning"),
           "r8 held-out": _blind(VALIDATION)}
    return out


def read(doc: Path) -> dict:
    """The document as the pipeline sees it: normalised text, page starts, segments, and the rules' records."""
    from udsyn.extraction import learned
    from udsyn.extraction.extract import extract_records
    from udsyn.extraction.furniture import drop_furniture
    from udsyn.extraction.normalise import normalise_pages
    from udsyn.extraction.parsers import HTML, TEXT, parse_bytes
    from udsyn.extraction.segment import segment

    parsed = parse_bytes(doc.read_bytes(), str(doc))
    pages = parsed.pages
    if parsed.mime in (HTML, TEXT):
        pages = [drop_furniture(p) for p in pages]
    norm = normalise_pages(pages)
    segments = segment(norm.text, norm.page_starts)
    learned.ENABLED = False  # the rules alone: what the model learns to add to
    try:
        records = extract_records(norm.text, norm.page_starts, segments)
    finally:
        learned.ENABLED = True
    return {"text": norm.text, "starts": norm.page_starts, "segments": segments, "records": records}


def load(cache: Path | None = None) -> dict[str, list[dict]]:
    """{group: [{doc, gold, text, starts, segments, records}]}, from cache when it is newer than the code."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    out = {}
    for name, pairs in groups().items():
        out[name] = []
        for doc, gold in pairs:
            item = read(doc)
            item.update(doc=str(doc), gold=json.loads(gold.read_text("utf-8")))
            out[name].append(item)
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out
