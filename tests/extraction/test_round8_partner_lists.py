"""Round 8: a list of a project's partners introduced by a line that says so ("Partners:", "The partners are:",
"The project brings together six partners from four countries:") is read as partners, each item a body with its
country, never as projects or networks; in a copied web page's text the lines of such a list under a heading are
items, not a run-in heading over a paragraph. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


def _records(data: str, name: str):
    return extract_bytes(data.encode(), name).records


def _names(data: str, type_: str, name: str) -> list[str]:
    return sorted({r.name for r in _records(data, name) if r.type == type_})


ITEMS = ("<ul><li>Bakkedal Kommune (Denmark)</li><li>Kaunas University of Applied Sciences, Lithuania</li>"
         "<li>Karlskrona kommun (Sweden)</li><li>City of Greifswald, Germany</li></ul>")
WANTED = ["Greifswald", "Karlskrona", "Kaunas University of Applied Sciences"]


@pytest.mark.parametrize("intro", [
    "<p>Partners:</p>",
    "<p><b>The partners are:</b></p>",
    "<p>The project brings together four partners from four countries:</p>",
    "<p>Projektets partnere er:</p>",
])
def test_an_announced_partner_list_names_partners(intro):
    page = (f"<html><body><h1>SEA LINKS</h1><p>SEA LINKS is funded by Interreg South Baltic and runs from 2024 to "
            f"2027.</p>{intro}{ITEMS}</body></html>")
    recs = _records(page, "a.html")
    assert sorted({r.name for r in recs if r.type == "partner"}) == WANTED
    assert sorted({r.name for r in recs if r.type == "project"}) == ["SEA LINKS"]
    assert all(r.confidence < 0.8 for r in recs if r.type == "partner")


def test_partner_items_under_a_project_heading_are_no_projects():
    page = ("<html><body><h1>Projektet Havluft</h1><p>Kommunen deltager i Interreg-projektet Havluft. Partnere:</p>"
            "<ul><li>Gemeente Deventer (Holland)</li><li>Hochschule Stralsund (Tyskland)</li></ul></body></html>")
    recs = _records(page, "a.html")
    assert sorted({r.name for r in recs if r.type == "project"}) == ["Havluft"]
    assert sorted({r.name for r in recs if r.type == "partner"}) == ["Deventer", "Hochschule Stralsund"]


def test_a_list_announced_as_projects_stays_projects():
    page = ("<html><body><h1>Internationalt arbejde</h1><p>Kommunen deltager i disse EU-projekter:</p>"
            "<ul><li>Havluft – Interreg Nordsøen</li><li>GreenSkills – Erasmus+</li></ul></body></html>")
    assert _names(page, "project", "a.html") == ["GreenSkills", "Havluft"]


def test_list_lines_under_a_heading_in_copied_text_are_items():
    text = ("SEA LINKS\n\nSEA LINKS is a project funded by Interreg South Baltic.\n\nProject partners\n\n"
            "Bakkedal Kommune (Denmark)\nKaunas University of Applied Sciences (Lithuania)\n"
            "Karlskrona kommun (Sweden)\n"
            "City of Greifswald (Germany)\n\nThe project tests new ferry timetables.\n")
    assert _names(text, "partner", "a.txt") == WANTED


def test_an_organisation_column_under_a_partners_heading_names_partners():
    page = ("<html><body><h1>SEA LINKS</h1><p>SEA LINKS is funded by Interreg South Baltic.</p>"
            "<h2>Project partners</h2><table><tr><th>Organisation</th><th>Country</th></tr>"
            "<tr><td>Kaunas University of Applied Sciences</td><td>Lithuania</td></tr>"
            "<tr><td>Karlskrona Municipality</td><td>Sweden</td></tr></table></body></html>")
    recs = _records(page, "a.html")
    partners = sorted({r.name for r in recs if r.type == "partner"})
    assert partners == ["Karlskrona", "Kaunas University of Applied Sciences"]
    assert [r.name for r in recs if r.type == "network"] == []
