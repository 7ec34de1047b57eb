"""HTML with print CSS: the downloadable document, and the source WeasyPrint turns into the PDF."""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

TEMPLATES = {"mapping": "reports/documents/mapping.html", "results": "reports/documents/results.html",
             "strategy": "reports/documents/strategy.html"}


@lru_cache(maxsize=1)
def document_css() -> str:
    """Inlined so the HTML file stands alone when saved or mailed."""
    return (settings.BASE_DIR / "static" / "reports" / "document.css").read_text(encoding="utf-8")


def table_of_contents(report) -> list[dict[str, str]]:
    if report.kind == "mapping":
        entries = [{"anchor": "headline", "title": _("Headline figures")}]
        entries += [{"anchor": s.anchor, "title": s.name} for s in report.sections]
    elif report.kind == "results":
        entries = [{"anchor": "facts", "title": _("Did you know?")},
                   {"anchor": "partner-activity", "title": _("Activities with partner cities")},
                   {"anchor": "activities", "title": _("Activities and events")}]
    else:
        entries = [{"anchor": "summary", "title": _("Status at a glance")}]
        entries += [{"anchor": s.anchor, "title": s.name} for s in report.strategies]
    if report.rates or report.missing_rates:
        entries.append({"anchor": "rates", "title": _("Exchange rates")})
    return entries


def render_html(report) -> bytes:
    context = {"report": report, "css": document_css(), "toc": table_of_contents(report),
               "language": translation.get_language()}
    return render_to_string(TEMPLATES[report.kind], context).encode("utf-8")
