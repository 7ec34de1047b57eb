"""Town names a scanner damaged, read back with the city index (only in a document that shows OCR damage).

The Danish word repair (ocr.py) knows Danish words; a twin town's name is no Danish word, and scanners do to its
letters what they do to Danish ones: ö and ø read as g, @, e or o ("Malmg", "Geteborg"), ü as ii or li
("Miinchen"), å and ä as a or d, y as v. A capitalised word that is neither a word nor a known place becomes the place
that one or two such substitutions make of it, when exactly one place of some size does.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations

from .gazetteer import _by_key, city_candidates, resolve_country

# What a damaged letter was: the scanner's reading -> the letters it may stand for.
_READ_AS = {"g": ("ø", "ö"), "@": ("ø", "ö"), "e": ("ø", "ö", "æ", "ä"), "é": ("ö", "ø", "å", "ä"),
            "o": ("ö", "ø"), "a": ("å", "ä"), "d": ("å", "ó"), "l": ("I",), "i": ("ü", "í"), "u": ("ü",), "6": ("ö",),
            "ii": ("ü",), "li": ("ü",), "ee": ("æ",), "q": ("ø",),
            # a y read as v, its tail lost ("Knvsna")
            "v": ("y",)}
_MULTI = [k for k in _READ_AS if len(k) > 1]
# A town found this way must be a real town, not one of the many hamlets a string of letters happens to name.
MIN_POPULATION = 5_000
# With its country named beside it ("Hérby i Sverige") a smaller town will do.
MIN_POPULATION_PLACED = 500


def _sites(word: str, placed: bool = False) -> list[tuple[int, int, str]]:
    sites = [(i, i + 1, rep) for i, ch in enumerate(word) if i > 0 for rep in _READ_AS.get(ch, ())]
    if word[:1] == "@":
        sites += [(0, 1, "Ø"), (0, 1, "Ö")]  # "@regrund": a capital Ø or Ö opening the name
    if placed:  # with its country beside it, a Faroese or Icelandic ð read as d ("Eidi på Færøerne")
        sites += [(i, i + 1, "ð") for i, ch in enumerate(word) if i > 0 and ch == "d"]
    for key in _MULTI:
        start = word.find(key, 1)
        while start >= 0:
            sites += [(start, start + len(key), rep) for rep in _READ_AS[key]]
            start = word.find(key, start + 1)
    return sites


def _apply(word: str, edits: tuple[tuple[int, int, str], ...]) -> str | None:
    out, pos = [], 0
    for start, end, rep in sorted(edits):
        if start < pos:
            return None  # overlapping edits
        out += [word[pos:start], rep]
        pos = end
    return "".join(out) + word[pos:]


@lru_cache(maxsize=20_000)
def repair_place(token: str, country: str | None = None) -> str | None:
    """The town a damaged capitalised token names ('Malmg' -> 'Malmø'), or None. With country (named beside the
    token) the town must lie there, and a token that names a place elsewhere may still be damage ('Hérby i
    Sverige' is Hörby, not Herby in Poland)."""
    if len(token) < 4 or not (token[0].isupper() or token[0] == "@"):
        return None
    known = city_candidates(token)
    if known and (country is None or any(c.country == country for c in known)):
        return _own_spelling(token, known[0])
    sites = _sites(token, placed=country is not None)
    if len(sites) > 12:
        return None  # too many readings to trust one
    least = MIN_POPULATION_PLACED if country else MIN_POPULATION
    found: dict[int, str] = {}
    for n in (1, 2):
        for edits in combinations(sites, n):
            cand = _apply(token, edits)
            if cand is None:
                continue
            # Exact names only: a folded lookup would make a surname a town (Andersen -> Andersøn -> Anderson).
            hits = [c for c in _by_key(cand.casefold()) if c.population >= least
                    and (country is None or c.country == country)]
            if hits:  # an opening @ is Ø or Ö as the index spells the town ("@regrund" is Öregrund)
                own = hits[0].name if token[0] == "@" and _oe(hits[0].name) == _oe(cand) else cand
                found.setdefault(hits[0].geonameid, own)
        if found:
            break  # the fewest substitutions win
    return next(iter(found.values())) if len(found) == 1 else None


def _oe(name: str) -> str:
    return name.casefold().replace("ö", "ø")


def _own_spelling(token: str, city) -> str | None:
    """A damaged name that happens to be some alias of its town ("Geteborg" of Gothenburg): the spelling one
    substitution away that names the same town ("Göteborg"), else None (the name stays as written)."""
    if token.casefold() == city.name.casefold():
        return None
    for edits in combinations(_sites(token), 1):
        cand = _apply(token, edits)
        if cand and any(c.geonameid == city.geonameid for c in _by_key(cand.casefold())):
            return cand
    return None


# "Hérby i Sverige", "Blgnduds, Island", "Malmg (Sverige)": a capitalised token with its country after it.
_TOWN_COUNTRY = re.compile(r"(?<![\w@])((?:[A-ZÆØÅÄÖ]|@)(?:[^\W\d_]|@){3,})(?:,[ \t]*|[ \t]+(?:i|in|på|pa)[ \t]+|"
                           r"[ \t]*\([ \t]*)([A-ZÆØÅÄÖ](?:[^\W\d_]|@)+)")
# A country's name as scanners damage it: ø as @, æ as ae, rn as m ("Faer@eme" is Færøerne).
_COUNTRY_READINGS = (("@", "ø"), ("@", "ö"), ("ae", "æ"), ("eme", "erne"), ("rn", "m"))


def placed_towns(text: str) -> dict[str, str]:
    """Capitalised tokens followed by a country: {token: ISO code}."""
    out = {}
    for m in _TOWN_COUNTRY.finditer(text):
        country = _country(m.group(2))
        if country and not resolve_country(m.group(1)):
            out.setdefault(m.group(1), country)
    return out


def _country(name: str) -> str | None:
    """The country a (perhaps damaged) name names."""
    found = resolve_country(name)
    if found or len(name) < 5:
        return found
    read = country_reading(name)
    return resolve_country(read) if read else None


def country_reading(name: str) -> str | None:
    """A damaged country name read back ("Faer@eme" -> "Færøerne"), or None."""
    read = name
    for damaged, letter in _COUNTRY_READINGS:
        if damaged in read:
            read = read.replace(damaged, letter)
            if resolve_country(read):
                return read
    return None
