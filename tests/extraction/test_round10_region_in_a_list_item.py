"""A list item opening with its town, then the region and the country in brackets ('Comune di Alghero, Sardinia
(Italy) – the town library'): the region is where the town lies, no partner of its own."""

from __future__ import annotations

import pytest

from tests.extraction.found import names


@pytest.mark.parametrize("text,towns", [
    ("Partners:\n- Comune di Alghero, Sardinia (Italy) – the town library\n"
     "- Ayuntamiento de Nerja, Andalusia (Spain) – the town archive\n", ["Alghero", "Nerja"]),
    ("Partnere:\n- Alghero, Sardinien (Italien) – byens bibliotek\n- Nerja, Andalusien (Spanien) – byens arkiv\n",
     ["Alghero", "Nerja"]),
    ("Partner:\n- Oristano, Sardinien (Italien) – stadsarkivet\n- Olsztyn, Ermland-Masurien (Polen) – museet\n",
     ["Olsztyn", "Oristano"]),
    ("Partnarar:\n- Alghero, Sardinia (Italia) – bybiblioteket\n- Nerja, Andalucía (Spania) – byarkivet\n",
     ["Alghero", "Nerja"]),
])
def test_the_region_of_a_listed_town_is_no_partner(text, towns):
    assert names(text, "partner") == towns
