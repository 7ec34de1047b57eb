"""Demo data of the delegation desk (loaded by `udsyn demo` after the register's own demo records).

Copenhagen's desk receives the requests of the whole municipality in its central administration and refers them to
the departments that host each theme. Copenhagen's 2020 mapping counts 412 delegation requests to one department in
a year; the demo desk gets as many in the previous calendar year, and the last weeks of this year at the same
pace. Every request, organisation, contact, date and outcome is invented (source "demo"; contacts are called
"Opdigtet kontakt N" and have addresses at example.org): drawn from a seeded random generator, so every load is
the same.

Requests go through the real screening rules in the order they arrive (a department's capacity fills up as visits
are accepted); most decisions follow the suggestion, as a coordinator's would.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from udsyn.core.models import SourceKind
from udsyn.strategies.models import Theme as StrategyTheme
from udsyn.visits.models import Direction, Visit, VisitStatus

from . import screening
from .models import (
    COMING_STATUSES,
    AgendaItem,
    BlackoutPeriod,
    CancelReason,
    Channel,
    DelegationRequest,
    DelegationTheme,
    DepartmentCapacity,
    Desk,
    Level,
    Outcome,
    Rule,
    Status,
)
from .services import desk_rules, rules_snapshot

MODELS = [DelegationRequest, Desk]

KK = "Københavns Kommune"
SEED = 412
REQUESTS_LAST_YEAR = 412
RECENT_DAYS = 60  # this year's requests: the last weeks only
REASON = "Demo data"

# (Danish name, English name, host department abbreviation or None for the desk itself, weight)
THEMES = [
    ("Klimatilpasning og skybrud", "Climate adaptation and cloudbursts", "TMF", 16),
    ("Cykelinfrastruktur", "Cycling infrastructure", "TMF", 15),
    ("Byudvikling og havneomdannelse", "Urban development and the harbour", "TMF", 12),
    ("Affald, energi og CO2-neutralitet", "Waste, energy and carbon neutrality", "TMF", 8),
    ("Beskæftigelse og jobcentre", "Employment and job centres", "BIF", 7),
    ("Ældrepleje og sundhedsfremme", "Care for the elderly and health promotion", "SUF", 8),
    ("Dagtilbud og folkeskole", "Day care and schools", "BUF", 8),
    ("Biblioteker, kultur og idræt", "Libraries, culture and sport", "KFF", 6),
    ("Socialt arbejde og hjemløshed", "Social work and homelessness", "SOF", 5),
    ("Bystyre, demokrati og digitalisering", "City government, democracy and digital services", None, 6),
]
# ISO country → (cities, weight)
COUNTRIES = {
    "CN": (["Beijing", "Shanghai", "Shenzhen", "Chengdu"], 14), "KR": (["Seoul", "Busan"], 8),
    "JP": (["Tokyo", "Osaka", "Yokohama"], 8), "DE": (["Hamburg", "Berlin", "München", "Köln"], 11),
    "SE": (["Göteborg", "Stockholm", "Malmö"], 7), "NO": (["Oslo", "Bergen"], 5), "FI": (["Helsinki"], 3),
    "NL": (["Amsterdam", "Rotterdam"], 6), "GB": (["London", "Manchester"], 6), "FR": (["Paris", "Lyon"], 4),
    "US": (["New York", "Seattle", "Chicago", "Portland"], 9), "CA": (["Toronto", "Vancouver"], 3),
    "AU": (["Melbourne", "Sydney"], 3), "BR": (["São Paulo", "Curitiba"], 3), "AR": (["Buenos Aires"], 2),
    "IN": (["Pune", "Bangalore"], 3), "ZA": (["Cape Town", "Tshwane"], 2), "PL": (["Warszawa", "Gdańsk"], 3),
    "UA": (["Kyiv", "Lviv"], 2), "TW": (["Taipei"], 2), "SG": (["Singapore"], 2), "IS": (["Reykjavík"], 1),
}
KINDS = [("municipality", 35, "City of {city}"), ("authority", 20, "{city} Planning and Environment Agency"),
         ("university", 18, "{city} University of Technology"), ("company", 12, "{city} Engineering Group"),
         ("association", 10, "{city} Association of Urban Planners"), ("other", 5, "Study tour from {city}")]
LEVELS = [(Level.PROFESSIONAL, 55), (Level.MANAGEMENT, 20), (Level.POLITICAL, 15), (Level.STUDENTS, 10)]
# More requests in spring and autumn, few in July and December.
MONTH_WEIGHTS = [6, 8, 10, 11, 11, 9, 3, 6, 11, 12, 9, 4]
WISHES = [
    "We would like to learn how the city plans and finances its work on {theme}, and to see examples.",
    "Our delegation is preparing a strategy on {theme} and would like to meet the people behind yours.",
    "A study visit on {theme}: the results so far, what did not work, and how citizens take part.",
]


def load(loader: Any) -> None:
    department = loader.department(KK, "ØKF")
    loader.result.notes.append(f"Delegation request form of {KK}: {loader.address}/delegation/"
                               f"{department.municipality.slug}/ (in English: add ?lang=en)")
    if Desk.objects.filter(municipality=department.municipality).exists():
        return  # loaded before (or a real desk exists): the demo adds nothing
    desk = loader.ensure(Desk, {"municipality": department.municipality, "department": department}, {
        "email": "delegationer@example.org", "min_lead_days": 28, "min_size": 3, "max_size": 40,
        "accepted_levels": [Level.POLITICAL, Level.MANAGEMENT, Level.PROFESSIONAL, Level.STUDENTS],
        "retention_days": 365})
    _rules(loader, desk)
    requests = _requests(loader, desk)
    loader.result.created[str(DelegationRequest._meta.verbose_name_plural)] += len(requests)


def _rules(loader: Any, desk: Desk) -> None:
    strategy_theme = StrategyTheme.objects.filter(strategy__department__municipality=desk.municipality,
                                                  name__icontains="delegation").first()
    for name, name_en, abbreviation, _weight in THEMES:
        DelegationTheme.objects.create(
            desk=desk, name=name, name_en=name_en, strategy_theme=strategy_theme,
            department=loader.department(KK, abbreviation) if abbreviation else None)
    for abbreviation, per_week, per_month in [("TMF", 4, 14), ("BIF", 2, 6), ("SUF", 2, 6), ("BUF", 2, 5),
                                              ("KFF", 2, 6), ("SOF", 1, 4), ("ØKF", 2, 6)]:
        DepartmentCapacity.objects.create(desk=desk, department=loader.department(KK, abbreviation),
                                          per_week=per_week, per_month=per_month)
    for year in (loader.today.year - 1, loader.today.year):
        BlackoutPeriod.objects.create(desk=desk, start=dt.date(year, 7, 1), end=dt.date(year, 7, 31),
                                      reason="Sommerferie")
        BlackoutPeriod.objects.create(desk=desk, start=dt.date(year, 12, 20), end=dt.date(year + 1, 1, 2),
                                      reason="Jul og nytår")


def _pick(rng: random.Random, weighted: list[tuple[Any, int]]) -> Any:
    return rng.choices([item for item, _w in weighted], weights=[w for _i, w in weighted])[0]


def _requests(loader: Any, desk: Desk) -> list[DelegationRequest]:
    rng = random.Random(SEED)
    today = loader.today
    themes = list(desk.themes.order_by("pk"))
    weights = {t.name: w for t_name, _en, _d, w in THEMES for t in themes if t.name == t_name}
    rules = desk_rules(desk)
    cities: dict[tuple[str, str], Any] = {}
    snapshot = rules_snapshot(desk)
    load = screening.Load()
    received = sorted(_received_days(rng, today))
    requests, chosen = [], []
    aside = random.Random(SEED + 1)  # channels and cancellations, drawn apart so the requests stay as they were
    for number, day in enumerate(received, start=1):
        request, wanted = _request(rng, desk, themes, weights, day, number, today)
        _channel(aside, request, loader.actor)
        suggestion = screening.screen(_application(request, wanted), rules, load)
        _decide(rng, request, wanted, suggestion, loader, today, load, cities)
        _cancelled_perhaps(aside, request)
        request.screening_rules = snapshot
        requests.append(request)
        chosen.append(wanted)
    visits = [r._visit for r in requests if getattr(r, "_visit", None) is not None]
    bulk_create_with_history(visits, Visit, default_user=loader.actor, default_change_reason=REASON)
    for request in requests:
        if getattr(request, "_visit", None) is not None:
            request.visit = request._visit
    saved = bulk_create_with_history(requests, DelegationRequest, default_user=loader.actor,
                                     default_change_reason=REASON)
    links = [DelegationRequest.themes.through(delegationrequest_id=r.pk, delegationtheme_id=t.pk)
             for r, wanted in zip(saved, chosen, strict=True) for t in wanted]
    DelegationRequest.themes.through.objects.bulk_create(links)
    loader.result.created[str(Visit._meta.verbose_name_plural)] += len(visits)
    _programmes(loader, saved, today)
    return saved


def _received_days(rng: random.Random, today: dt.date) -> list[dt.date]:
    """412 days of receipt in the previous calendar year, and the last weeks' at the same pace (the open queue and
    the coming visits)."""
    last_year = today.year - 1
    days = []
    for _n in range(REQUESTS_LAST_YEAR):
        month = rng.choices(range(1, 13), weights=MONTH_WEIGHTS)[0]
        days.append(dt.date(last_year, month, rng.randint(1, 28)))
    recent = min(RECENT_DAYS, (today - dt.date(today.year, 1, 1)).days)
    for _n in range(REQUESTS_LAST_YEAR * recent // 365):
        days.append(today - dt.timedelta(days=rng.randint(0, recent)))
    return days


def _request(rng: random.Random, desk: Desk, themes: list[DelegationTheme], weights: dict[str, int],
             day: dt.date, number: int, today: dt.date) -> tuple[DelegationRequest, list[DelegationTheme]]:
    country = _pick(rng, [(code, w) for code, (_cities, w) in COUNTRIES.items()])
    city = rng.choice(COUNTRIES[country][0])
    kind, pattern = _pick(rng, [((k, p), w) for k, w, p in KINDS])
    wanted = rng.sample(themes, k=1 if rng.random() < .7 else 2, counts=[weights[t.name] for t in themes])
    wanted = list(dict.fromkeys(wanted))
    lead = rng.choice([10, 14, 20, 25] if rng.random() < .14 else range(30, 150, 5))
    start = day + dt.timedelta(days=lead)
    size = rng.randint(41, 70) if rng.random() < .06 else rng.randint(4, 30)
    submitted = timezone.make_aware(dt.datetime.combine(day, dt.time(rng.randint(7, 22), rng.randint(0, 59))))
    erased = (today - day).days > desk.retention_days
    request = DelegationRequest(
        department_id=desk.department_id, source_kind=SourceKind.DEMO, channel="form",
        language="da" if country in ("NO", "SE", "IS") and rng.random() < .3 else "en",
        submitted_at=submitted, consent_at=submitted, organisation_name=pattern.format(city=city),
        organisation_kind=kind, country=country, city_name=city, size=size, level=_pick(rng, LEVELS),
        wishes=rng.choice(WISHES).format(theme=wanted[0].name_en.lower()), preferred_start=start,
        preferred_end=start + dt.timedelta(days=rng.choice([0, 0, 2, 4, 7, 14])), languages="English",
        contact_name="" if erased else f"Opdigtet kontakt {number}",
        contact_email="" if erased else f"kontakt{number}@example.org",
        erased_at=timezone.make_aware(dt.datetime.combine(day + dt.timedelta(days=desk.retention_days),
                                                          dt.time(3))) if erased else None)
    return request, wanted


def _application(request: DelegationRequest, wanted: list[DelegationTheme]) -> screening.Application:
    return screening.Application(received=timezone.localdate(request.submitted_at), size=request.size,
                                 level=request.level, country=request.country,
                                 themes=frozenset(t.pk for t in wanted), preferred_start=request.preferred_start,
                                 preferred_end=request.preferred_end)


def _decide(rng: random.Random, request: DelegationRequest, wanted: list[DelegationTheme],
            suggestion: screening.Suggestion, loader: Any, today: dt.date, load: screening.Load,
            cities: dict[tuple[str, str], Any]) -> None:
    """The suggestion as a coordinator would mostly follow it; recent requests are still waiting."""
    request.suggestion = suggestion.outcome
    request.suggestion_reasons = [r.as_json() for r in suggestion.reasons]
    request.suggested_date = suggestion.date
    request.suggested_department_id = suggestion.department
    received = timezone.localdate(request.submitted_at)
    if (today - received).days < 12:
        request.status = Status.SCREENED if suggestion.outcome != Outcome.REFER or rng.random() < .5 \
            else Status.REFERRED
        if request.status == Status.REFERRED:
            request.department_id = suggestion.department
        return
    decided_at = timezone.make_aware(dt.datetime.combine(received + dt.timedelta(days=rng.randint(1, 9)),
                                                         dt.time(10)))
    request.decided_at, request.decided_by = decided_at, None
    accept = suggestion.outcome in (Outcome.ACCEPT, Outcome.REFER) and rng.random() < .9
    if not accept:
        failed = suggestion.failed()
        request.status, request.decision = Status.DECLINED, Outcome.DECLINE
        request.decline_reason = failed[0] if failed else Rule.CAPACITY
        return
    request.status, request.decision = Status.ACCEPTED, Outcome.ACCEPT
    request.department_id = suggestion.department
    start = suggestion.date
    load.add(suggestion.department, start)
    held = start < today
    if held:
        request.participants = max(request.size - rng.randint(0, 3), 1)
        request.status = Status.FOLLOWED_UP if rng.random() < .2 else Status.HELD
        if request.status == Status.FOLLOWED_UP:
            request.follow_up = "Opdigtet: aftale om et fagligt netværk og et genbesøg næste år."
    elif (start - today).days < 21:
        request.status = Status.PLANNED
    request._visit = Visit(
        department_id=suggestion.department, source_kind=SourceKind.DEMO, direction=Direction.INCOMING, start=start,
        city=_city(loader, cities, request.city_name, request.country), size=request.participants or request.size,
        organisation=None, theme=", ".join(t.name for t in wanted)[:200],
        notes="Opdigtet besøg fra delegationsmodtagelsens demodata.",
        status=VisitStatus.HELD if held else VisitStatus.CONFIRMED)


def _channel(rng: random.Random, request: DelegationRequest, actor: Any) -> None:
    """Most requests come through the form; the rest by e-mail, telephone or letter, entered by the staff."""
    channel = _pick(rng, [(Channel.FORM, 70), (Channel.EMAIL, 22), (Channel.PHONE, 6), (Channel.LETTER, 2)])
    if channel != Channel.FORM:
        request.channel, request.entered_by, request.consent_at = channel, actor, None


def _cancelled_perhaps(rng: random.Random, request: DelegationRequest) -> None:
    """One accepted visit in twenty is called off before its day (mostly by the delegation)."""
    if request.status not in (Status.HELD, Status.FOLLOWED_UP) or rng.random() >= .05:
        return
    visit = request._visit
    request.status, request.participants, request.follow_up = Status.CANCELLED, None, ""
    request.cancel_reason = _pick(rng, [(CancelReason.DELEGATION, 7), (CancelReason.HOST, 2),
                                        (CancelReason.CIRCUMSTANCES, 1)])
    request.cancelled_at = timezone.make_aware(dt.datetime.combine(
        visit.start - dt.timedelta(days=rng.randint(2, 20)), dt.time(11)))
    visit.status, visit.size = VisitStatus.CANCELLED, request.size


def _city(loader: Any, cities: dict[tuple[str, str], Any], name: str, country: str) -> Any:
    """Each city looked up once (the lookup reads the place index)."""
    if (name, country) not in cities:
        cities[(name, country)] = loader.city(name, country)
    return cities[(name, country)]


def _programmes(loader: Any, requests: list[DelegationRequest], today: dt.date) -> None:
    """A programme for every visit marked planned, and for a few accepted ones of the coming weeks being planned."""
    zone = timezone.get_current_timezone()
    coming = [r for r in requests if r.status in COMING_STATUSES and r.visit_id and r.visit.start >= today]
    upcoming = [r for r in coming if r.status == Status.PLANNED] + [r for r in coming
                                                                    if r.status == Status.ACCEPTED][:3]
    for request in upcoming:
        day = request.visit.start
        for hour, minutes, topic, place in [(9, 60, "Velkomst og præsentation", "Rådhuset, mødelokale 2"),
                                            (10, 90, "Besøg på stedet", "Efter aftale"),
                                            (12, 45, "Frokost og spørgsmål", "Rådhuset")]:
            starts = dt.datetime.combine(day, dt.time(hour), tzinfo=zone)
            item = AgendaItem(request=request, starts_at=starts, ends_at=starts + dt.timedelta(minutes=minutes),
                              topic=topic, place=place)
            item._history_user = loader.actor
            item.save()
