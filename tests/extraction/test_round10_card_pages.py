"""Twin towns laid out as cards on a web page: a heading per town over a short line of facts ("Polen · ca. 30.000
indbyggere · venskabsby siden 1990") and a paragraph. The page's own headings are kept, every card's town is a
partner, not only the first card's."""

from __future__ import annotations

import pytest

from tests.extraction.found import names


def _page(lang: str, title: str, lead: str, cards: list[tuple[str, str, str]], tail: str) -> str:
    body = "\n".join(
        f'  <article class="card">\n    <img src="/m/{i}.jpg" alt="">\n    <h2>{town}</h2>\n'
        f'    <p class="meta">{meta}</p>\n    <p>{text}</p>\n  </article>'
        for i, (town, meta, text) in enumerate(cards))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>\n'
            f'<header><nav><ul><li><a href="/">Forside</a></li><li><a href="/a">Om</a></li></ul></nav></header>\n'
            f'<main>\n<h1>{title}</h1>\n<p class="lead">{lead}</p>\n<div class="cards">\n{body}\n</div>\n'
            f'<h2>Kontakt</h2>\n<p>{tail}</p>\n</main>\n<footer><p>Rådhuset · Tlf. 12 34 56 78</p></footer>\n'
            f'</body></html>')


PAGES = {
    "da": (_page("da", "Venskabsbyer", "Kommunen har tre venskabsbyer. Her kan du læse lidt om hver af dem.", [
        ("Chojnice", "Polen · ca. 40.000 indbyggere · venskabsby siden 1995",
         "Byen ligger i det nordlige Polen. Gymnasierne udveksler elever hvert forår."),
        ("Oschatz", "Tyskland · ca. 14.000 indbyggere · venskabsby siden 1991",
         "Kororne i de to byer synger sammen ved julekoncerten."),
        ("Rēzekne", "Letland · ca. 27.000 indbyggere · venskabsby siden 2002",
         "Samarbejdet handler mest om idræt og ungdomsklubber."),
    ], "Skriv til den internationale koordinator, hvis du vil vide mere."),
        ["Chojnice", "Oschatz", "Rēzekne"]),
    "sv": (_page("sv", "Våra vänorter", "Kommunen har fyra vänorter runt Östersjön.", [
        ("Gniezno", "Polen · cirka 66 000 invånare · vänort sedan 1997",
         "Musikskolorna i båda städerna träffas vartannat år."),
        ("Bautzen", "Tyskland · cirka 38 000 invånare · vänort sedan 1989",
         "Idrottsföreningarna har ett utbyte varje sommar."),
        ("Alytus", "Litauen · cirka 50 000 invånare · vänort sedan 2005",
         "Äldreomsorgen i båda kommunerna lär av varandra."),
        ("Ełk", "Polen · cirka 60 000 invånare · vänort sedan 2011",
         "Ungdomsråden har träffats två gånger."),
    ], "Kontakta kommunens internationella samordnare för mer information."),
        ["Alytus", "Bautzen", "Ełk", "Gniezno"]),
    "no": (_page("nb", "Vennskapsbyer", "Kommunen har tre vennskapsbyer i Europa.", [
        ("Ostróda", "Polen · om lag 33 000 innbyggere · vennskapsby siden 1999",
         "Skolekorpsene besøker hverandre annethvert år."),
        ("Pirna", "Tyskland · om lag 37 000 innbyggere · vennskapsby siden 1993",
         "Samarbeidet gjelder helse og omsorg."),
        ("Bolesławiec", "Polen · om lag 39 000 innbyggere · vennskapsby siden 2008",
         "Lærere fra byen var på hospitering i fjor høst."),
    ], "Ta kontakt med rådgiveren for internasjonalt arbeid."),
        ["Bolesławiec", "Ostróda", "Pirna"]),
    "en": (_page("en", "Twin towns", "The municipality has three twin towns. Read a little about each of them.", [
        ("Bautzen", "Germany · about 38,000 inhabitants · twinned since 1989",
         "The choirs of the two towns sing together every December."),
        ("Chojnice", "Poland · about 40,000 inhabitants · twinned since 1995",
         "Upper secondary schools exchange pupils every spring."),
        ("Alytus", "Lithuania · about 50,000 inhabitants · twinned since 2005",
         "Sports clubs meet for a tournament every other year."),
    ], "Write to the international coordinator to learn more."),
        ["Alytus", "Bautzen", "Chojnice"]),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_every_card_town_is_a_partner(lang):
    page, towns = PAGES[lang]
    assert names(page, "partner", "a.html") == towns


def test_a_card_of_people_is_no_partner():
    page = _page("da", "Byrådet", "Byrådet har 25 medlemmer.", [
        ("Ellen Skovgaard", "Borgmester · medlem af byrådet siden 2014", "Formand for økonomiudvalget."),
        ("Jonas Birk", "Rådmand · medlem af byrådet siden 2018", "Formand for teknik- og miljøudvalget."),
        ("Sara Holm", "Byrådsmedlem · medlem siden 2022", "Medlem af børne- og ungeudvalget."),
    ], "Byrådets sekretariat svarer på spørgsmål.")
    assert names(page, "partner", "a.html") == []
