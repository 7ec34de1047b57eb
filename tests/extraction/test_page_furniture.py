"""Page furniture of saved and copied web pages (skip links, breadcrumbs, cookie banners, contact boxes, "last
updated" lines) is no part of what a page says, and a table's total row names nothing."""

import pytest

from udsyn.extraction import extract_bytes
from udsyn.extraction.furniture import drop_furniture, is_furniture


@pytest.mark.parametrize("line", [
    "Skip til hovedindholdet", "Gå til indhold", "Hoppa till huvudinnehållet", "Skip to main content",
    "Forside › Borger › Internationalt samarbejde", "Hjem Om kommunen Internationalt Venskabsbyer",
    "Senest opdateret: 12. marts 2025", "Sidan uppdaterades: 2024-11-02", "Last updated 3 June 2025",
    "Del på Facebook", "Læs mere", "Read more", "Tillad alle", "Accept all cookies",
    "Vi bruger cookies til statistik og til at forbedre hjemmesiden. Læs om cookies og vores partnere.",
    "Telefon 86 12 34 56", "post@kommune.dk", "CVR-nr. 29 18 97 23", "© 2025 Egeby Kommune",
])
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Kommunen er medlem af Eurocities og betaler 45.000 kr. om året.", "Venskabsbyer", "Egeby Kommune",
    "2 450 000", "Læsø og Anholt samarbejder med Hiiumaa om færgedrift.",
])
def test_text_is_not_furniture(line):
    assert not is_furniture(line)


def test_a_copied_page_keeps_its_text_and_drops_its_furniture():
    page = "Skip til indhold\nForside › Internationalt\n\nKommunen har tre venskabsbyer.\n\nLæs mere\n"
    assert drop_furniture(page).split() == "Kommunen har tre venskabsbyer.".split()


def test_a_contact_box_under_a_network_page_names_no_network():
    page = ("<html><body><main><h1>Internationale netværk</h1><h2>Energy Cities</h2><p>Kommunen er medlem af "
            "Energy Cities.</p><h2>Kontakt</h2><p>International konsulent Anna Berg<br>Telefon 86 12 34 56<br>"
            "anna.berg@kommune.dk</p></main></body></html>")
    records = extract_bytes(page.encode(), "a.html").records
    assert [r.name for r in records if r.type == "network"] == ["Energy Cities"]


def test_the_total_row_of_a_fee_table_is_an_amount_but_no_network():
    text = ("Netværk: POLIS; Forvaltning: Teknik og Miljø; Årligt kontingent: 4.000 EUR\n"
            "Netværk: I alt; Årligt kontingent: 29.800 kr.\n")
    records = extract_bytes(text.encode(), "a.txt").records
    assert [r.name for r in records if r.type == "network"] == ["POLIS"]
    assert sorted((r.value, r.currency) for r in records if r.type == "money") == [(4000, "EUR"), (29800, "DKK")]
