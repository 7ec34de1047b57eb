"""The municipality's look on its reports, charts, sections other apps add, and the pages as a reader sees them
(PNG pages of the PDF, and of the DOCX as LibreOffice lays it out)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from decimal import Decimal

import pytest
from django.core.management import call_command

from udsyn.reports import charts, preview
from udsyn.reports.data.contrib import register_section, unregister_section
from udsyn.reports.document import NUMBER, Column, Paragraph, Section, Table
from udsyn.reports.service import generate

from . import readers
from .conftest import UNTIL


def png(colour=(122, 31, 61)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def branded(register, settings, tmp_path):
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path
    municipality = register["municipality"]
    municipality.accent_colour = "#7A1F3D"
    municipality.logo.save("logo.png", ContentFile(png()), save=True)
    return municipality


def test_every_format_carries_the_municipalitys_logo_and_colour(branded, scope):
    html = generate("results", "html", scope, "da").content.decode()
    assert "--accent: #7A1F3D" in html and 'class="cover-logo" src="data:image/png;base64,' in html
    document = readers.docx_document(generate("results", "docx", scope, "da").content)
    header = document.sections[0].header._element.xml
    assert "<pic:pic" in header  # the logo in the running header
    assert len(document.inline_shapes) >= 1  # and on the cover
    assert document.styles["Heading 1"].font.color.rgb == document.styles["Title"].font.color.rgb
    assert str(document.styles["Heading 1"].font.color.rgb) == "7A1F3D"
    pdf = generate("results", "pdf", scope, "da").content
    assert b"/Subtype /Image" in pdf


def test_a_missing_logo_file_leaves_the_name_alone(branded, scope):
    os.remove(branded.logo.path)
    html = generate("mapping", "html", scope, "da").content.decode()
    assert 'class="cover-logo"' not in html and "Testkøbing Kommune" in html


def test_bar_chart_bars_are_proportional_and_labelled():
    chart = charts.BarChart("Medlemskaber", ["TMF", "KFF"], [charts.Series("Medlemskaber", [4, 2])], horizontal=True)
    scene = charts.draw(chart, "#0B3D5C")
    bars = sorted((r for r in scene.items if isinstance(r, charts.Rect)), key=lambda r: r.y)
    assert [round(b.w / bars[0].w, 2) for b in bars] == [1.0, 0.5]
    labels = [t.text for t in scene.items if isinstance(t, charts.Label)]
    assert "TMF" in labels and "KFF" in labels and "4" in labels
    svg = charts.to_svg(scene)
    assert svg.startswith("<svg") and svg.count("<rect") == 2 and "<title>Medlemskaber</title>" in svg
    image = charts.to_png(scene)
    assert image.startswith(b"\x89PNG")
    from PIL import Image

    width, height = Image.open(io.BytesIO(image)).size
    assert width == round(scene.width * 4) and height >= scene.height * 4 - 1


def test_line_chart_draws_measurements_and_the_line_to_the_target():
    chart = charts.LineChart("Konferencer", "antal", [(dt.date(2024, 12, 31), Decimal(9)),
                                                       (dt.date(2025, 12, 31), Decimal(13))],
                             (dt.date(2022, 12, 31), Decimal(5)), (dt.date(2026, 12, 31), Decimal(15)))
    scene = charts.draw(chart, "#0B3D5C")
    dashed = [i for i in scene.items if isinstance(i, charts.Line) and i.dash]
    dots = [i for i in scene.items if isinstance(i, charts.Dot)]
    assert len(dashed) == 1 and len(dots) == 3  # the expected path; two measurements and the target
    (start, end) = dashed[0].points
    target = next(d for d in dots if d.diamond)
    assert (round(end[0]), round(end[1])) == (round(target.x), round(target.y))
    assert start[1] > end[1]  # the line rises to a higher target


def test_another_app_adds_a_section_to_every_format(register, scope):
    def delegations(scope):
        return Section("Delegationsanmodninger", "delegation-requests").add(
            Paragraph("Anmodninger behandlet i perioden."),
            Table("Anmodninger pr. år", [Column("År"), Column("Anmodninger", NUMBER)], [["2025", 412]],
                  sheet="Anmodninger"))

    register_section("mapping", delegations)
    try:
        for fmt in ("html", "pdf", "docx"):
            text = readers.text_of(fmt, generate("mapping", fmt, scope, "da").content)
            assert "Delegationsanmodninger" in text and "412" in text
        rows = readers.xlsx_rows(generate("mapping", "xlsx", scope, "da").content, "Anmodninger")
        assert rows == [("År", "Anmodninger"), ("2025", 412)]
        assert "Delegationsanmodninger" not in readers.text_of("html", generate("results", "html", scope).content)
    finally:
        unregister_section("mapping", delegations)


def test_report_pages_are_drawn_as_png(register, scope, tmp_path):
    from PIL import Image

    pages = preview.render_pages(scope, tmp_path, kinds=["results"], languages=["da"], formats=["pdf"], dpi=40)
    assert pages and pages[0].name == "results-da-pdf-01.png"
    width, height = Image.open(pages[0]).size
    assert abs(height / width - 297 / 210) < 0.02  # A4


def libreoffice() -> None:
    if preview.soffice() is None:
        if os.environ.get("UDSYN_REQUIRE_LIBREOFFICE"):
            pytest.fail("UDSYN_REQUIRE_LIBREOFFICE is set but LibreOffice (soffice) is missing")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui); .ci/run installs it")


def test_docx_opens_in_libreoffice_with_a4_page_numbers_and_filled_contents(register, scope):
    libreoffice()
    from pypdf import PdfReader

    pdf = preview.docx_to_pdf(generate("mapping", "docx", scope, "da").content)
    reader = PdfReader(io.BytesIO(pdf))
    assert all(round(float(p.mediabox.width)) == 595 and round(float(p.mediabox.height)) == 842
               for p in reader.pages)
    pages = readers.pdf_pages(pdf)
    assert f"Side 2 af {len(pages)}" in pages[1]
    contents = pages[1]
    department_page = next(i for i, p in enumerate(pages) if "Socialforvaltningen (SOF) Registret har" in p) + 1
    assert re.search(rf"Socialforvaltningen \(SOF\)\s*\.+\s*{department_page}\b", contents)  # a filled entry
    assert "Side 1 af" not in pages[0]  # the cover has no page foot


def test_report_pages_command_draws_docx_pages_too(register, tmp_path):
    libreoffice()
    call_command("report_pages", "-o", str(tmp_path), "--kind", "strategy", "--language", "en", "--until",
                 UNTIL.isoformat(), "--dpi", "30")
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert "strategy-en-docx-01.png" in names and "strategy-en-pdf-01.png" in names
