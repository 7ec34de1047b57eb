"""The screening rules: from a request and the desk's rules, a suggested outcome with its reasons.

Plain data in, plain data out (no database), so the rules can be tested over many dates and sizes.

The days of the preferred period are filtered in order — far enough ahead (lead time), not closed (holidays,
elections), the host department not full that week or month (capacity) — and a rule fails when it leaves no day;
the first day left is the suggested date. Size, level and themes are checked on their own. Any failed rule
suggests declining; otherwise a country on the management list needs a decision; otherwise the request is referred
to the department hosting its themes, or accepted when that is the desk's own department.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

LONGEST_WINDOW = 366  # days of a preferred period the rules look at


@dataclass(frozen=True)
class Blackout:
    start: dt.date
    end: dt.date
    reason: str

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Capacity:
    per_week: int | None = None
    per_month: int | None = None


@dataclass(frozen=True)
class Rules:
    """The desk's rules as they stood when a request was screened."""

    desk_department: int
    min_lead_days: int = 0
    min_size: int = 1
    max_size: int | None = None
    accepted_levels: frozenset[str] = frozenset()  # empty: every level
    offered_themes: frozenset[int] = frozenset()  # empty: the desk keeps no theme list
    theme_departments: dict[int, int] = field(default_factory=dict)  # theme → host department
    capacities: dict[int, Capacity] = field(default_factory=dict)  # department → capacity
    blackouts: tuple[Blackout, ...] = ()
    decision_countries: frozenset[str] = frozenset()

    def host_department(self, themes: frozenset[int]) -> int:
        """The department most of the wanted (offered) themes belong to; the desk's own when none has one."""
        hosts = Counter(self.theme_departments[t] for t in sorted(themes)
                        if t in self.theme_departments and (not self.offered_themes or t in self.offered_themes))
        return hosts.most_common(1)[0][0] if hosts else self.desk_department


@dataclass(frozen=True)
class Application:
    received: dt.date
    size: int
    level: str
    country: str
    themes: frozenset[int]
    preferred_start: dt.date
    preferred_end: dt.date | None = None

    def days(self) -> list[dt.date]:
        end = max(self.preferred_end or self.preferred_start, self.preferred_start)
        count = min((end - self.preferred_start).days + 1, LONGEST_WINDOW)
        return [self.preferred_start + dt.timedelta(days=n) for n in range(count)]


@dataclass
class Load:
    """Visits a department already hosts, counted per ISO week and per month."""

    weeks: Counter = field(default_factory=Counter)  # (department, iso year, iso week) → visits
    months: Counter = field(default_factory=Counter)  # (department, year, month) → visits

    def add(self, department: int, day: dt.date) -> None:
        year, week, _weekday = day.isocalendar()
        self.weeks[(department, year, week)] += 1
        self.months[(department, day.year, day.month)] += 1

    def has_room(self, department: int, day: dt.date, capacity: Capacity) -> bool:
        year, week, _weekday = day.isocalendar()
        if capacity.per_week is not None and self.weeks[(department, year, week)] >= capacity.per_week:
            return False
        return capacity.per_month is None or self.months[(department, day.year, day.month)] < capacity.per_month


@dataclass(frozen=True)
class Reason:
    """One rule's verdict: ok True (passed), False (failed) or None (not checked: an earlier rule left no day)."""

    rule: str
    ok: bool | None
    params: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "ok": self.ok, "params": self.params}


@dataclass(frozen=True)
class Suggestion:
    outcome: str  # one of models.Outcome
    reasons: tuple[Reason, ...]
    department: int
    date: dt.date | None

    def failed(self) -> list[str]:
        return [r.rule for r in self.reasons if r.ok is False]


def screen(application: Application, rules: Rules, load: Load | None = None) -> Suggestion:
    load = load or Load()
    department = rules.host_department(application.themes)
    reasons: list[Reason] = []
    days = _day_rules(application, rules, load, department, reasons)
    reasons += [_size(application, rules), _level(application, rules), _themes(application, rules)]
    needs_decision = application.country.upper() in rules.decision_countries
    reasons.append(Reason("country", True, {"country": application.country.upper(), "decision": needs_decision}))
    if any(r.ok is False for r in reasons):
        outcome = "decline"
    elif needs_decision:
        outcome = "decision"
    elif department != rules.desk_department:
        outcome = "refer"
    else:
        outcome = "accept"
    return Suggestion(outcome, tuple(reasons), department, days[0] if days else None)


def _day_rules(application: Application, rules: Rules, load: Load, department: int,
               reasons: list[Reason]) -> list[dt.date]:
    """Lead time, closed periods and capacity, each keeping the days of the period it allows."""
    days = application.days()
    earliest = application.received + dt.timedelta(days=rules.min_lead_days)
    days = [d for d in days if d >= earliest]
    reasons.append(Reason("lead_time", bool(days), {
        "minimum": rules.min_lead_days, "days": (application.preferred_start - application.received).days,
        "earliest": earliest.isoformat()}))

    overlapping = [b for b in rules.blackouts
                   if days and b.start <= days[-1] and b.end >= days[0]]
    if days:
        days = [d for d in days if not any(b.covers(d) for b in overlapping)]
        reasons.append(Reason("blackout", bool(days), {"periods": [b.reason for b in overlapping]}))
    else:
        reasons.append(Reason("blackout", None))

    capacity = rules.capacities.get(department)
    if days and capacity is not None:
        days = [d for d in days if load.has_room(department, d, capacity)]
        reasons.append(Reason("capacity", bool(days), {"department": department, "per_week": capacity.per_week,
                                                        "per_month": capacity.per_month}))
    else:
        reasons.append(Reason("capacity", None if not days else True, {"department": department}))
    return days


