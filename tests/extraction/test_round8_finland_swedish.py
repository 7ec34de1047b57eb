"""Round 8: a Swedish-language page of a Finnish town (its amounts in euro, never in kronor, and a Finnish marker:
stadsstyrelsen, stadsfullmäktige, an FO-nummer) lies in Finland, so a Swedish twin town is abroad; a Swedish page
with euro amounts only stays in Sweden. Texts of our own, fictional home towns."""

from udsyn.extraction import extract_bytes
from udsyn.extraction.language import detect

FINNISH = ("Vänorter\n\nBjörkstad har två vänorter: Hudiksvall i Sverige och Bollnäs i Sverige. Stadsstyrelsen har "
           "beviljat 3 000 euro för vänortsdagarna, av summan går 1 200 € till resor.\n\nBjörkstad stad · "
           "FO-nummer 0123456-7\n")
SWEDISH = ("Vänorter\n\nGranbacka har två vänorter: Hudiksvall i Sverige och Bollnäs i Sverige. Projektet har fått "
           "30 000 euro från Interreg, och kommunen bidrar med 1 200 euro.\n")


def test_a_finland_swedish_page_lies_in_finland():
    assert detect(FINNISH).home == "FI"
    partners = sorted(r.name for r in extract_bytes(FINNISH.encode(), "a.txt").records if r.type == "partner")
    assert partners == ["Bollnäs", "Hudiksvall"]


def test_a_swedish_page_with_euro_amounts_stays_in_sweden():
    assert detect(SWEDISH).home == "SE"
