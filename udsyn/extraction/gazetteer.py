"""Places: cities via the prebuilt GeoNames index (placeindex.py, offline), countries via babel's names.

The one city index of the project: the document pipeline uses it here, and the register's
udsyn.organisations.places (find_city, city_get_or_create) delegates to find_city below. Every lookup
is an indexed SQLite query, so no process loads the 170,000 places into memory.

Danish texts name cities by Danish exonyms (Hamborg, Peking), with "Skt."/"St." for Sankt/Saint and
in the genitive (Københavns): geonames' alternate names cover most exonyms, DANISH_EXONYMS the rest,
and _variants() the grammar; both lookups below share them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .placeindex import fold_key, query

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
    return fold_key(text)


def _unique(cities: list[City]) -> list[City]:
    seen: set[int] = set()
    out = []
    for city in cities:
        if city.geonameid not in seen:
            seen.add(city.geonameid)
            out.append(city)
    return out


def _city(row: tuple) -> City:
    return City(int(row[0]), row[1], row[2], float(row[3]), float(row[4]), int(row[5]))


_BY_KEY = ("SELECT c.id, c.name, c.country, c.lat, c.lon, c.population FROM alias a JOIN city c ON c.id = a.id "
           "WHERE a.{col} = ? ORDER BY a.weight DESC")


@lru_cache(maxsize=50_000)
def _by_key(key: str) -> tuple[City, ...]:
    """Cities an exact case-folded name denotes, the likeliest first (weight: population, Europe, own name)."""
    return tuple(_city(r) for r in query(_BY_KEY.format(col="key"), (key,)))


def _by_folded(key: str) -> tuple[City, ...]:
    return tuple(_city(r) for r in query(_BY_KEY.format(col="fkey"), (key,)))


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
    hits = [c for c in _by_folded(key) if country is None or c.country == country]
    if not hits:
        return None
    # Own name first: Viborg in Denmark, not Vyborg in Russia (once called Viborg), though Vyborg is bigger.
    return max(hits, key=lambda c: (fold(c.name) == key, c.population))


def _exonym(variant: str, country: str | None = None) -> City | None:
    """The city a Danish exonym in DANISH_EXONYMS stands for (in country, when given), else None."""
    known = DANISH_EXONYMS.get(fold(variant))
    if known is None or (country is not None and known[1] != country):
        return None
    # The table holds geonames' own names.
    name, code = known
    hits = [c for c in _by_key(name.casefold()) if c.country == code]
    return max(hits, key=lambda c: (c.name == name, c.population), default=None)


@lru_cache(maxsize=20_000)
def city_candidates(name: str) -> tuple[City, ...]:
    """Every city known by name (any language), the likeliest first."""
    for variant in _variants(name):
        exonym = _exonym(variant)
        hits = [exonym] if exonym else []
        for key in (variant.casefold(), _strip_accents(variant.casefold())):
            found = _by_key(key)
            if found:
                hits += found
                break
        if hits:
            return tuple(_unique(hits))
    # Written without its accents (Jyvaskyla, Parnu, Husavik): the folded key of every name.
    return _by_folded_cached(fold(name)) if len(name) >= 4 else ()


@lru_cache(maxsize=20_000)
def _by_folded_cached(key: str) -> tuple[City, ...]:
    hits = _by_folded(key)
    # The likeliest first, as _by_key orders them (own name, Europe, population: the alias weight).
    return tuple(sorted(_unique(list(hits)), key=lambda c: (fold(c.name) != key, -c.population)))


@lru_cache(maxsize=4096)
def known_place_name(name: str) -> bool:
    """The index knows a place by exactly this name, case aside (Lohr am Main, Frankfurt an der Oder), or by the
    name with hyphens for its spaces (Stratford upon Avon)."""
    words = name.split()
    return bool(_by_key(" ".join(words).casefold()) or (len(words) > 2 and _by_key("-".join(words).casefold())))


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
        code = resolve_country(m.group()) or _compass_country(m.group())
        if code:
            found.add(code)
        else:  # "Interreg Deutschland-Danmark", "Interreg Sverige-Norge": the countries among the words
            found.update(c for part in re.split(r"[ -]", m.group()) if (c := resolve_country(part)))
    return frozenset(found)


# A part of a country written as one word: Norditalien, Süditalien, Sydsverige, Westfrankreich. A country whose
# own name has the prefix (Nordkorea, Sydafrika) resolves whole first; the West Indies are no part of India.
_COMPASS = re.compile(r"(?:Nord|Syd|Süd|Sud|Øst|Ost|Öst|Vest|West|Väst|Mittel|Midt|Mellem|Mellan)-?(\w{4,})")
_NO_PART_OF = {"indien", "indiene"}


def _compass_country(word: str) -> str | None:
    m = _COMPASS.fullmatch(word)
    if not m or m.group(1).lower() in _NO_PART_OF:
        return None
    return resolve_country(m.group(1))


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
    for lang in ("en", "da", "de", "sv", "nb", "nn"):  # nn: Nynorsk (Noreg, Færøyane)
        for code, name in Locale(lang).territories.items():
            if code.isalpha() and len(code) == 2:
                out.setdefault(fold(name), code)
    out.update({fold(k): v for k, v in {"USA": "US", "UK": "GB", "England": "GB", "Skotland": "GB",
                                        "Holland": "NL", "Storbritannien": "GB", "Wales": "GB",
                                        # the nations of the United Kingdom, as partners' countries are written
                                        "Scotland": "GB", "Skottland": "GB", "Schottland": "GB",
                                        "Northern Ireland": "GB", "Nordirland": "GB", "Great Britain": "GB",
                                        "Britain": "GB", "Storbritannia": "GB", "Nord-Irland": "GB"}.items()})
    return out


def resolve_country(name: str) -> str | None:
    """ISO 3166 code for a country name in Danish or English (e.g. 'Kina' -> 'CN'), else None."""
    return _countries().get(fold(name))