def _size(application: Application, rules: Rules) -> Reason:
    ok = application.size >= rules.min_size and (rules.max_size is None or application.size <= rules.max_size)
    return Reason("size", ok, {"size": application.size, "min": rules.min_size, "max": rules.max_size})


def _level(application: Application, rules: Rules) -> Reason:
    ok = not rules.accepted_levels or application.level in rules.accepted_levels
    return Reason("level", ok, {"level": application.level, "accepted": sorted(rules.accepted_levels)})


def _themes(application: Application, rules: Rules) -> Reason:
    if not rules.offered_themes:
        return Reason("theme", True, {"offered": []})
    wanted = sorted(application.themes & rules.offered_themes)
    return Reason("theme", bool(wanted), {"wanted": wanted})


# -- wording ----------------------------------------------------------------------------------------------------

def reason_text(reason: dict[str, Any], names: dict[str, dict] | None = None) -> str:
    """A stored reason in the active language. `names` turns ids into names: {"themes": {id: name},
    "departments": {id: name}, "levels": {code: label}, "countries": {code: name}}."""
    names = names or {}
    rule, ok, p = reason["rule"], reason["ok"], reason.get("params", {})
    if ok is None:
        return _("Not checked: no day of the preferred period was left by the rules above.")
    if rule == "lead_time":
        values = {**p, "earliest": _long_date(p["earliest"])}
        if ok and p["days"] < p["minimum"]:  # the period starts too soon but reaches past the notice
            return ngettext("At least %(minimum)s day ahead: the preferred period reaches %(earliest)s, the first "
                            "day the notice allows.", "At least %(minimum)s days ahead: the preferred period reaches "
                            "%(earliest)s, the first day the notice allows.", p["minimum"]) % values
        if ok:
            return ngettext("At least %(minimum)s day ahead: the first preferred day is %(days)s days after the "
                            "request.", "At least %(minimum)s days ahead: the first preferred day is %(days)s days "
                            "after the request.", p["minimum"]) % values
        return ngettext("Too short notice: requests must come %(minimum)s day before the visit; the preferred "
                        "period ends before %(earliest)s.", "Too short notice: requests must come %(minimum)s "
                        "days before the visit; the preferred period ends before %(earliest)s.",
                        p["minimum"]) % values
    if rule == "blackout":
        periods = ", ".join(p.get("periods", []))
        if not ok:
            return _("Every possible day of the preferred period is closed (%(periods)s).") % {"periods": periods}
        if periods:
            return _("Part of the preferred period is closed (%(periods)s); other days are open.") % {
                "periods": periods}
        return _("No closed period in the preferred period.")
    if rule == "capacity":
        department = names.get("departments", {}).get(p.get("department"), "")
        if "per_week" not in p:
            return _("%(department)s has no capacity limit.") % {"department": department}
        limit = _capacity_text(p)
        if ok:
            return _("%(department)s has room in the period (%(limit)s).") % {"department": department,
                                                                             "limit": limit}
        return _("%(department)s is fully booked in the preferred period (%(limit)s).") % {
            "department": department, "limit": limit}
    if rule == "size":
        limits = (_("%(min)s to %(max)s participants") % p if p.get("max") is not None
                  else _("at least %(min)s participants") % p)
        if ok:
            return _("%(size)s participants: within %(limits)s.") % {"size": p["size"], "limits": limits}
        return _("%(size)s participants: the desk receives groups of %(limits)s.") % {"size": p["size"],
                                                                                     "limits": limits}
    if rule == "level":
        levels = names.get("levels", {})
        level = levels.get(p["level"], p["level"])
        if not p.get("accepted"):
            return _("Every level is received.")
        accepted = ", ".join(str(levels.get(code, code)) for code in p["accepted"])
        if ok:
            return _("%(level)s delegations are received.") % {"level": level}
        return _("%(level)s delegations are not received (received: %(accepted)s).") % {
            "level": level, "accepted": accepted}
    if rule == "theme":
        if not ok:
            return _("None of the themes asked for is offered.")
        themes = names.get("themes", {})
        wanted = ", ".join(str(themes.get(t, t)) for t in p.get("wanted", []))
        return _("Themes offered: %(themes)s.") % {"themes": wanted} if wanted else _("The desk keeps no theme list.")
    if rule == "country":
        country = names.get("countries", {}).get(p["country"], p["country"])
        if p.get("decision"):
            return _("Requests from %(country)s need a management decision.") % {"country": country}
        return _("%(country)s needs no management decision.") % {"country": country}
    return rule


def _long_date(iso: str) -> str:
    """'23. marts 2026' / '23 March 2026' in the active language (the reasons store ISO dates)."""
    from babel.dates import format_date

    from udsyn.core.forms import babel_locale

    return format_date(dt.date.fromisoformat(iso), format="long", locale=babel_locale())


def _capacity_text(p: dict[str, Any]) -> str:
    parts = []
    if p.get("per_week") is not None:
        parts.append(ngettext("%(n)s visit a week", "%(n)s visits a week", p["per_week"]) % {"n": p["per_week"]})
    if p.get("per_month") is not None:
        parts.append(ngettext("%(n)s visit a month", "%(n)s visits a month", p["per_month"]) % {
            "n": p["per_month"]})
    return ", ".join(parts) or _("no limit")
