"""Lexicons of general domain knowledge (not names copied from any document).

Programmes that fund municipal international projects, words that mark networks and
organisations, well-known city networks, and Danish section/heading keywords.
"""

from __future__ import annotations

import re

# (canonical programme, pattern); order matters: the more specific first.
PROGRAMMES: list[tuple[str, str]] = [
    ("Horizon Europe", r"horizon\s+europe|horisont\s+europa"),
    ("Horizon 2020", r"horizon\s*2020|horisont\s*2020|\bh2020\b|8\.\s*rammeprogram"),
    ("FP7", r"\bfp7\b|7\.\s*rammeprogram|seventh framework programme"),
    ("Interreg Øresund-Kattegat-Skagerrak",
     r"interreg\w*\s+(?:program\w*\s+(?:for\s+)?)?(?:øresund-kattegat-skagerrak|öks|øks)"),
    ("Interreg North Sea Region", r"interreg\w*\s+north\s+sea|northsearegion|nordsø(?:program|region)"),
    ("Interreg Baltic Sea Region", r"interreg\w*\s+baltic|interreg-baltic|østersøprogram"),
    ("Interreg Deutschland-Danmark", r"interreg\w*\s+deutschland-danmark"),
    ("Interreg Europe", r"interreg\s+europe"),
    ("Interreg", r"\binterreg\w*"),
    ("Erasmus+", r"\berasmus\s*\+|\berasmus\b"),
    ("URBACT", r"\burbact\b"),
    ("LIFE", r"\bLIFE\b(?:[- ]program\w*|[- ]projekt\w*|\s+IP)?"),
    ("EU Social Fund", r"socialfond\w*|social\s+fund|\besf\b|\besf\+"),
    ("EU Regional Development Fund", r"regionalfond\w*|regional\s+development\s+fund|\berdf\b|\befru\b"),
    ("Creative Europe", r"creative\s+europe|kreativt\s+europa"),
    ("Europe for Citizens", r"europe\s+for\s+citizens|borgernes\s+europa"),
    ("Connecting Europe Facility", r"connecting\s+europe\s+facility|\bcef\b"),
    ("EIT Climate-KIC", r"climate-kic"),
    ("Strategic Sector Cooperation",
     r"strategisk\w*\s+sektor\s*samarbejde|strategic\s+sector\s+cooperation|\bssc\b"),
    ("Nordic Council of Ministers", r"nordisk\s+ministerråd|nordic\s+council\s+of\s+ministers"),
    ("Digital Europe", r"digital\s+europe"),
    # National research and innovation funders often named as a project's source.
    ("Formas", r"\bformas\b"),
    ("Vinnova", r"\bvinnova\b"),
    ("NordForsk", r"\bnordforsk\b"),
    ("Innovationsfonden", r"\binnovationsfonden\b|innovation\s+fund\s+denmark"),
    ("Realdania", r"\brealdania\b"),
    ("EUDP", r"\beudp\b"),
]
PROGRAMME_RES = [(name, re.compile(p, re.I)) for name, p in PROGRAMMES]
PROGRAMME_NAMES = {name.casefold() for name, _ in PROGRAMMES} | {"interreg", "horizon", "h2020", "eu"}


_ANY_PROGRAMME = re.compile("|".join(f"(?:{p})" for _, p in PROGRAMMES), re.I)


def find_programme(text: str) -> str | None:
    """The first (most specific) funding programme named in text."""
    if not _ANY_PROGRAMME.search(text):
        return None  # one combined scan; most sentences name no programme
    best = None
    for name, rx in PROGRAMME_RES:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


# Programmes whose projects are partnerships with one city abroad (named after that city, not by a title).
BILATERAL_PROGRAMMES = {"Strategic Sector Cooperation"}

_BILATERAL_RE = re.compile("|".join(f"(?:{p})" for name, p in PROGRAMMES if name in BILATERAL_PROGRAMMES), re.I)


def find_bilateral(text: str) -> str | None:
    """The bilateral programme (Strategic Sector Cooperation) named in text, if any."""
    return find_programme(text) if _BILATERAL_RE.search(text) else None


