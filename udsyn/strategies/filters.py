from udsyn.core.filters import RecordFilterSet

from .models import Indicator, Measurement, Strategy


class StrategyFilterSet(RecordFilterSet):

    class Meta:
        model = Strategy
        fields = ["q", "department"]


class IndicatorFilterSet(RecordFilterSet):

    class Meta:
        model = Indicator
        fields = ["q", "department", "goal", "direction"]


class MeasurementFilterSet(RecordFilterSet):
    class Meta:
        model = Measurement
        fields = ["department", "indicator"]
