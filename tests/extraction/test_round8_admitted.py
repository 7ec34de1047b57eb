"""Round 8: being admitted to or signing up for a network ("optaget i X", "er blevet optaget i X-netværket", "meldt
sig ind i X", "antagits i X", "admitted to X") is a membership named with a membership cue. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


def _networks(text: str) -> list:
    return [r for r in extract_bytes(text.encode(), "a.txt").records if r.type == "network"]


@pytest.mark.parametrize("text", [
    "Referat\n\n43. Ungdomsskolen optaget i Nordic Bay Cities\n\nUngdomsskolen er pr. 1. januar optaget i Nordic Bay "
    "Cities-netværket som lokalt kontor.",
    "Nyheder\n\nKommunen har i år meldt sig ind i Nordic Bay Cities.",
    "Nyheter\n\nKommunen har antagits som medlem i Nordic Bay Cities.",
    "News\n\nThe town was admitted to Nordic Bay Cities in March.",
])
def test_admitted_is_a_membership(text):
    found = _networks(text)
    assert [r.name for r in found] == ["Nordic Bay Cities"]
    assert found[0].confidence >= 0.8


def test_another_body_joining_is_no_membership():
    text = "Nyheder\n\nArkivet i Kuopio har meldt sig ind i Nordic Bay Cities, som kommunens arkiv driver."
    assert _networks(text) == []
