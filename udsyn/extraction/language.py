"""A document's language and home country, decided once per document from its own words.

The language decides how numbers are read ("12,000" is twelve thousand in English, twelve in Danish
only with a decimal part) and which cue words apply; the home country decides what is abroad (a Danish
twin town is abroad for a Swedish municipality) and which currency a bare "kr." means.

    with document_language(text) as doc:   # the extraction of one document
        doc.lang, doc.home, doc.currency    # 'sv', 'SE', 'SEK'
    current()                              # the same, for code deep in the pipeline (numbers, places)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from .home import NOWHERE, Home, find_home

# Frequent words that tell the Scandinavian languages and English apart (general grammar, no names).
MARKERS = {
    "da": ("af", "og", "ikke", "blev", "nogle", "hvad", "efter", "også", "kommune", "kommunen", "deltager",
           "venskabsby", "venskabsbyer", "samarbejde", "gennem", "være", "været", "mellem", "havde", "hvor",
           # words of tables and lists (a spreadsheet has few sentences)
           "siden", "udlandet", "deltagere", "medlemskab", "bemærkning", "beløb", "projekter"),
    "no": ("av", "og", "ikke", "ble", "noen", "hva", "etter", "også", "kommune", "kommunen", "deltar",
           "vennskapsby", "vennskapsbyer", "vennskapskommune", "vennskapskommuner", "samarbeid", "gjennom", "være",
           "vært", "mellom", "hadde", "hvor",
           "siden", "deltakere", "merknad", "beløp", "prosjekt", "prosjekter", "utlandet", "medlemskap"),
    "sv": ("av", "och", "inte", "blev", "några", "vad", "efter", "också", "kommun", "kommunen", "deltar",
           "vänort", "vänorter", "samarbete", "genom", "vara", "varit", "mellan", "hade", "där",
           "sedan", "för", "utlandet", "deltagare", "medlemskap", "årsavgift", "summa", "kommentar", "belopp"),
    "en": ("the", "and", "of", "not", "was", "some", "what", "after", "also", "municipality", "city",
           "takes", "twin", "cooperation", "through", "be", "been", "between", "had", "where"),
    "de": ("der", "die", "das", "und", "nicht", "wurde", "einige", "was", "nach", "auch", "gemeinde", "stadt",
           "partnerstadt", "partnerstädte", "zusammenarbeit", "durch", "sein", "gewesen", "zwischen", "hatte", "wo",
           "ist", "mit", "seit", "im", "für", "ein", "eine"),
}
HOME = {"da": "DK", "no": "NO", "sv": "SE", "en": "DK", "de": "DE"}
CURRENCY = {"DK": "DKK", "NO": "NOK", "SE": "SEK", "IS": "ISK", "FI": "EUR", "GB": "GBP", "IE": "EUR", "DE": "EUR"}
_WORD = re.compile(r"[a-zæøåäöüß]+")
_CODES = re.compile(r"\b(DKK|SEK|NOK|ISK)\b|\b(Danish|Swedish|Norwegian)\s+(?:municipality|city|town|kommune|"
                    r"kommun)|\bmunicipality\s+in\s+(Denmark|Sweden|Norway)\b")
_BRITISH = re.compile(r"£|\bGBP\b|\b(?:Town|Borough|District|County|Parish|City)\s+Council\b")
_CODE_HOME = {"DKK": "DK", "SEK": "SE", "NOK": "NO", "ISK": "IS", "Denmark": "DK", "Danish": "DK",
              "Sweden": "SE", "Swedish": "SE", "Norway": "NO", "Norwegian": "NO"}


@dataclass(frozen=True)
class DocumentLanguage:
    lang: str = "da"
    home: str = "DK"
    own: Home = field(default=NOWHERE, compare=False)

    @property
    def currency(self) -> str:
        return CURRENCY.get(self.home, "DKK")


DANISH = DocumentLanguage()
_CURRENT: ContextVar[DocumentLanguage] = ContextVar("udsyn_document_language", default=DANISH)


def language_of(text: str) -> str | None:
    """The language (da, sv, no, en, de) of text by its commonest marker words; None when it has none."""
    words = Counter(_WORD.findall(text[:200_000].lower()))
    scores = {lang: sum(words[w] for w in markers) for lang, markers in MARKERS.items()}
    lang = max(scores, key=lambda k: (scores[k], k == "da"))
    return lang if scores[lang] else None


def detect(text: str) -> DocumentLanguage:
    """The language (da, sv, no, en) and home country of text, by its commonest marker words."""
    lang = language_of(text)
    if lang is None:
        return DANISH
    own = find_home(text)
    return DocumentLanguage(lang, _home_country(lang, text, own), own)


def _home_country(lang: str, text: str, own: Home) -> str:
    """Where the document's municipality lies: its language's country, unless the document shows otherwise."""
    placed = own.city.country if own.city else None
    if lang == "sv" and (placed in ("FI", "AX") or (placed is None and _finland_swedish(text))):
        return "FI"  # a Swedish-speaking Finnish town (Närpes, Vasa)
    if lang == "de":  # a German page of a Danish "Kommune" (Sønderjylland) or of a German town
        kommune = len(_DANISH_KOMMUNE.findall(text))
        return placed or ("DK" if kommune > len(_GERMAN_TOWN.findall(text)) else "DE")
    if lang != "en":
        return HOME[lang]
    # An English document of a Nordic municipality: the kroner it counts in decide, else how it calls itself
    # ("a Swedish municipality"); a country merely named is as likely a partner's.
    found = [next(g for g in m.groups() if g) for m in _CODES.finditer(text)]
    named = Counter(_CODE_HOME[c] for c in found if c.isupper()) or Counter(_CODE_HOME[c] for c in found)
    if named:
        return named.most_common(1)[0][0]
    if placed:
        return placed
    # A British or Irish council writes in pounds or calls itself a town, borough or county council; an Irish one
    # names Ireland (or writes in euros) more than Britain.
    if _BRITISH.search(text):
        if "£" in text or "GBP" in text:
            return "GB"  # an Irish twin town is named in pounds' country too
        irish = len(_IRISH.findall(text)) + (1 if "€" in text else 0)
        return "IE" if irish > len(_UK.findall(text)) else "GB"
    return HOME[lang]


# A Finland-Swedish page counts in euro, never in kronor, and names a Finnish body or identifier (stadsstyrelsen,
# stadsfullmäktige, the business ID "FO-nummer"/"FO-nr"/"Y-tunnus"); a Swedish page may count EU money in euro only.
_EURO = re.compile(r"€|\beuro\b|\bEUR\b")
_KRONOR = re.compile(r"\b(?:kr|kronor|SEK|Mkr|mkr|tkr|Tkr)\b")
_FINNISH_MARKER = re.compile(r"\bstads(?:styrelse|fullmäktige)\w*|\bFO-(?:nummer|nr)\b|\bY-tunnus\b", re.I)


def _finland_swedish(text: str) -> bool:
    return bool(_FINNISH_MARKER.search(text)) and bool(_EURO.search(text)) and not _KRONOR.search(text)


_DANISH_KOMMUNE = re.compile(r"(?<!dänische )(?<!dänischen )\b(?:[A-ZÆØÅ][\wæøå-]+\s+Kommune|"
                             r"Kommune\s+[A-ZÆØÅ][\wæøå-]+)\b")
_GERMAN_TOWN = re.compile(r"\b(?:Stadt|Gemeinde|Landkreis|Amt|Hansestadt)\s+[A-ZÄÖÜ][\wäöüß-]+")
_IRISH = re.compile(r"\b(?:Ireland|Irish|Éire|Comhairle)\b")
_UK = re.compile(r"\b(?:United\s+Kingdom|UK|Britain|British|England|English|Scotland|Scottish|Wales|Welsh|"
                 r"Northern\s+Ireland)\b")


def current() -> DocumentLanguage:
    """The language of the document being extracted (Danish outside an extraction)."""
    return _CURRENT.get()


@contextmanager
def document_language(text: str) -> Iterator[DocumentLanguage]:
    doc = detect(text)
    token = _CURRENT.set(doc)
    try:
        yield doc
    finally:
        _CURRENT.reset(token)
