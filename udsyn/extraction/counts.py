"""Stated counts of things: '412 delegationshenvendelser', '33 venskabsbyer', 'over 400 deltagere'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import NUMBER, parse_number

# Heads of countable nouns relevant to international work; compounds match by their last part
# (medlems-byer, delegations-henvendelser), so the list stays short and general.
COUNT_HEADS = (
    "byer", "partnere", "partnerne", "projekter", "deltagere", "medlemmer", "organisationer", "netværk",
    "delegationer", "besøg", "henvendelser", "aktiviteter", "arrangementer", "følgere", "besøgende",
    "kommuner", "lande", "konferencer", "virksomheder", "studerende", "medarbejdere", "programmer",
    "events", "workshops", "seminarer", "foreninger", "institutioner", "ansøgninger", "borgere",
    "visitors", "followers", "participants", "members", "cities", "partners", "projects", "countries",
    "municipalities", "organisations", "organizations", "networks", "delegations", "visits", "requests",
    "companies", "students", "employees", "volunteers", "frivillige", "ambassadører", "regioner",
)
_HEADS = "|".join(sorted(COUNT_HEADS, key=len, reverse=True))
_QUAL = (r"(?P<qual>(?:over|mere end|ca\.|cirka|omkring|godt|knap|næsten|mindst|more than|about|nearly)"
         r"\s+)?")
# Up to two modifiers between number and noun: "13 frivillige organisationer", "7 Interreg projekter".
COUNT_RE = re.compile(
    _QUAL + r"(?P<num>" + NUMBER + r")(?![\d,.]\d)[ \t\u00a0]+(?P<mods>(?:[\w+-]+[ \t\u00a0]+){0,2})"
    r"(?P<noun>[\wæøå-]*?(?:" + _HEADS + r"))\b",
    re.I,
)
_SKIP_BEFORE = re.compile(r"(\bde|\bthe|\bnr\.?|\bno\.|§|\bkl\.|\bpunkt|\bside|\bpage|/)\s*$", re.I)
_MOD_STOP = {"mest", "største", "bedste", "første", "most", "top", "af", "of", "i", "in", "og", "and", "til"}


@dataclass(frozen=True)
class Count:
    value: int
    noun: str
    start: int
    end: int
    approx: bool = False
    raw: str = ""


def find_counts(text: str) -> list[Count]:
    """Counts of things stated in text (a number followed by a countable noun)."""
    found = []
    for m in COUNT_RE.finditer(text):
        start = m.start("num")
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,-/"):
            continue
        if _SKIP_BEFORE.search(text[max(0, start - 8):start]):
            continue  # "de 10 mest aktive byer" picks a subset; it does not state a total
        mods = m.group("mods").lower().split()
        if any(w in _MOD_STOP for w in mods):
            continue
        value = parse_number(m.group("num"))
        if value != value.to_integral_value() or value <= 0:
            continue
        found.append(Count(value=int(value), noun=m.group("noun"), start=m.start(), end=m.end(),
                           approx=bool(m.group("qual")), raw=m.group()))
    return found


def parse_count(text: str) -> int:
    """The first count stated in text; raises ValueError when none is found."""
    counts = find_counts(text)
    if not counts:
        raise ValueError(f"no count in {text!r}")
    return counts[0].value
