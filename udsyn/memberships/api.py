"""REST API for memberships: /api/v1/memberships/."""

from udsyn.core.api import RecordSerializer, RecordViewSet, record_fields

from .filters import MembershipFilterSet
from .models import Membership


class MembershipSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = Membership
        fields = record_fields(
            "organisation", "start", "end", "annual_fee", "fee_currency", "fee_year", "annual_co_financing",
            "co_financing_note", "representatives",
            "contact", "purpose", "value_assessment", "value_reviewed_on",
        )


class MembershipViewSet(RecordViewSet):
    """Memberships of networks and organisations: fee (a decimal string in fee_currency), period, people."""

    queryset = Membership.objects.select_related("organisation", "department", "contact").prefetch_related(
        "representatives"
    )
    serializer_class = MembershipSerializer
    filterset_class = MembershipFilterSet
    ordering_fields = ["organisation__name", "start", "end", "annual_fee", "fee_year", "updated_at"]