# Words every title below contains (lower case): a cheap test before the patterns.
TITLE_KEYS = ("capital", "hovedstad", "green leaf", "idrætsby", "icapital")
# Titles a city holds for a year (general knowledge): canonical English name, pattern.
TITLE_YEARS: list[tuple[str, re.Pattern]] = [(name, re.compile(p, re.I)) for name, p in [
    ("European Capital of Culture", r"europ\w*\s+capital\s+of\s+culture|europæisk\w*\s+kulturhovedstad\w*|"
                                    r"\bkulturhovedstad\w*"),
    ("European Green Capital", r"european\s+green\s+capital(?!\s+network)|europæisk\w*\s+miljøhovedstad\w*"),
    ("European Green Leaf", r"european\s+green\s+leaf"),
    ("World Capital of Architecture", r"world\s+capital\s+of\s+architecture|verdens\s+arkitekturhovedstad"),
    ("European Youth Capital", r"european\s+youth\s+capital|europæisk\w*\s+ungdomshovedstad\w*"),
    ("European Capital of Sport", r"european\s+capital\s+of\s+sport|europæisk\w*\s+idrætsby"),
    ("World Design Capital", r"world\s+design\s+capital"),
    ("European Capital of Innovation", r"european\s+capital\s+of\s+innovation|icapital"),
    ("European Capital of Smart Tourism", r"european\s+capital\s+of\s+smart\s+tourism"),
]]

# Last words that make a proper name a network or organisation of members.
NETWORK_HEADS = ("network", "networks", "netværk", "netværket", "forum", "association", "alliance", "council",
                 "campaign", "union", "league", "federation", "sammenslutning", "forening", "foreningen",
                 "konference", "conference", "initiative", "partnership", "platform", "committee")
# Well-known international city/municipal networks (general knowledge, for any municipality).
KNOWN_NETWORKS = {
    "eurocities": "Eurocities", "iclei": "ICLEI", "c40": "C40", "civitas": "CIVITAS", "urbact": "URBACT",
    "energy cities": "Energy Cities", "covenant of mayors": "Covenant of Mayors",
    "union of baltic cities": "Union of Baltic Cities", "ubc": "Union of Baltic Cities",
    "cemr": "CEMR", "cpmr": "CPMR", "polis": "POLIS", "climate alliance": "Climate Alliance",
    "mayors for peace": "Mayors for Peace", "uclg": "UCLG", "metropolis": "Metropolis",
    "strong cities network": "Strong Cities Network", "icorn": "ICORN",
    "intercultural cities": "Intercultural Cities",
    "fab city": "Fab City", "oasc": "OASC", "acr+": "ACR+", "baltmet": "BaltMet", "b7": "B7",
    "healthy cities": "WHO Healthy Cities", "who healthy cities": "WHO Healthy Cities",
    "resilient cities network": "Resilient Cities Network", "100 resilient cities": "100 Resilient Cities",
    "cities for climate protection": "Cities for Climate Protection",
    "new hanseatic league": "New Hanseatic League",
    "eurotowns": "Eurotowns", "les rencontres": "Les Rencontres", "nalas": "NALAS", "aer": "AER",
    "north sea commission": "North Sea Commission", "baltic sea commission": "Baltic Sea Commission",
    "carbon neutral cities alliance": "Carbon Neutral Cities Alliance", "procura+": "Procura+",
    "lighting urban community international": "LUCI", "luci": "LUCI", "agenda 21": "Agenda 21",
}
NETWORK_WORD = re.compile(r"netværk|network|medlemskab|membership|medlem af|member of|bynetværk|forum|"
                          r"sammenslutning|alliance|association", re.I)

# Heading keywords that give the type of the records listed under a section.
SECTION_KINDS = [
    ("partner", re.compile(r"venskabsby|søsterby|samarbejdsby|partnerby|twin|sister\s+cit|partner\s+cit|"
                           r"samarbejdspartnere\s+i\s+udlandet|udenlandske\s+samarbejds", re.I)),
    ("network", re.compile(r"medlemskab|membership|netværk|networks?\b|organisationer|organisations", re.I)),
    ("project", re.compile(r"projekt|project|programmer\b|programmes?\b|initiativer", re.I)),
]

