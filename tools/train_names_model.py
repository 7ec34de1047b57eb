"""Train, and measure honestly, the learned reader for names (udsyn/extraction/learned.py).

    UDSYN_CORPUS_DIR=/work/shared/corpus .venv/bin/python tools/train_names_model.py --cv        # leave one round out
    UDSYN_CORPUS_DIR=/work/shared/corpus .venv/bin/python tools/train_names_model.py --validate  # round 8 held-out
    UDSYN_CORPUS_DIR=/work/shared/corpus .venv/bin/python tools/train_names_model.py --write 0.7 # ship the weights

Training data: every gold file the repository may learn from (tools/names_data.py), never a closed held-out half.
--cv trains on all rounds but one and scores rules alone vs rules + learned on that one (names F1, P/R, with the
shared scorer's matching); --validate trains on all rounds and scores round 8's held-out half (not trained on);
--write TH trains on all rounds (not round 8's held-out half) and writes udsyn/extraction/data/learned_names.json
with threshold TH for partners and projects (networks: the model did not help, see RESULTS.md).
--pipeline runs the whole pipeline on every group, without and with the learned part; with --folder DIR on that
folder's documents only (for the lead: a held-out half nobody tuned on, run once, rules alone vs rules + learned).
Deterministic: seeded shuffle, fixed epochs. --cache FILE keeps the documents' rule output between runs.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

import names_data  # noqa: E402

SEED = 8
EPOCHS = int(os.environ.get("NAMES_EPOCHS", 6))
RATE = float(os.environ.get("NAMES_RATE", 0.1))
L2 = float(os.environ.get("NAMES_L2", 1e-4))
MIN_COUNT = int(os.environ.get("NAMES_MIN_COUNT", 2))
THRESHOLD = 0.5


def scorer():
    path = Path(os.environ.get("UDSYN_CORPUS_DIR") or REPO.parent / "shared" / "corpus").parent / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SC = scorer()


def prepare(item: dict) -> dict:
    """The document's candidates with their features and gold labels (None: an optional entry, left out)."""
    from udsyn.extraction import learned
    from udsyn.extraction.context import Context
    from udsyn.extraction.language import document_language

    with document_language(item["text"]):
        found = learned.candidates(Context(item["text"], item["starts"], item["segments"]))
    gold = item["gold"]
    labels = {}
    for key, mentions in found.items():
        name = mentions[0].name
        label = "none"
        for t in learned.TYPES:
            hit = [e for e in gold.get(t, []) if any(SC.same_name(name, g) for g in SC.gold_names(e))]
            if any(not e.get("optional") for e in hit):
                label = t
                break
            if hit:
                label = None
        labels[key] = label
    return {"found": found, "labels": labels}


RULES_FEATURE = "--no-rules-feature" not in sys.argv


def examples(items: list[dict]) -> list[tuple[list[str], str]]:
    """(features, label) of every mention. A name the rules already have carries the feature 'rules_have' (never
    seen at inference, where only names the rules missed are scored): the model learns what the rules miss."""
    from udsyn.extraction import learned

    out = []
    for item in items:
        known = [learned.norm(r.name or "") for r in item["records"] if r.name]
        for key, mentions in item["prep"]["found"].items():
            label = item["prep"]["labels"][key]
            if label is None:
                continue
            extra = ["rules_have"] if RULES_FEATURE and learned._covered(key, known) else []
            out += [(sorted(set(m.features)) + extra, label) for m in mentions]
    return out


def train(data: list[tuple[list[str], str]], epochs: int = EPOCHS) -> dict:
    """One logistic model per type (one against the rest), plain SGD with L2, seeded."""
    from udsyn.extraction import learned

    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    data = [([f for f in feats if f in keep], label) for feats, label in data]
    model = {"weights": {}, "threshold": {}}
    for t in learned.TYPES:
        w: dict[str, float] = {}
        rng = random.Random(SEED)
        order = list(range(len(data)))
        for epoch in range(epochs):
            rng.shuffle(order)
            rate = RATE / (1 + epoch)
            for i in order:
                feats, label = data[i]
                z = sum(w.get(f, 0.0) for f in feats)
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                g = (1.0 if label == t else 0.0) - p
                for f in feats:
                    old = w.get(f, 0.0)
                    w[f] = old + rate * (g - L2 * old)
        model["weights"][t] = {f: round(v, 3) for f, v in sorted(w.items()) if abs(v) >= 0.01}
        model["threshold"][t] = THRESHOLD
    return model


def names_score(items: list[dict], model: dict | None) -> tuple[list[int], list[tuple]]:
    """[tp, pred, found, gold] over the items with rules alone (model None) or rules + learned; and the added
    candidates as (probability, right or None for optional, type, name, document)."""
    from udsyn.extraction import learned

    totals = [0, 0, 0, 0]
    added = []
    for item in items:
        recs = [{"type": r.type, "name": r.name} for r in item["records"] if r.type in learned.TYPES]
        if model is not None:
            for p, t, m in learned.choose(item["prep"]["found"], item["records"], model):
                recs.append({"type": t, "name": m.name})
                entries = item["gold"].get(t, [])
                hit = [e for e in entries if any(SC.same_name(m.name, g) for g in SC.gold_names(e))]
                right = None if hit and all(e.get("optional") for e in hit) else bool(hit)
                added.append((p, right, t, m.name, Path(item["doc"]).name))
        for t in learned.TYPES:
            s = SC.score_names([r["name"] for r in recs if r["type"] == t], item["gold"].get(t, []))
            totals = [a + b for a, b in zip(totals, s, strict=True)]
    return totals, added


