"""Round 8b: a region abroad named the local way ("Powiat X", "Département de X", "Région X", "Comarca de X",
"Landkreis X") that the municipality cooperates with is a partner in that region's country, named as written, also
without the country in the sentence; a region at home is none. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


def _partners(text: str) -> dict[str, str]:
    return {r.name: r.fields.get("country") for r in extract_bytes(text.encode(), "a.txt").records
            if r.type == "partner"}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Kommunen har en samarbejdsaftale med Powiat Lęborski om ungdomsudveksling.", "Powiat Lęborski", "PL"),
    ("Kommunen har en samarbejdsaftale med Département de la Lozère.", "Département de la Lozère", "FR"),
    ("Kommunen har siden 2019 en samarbejdsaftale med Région Occitanie om turisme.", "Région Occitanie", "FR"),
    ("Kommunen har en samarbejdsaftale med Comarca de la Garrotxa.", "Comarca de la Garrotxa", "ES"),
    ("Kommunen har en samarbejdsaftale med Landkreis Cantal.", "Landkreis Cantal", "DE"),
])
def test_a_region_abroad_named_the_local_way_is_a_partner(text, name, country):
    assert _partners(text) == {name: country}


def test_a_region_named_without_cooperation_is_no_partner():
    assert _partners("Turen gik gennem Département de la Lozère til kysten.") == {}
