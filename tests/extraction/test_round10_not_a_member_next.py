"""A well-known network merely named ('attended the Baltic Sea Commission's conference as guests') is no membership
when the next sentence says the municipality is not a member of it, by its head noun or a pronoun; a membership
stated outright stays."""

from __future__ import annotations

import pytest

from tests.extraction.found import names


@pytest.mark.parametrize("text", [
    "Two officers attended the Baltic Sea Commission's annual meeting in Riga as guests. The municipality is not "
    "a member of the commission.",
    "To medarbejdere deltog som gæster i Baltic Sea Commission's årsmøde i Riga. Kommunen er ikke medlem af "
    "kommissionen.",
    "Två tjänstepersoner var gäster vid Baltic Sea Commissions årsmöte i Riga. Kommunen är inte medlem i den.",
    "To tilsette var gjester på årsmøtet til Baltic Sea Commission i Riga. Kommunen er ikkje medlem av det.",
])
def test_named_then_denied(text):
    assert names(text, "network") == []


def test_a_membership_stated_outright_stays():
    text = ("Kommunen er medlem af Baltic Sea Commission og deltog i årsmødet i Riga. Kommunen er ikke medlem af "
            "andre netværk.")
    assert names(text, "network") == ["Baltic Sea Commission"]
