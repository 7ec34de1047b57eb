"""Demo data: a municipality with memberships, partners, projects, visits, events and a strategy."""

from udsyn.core.demo.loader import DemoResult, load_demo, remove_demo

__all__ = ["DemoResult", "load_demo", "remove_demo"]
