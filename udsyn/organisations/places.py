"""Offline lookup of cities abroad for the register: a name as Danish staff write it → a City with coordinates.

The lookup itself is the document pipeline's gazetteer (udsyn.extraction.gazetteer.find_city): one
index of GeoNames places (udsyn.extraction.placeindex), one table of Danish exonyms (Hamborg, Peking),
one set of rewrites (Skt./St. → Sankt/Saint, genitive -s). This module adds what the register needs on
top: exact decimal coordinates, country names as people type them, and the City rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from udsyn.extraction import gazetteer

_COORDINATE = Decimal("0.00001")


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    latitude: Decimal
    longitude: Decimal
    geonames_id: int
    population: int


def country_code(country: str | None) -> str | None:
    """'DE', 'de', 'Tyskland' or 'Germany' → 'DE'; None or '' → None; unknown → ValueError."""
    if not country or not country.strip():
        return None
    text = country.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    code = gazetteer.resolve_country(text)
    if code is None:
        raise ValueError(f"Unknown country: {country!r}")
    return code


def _place(city: gazetteer.City) -> Place:
    return Place(
        name=city.name, country=city.country,
        latitude=Decimal(str(city.latitude)).quantize(_COORDINATE),
        longitude=Decimal(str(city.longitude)).quantize(_COORDINATE),
        geonames_id=city.geonameid, population=city.population,
    )


def find_city(name: str, country: str | None = None) -> Place | None:
    """The city meant by `name` (Danish or other spelling), optionally within `country`.

    `country` is an ISO code or a country name in Danish or English. Returns None
    when no place of the index (1,000 people or more; smaller Nordic places too) matches.
    """
    if not name or not name.strip():
        return None
    city = gazetteer.find_city(name, country_code(country))
    return _place(city) if city else None


class CityNotFound(LookupError):
    pass


def city_get_or_create(name: str, country: str | None = None, *, as_written: bool = False):
    """The City for `name`, created with coordinates when it is new.

    A city geonames does not know is still created when a country is given (without
    coordinates); without a country it raises CityNotFound. The register's city for the same place is reused
    whatever it is called; a new one takes GeoNames' name, or with `as_written` the name as a person wrote it
    (Göteborg, not Gothenburg).
    """
    from udsyn.organisations.models import City

    place = find_city(name, country)
    if place is None:
        code = country_code(country)
        if code is None:
            raise CityNotFound(f"No city called {name!r} found; give its country to add it anyway.")
        city, _created = City.objects.get_or_create(name=name.strip(), country=code)
        return city
    known = City.objects.filter(geonames_id=place.geonames_id).first()
    if known is not None:
        return known
    city, created = City.objects.get_or_create(
        name=name.strip() if as_written else place.name, country=place.country,
        defaults={"latitude": place.latitude, "longitude": place.longitude, "geonames_id": place.geonames_id},
    )
    if not created and city.latitude is None:
        city.latitude, city.longitude, city.geonames_id = place.latitude, place.longitude, place.geonames_id
        city.save(update_fields=["latitude", "longitude", "geonames_id"])
    return city
