"""Bodies at home that carry a network word: the municipality's own council and local associations, bodies of the
home country (Dansk ..., Sveriges ..., KS), a municipality, an association of the country's local authorities.
They are no international memberships (networks.py, tables.py)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .institutions import municipal_town, national_body
from .language import current

# The municipality's own council and local associations (a twinning association, Foreningen Norden's local
# branch) carry a network word but are bodies at home, not international memberships.
LOCAL_BODY = re.compile(r"^(?:the\s+)?(?:(?:town|city|county|district|borough|parish|municipal|metropolitan|community|"
                        r"local)\s+(?:council|committee|association|forum)|f[oö]reningen\s+norden)$|"
                        r"(?:twinning|twin\s+towns?|friendship)\s+(?:association|committee|society|club)$|"
                        r"venskabsforening\w*$|vänortsförening\w*$|vennskapsforening\w*$", re.I)


HOME_BODY = {"DK": lx.DANISH_INSTITUTION,
             "SE": re.compile(r"\bSveriges?\b|\bSvensk\w*\b|\bSwedish\b|\bSweden\b|\bSKR\b", re.I),
             "NO": re.compile(r"\bNorges?\b|\bNorsk\w*\b|\bNorwegian\b|\bNorway\b|\bKS\b")}


def home_body(name: str, home: re.Pattern | None = None) -> bool:
    """A body at home carrying a network word: of the home country (Dansk ..., Sveriges ..., KS), the council's own
    bodies and local associations, a municipality, an association of the country's local authorities."""
    home = home or HOME_BODY.get(current().home, lx.DANISH_INSTITUTION)
    if _EU_OFFICE.search(name):
        return False  # a region's office in Brussels ("Central Denmark EU Office") works abroad
    return bool(home.search(name) or LOCAL_BODY.search(name) or municipal_town(name) or national_body(name)
                or _NATIONAL_NAME.search(name) or _after_home_region(name))


# Regions and parts of the home countries (general geography): a body named after one ("Klimapartnere Innlandet",
# "Klimaalliancen Nordjylland", "Energikontor Skåne") works at home; a cross-border one names the other side too
# ("Region Sønderjylland-Schleswig").
_HOME_REGIONS = {
    "DK": "nordjylland midtjylland syddanmark sjælland hovedstaden sønderjylland vestjylland østjylland sydjylland "
          "nordsjælland vestsjælland midtsjælland sydsjælland fyn sydfyn bornholm lolland-falster vendsyssel "
          "himmerland thy djursland trekantområdet storkøbenhavn",
    "NO": "innlandet vestland rogaland agder viken trøndelag nordland troms finnmark vestfold telemark østfold "
          "akershus buskerud hedmark oppland hordaland sørlandet vestlandet østlandet nord-norge midt-norge "
          "møre-og-romsdal sogn-og-fjordane",
    "SE": "skåne halland blekinge småland värmland dalarna norrbotten västerbotten jämtland härjedalen gotland "
          "uppland östergötland södermanland sörmland västmanland gävleborg västernorrland kronoberg bohuslän "
          "dalsland hälsingland medelpad ångermanland norrland västra-götaland",
}
_INTERNATIONAL_WORD = re.compile(r"(?:euro\w*|europ\w*|international\w*|nordic|nordisk\w*|baltic|østersø\w*|"
                                 r"östersjö\w*|interreg|cross-border|grænse\w*|gräns\w*)", re.I)


def _after_home_region(name: str) -> bool:
    words = name.split()
    if len(words) < 2 or _INTERNATIONAL_WORD.search(name):
        return False
    regions = _HOME_REGIONS.get(current().home, "").split()
    tail = "-".join(w.lower() for w in words[-3:] if w.lower() not in ("og", "och"))
    return words[-1].lower() in regions or any(tail.endswith(r) for r in regions if "-" in r)


# A national programme named by its country's code and a year ("DK2020", "SE2030"), an association named as the
# municipalities themselves ("Klimatkommunerna", "Sundhedskommunerne", "Klimakommunene").
_NATIONAL_NAME = re.compile(r"^(?:DK|SE|NO|FI|IS)[ -]?20\d\d$|\w(?:kommunerna|kommunerne|kommunene)$", re.I)


_EU_OFFICE = re.compile(r"\bEU[- ]?(?:office|kontor\w*)|\b(?:Brussels|Bruxelles|Bryssel)\b", re.I)


# A body described as national in its own text: "Ett nationellt nätverk för kommuner", "en landsdækkende forening",
# "Dansk brancheforening, ikke international", "a national association of ...".
_NATIONAL_DESCRIPTION = re.compile(
    r"\b(?:nationale?|nationalt|nationella?|nationellt|nasjonale?|nasjonalt|national|landsdækkende|rikstäckande|"
    r"landsomfattende|landsdekkende|dansk|danske|svensk|svenska|norsk|norske)\s+(?:[\wæøåäö-]+\s+)?"
    r"(?:\w*netværk\w*|\w*nätverk\w*|\w*nettverk\w*|networks?|\w*forening\w*|\w*förening\w*|\w*forbund\w*|"
    r"\w*förbund\w*|organisation\w*|organisasjon\w*|organi[sz]ations?|associations?|bodies|body)\b|"
    r"\b(?:ikke|inte|not|non)[\s-]+(?:international|internationell|internasjonal)\b", re.I)


def described_national(text: str) -> bool:
    """A body's own description (its section's first lines, a table row's remark) calls it national."""
    return bool(_NATIONAL_DESCRIPTION.search(text))


# A body named as the home country's own: "Sveriges X", "Danske X", "Norges X" (a country's genitive or plural
# adjective first), "Dansk X-forening", "Svenskt X-förbund", "Norsk X-forbund" (an association of the country).
_HOME_NAMED = {
    "DK": re.compile(r"^(?:Danmarks|Danske)\s+[A-ZÆØÅ]|^Dansk\w?\s+(?:\S+\s+){0,2}?\S*(?:forening|forbund|råd)\b"),
    "SE": re.compile(r"^(?:Sveriges|Svenska)\s+[A-ZÅÄÖ]|^Svensk\w?\s+(?:\S+\s+){0,2}?\S*(?:förening|förbund|råd)\b"),
    "NO": re.compile(r"^(?:Norges|Norske)\s+[A-ZÆØÅ]|^Norsk\w?\s+(?:\S+\s+){0,2}?\S*(?:forening|forbund|råd|forum)\b"),
}


def home_named(name: str) -> bool:
    """A name that says it is the home country's body ("Sveriges X", "Danske X", "Dansk X-forening")."""
    rx = _HOME_NAMED.get(current().home)
    return bool(rx and rx.search(name.strip()))
