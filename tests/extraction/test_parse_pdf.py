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
