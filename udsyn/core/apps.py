from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "udsyn.core"
    label = "core"
