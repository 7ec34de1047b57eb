"""Round 6 (issue 8): German pages (a Danish municipality's page in German, a German town's page), with texts of
our own: the language and home country, twin-town and cooperation words (Partnerstadt, Städtepartnerschaft,
Freundschaftsvertrag, zusammen), memberships (Mitglied im ...), German number words and capitalised nouns in
counts, German quotes around a project's name, "Kronen", and a route "über A und B"."""

from udsyn.extraction import extract_bytes
from udsyn.extraction.language import detect

_DANISH_TOWN = """<html lang="de"><body><main>
<h1>Unsere Partnerstädte</h1>
<p>Die Kommune Grenholm in Sønderjylland hat vier Partnerstädte. Mit Ratzeburg in Schleswig-Holstein besteht seit
1974 eine Städtepartnerschaft, mit Pasewalk in Vorpommern seit 1991.</p>
<p>Außerdem ist Grenholm seit 2004 Partnerstadt von Kandava in Lettland, und 2019 wurde ein Freundschaftsvertrag mit
Rakvere in Estland unterzeichnet. Die Kommune Grenholm arbeitet mit der Stadt Flensburg zusammen.</p>
<h2>Austausch</h2>
<p>Im Mai besuchten 24 Schülerinnen und Schüler aus Ratzeburg die Kommune. Eine Delegation von sieben Personen aus
Rakvere war im September zu Gast. Die Reise ging über Hamburg und Lübeck.</p>
<h2>Mitgliedschaften</h2>
<p>Die Kommune ist Mitglied im Netzwerk Energy Cities und in der Union of the Baltic Cities. Der Jahresbeitrag für
Energy Cities beträgt 2.100 Euro (ca. 15.700 Kronen). Ein Beitritt zu Cittaslow wird derzeit geprüft.</p>
<h2>Projekte</h2>
<p>Das Interreg-Projekt „Grenzenlos Radeln“ wird aus dem Programm Interreg Deutschland-Danmark mit 420.000 Euro
gefördert.</p>
</main><footer>Kommune Grenholm · Rådhuspladsen 1 · 6200 Grenholm</footer></body></html>"""


def _records(text: str):
    return extract_bytes(text.encode(), "a.html").records


def _names(text: str, type_: str) -> list[str]:
    return sorted({r.name for r in _records(text) if r.type == type_})


def test_a_danish_municipalitys_german_page_is_german_with_denmark_at_home():
    doc = detect(_DANISH_TOWN)
    assert (doc.lang, doc.home, doc.own.name) == ("de", "DK", "Grenholm")


def test_german_twin_town_and_cooperation_words_give_the_partners_but_not_the_route():
    assert _names(_DANISH_TOWN, "partner") == ["Flensburg", "Kandava", "Pasewalk", "Rakvere", "Ratzeburg"]


def test_german_memberships_and_a_membership_only_considered():
    assert _names(_DANISH_TOWN, "network") == ["Energy Cities", "Union of Baltic Cities"]


def test_german_counts_money_and_a_quoted_project():
    recs = _records(_DANISH_TOWN)
    assert sorted(r.value for r in recs if r.type == "count") == [4, 7, 24]
    assert {(r.value, r.currency) for r in recs if r.type == "money"} == {(2100, "EUR"), (15700, "DKK"),
                                                                           (420000, "EUR")}
    assert _names(_DANISH_TOWN, "project") == ["Grenzenlos Radeln"]


def test_a_german_towns_own_page_has_germany_at_home():
    text = ("<html><body><h1>Partnerstädte</h1><p>Die Stadt Glücksburg pflegt eine Städtepartnerschaft mit Paide in "
            "Estland und arbeitet mit der Stadt Flensburg zusammen. Die Stadt Glücksburg ist Mitglied im Städtebund "
            "Die Hanse.</p></body></html>")
    assert detect(text).home == "DE"
    assert _names(text, "partner") == ["Paide"]
