"""REST API for partner cities: /api/v1/partners/."""

from udsyn.core.api import RecordSerializer, RecordViewSet, record_fields

from .filters import PartnerFilterSet
from .models import Partner


class PartnerSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = Partner
        fields = record_fields(
            "city", "institution", "kind", "signed_on", "renewed_on", "ended_on", "is_priority", "themes",
            "departments_involved", "activities",
        )


class PartnerViewSet(RecordViewSet):
    """Partner cities and institutions abroad, with the kind of agreement and its dates."""

    queryset = Partner.objects.select_related("city", "institution", "department").prefetch_related(
        "departments_involved"
    )
    serializer_class = PartnerSerializer
    filterset_class = PartnerFilterSet
    ordering_fields = ["city__name", "kind", "signed_on", "ended_on", "updated_at"]
