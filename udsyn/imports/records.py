"""From a candidate to register data: what a network, partner or project candidate says, as the
values of the record it would become, and the shared reference rows (organisation, city,
programme) it needs. The services in udsyn.imports.services do the writing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from udsyn.core import history
from udsyn.core.money import CURRENCY_CODES
from udsyn.extraction.link import match_name
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Department, Organisation, OrganisationKind
from udsyn.partners.models import Partner, RelationKind
from udsyn.projects.models import Programme, Project

from . import matching
from .models import Candidate, RecordType

MODELS: dict[str, type[models.Model]] = {
    RecordType.NETWORK: Membership,
    RecordType.PARTNER: Partner,
    RecordType.PROJECT: Project,
}

# The fields a merge may fill on an existing record, per type (never owner, organisation or city).
MERGE_FIELDS: dict[str, tuple[str, ...]] = {
    RecordType.NETWORK: ("annual_fee", "fee_year", "start", "end", "purpose"),
    RecordType.PARTNER: ("signed_on", "themes", "activities"),
    RecordType.PROJECT: ("acronym", "programme", "start", "end", "total_budget", "external_funding",
                         "description"),
}
# A currency travels with its amount: filled only when the amount is.
CURRENCY_OF = {"annual_fee": "fee_currency", "total_budget": "budget_currency",
               "external_funding": "budget_currency"}

_KIND_WORDS = [
    (RelationKind.TWIN_CITY, ("twin", "venskab", "vänort", "vennskap")),
    (RelationKind.SISTER_CITY, ("sister", "søster", "soster")),
    (RelationKind.MOU, ("memorand", "mou", "hensigts")),
    (RelationKind.PROJECT_PARTNER, ("project", "projekt")),
    (RelationKind.COOPERATION, ("cooperation", "samarbejd", "partner", "aftale", "agreement", "strategic")),
]


# ---------------------------------------------------------------- small parsers


def to_decimal(value: Any) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, dict):
        return to_decimal(value.get("value"))
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def currency_of(value: Any, default: str = "DKK") -> str:
    code = value.get("currency") if isinstance(value, dict) else value
    code = (code or "").upper()
    return code if code in CURRENCY_CODES else default


def to_date(value: Any, *, end: bool = False) -> dt.date | None:
    """'2019', '2019-11' or '2019-11-05' → a date; a year or month alone → its first (or last) day."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*", str(value))
    if not match:
        return None
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            month = int(month)
            return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        return None


def relation_kind(text: Any) -> str:
    folded = matching.fold(str(text or ""))
    if folded in RelationKind.values:
        return folded
    for kind, words in _KIND_WORDS:
        if any(word in folded for word in words):
            return kind
    return RelationKind.COOPERATION


def _first(fields: dict, *names: str) -> Any:
    for name in names:
        if fields.get(name) not in (None, "", [], {}):
            return fields[name]
    return None


# ---------------------------------------------------------------- reference rows


def _named(name: Any, rows: list[tuple[Any, tuple[str, ...]]]) -> tuple[Any, float] | None:
    """The row whose name (or acronym) the extraction pipeline's linker says `name` denotes."""
    if not name or not rows:
        return None
    by_name: dict[str, Any] = {}
    for row, names in rows:
        for label in names:
            if label:
                by_name.setdefault(label, row)
    found = match_name(str(name), by_name)
    return (by_name[found.name], found.score) if found else None


def department_for(name: Any, municipality_id: int | None = None) -> Department | None:
    """The department a document names ('Teknik- og Miljøforvaltningen', '@konomiforvaltningen')."""
    departments = Department.objects.filter(municipality_id=municipality_id)
    found = _named(name, [(d, (d.name, d.short_name)) for d in departments]) if name else None
    return found[0] if found else None


def programme_for(name: Any) -> Programme | None:
    """The programme of the managed list a document names ('Horizon2020', 'Interreg ÖKS')."""
    if not name:
        return None
    programmes = list(Programme.objects.all())
    found = _named(name, [(p, (p.name,)) for p in programmes])
    if found:
        return found[0]
    # 'Interreg' alone names a family; choose it only when the family has one programme.
    family = [p for p in programmes if p.family and matching.fold(p.family) == matching.fold(str(name))]
    return family[0] if len(family) == 1 else None


def organisation_get_or_create(name: str, *, acting_user: Any, kind: str = OrganisationKind.NETWORK,
                               country: str = "") -> Organisation:
    """The organisation called `name` (or by that acronym, or nearly that name), created when new."""
    found = _named(name, [(o, (o.name, o.acronym)) for o in Organisation.objects.all()])
    if found:
        return found[0]
    organisation = Organisation(name=name.strip()[:200], kind=kind, country=(country or "")[:2].upper())
    organisation.full_clean()
    organisation._history_user = acting_user
    organisation._change_reason = history.reason(gettext_noop("Created when a document candidate was accepted"))
    organisation.save()
    return organisation


