"""Round 8: on a news page that hardly names its own municipality, a visiting municipality ("en delegation från Sillamäe
kommun", "Sillamäe har varit vänort sedan 1991") is a partner, not the page's own town: a town that is a twin town
("har varit vänort"), that a delegation comes from ("från X kommun") or that the municipality cooperates with
("samarbetar med X stad") is no candidate for the home; "X har fem vänorter" still names it. Texts of our own."""

from udsyn.extraction import extract_bytes
from udsyn.extraction.home import find_home

VISIT = ("Vänortsbesök från Estland\n\nFörra veckan besökte en delegation på tolv personer från Sillamäe kommun vår "
         "kommun. Sillamäe har varit vänort sedan 1991.\n\nBesöket avslutades med att Sillamäe kommuns ordförande "
         "skrev under en ny avsiktsförklaring om samarbete inom turism och skola.\n")


def test_a_visiting_twin_town_is_no_home():
    assert find_home(VISIT).name is None


def test_a_visiting_twin_town_is_a_partner():
    partners = [r.name for r in extract_bytes(VISIT.encode(), "a.txt").records if r.type == "partner"]
    assert partners == ["Sillamäe"]


def test_a_town_with_twin_towns_is_the_home():
    text = "Vänorter\n\nGranbacka har fem vänorter. Granbacka kommun samarbetar främst inom skola och kultur.\n"
    assert find_home(text).name == "Granbacka"


def test_a_town_cooperated_with_is_no_home():
    text = "Nyheter\n\nKommunen samarbetar med Åbo stad och Åbo Akademi inom projektet."
    assert find_home(text).name is None
    partners = sorted(r.name for r in extract_bytes(text.encode(), "a.txt").records if r.type == "partner")
    assert partners == ["Åbo", "Åbo Akademi"]
