"""Round 8: counts stated as the parts of a count after a dash ("seks venskabsbyer – fire i Norden og to længere mod
syd"), and members of a council or committee counted as people ("to byrådsmedlemmer", "tre udvalgsmedlemmer"),
while a network's members ("94 medlemmer") stay no count of the municipality's work. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


def _counts(text: str) -> list[int]:
    return sorted(r.value for r in extract_bytes(text.encode(), "a.txt").records if r.type == "count")


def test_parts_of_a_count_after_a_dash():
    text = ("Venskabsbyer\n\nKommunen har syv venskabsbyer – fem i de nordiske lande og to længere mod syd i Europa. "
            "Kontakten holdes levende af skoler og foreninger.")
    assert _counts(text) == [2, 5, 7]


@pytest.mark.parametrize(("text", "counts"), [
    ("Venskabsbyer\n\nDelegationen fra venskabsbyen bestod af borgmesteren, to byrådsmedlemmer og fire elever.",
     [2, 4]),
    ("Venskabsbyer\n\nForvaltningen foreslår, at tre udvalgsmedlemmer deltager i venskabsbystævnet.", [3]),
    ("Netværk\n\nDet internationale netværk har 94 medlemmer i 20 lande.", []),
])
def test_members_of_a_council_are_people(text, counts):
    assert _counts(text) == counts