def city_for(name: str, country: Any, *, as_written: bool = False) -> Any:
    """The City for a partner candidate; a clear ValidationError when it cannot be placed."""
    from udsyn.organisations.places import CityNotFound, city_get_or_create

    try:
        return city_get_or_create(name, country or None, as_written=as_written)
    except CityNotFound as exc:
        raise ValidationError({"country": _("No city called “%(name)s” is known; give its country to add it.")
                               % {"name": name}}) from exc
    except ValueError as exc:
        raise ValidationError({"country": _("Unknown country “%(country)s”.") % {"country": country}}) from exc


# ---------------------------------------------------------------- candidate → values


def proposed_values(candidate: Candidate) -> dict[str, Any]:
    """What the candidate proposes, as plain values for the review form and the record."""
    f = candidate.fields or {}
    values: dict[str, Any] = {"name": candidate.name}
    if candidate.record_type == RecordType.NETWORK:
        fee = _first(f, "annual_fee", "fee", "amount")  # the pipeline attaches the fee stated with the network
        values.update(
            annual_fee=to_decimal(fee) if fee is not None else candidate.value,
            fee_currency=currency_of(fee, currency_of(candidate.currency)),
            fee_year=_year(_first(f, "fee_year", "year")),
            start=to_date(_first(f, "period_start", "start", "since")),
            end=to_date(_first(f, "period_end", "end"), end=True),
            purpose=str(_first(f, "purpose", "description") or ""),
        )
    elif candidate.record_type == RecordType.PARTNER:
        values.update(
            country=str(_first(f, "country") or ""),
            kind=relation_kind(_first(f, "kind", "relation")),
            signed_on=to_date(_first(f, "signed_on", "since", "period_start", "start")),
            themes=", ".join(t for t in f.get("themes", [])) if isinstance(f.get("themes"), list)
            else str(f.get("themes") or ""),
            institution=_institution(f),
        )
        if f.get("institution") is True:
            # The pipeline's flag: the proposal's name is an institution abroad, and its city (when it read one)
            # is the town where it sits; the register's partner is that city with the institution.
            values.update(name=str(f.get("city") or ""), institution=candidate.name)
    elif candidate.record_type == RecordType.PROJECT:
        budget = _first(f, "total_budget", "budget")
        funding = _first(f, "external_funding", "eu_contribution", "grant", "funding")
        money = budget if budget is not None else funding
        values.update(
            acronym=str(_first(f, "acronym") or ""),
            programme=programme_for(_first(f, "programme", "program")),
            programme_text=str(_first(f, "programme", "program") or ""),
            start=to_date(_first(f, "period_start", "start")),
            end=to_date(_first(f, "period_end", "end"), end=True),
            total_budget=to_decimal(budget),
            external_funding=to_decimal(funding),
            budget_currency=currency_of(money, currency_of(candidate.currency)),
            role=str(_first(f, "role") or ""),
            description=str(_first(f, "description", "what") or ""),
        )
    return values


def _institution(fields: dict[str, Any]) -> str:
    """The institution's name when the fields give one (a yes/no flag is no name)."""
    value = _first(fields, "institution")
    return value.strip() if isinstance(value, str) else ""


def _year(value: Any) -> int | None:
    try:
        year = int(str(value)[:4])
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2200 else None


def record_data(candidate: Candidate, values: dict[str, Any], *, acting_user: Any) -> dict[str, Any]:
    """Model field values for a new record of the candidate's type (creating reference rows it needs)."""
    name = (values.get("name") or "").strip()
    kind = candidate.record_type
    if not name and kind == RecordType.PARTNER and values.get("institution"):
        raise ValidationError({"name": _("Give the city %(institution)s is in.") % {
            "institution": values["institution"]}})
    if not name:
        raise ValidationError({"name": _("Give the record a name.")})
    if kind == RecordType.NETWORK:
        organisation = organisation_get_or_create(name, acting_user=acting_user)
        return _drop_empty({
            "organisation": organisation, "annual_fee": values.get("annual_fee"),
            "fee_currency": values.get("fee_currency") or "DKK", "fee_year": values.get("fee_year"),
            "start": values.get("start"), "end": values.get("end"), "purpose": values.get("purpose"),
        })
    if kind == RecordType.PARTNER:
        # A name the reviewer typed is kept as written (Göteborg); the document's own may be OCR-damaged.
        data = {"city": city_for(name, values.get("country"), as_written=bool(values.get("name_as_written"))),
                "kind": values.get("kind")
                or RelationKind.COOPERATION, "signed_on": values.get("signed_on"), "themes": values.get("themes")}
        if values.get("institution"):
            data["institution"] = organisation_get_or_create(values["institution"], acting_user=acting_user,
                                                             kind=OrganisationKind.OTHER)
        return _drop_empty(data)
    if kind == RecordType.PROJECT:
        description = values.get("description") or ""
        if not values.get("programme") and values.get("programme_text"):
            # Not on the managed list: keep what the document said for a coordinator to sort out.
            note = _("Programme named in the document: %(programme)s") % {"programme": values["programme_text"]}
            description = f"{description}\n{note}".strip()
        data = {"name": name[:250], "acronym": (values.get("acronym") or "")[:60],
                "programme": values.get("programme"), "start": values.get("start"), "end": values.get("end"),
                "total_budget": values.get("total_budget"), "external_funding": values.get("external_funding"),
                "budget_currency": values.get("budget_currency") or "DKK", "description": description}
        if values.get("role") in ("lead", "partner", "associated"):
            data["role"] = values["role"]
        return _drop_empty(data)
    raise ValidationError(_("A candidate of this type is evidence only and cannot become a record."))


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, "")}


