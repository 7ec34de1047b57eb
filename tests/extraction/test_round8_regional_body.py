"""Round 8: a membership named by a place and a lower-case generic noun ("<county> kulturnettverk", "<landskap>s
kulturnätverk") is a regional body, not an international network: its capitalised place is no network's name.
Texts of our own."""

import pytest

from .found import names


def _networks(text: str) -> list[str]:
    return names(text, "network")


@pytest.mark.parametrize(("text", "networks"), [
    ("Andre samarbeid\n\nKommunens medlemskap i Eurocities og i Telemark kulturnettverk berøres ikke av vedtaket.",
     ["Eurocities"]),
    ("Nätverk\n\nKommunen är medlem i Energy Cities och i Jämtlands kulturnätverk.", ["Energy Cities"]),
    ("Netværk\n\nKommunen er medlem af Eurocities og af Fjordlandet erhvervsnetværk.", ["Eurocities"]),
])
def test_a_place_and_a_generic_noun_is_no_network(text, networks):
    assert _networks(text) == networks
