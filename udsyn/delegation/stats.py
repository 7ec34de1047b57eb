"""Statistics of the delegation desk: requests, acceptance, lead time, visits held and participants, per year, month,
country, level, theme and department, and the reasons for declining. One data step for the page, the API, the
command line and the reports; it reads only what stays after the contacts' personal data is deleted.

Counting rules:
- a request counts in the year (and month) it was received;
- accepted: the municipality said yes (accepted, programme planned, held, followed up); declined: said no;
  the acceptance rate is accepted / (accepted + declined), so requests still waiting do not lower it;
- lead time: days from receiving the request to the first preferred day of the visit (the median);
- held: the visit took place; participants are those who came (the group size when nobody counted them);
- cancelled: accepted, and the visit was called off afterwards: it counts as accepted, never as held.
"""

from __future__ import annotations

import datetime as dt
import statistics as pystats
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from babel.dates import get_month_names
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from udsyn.core.forms import babel_locale, country_choices

from .models import ACCEPTED_STATUSES, DelegationRequest, Level, Rule, Status

HELD_STATUSES = (Status.HELD, Status.FOLLOWED_UP)


@dataclass
class Counts:
    requests: int = 0
    accepted: int = 0
    declined: int = 0
    held: int = 0
    participants: int = 0
    cancelled: int = 0

    @property
    def acceptance_rate(self) -> float | None:
        decided = self.accepted + self.declined
        return round(self.accepted / decided, 4) if decided else None

    @property
    def waiting(self) -> int:
        return self.requests - self.accepted - self.declined

    def add(self, row: dict[str, Any]) -> None:
        self.requests += 1
        if row["status"] in ACCEPTED_STATUSES:
            self.accepted += 1
        elif row["status"] == Status.DECLINED:
            self.declined += 1
        if row["status"] == Status.CANCELLED:
            self.cancelled += 1
        if row["status"] in HELD_STATUSES:
            self.held += 1
            self.participants += row["participants"] if row["participants"] is not None else row["size"]

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "acceptance_rate": self.acceptance_rate}


@dataclass
class Row(Counts):
    key: str = ""
    label: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, **super().as_json()}


@dataclass
class Reason:
    key: str
    label: str
    count: int


@dataclass
class Statistics:
    municipality: str
    year: int | None
    totals: Counts
    median_lead_days: float | None
    by_year: list[Row] = field(default_factory=list)
    by_month: list[Row] = field(default_factory=list)
    by_country: list[Row] = field(default_factory=list)
    by_level: list[Row] = field(default_factory=list)
    by_theme: list[Row] = field(default_factory=list)
    by_department: list[Row] = field(default_factory=list)
    declined_by_reason: list[Reason] = field(default_factory=list)

    BREAKDOWNS = ("by_year", "by_month", "by_country", "by_level", "by_theme", "by_department")

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"municipality": self.municipality, "year": self.year,
                                "totals": self.totals.as_json(), "median_lead_days": self.median_lead_days}
        for name in self.BREAKDOWNS:
            data[name] = [row.as_json() for row in getattr(self, name)]
        data["declined_by_reason"] = [asdict(r) for r in self.declined_by_reason]
        return data


def requests_of(municipality: Any, year: int | None = None, *, since: dt.date | None = None,
                until: dt.date | None = None, department_ids: list[int] | None = None) -> QuerySet:
    """The municipality's requests received in `year` or between `since` and `until` (days included), of the given
    (owning) departments."""
    requests = DelegationRequest.objects.filter(department__municipality=municipality)
    if year:
        requests = requests.filter(submitted_at__year=year)
    if since:
        requests = requests.filter(submitted_at__date__gte=since)
    if until:
        requests = requests.filter(submitted_at__date__lte=until)
    if department_ids is not None:
        requests = requests.filter(department_id__in=department_ids)
    return requests