def merge_data(candidate: Candidate, values: dict[str, Any], target: models.Model) -> dict[str, Any]:
    """The proposed values for the fields of `target` that are empty now (nothing else is touched)."""
    proposed = {k: v for k, v in values.items() if k in MERGE_FIELDS.get(candidate.record_type, ())}
    data = {}
    for field, value in proposed.items():
        if value in (None, "") or getattr(target, field) not in (None, ""):
            continue
        data[field] = value
        currency_field = CURRENCY_OF.get(field)
        if currency_field and values.get(currency_field):
            data[currency_field] = values[currency_field]
    return data


# ---------------------------------------------------------------- finding existing records

def existing_rows(record_type: str, municipality_id: int | None = None) -> list[tuple[models.Model, tuple[str, ...]]]:
    """The register records a candidate of `record_type` may already be, each with the names it goes by;
    with `municipality_id`, only that municipality's (another municipality's record is never a duplicate)."""
    model = MODELS.get(record_type)
    if model is None:
        return []
    related = {RecordType.NETWORK: ("organisation", "department"), RecordType.PARTNER: ("city", "institution",
                                                                                          "department"),
               RecordType.PROJECT: ("department",)}[record_type]
    # Without a municipality (a document imported before imports belonged to one) nothing is a duplicate.
    queryset = model.objects.select_related(*related).filter(department__municipality_id=municipality_id)
    return [row_of(record) for record in queryset]


def row_of(record: models.Model) -> tuple[models.Model, tuple[str, ...]]:
    """A register record with the names a document may call it by."""
    if isinstance(record, Membership):
        return record, (record.organisation.name, record.organisation.acronym)
    if isinstance(record, Partner):
        return record, (record.city.name, record.institution.name if record.institution_id else "")
    return record, (record.name, record.acronym)


def _names_for_matching(candidate: Candidate) -> list[str]:
    names = [candidate.name]
    fields = candidate.fields or {}
    if candidate.record_type == RecordType.PARTNER and fields.get("city"):
        names.append(str(fields["city"]))  # the pipeline's own reading of the city: Hamborg is stored as Hamburg
    if candidate.record_type == RecordType.PROJECT and fields.get("acronym"):
        names.append(str(fields["acronym"]))
    return list(dict.fromkeys(n for n in names if n))


def similar_records(candidate: Candidate, *, limit: int = 5,
                    existing: list | None = None) -> list[tuple[models.Model, float]]:
    """Register records that may be what the candidate describes, best first."""
    if existing is None:
        existing = existing_rows(candidate.record_type, candidate.batch.municipality_id)
    best: dict[models.Model, float] = {}
    for name in _names_for_matching(candidate):
        for record, score in matching.suggest(name, existing, limit=limit):
            best[record] = max(best.get(record, 0.0), score)
    return sorted(best.items(), key=lambda item: -item[1])[:limit]


class Match(NamedTuple):
    record: models.Model
    score: float
    likely: bool  # the name denotes the record (udsyn.extraction.link.match_name), not merely looks like it


def best_match(candidate: Candidate, rows: list, *, department_id: int | None = None) -> Match | None:
    """The record the candidate most likely is, else the most similar one (at least matching.SUGGEST_CUTOFF),
    else None. Of records with the same name, the one owned by `department_id` (default: the department the
    document names) is the likelier one."""
    if not candidate.is_acceptable or not candidate.name or not rows:
        return None
    owner = department_id or candidate.department_id
    rows = sorted(rows, key=lambda row: getattr(row[0], "department_id", None) != owner)
    best = None
    for name in _names_for_matching(candidate):
        found = _named(name, rows)
        if found and (best is None or found[1] > best[1]):
            best = found
    if best:
        return Match(best[0], best[1], True)
    similar = similar_records(candidate, existing=rows, limit=1)
    return Match(similar[0][0], similar[0][1], False) if similar else None


def link_candidates(candidates: list[Candidate], municipality_id: int | None = None) -> None:
    """Point each candidate at the register record it most likely is, if any (not saved here)."""
    existing: dict[str, list] = {}
    for candidate in candidates:
        if not candidate.is_acceptable or not candidate.name:
            continue
        if candidate.record_type not in existing:
            existing[candidate.record_type] = existing_rows(candidate.record_type, municipality_id)
        found = best_match(candidate, existing[candidate.record_type])
        if found and found.likely:
            record, score = found.record, found.score
            candidate.matched_type = ContentType.objects.get_for_model(record)
            candidate.matched_id = record.pk
            candidate.match_score = round(score, 1)
