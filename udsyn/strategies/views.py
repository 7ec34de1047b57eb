"""Pages for strategies: the list, a strategy with its tree of themes → goals → indicators and their status, an
indicator with its measurements, and the forms for every part.

A part of a strategy (theme, goal, indicator, measurement) is added from its parent's page, which the URL names;
whoever may change the parent may add to it. The part takes the parent's department unless the user picks another.
The status of an indicator is the documented rule in udsyn.strategies.status.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import partial
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Model, Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from udsyn.core.generic import (
    Column,
    RecordCreateView,
    RecordDeleteView,
    RecordDetailView,
    RecordListView,
    RecordUpdateView,
    record_url,
    user_can_edit,
)
from udsyn.core.registry import visible_to

from .filters import StrategyFilterSet
from .forms import PARENT_FIELD, GoalForm, IndicatorForm, MeasurementForm, StrategyForm, ThemeForm
from .models import Goal, Indicator, Measurement, Strategy, Theme
from .status import Progress, TrackStatus, goal_status, progress

# ---------------------------------------------------------------------------------------------------------------
# Where a part sits in its strategy
# ---------------------------------------------------------------------------------------------------------------


def parent_of(record: Model) -> Model | None:
    field = PARENT_FIELD.get(type(record))
    return getattr(record, field) if field else None


def lineage(record: Model) -> list[Model]:
    """The strategy, then each part down to `record`."""
    chain = []
    while record is not None:
        chain.append(record)
        record = parent_of(record)
    return chain[::-1]


def trail(record: Model) -> list[dict[str, str]]:
    """Breadcrumbs from the list of strategies down to `record` (included)."""
    steps = [{"label": _("Strategies"), "url": reverse("strategy_list")}]
    return steps + [{"label": str(r), "url": record_url(r) or ""} for r in lineage(record)]


def location(record: Model) -> str:
    """The page where a record is best seen: themes and goals in their strategy's tree, measurements on their
    indicator's page."""
    if isinstance(record, Theme):
        return f"{record_url(record.strategy)}#theme-{record.pk}"
    if isinstance(record, Goal):
        return f"{record_url(record.theme.strategy)}#goal-{record.pk}"
    if isinstance(record, Measurement):
        return f"{record_url(record.indicator)}#measurements"
    return record_url(record) or reverse("strategy_list")


# ---------------------------------------------------------------------------------------------------------------
# Status
# ---------------------------------------------------------------------------------------------------------------


def indicator_rows(indicators: list[Indicator], on: dt.date | None = None) -> list[dict[str, Any]]:
    """Each indicator with its progress by the rule (measurements prefetched, or one query each)."""
    return [{"record": i, "progress": progress(i, on, i.measurements.all())} for i in indicators]


def status_counts(statuses: list[TrackStatus]) -> list[dict[str, Any]]:
    counted = Counter(statuses)
    return [{"status": s, "count": counted[s]} for s in TrackStatus]


def strategy_tree(strategy: Strategy, on: dt.date | None = None) -> tuple[list[dict[str, Any]], list[TrackStatus]]:
    """Themes → goals → indicators with the status of each goal and indicator; and all indicator statuses."""
    themes = strategy.themes.order_by("number", "pk").prefetch_related(
        Prefetch("goals", Goal.objects.order_by("pk").prefetch_related(
            Prefetch("indicators", Indicator.objects.order_by("name", "pk").prefetch_related("measurements")))))
    tree, statuses = [], []
    for theme in themes:
        goals = []
        for goal in theme.goals.all():
            rows = indicator_rows(list(goal.indicators.all()), on)
            statuses += [row["progress"].status for row in rows]
            goals.append({"record": goal, "status": goal_status(row["progress"].status for row in rows),
                          "indicators": rows})
        tree.append({"record": theme, "goals": goals})
    return tree, statuses


# ---------------------------------------------------------------------------------------------------------------
# Strategy
# ---------------------------------------------------------------------------------------------------------------


