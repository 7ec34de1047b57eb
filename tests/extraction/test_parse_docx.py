import io

import docx

from udsyn.extraction import extract_bytes
from udsyn.extraction.parsers import parse_bytes


def _docx() -> bytes:
    d = docx.Document()
    d.add_heading("Medlemskaber af internationale netværk", level=1)
    d.add_heading("Energy Cities", level=2)
    d.add_paragraph("Kommunen betaler årligt 250.000 kr. for medlemskab.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "By", "Land"
    table.cell(1, 0).text, table.cell(1, 1).text = "Tartu", "Estland"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_headings_and_tables():
    doc = parse_bytes(_docx(), "x.docx")
    assert doc.mime.endswith("wordprocessingml.document")
    assert "# Medlemskaber af internationale netværk" in doc.pages[0]
    assert "By: Tartu; Land: Estland" in doc.pages[0]


def test_docx_heading_under_membership_section_is_a_network():
    result = extract_bytes(_docx(), "x.docx")
    nets = [r for r in result.records if r.type == "network"]
    assert [n.name for n in nets] == ["Energy Cities"]
    assert nets[0].fields["annual_fee"] == {"value": 250000, "currency": "DKK"}
