"""Match candidate names to names already in the register (plain data in, no Django).

Fuzzy, accent- and OCR-tolerant (rapidfuzz WRatio on folded names), with an alias table for
acronyms that no string metric can connect to their long names (ICLEI, C40, CNCA ...).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .gazetteer import City, fold, resolve_city
from .ocr import repair_word

DEFAULT_ALIASES: dict[str, str] = {
    "iclei": "ICLEI - Local Governments for Sustainability",
    "c40": "C40 Cities Climate Leadership Group",
    "cnca": "Carbon Neutral Cities Alliance",
    "ubc": "Union of Baltic Cities",
    "cemr": "Council of European Municipalities and Regions",
    "who healthy cities": "WHO European Healthy Cities Network",
    "eu office": "Greater Copenhagen EU Office",
}


@dataclass(frozen=True)
class Match:
    candidate: str
    name: str
    score: float
    via: str  # "exact", "alias" or "fuzzy"


def _key(name: str) -> str:
    # Repair OCR damage word by word first, so "@konomiforvaltningen" meets "Økonomiforvaltningen".
    return fold(" ".join(repair_word(w) for w in name.split()))


def match_name(candidate: str, existing: Iterable[str], aliases: Mapping[str, str] | None = None,
               threshold: float = 88.0) -> Match | None:
    """The existing register name that candidate most likely denotes, or None."""
    names = list(existing)
    if not names:
        return None
    keys = {_key(n): n for n in names}
    key = _key(candidate)
    if key in keys:
        return Match(candidate, keys[key], 100.0, "exact")
    table = {fold(k): v for k, v in {**DEFAULT_ALIASES, **(aliases or {})}.items()}
    target = table.get(key)
    if target is not None and _key(target) in keys:
        return Match(candidate, keys[_key(target)], 99.0, "alias")
    best = process.extractOne(key, list(keys), scorer=fuzz.WRatio)
    if best is None or best[1] < threshold:
        return None
    # WRatio rewards substrings generously; a much shorter candidate ("EU") must not match everything.
    if min(len(key), len(best[0])) < 0.5 * max(len(key), len(best[0])) and best[1] < 95:
        return None
    return Match(candidate, keys[best[0]], float(best[1]), "fuzzy")


def link_names(candidates: Iterable[str], existing: Iterable[str],
               aliases: Mapping[str, str] | None = None) -> dict[str, Match | None]:
    """match_name for many candidates against one list of register names."""
    names = list(existing)
    return {c: match_name(c, names, aliases) for c in candidates}


def resolve_place(name: str) -> City | None:
    """A city by name in any language (Hamborg, Skt. Petersborg), with coordinates and country."""
    return resolve_city(name)
