from django.apps import AppConfig


class DashboardConfig(AppConfig):
    """The overview page: headline figures over every register app (it stands above them, never below)."""

    name = "udsyn.dashboard"
    label = "dashboard"
