"""Section headings in Nynorsk and their plurals: 'Vennskapskommunar', 'Søsterkommunar' over a town per heading
give twin towns as 'Vennskapskommuner' does; 'Avslutta samarbeid', 'Avsluttet samarbeid', 'Afsluttede
samarbejder' hold agreements that have ended, no partners."""

from __future__ import annotations

import pytest

from tests.extraction.found import names


def _page(title: str, ended: str, lang: str = "nn") -> str:
    return (f'<html lang="{lang}"><body><main>\n<h1>{title}</h1>\n'
            "<p>Kommunen har tre avtalar med byar i utlandet, og skular og lag reiser kvart år.</p>\n"
            "<h3>Chojnice (Polen)</h3>\n<p>Avtale frå 1996. Skulane har utveksling kvar vår.</p>\n"
            "<h3>Oschatz (Tyskland)</h3>\n<p>Avtale frå 1992. Kyrkjekora syng saman kvar jul.</p>\n"
            "<h3>Alytus (Litauen)</h3>\n<p>Avtale frå 2006. Samarbeid om eldreomsorg.</p>\n"
            f"<h2>{ended}</h2>\n<p>Samarbeidsavtalen med Gniezno i Polen (1999–2018) er avslutta.</p>\n"
            "<h2>Tilskot</h2>\n<p>Lag kan søkje om tilskot til reiser.</p>\n</main></body></html>")


@pytest.mark.parametrize("title,ended", [
    ("Vennskapskommunar", "Avslutta samarbeid"),
    ("Søsterkommunar", "Avslutta samarbeid"),
    ("Vennskapskommuner", "Avsluttet samarbeid"),
    ("Venskabskommuner", "Afsluttede samarbejder"),
])
def test_towns_under_a_twin_heading_and_none_under_an_ended_one(title, ended):
    assert names(_page(title, ended), "partner", "a.html") == ["Alytus", "Chojnice", "Oschatz"]
