"""REST API for exchange rates (DKK per unit of a currency on a date); written by installation administrators."""

from udsyn.core.api import ReferenceSerializer, ReferenceViewSet
from udsyn.core.models import ExchangeRate


class ExchangeRateSerializer(ReferenceSerializer):
    """`dkk_per_unit` is a decimal string, e.g. "7.460400", never a float."""

    class Meta:
        model = ExchangeRate
        fields = ("id", "display", "currency", "date", "dkk_per_unit", "note")


class ExchangeRateViewSet(ReferenceViewSet):
    """Exchange rates: DKK per unit of a currency on a date. Shared by every municipality; written by installation
    administrators only."""

    queryset = ExchangeRate.objects.all()
    serializer_class = ExchangeRateSerializer
    filterset_fields = ["currency", "date"]
    ordering_fields = ["currency", "date"]
