"""The review queue's filters: what a reviewer narrows a long document's proposals to."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from udsyn.core.filters import BoundedFilterSet

from .models import ACCEPTABLE_TYPES, Candidate, RecordType

PROPOSALS = "proposals"
EVIDENCE = "evidence"
OPEN = "open"
ALL = "all"

# The queue opens on what awaits a decision, in the order of the document.
DEFAULTS = {"kind": PROPOSALS, "status": OPEN, "sort": "page"}

SORTS = {
    "page": ("start", "pk"),
    "-confidence": ("-confidence", "start", "pk"),
    "confidence": ("confidence", "start", "pk"),
}


class CandidateFilterSet(BoundedFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Type"), method="filter_kind", empty_label=None,
        choices=[(PROPOSALS, _("All proposals")), *[(t.value, t.label) for t in ACCEPTABLE_TYPES],
                 (EVIDENCE, _("Amounts, numbers and other evidence"))])
    status = django_filters.ChoiceFilter(
        label=_("Status"), method="filter_status", empty_label=None,
        choices=[(OPEN, _("Awaiting review")), (Candidate.Status.ACCEPTED, _("Accepted")),
                 (Candidate.Status.MERGED, _("Merged")), (Candidate.Status.REJECTED, _("Rejected")),
                 (ALL, _("All"))])
    confidence = django_filters.ChoiceFilter(
        label=_("Confidence"), method="filter_confidence", empty_label=_("Any"),
        # Plain text, not %-formatted; without the marks xgettext reads '% o' as a format and fuzzies the Danish.
        choices=[
            # xgettext:no-python-format
            ("90", _("90 % or more")),
            # xgettext:no-python-format
            ("80", _("80 % or more")),
            # xgettext:no-python-format
            ("70", _("70 % or more")),
            ("below70", _("Below 70 %")),
        ])
    page_from = django_filters.NumberFilter(label=_("From page"), field_name="page", lookup_expr="gte", min_value=1)
    page_to = django_filters.NumberFilter(label=_("To page"), field_name="page", lookup_expr="lte", min_value=1)
    sort = django_filters.ChoiceFilter(
        label=_("Order"), method="filter_sort", empty_label=None,
        choices=[("page", _("As in the document")), ("-confidence", _("Most certain first")),
                 ("confidence", _("Least certain first"))])

    class Meta:
        model = Candidate
        fields = ["kind", "status", "confidence", "page_from", "page_to", "sort"]

    def __init__(self, data: QueryDict | None = None, *args: Any, **kwargs: Any):
        # A choice left out means its default, so the first visit shows the open proposals in document order.
        merged = QueryDict(mutable=True)
        merged.update(DEFAULTS)
        for key, values in (data or QueryDict()).lists():
            if any(values):
                merged.setlist(key, values)
        super().__init__(merged, *args, **kwargs)

    def filter_kind(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == PROPOSALS:
            return queryset.filter(record_type__in=ACCEPTABLE_TYPES)
        if value == EVIDENCE:
            return queryset.exclude(record_type__in=ACCEPTABLE_TYPES)
        return queryset.filter(record_type=value)

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == ALL:
            return queryset
        return queryset.filter(status=Candidate.Status.PROPOSED if value == OPEN else value)

    def filter_confidence(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == "below70":
            return queryset.filter(confidence__lt=0.7)
        return queryset.filter(confidence__gte=int(value) / 100)

    def filter_sort(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.order_by(*SORTS.get(value, SORTS["page"]))


def is_evidence(kind: str) -> bool:
    return kind == EVIDENCE or kind not in {PROPOSALS, *RecordType.values}
