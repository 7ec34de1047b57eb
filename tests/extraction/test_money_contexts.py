"""Money in its context: ranges, yearly fees and what they attach to, a total and its parts, currencies and units
stated once for a whole table, negative and bracketed table figures, amounts broken over lines by a PDF's layout.
Texts of our own."""

import pytest

from tests.extraction.found import records
from tests.extraction.money_matrix import D, amounts

TEXT = [
    ("Prisen for kommunen forventes at blive 200.000-250.000 kr. i alt.", {(D(200000), "DKK"), (D(250000), "DKK")}),
    ("Kommunen regner med en udgift på 2-3 mio. kr. til udvekslingen.", {(D(2000000), "DKK"), (D(3000000), "DKK")}),
    ("Puljen giver tilskud til kommunen (50-500.000 kr.) efter ansøgning.", {(D(50000), "DKK"), (D(500000), "DKK")}),
    ("Kommunen sparer 7-10 mia. kr. om året på import.", {(D(7000000000), "DKK"), (D(10000000000), "DKK")}),
    ("The city expects a cost of EUR 10,000–15,000 for the exchange.", {(D(10000), "EUR"), (D(15000), "EUR")}),
    ("Projektet har et samlet budget på 2,4 mio. kr., hvoraf EU betaler 1,8 mio. kr. og kommunen 0,6 mio. kr.",
     {(D(2400000), "DKK"), (D(1800000), "DKK"), (D(600000), "DKK")}),
    ("Projektet har et samlet budget på 1.245.000\nkr., og kommunen betaler en del af det.", {(D(1245000), "DKK")}),
    ("The total budget of the project is EUR\n12,000 and the city pays half.", {(D(12000), "EUR")}),
    ("Kommunen fik 1,2\nmio. kr. fra fonden til samarbejdet.", {(D(1200000), "DKK")}),
    ("Årsavgiften för medlemskapet är 4 500 euro och kommunen betalar den.", {(D(4500), "EUR")}),
    # A table row the PDF ran together into a line: each currency before a figure is that figure's.
    ("Harbour Lights Interreg EUR 450.000 DKK 0.8m Night Walks Erasmus+ EUR 60,000 DKK 45,000 for the city.",
     {(D(450000), "EUR"), (D(800000), "DKK"), (D(60000), "EUR"), (D(45000), "DKK")}),
    ("Projektet fik 18.500 ECU fra EU-programmet, og kommunen betalte resten.", {(D(18500), "XEU")}),
]


def test_scanned_figures_in_a_text_whose_words_came_through():
    text = ("Besøget fra venskabsbyen kostede kommunen ca. 45.OOO kr., hvoraf amtet betalte l0.000 kr. "
            "Udvalget har et budget på l,2 mio. kr. for perioden, og en delegation på l4 personer kom fra udlandet.")
    assert amounts(text) == {(D(45000), "DKK"), (D(10000), "DKK"), (D(1200000), "DKK")}


@pytest.mark.parametrize(("text", "want"), TEXT)
def test_amounts_in_context(text, want):
    assert amounts(text) == want


def test_yearly_fee_attaches_to_the_membership():
    text = ("Medlemskaber\n\nNordic Moss Forum\n\nKommunen er medlem af Nordic Moss Forum. "
            "Det årlige kontingent er 25.000 kr. og betales af forvaltningen.\n")
    found = records(text, "money")
    assert {(D(r.value), r.currency) for r in found} == {(D(25000), "DKK")}
    assert found[0].fields.get("per_year")
    nets = {r.name: r.fields.get("annual_fee") for r in records(text, "network")}
    assert nets.get("Nordic Moss Forum") == {"value": 25000, "currency": "DKK"}


def test_yearly_fee_written_before_the_word():
    text = "Kommunen betaler et årligt kontingent på 25.000 kr. til det internationale netværk."
    found = records(text, "money")
    assert [(D(r.value), r.currency, bool(r.fields.get("per_year"))) for r in found] == [(D(25000), "DKK", True)]


