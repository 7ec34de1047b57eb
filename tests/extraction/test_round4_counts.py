"""Round 4 (issue 8): counts the rules missed or took wrongly, each in a short text of our own."""

import pytest

from udsyn.extraction import extract_bytes


def _counts(text: str, name: str = "a.txt") -> list[int]:
    return sorted(r.value for r in extract_bytes(text.encode(), name).records if r.type == "count")


@pytest.mark.parametrize("text", [
    "The council is a member of the Douzelage, a network of 27 member towns across Europe.",
    "Kommunen er med i netværket Cittaslow, som har over 280 medlemsbyer.",
])
def test_a_networks_size_is_no_count(text):
    assert _counts(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("I maj kom en delegation på 18 personer fra vores venskabsby Pärnu.", 18),
    ("In June a delegation of 12 from our twin town Tartu visited the harbour.", 12),
    ("En delegation på ni fra venskabsbyen Kiel besøgte skolen.", 9),
    ("Från vänorten kom ett sällskap om 30 till midsommar.", 30),
])
def test_the_size_of_a_delegation_without_a_noun_after_it(text, value):
    assert _counts(text) == [value]


def test_a_part_after_a_colon():
    text = "Vi har fem venskabsbyer: fire i Norden og Lohr am Main i Tyskland."
    assert _counts(text) == [4, 5]


def test_counts_in_a_headline_but_not_a_section_number():
    html = ("<html><body><h1>Vi er med i et europæisk projekt</h1><h2>Syv partnere fra fem lande</h2>"
            "<p>Projektet finansieres af Interreg.</p><h2>3 Projekter</h2><p>Tekst om EU-projekter.</p>"
            "</body></html>")
    assert _counts(html, "x.html") == [5, 7]


@pytest.mark.parametrize(("text", "value"), [
    ("Vart tredje år reser ett tjugotal ungdomar till vänorten.", 20),
    ("Ett sextiotal deltagare kom till vänortsdagarna.", 60),
    ("Et tjuetall elever reiste til vennskapsbyen.", 20),
    ("En snes gæster kom fra venskabsbyen.", 20),
])
def test_round_number_words(text, value):
    assert _counts(text) == [value]


def test_an_indicator_table_gives_baselines_as_counts_targets_not_and_a_money_row_as_amounts():
    html = ("<html><body><h1>International strategi</h1><h2>Indikatorer</h2><table>"
            "<tr><th>Indikator</th><th>Udgangspunkt 2024</th><th>Mål 2028</th></tr>"
            "<tr><td>Antal elever på udveksling</td><td>40</td><td>100</td></tr>"
            "<tr><td>Hjemtagne EU-midler (mio. kr.)</td><td>2,5</td><td>6</td></tr></table></body></html>")
    records = extract_bytes(html.encode(), "x.html").records
    assert sorted(r.value for r in records if r.type == "count") == [40]
    assert sorted((r.value, r.currency) for r in records if r.type == "money") == [(2500000, "DKK"), (6000000, "DKK")]
