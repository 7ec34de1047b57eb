from udsyn.extraction import extract_bytes
from udsyn.extraction.parsers import parse_bytes

from .conftest import make_pdf


def test_pdf_text_comes_page_by_page(pdf_bytes):
    doc = parse_bytes(pdf_bytes, "report.pdf")
    assert doc.mime == "application/pdf"
    assert len(doc.pages) == 3
    assert "Eurocities" in doc.pages[0]
    assert "Harbin" in doc.pages[1]
    assert "Harbin" not in doc.pages[0]


def test_pdf_type_is_found_from_content_not_extension(pdf_bytes):
    assert parse_bytes(pdf_bytes, "misleading.txt").mime == "application/pdf"


def test_records_from_pdf_carry_their_page(pdf_bytes):
    result = extract_bytes(pdf_bytes, "report.pdf")
    assert result.pages == 3
    money = [r for r in result.records if r.type == "money"]
    assert [(m.value, m.currency, m.page) for m in money] == [(1300000, "DKK", 1)]
    page2 = result.text[result.page_starts[1]:]
    assert page2.startswith("Side to")


def test_running_header_and_page_numbers_are_dropped():
    bodies = ["Om venskabsbyer.", "Om netværk.", "Om projekter.", "Om delegationer.", "Om økonomi."]
    pages = [f"Kommunens årsrapport 2020 - side {i}\nAfsnit {body[3:-1]}\n{body}\nMere om emnet.\n{i}"
             for i, body in enumerate(bodies, 1)]
    result = extract_bytes(make_pdf(pages), "r.pdf")
    assert "årsrapport" not in result.text
    assert "Om projekter." in result.text and "Afsnit projekter" in result.text
    assert "\n3\n" not in result.text


def _table_pdf(grid: bool) -> bytes:
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    rows = [["Project", "Programme", "Partners abroad", "Budget (EUR)"],
            ["SEA BRIDGE", "Interreg Baltic Sea Region", "Vilnius (LT), Gdynia (PL), Turku University of Applied "
             "Sciences (FI)", "2,400,000"],
            ["Young Voices of the North", "Erasmus+", "Tartu (EE)", "180,000"],
            ["GREEN QUAYS", "LIFE", "Port of Aberdeen (UK)", "1,150,000"]]
    table = Table([[Paragraph(c, style) for c in row] for row in rows], colWidths=[100, 110, 170, 80])
    if grid:
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    else:
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build([Paragraph("EU projects in 2024", style), table])
    return out.getvalue()


def test_a_pdf_table_with_wrapped_cells_is_read_row_by_row():
    for grid in (True, False):
        text = extract_bytes(_table_pdf(grid), "t.pdf").text
        assert ("Project: SEA BRIDGE; Programme: Interreg Baltic Sea Region; Partners abroad: Vilnius (LT), Gdynia "
                "(PL), Turku University of Applied Sciences (FI); Budget (EUR): 2,400,000") in text, text
        assert "Project: Young Voices of the North; Programme: Erasmus+; Partners abroad: Tartu (EE)" in text, text
