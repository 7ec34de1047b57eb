"""Each report's pages as PNG images, for a reviewer to look at as its reader would (`udsyn report-pages`).

PDF pages are drawn with pdftoppm (poppler-utils) when installed, else with pypdfium2 (a dependency); a DOCX is
first laid out by LibreOffice headless (`soffice --convert-to pdf`), exactly as a reader's word processor would,
so its pages, page numbers and table of contents can be looked at too. `.ci/run` installs both Debian packages.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .data import ReportScope
from .service import generate

LIBREOFFICE_TIMEOUT = 180  # seconds; the first start of LibreOffice builds its profile


class LibreOfficeMissing(RuntimeError):
    """soffice is not installed (Debian: apt-get install libreoffice-writer-nogui)."""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(content: bytes) -> bytes:
    """The DOCX laid out by LibreOffice headless, as PDF."""
    program = soffice()
    if program is None:
        raise LibreOfficeMissing("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory(prefix="udsyn-docx-") as folder:
        source = Path(folder) / "report.docx"
        source.write_bytes(content)
        # A profile of its own: a LibreOffice already running for the user does not take the job over.
        profile = Path(folder) / "profile"
        subprocess.run([program, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", folder, str(source)], check=True, capture_output=True,
                       timeout=LIBREOFFICE_TIMEOUT)
        return (Path(folder) / "report.pdf").read_bytes()


def pdf_to_pngs(content: bytes, folder: Path, prefix: str, dpi: int = 80) -> list[Path]:
    """One PNG per page: `<prefix>-01.png` ...; pdftoppm when installed, else pypdfium2."""
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm"):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
            pdf.write(content)
            pdf.flush()
            subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf.name, str(folder / prefix)], check=True,
                           capture_output=True)
        pages = sorted(folder.glob(f"{prefix}-*.png"))
        # pdftoppm numbers pages 1, 01 or 001 by the page count; name them alike
        return [page.rename(folder / f"{prefix}-{int(page.stem.rsplit('-', 1)[1]):02d}.png") for page in pages]
    import pypdfium2

    pages = []
    document = pypdfium2.PdfDocument(content)
    for number, page in enumerate(document, start=1):
        path = folder / f"{prefix}-{number:02d}.png"
        page.render(scale=dpi / 72).to_pil().save(path)
        pages.append(path)
    return pages


def render_pages(scope: ReportScope, folder: Path, kinds: Iterable[str] = ("mapping", "results", "strategy"),
                 languages: Iterable[str] = ("da", "en"), formats: Iterable[str] = ("pdf", "docx"),
                 dpi: int = 80) -> list[Path]:
    """PNG pages of every report in every language and format: `<kind>-<language>-<format>-NN.png`."""
    written = []
    for kind in kinds:
        for language in languages:
            for fmt in formats:
                content = generate(kind, fmt, scope, language).content
                pdf = docx_to_pdf(content) if fmt == "docx" else content
                written += pdf_to_pngs(pdf, folder, f"{kind}-{language}-{fmt}", dpi)
    return written
