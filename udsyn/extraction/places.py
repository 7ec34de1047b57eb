"""Places in a text: which capitalised words are towns abroad (and not everyday words, regions, countries or the
home country's towns), the towns and countries a name or a sentence holds, and towns the index lacks when their
country stands beside them. partners.py, projects.py and structure.py read places through here."""

from __future__ import annotations

import re

from . import lexicon as lx
from .gazetteer import City, city_candidates, countries_in, fold, known_place_name, resolve_city, resolve_country
from .language import current
from .names import PARTICLES, common_word, is_acronym, proper_names
from .words import doc_zipf

EMBASSY = re.compile(r"ambassade\w*\s+(?:[\w-]+\s+){0,6}$|embass\w*\s+(?:[\w-]+\s+){0,6}$", re.I)


# ---------------------------------------------------------------- partners
def foreign_city(name: str, context: str = "", strong: bool = False) -> City | None:
    """The foreign city name stands for, judged with its context.

    A country named in context (i England, UK, britisk) picks among cities of the same name; an ordinary
    word that is also a town (Bath, Split, Nice) counts only in a strong cooperation context (venskabsby,
    twin city, samarbejdsaftale).
    """
    country = resolve_country(name)
    if fold(name) in REGIONS:
        return None
    if (country and country not in CITY_STATES) or len(name) < 3 or (name.endswith("s") and resolve_country(name[:-1])):
        return None  # a country, or its genitive (Kinas); a city-state is its city (Singapore)
    words = name.split()
    particles = any(w in PARTICLES for w in words) and known_place_name(name)  # Frankfurt an der Oder
    if (len(words) > 3 and not particles) or any(common_word(w, 4.6) for w in words
                                                  if not w[0].isupper() and not (particles and w in PARTICLES)):
        return None
    if not city_candidates(name):
        return None  # no place is called so: the countries named around it need not be read (resolve_city: None)
    named = countries_in(context) if context else set()
    city = resolve_city(name, named)
    if city is None or city.country == current().home:
        return None
    if city.population < SMALL_TOWN and not (city.country in named or (strong and _unlike_a_word(name))):
        return None  # a small place (Viken, Federation) needs its country named or a twin-town context
    # An ordinary word that happens to be a small town somewhere (Green, Mission) is not a city here.
    if len(words) == 1 and _ordinary_word(name, city.population):
        # ... unless the sentence leaves no doubt and the word is no everyday Danish word (Nye, Center).
        if not (strong and city.population >= 50_000 and not common_word(name, 4.5)):
            return None
    return city


# Regions, seas and parts of the world that share a name with some town (general knowledge): "i Norden" is in the
# Nordic countries, not in Norden (Lower Saxony).
REGIONS = {"norden", "skandinavien", "scandinavia", "skandinavia", "baltikum", "baltics", "europa", "europe",
           "norrland", "sorlandet", "vestlandet", "ostlandet", "nordkalotten", "arktis", "arctic", "lappland",
           "lapland", "balkan", "kaukasus", "sibirien", "ostersoen", "ostersjon", "nordsoen", "skagerrak",
           "kattegat", "oresund", "oresundsregionen", "barentsregionen", "midtjylland", "nordjylland", "sonderjylland",
           "syddanmark", "sjaelland", "fyn", "bornholm", "gotland", "oland", "aland"}
# Countries that are one city (general knowledge): a cooperation with Singapore is with the city.
CITY_STATES = {"SG", "MC", "HK", "MO", "VA", "SM", "GI"}
# Below this many inhabitants a place counts only with its country named nearby or in a twin-town context:
# most words that happen to name a village somewhere are not meant as that village.
SMALL_TOWN = 15_000


def _unlike_a_word(name: str) -> bool:
    """No word of name is an everyday Danish or English word (Stykkishólmur, not Federation, Baltic or Viken)."""
    from .ocr import english_zipf

    return not any(english_zipf(w.lower()) >= 3.0 or common_word(w, 3.5) for w in name.split())


