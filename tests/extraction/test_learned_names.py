"""The learned reader for names (udsyn/extraction/learned.py): what it adds to the rules, what it leaves out, that
its shipped weights load and that the training script makes weights deterministically from the repository's gold.
Texts are our own; the municipalities are fictional, the towns abroad real (and named in no corpus or blind-set
document)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from udsyn.extraction import learned
from udsyn.extraction.context import Context
from udsyn.extraction.language import document_language
from udsyn.extraction.normalise import normalise_pages
from udsyn.extraction.segment import segment

from .found import records

REPO = Path(__file__).resolve().parents[2]

TWIN_LIST = """Tjørnely Kommune – internationalt samarbejde

Kommunen har tre venskabsbyer:

Sodankylä (Finland)
Bakkelund Kommune (Danmark)
Tolmin (Slovenien)

Venskabsbyerne mødes hvert andet år.
"""

NEIGHBOURS = """Tjørnely Kommune – samarbejde

Kommunen har tre venskabsbyer og samarbejder om kollektiv trafik med:

Bakkelund Kommune
Engholm Kommune
Mosebæk Kommune

Aftalen løber til 2027.
"""


def _learned(recs):
    return {r.name: r for r in recs if str(r.fields.get("evidence", "")).startswith("learned: ")}


def test_small_foreign_towns_in_a_twin_town_list_are_found_by_the_learned_part():
    found = _learned(records(TWIN_LIST, "partner"))
    assert {"Sodankylä", "Tolmin"} <= set(found)
    for rec in found.values():
        assert 0.7 <= rec.confidence < 1.0  # the model's probability, above the shipped threshold
        assert "foreign_city" in rec.fields["evidence"]


def test_a_domestic_municipality_is_no_learned_partner():
    assert not any("Bakkelund" in name for name in _learned(records(TWIN_LIST, "partner")))
    assert not [r.name for r in records(NEIGHBOURS, "partner")]


def test_switched_off_the_pipeline_is_the_rules_alone():
    learned.ENABLED = False
    try:
        assert not _learned(records(TWIN_LIST, "partner"))
    finally:
        learned.ENABLED = True


def test_shipped_weights_load_and_are_small():
    model = learned.weights()
    assert set(model["weights"]) == {"partner", "project"} == set(model["threshold"])
    assert all(0.5 <= th < 1.0 for th in model["threshold"].values())
    assert learned.WEIGHTS.stat().st_size < 300_000
    # Features generalise: no weight is keyed by a whole name of the training documents.
    assert not [f for w in model["weights"].values() for f in w if f.startswith(("name:", "tok:"))]


def test_skipping_hopeless_mentions_changes_no_record():
    model = learned.weights()
    norm = normalise_pages([TWIN_LIST + NEIGHBOURS])
    with document_language(norm.text):
        ctx = Context(norm.text, norm.page_starts, segment(norm.text, norm.page_starts))
        full = learned.choose(learned.candidates(ctx), [], model)
        fast = learned.choose(learned.candidates(ctx, model=model), [], model)
    assert [(p, t, m.name) for p, t, m in full] == [(p, t, m.name) for p, t, m in fast]
    assert full


def test_the_training_script_is_deterministic_and_makes_weights_of_the_shipped_shape():
    corpus = Path(os.environ.get("UDSYN_CORPUS_DIR") or REPO.parent / "shared" / "corpus")
    if not (corpus.parent / "eval" / "score.py").exists():
        pytest.skip("the shared gold and scorer are absent (set UDSYN_CORPUS_DIR to the shared corpus)")
    sys.path.insert(0, str(REPO / "tools"))
    import train_names_model as tnm

    shipped = json.loads(learned.WEIGHTS.read_text("utf-8"))
    groups = tnm.load([])
    threshold = next(iter(shipped["threshold"].values()))
    first, second = tnm.final_model(groups, threshold), tnm.final_model(groups, threshold)
    assert first == second  # seeded: the same gold and rules give the same weights
    assert set(first["weights"]) == set(shipped["weights"]) and first["threshold"] == shipped["threshold"]
    # The rules' records are part of the training data (a name they have is marked so), so a rule change moves the
    # weights a little without making the shipped ones wrong; they are made again with
    # `UDSYN_CORPUS_DIR=/work/shared/corpus .venv/bin/python tools/train_names_model.py --cv --write 0.6`.