def fmt(s: list[int]) -> str:
    f, p, r = SC.prf(*s)
    return f"{f:.3f} ({p:.3f} / {r:.3f})"


def load(argv: list[str]) -> dict[str, list[dict]]:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    groups = names_data.load(cache)
    for items in groups.values():
        for item in items:
            item["prep"] = prepare(item)
    return groups


USED = ("partner", "project")


def with_threshold(model: dict, value: float) -> dict:
    return {"weights": model["weights"], "threshold": {t: value if t in USED else 2.0 for t in model["weights"]}}


def cv(groups: dict[str, list[dict]], thresholds: list[float]) -> None:
    folds = [g for g in groups if g != "r8 held-out"]
    rows = {th: [] for th in thresholds}
    base_rows = []
    for held in folds:
        train_items = [i for g in folds if g != held for i in groups[g]]
        model = train(examples(train_items))
        base, _ = names_score(groups[held], None)
        base_rows.append(base)
        line = [f"{held:14s} rules {fmt(base)}"]
        for th in thresholds:
            s, added = names_score(groups[held], with_threshold(model, th))
            rows[th].append((s, added))
            line.append(f"@{th}: {fmt(s)} +{sum(1 for a in added if a[1])}/-{sum(1 for a in added if a[1] is False)}")
        print("  ".join(line), flush=True)
    mean_base = sum(SC.prf(*b)[0] for b in base_rows) / len(base_rows)
    print(f"mean F1 rules {mean_base:.4f}")
    for th in thresholds:
        mean = sum(SC.prf(*s)[0] for s, _ in rows[th]) / len(rows[th])
        added = [a for _, ad in rows[th] for a in ad]
        hi = [a for a in added if a[0] >= 0.8 and a[1] is not None]
        print(f"threshold {th}: mean F1 {mean:.4f}; added right {sum(1 for a in added if a[1])}, wrong "
              f"{sum(1 for a in added if a[1] is False)}; >=0.8 {sum(1 for a in hi if a[1])}/{len(hi)}")
    if "--show" in sys.argv:
        for th in thresholds[:1]:
            for _, ad in rows[th]:
                for a in ad:
                    print("   ", a)


def final_model(groups: dict[str, list[dict]], threshold: float) -> dict:
    """The shipped model: trained on every group but round 8's held-out half (its figures stay a validation),
    the types in use only, their threshold as chosen by --cv."""
    model = train(examples([i for g, items in groups.items() if g != "r8 held-out" for i in items]))
    model = with_threshold(model, threshold)
    return {k: {t: v for t, v in part.items() if t in USED} for k, part in model.items()}


def pipeline() -> None:
    """The whole pipeline on every group, rules alone and rules + learned: names/money/counts F1 and the
    calibration at the bulk-accept line, as score_allowed.py prints them."""
    sys.path.insert(0, str(REPO / "tests" / "extraction" / "blindset"))
    import score_allowed
    from score_allowed import devset

    from udsyn.extraction import learned

    groups = names_data.groups()
    if "--folder" in sys.argv:  # one folder of documents with gold, e.g. a held-out half the lead runs
        folder = Path(sys.argv[sys.argv.index("--folder") + 1]).resolve()
        groups = {folder.name: [(folder / Path(json.loads(g.read_text("utf-8"))["document"]).name, g)
                                for g in sorted(folder.glob("*.gold.json"))]}
    for name, pairs in groups.items():
        golds = [g for _, g in pairs]
        for enabled in (False, True):
            learned.ENABLED = enabled
            extraction = devset.extract([d for d, _ in pairs])
            print(f"{name} ({len(pairs)}) {'rules+learned' if enabled else 'rules'}: "
                  f"{devset.score(extraction, golds, False)}  |  {score_allowed.calibration(extraction, golds)}",
                  flush=True)
    learned.ENABLED = True


def main(argv: list[str]) -> int:
    if "--pipeline" in argv:
        pipeline()
        return 0
    groups = load(argv)
    thresholds = [float(x) for x in argv[argv.index("--thresholds") + 1].split(",")] if "--thresholds" in argv \
        else [0.5, 0.6, 0.7, 0.8]
    if "--cv" in argv:
        cv(groups, thresholds)
    if "--validate" in argv:
        train_items = [i for g, items in groups.items() if g != "r8 held-out" for i in items]
        model = train(examples(train_items))
        base, _ = names_score(groups["r8 held-out"], None)
        print(f"r8 held-out rules {fmt(base)}")
        for th in thresholds:
            s, added = names_score(groups["r8 held-out"], with_threshold(model, th))
            print(f"  @{th}: {fmt(s)}  added {added}")
    if "--write" in argv:
        model = final_model(groups, float(argv[argv.index("--write") + 1]))
        out = REPO / "udsyn" / "extraction" / "data" / "learned_names.json"
        out.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
        print(f"wrote {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
