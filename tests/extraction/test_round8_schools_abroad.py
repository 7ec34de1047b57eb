"""Round 8: schools, polytechnics and trusts abroad (Lycée, Liceo, Gymnasium, Politecnico, Universidade, Community
Development Trust) are institutions, partners in their own right: the person a school is named after is no town.
Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes

from .found import names


def _partners(text: str) -> list[str]:
    return names(text, "partner")


@pytest.mark.parametrize(("text", "wanted"), [
    ("Nyheter\n\nEleverna från Lycée Victor Hugo i Poitiers besökte skolan inom ramen för ett Erasmus+-utbyte.",
     "Lycée Victor Hugo"),
    ("Nyheder\n\nI projektet samarbejder kommunen med Universidade de Évora og Politecnico di Torino.",
     "Politecnico di Torino"),
    ("News\n\nThe project partners include Brora Community Development Trust in Scotland.",
     "Brora Community Development Trust"),
])
def test_a_school_or_trust_abroad_is_a_partner(text, wanted):
    found = _partners(text)
    assert any(n.startswith(wanted) for n in found)  # its town may be kept with it ("Lycée X i Poitiers")
    assert "Victor" not in found and "Torino" not in found


@pytest.mark.parametrize(("cell", "code"), [
    ("United Kingdom (Scotland)", "GB"), ("Germany (Bavaria)", "DE"), ("UK (Wales)", "GB"), ("Latvia", "LV"),
])
def test_a_country_cell_with_its_part_in_brackets_names_the_country(cell, code):
    from udsyn.extraction.tablecells import cell_country

    assert cell_country(cell) == code


def test_a_trust_in_a_partner_table_is_a_partner():
    page = ("<html><body><h1>SAND LINES</h1><p>SAND LINES is an Interreg North Sea project.</p><h2>Partners</h2>"
            "<table><tr><th>Partner</th><th>Country</th><th>Role</th></tr>"
            "<tr><td>Brora Community Development Trust</td><td>United Kingdom (Scotland)</td><td>Pilot site</td></tr>"
            "</table></body></html>")
    recs = extract_bytes(page.encode(), "a.html").records
    assert [r.name for r in recs if r.type == "partner"] == ["Brora Community Development Trust"]


def test_an_italian_school_is_a_partner():
    text = ("Nyheder\n\nI denne uge har 24 elever fra Istituto Comprensivo di Lazise besøgt skolen som led i et "
            "Erasmus+-samarbejde.")
    assert any(n.startswith("Istituto Comprensivo") for n in _partners(text))
