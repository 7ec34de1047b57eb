"""Round 8: a town abroad named in a sentence without a cooperation cue is a partner when the next sentence of the
same paragraph gives the cue about it (the towns, the visit): "Borgmesteren besøgte X i Polen. Byerne har været
venskabsbyer siden 1993." A venue or a holiday town followed by talk of cooperation in general is not. Texts of our
own; proposed below the bulk-accept line."""

import pytest

from udsyn.extraction import extract_bytes


def _partners(text: str) -> list:
    return [r for r in extract_bytes(text.encode(), "a.txt").records if r.type == "partner"]


@pytest.mark.parametrize(("text", "town"), [
    ("Nyheder\n\nBorgmesteren besøgte i sidste uge Elbląg i Polen. Byerne har været venskabsbyer siden 1993.",
     "Elbląg"),
    ("Nyheder\n\nEn delegation fra Panevėžys i Litauen besøgte kommunen i maj. Besøget skal styrke samarbejdet om "
     "affaldshåndtering.", "Panevėžys"),
    ("Nyheter\n\nI maj kom en grupp från Jēkabpils i Lettland till kommunen. Besöket är en del av ett samarbete om "
     "skolor.", "Jēkabpils"),
    ("Nyheder\n\nEn delegation på 12 personer fra Elbląg i Polen har besøgt kommunen. Besøget sluttede med, at "
     "borgmester Anne Sørlie og borgmester Jan Nowak underskrev en aftale om samarbejde.", "Elbląg"),
    ("Nyheder\n\nUngdomsskolen tager til Bauska i Letland i uge 28. Turen er en del af venskabsbysamarbejdet.",
     "Bauska"),
    ("News\n\nGuests from Lisieux in France visited the town hall last week. The two towns have been twinned since "
     "1974.", "Lisieux"),
])
def test_the_cue_in_the_next_sentence_makes_a_partner(text, town):
    found = _partners(text)
    assert [r.name for r in found] == [town]
    assert found[0].confidence < 0.8


@pytest.mark.parametrize("text", [
    "Nyheder\n\nKonferencen blev holdt i Lyon i Frankrig. Der blev talt meget om samarbejde mellem kommuner.",
    "Nyheder\n\nBorgmesteren holdt ferie i Menton i Frankrig. Samarbejdet i byrådet er godt.",
    "Nyheder\n\nBorgmesteren besøgte i sidste uge Elbląg i Polen. Samarbejdet med vores venskabsby Kuopio "
    "fortsætter.",
])
def test_no_cue_about_the_town_makes_no_partner(text):
    assert "Elbląg" not in [r.name for r in _partners(text)]
    assert "Lyon" not in [r.name for r in _partners(text)]
    assert "Menton" not in [r.name for r in _partners(text)]