def foreign_word(word: str) -> bool:
    """More English than Danish (Bath), so not a Danish word that happens to open a sentence."""
    from .ocr import english_zipf

    return english_zipf(word.lower()) > doc_zipf(word.lower()) + 0.5


def _ordinary_word(word: str, population: int) -> bool:
    """A town name that is rather an everyday word (Green, Reading, Bath, Split): the larger the city,
    the commoner the word may be before it stops counting as the city (Liverpool, Boston stay cities)."""
    from .ocr import english_zipf

    low = word.lower()
    if population >= 1_000_000:
        return False
    limit = 5.0 if population >= 300_000 else 4.4
    return common_word(low, limit) or english_zipf(low) >= limit


def english_or_danish_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    low = word.lower()
    return common_word(low, 4.4) or zipf_frequency(low, "en") >= 4.4


def kind_of(text: str) -> str:
    low = text.lower()
    for kind, rx in lx.KIND_PATTERNS:
        if any(k in low for k in _KIND_KEYS[kind]) and rx.search(text):
            return kind
    return "cooperation"


# Letters every match of each kind's pattern contains (most sentences name no kind of agreement at all).
_KIND_KEYS = {"sister city": ("søster", "syster", "sister"), "twin city": ("venskab", "vennskap", "vän", "søster",
              "syster", "twin", "sister", "partner", "jumel", "friendship"), "memorandum of understanding":
              ("memorandum", "mou", "hensigtserklæring"), "friendship agreement": ("friendship", "venskabsaftale",
              "vänskapsavtal"), "cooperation agreement": ("aftale", "agreement", "kontrakt", "avtal"),
              "project partner": ("projekt", "project", "interreg", "horizon")}


def home_town_in(name: str) -> bool:
    """A town of the home country in the name (Aalborg Universitet, Skagen Havn): an institution at home."""
    return any((hits := city_candidates(w)) and hits[0].country == current().home
               for _o, w in city_pieces(name) if w != name and not is_acronym(w))


# After a town its country: "Aurland i Norge", "Ørnes, Norway", "Kuldīga (Lettland)".
# "X in\nTanzania": a PDF's line may break between the preposition and the country.
COUNTRY_NEXT = re.compile(r"(?:,[ \t]*|[ \t]+(?:i|in|på|im|en)(?:[ \t]+|[ \t]*\n[ \t]*)|[ \t]*\([ \t]*)"
                           r"([A-ZÆØÅÄÖÜ][\wæøåäöü]+(?:[ \t][A-Z][\w]+)?)")


def unknown_town(text: str, at: int, piece: str) -> str | None:
    """The country of a town the index does not know (it lists places of 500 or 1,000 people and up), named with
    its country in a twin-town context: 'Aurland i Norge'. None for anything else."""
    words = piece.split()
    if (len(words) > 3 or is_acronym(piece) or city_candidates(piece) or resolve_country(piece)
            or lx.DANISH_INSTITUTION.search(piece) or not all(w[:1].isupper() for w in words)
            or any(common_word(w, 3.0) or english_or_danish_word(w) for w in words)):
        return None
    m = COUNTRY_NEXT.match(text, at + len(piece))
    country = resolve_country(m.group(1)) if m else None
    return country if country and country != current().home else None


SEPARATOR = re.compile(r",|\s+(?:og|and|samt)\s+")
_NONSPACE = re.compile(r"\S+")


def city_pieces(name: str) -> list[tuple[int, str]]:
    """The whole name, then its comma/"og"-separated parts and single words (Business Region Göteborg)."""
    pieces = [(0, name)]
    pos, parts = 0, []
    for sep in SEPARATOR.finditer(name):
        parts.append((pos, name[pos:sep.start()]))
        pos = sep.end()
    if parts:
        parts.append((pos, name[pos:]))
        pieces += [(off + len(part) - len(part.lstrip()), part.strip()) for off, part in parts if part.strip()]
    words = list(_NONSPACE.finditer(name))
    if len(words) > 1:
        # The words of each part, except the last word of a part led by a direction or a "the" (the North Sea).
        tails = {off + len(part.rstrip()) for off, part in parts
                 if re.match(r"\s*(?:the\s+)?(?:North|South|East|West|Nord|Syd|Øst|Vest)\b", part)}
        pieces += [(w.start(), w.group().strip(",")) for w in words
                   if w.group()[0].isupper() and w.end() not in tails]
    return pieces