def delegation_statistics(municipality: Any, year: int | None = None, *, since: dt.date | None = None,
                          until: dt.date | None = None, department_ids: list[int] | None = None) -> Statistics:
    """The desk's statistics for one municipality (a Municipality): all years, one year, or a period (the reports'
    scope), optionally of some departments only."""
    selected = requests_of(municipality, year, since=since, until=until, department_ids=department_ids)
    rows = list(selected.values(
        "pk", "submitted_at", "preferred_start", "status", "decline_reason", "country", "level", "participants",
        "size", "department__name"))
    themes = defaultdict(list)
    english = (get_language() or "").startswith("en")  # a theme by the name the desk gave it in the reader's language
    for request_id, name, name_en in DelegationRequest.themes.through.objects.filter(
            delegationrequest_id__in=[r["pk"] for r in rows]).values_list(
            "delegationrequest_id", "delegationtheme__name", "delegationtheme__name_en"):
        themes[request_id].append(name_en if english and name_en else name)
    totals = Counts()
    leads = []
    for row in rows:
        row["received"] = timezone.localdate(row["submitted_at"])
        totals.add(row)
        leads.append((row["preferred_start"] - row["received"]).days)
    countries = dict(country_choices())
    months = get_month_names("wide", locale=babel_locale())
    levels = dict(Level.choices)
    stats = Statistics(str(municipality), year, totals, pystats.median(leads) if leads else None)
    stats.by_year = _group(rows, lambda r: [str(r["received"].year)], str)
    stats.by_month = _group(rows, lambda r: [f"{r['received'].month:02d}"], lambda k: months[int(k)])
    stats.by_country = _group(rows, lambda r: [r["country"]], lambda k: countries.get(k, k), by_count=True)
    stats.by_level = _group(rows, lambda r: [r["level"]], lambda k: str(levels.get(k, k)))
    stats.by_theme = _group(rows, lambda r: themes.get(r["pk"]) or [""], lambda k: k or _("No theme chosen"),
                            by_count=True)
    stats.by_department = _group(rows, lambda r: [r["department__name"]], str, by_count=True)
    reasons = defaultdict(int)
    for row in rows:
        if row["status"] == Status.DECLINED:
            reasons[row["decline_reason"] or Rule.OTHER] += 1
    labels = dict(Rule.choices)
    stats.declined_by_reason = sorted((Reason(k, str(labels.get(k, k)), n) for k, n in reasons.items()),
                                      key=lambda r: (-r.count, r.label))
    return stats


def _group(rows: list[dict[str, Any]], keys: Callable[[dict], list[str]], label: Callable[[str], str],
           by_count: bool = False) -> list[Row]:
    """Rows counted per key (a request with several themes counts once under each); in key order, or the largest
    first when `by_count`."""
    groups: dict[str, Row] = {}
    for row in rows:
        for key in keys(row):
            groups.setdefault(key, Row(key=key, label=label(key))).add(row)
    ordered = sorted(groups.values(), key=lambda g: g.key)
    return sorted(ordered, key=lambda g: (-g.requests, g.label)) if by_count else ordered


def years_with_requests(municipality: Any) -> list[int]:
    dates = requests_of(municipality).dates("submitted_at", "year", order="DESC")
    return [d.year for d in dates]



# -- charts -------------------------------------------------------------------------------------------------------

CHART_WIDTH, LABEL_WIDTH, BAR_AREA, ROW_HEIGHT = 560, 230, 270, 22
LABEL_SIZE = 13  # the labels' font size in the chart's units (delegation.css)


def fitted_label(label: str, room: float = LABEL_WIDTH - 8, size: float = LABEL_SIZE) -> str:
    """The label as it fits left of the bars: whole, or cut at a word or letter with an ellipsis (the table beside
    the chart and the bar's tooltip name it in full)."""
    from udsyn.reports.fonts import text_width

    if text_width(label, size) <= room:
        return label
    while label and text_width(label + "…", size) > room:
        label = label[:-1]
    return label.rstrip(" ,-") + "…"


def bar_chart(rows: list[Row], limit: int = 15) -> dict[str, Any]:
    """Horizontal bars, one per row: accepted, declined and still waiting side by side, drawn as SVG rectangles
    (attributes, no inline style). The same figures are in the table beside the chart."""
    shown = rows[:limit]
    largest = max((r.requests for r in shown), default=0) or 1
    bars = []
    for index, row in enumerate(shown):
        x, segments = LABEL_WIDTH, []
        for part, count in (("accepted", row.accepted), ("declined", row.declined), ("other", row.waiting)):
            width = round(BAR_AREA * count / largest, 1)
            if width:
                segments.append({"part": part, "x": x, "width": width, "count": count})
            x += width
        bars.append({"y": index * ROW_HEIGHT, "label": fitted_label(row.label), "full_label": row.label,
                     "segments": segments, "total": row.requests, "end": x + 6})
    return {"width": CHART_WIDTH, "height": max(len(shown), 1) * ROW_HEIGHT + 4, "bars": bars,
            "label_x": LABEL_WIDTH - 8, "more": max(len(rows) - limit, 0)}
