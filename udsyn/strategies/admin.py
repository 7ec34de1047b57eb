from django.contrib import admin

from udsyn.core.admin import RecordAdmin, register_remaining

from .models import Goal, Indicator, Measurement, Strategy, Theme


@admin.register(Strategy)
class StrategyAdmin(RecordAdmin):
    list_display = ("name", "adopted_on", "horizon_year", "department")
    search_fields = ("name", "description")


@admin.register(Theme)
class ThemeAdmin(RecordAdmin):
    list_display = ("number", "name", "strategy", "department")
    list_filter = ("strategy", "department")
    search_fields = ("name",)


@admin.register(Goal)
class GoalAdmin(RecordAdmin):
    list_display = ("text", "theme", "department")
    list_filter = ("theme__strategy", "department")
    search_fields = ("text",)


@admin.register(Indicator)
class IndicatorAdmin(RecordAdmin):
    list_display = ("name", "unit", "baseline", "baseline_year", "target", "deadline", "direction", "department")
    list_filter = ("direction", "department", "goal__theme__strategy")
    search_fields = ("name", "unit", "method")


@admin.register(Measurement)
class MeasurementAdmin(RecordAdmin):
    list_display = ("indicator", "date", "value", "source", "department")
    list_filter = ("department",)
    search_fields = ("indicator__name", "source", "comment")
    date_hierarchy = "date"


register_remaining("strategies")