class StrategyList(RecordListView):
    model = Strategy
    filterset_class = StrategyFilterSet
    columns = [
        Column("name", link=True),
        Column("department__municipality", label=gettext_lazy("Municipality"),
               order_by="department__municipality__name"),
        Column("department", order_by="department__name"),
        Column("adopted_on"),
        Column("horizon_year"),
        Column("indicator_count", label=gettext_lazy("Indicators")),
        Column("status_summary", label=gettext_lazy("Status of the indicators"), sortable=False),
    ]

    def get_queryset(self) -> QuerySet:
        # an aggregate drops Meta.ordering, so the order is stated again
        return (super().get_queryset().select_related("department__municipality")
                .annotate(indicator_count=Count("themes__goals__indicators", distinct=True)).order_by("name", "pk"))

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        records = list(context["records"])
        indicators = (Indicator.objects.filter(goal__theme__strategy__in=records)
                      .select_related("goal__theme").prefetch_related("measurements"))
        by_strategy: dict[int, list[TrackStatus]] = {}
        for row in indicator_rows(list(indicators)):
            by_strategy.setdefault(row["record"].goal.theme.strategy_id, []).append(row["progress"].status)
        for record in records:
            counts = status_counts(by_strategy.get(record.pk, []))
            record.status_summary = " · ".join(f"{c['status'].label}: {c['count']}" for c in counts) \
                if record.pk in by_strategy else ""
        context["records"] = records
        return context


class StrategyDetail(RecordDetailView):
    model = Strategy
    fields = ["name", "department__municipality", "department", "adopted_on", "horizon_year", "description"]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        strategy = context["record"]
        tree, statuses = strategy_tree(strategy)
        editable = user_can_edit(self.request.user, strategy)
        context.update(tree=tree, counts=status_counts(statuses), indicator_total=len(statuses),
                       add_theme_url=reverse("theme_add", args=[strategy.pk]) if editable else None)
        return context


class StrategyCreate(RecordCreateView):
    model = Strategy
    form_class = StrategyForm


class StrategyUpdate(RecordUpdateView):
    model = Strategy
    form_class = StrategyForm


class StrategyDelete(RecordDeleteView):
    model = Strategy


# ---------------------------------------------------------------------------------------------------------------
# Parts: theme, goal, indicator, measurement
# ---------------------------------------------------------------------------------------------------------------

CHILD = {Strategy: ("theme_add", gettext_lazy("Add theme")), Theme: ("goal_add", gettext_lazy("Add goal")),
         Goal: ("indicator_add", gettext_lazy("Add indicator"))}  # measurements: a form on the indicator page


def add_child_link(user: Any, record: Model) -> dict[str, str] | None:
    """The button to add a part under `record`, for those who may change it."""
    if type(record) not in CHILD or not user_can_edit(user, record):
        return None
    name, label = CHILD[type(record)]
    return {"url": reverse(name, args=[record.pk]), "label": str(label)}


class PartDetail(RecordDetailView):
    """A theme, goal or measurement with its fields, its parts and its history."""

    template_name = "strategies/part_detail.html"
    children_label = ""

    def get_template_names(self) -> list[str]:
        return [self.template_name]

    def children(self, record: Model) -> list[dict[str, Any]]:
        return []

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        record = context["record"]
        context.update(trail=trail(record)[:-1], children=self.children(record), children_label=self.children_label,
                       add_child=add_child_link(self.request.user, record),
                       back_url=location(record) if isinstance(record, Theme | Goal) else None)
        return context


class ThemeDetail(PartDetail):
    model = Theme
    children_label = gettext_lazy("Goals")
    fields = ["strategy", "number", "name", "department"]

    def children(self, record: Theme) -> list[dict[str, Any]]:
        goals = record.goals.order_by("pk").prefetch_related(
            Prefetch("indicators", Indicator.objects.prefetch_related("measurements")))
        return [{"record": goal, "status": goal_status(row["progress"].status
                                                       for row in indicator_rows(list(goal.indicators.all())))}
                for goal in goals]


class GoalDetail(PartDetail):
    model = Goal
    children_label = gettext_lazy("Indicators")
    fields = ["theme__strategy", "theme", "text", "department"]

    def children(self, record: Goal) -> list[dict[str, Any]]:
        rows = indicator_rows(list(record.indicators.order_by("name", "pk").prefetch_related("measurements")))
        return [{"record": row["record"], "status": row["progress"].status} for row in rows]


class MeasurementDetail(PartDetail):
    model = Measurement
    fields = ["indicator", "date", "value", "source", "comment", "department"]


class IndicatorDetail(PartDetail):
    model = Indicator
    template_name = "strategies/indicator_detail.html"
    fields = ["goal__theme__strategy", "goal", "name", "unit", "baseline", "baseline_year", "target", "deadline",
              "direction", "method", "department"]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(measurement_section(self.request, context["record"]))
        return context


