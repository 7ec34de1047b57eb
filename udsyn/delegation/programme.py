"""A visit's programme to print (PDF with WeasyPrint, DOCX with python-docx) and to put in the hosts' calendars
(iCalendar). One data step (`programme_of`) in the language asked for; thin renderers."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from udsyn.core import ical
from udsyn.core.forms import country_choices

from .models import DelegationRequest, Status
from .services import long_date


@dataclass
class ProgrammeItem:
    start: dt.datetime
    end: dt.datetime
    time: str
    topic: str
    place: str
    host: str
    host_email: str
    notes: str
    pk: int


@dataclass
class Programme:
    number: str
    language: str
    title: str
    municipality: str
    facts: list[tuple[str, str]]
    items: list[ProgrammeItem] = field(default_factory=list)


def programme_of(request: DelegationRequest, language: str) -> Programme:
    """The programme's content in `language`: a title, the facts a host needs, and the items in time order."""
    municipality = request.department.municipality.name
    with translation.override(language):
        country = dict(country_choices()).get(request.country, request.country)
        visit = request.visit
        when = long_date(visit.start) if visit else ""
        if visit and visit.end and visit.end != visit.start:
            when = f"{when} – {long_date(visit.end)}"
        themes = ", ".join(t.label(language) for t in request.themes.all())
        origin = ", ".join(filter(None, [request.city_name, country]))
        facts = [(_("Delegation"), f"{request.organisation_name} ({origin})"),
                 (_("Date"), when), (_("Participants"), str(request.participants or request.size)),
                 (_("Level"), str(request.get_level_display())), (_("Themes"), themes),
                 (_("Languages"), request.languages),
                 (_("Host department"), request.department.name),
                 (_("Host"), request.host.name if request.host else ""),
                 (_("Reference"), request.number)]
        items = []
        for item in request.agenda.select_related("host"):
            start, end = timezone.localtime(item.starts_at), timezone.localtime(item.ends_at)
            items.append(ProgrammeItem(start, end, f"{start:%H.%M}–{end:%H.%M}", item.topic, item.place,
                                       item.host.name if item.host else "", item.host.email if item.host else "",
                                       item.notes, item.pk))
        title = _("Programme for the visit of %(organisation)s") % {"organisation": request.organisation_name}
    return Programme(request.number, language, title, municipality, [(k, v) for k, v in facts if v], items)


def _days(programme: Programme) -> list[tuple[str, list[ProgrammeItem]]]:
    """The items grouped by day (a visit may last several days), each day named in the programme's language."""
    days: dict[dt.date, list[ProgrammeItem]] = {}
    for item in programme.items:
        days.setdefault(item.start.date(), []).append(item)
    with translation.override(programme.language):
        return [(long_date(day), items) for day, items in sorted(days.items())]


def render_html(programme: Programme) -> str:
    with translation.override(programme.language):
        return render_to_string("delegation/programme_print.html", {"p": programme, "days": _days(programme)})


def render_pdf(programme: Programme) -> bytes:
    from weasyprint import CSS, HTML  # Pango loads slowly; only the PDF needs it

    stylesheet = CSS(filename=finders.find("delegation/programme.css"))
    return HTML(string=render_html(programme)).write_pdf(stylesheets=[stylesheet])


def render_docx(programme: Programme) -> bytes:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(programme.title, level=1)
    document.add_paragraph(programme.municipality)
    facts = document.add_table(rows=0, cols=2)
    facts.style = "Table Grid"
    for label, value in programme.facts:
        cells = facts.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].paragraphs[0].runs[0].bold = True
    _widths(facts, [Cm(w) for w in (4.5, 11.5)])
    with translation.override(programme.language):
        headers = [_("Time"), _("Topic"), _("Place"), _("Host")]
        empty = _("The programme has no items yet.")
    for day, items in _days(programme):
        document.add_heading(day, level=2)
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, header in zip(table.rows[0].cells, headers, strict=True):
            cell.text = header
            cell.paragraphs[0].runs[0].bold = True
        for item in items:
            cells = table.add_row().cells
            cells[0].text, cells[2].text, cells[3].text = item.time, item.place, item.host
            cells[1].text = item.topic
            if item.notes:
                cells[1].add_paragraph(item.notes).runs[0].italic = True
        _widths(table, [Cm(w) for w in (2.9, 7.0, 3.8, 2.3)])
    if not programme.items:
        document.add_paragraph(empty)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _widths(table, widths: list) -> None:
    """Column widths (Word reads them from every cell, LibreOffice from the grid)."""
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


PRODUCT_ID = "-//udsyn//Delegation programme//DA"


def render_ics(request: DelegationRequest, programme: Programme, host: str) -> str:
    """One event per programme item, with its host invited; the whole visit as one all-day event when the
    programme has no items yet."""
    lines: list[str] = []
    stamp = ical.utc(timezone.now())
    # A calendar that imported the file before takes the newer version (SEQUENCE) and strikes a cancelled visit.
    status = "STATUS:CANCELLED" if request.status in (Status.CANCELLED, Status.DECLINED) else "STATUS:CONFIRMED"
    sequence = f"SEQUENCE:{request.version}"
    with translation.override(programme.language):
        about = _("Delegation: %(organisation)s (%(number)s)") % {"organisation": request.organisation_name,
                                                                  "number": request.number}
    for item in programme.items:
        description = "\n".join(filter(None, [about, item.notes]))
        lines += ["BEGIN:VEVENT", f"UID:delegation-item-{item.pk}@{host}", f"DTSTAMP:{stamp}",
                  f"DTSTART:{ical.utc(item.start)}", f"DTEND:{ical.utc(item.end)}",
                  f"SUMMARY:{ical.escape_text(f'{item.topic} – {request.organisation_name}')}",
                  f"LOCATION:{ical.escape_text(item.place)}", f"DESCRIPTION:{ical.escape_text(description)}",
                  status, sequence]
        if item.host_email:
            lines.append(f"ATTENDEE;CN={_param(item.host)};ROLE=REQ-PARTICIPANT:mailto:{item.host_email}")
        lines.append("END:VEVENT")
    if not programme.items and request.visit_id:
        visit = request.visit
        lines += ["BEGIN:VEVENT", f"UID:delegation-visit-{request.pk}@{host}", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{visit.start:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{(visit.end or visit.start) + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{ical.escape_text(about)}", status, sequence, "END:VEVENT"]
    return ical.calendar(lines, name=programme.title, product=PRODUCT_ID)


def _param(value: str) -> str:
    """A parameter value (RFC 5545 3.2): quoted, without the characters a quoted value may not hold."""
    return '"' + value.replace('"', "'").replace("\n", " ") + '"'
