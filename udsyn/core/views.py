from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from udsyn.accounts.models import Role
from udsyn.core import dashboard as figures
from udsyn.organisations.models import Municipality

ALL_MUNICIPALITIES = "all"


def may_choose_municipality(user: Any) -> bool:
    """Administrators, and users who belong to no municipality (regional users), may look at any municipality."""
    return user.is_superuser or user.role == Role.ADMINISTRATOR or user.municipality_id is None


class DashboardForm(forms.Form):
    """Which municipality the figures are for, and from which year external funding is summed."""

    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    since = forms.TypedChoiceField(label=_("External funding since"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = [(ALL_MUNICIPALITIES, _("All municipalities"))] + [
            (str(m.pk), m.name) for m in Municipality.objects.all()]
        self.fields["since"].choices = [(year, year) for year in years]


def _municipality(request: HttpRequest) -> tuple[Municipality | None, bool]:
    """The municipality to show (None: all) and whether the user may choose another one."""
    user = request.user
    own = user.department.municipality if user.department_id else None
    if not may_choose_municipality(user):
        return own, False
    wanted = request.GET.get("municipality", "")
    if wanted == ALL_MUNICIPALITIES:
        return None, True
    if wanted.isdigit():
        return Municipality.objects.filter(pk=int(wanted)).first() or own, True
    return own, True


def _list_link(url_name: str, filterset: Any, municipality: Municipality | None, **params: Any) -> dict[str, Any]:
    """A link to a list page filtered like the figure; `scoped` says whether the list can also narrow to the
    municipality (the list pages filter by what their FilterSet offers)."""
    scoped = municipality is None or "municipality" in filterset.base_filters
    if municipality is not None and scoped:
        params["municipality"] = municipality.pk
    return {"url": f"{reverse(url_name)}?{urlencode(params)}" if params else reverse(url_name), "scoped": scoped}


def _links(municipality: Municipality | None, on: dt.date) -> dict[str, dict[str, Any]]:
    from udsyn.memberships.filters import MembershipFilterSet
    from udsyn.partners.filters import PartnerFilterSet
    from udsyn.projects.filters import ProjectFilterSet
    from udsyn.strategies.filters import StrategyFilterSet

    return {
        "memberships": _list_link("membership_list", MembershipFilterSet, municipality, active_in=on.year),
        "partners": _list_link("partner_list", PartnerFilterSet, municipality, active="true"),
        "projects": _list_link("project_list", ProjectFilterSet, municipality, status="active", active_in=on.year),
        "strategies": _list_link("strategy_list", StrategyFilterSet, municipality),
    }


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    on = dt.date.today()
    municipality, may_choose = _municipality(request)
    first_year = figures.first_funded_year(municipality=municipality)
    # The years offered are every municipality's, so a year chosen for one municipality stays valid for another.
    earliest = figures.first_funded_year()
    years = list(range(earliest, on.year + 1)) if earliest else []
    # Always bound, so the selects show what the figures are for even when the address names neither.
    form = DashboardForm({"municipality": str(municipality.pk) if municipality else ALL_MUNICIPALITIES,
                          "since": request.GET.get("since") or first_year or ""}, years=years)
    if not may_choose:
        del form.fields["municipality"]
    since = form.cleaned_data.get("since") if form.is_valid() else None
    context = figures.headline(on, municipality=municipality, since=since)
    links = _links(municipality, on)
    context.update(municipality=municipality, form=form, may_choose=may_choose, links=links,
                   lists_scoped=all(link["scoped"] for link in links.values()))
    return render(request, "dashboard.html", context)
