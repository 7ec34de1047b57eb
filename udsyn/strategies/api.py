"""REST API for strategies and their themes, goals, indicators and measurements."""

from udsyn.core.api import RecordSerializer, RecordViewSet, record_fields

from .filters import IndicatorFilterSet, MeasurementFilterSet, StrategyFilterSet
from .models import Goal, Indicator, Measurement, Strategy, Theme


class StrategySerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = Strategy
        fields = record_fields("name", "adopted_on", "horizon_year", "description")


class StrategyViewSet(RecordViewSet):
    """Strategies; their themes, goals and indicators have endpoints of their own."""

    queryset = Strategy.objects.select_related("department")
    serializer_class = StrategySerializer
    filterset_class = StrategyFilterSet
    ordering_fields = ["name", "adopted_on", "horizon_year", "updated_at"]


class ThemeSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = Theme
        fields = record_fields("strategy", "number", "name")


class ThemeViewSet(RecordViewSet):
    """Themes of a strategy."""

    queryset = Theme.objects.select_related("strategy", "department")
    serializer_class = ThemeSerializer
    filterset_fields = ["department", "strategy"]  # the app has no ThemeFilterSet
    ordering_fields = ["number", "name", "updated_at"]


class GoalSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = Goal
        fields = record_fields("theme", "text")


class GoalViewSet(RecordViewSet):
    """Goals under a strategy theme."""

    queryset = Goal.objects.select_related("theme", "department")
    serializer_class = GoalSerializer
    filterset_fields = ["department", "theme", "theme__strategy"]  # the app has no GoalFilterSet
    ordering_fields = ["id", "updated_at"]


class IndicatorSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = Indicator
        fields = record_fields("goal", "name", "unit", "baseline", "baseline_year", "target", "deadline",
                               "direction", "method")


class IndicatorViewSet(RecordViewSet):
    """Indicators of a goal: baseline, target, deadline, unit and method."""

    queryset = Indicator.objects.select_related("goal", "department")
    serializer_class = IndicatorSerializer
    filterset_class = IndicatorFilterSet
    ordering_fields = ["name", "deadline", "updated_at"]


class MeasurementSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = Measurement
        fields = record_fields("indicator", "date", "value", "source", "comment")


class MeasurementViewSet(RecordViewSet):
    """Measured values of an indicator over time."""

    queryset = Measurement.objects.select_related("indicator", "department")
    serializer_class = MeasurementSerializer
    filterset_class = MeasurementFilterSet
    ordering_fields = ["date", "value", "updated_at"]
