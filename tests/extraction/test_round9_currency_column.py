"""Round 9: a table whose amounts are bare numbers with the currency in a column of its own ("Kontingent 2026 |
Valuta", "Fee | Currency") states each row's amount in that row's currency. Texts of our own."""

from udsyn.extraction import extract_bytes


def test_currency_column_gives_each_row_its_currency():
    csv = ("Organisation;Kontingent 2026;Valuta;Status\n"
           "Nordic Moss Forum;4500;EUR;Aktiv\n"
           "Baltic Bog Towns;9800;DKK;Aktiv\n"
           "Quiet Harbour Cities;250;GBP;Aktiv\n")
    records = extract_bytes(csv.encode(), "medlemskaber.csv").records
    money = {(int(r.value), r.currency) for r in records if r.type == "money"}
    assert money == {(4500, "EUR"), (9800, "DKK"), (250, "GBP")}
    fees = {r.name: r.fields.get("annual_fee") for r in records if r.type == "network"}
    assert fees["Nordic Moss Forum"] == {"value": 4500, "currency": "EUR"}


def test_currency_in_the_header_still_rules():
    csv = ("Organisation;Kontingent (EUR);Status\n"
           "Nordic Moss Forum;4500;Aktiv\n")
    records = extract_bytes(csv.encode(), "medlemskaber.csv").records
    assert {(int(r.value), r.currency) for r in records if r.type == "money"} == {(4500, "EUR")}
