"""Money amounts in Danish documents: '84 mio. kr.', '0,725 mio.kr', '4.971.000 kr. (665.462,5 EUR)'.

Values are exact Decimals in whole currency units; the currency is an ISO 4217 code. An amount
with a scale but no currency ('1,3 mio. for medlemskab') takes the currency of the context,
DKK by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .language import current
from .numbers import NUMBER, finditer_at_numbers, parse_number

SCALES = {"mio": Decimal(10) ** 6, "mill": Decimal(10) ** 6, "million": Decimal(10) ** 6,
          "millioner": Decimal(10) ** 6, "millions": Decimal(10) ** 6, "miljoner": Decimal(10) ** 6,
          "miljon": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "mia": Decimal(10) ** 9,
          "mrd": Decimal(10) ** 9, "milliard": Decimal(10) ** 9, "milliarder": Decimal(10) ** 9,
          "miljard": Decimal(10) ** 9, "miljarder": Decimal(10) ** 9, "billion": Decimal(10) ** 9,
          "bn": Decimal(10) ** 9, "m": Decimal(10) ** 6, "k": Decimal(1000),
          "tusind": Decimal(1000), "thousand": Decimal(1000), "t": Decimal(1000)}
# "kr" and "kroner" are the home country's kroner (language.current()); DKK stands for them in this table.
CURRENCIES = {"kr": "DKK", "kroner": "DKK", "kronor": "DKK", "kronen": "DKK", "dkk": "DKK", "isk": "ISK", "chf": "CHF",
              "mkr": "DKK", "mnkr": "DKK", "eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR",
              "usd": "USD", "$": "USD", "dollar": "USD", "pounds": "GBP",
              "dollars": "USD", "sek": "SEK", "nok": "NOK", "gbp": "GBP",
              "£": "GBP", "ecu": "XEU", "tkr": "DKK", "t.kr": "DKK", "mdkr": "DKK", "mia.kr": "DKK"}
# Codes with a scale in front: MEUR and MSEK are millions, TEUR, TSEK and KEUR thousands.
for _code in ("eur", "sek", "dkk", "nok"):
    CURRENCIES.update({f"m{_code}": _code.upper(), f"t{_code}": _code.upper(), f"k{_code}": _code.upper()})

_SCALE = (r"(?:(?P<abbr>bn|mn|mln|m|k)(?![\w])(?!\.\w)|\s?(?P<scale>mio|mill|millioner|millions|million|miljoner|"
          r"miljon|mn|mln|bn|mia|mrd|milliarder|milliard|miljarder|miljard|billion|tusind|thousand)\b\.?)")
_CODES = r"(?:[MTK](?:EUR|SEK|DKK|NOK))"
# "15.000 norske kroner", "svenska kronor": a country's kroner named by its adjective.
_NATIONAL_KRONER = {"norske": "NOK", "norska": "NOK", "norsk": "NOK", "svenske": "SEK", "svenska": "SEK",
                    "svensk": "SEK", "danske": "DKK", "danska": "DKK", "dansk": "DKK", "islandske": "ISK",
                    "isländska": "ISK", "islandsk": "ISK", "færøske": "DKK"}
for _adj, _code in _NATIONAL_KRONER.items():
    CURRENCIES.update({f"{_adj}{_k}": _code for _k in ("kroner", "kronor", "krone", "krona", "kr")})
_NATIONAL = "|".join(_NATIONAL_KRONER)
_CUR_AFTER = (r"(?P<cur>(?:" + _NATIONAL + r")\s+(?:kroner|kronor|krone|krona|kr)|"
              r"t\.\s?kr|tkr|mnkr|mkr|mdkr|mia\.?\s?kr|kr|kroner|kronor|[Kk]ronen|DKK|EUR|euros|euro|€|USD|dollars|SEK|"
              r"NOK|ISK|CHF|GBP|£|pounds|ECU|" + _CODES + r")(?![\w])\.?")
_CUR_BEFORE = r"(?P<pcur>DKK|EUR|USD|SEK|NOK|ISK|CHF|GBP|ECU|€|\$|£|t\.?\s?kr\.?|tkr\.?|kr\.?|" + _CODES + r")\s?"
# A scale before the currency before the figure: "mio. kr. 2,5", "Mio. EUR 3,4", "mia. kr. 1,2".
_PSCALE = r"(?:(?P<pscale>mio|mill|mia|mrd)\.?\s?)?"
_QUAL = r"(?P<qual>(?:ca\.|cirka|omkring|over|mere end|godt|knap|op til|under|about|approximately|over)\s+)?"
# A half written as a sign: "2½ mio. kr." (a lone "½ mio." has no digit for the fast search to find).
_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}

# "2, 6 miljoner euro": a decimal comma a typesetter followed by a space, before a scale word.
_SPLIT_DECIMAL = r"\d{1,3},\s\d{1,2}(?=\s?(?:mio|mill|miljon|million|mia|mrd|milliard|miljard)\w*\b)|"

MONEY_RE = re.compile(
    _QUAL + r"(?:" + _PSCALE + _CUR_BEFORE + r")?(?P<num>\d+[½¼¾]|" + _SPLIT_DECIMAL + NUMBER + r")(?!\d)(?:,-|,–)?(?:"
    + _SCALE + r")?"
    + r"(?(pcur)|(?:\s?" + _CUR_AFTER + r")?)",  # after a currency before the figure, the next one is the next
    re.I,                                         # figure's ("EUR 450.000 DKK 0.8m")
)
# "to millioner kroner", "en halv million euro", "two million euros": an amount in words.
_WORD_AMOUNT = re.compile(r"\b(?P<w>en\s+halv|et\s+halvt|half\s+a|en|et|ett|one|a|to|två|two|tre|three|fire|fyra|"
                          r"four|fem|five|seks|sex|six|syv|sju|seven|otte|åtta|åtte|eight|ni|nio|nine|ti|tio|ten)\s+"
                          r"(?P<scale>millioner|million(?:s|er)?|miljoner|miljon|mio\.?|milliarder|milliard|"
                          r"miljarder|miljard|billions?)\s+(?P<cur>kroner|kronor|kr\.?|euro|euros|dollars|pounds|DKK|EUR|"
                          r"SEK|NOK|USD)\b", re.I)
_WORD_VALUES = {"en halv": Decimal("0.5"), "et halvt": Decimal("0.5"), "half a": Decimal("0.5"), "en": 1, "et": 1,
                "ett": 1, "one": 1, "a": 1, "to": 2, "två": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "fyra": 4,
                "four": 4, "fem": 5, "five": 5, "seks": 6, "sex": 6, "six": 6, "syv": 7, "sju": 7, "seven": 7,
                "otte": 8, "åtta": 8, "åtte": 8, "eight": 8, "ni": 9, "nio": 9, "nine": 9, "ti": 10, "tio": 10,
                "ten": 10}
_PER_YEAR = re.compile(r"^\W{0,3}(om året|i året|årligt|årligen|pr\.? år|per år|hvert år|varje år|a year|per year|"
                       r"each year|every year|annually|per annum|/år)",
                       re.I)
# "årligt kontingent på", "Det årlige kontingent er", "årsavgiften för medlemskapet är", "the annual fee is".
_PER_YEAR_BEFORE = re.compile(r"(?:\b(?:årlig[te]?|årliga|annual|yearly|hvert år|varje år|hvert år)|"
                              r"\bårs(?:avgift|kontingent|afgift)\w*|\bmedlemsavgift\w*)\W+(?:\w+\W+){0,3}$", re.I)
# After a bare "N mio." these words show that money is meant ("1,3 mio. for medlemskab").
_MONEY_NEXT = {"for", "fra", "til", "i", "om", "over", "pr", "per", "årligt", "hvert", "og", "med", "af",
               "på", "ud", "via", "in", "from", "of", "to", "a", "annually", "), "}
_MONEY_CUES = re.compile(r"kr\.|kroner|\bdkk\b|\beur\b|euro|budget|betal|finansi|støtte|tilskud|bevilg|"
                         r"kontingent|hjemtag|midler|funding|fee|\bpris|koste|omsætning|investering", re.I)


_RATE = re.compile(r"^\s*(?:(?:per|pr\.?|/|for\s+(?:one|1|en|et))\s*(?:1\s*)?(?:EUR|euro|€|USD|\$|DKK|SEK|NOK|GBP|£)\b|"
                   r"=\s*(?:(?-i:[A-Z]{3})\s?|[€$£]\s?)?\d)", re.I)
# "7.46 DKK per EUR"; "1 EUR = 7,46 DKK" and "EUR 1 = DKK 7.46" state a rate on both sides of the sign
_RATE_BEFORE = re.compile(r"(?:(?:exchange\s+rate|vekselkurs\w*|valutakurs\w*|kurs(?:en)?|rate)\b[^.\d]{0,25}|"
                          r"(?:\b1\s?(?:EUR|euro|€|USD|\$|DKK|SEK|NOK|GBP|£)|(?:EUR|€|USD|\$|DKK|SEK|NOK|GBP|£)\s?1)\s?=\s?)$",
                          re.I)


_YEAR = re.compile(r"(?:19|20)\d\d")


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
    if m.group("pscale") and _YEAR.fullmatch(m.group("num")):
        return False  # "(mio. kr.) 2025 2026": a table's unit over its year columns
    if m.group("cur") or m.group("pcur"):
        return True
    if m.group("abbr"):
        return False  # "2.5m" without a currency is a length as likely as millions
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
        code = CURRENCIES.get(key, default)
        return current().currency if key in _KRONER else code
    # Bare "N mio.": the nearest currency mentioned just before decides (else the default).
    window = text[max(0, m.start() - 200):m.start()]
    hits = list(re.finditer(r"\b(kr|kroner|kronor|DKK|EUR|euro|USD|SEK|NOK)\b|€", window, re.I))
    if hits:
        key = hits[-1].group().lower()
        return current().currency if key in _KRONER else CURRENCIES.get(key, default)
    return default


_KRONER = {"kr", "kroner", "kronor", "tkr", "t.kr", "mkr", "mnkr"}


def _scale(m: re.Match) -> Decimal:
    cur = (m.group("cur") or m.group("pcur") or "").lower().replace(" ", "").rstrip(".")
    factor = Decimal(1)
    if m.group("scale") or m.group("abbr") or m.group("pscale"):
        factor = SCALES[(m.group("scale") or m.group("abbr") or m.group("pscale")).lower().rstrip(".")]
    if cur in ("tkr", "t.kr") or (len(cur) == 4 and cur[0] in "tk" and cur[1:] in ("eur", "sek", "dkk", "nok")):
        factor *= 1000
    elif cur in ("mkr", "mnkr") or (len(cur) == 4 and cur[0] == "m" and cur[1:] in ("eur", "sek", "dkk", "nok")):
        factor *= 10**6
    elif cur in ("mdkr", "mia.kr", "miakr"):
        factor *= 10**9
    return factor


def _number(m: re.Match) -> Decimal:
    num = m.group("num")
    if num[-1] in _FRACTIONS:
        return Decimal(num[:-1]) + _FRACTIONS[num[-1]]
    return parse_number(num, scaled=bool(m.group("scale") or m.group("abbr") or m.group("pscale")))


def find_money(text: str, default_currency: str | None = None) -> list[Money]:
    """All money amounts in text with exact values (Decimal) and ISO currency codes.

    A bare amount takes default_currency, else the document's home currency (DKK outside an extraction).
    """
    default_currency = default_currency or current().currency
    found = []
    matches = [m for m in finditer_at_numbers(MONEY_RE, text) if not _inside_code(m, text)]
    for k, m in enumerate(matches):
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        prev = matches[k - 1] if k else None
        if _is_money(m, text):
            value, currency = _number(m) * _scale(m), _currency(m, text, default_currency)
        elif nxt is not None and _range_to(m, nxt, text):
            value, currency = _range_start(m, nxt, text, default_currency)  # "200.000-250.000 kr.": the upper end's
        elif prev is not None and _range_from(prev, m, text):
            value, currency = _number(m) * _scale(prev), _currency(prev, text, default_currency)  # "EUR 10,000-15,000"
        else:
            continue
        if _RATE.search(text[m.end():m.end() + 14]) or _RATE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue  # an exchange rate ("7.46 DKK per EUR", "kurs 7,45") is no amount
        tail = text[m.end():m.end() + 25]
        head = text[max(0, m.start() - 40):m.start()]
        exact = Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
        found.append(Money(value=exact, currency=currency, start=m.start(), end=m.end(),
                           approx=bool(m.group("qual")), raw=m.group().strip(),
                           per_year=bool(_PER_YEAR.match(tail) or _PER_YEAR_BEFORE.search(head))))
    if any(k in text.lower() for k in ("million", "miljon", "mio", "milliard", "miljard", "billion")):
        found.extend(_word_amounts(text, default_currency))
    return sorted(found, key=lambda a: a.start)


def _inside_code(m: re.Match, text: str) -> bool:
    """A number inside a word or code (EURO2021, CO2, 12/3); after a dash only when the dash follows no figure
    ('2019-2022' and '200.000-250.000 kr.' are ranges, decided by _range_to)."""
    if m.start() == 0:
        return False
    before = text[m.start() - 1]
    if before.isalnum() or before == "/":
        return True
    return before == "-" and not text[max(0, m.start() - 2):m.start() - 1].isdigit()


# Between the two ends of a range: a dash, or 'til'/'to'/'till'/'and' after 'mellem'/'between'/'fra'/'from'.
_RANGE_DASH = re.compile(r"\s?[-–—]\s?")
_RANGE_WORD = re.compile(r"\s(?:til|till|to|og|och|and)\s")
_RANGE_OPEN = re.compile(r"\b(?:mellem|mellan|mellom|between|fra|från|from)\s+$", re.I)


def _plain(m: re.Match) -> bool:
    return not (m.group("cur") or m.group("pcur") or m.group("scale") or m.group("abbr"))


def _range_to(m: re.Match, nxt: re.Match, text: str) -> bool:
    """m is a bare figure and the lower end of a range whose upper end nxt is an amount ('2-3 mio. kr.')."""
    if not _plain(m) or nxt.group("pcur") or not (nxt.group("cur") or nxt.group("scale")):
        return False
    gap = text[m.end():nxt.start()]
    if not (_RANGE_DASH.fullmatch(gap) or (_RANGE_WORD.fullmatch(gap) and _RANGE_OPEN.search(
            text[max(0, m.start() - 12):m.start()]))):
        return False
    return _is_money(nxt, text) and _number(m) < _number(nxt)  # a range goes up: a year before a dash is none


_GROUPED_END = re.compile(r"\d{1,3}((?:[.,\u00a0 ]\d{3})+)")


def _range_start(m: re.Match, nxt: re.Match, text: str, default: str) -> tuple[Decimal, str]:
    """The lower end's value; written short before a grouped upper end it has the upper end's thousands
    ('50-500.000 kr.' is 50.000 to 500.000)."""
    scaled = bool(nxt.group("scale") or nxt.group("abbr"))
    value = parse_number(m.group("num"), scaled=scaled) * _scale(nxt)
    grouped = _GROUPED_END.fullmatch(nxt.group("num"))
    if grouped and m.group("num").isdigit() and len(m.group("num")) <= 3:
        long = value * Decimal(1000) ** (len(grouped.group(1)) // 4)
        value = long if long < _number(nxt) * _scale(nxt) else value  # '5-1.500.000' stays 5
    return value, _currency(nxt, text, default)


def _range_from(prev: re.Match, m: re.Match, text: str) -> bool:
    """m is a bare figure and the upper end of a range whose lower end prev has its currency before it
    ('EUR 10,000–15,000')."""
    return (_plain(m) and bool(prev.group("pcur")) and not prev.group("cur")
            and bool(_RANGE_DASH.fullmatch(text[prev.end():m.start()]))
            and _number(prev) < _number(m) and _is_money(prev, text))


def _word_amounts(text: str, default: str) -> list[Money]:
    """'to millioner kroner', 'en halv million euro', 'two million euros'."""
    out = []
    for m in _WORD_AMOUNT.finditer(text):
        value = Decimal(_WORD_VALUES[" ".join(m.group("w").lower().split())])
        value *= Decimal(10) ** (9 if m.group("scale").lower().startswith(("milliard", "miljard", "billion")) else 6)
        key = m.group("cur").lower().rstrip(".")
        currency = current().currency if key in _KRONER else CURRENCIES.get(key, default)
        out.append(Money(value=Decimal(int(value)), currency=currency, start=m.start(), end=m.end(),
                         raw=m.group()))
    return out


def parse_money(text: str, default_currency: str | None = None) -> tuple[Decimal, str]:
    """Parse a single amount such as '1,3 mio. kr.'; raises ValueError when none is found."""
    amounts = find_money(text, default_currency)
    if not amounts:
        raise ValueError(f"no amount of money in {text!r}")
    return amounts[0].value, amounts[0].currency
