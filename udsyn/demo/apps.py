from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "udsyn.demo"
    label = "demo"
