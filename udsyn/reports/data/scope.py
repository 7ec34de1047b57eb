"""What a report covers: one municipality, some of its departments, a period from a year until a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db.models import Model, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from udsyn.organisations.models import Department, Municipality

# Without --since a report looks back over the last four years (a council term).
DEFAULT_YEARS_BACK = 4


class ScopeError(ValueError):
    """The chosen municipality, departments or period do not fit the register; the message says why."""


@dataclass(frozen=True)
class ReportScope:
    municipality: Municipality
    departments: tuple[Department, ...]
    since: int
    until: dt.date
    all_departments: bool = True

    @property
    def since_date(self) -> dt.date:
        return dt.date(self.since, 1, 1)

    @property
    def department_ids(self) -> list[int]:
        return [d.pk for d in self.departments]

    def records(self, model: type[Model]) -> QuerySet:
        """The records of `model` owned by the chosen departments."""
        return model.objects.filter(department_id__in=self.department_ids)


def _municipality(value: Municipality | str | None) -> Municipality:
    if isinstance(value, Municipality):
        return value
    if value:
        found = Municipality.objects.filter(name__iexact=value.strip()).first()
        if found is None:
            names = ", ".join(Municipality.objects.values_list("name", flat=True)) or "–"
            raise ScopeError(_("No municipality is called %(name)s. Known: %(names)s.") % {"name": value,
                                                                                       "names": names})
        return found
    municipalities = list(Municipality.objects.all()[:2])
    if not municipalities:
        raise ScopeError(_("The register has no municipality yet."))
    if len(municipalities) > 1:
        names = ", ".join(Municipality.objects.values_list("name", flat=True))
        raise ScopeError(_("The register has several municipalities: choose one of %(names)s.") % {"names": names})
    return municipalities[0]


def _departments(municipality: Municipality, chosen: Iterable[Department | str]) -> tuple[tuple[Department, ...], bool]:
    available = list(Department.objects.filter(municipality=municipality).order_by("name"))
    chosen = [c for c in chosen if c]
    if not chosen:
        return tuple(available), True
    picked: list[Department] = []
    for item in chosen:
        if isinstance(item, Department):
            match = next((d for d in available if d.pk == item.pk), None)
        else:
            wanted = item.strip().casefold()
            match = next((d for d in available
                          if d.name.casefold() == wanted or (d.short_name and d.short_name.casefold() == wanted)), None)
        if match is None:
            raise ScopeError(_("%(municipality)s has no department called %(name)s.")
                             % {"municipality": municipality, "name": item})
        if match not in picked:
            picked.append(match)
    picked.sort(key=lambda d: d.name)
    return tuple(picked), len(picked) == len(available)


def resolve_scope(municipality: Municipality | str | None = None, departments: Sequence[Department | str] = (),
                  since: int | None = None, until: dt.date | None = None) -> ReportScope:
    """Check the choices against the register and fill in the defaults (every department, today)."""
    found = _municipality(municipality)
    until = until or timezone.localdate()
    since = since if since is not None else until.year - DEFAULT_YEARS_BACK
    if since > until.year:
        raise ScopeError(_("The first year (%(since)s) comes after the reporting date (%(until)s).")
                         % {"since": since, "until": until.isoformat()})
    if since < 1900:
        raise ScopeError(_("Choose a first year from 1900 on."))
    chosen, every = _departments(found, departments)
    return ReportScope(municipality=found, departments=chosen, since=since, until=until, all_departments=every)
