import io

import openpyxl

from udsyn.extraction.parsers import parse_bytes


def test_xlsx_rows_become_column_value_lines():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Netværk"
    ws.append(["Navn", "Kontingent", "Land"])
    ws.append(["Eurocities", 125000, "BE"])
    ws.append(["ICLEI", 40000.0, None])
    buf = io.BytesIO()
    wb.save(buf)
    doc = parse_bytes(buf.getvalue(), "list.xlsx")
    assert doc.mime.endswith("spreadsheetml.sheet")
    lines = doc.pages[0].split("\n")
    assert lines == ["# Netværk", "Navn: Eurocities; Kontingent: 125000; Land: BE",
                     "Navn: ICLEI; Kontingent: 40000"]


def test_csv_with_semicolons():
    data = b"By;Land;Siden\nHarbin;Kina;1984\nGdynia;Polen;1976\n"
    doc = parse_bytes(data, "byer.csv")
    assert doc.mime == "text/csv"
    assert doc.pages[0].split("\n") == ["By: Harbin; Land: Kina; Siden: 1984",
                                        "By: Gdynia; Land: Polen; Siden: 1976"]
