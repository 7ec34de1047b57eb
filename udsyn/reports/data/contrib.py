"""Sections another app adds to a report (e.g. delegation statistics in the mapping and the results summary).

    from udsyn.reports.data.contrib import register_section
    from udsyn.reports.document import Section, Table, Column, Paragraph, NUMBER

    def delegation_section(scope):                       # scope: udsyn.reports.data.ReportScope
        rows = ...                                        # count with the scope's departments and period
        if not rows:
            return None                                   # nothing to say: no section
        return Section(_("Delegation requests"), "delegation-requests").add(
            Paragraph(_("...")), Table(_("Requests per year"), [Column(_("Year")), Column(_("Requests"), NUMBER)],
                                        rows, sheet=_("Delegation requests")))

    register_section("mapping", delegation_section)       # in the app's AppConfig.ready()

The builder runs inside the report's language; its section is printed in every format (its tables with a `sheet`
name also become sheets of the XLSX) after the report's own sections, before the exchange rates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SectionBuilder = Callable[[Any], Any]  # ReportScope -> udsyn.reports.document.Section | None

_BUILDERS: dict[str, list[SectionBuilder]] = {}


def register_section(kind: str, builder: SectionBuilder) -> None:
    """Add `builder`'s section to every report of `kind` (mapping, results, strategy); registering twice is one."""
    builders = _BUILDERS.setdefault(kind, [])
    if builder not in builders:
        builders.append(builder)


def unregister_section(kind: str, builder: SectionBuilder) -> None:
    if builder in _BUILDERS.get(kind, []):
        _BUILDERS[kind].remove(builder)


def contributed_sections(kind: str, scope: Any) -> list:
    return [section for builder in _BUILDERS.get(kind, []) if (section := builder(scope)) is not None]
