"""Generate a report: compute its data once, then hand it to the renderer of the chosen format.

Used by the command line (`udsyn report`), the reports page and the benchmark alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .data import ReportScope, mapping_data, results_data, strategy_data

KINDS: dict[str, tuple[Callable, object]] = {
    "mapping": (mapping_data, _("Mapping of international work")),
    "results": (results_data, _("Results summary")),
    "strategy": (strategy_data, _("Strategy status report")),
}


@dataclass(frozen=True)
class Format:
    content_type: str
    extension: str
    label: str


FORMATS = {
    "html": Format("text/html; charset=utf-8", "html", "HTML"),
    "pdf": Format("application/pdf", "pdf", "PDF"),
    "docx": Format("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word (DOCX)"),
    "xlsx": Format("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel (XLSX)"),
}
LANGUAGES = ("da", "en")
# File names stay ASCII for every mail client and file share: Testkøbing -> testkoebing.
DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


@dataclass(frozen=True)
class GeneratedReport:
    content: bytes
    filename: str
    content_type: str


def renderer(fmt: str) -> Callable:
    if fmt == "html":
        from .render.html import render_html as render
    elif fmt == "pdf":
        from .render.pdf import render_pdf as render
    elif fmt == "docx":
        from .render.docx import render_docx as render
    elif fmt == "xlsx":
        from .render.xlsx import render_xlsx as render
    else:
        raise ValueError(f"Unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return render


def report_data(kind: str, scope: ReportScope, language: str = "da"):
    """The report's dataclass, with its texts (labels, sentences) in `language`."""
    if kind not in KINDS:
        raise ValueError(f"Unknown report {kind!r}; choose one of {', '.join(KINDS)}")
    with translation.override(language):
        return KINDS[kind][0](scope)


def render(report, fmt: str, language: str = "da") -> bytes:
    with translation.override(language):
        return renderer(fmt)(report)


def generate(kind: str, fmt: str, scope: ReportScope, language: str = "da") -> GeneratedReport:
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}; choose da or en")
    report = report_data(kind, scope, language)
    content = render(report, fmt, language)
    with translation.override(language):
        title = f"{KINDS[kind][1]} {scope.municipality.name} {scope.until.isoformat()}"
    name = slugify(title.translate(DANISH_LETTERS))
    return GeneratedReport(content, f"{name}.{FORMATS[fmt].extension}", FORMATS[fmt].content_type)
