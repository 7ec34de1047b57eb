"""A record's quote is the one sentence it came from: it holds the name, never the heading above it."""

import pytest

from udsyn.extraction import extract_bytes
from udsyn.extraction.segment import segment, sentences

# Made up for the test: a run-in heading (no blank line under it, as PDF text has it) over a paragraph
# full of Danish abbreviations, amounts and dates.
DOC = """Internationalt arbejde i Testby
Miljøforvaltningen er bl.a. medlem af netværket Energy Cities og betaler ca. 1.300.000 kr. om året. Kommunen har \
f.eks. en venskabsbyaftale med Tartu i Estland siden 1. marts 1991. Budgettet er pr. år 2,5 mio. kr. \
Samarbejdsaftale nr. 4 med \
Trondheim i Norge blev underskrevet i 2019.
"""


def _records():
    result = extract_bytes(DOC.encode(), "quotes.txt")
    return result, [r for r in result.records if r.type in ("network", "partner", "money")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vi betaler 500.000 kr. Kommunen er med.", ["Vi betaler 500.000 kr.", "Kommunen er med."]),
    ("Det er bl.a. Eurocities og f.eks. Harbin. Godt.", ["Det er bl.a. Eurocities og f.eks. Harbin.", "Godt."]),
    ("Pr. 1. marts er ca. 1.300.000 kr. brugt. Aftale nr. 4 gælder.",
     ["Pr. 1. marts er ca. 1.300.000 kr. brugt.", "Aftale nr. 4 gælder."]),
    ("Beløbet er 5 mio. EUR i alt. Skt. Petersborg deltog i 2019. Det gik godt.",
     ["Beløbet er 5 mio. EUR i alt.", "Skt. Petersborg deltog i 2019.", "Det gik godt."]),
])
def test_danish_sentences(text, expected):
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_a_title_line_glued_to_its_paragraph_is_a_heading():
    segs = segment(DOC, [0])
    assert segs[0].kind == "heading" and segs[0].text == "Internationalt arbejde i Testby"
    assert segs[1].kind == "paragraph" and segs[1].text.startswith("Miljøforvaltningen")


def test_quotes_are_the_sentences_holding_the_name():
    result, records = _records()
    by_name = {r.name or r.value: r for r in records}
    assert by_name["Energy Cities"].quote == ("Miljøforvaltningen er bl.a. medlem af netværket Energy Cities og "
                                              "betaler ca. 1.300.000 kr. om året.")
    assert by_name["Tartu"].quote == ("Kommunen har f.eks. en venskabsbyaftale med Tartu i Estland siden 1. marts "
                                      "1991.")
    assert by_name["Trondheim"].quote == ("Samarbejdsaftale nr. 4 med Trondheim i Norge blev "
                                          "underskrevet i 2019.")
    for rec in records:
        assert " ".join(result.text[rec.start:rec.end].split()) in rec.quote
        assert "Internationalt arbejde" not in rec.quote  # the heading is no part of any sentence
    assert {r.value for r in records if r.type == "money"} == {1300000, 2500000}


def test_a_name_from_a_heading_quotes_the_first_sentence_naming_it():
    doc = ("# Testby\n\n## Medlemskaber\n\n### Eurotowns\n\nKommunen deltager i møderne. Eurotowns samler "
           "mellemstore byer i Europa.\n\n### Energy Cities\n\nKommunen betaler 0,2 mio. kr. om året.\n")
    result = extract_bytes(doc.encode(), "heads.md")
    nets = {r.name: r for r in result.records if r.type == "network"}
    assert nets["Eurotowns"].quote == "Eurotowns samler mellemstore byer i Europa."
    assert result.text[nets["Eurotowns"].start:nets["Eurotowns"].end] == "Eurotowns"
    assert nets["Energy Cities"].quote == "Energy Cities"  # named only by its heading: the heading is the evidence
