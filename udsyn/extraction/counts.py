"""Stated counts of things: '412 delegationshenvendelser', '33 venskabsbyer', 'over 400 deltagere'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import NUMBER, finditer_at_numbers, parse_number

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
_HEAD_ENDINGS = tuple(h.lower() for h in COUNT_HEADS)
# A number, looking ahead at the (up to three) words after it; up to two modifiers may stand between number and noun
# ("13 frivillige organisationer", "7 Interreg projekter"). The noun is picked in Python: a regex
# alternation of every head tried at every letter was the slowest part of the whole pipeline.
COUNT_RE = re.compile(
    _QUAL + r"(?P<num>" + NUMBER + r")(?![\d,.]\d)(?=(?P<rest>(?:[ \t\u00a0]+[\w+-]+){1,3}))",
    re.I,
)
_WORD = re.compile(r"[\w+-]+")
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
    for m in finditer_at_numbers(COUNT_RE, text):
        start = m.start("num")
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,-/"):
            continue
        if _SKIP_BEFORE.search(text[max(0, start - 8):start]):
            continue  # "de 10 mest aktive byer" picks a subset; it does not state a total
        noun = _noun(m)
        if noun is None:
            continue
        mods, word = noun
        if any(w in _MOD_STOP for w in mods):
            continue
        value = parse_number(m.group("num"))
        if value != value.to_integral_value() or value <= 0:
            continue
        end = m.start("rest") + word.end()
        found.append(Count(value=int(value), noun=word.group(), start=m.start(), end=end,
                           approx=bool(m.group("qual")), raw=text[m.start():end]))
    return found


def _noun(m: re.Match) -> tuple[list[str], re.Match] | None:
    """(modifiers, noun) after the number: the farthest of the next three words ending in a count head."""
    words = list(_WORD.finditer(m.group("rest")))
    for k in range(len(words) - 1, -1, -1):
        word = words[k].group()
        if "+" not in word and word.lower().endswith(_HEAD_ENDINGS):
            return [w.group().lower() for w in words[:k]], words[k]
    return None


def parse_count(text: str) -> int:
    """The first count stated in text; raises ValueError when none is found."""
    counts = find_counts(text)
    if not counts:
        raise ValueError(f"no count in {text!r}")
    return counts[0].value
