"""Round 8b, calibration: a well-known network named in the same sentence as a membership cue is proposed at the
bulk-accept line only when the cue is about it; named in another clause after the cue's network (a conference it
organised, a meeting, a report) it is still proposed, below the line. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes
from udsyn.extraction.model import BULK_ACCEPT_CONFIDENCE


def _networks(text: str) -> dict[str, float]:
    return {r.name: r.confidence for r in extract_bytes(text.encode(), "a.txt").records if r.type == "network"}


@pytest.mark.parametrize("text", [
    "Kommunen er medlem af Baltmet og deltog i en konference arrangeret af NALAS.",
    "Kommunen er medlem af Baltmet, og borgmesteren holdt tale på et møde i NALAS.",
    "Som medlem af Baltmet læste kommunen en rapport fra NALAS om klimatilpasning.",
])
def test_a_network_in_another_clause_is_below_the_line(text):
    found = _networks(text)
    assert found["BaltMet"] >= BULK_ACCEPT_CONFIDENCE
    assert found["NALAS"] < BULK_ACCEPT_CONFIDENCE


@pytest.mark.parametrize("text", [
    "Kommunen er medlem af Baltmet og NALAS.",
    "Kommunen er medlem af Baltmet, NALAS og flere andre netværk.",
    "Kommunen er medlem af en række internationale netværk, blandt andet Baltmet og NALAS.",
])
def test_networks_the_cue_is_about_stay_at_the_line(text):
    found = _networks(text)
    assert found["BaltMet"] >= BULK_ACCEPT_CONFIDENCE and found["NALAS"] >= BULK_ACCEPT_CONFIDENCE
