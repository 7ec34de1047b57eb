"""Lexicons of general domain knowledge (not names copied from any document).

Programmes that fund municipal international projects, words that mark networks and
organisations, well-known city networks, and Danish section/heading keywords.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .rxprefix import with_first_chars

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
    ("Nordic Council of Ministers", r"nordisk\s+ministerr[åa]d|nordic\s+council\s+of\s+ministers"),
    ("Digital Europe", r"digital\s+europe"),
    ("Nordplus", r"\bnordplus\b"),
    # EU education and youth programmes before Erasmus+ (older reports name them)
    ("Socrates", r"\bso[ck]rates\b"), ("Comenius", r"\bcomenius\b"),
    ("Leonardo da Vinci", r"\bleonardo\s+da\s+vinci\b"),
    ("Grundtvig", r"\bgrundtvig(?:\s*-?\s*program\w*)\b"), ("Youth in Action", r"youth\s+in\s+action|aktive\s+unge"),
    ("Turing Scheme", r"turing\s+scheme"),
    # EC education and training programmes of the late 1980s and 1990s, written in capitals (older reports)
    ("PETRA", r"(?-i:\bPETRA\b)"), ("LINGUA", r"(?-i:\bLINGUA\b)"), ("COMETT", r"(?-i:\bCOMETT\b)"),
    ("TEMPUS", r"(?-i:\bTEMPUS\b)"), ("EUROTECNET", r"(?-i:\bEUROTECNET\b)"),
    # Citizens, Equality, Rights and Values, the successor of Europe for Citizens
    ("CERV", r"\bcerv\b|citizens,\s+equality,\s+rights\s+and\s+values"),
    ("EEA and Norway Grants", r"eea\s+(?:and\s+norway\s+)?grants|norway\s+grants|eøs-midl\w*|eøs-støtte"),
    ("Nordic Culture Fund", r"nordisk\s+kulturfond|nordic\s+culture\s+fund|nordiska\s+kulturfonden"),
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


_ANY_PROGRAMME = with_first_chars(re.compile("|".join(f"(?:{p})" for _, p in PROGRAMMES), re.I))


@lru_cache(maxsize=4096)  # the same names are asked about again and again (each partner, network, project)
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

_BILATERAL_RE = with_first_chars(
    re.compile("|".join(f"(?:{p})" for name, p in PROGRAMMES if name in BILATERAL_PROGRAMMES), re.I))


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
# ("council" and "committee" are no heads: "Aberdeenshire Council", "the Regional Committee" are local bodies.)
NETWORK_HEADS = ("network", "networks", "netværk", "netværket", "forum", "association", "alliance",
                 "campaign", "union", "league", "federation", "sammenslutning", "forening", "foreningen",
                 "konference", "conference", "initiative", "partnership", "platform")
# Well-known international city/municipal networks (general knowledge, for any municipality).
KNOWN_NETWORKS = {
    "global covenant of mayors for climate & energy": "Global Covenant of Mayors for Climate & Energy",
    "global covenant of mayors": "Global Covenant of Mayors",
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
    # European associations of municipalities and regions, by their full names (general knowledge)
    "council of european municipalities and regions": "Council of European Municipalities and Regions",
    "conference of peripheral maritime regions": "Conference of Peripheral Maritime Regions",
    "assembly of european regions": "Assembly of European Regions",
    "association of european border regions": "Association of European Border Regions", "aebr": "AEBR",
    "european route of industrial heritage": "European Route of Industrial Heritage", "erih": "ERIH",
    "international association of educating cities": "International Association of Educating Cities",
    "douzelage": "Douzelage", "cittaslow": "Cittaslow",
    "kimo": "KIMO", "iclei europe": "ICLEI Europe", "local governments for sustainability": "ICLEI",
    "united cities and local governments": "UCLG", "nordic safe cities": "Nordic Safe Cities",
    "die hanse": "Die Hanse",
    "european network of cities for circular economy": "European Network of Cities for Circular Economy",
    # Danish and Swedish names of the Covenant of Mayors, kept as a reader writes them
    "borgmesteraftalen": "Borgmesteraftalen", "borgmästaravtalet": "Borgmästaravtalet",
}
# A German noun for the kind of body before a network's name ("Netzwerk Energy Cities", "Städtebund Die Hanse").
GERMAN_KIND = re.compile(r"^(?:Netzwerk|Städtebund|Städtenetzwerk|Verband|Bündnis|Organisation|Initiative)\s+(?=[A-Z])")
NETWORK_WORD = re.compile(r"netværk|network|medlemskab|membership|medlem af|member of|bynetværk|forum|"
                          r"sammenslutning|alliance|association", re.I)

# Words for a twin town in the four languages and the usual loans (venskabskommune, vänkommun, Partnerstadt,
# jumelage): one vocabulary for sections, cues and kinds.
TWIN = (r"venskabs(?:by|kommun)|vennskaps(?:by|kommun)|vänort|vänst[aä]d|vänkommun|vänskapsort|søster(?:by|kommun)|"
        r"syster(?:stad|kommun|ort)|twin\s*(?:towns?|cit(?:y|ies)|municipalit\w*)|twinned|twinning|"
        r"sister[\s-]+(?:cit|town|municipalit)|partner\s*(?:cit|town|by|stad|stadt|kommune)|jumel\w*|"
        r"friendship\s+(?:cit|town)|partnerst[aä]dte?\w*|partnergemeinde\w*|städtepartnerschaft\w*|"
        r"freundschaftsst[aä]dte?\w*")
TWIN_RE = re.compile(TWIN, re.I)

# Heading keywords that give the type of the records listed under a section.
SECTION_KINDS = [
    ("partner", re.compile(TWIN + r"|samarbejdsby|twin|samarbejdspartnere\s+i\s+udlandet|udenlandske\s+samarbejds|"
                           # the partners of a project page: "Partners", "Projektpartnere", "Consortium"
                           r"^(?:(?:project|projekt|prosjekt|our|vores|våra|våre|the)\s+)?partn[ea]r(?:s|e|ne|na|ar|ane)?\s*:?$|"
                           # "Åtte partnere fra seks land", "Partners in the project": the plural names the list
                           r"^(?:\S+\s+){0,3}partn[ea]r(?:s|e|ne|na|ar|ane|erne)\b(?:\s+\S+){0,5}$|"
                           r"^(?:projekt|prosjekt|samarbejds|samarbets|samarbeids)partner\w*|^partnerskab(?:et)?$|"
                           r"^consorti\w*|^konsorti\w*|^partner(?:organisationer|organisasjoner|kommuner|byer)|"
                           r"^participating\s+(?:partners|organisations|organizations|cities)|"
                           # a LIFE project's "Beneficiaries", "Associated beneficiaries"
                           r"^(?:coordinating\s+|associated\s+)?beneficiar\w*", re.I)),
    ("network", re.compile(r"medlemskab|membership|netværk|networks?\b|organisationer|organisations|nätverk|"
                           r"nettverk|medlemskap", re.I)),
    ("project", re.compile(r"projekt|project|prosjekt|programmer\b|programmes?\b|initiativer", re.I)),
]

# The standard parts of a committee note, report or web page (general vocabulary): titles, never names.
GENERIC_HEADING = re.compile(
    r"^(?:sagsfremstilling|saksfremstilling|indstilling|innstilling|beslutning|vedtak|baggrund|bakgrund|bakgrunn|"
    r"økonomi|ekonomi|resumé|resume|sammenfatning|sammanfattning|oppsummering|summary|background|introduction|"
    r"indledning|inledning|innledning|konklusion|slutsats|konklusjon|conclusion|bilag|bilagor|vedlegg|appendix|"
    r"annex|ärende|ärendebeskrivning|beslut|(?:key\s+|quick\s+|project\s+)?facts|fakta(?:boks|ruta)?|fact\s*sheet|"
    r"nøgletal|nyckeltal|nøkkeltall|in\s+brief|kort\s+fortalt|i\s+korthet|related|relateret|kontakt|contact|links?|"
    r"læs mere|read more|mer information|mere information|more information|om projektet|about the project|"
    r"partners?|partnere|organisation|organisering|økonomi og finansiering|finansiering|funding|status|"
    r"formål|syfte|purpose|aims?|mål|goals?|resultater|results|aktiviteter|activities|"
    # A council agenda item's parts and decision lines ("Beslutningsforslag", "Förslag till beslut", "Forslag til
    # vedtak", "Kommunedirektørens innstilling", "Beslutning i Byrådet den 3. marts 2027", "Kommunestyrets vedtak").
    r"beslutningsforslag|beslutsförslag|vedtaksforslag|sagsbeskrivelse|saksopplysninger|saksframstilling|"
    r"saksutredning|vurdering|bedömning|beslutsunderlag|lovgrundlag|retsgrundlag|høring|kommunikation|"
    r"tidligere\s+beslutninger|sagen\s+i\s+korte\s+træk|sammanfattning\s+av\s+ärendet|"
    r"(?:proposed|draft)\s+(?:decision|resolution)|recommendations?|decision|"
    r"(?:forslag|förslag)\s+(?:til|till)\s+(?:beslutning|beslut|vedtak|innstilling|indstilling)|"
    r"(?:\w+(?:ens|ns|s)\s+)?(?:indstilling|innstilling|forslag|förslag|beslutning|vedtak|beslut|yrkande)|"
    r"(?:beslutning|vedtak|beslut|decision)\s+(?:i|på|fra|av|af|in|of|by)\s+[^\n]{2,60}?"
    r"(?:\s+(?:den|d\.|on)?\s*[\d.\s/-]*\d[\w.\s/-]*)?)\s*:?$", re.I)


@lru_cache(maxsize=64)
def _lower(text: str) -> str:
    # One sentence is tested by many keyed patterns in a row (COOPERATION, HEDGES' parts): lower it once.
    return text.lower()


class Keyed:
    """A case-insensitive pattern guarded by literal keys that every match contains.

    Python's regex engine tries word alternations at every character; a plain substring test of the
    lower-cased text (C speed) rules out most sentences first.
    """

    def __init__(self, pattern: str, keys: tuple[str, ...]) -> None:
        self.rx = with_first_chars(re.compile(pattern, re.I))
        self.keys = keys

    def _maybe(self, text: str) -> bool:
        return any(map(_lower(text).__contains__, self.keys))

    def search(self, text: str) -> re.Match | None:
        return self.rx.search(text) if self._maybe(text) else None

    def finditer(self, text: str):
        return self.rx.finditer(text) if self._maybe(text) else iter(())


COOPERATION = Keyed(
    r"samarbejd\w*|venskabsby\w*|søsterby\w*|partnerby\w*|samarbejdsaftale\w*|samarbejdsby\w*|"
    r"twin\w*|sister\s+cit\w*|cooperat\w*|collaborat\w*|partner\w*|partnar\w*|memorandum|\bmou\b|hensigtserklæring\w*|"
    r"sammen\s+med|udveksling\w*|kontrakt\s+med|aftalen?\s+med|venskab\w*|"
    # Swedish, Norwegian, English
    r"vänort\w*|vänstad\w*|samarbet\w*|samverka\w*|vennskap\w*|samarbeid\w*|friendship\w*|tillsammans\s+med|"
    r"sammen\s+med|saman\s+med|utbyte\w*|utveksling\w*|avtal\w*\s+med|exchange\w*\s+with|agreement\s+with|"
    r"together\s+with|jointly\s+with|"
    # German: "Zusammenarbeit mit", "Partnerschaft", "Freundschaftsvertrag mit", "gemeinsam mit"
    r"zusammenarbeit\w*|\bzusammen\b|gemeinsam\s+mit|kooperation\w*|partnerschaft\w*|freundschaft\w*|"
    r"austausch\w*|vereinbarung\w*\s+mit|"
    # who takes part in a project: "Med i projektet är X, Y och Z", "I projektet deltager ..."
    r"(?:med|deltar|deltager|deltakere|deltagere|deltagare)\s+i\s+projekt\w*|"
    r"i\s+(?:projekt|prosjekt|project)\w*\s+(?:deltag|deltar|deltok|medverkar|medvirker|ingår|inngår|indgår)\w*|"
    # who leads or coordinates a project: "Prosjektet ledes av X i Nederland", "coordinated by X"
    r"\b(?:ledes|ledet|leds|led|coordinated|koordineres|koordineras|koordinert|koordineret)\s+(?:av|af|by)\b|"
    # partners named only after "with": "with the ports of A and B", "med havnene i A og B", "med städerna X och Y"
    r"\b(?:with|med)\s+(?:the\s+)?(?:ports?|harbou?rs?|towns?|cities|municipalities|schools|universities|havnene|"
    r"byerne|byene|kommunerne|kommunene|skolerne|skolene|hamnarna|städerna|kommunerna|skolorna)\s+(?:of|in|i)\s",
    ("samarbejd", "venskab", "søsterby", "partner", "partnar", "saman med", "twin", "sister", "cooperat",
     "collaborat", "memorandum",
     "mou", "hensigtserklæring", "sammen", "udveksling", "kontrakt", "aftale", "vänort", "vänstad", "samarbet",
     "samverka", "vennskap", "samarbeid", "friendship", "tillsammans", "utbyte", "utveksling", "avtal",
     "exchange", "agreement", "projekt", "ledes", "ledet", "leds", "led by", "coordinated", "koordiner",
     "together with", "jointly with", "port", "harbo", "town", "cities", "municipalities", "schools",
     "universities", "havnene", "byerne", "byene", "kommunerne", "kommunene", "skolerne", "skolene", "hamnarna",
     "städerna", "kommunerna", "skolorna", "zusammen", "gemeinsam", "kooperation", "freundschaft", "austausch",
     "vereinbarung"),
)
# Words that leave no doubt that a place named nearby is a partner (Bath, Split and Nice count here).
STRONG_COOPERATION = Keyed(TWIN + r"|samarbejdsaftale\w*|samarbejdsby\w*|twin\b|partnerschaftsvertrag\w*|"
                           r"freundschaftsvertrag\w*|kooperationsvereinbarung\w*|absichtserklärung\w*|"
                           r"sister\s+cit\w*|partner\s+(?:cit|town)\w*|friendship\s+(?:cit|town|agreement)\w*|"
                           r"cooperation\s+agreement|samarbeidsavtale\w*|samarbetsavtal\w*|memorandum\s+of\s+understanding",
                           ("venskabs", "søster", "syster", "partner", "samarbejdsaftale", "samarbejdsby", "vennskaps",
                            "vänort", "vänst", "vänkommun", "vänskap", "twin", "sister", "jumel", "friendship",
                            "cooperation agreement", "samarbeidsavtale", "samarbetsavtal", "memorandum",
                            "städtepartner", "freundschafts", "kooperationsvereinbarung", "absichtserklärung"))
KIND_PATTERNS = [
    ("sister city", re.compile(r"søster(?:by|kommune)|syster(?:stad|kommun)|sister[\s-]+(?:cit|town)", re.I)),
    ("twin city", re.compile(TWIN + r"|twin", re.I)),
    ("memorandum of understanding", re.compile(r"memorandum|\bmou\b|hensigtserklæring", re.I)),
    ("friendship agreement", re.compile(r"friendship|venskabsaftale|vänskapsavtal|freundschaft", re.I)),
    ("cooperation agreement", re.compile(r"samarbejdsaftale|cooperation\s+agreement|partnerskabsaftale|"
                                         r"aftale\s+med|kontrakt\s+med|agreement|samarbeidsavtale|samarbetsavtal",
                                         re.I)),
    ("project partner", re.compile(r"projekt|project|interreg|horizon", re.I)),
]
# A sentence that denies, considers, declines, applies for or ends a membership ("er ikke selv medlem af",
# "is considering membership of", "anbefaler ikke et medlemskab af", "sagt nej tak til", "har søkt om å bli med i",
# "left ... in 2022", "meldte sig ud af"): its networks are not memberships. "ikke kun medlem" (not only) is one.
_NOT = r"(?:ikke|inte|not)\s+(?!kun\b|bare\b|blot\b|alene\b|only\b|just\b|bara\b|endast\b)(?:\w+\s+){0,2}?"


class AnyOf:
    """The first match of several keyed patterns: each runs only on sentences holding one of its own keys."""

    def __init__(self, *parts: Keyed) -> None:
        self.parts = parts

    def search(self, text: str) -> re.Match | None:
        return next((m for part in self.parts if (m := part.search(text))), None)

    def starts(self, text: str) -> list[int]:
        """Where every match of every part starts."""
        return sorted(m.start() for part in self.parts for m in part.finditer(text))


HEDGES = AnyOf(
    Keyed(r"overvej\w*|mulig\w* deltagelse|considering|consider\w*\s+(?:joining|membership)|potential\w*|"
          r"ikke længere|udmeldt|meldt\w* sig ud|meldte\s+(?:\w+\s+)?ud|udtrådt\w*|udtrådte|ophørt|no\s+longer|"
          r"ikke\s+lenger|inte\s+längre|\bleft\b|lämnade|lämnat|forlod|forlot|withdr[ae]w\w*|resigned|avslutades|"
          r"avsluttet|upphörde|utträd\w*|meld\w*\s+(?:\w+\s+){0,2}?(?:ud|ut)\s+(?:af|av)\b|"
          r"(?:træde|træder|gå|går)\s+ud\s+af|gå\s+ut\s+(?:av|ur)|\b(?:to\s+)?leave\s+the\b|\bleaving\b|"
          r"\bforlade\b|\blämna\b|\bforlate\b|"
          # the present and future: "Samtidigt lämnar kommunen nätverket X", "medlemskabet ophører", "avslutas"
          r"\blämnar\b|\bforlader\b|\bforlater\b|\bleaves\s+the\b|\bavslutas\b|\bavsluttes\b|\bafsluttes\b|"
          r"\bophører\b|\bupphör\b|\bopphører\b|\bends\s+(?:at|on|in|by)\b|"
          r"meldte\s+seg\s+ut|överväg\w*|avstå\w*|avstod|undlod|undlade|refrain\w*|former\s+member|"
          r"(?<!sedan\s)(?<!fra\s)(?:tidligere|tidigare)\s+medlem|var\s+medlem|was\s+a\s+member|"
          # advised against, declined or postponed
          r"anbefaler\s+ikke|anbefales\s+ikke|fraråde\w*|avråde\w*|recommend\w*\s+against|advise\w*\s+against|"
          r"nej\s+tak|takket\s+nej|sagt\s+nej|tackat\s+nej|takket\s+nei|sagt\s+nei|declin\w*|turned\s+down|"
          r"afslå\w*|afslog|avslå\w*|avslog|\bafvist\w*|\bafviste\b|fravalg\w*|valgt\s+fra|opted\s+out|"
          r"besluttet?\s+at\s+vente|besluttede\s+at\s+vente|beslutat\s+att\s+vänta|beslöt\s+att\s+vänta|"
          r"decided\s+to\s+wait|opsagt|opsagde|sagt\s+op|"
          r"sagt\s+opp|sade\s+upp|sagt\s+upp|terminated|cancel+ed|"
          # put on hold: "medlemskabet er sat i bero", "lagt på is", "vilande", "put on hold", "paused"
          r"(?:sat|stillet|satt)\s+i\s+bero|lagt\s+på\s+(?:is|hylden)|(?:sat|satt|lagt)\s+på\s+(?:pause|paus|vent)|"
          r"vilande\w*|pausad\w*|pauset|\bpaused\b|put\s+on\s+hold|\bon\s+hold\b|suspend\w*|"
          # German: considered, left, not a member
          r"geprüft|erwog\w*|erwägt|ausgetreten|austritt\w*|nicht\s+mehr|kein\w*\s+mitglied|nicht\s+mitglied",
          ("overvej", "mulig", "consider", "potential", "ikke længere", "udmeldt", "meldt", "meldte", "udtr", "ophørt",
           "no longer", "ikke lenger", "inte längre", "left", "lämna", "forlo", "withdr", "resigned", "avslut",
           "upphör", "utträd",
           "överväg", "avst", "undl", "refrain", "former", "tidligere", "tidigare", "var medlem", "was a member",
           "anbefal", "frarå", "avrå", "recommend", "advise", "nej", "nei", "declin", "turned down", "afsl", "avsl",
           "afvis", "fravalg", "valgt fra", "opted", "vente", "vänta", "wait", "opsag", "sagt op", "sade upp",
           "sagt upp", "terminated", "cancel", "melde", "ud af", "ut av", "ut ur", "leav", "forlade", "lämna",
           "forlate", "bero", "på is", "på hylden", "afslut", "ophør", "upphör", "opphør", "ends ",
           "på pause", "på paus", "på vent",
           "vilande", "pausad", "pauset", "paused", "hold", "suspend", "geprüft", "erwog", "erwägt", "ausgetreten",
           "austritt", "nicht mehr", "mitglied")),
    # not a member: "er ikke selv medlem af", "anbefaler ikke et medlemskab af"
    Keyed(rf"{_NOT}(?:medlem\w*|members?\b|membership)", ("medlem", "member")),
    # never joined: "X, som kommunen ikke har tilsluttet sig", "which the council has not joined"
    Keyed(r"\b(?:ikke|inte|not|never|aldrig|aldri)\s+(?:\w+\s+){0,2}?(?:tilsluttet|tilsluttede|anslutit|anslöt|"
          r"sluttet\s+seg|joined|signed\s+up|tiltrådt|tiltrådte)\b",
          ("tilsluttet", "tilsluttede", "anslutit", "anslöt", "sluttet seg", "joined", "signed up", "tiltrådt")),
    # only discussed, considered or investigated
    Keyed(r"(?:drøft|diskut|discuss|debatt?er|vurder|consider|utred|utrett|undersøg|undersök|investigat|explor|"
          r"evaluat)\w*\s+(?:\w+\s+){0,4}(?:medlemskab|medlemskap|membership|join\w*|tilslut\w*|anslut\w*|"
          r"bli\s+med|optag\w*)",
          ("drøft", "diskut", "discuss", "debat", "vurder", "consider", "utred", "utrett", "undersøg", "undersök",
           "investigat", "explor", "evaluat")),
    # the membership named first, then discussed: "Et medlemskab af X har været drøftet", "Membership of X was
    # discussed", "Ett medlemskap i X har diskuterats"
    Keyed(r"(?:medlemskab|medlemskap|membership)\w*\s+(?:af|i|av|of|in)\s+[^.;:]{1,60}?\b(?:har|er|är|blev|ble|"
          r"was|has\s+been|is\s+being|været|varit|vært|blivit|blitt|\s)+(?:drøftet|diskuteret|diskuterats|diskuterat|"
          r"diskutert|discussed|debated|overvejet|övervägts|vurderet|vurdert|considered)\b",
          ("medlemskab", "medlemskap", "membership")),
    # invited, or a decision still to come: "an invitation to join", "asked whether the Council should join",
    # "om kommunen skal slutte seg til", "tage stilling til", "ta ställning till ett medlemskap", "not to join"
    Keyed(r"invit\w*\s+to\s+join|invitation\s+(?:til|till|om)\s+(?:at\s+|å\s+|att\s+)?(?:blive?|bli)\s+"
          r"(?:medlem|med)|whether\s+(?:\w+\s+){1,4}(?:should|would|could|might)\s+(?:join|become)",
          ("invit", "whether")),
    Keyed(r"\bom\s+(?:\w+\s+){1,3}(?:skal|skulle|bør|ska|borde)\s+(?:bli\s+med|slutte\s+seg|melde\s+s[ie]g|"
          r"tilslutte|ansluta|gå\s+med|blive?\s+medlem|bli\s+medlem)",
          ("slutte seg", "melde s", "tilslutte", "ansluta", "gå med", "bli med", "blive medlem", "bli medlem",
           "bliv medlem")),
    Keyed(r"(?:tage|ta)\s+st[ie]lling\s+til|ta\s+ställning\s+till|not\s+to\s+join|"
          r"ikke\s+(?:at\s+|å\s+)?(?:tilslutte|melde\s+(?:\w+\s+){1,2}?(?:ind|inn)|bli\s+med)|"
          r"inte\s+(?:att\s+)?(?:ansluta|gå\s+med)|"
          r"avvakta|afvente|afventer|postpone\w*|not\s+to\s+renew|discontinu\w*|ikke\s+(?:at\s+|å\s+)?forny\w*|"
          r"inte\s+(?:att\s+)?förnya\w*|"
          r"(?:saken|sagen|beslutningen|beslutet|frågan|spørsmålet)\s+(?:er|är|blev|ble)\s+(?:ut|ud)satt?",
          ("stilling", "ställning", "not to join", "tilslutte", "melde", "bli med", "ansluta", "gå med", "avvakta",
           "afvent", "postpone", "utsat", "udsat", "renew", "discontinu", "forny", "förny")),
    # the membership as the subject of a status: "Medlemskab af X er ansøgt", "Membership of X was considered"
    Keyed(r"(?:medlemskab\w*|medlemskap\w*|membership|optagelse|anslutning|tilslutning)\b[^.;]{0,60}?\b(?:er|är|is|was|"
          r"has\s+been|have\s+been|blev|ble|bliver|blir|will\s+be|skal|ska|vil\s+blive)\s+(?:\w+\s+){0,2}?(?:ansøgt|"
          r"søgt|søkt|sökt|applied\s+for|under\s+(?:overvejelse|consideration|behandling)|considered|being\s+considered|"
          r"overvejet|drøftet|diskuteret|discussed|undersøgt|utredd|utrett|utreds|övervägt|övervägs|pending|"
          r"afventer|on\s+hold)\b",
          ("medlemskab", "medlemskap", "membership", "optagelse", "anslutning", "tilslutning")),
    # applied for
    Keyed(r"(?:søkt|søgt|ansøgt|ansøger|ansökt|ansöker|søker|söker|sökt)\s+om\s+(?:at\s+|å\s+|att\s+)?"
          r"(?:blive?\s+|bli\s+)?(?:medlem|optag|med\s+i)|applied\s+(?:for\s+membership|to\s+join|to\s+become)|"
          r"application\s+(?:for\s+membership|to\s+join)|"
          # "Kommunen søker medlemskap i X", "ansöker om medlemskap", "decided not to apply for membership of X"
          # and with the subject after the verb: "I juni ansökte kommunen om medlemskap i X"
          r"(?:søk\w*|sök\w*|søg\w*|ansøg\w*|ansök\w*)\s+(?:\w+\s+){0,2}?(?:om\s+)?(?:et\s+|ett\s+)?(?:medlemskab|"
          r"medlemskap|optagelse)|"
          r"appl(?:y|ies|ying)\s+(?:for\s+(?:a\s+)?membership|to\s+join|to\s+become)",
          ("søkt", "søgt", "ansøg", "ansök", "søker", "söker", "sökt", "applied", "application", "søk", "sök",
           "apply", "applies", "applying", "søg")),
)
# A section about memberships or agreements that are over or were turned down ("Netværk, vi ikke længere er med i",
# "Udmeldelser og medlemskaber, vi har fravalgt", "Tidigare vänort", "Former twin towns"): what it names is
# no current membership or partner.
DENIED_SECTION = re.compile(r"forladt|forlatt|lämnat|lämnade|"
                            r"ikke\s+længere|ikke\s+lenger|inte\s+längre|no\s+longer|\btidligere\b|\btidigare\b|"
                            r"\bformer\b|\bprevious\b|\bpast\b|udmeld\w*|utmeld\w*|uttr[äa]d\w*|fravalg\w*|"
                            r"frav[æa]lg\w*|ophørte|avslutade|avsluttede|\bavslutta\b|\bavsluttet\b|\bafsluttede\b|"
                            r"\bended\b|\bleft\b|withdraw\w*|declined|"
                            r"ikke\s+(?:\w+\s+)?medlem|inte\s+(?:\w+\s+)?medlem|not\s+(?:\w+\s+)?members?", re.I)
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
    r"chamber of commerce|handelskammer\w*|hochschule|högskola\w*|høgskole\w*|institut\w*|school|akademie|akademi|"
    r"academy|ministry|ministerium|fondazione|foundation|stiftung|hospital|klinikum|"
    # schools, polytechnics and trusts: "Lycée Victor Hugo", "Politecnico di Torino", "X Community Development Trust"
    r"universida\w*|uniwersytet\w*|istituto|scuola|instituto|politecnico|politechnika|hogeschool|lycée|lycee|liceo|gymnasium|gimnazjum|"
    r"colegio|collège|escola|escuela|szkoła|lukio|trust)\b", re.I)
DEPARTMENT = re.compile(r"\b((?:[A-ZÆØÅ][\wæøå]*-\s+og\s+)?[A-ZÆØÅ][\wæøå]*forvaltning(?:en)?)\b")


# A programme's name compounded with a word for network or project before a name: "URBACT-netværket X",
# "Interreg-projektet X", "the URBACT network X". The name is a project, the programme its programme.
PROGRAMME_NETWORK = re.compile(r"(?P<prog>[A-Z][\w+]*(?:\s[A-Z][\w+]*)?)(?:-|\s)(?:netværket|nätverket|nettverket|"
                               r"network|projektet|prosjektet|project)\s+")
