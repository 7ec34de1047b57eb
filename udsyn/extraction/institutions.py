"""Partners that are bodies: a municipality abroad stands for its town, an institution for itself.

"Municipality of Sölvesborg", "Stavanger kommune", "Åbo stad", "Stadt Husum", "Gemeente Harlingen", "Pärnu City
Government" and "West Lindsey District Council" are the towns Sölvesborg, Stavanger, Åbo, Husum, Harlingen, Pärnu
and West Lindsey; "Tartu universitet", "Hochschule Bremerhaven" and "Havenbedrijf Den Helder" are institutions
named after their town, and the institution is the partner (its town is only its seat).

General grammar of municipal names in the languages a Nordic municipality's partners write in; no names.
"""

from __future__ import annotations

import re

from .names import UPPER

# A lower-case word after a name that belongs to it in the Nordic languages: "Tartu universitet", "Åbo stad",
# "Stavanger kommune", "Göteborgs universitet", "Skagen havn".
_TRAILING = re.compile(r"[ \t]+(universitet(?:et)?|universitetssjukhus|högskola|høgskole|høgskule|hochschule|stad|"
                       r"kommun|kommune|kommunes|kommuna|vald|fylkeskommune|län|fylke|landskap|region|sjukhus|sygehus|sykehus|"
                       r"havn|hamn|museum|museet|bibliotek|gymnasium|gymnasiet)\b")

_SEAT = re.compile(r"[ \t]+(?:in|i|im|at|de|di|du|of)[ \t]+" + UPPER + r"[\w'’-]+(?:[ -]" + UPPER + r"[\w'’-]+)?")
_TOWN = (r"(?P<town>" + UPPER + r"[\w'’.-]+(?:[ -](?:" + UPPER + r"[\w'’.-]+|am|an|der|upon|on|sur|de|di)){0,3})")
# "Municipality of X", "Town of X", "Stadt X", "Gemeente X", "Comune di X", "Gmina X", "Kaupunki X".
_BEFORE = re.compile(r"^(?:the\s+)?(?:(?:Municipality|Town|City|Borough|Commune|County\s+Borough)\s+of|"
                     r"(?:Hanseatic|Hansa|Free\s+and\s+Hanseatic)\s+City\s+of|(?:Hanse)?[Ss]tadt|Gemeente|Gemeinde|"
                     r"Kommune|Kommun|Comune\s+di|Ville\s+de|Commune\s+de|Ayuntamiento\s+de|Concello\s+de|Câmara\s+"
                     r"Municipal\s+de|Gmina(?:\s+Miasto)?|Miasto|Mesto|Město|Savivaldybė|Kaupunki|Stad|Kommuneqarfik)"
                     rf"\s+{_TOWN}$")
# "X Municipality", "X kommune", "X stad", "X City Council", "X City Government", "X Town Council", "X Kaupunki".
_AFTER = re.compile(rf"^{_TOWN}(?:s)?\s+(?:Municipality|Municipal\s+Council|(?:(?:City|Town|District|Borough|County|"
                    r"Parish|Metropolitan\s+Borough)\s+)?Council|City\s+Government|City\s+Administration|City\s+Hall|"
                    r"[Kk]ommune|[Kk]ommun|[Ss]tad|[Kk]aupunki|[Kk]aupunginhallitus|[Vv]allavalitsus|[Ll]innavalitsus|"
                    r"[Nn]ovads|[Pp]ilsēta|[Mm]iesto\s+savivaldybė|[Rr]ajono\s+savivaldybė|[Ss]avivaldybė|"
                    r"[Kk]ommunia|[Kk]ommuna|[Vv]ald|Gemeinde|Stadtverwaltung)$")
