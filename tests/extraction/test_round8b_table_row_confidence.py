"""Round 8b, calibration: a table row is proposed at the bulk-accept line only when the table says what its rows are
(a network or membership column, a fee or status column, a partner or twin-town column, or a section on memberships
or partners above it). A generic 'Organisation' or 'By' column under a heading that says neither is weaker evidence:
the row is still proposed, below the line. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes
from udsyn.extraction.model import BULK_ACCEPT_CONFIDENCE


def _page(heading: str, columns: list[str], rows: list[list[str]]) -> bytes:
    head = "".join(f"<th>{c}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
    return (f"<html><body><h1>Kommunens arbejde</h1><p>Her er en oversigt.</p><h2>{heading}</h2>"
            f"<table><tr>{head}</tr>{body}</table></body></html>").encode()


def _named(page: bytes) -> dict[str, tuple[str, float]]:
    return {r.name: (r.type, r.confidence) for r in extract_bytes(page, "a.html").records
            if r.type in ("network", "partner")}


ORGS = (["Organisation", "Land"], [["Nordic Lighthouse Forum", "Norge"]])
TOWNS = (["By", "Land"], [["Wernigerode", "Tyskland"], ["Porvoo", "Finland"]])


@pytest.mark.parametrize(("heading", "table"), [("Oversigt", ORGS), ("Internationalt arbejde", ORGS),
                                                ("Oversigt", TOWNS), ("Medlemskaber", TOWNS)])
def test_a_generic_column_under_a_heading_that_says_neither_is_below_the_line(heading, table):
    found = _named(_page(heading, *table))
    assert found and all(conf < BULK_ACCEPT_CONFIDENCE for _t, conf in found.values())


@pytest.mark.parametrize(("heading", "table", "kind"), [
    ("Medlemskaber", ORGS, "network"),
    ("Oversigt", (["Netværk", "Kontingent"], [["Nordic Lighthouse Forum", "12.000 kr."]]), "network"),
    ("Oversigt", (["Organisation", "Kontingent"], [["Nordic Lighthouse Forum", "12.000 kr."]]), "network"),
    ("Venskabsbyer", TOWNS, "partner"),
    ("Oversigt", (["Venskabsby", "Land"], [["Wernigerode", "Tyskland"]]), "partner"),
    ("Oversigt", (["By", "Land", "Aftaletype"], [["Wernigerode", "Tyskland", "Venskabsby"]]), "partner"),
])
def test_a_table_that_says_what_its_rows_are_stays_at_the_line(heading, table, kind):
    found = _named(_page(heading, *table))
    assert found and all(t == kind and conf >= BULK_ACCEPT_CONFIDENCE for t, conf in found.values())
