from udsyn.core.generic import (
    Column,
    RecordCreateView,
    RecordDeleteView,
    RecordDetailView,
    RecordListView,
    RecordUpdateView,
)

from .filters import MembershipFilterSet
from .forms import MembershipForm
from .models import Membership


class MembershipList(RecordListView):
    model = Membership
    filterset_class = MembershipFilterSet
    columns = [
        Column("organisation", link=True, order_by="organisation__name"),
        Column("organisation__kind"),
        Column("department", order_by="department__name"),
        Column("annual_fee", money="fee_currency"),
        Column("start"),
        Column("end"),
    ]


class MembershipDetail(RecordDetailView):
    model = Membership
    fields = ["organisation", "organisation__kind", "department", "start", "end", "annual_fee", "fee_currency",
              "fee_year", "annual_co_financing", "co_financing_note", "representatives", "contact", "purpose",
              "value_assessment", "value_reviewed_on"]


class MembershipCreate(RecordCreateView):
    model = Membership
    form_class = MembershipForm


class MembershipUpdate(RecordUpdateView):
    model = Membership
    form_class = MembershipForm


class MembershipDelete(RecordDeleteView):
    model = Membership
