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

from udsyn.core.forms import QuickSelect
from udsyn.core.limits import id_param
from udsyn.core.permissions import is_installation_admin
from udsyn.core.registry import visible_to
from udsyn.dashboard import figures
from udsyn.organisations.models import Municipality

ALL_MUNICIPALITIES = "all"
NO_MUNICIPALITY = 0


def visible_municipalities(user: Any) -> list[Municipality]:
    return list(visible_to(user, Municipality.objects.all()))


def may_choose_municipality(user: Any) -> bool:
    """Users who see several municipalities (installation administrators, regional readers) choose which one."""
    return len(visible_municipalities(user)) > 1


def may_see_all(user: Any) -> bool:
    """The figures of every municipality together: only for those who see every municipality."""
    return is_installation_admin(user)


class DashboardForm(forms.Form):
    """Which municipality the figures are for, and from which year external funding is summed."""

    municipality = forms.ChoiceField(label=_("Municipality"), required=False, widget=QuickSelect)
    since = forms.TypedChoiceField(label=_("External funding since"), coerce=int, required=False, empty_value=None,
                                   widget=QuickSelect)

    def __init__(self, *args: Any, years: list[int], user: Any, municipalities: list[Municipality],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        every = [(ALL_MUNICIPALITIES, _("All municipalities"))] if may_see_all(user) else []
        self.fields["municipality"].choices = every + [(str(m.pk), m.name) for m in municipalities]
        self.fields["since"].choices = [(year, year) for year in years]


def _municipality(request: HttpRequest, visible: list[Municipality]) -> tuple[Municipality | None, bool]:
    """The municipality to show (None: all) and whether the user may choose another one, of the `visible` ones."""
    user = request.user
    own = user.municipality if user.municipality_id else (None if may_see_all(user) else next(iter(visible), None))
    wanted = request.GET.get("municipality", "")
    wanted_id = id_param(wanted, "municipality") if wanted != ALL_MUNICIPALITIES else None  # 400 when no id
    if len(visible) < 2:
        return own, False
    if wanted == ALL_MUNICIPALITIES and may_see_all(user):
        return None, True
    return next((m for m in visible if m.pk == wanted_id), own), True


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


def _earliest_year(request: HttpRequest, state: Any, first_year: int | None, may_choose: bool,
                   visible: list[Municipality]) -> int | None:
    """The first funded year of every municipality the user sees, so a year chosen for one stays valid for another."""
    if may_see_all(request.user):
        return figures.cached(state, "first year", "all", compute=figures.first_funded_year)
    if not may_choose:
        return first_year
    years = [figures.cached(state, "first year", m.pk, compute=lambda m=m: figures.first_funded_year(municipality=m))
             for m in visible]
    return min((y for y in years if y), default=None)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    on = dt.date.today()
    visible = visible_municipalities(request.user)  # read once: the choice, the form and the years ask for them
    municipality, may_choose = _municipality(request, visible)
    state = figures.register_state()  # the figures are computed again only when the register changed
    # None sums every municipality (installation administrators only); a user of no municipality sees the figures of
    # none (0 is no municipality's id).
    scope = municipality.pk if municipality else (None if may_see_all(request.user) else NO_MUNICIPALITY)
    first_year = figures.cached(state, "first year", scope,
                                compute=lambda: figures.first_funded_year(municipality=scope))
    earliest = _earliest_year(request, state, first_year, may_choose, visible)
    years = list(range(earliest, on.year + 1)) if earliest else []
    # Always bound, so the selects show what the figures are for even when the address names neither.
    form = DashboardForm({"municipality": str(municipality.pk) if municipality else ALL_MUNICIPALITIES,
                          "since": request.GET.get("since") or first_year or ""}, years=years, user=request.user,
                         municipalities=visible)
    if not may_choose:
        del form.fields["municipality"]
    since = form.cleaned_data.get("since") if form.is_valid() else None
    context = dict(figures.cached(state, "headline", scope, since, on,
                                  compute=lambda: figures.headline(on, municipality=scope, since=since)))
    links = _links(municipality, on)
    context.update(municipality=municipality, form=form, may_choose=may_choose, links=links,
                   lists_scoped=all(link["scoped"] for link in links.values()))
    return render(request, "dashboard/index.html", context)