def measurement_section(request: HttpRequest, indicator: Indicator, form: MeasurementForm | None = None,
                        added: Measurement | None = None) -> dict[str, Any]:
    """What the measurements part of an indicator page shows: status by the rule, the table and the add form."""
    measurements = list(indicator.measurements.order_by("-date"))
    result: Progress = progress(indicator, measurements=measurements)
    editable = user_can_edit(request.user, indicator)
    if editable and form is None:
        form = MeasurementForm(user=request.user, parent=indicator)
    return {"indicator": indicator, "progress": result, "measurements": measurements,
            "measurement_form": form if editable else None, "added": added,
            "add_measurement_url": reverse("measurement_add", args=[indicator.pk])}


class PartFormMixin:
    """Forms of the parts: breadcrumbs up to the strategy; after saving, back to where the part is shown."""

    template_name = "strategies/part_form.html"

    def get_template_names(self) -> list[str]:
        return [self.template_name]

    def render_form(self, form: Any, status: int = 200, **extra: Any) -> HttpResponse:
        record = getattr(self, "object", None)
        steps = trail(record) if record is not None else trail(self.parent)
        return super().render_form(form, status, trail=steps, cancel_url=location(record or self.parent), **extra)

    def success(self, record: Model, message: str) -> HttpResponse:
        super().success(record, message)
        return HttpResponseRedirect(location(record))


class PartCreate(PartFormMixin, RecordCreateView):
    """Add a part under the parent named in the URL (`parent`)."""

    part_form: type[Any]

    @property
    def parent_model(self) -> type[Model]:
        # the model the part's parent field points to: PARENT_FIELD is the one place that names that field
        return self.model._meta.get_field(PARENT_FIELD[self.model]).related_model

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated:
            self.parent = get_object_or_404(visible_to(request.user, self.parent_model._default_manager.all()),
                                            pk=kwargs["parent"])
            if not user_can_edit(request.user, self.parent):
                raise PermissionDenied(_("You may not add to “%(record)s”.") % {"record": self.parent})
            self.form_class = partial(self.part_form, parent=self.parent)
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self) -> dict[str, Any]:
        return {**super().get_initial(), "department": self.parent.department_id}

    def form_data(self, form: Any) -> dict[str, Any]:
        data = super().form_data(form)
        data[PARENT_FIELD[self.model]] = self.parent
        data.setdefault("department", self.parent.department)
        return data


class PartUpdate(PartFormMixin, RecordUpdateView):
    pass


class PartDelete(RecordDeleteView):
    """Delete a part, then go back to its parent."""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["cancel_url"] = location(self.object)
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        back = location(parent_of(self.object))
        response = super().post(request, *args, **kwargs)
        if not type(self.object).objects.filter(pk=self.object.pk).exists():
            return HttpResponseRedirect(back)
        return response


class ThemeCreate(PartCreate):
    model, part_form = Theme, ThemeForm


class ThemeUpdate(PartUpdate):
    model, form_class = Theme, ThemeForm


class ThemeDelete(PartDelete):
    model = Theme


class GoalCreate(PartCreate):
    model, part_form = Goal, GoalForm


class GoalUpdate(PartUpdate):
    model, form_class = Goal, GoalForm


class GoalDelete(PartDelete):
    model = Goal


class IndicatorCreate(PartCreate):
    model, part_form = Indicator, IndicatorForm


class IndicatorUpdate(PartUpdate):
    model, form_class = Indicator, IndicatorForm


class IndicatorDelete(PartDelete):
    model = Indicator


class MeasurementCreate(PartCreate):
    """Add a measurement. From the indicator page this is an HTMX request: the answer is the measurements part of
    the page again, with the new status, or with the form's errors."""

    model, part_form = Measurement, MeasurementForm
    section_template = "strategies/_measurements.html"

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.headers.get("HX-Request"):
            return super().post(request, *args, **kwargs)
        form = self.form_class(request.POST, user=request.user)
        added = None
        if form.is_valid():
            try:
                added = self.save(form)
            except ValidationError as error:
                self.add_validation_errors(form, error)
        # htmx swaps only successful answers, so errors come back with 200 too, shown in the form
        if added is not None:
            return render(request, self.section_template, measurement_section(request, self.parent, added=added))
        return render(request, self.section_template, measurement_section(request, self.parent, form=form))


class MeasurementUpdate(PartUpdate):
    model, form_class = Measurement, MeasurementForm


class MeasurementDelete(PartDelete):
    model = Measurement
