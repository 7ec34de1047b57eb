"""Forms for a strategy and its parts. A part (theme, goal, indicator, measurement) belongs to its parent, which the
page gives; its department is the parent's unless the user picks another (e.g. an indicator measured by another
department)."""

from __future__ import annotations

from typing import Any

from django.db.models import Max, Model
from django.utils.translation import gettext_lazy as _

from udsyn.core.forms import RecordForm

from .models import Goal, Indicator, Measurement, Strategy, Theme

# The parent of each part of a strategy.
PARENT_FIELD = {Theme: "strategy", Goal: "theme", Indicator: "goal", Measurement: "indicator"}


class StrategyForm(RecordForm):
    class Meta:
        model = Strategy
        fields = ["name", "department", "adopted_on", "horizon_year", "description", "internal"]
        help_texts = {"horizon_year": _("The year the strategy looks towards, e.g. 2030.")}


class PartForm(RecordForm):
    """A part of a strategy. Pass `parent=` when adding one; when editing, the parent is the record's."""

    def __init__(self, *args: Any, parent: Model | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        field = PARENT_FIELD[self._meta.model]
        self.parent = parent if parent is not None else getattr(self.instance, field)
        department = self.fields.get("department")
        if department is not None:
            department.required = False
            department.help_text = _("Leave empty to use the department of “%(parent)s”.") % {"parent": self.parent}
            if not self.instance.pk:
                department.initial = self.parent.department_id

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if "department" in self.fields and not data.get("department"):
            data["department"] = self.parent.department
        return data


class ThemeForm(PartForm):
    class Meta:
        model = Theme
        fields = ["number", "name", "department", "internal"]
        help_texts = {"number": _("The theme's number in the strategy; themes are shown in this order.")}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            last = self.parent.themes.aggregate(last=Max("number"))["last"]
            self.fields["number"].initial = (last or 0) + 1


class GoalForm(PartForm):
    class Meta:
        model = Goal
        fields = ["text", "department", "internal"]


class IndicatorForm(PartForm):
    class Meta:
        model = Indicator
        fields = ["name", "unit", "baseline", "baseline_year", "target", "deadline", "direction", "method",
                  "department", "internal"]
        help_texts = {
            "unit": _("What is counted, e.g. conferences, mio. kr., visitors."),
            "baseline": _("The value when the strategy started."),
            "baseline_year": _("The year of the baseline. The expected path runs from the end of this year to the "
                               "target at the deadline."),
            "target": _("The value to reach by the deadline."),
            "method": _("How and by whom the value is measured."),
        }


class MeasurementForm(PartForm):
    class Meta:
        model = Measurement
        # no department: a measurement belongs to its indicator's department (the page sets it)
        fields = ["date", "value", "source", "comment", "internal"]
        help_texts = {"date": _("The day the value applies to, e.g. the end of the year or half-year.")}

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        date = data.get("date")
        others = Measurement.objects.filter(indicator=self.parent, date=date).exclude(pk=self.instance.pk)
        if date and others.exists():
            self.add_error("date", _("This indicator already has a measurement on that date. Change that one "
                                     "instead."))
        return data
