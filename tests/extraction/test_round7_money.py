"""Round 7: general classes of money, each with a short text of our own (no figure from a document)."""

from decimal import Decimal

from udsyn.extraction import extract_bytes


def _money(text: str) -> list[tuple[Decimal, str]]:
    return sorted((r.value, r.currency) for r in extract_bytes(text.encode(), "a.txt").records if r.type == "money")


def test_two_grouped_figures_in_one_cell_are_two_amounts():
    text = "Project: NORTHWIND; Programme: Interreg; Budget EUR: 2,300,000 5,150,000; Share DKK: 410,000 1,275,500"
    assert _money(text) == [(Decimal(410000), "DKK"), (Decimal(1275500), "DKK"), (Decimal(2300000), "EUR"),
                            (Decimal(5150000), "EUR")]


def test_a_figure_grouped_by_spaces_stays_one_amount():
    assert _money("Project: NORTHWIND; Programme: Interreg; Budget EUR: 2 300 000") == [(Decimal(2300000), "EUR")]