MUNICIPAL = re.compile(r"\b(?:kommune\w*|kommun|municipality|stad|city\s+of|gemeente|stadt|kaupunki|"
                        r"region\w*|län|fylke\w*|amt)\b", re.I)


# Words for a municipality, province or region in one country's language (general grammar, no names).
_BODY_LANGUAGE = [(re.compile(p), code) for p, code in [
    (r"^(?:Provincie|Gemeente|Waterschap)\b", "NL"), (r"^(?:Landkreis|Kreis|Gemeinde|Stadtverwaltung)\b", "DE"),
    (r"^(?:Gmina|Powiat|Województwo|Urząd\s+Miasta)\b", "PL"), (r"\b(?:savivaldybė|apskritis)\b", "LT"),
    (r"\b(?:novads|pilsēta|novada\s+pašvaldība)\b", "LV"), (r"\b(?:vallavalitsus|linnavalitsus|maakond)\b", "EE"),
    (r"\b(?:kaupunki|kunta|maakunnan\s+liitto)\b", "FI"), (r"^(?:Comune\s+di|Provincia\s+di|Regione)\b", "IT"),
    (r"^(?:Ayuntamiento\s+de|Concello\s+de|Diputación)\b", "ES"), (r"^(?:Câmara\s+Municipal|Município)\b", "PT"),
    (r"^(?:Ville\s+de|Commune\s+de|Conseil\s+(?:départemental|régional))\b", "FR"),
    # regions named the local way: "Département de X", "Région X", "Comarca de X" ("Powiat X" above)
    (r"^(?:Département|Région)\s", "FR"), (r"^Comarca\s", "ES"),
    # schools and universities whose word is one country's: "Istituto Comprensivo di X", "Lycée X", "Szkoła X"
    (r"^(?:Istituto|Scuola|Liceo|Politecnico|Università)\b", "IT"), (r"^(?:Lycée|Collège|École)\b", "FR"),
    (r"^(?:Szkoła|Liceum|Gimnazjum|Politechnika|Uniwersytet)\b", "PL"), (r"^(?:Universidade)\b", "PT"),
    (r"\b(?:lukio|yliopisto|ammattikorkeakoulu)\b", "FI"),
    # Sweden's regions call themselves "Region X" (Denmark's five are caught before, as Danish)
    (r"^Region\s+(?!(?:Midt|Syd|Nord|Vest|Mid|North|South|East|West|Zealand)$)[A-ZÅÄÖ][a-zåäö]+$", "SE")]]


def abroad(name: str, sentence: str, context: str) -> str | None:
    """Country code of an institution abroad: from a city or country in its name, else named nearby.

    None for a Danish institution (Aalborg Kommune, Region Sjælland, Danmarks ...).
    """
    if lx.DANISH_INSTITUTION.search(name):
        return None
    for _s, _e, piece in proper_names(name):
        for _o, word in city_pieces(piece):
            if is_acronym(word) or word == name:
                continue
            code = resolve_country(word)
            if code:
                return code if code != current().home else None
            hits = city_candidates(word)
            if hits and hits[0].country == current().home:
                return None
            city = foreign_city(word, context)
            if city:
                return city.country
    if re.search(r"kommuneqarfik|grønland", name, re.I):
        return "GL"
    for rx, code in _BODY_LANGUAGE:
        if rx.search(name) and code != current().home:
            return code  # "Provincie Drenthe", "Gmina Ustka": the word for the body tells its country
    if MUNICIPAL.search(name):
        return None  # a municipality whose town is no known place abroad: the document's own, or a neighbour
    for text in (sentence, context):  # the sentence's own country first, then the text around it
        nearby = countries_in(text) - {current().home}
        if len(nearby) == 1:
            return nearby.pop()
    return None
