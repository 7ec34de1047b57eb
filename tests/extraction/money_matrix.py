"""Shared reader for the money and count test matrix: the (value, currency) pairs `udsyn extract` finds in a text."""

from __future__ import annotations

from decimal import Decimal

from tests.extraction.found import records


def amounts(text: str, name: str = "a.txt") -> set[tuple[Decimal, str]]:
    """Every amount found in text as (value, ISO currency)."""
    return {(Decimal(r.value), r.currency) for r in records(text, "money", name)}


def counts(text: str, name: str = "a.txt") -> set[int]:
    """Every count found in text."""
    return {int(r.value) for r in records(text, "count", name)}


def D(value: float | int | str) -> Decimal:
    return Decimal(str(value))
