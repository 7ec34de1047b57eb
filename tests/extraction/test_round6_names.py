"""Round 6 (issue 8): general classes of names, each with a short text of our own (no name from a document)."""

import pytest

from udsyn.extraction import extract_bytes


def _names(text: str, type_: str, name: str = "a.txt") -> list[str]:
    return sorted({r.name for r in extract_bytes(text.encode(), name).records if r.type == type_})


@pytest.mark.parametrize(("text", "partner"), [
    ("Vores venskabsby er Otepää i Estland. I februar var ni løbere fra skiklubben på lejr i byen. De rejste via "
     "Stockholm og Tallinn med nattefærgen.", "Otepää"),
    ("Kulturskolen sendte 22 elever til vennskapsbyen Sandavágur på Færøyane. Reisen gikk via Bergen og Tórshavn.",
     "Sandavágur"),
    ("Our twin town Kartuzy in Poland hosted 14 pupils; they travelled via Berlin, Szczecin and Gdańsk by train.",
     "Kartuzy"),
])
def test_every_town_travelled_via_is_no_partner(text, partner):
    assert _names(text, "partner") == [partner]
