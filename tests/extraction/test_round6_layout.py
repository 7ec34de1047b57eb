"""Round 6 (issue 8): a table drawn as text, its columns lined up with runs of spaces (a report copied as text, a
PDF's layout text), read by its header as DOCX, XLSX and HTML tables are. Texts of our own; no name from a
document."""

from udsyn.extraction import extract_bytes
from udsyn.extraction.parsers.spacedtable import spaced_columns_to_rows


def _records(text: str, name: str = "a.txt"):
    return extract_bytes(text.encode(), name).records


_TABLE = """Internationale projekter 2025

Kommunen deltager i disse projekter med partnere i udlandet:

Projekt              Program                    Partnere                         Budget (EUR)
Green Harbours       Interreg Øresund-Kattegat   Halmstad (SE), Larvik (NO)          1.200.000
SeaLink              Interreg North Sea          Aberdeen (UK), Esbjerg                860.000
Young Voices         Erasmus+                    Tartu (EE)                             45.000

Kommunens egenfinansiering er 310.000 kr.
"""


def test_a_space_aligned_table_becomes_rows_read_by_its_header():
    rows = spaced_columns_to_rows(_TABLE)
    assert ("Projekt: Green Harbours; Program: Interreg Øresund-Kattegat; Partnere: Halmstad (SE), Larvik (NO); "
            "Budget (EUR): 1.200.000") in rows
    assert "Kommunens egenfinansiering er 310.000 kr." in rows


def test_a_space_aligned_table_gives_projects_partners_and_amounts_in_the_header_currency():
    recs = _records(_TABLE)
    assert {r.name for r in recs if r.type == "project"} == {"Green Harbours", "SeaLink", "Young Voices"}
    assert {r.name for r in recs if r.type == "partner"} == {"Halmstad", "Larvik", "Aberdeen", "Tartu"}
    assert {(r.value, r.currency) for r in recs if r.type == "money"} >= {(1200000, "EUR"), (45000, "EUR")}


def test_uneven_gaps_and_a_wrapped_cell_still_map_by_column():
    text = ("Venskabsby        Land          Siden\n"
            "Sigulda   Letland     1996\n"  # cells not where the header's start: no table
            "\n"
            "Venskabsby        Land          Siden\n"
            "Kandava           Letland       2004\n"
            "Lillesand         Norge         1962\n"
            "Ribeira de        Portugal      2011\n"
            "  Pena\n")
    rows = spaced_columns_to_rows(text)
    assert "Venskabsby: Kandava; Land: Letland; Siden: 2004" in rows
    assert "Venskabsby: Ribeira de Pena; Land: Portugal; Siden: 2011" in rows
    assert "Sigulda   Letland     1996" in rows


def test_justified_prose_and_contents_lines_stay_text():
    prose = ("Kommunen  har i 2024  arbejdet  med  venskabsbyerne\n"
             "og  med  de  internationale  netværk  som  kommunalbestyrelsen\n"
             "har  besluttet  at  prioritere  i  den  nye  strategi.\n")
    contents = "Indledning                 3\nVenskabsbyer               5\nNetværk                    9\n"
    assert spaced_columns_to_rows(prose) == prose
    assert spaced_columns_to_rows(contents) == contents


def test_tabs_are_left_to_the_tabbed_table_reader():
    text = "Kommune\tAntal\nVesthimmerland\t1.061\nLæsø\t52\nRebild\t870\n"
    assert spaced_columns_to_rows(text) == text


def _laid_pdf() -> bytes:
    """A page whose tables are text drawn at column positions, no rules: two columns, then four."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 10)
    y = 800
    c.drawString(50, y, "4. Memberships")
    y -= 18
    fees = [("Network", "Annual fee"), ("Energy Cities", "EUR 2,400"), ("Union of the Baltic Cities", "DKK 21,000")]
    for row in fees:
        for x, cell in zip((50, 300), row, strict=True):
            c.drawString(x, y, cell)
        y -= 14
    y -= 20
    for row in [("Project", "Programme", "Partners abroad", "Budget (EUR)"),
                ("COASTLINK", "Interreg North Sea", "Stavanger (NO), Emden (DE)", "1,250,000"),
                ("Youth Bridges", "Erasmus+", "Tartu (EE)", "48,000")]:
        for x, cell in zip((50, 150, 270, 440), row, strict=True):
            c.drawString(x, y, cell)
        y -= 14
    c.save()
    return buf.getvalue()


def test_a_two_column_table_drawn_beside_a_wider_one_is_read_by_its_header():
    recs = extract_bytes(_laid_pdf(), "a.pdf").records
    fees = {r.name: r.fields.get("annual_fee") for r in recs if r.type == "network"}
    assert fees == {"Energy Cities": {"value": 2400, "currency": "EUR"},
                    "Union of the Baltic Cities": {"value": 21000, "currency": "DKK"}}
    assert {r.name for r in recs if r.type == "partner"} == {"Stavanger", "Emden", "Tartu"}


def _monospaced_pdf() -> bytes:
    """A table typed in a monospaced font, its columns padded with spaces."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Courier", 10)
    rows = [("Partner", "Land", "Rolle", "Budget (EUR)"), ("Halmstad kommun", "Sverige", "Lead partner", "420.000"),
            ("Larvik kommune", "Norge", "Partner", "95.500")]
    for k, row in enumerate(rows):
        c.drawString(50, 780 - 14 * k, "".join(cell.ljust(w) for cell, w in zip(row, (26, 12, 16, 12), strict=True)))
    c.save()
    return buf.getvalue()


def test_a_monospaced_table_keeps_its_figures_and_the_currency_in_its_header():
    recs = extract_bytes(_monospaced_pdf(), "a.pdf").records
    assert {(r.value, r.currency) for r in recs if r.type == "money"} == {(420000, "EUR"), (95500, "EUR")}
    assert {r.name for r in recs if r.type == "partner"} == {"Halmstad", "Larvik"}
