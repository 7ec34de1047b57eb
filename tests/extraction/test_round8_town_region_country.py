"""Round 8: in "Town, Region, Country" the middle name is the region the town lies in, not a partner of its own
("Bad Salzdetfurth, Lower Saxony, Germany"), in a list under a twin-town heading and in prose. Texts of our own."""

import pytest

from .found import names


def _partners(data: str, name: str) -> list[str]:
    return names(data, "partner", name)


def test_the_region_between_a_listed_town_and_its_country_is_no_partner():
    page = ("<html><body><h1>Twinning</h1><h2>Our twin towns</h2><ul><li>Quimperlé, Finistère, France (since 1972)</li>"
            "<li>Bad Salzdetfurth, Lower Saxony, Germany (since 1985)</li></ul></body></html>")
    assert _partners(page, "a.html") == ["Bad Salzdetfurth", "Quimperlé"]


@pytest.mark.parametrize("text", [
    "Twinning\n\nThe town is twinned with Bad Salzdetfurth, Lower Saxony, Germany.",
    "Venskabsbyer\n\nKommunens venskabsby er Bad Salzdetfurth, Niedersachsen, Tyskland.",
])
def test_the_region_in_prose_is_no_partner(text):
    assert _partners(text, "a.txt") == ["Bad Salzdetfurth"]


def test_a_town_after_a_country_in_a_list_is_a_partner():
    text = "Twinning\n\nThe town is twinned with Kuopio, Finland, Sillamäe, Estonia and Bauska, Latvia."
    assert _partners(text, "a.txt") == ["Bauska", "Kuopio", "Sillamäe"]
