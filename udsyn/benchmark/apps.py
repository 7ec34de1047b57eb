from django.apps import AppConfig


class BenchmarkConfig(AppConfig):
    """`udsyn bench`: the reports' benchmark, and with --scale the pages over HTTP at a region's scale."""

    name = "udsyn.benchmark"
    label = "benchmark"