class Keyed:
    """A case-insensitive pattern guarded by literal keys that every match contains.

    Python's regex engine tries word alternations at every character; a plain substring test of the
    lower-cased text (C speed) rules out most sentences first.
    """

    def __init__(self, pattern: str, keys: tuple[str, ...]) -> None:
        self.rx = re.compile(pattern, re.I)
        self.keys = keys

    def _maybe(self, text: str) -> bool:
        low = text.lower()
        return any(k in low for k in self.keys)

    def search(self, text: str) -> re.Match | None:
        return self.rx.search(text) if self._maybe(text) else None

    def finditer(self, text: str):
        return self.rx.finditer(text) if self._maybe(text) else iter(())


COOPERATION = Keyed(
    r"samarbejd\w*|venskabsby\w*|søsterby\w*|partnerby\w*|samarbejdsaftale\w*|samarbejdsby\w*|"
    r"twin\w*|sister\s+cit\w*|cooperat\w*|collaborat\w*|partner\w*|memorandum|\bmou\b|hensigtserklæring\w*|"
    r"sammen\s+med|udveksling\w*|kontrakt\s+med|aftale\s+med|venskab\w*",
    ("samarbejd", "venskab", "søsterby", "partner", "twin", "sister", "cooperat", "collaborat", "memorandum",
     "mou", "hensigtserklæring", "sammen", "udveksling", "kontrakt", "aftale"),
)
# Words that leave no doubt that a place named nearby is a partner (Bath, Split and Nice count here).
STRONG_COOPERATION = Keyed(r"venskabsby\w*|søsterby\w*|partnerby\w*|samarbejdsaftale\w*|samarbejdsby\w*|"
                           r"vennskapsby\w*|vänort\w*|twin\s*cit\w*|twinning|sister\s+cit\w*|partner\s+cit\w*|"
                           r"friendship\s+cit\w*|cooperation\s+agreement",
                           ("venskabsby", "søsterby", "partnerby", "samarbejdsaftale", "samarbejdsby", "vennskapsby",
                            "vänort", "twin", "sister", "partner cit", "friendship", "cooperation agreement"))
KIND_PATTERNS = [
    ("twin city", re.compile(r"venskabsby|twin|vennskapsby|vänort", re.I)),
    ("sister city", re.compile(r"søsterby|sister\s+cit|sister-city", re.I)),
    ("memorandum of understanding", re.compile(r"memorandum|\bmou\b|hensigtserklæring", re.I)),
    ("cooperation agreement", re.compile(r"samarbejdsaftale|cooperation\s+agreement|partnerskabsaftale|"
                                         r"aftale\s+med|kontrakt\s+med|agreement", re.I)),
    ("project partner", re.compile(r"projekt|project|interreg|horizon", re.I)),
]
HEDGES = Keyed(r"overvej\w*|overvejelse\w*|mulig\w* deltagelse|considering|potential\w*|ikke længere|"
               r"udmeldt|meldt sig ud|ophørt",
               ("overvej", "mulig", "considering", "potential", "ikke længere", "udmeldt", "meldt", "ophørt"))
INSTITUTION_WORDS = re.compile(
    r"\b(kommune\w*|kommuneqarfik|municipality|university|universitet\w*|college|museum|museet|museo|"
    r"chamber|kammer|stad|city of|region\w*|agency|institut\w*|hochschule|högskola\w*|høgskole|"
    r"handelshøjskole\w*|school|akademie|ministry|ministerium)\b", re.I)
# Institutions that are surely Danish: the five regions, national bodies (general knowledge).
DANISH_INSTITUTION = re.compile(r"\bRegion\s+(?:Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland)\b|"
                                r"\bDanmarks?\b|\bDansk\w*\b|\bDanish\b|\bDenmark\b|\bKL\b", re.I)
# Institutions that are partners in their own right (not a name for the city, like "Malmö Stad").
INSTITUTION_ABROAD = re.compile(
    r"\b(university|universit[äaé]t\w*|universitet\w*|università|université|college|museum|museet|museo|musée|"
    r"chamber of commerce|handelskammer\w*|hochschule|högskola\w*|høgskole\w*|institut\w*|school|akademie|"
    r"academy|ministry|ministerium|fondazione|foundation|stiftung|hospital|klinikum)\b", re.I)
DEPARTMENT = re.compile(r"\b((?:[A-ZÆØÅ][\wæøå]*-\s+og\s+)?[A-ZÆØÅ][\wæøå]*forvaltning(?:en)?)\b")
