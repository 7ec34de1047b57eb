"""REST API for exchange rates (DKK per unit of a currency on a date); written by coordinators only."""

from udsyn.core.models import ExchangeRate

from .base import ReferenceSerializer, ReferenceViewSet


class ExchangeRateSerializer(ReferenceSerializer):
    """`dkk_per_unit` is a decimal string, e.g. "7.460400", never a float."""

    class Meta:
        model = ExchangeRate
        fields = ("id", "display", "currency", "date", "dkk_per_unit", "note")


class ExchangeRateViewSet(ReferenceViewSet):
    """Exchange rates: DKK per unit of a currency on a date. Written by coordinators and administrators."""

    queryset = ExchangeRate.objects.all()
    serializer_class = ExchangeRateSerializer
    coordinators_only = True
    filterset_fields = ["currency", "date"]
    ordering_fields = ["currency", "date"]