TABLES = [
    # Currency in the header.
    ("Post;Beløb (kr.)\nRejser;125.000\nKontingent;45.000\nI alt;170.000\n",
     {(D(125000), "DKK"), (D(45000), "DKK"), (D(170000), "DKK")}),
    # Currency in the header, English grouping in an English table.
    ("Item;Amount (EUR)\nTravel;12,500\nFees;3,000\nTotal;15,500\n",
     {(D(12500), "EUR"), (D(3000), "EUR"), (D(15500), "EUR")}),
    # A unit in the header: thousands of kroner.
    ("Post;Budget (1.000 kr.)\nRejser;125\nKontingent;45\nI alt;170\n",
     {(D(125000), "DKK"), (D(45000), "DKK"), (D(170000), "DKK")}),
    ("Post;Budget (tkr.)\nRejser;125\nKontingent;45\n", {(D(125000), "DKK"), (D(45000), "DKK")}),
    ("Post;Budget (mio. kr.)\nRejser;1,2\nKontingent;0,5\n", {(D(1200000), "DKK"), (D(500000), "DKK")}),
    # Swedish: amounts in kronor with space grouping.
    ("Post;Belopp (kr)\nResor;27 500\nAvgifter;4 000\n", {(D(27500), "SEK"), (D(4000), "SEK")}),
    # A share column and a year column beside the amounts are no amounts.
    ("Post;År;Beløb (kr.);Andel (%)\nRejser;2025;125.000;40\nKontingent;2025;45.000;15\n",
     {(D(125000), "DKK"), (D(45000), "DKK")}),
    # A partner table with founding years and population: no money at all.
    ("Venskabsby;Land;Siden;Indbyggere;Postnr\nNordstadt;Tyskland;1962;45.000;24100\n", set()),
]


@pytest.mark.parametrize(("csv", "want"), TABLES)
def test_table_amounts(csv, want):
    assert amounts(csv, "budget.csv") == want


def test_unit_line_above_a_table():
    html = ("<html><body><h1>Budget for det internationale samarbejde</h1><p>Beløb i 1.000 kr.</p><table>"
            "<tr><th>Post</th><th>2025</th><th>2026</th></tr><tr><td>Rejser</td><td>125</td><td>130</td></tr>"
            "<tr><td>Kontingent</td><td>45</td><td>45</td></tr></table></body></html>")
    got = amounts(html, "budget.html")
    assert {(D(125000), "DKK"), (D(130000), "DKK"), (D(45000), "DKK")} <= got
    assert (D(125), "DKK") not in got


def test_unit_line_in_english_and_prose_after_it():
    html = ("<html><body><p>All amounts in EUR thousand</p><table><tr><th>Item</th><th>2025</th></tr>"
            "<tr><td>Travel</td><td>12.5</td></tr></table><p>The city has 3 partners abroad and pays 40 EUR a day.</p>"
            "<table><tr><th>Item</th><th>Pupils</th></tr><tr><td>Exchange</td><td>25</td></tr></table></body></html>")
    assert amounts(html, "report.html") == {(D(12500), "EUR"), (D(40), "EUR")}


def test_negative_and_bracketed_figures_in_a_table():
    csv = ("Post;Budget (kr.);Forbrug (kr.);Afvigelse (kr.)\n"
           "Rejser;100.000;125.000;-25.000\nGebyrer;50.000;40.000;(10.000)\n")
    got = {abs(v) for v, _ in amounts(csv, "regnskab.csv")}
    assert got == {D(100000), D(125000), D(25000), D(50000), D(40000), D(10000)}


def test_amount_in_a_headline():
    html = ("<html><body><h2>Kommunen får 2 mio. kr. til projekt i Polen</h2><p>Pengene kommer fra EU, og kommunen "
            "er glad.</p><h2>Budget (1.000 kr.)</h2><p>Se tabellen for kommunen.</p></body></html>")
    assert amounts(html, "nyhed.html") == {(D(2000000), "DKK")}
