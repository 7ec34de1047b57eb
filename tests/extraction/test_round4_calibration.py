"""Round 4 (issue 8): confidence says how strong the evidence is; 0.8 and up (the review queue's bulk-accept line)
needs one piece of evidence strong enough on its own, and every candidate says why it was found."""

from udsyn.extraction import extract_bytes
from udsyn.extraction.model import BULK_ACCEPT_CONFIDENCE


def _records(text: str, name: str = "a.txt"):
    return extract_bytes(text.encode(), name).records


def test_weak_mentions_do_not_add_up_to_the_bulk_accept_line():
    text = ("Vi samarbejder med Tartu om skoler. Samarbejdet med Tartu omfatter også kultur. "
            "I 2024 fortsatte samarbejdet med Tartu om klima. Næste år udvides samarbejdet med Tartu.")
    partners = [r for r in _records(text) if r.type == "partner"]
    assert [r.name for r in partners] == ["Tartu"]
    assert partners[0].fields["mentions"] == 4
    assert partners[0].confidence < BULK_ACCEPT_CONFIDENCE


def test_a_strong_mention_repeated_rises():
    text = "Kommunen er medlem af Eurocities. Eurocities holdt sit møde i maj. Vores medlemskab af Eurocities koster."
    nets = [r for r in _records(text) if r.type == "network"]
    assert [r.name for r in nets] == ["Eurocities"] and nets[0].confidence > 0.85


def test_a_short_sentence_under_a_twin_town_heading_that_does_not_open_with_the_town_is_weaker():
    html = ("<html><body><h1>Venskabsbyer</h1><ul><li>Kuldīga, Letland</li></ul>"
            "<p>Sidste år besøgte vi Pärnu.</p></body></html>")
    conf = {r.name: r.confidence for r in _records(html, "x.html") if r.type == "partner"}
    assert conf["Kuldīga"] >= BULK_ACCEPT_CONFIDENCE > conf.get("Pärnu", 0)


def test_national_bodies_in_a_table_of_memberships_are_no_networks():
    html = ("<html><body><h1>Medlemskaber</h1><table><tr><th>Organisation</th><th>Kontingent</th></tr>"
            "<tr><td>Energy Cities</td><td>3.000 EUR</td></tr><tr><td>KL</td><td>1.200.000 kr.</td></tr>"
            "<tr><td>Local Government Association</td><td>£900</td></tr>"
            "<tr><td>Central Denmark EU Office</td><td>150.000 kr.</td></tr></table></body></html>")
    assert sorted(r.name for r in _records(html, "x.html") if r.type == "network") == [
        "Central Denmark EU Office", "Energy Cities"]


def test_a_fact_box_heading_is_no_project():
    html = ("<html><body><h1>Projekter</h1><h2>Key facts</h2><p>The project SEA-LINK is funded by Interreg.</p>"
            "<h2>Fakta om projektet</h2><p>Budget 2 mio. kr.</p></body></html>")
    assert sorted(r.name for r in _records(html, "x.html") if r.type == "project") == ["SEA-LINK"]


def test_every_candidate_says_why_it_was_found():
    html = ("<html><body><h1>Internationalt samarbejde</h1><p>Kommunen er medlem af Eurocities og betaler "
            "50.000 kr. om året. Vi har tre venskabsbyer: Tartu i Estland, Kiel i Tyskland og Lund i Sverige.</p>"
            "<h2>Projekter</h2><p>Projektet BLUE COAST finansieres af Interreg.</p></body></html>")
    records = _records(html, "x.html")
    assert {r.type for r in records} >= {"network", "partner", "project", "money", "count"}
    assert all(r.fields.get("evidence") for r in records)


def test_a_heading_of_ordinary_words_under_memberships_is_no_network():
    for heading in ("Kontingenter", "Arbejdsgrupper", "Working groups", "Next steps"):
        html = (f"<html><body><h1>Internationale medlemskaber</h1><h2>{heading}</h2><p>Kommunen betaler 40.000 kr."
                "</p><h2>Euromontana</h2><p>Medlem siden 2015.</p></body></html>")
        assert [r.name for r in _records(html, "x.html") if r.type == "network"] == ["Euromontana"], heading


def test_ordinary_words_in_a_table_of_networks_are_no_network():
    html = ("<html><body><h1>Medlemskaber</h1><table><tr><th>Netværk</th><th>Kontingent</th></tr>"
            "<tr><td>Euromontana</td><td>1.200 EUR</td></tr><tr><td>Øvrige netværk</td><td>4.000 kr.</td></tr>"
            "</table></body></html>")
    assert [r.name for r in _records(html, "x.html") if r.type == "network"] == ["Euromontana"]