# Words that make a name an institution in its own right (a university, a port, a chamber, an agency).
INSTITUTION = re.compile(
    r"\b(?:universit\w*|university|högskola|høgskole|hochschule|college|institut\w*|institute|museum|museet|museo|"
    r"musée|akademie|akademi|academy|school|istituto|scuola|skole|skola|politecnico|politechnika|hogeschool|lycée|lycee|liceo|gymnasium|"
    r"gimnazjum|colegio|collège|escola|escuela|szkoła|lukio|trust|chamber|handelskammer\w*|kammer|agency|agentur|ministry|"
    r"ministerium|foundation|fondazione|stiftung|fond|hospital|klinikum|sjukhus|sygehus|sykehus|port|havn|hamn|"
    r"havenbedrijf|hafen\w*|harbour|harbor|centre|center|centrum|zentrum|association|verband|förening|forening|"
    r"region|regional|county|län|fylke\w*|landskap|voivodeship|województwo|maakunta|liitto|province|provincie|"
    r"provinz|provincia|landkreis|kreis|département|departement|powiat|comarca|région|regione|"
    r"(?-i:GmbH|AB|Oy|OY|AS|A/S|ApS|Ltd|BV|NV|SIA|UAB|OÜ|AG|SE|S\.A\.|sp\.\s*z\s*o\.o\.))\b", re.I)


def extend_name(text: str, end: int, name: str) -> str:
    """name with what completes it right after it in text: a lower-case word ('Tartu' -> 'Tartu universitet'), or
    the town of an institution ('Maritime Institute' -> 'Maritime Institute in Gdańsk')."""
    m = _TRAILING.match(text, end)
    if m:
        return f"{name} {m.group(1)}"
    m = _SEAT.match(text, end)
    if m and INSTITUTION.search(name) and not _is_country(m.group().split(None, 1)[1]):
        return name + m.group()  # its town, not its country ("Provincie Fryslân i Nederland")
    return name


# An association of a country's local authorities ("Kent Association of Local Councils", "Local Government
# Association", "Kommunernes Landsforening", "National Association of Local Councils"): a national body, unless its
# name says it is European, international or of a country abroad.
_LOCAL_AUTHORITIES = re.compile(r"\b(?:association|federation|union|forbund|förbund|forbundet|landsforening|"
                                r"sammenslutning)\b.*\b(?:local\s+(?:councils?|authorities|government)|"
                                r"municipalities|kommuner|kommunerne|kommunene|councils)\b|"
                                r"\blocal\s+government\s+association\b|\bNALC\b|\bLGA\b|\bCOSLA\b|"
                                r"\b(?:kommunernes|kommunenes|kommunernas|municipalities')\s+(?:lands|riks)?"
                                r"(?:forening|förening|forbund|förbund|sammenslutning|association)\b", re.I)
_BEYOND = re.compile(r"\b(?:europ\w*|international\w*|internasjonal\w*|nordi\w*|baltic|world|global|verdens?|"
                     r"världens)\b", re.I)


def national_body(name: str) -> bool:
    """An association of the home country's local authorities: no partner abroad and no international network."""
    from .gazetteer import countries_in
    from .language import current

    return (bool(_LOCAL_AUTHORITIES.search(name)) and not _BEYOND.search(name)
            and not countries_in(name) - {current().home})


def _is_country(name: str) -> bool:
    from .gazetteer import resolve_country

    return resolve_country(name) is not None


def municipal_town(name: str) -> str | None:
    """The town a municipality's name stands for ('Municipality of Kalmar' -> 'Kalmar'), else None."""
    name = " ".join(name.split())
    m = _BEFORE.match(name) or _AFTER.match(name)
    if m is None:
        return None
    town = m.group("town")
    if INSTITUTION.search(town):
        return None  # "Region Kalmar län", "City of Tartu University": a body of its own
    return town


def genitive_town(town: str, candidates) -> str:
    """'Mariehamns' (stad), 'Rigas' (kommun) -> the town without the genitive -s, when that is the place meant:
    candidates(name) finds places by name (genitives included) and the town is no place of its own. The Faroese
    and Icelandic genitives -ar and -ur ('Klaksvíkar kommuna', 'Reykjavíkurborg') go when the town is known so."""
    if town.endswith(("ar", "ur")) and len(town) >= 6 and not candidates(town) and candidates(town[:-2]):
        return town[:-2]
    if not town.endswith("s") or len(town) < 4:
        return town
    hits = candidates(town)
    if hits and candidates(town[:-1]) == hits and not any(h.name.casefold() == town.casefold() for h in hits):
        return town[:-1]
    return town
