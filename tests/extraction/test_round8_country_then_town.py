"""Round 8: towns written in brackets after their country ("vänorter i Norge (Madona) och Lettland (Bauska)") are
partners; a second name in brackets after a town (a gloss of the same city) still is not. Texts of our own."""

from .found import names


def _partners(text: str) -> list[str]:
    return names(text, "partner")


def test_a_town_in_brackets_after_its_country_is_a_partner():
    text = "Vänorter\n\nKommunen har också vänorter i Litauen (Utena) och Lettland (Bauska)."
    assert _partners(text) == ["Bauska", "Utena"]


def test_a_gloss_in_brackets_after_a_town_is_no_second_partner():
    text = "Venskabsbyer\n\nKommunen har en venskabsby i Litauen: Utena (Utena rajonas)."
    assert "Utena rajonas" not in _partners(text)
