"""Round 9: a name the text introduces as a project ("projektet X", "the X project", "X, et treårigt projekt under
Interreg Europe") is a project, also where another sentence says the municipality takes part in it ("deltager i X
som partner", "takes part in X"): taking part is no membership. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


@pytest.mark.parametrize("text", [
    "Nyheder\n\nKommunen er inviteret til at deltage i FENWATCH, et treårigt projekt under Interreg Europe om "
    "vådområder.\n\nByrådet godkender, at kommunen deltager i FENWATCH som partner.",
    "Nyheder\n\nKommunen deltager i FENWATCH.\n\nProjektet FENWATCH er støttet af Interreg Europe.",
    "News\n\nThe FENWATCH project is funded by Interreg Europe.\n\nThe council agreed that the town takes part in "
    "FENWATCH as a partner.",
])
def test_project_named_as_project_is_no_network(text):
    records = extract_bytes(text.encode(), "a.txt").records
    assert [r.name for r in records if r.type == "network"] == []
    assert [r.name for r in records if r.type == "project"] == ["FENWATCH"]


def test_membership_cue_still_makes_a_network():
    text = "Nyheder\n\nKommunen er medlem af Nordic Fen Cities, et netværk af byer ved moser."
    records = extract_bytes(text.encode(), "a.txt").records
    assert [r.name for r in records if r.type == "network"] == ["Nordic Fen Cities"]
