from django.utils.translation import gettext_lazy as _

from udsyn.core.generic import (
    Column,
    RecordCreateView,
    RecordDeleteView,
    RecordDetailView,
    RecordListView,
    RecordUpdateView,
)

from .filters import PartnerFilterSet
from .forms import PartnerForm
from .models import Partner


class PartnerList(RecordListView):
    model = Partner
    filterset_class = PartnerFilterSet
    columns = [
        Column("city__name", label=_("City"), link=True),
        Column("city__country"),
        Column("institution", order_by="institution__name"),
        Column("kind"),
        Column("department", order_by="department__name"),
        Column("signed_on"),
        Column("ended_on"),
    ]


class PartnerDetail(RecordDetailView):
    model = Partner
    fields = ["city", "institution", "kind", "department", "signed_on", "renewed_on", "ended_on", "is_priority",
              "themes", "departments_involved", "activities"]
    relations = [(_("Events"), "events")]


class PartnerCreate(RecordCreateView):
    model = Partner
    form_class = PartnerForm


class PartnerUpdate(RecordUpdateView):
    model = Partner
    form_class = PartnerForm


class PartnerDelete(RecordDeleteView):
    model = Partner
