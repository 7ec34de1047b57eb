"""Round 8: a Swedish region named the Swedish way ("Region Blekinge") is a region abroad
for a Danish or Norwegian municipality, a partner when the municipality cooperates with it; the Danish regions and a
Swedish page's own regions are at home. Texts of our own."""

import pytest

from .found import names


def _partners(text: str) -> list[str]:
    return names(text, "partner")


@pytest.mark.parametrize(("text", "partners"), [
    ("Nyheder\n\nKommunen samarbejder med Region Blekinge om sundhed og uddannelse.", ["Region Blekinge"]),
    ("Nyheder\n\nKommunen samarbejder med Region Midtjylland om sundhed.", []),
    ("Nyheder\n\nKommunen samarbejder med Region Midt om sundhed.", []),
    ("Nyheter\n\nKommunen samarbetar också med Region Blekinge om kollektivtrafik och har gjort det sedan 2019.", []),
])
def test_a_swedish_region_is_abroad_for_a_danish_municipality(text, partners):
    assert _partners(text) == partners
