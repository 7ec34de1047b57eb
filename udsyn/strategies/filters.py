from udsyn.core.filters import RecordFilterSet

from .models import Indicator, Measurement, Strategy


class StrategyFilterSet(RecordFilterSet):
    search_fields = ("name", "description", "themes__name", "themes__goals__text")

    class Meta:
        model = Strategy
        fields = ["q", "department"]


class IndicatorFilterSet(RecordFilterSet):
    search_fields = ("name", "unit", "goal__text")

    class Meta:
        model = Indicator
        fields = ["q", "department", "goal", "direction"]


class MeasurementFilterSet(RecordFilterSet):
    class Meta:
        model = Measurement
        fields = ["department", "indicator"]
