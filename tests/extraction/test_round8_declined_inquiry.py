"""Round 8: a town or body named in an inquiry, an invitation or an application the municipality looked into is no
partner when the next sentence says it declined ("Udvalget har besluttet ikke at gå videre med sagen", "föreslår
förvaltningen att kommunen avstår", "The committee decided not to pursue it"); an agreement in force followed by a
declined project elsewhere keeps its partner. Texts of our own."""

import pytest

from .found import names


def _partners(text: str) -> list[str]:
    return names(text, "partner")


@pytest.mark.parametrize("text", [
    "Venskabsbyer\n\nUdvalget har drøftet en henvendelse fra byen Kuopio i Finland om et venskabsbysamarbejde. "
    "Udvalget har besluttet ikke at gå videre med sagen i denne omgang.",
    "Internationellt\n\nFörvaltningen har undersökt om kommunen kan gå med i ansökan SEA VOICES, som leds av ett "
    "museum i Rauma. Eftersom kostnaden blir hög föreslår förvaltningen att kommunen avstår.",
    "Twinning\n\nThe committee considered an invitation from the town of Lisieux in France to form a twinning link. "
    "Members decided not to pursue the invitation this year.",
])
def test_a_declined_inquiry_names_no_partner(text):
    assert _partners(text) == []


def test_an_agreement_in_force_keeps_its_partner():
    text = ("Venskabsbyer\n\nKommunen har siden 1990 haft et venskabsbysamarbejde med Kuopio i Finland. Udvalget har "
            "besluttet ikke at deltage i et nyt projekt om turisme.")
    assert _partners(text) == ["Kuopio"]
