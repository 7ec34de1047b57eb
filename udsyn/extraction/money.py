"""Money amounts in Danish documents: '84 mio. kr.', '0,725 mio.kr', '4.971.000 kr. (665.462,5 EUR)'.

Values are exact Decimals in whole currency units; the currency is an ISO 4217 code. An amount
with a scale but no currency ('1,3 mio. for medlemskab') takes the currency of the context,
DKK by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .numbers import NUMBER, finditer_at_numbers, parse_number

SCALES = {"mio": Decimal(10) ** 6, "mill": Decimal(10) ** 6, "million": Decimal(10) ** 6,
          "millioner": Decimal(10) ** 6, "mia": Decimal(10) ** 9, "mrd": Decimal(10) ** 9,
          "milliard": Decimal(10) ** 9, "milliarder": Decimal(10) ** 9, "billion": Decimal(10) ** 9,
          "tusind": Decimal(1000), "thousand": Decimal(1000), "t": Decimal(1000)}
CURRENCIES = {"kr": "DKK", "kroner": "DKK", "dkk": "DKK", "eur": "EUR", "euro": "EUR", "€": "EUR",
              "usd": "USD", "$": "USD", "dollar": "USD", "sek": "SEK", "nok": "NOK", "gbp": "GBP", "£": "GBP",
              "tkr": "DKK", "t.kr": "DKK"}

_SCALE = r"(?P<scale>mio|mill|millioner|million|mia|mrd|milliarder|milliard|billion|tusind|thousand)\b\.?"
_CUR_AFTER = r"(?P<cur>t\.\s?kr|tkr|kr|kroner|DKK|EUR|euro|€|USD|SEK|NOK|GBP|£)(?![\w])\.?"
_CUR_BEFORE = r"(?P<pcur>DKK|EUR|USD|SEK|NOK|GBP|€|\$|£|kr\.)\s?"
_QUAL = r"(?P<qual>(?:ca\.|cirka|omkring|over|mere end|godt|knap|op til|under|about|approximately|over)\s+)?"

MONEY_RE = re.compile(
    _QUAL + r"(?:" + _CUR_BEFORE + r")?(?P<num>" + NUMBER + r")(?!\d)(?:\s?" + _SCALE + r")?"
    + r"(?:\s?" + _CUR_AFTER + r")?",
    re.I,
)
_PER_YEAR = re.compile(r"^\W{0,3}(om året|årligt|pr\.? år|per år|hvert år|a year|per year|annually|/år)",
                       re.I)
_PER_YEAR_BEFORE = re.compile(r"(årligt|årlig|annual|yearly|hvert år)\W+(?:\w+\W+){0,2}$", re.I)
# After a bare "N mio." these words show that money is meant ("1,3 mio. for medlemskab").
_MONEY_NEXT = {"for", "fra", "til", "i", "om", "over", "pr", "per", "årligt", "hvert", "og", "med", "af",
               "på", "ud", "via", "in", "from", "of", "to", "a", "annually", "), "}
_MONEY_CUES = re.compile(r"kr\.|kroner|\bdkk\b|\beur\b|euro|budget|betal|finansi|støtte|tilskud|bevilg|"
                         r"kontingent|hjemtag|midler|funding|fee|\bpris|koste|omsætning|investering", re.I)


@dataclass(frozen=True)
class Money:
    value: Decimal
    currency: str
    start: int
    end: int
    approx: bool = False
    per_year: bool = False
    raw: str = ""


def _is_money(m: re.Match, text: str) -> bool:
    if m.group("cur") or m.group("pcur"):
        return True
    if not m.group("scale"):
        return False
    if m.group("scale").lower().startswith(("tusind", "thousand")):
        return False
    following = text[m.end():m.end() + 30]
    nxt = re.match(r"\s*([^\W\d]+|\W)", following)
    word = nxt.group(1).lower() if nxt else ""
    if word in _MONEY_NEXT or not word.isalpha():
        return True
    sentence = text[max(0, m.start() - 150):m.end() + 80]
    return bool(_MONEY_CUES.search(sentence)) and not word.isalpha()


def _currency(m: re.Match, text: str, default: str) -> str:
    key = (m.group("cur") or m.group("pcur") or "").lower().rstrip(".").replace(" ", "")
    if key:
        return CURRENCIES.get(key, default)
    # Bare "N mio.": the nearest currency mentioned just before decides (else the default).
    window = text[max(0, m.start() - 200):m.start()]
    hits = list(re.finditer(r"\b(kr|kroner|DKK|EUR|euro|USD|SEK|NOK)\b|€", window, re.I))
    if hits:
        return CURRENCIES.get(hits[-1].group().lower(), default)
    return default


def _scale(m: re.Match) -> Decimal:
    cur = (m.group("cur") or "").lower().replace(" ", "")
    factor = Decimal(1)
    if m.group("scale"):
        factor = SCALES[m.group("scale").lower().rstrip(".")]
    if cur in ("tkr", "t.kr"):
        factor *= 1000
    return factor


def find_money(text: str, default_currency: str = "DKK") -> list[Money]:
    """All money amounts in text with exact values (Decimal) and ISO currency codes."""
    found = []
    for m in finditer_at_numbers(MONEY_RE, text):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-/"):
            continue  # inside a word or code (EURO2021, CO2, 2019-2022)
        if not _is_money(m, text):
            continue
        value = parse_number(m.group("num")) * _scale(m)
        tail = text[m.end():m.end() + 25]
        head = text[max(0, m.start() - 40):m.start()]
        exact = Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
        found.append(Money(value=exact,
                           currency=_currency(m, text, default_currency), start=m.start(), end=m.end(),
                           approx=bool(m.group("qual")), raw=m.group().strip(),
                           per_year=bool(_PER_YEAR.match(tail) or _PER_YEAR_BEFORE.search(head))))
    return found


def parse_money(text: str, default_currency: str = "DKK") -> tuple[Decimal, str]:
    """Parse a single amount such as '1,3 mio. kr.'; raises ValueError when none is found."""
    amounts = find_money(text, default_currency)
    if not amounts:
        raise ValueError(f"no amount of money in {text!r}")
    return amounts[0].value, amounts[0].currency
