"""What a table cell holds beside the row's name: amounts (every money column, its currency and scale read from the
header: "Kommunens andel (kr.)", "EU-tilskud (1.000 kr.)", "Budget, TEUR") and partners abroad listed in one cell
("Halmstad (SE), Kristiansand kommune (NO)"; "Skolan i Tidaholm, Sverige / Gymnasium Husum, Tyskland").
"""

from __future__ import annotations

import re
from decimal import Decimal

from .context import Context, Sentence, make_record
from .gazetteer import resolve_city, resolve_country
from .institutions import INSTITUTION, municipal_town
from .language import current
from .model import Record
from .money import find_money
from .numbers import parse_number

# Headers of columns that hold money.
MONEY_HEADER = re.compile(r"kontingent|fee|avgift|gebyr|kostnad|cost|pris|price|beløb|belopp|beløp|amount|andel|"
                          r"share|budget|tilskud|tilskott|tilskudd|grant|støtte|stöd|bidrag|contribution|finansiering|"
                          r"funding|udgift|utgift|expenditure|egenfinans\w*|medfinans\w*|co-?financ\w*|\bkr\b|kroner|"
                          r"kronor|dkk|sek|nok|eur|euro|€|tkr|t\.kr|mio", re.I)
_CURRENCY_WORDS = (("eur", "EUR"), ("€", "EUR"), ("sek", "SEK"), ("nok", "NOK"), ("dkk", "DKK"), ("usd", "USD"),
                   ("gbp", "GBP"), ("£", "GBP"))
# "(1.000 kr.)", "t.kr.", "tkr", "TEUR", "KSEK", "(in thousands)", "mio. kr.", "MSEK".
_THOUSANDS = re.compile(r"1[.,  ]?000\s*(?:kr|dkk|sek|nok|eur|€)|\bt\.?\s?kr\b|\btkr\b|\bt(?:eur|dkk|sek|nok)\b|"
                        r"\bk(?:eur|dkk|sek|nok)\b|thousands?|tusinde?|tusen|tusental", re.I)
_MILLIONS = re.compile(r"\bmio\.?|\bmill\.?|\bmn\b|\bm(?:eur|dkk|sek|nok|kr)\b|millions?|miljoner|millioner", re.I)
# A bare figure; a table writes a negative one with a minus or in brackets ("-25.000", "(10.000)").
_BARE = re.compile(r"[-\u2212\u2013]?\d[\d .,\u00a0]*|\(\d[\d .,\u00a0]*\)")
_YEARLY = re.compile(r"årlig|årligt|annual|per\s+år|pr\.?\s+år|om\s+året|kontingent|fee|avgift|/år", re.I)


_SHARE_HEADER = re.compile(r"%|\bpct\b|procent|prosent|percent", re.I)


def header_currency(header: str) -> str:
    low = header.lower()
    for word, code in _CURRENCY_WORDS:
        if re.search(rf"(?<![a-z]){re.escape(word)}", low):
            return code
    return current().currency


def header_scale(header: str) -> Decimal:
    if _THOUSANDS.search(header):
        return Decimal(1000)
    if _MILLIONS.search(header):
        return Decimal(10) ** 6
    return Decimal(1)


# A column of its own for the currency of the row's bare amounts ("Valuta", "Currency", "Valutakode").
_CURRENCY_HEADER = re.compile(r"^\s*(?:valuta\w*|currency|currency\s+code|møntenhed|myntenhet)\s*$", re.I)
_CODE = re.compile(r"^\s*(EUR|DKK|SEK|NOK|USD|GBP|ISK|CHF|PLN)\s*$", re.I)


def row_currency(row: list[tuple[str, str, int]]) -> str | None:
    """The currency a row's currency column names ("Valuta: EUR"), else None."""
    for header, value, _at in row:
        if _CURRENCY_HEADER.match(header):
            code = _CODE.match(value)
            return code.group(1).upper() if code else None
    return None


def _header_names_currency(header: str) -> bool:
    low = header.lower()
    return any(re.search(rf"(?<![a-z]){re.escape(word)}", low) for word, _code in _CURRENCY_WORDS) or bool(
        re.search(r"\bkr\b|kroner|kronor|euro", low))


def cell_amount(header: str, value: str, row_cur: str | None = None) -> tuple[Decimal, str] | None:
    """The amount a cell states: an amount written out ('4.750 EUR'), or a bare number under a money header (in the
    row's currency column's currency when the header names none)."""
    if row_cur and not _header_names_currency(header):
        found = find_money(value, row_cur)
        if not found and MONEY_HEADER.search(header) and _BARE.fullmatch(value.strip()):
            bare = cell_amount(header, value)
            return (bare[0], row_cur) if bare else None
    else:
        found = find_money(value, header_currency(header))
    if found:
        return found[0].value, found[0].currency
    if not MONEY_HEADER.search(header) or _SHARE_HEADER.search(header) or not _BARE.fullmatch(value.strip()):
        return None  # "Andel (%)" is a share, not an amount
    amount = scaled_cell(value, header_scale(header))
    return (amount, header_currency(header)) if amount else None


def scaled_cell(value: str, scale: Decimal) -> Decimal | None:
    """A bare table figure ('125', '(10.000)', '-3,5') times the scale its column or table states, as an exact
    amount; None for what is no positive figure. A bracketed or negative figure is read by its size."""
    try:
        amount = parse_number(value.strip().strip("()").lstrip("-\u2212\u2013"))
    except ValueError:
        return None
    if amount <= 0:
        return None
    scaled = amount * scale
    return Decimal(int(scaled)) if scaled == scaled.to_integral_value() else scaled.normalize()


# A line over a table that gives the unit of all its figures: "Beløb i 1.000 kr.", "Belopp i tkr", "(mio. kr.)",
# "All amounts in EUR thousand", "Amounts in EUR".
UNIT_LINE = re.compile(
    r"^\W*(?:(?:alle\s+|all\s+)?(?:beløb(?:ene)?|belopp(?:en)?|beløp(?:ene)?|tal|tall|siffror|amounts?|figures?)"
    r"(?:\s+(?:er|är|are))?(?:\s+(?:angivet|anges|angitt|oppgitt|stated|given|shown))?\s+(?:i|in)\s+)?"
    r"(?P<unit>1[.,\u00a0 ]?000\s*(?:kr|dkk|sek|nok|eur|€)\.?|t\.?\s?kr\.?|tkr\.?|mio\.?\s*kr\.?|mill\.?\s*kr\.?|"
    r"mkr|[tkm](?:eur|dkk|sek|nok)|(?:eur|dkk|sek|nok|€)\s*(?:thousands?|millions?|1[.,]000)|"
    r"thousands?\s+of\s+(?:eur|euros?|dkk|sek|nok|kroner|kronor)|kr\.?|kroner|kronor|dkk|eur|euro|sek|nok)\W*$",
    re.I)


def unit_line(text: str) -> tuple[Decimal, str] | None:
    """The (scale, currency) a unit line over a table states, else None."""
    m = UNIT_LINE.match(text.strip()) if len(text) < 60 else None
    if m is None:
        return None
    unit = m.group("unit")
    return header_scale(unit), header_currency(unit)


# Columns whose bare numbers are no amounts even under a unit line: shares, counts, references, dates.
_NOT_AMOUNT = re.compile(r"%|andel|share|pct|procent|prosent|percent|antal|antall|number|count|\bnr\b|\bno\b|"
                         r"dato|date|periode|period|side|page", re.I)


def unit_amount(header: str, value: str, unit: tuple[Decimal, str]) -> tuple[Decimal, str] | None:
    """A bare figure of a table under a unit line ("Beløb i 1.000 kr." | "Rejser | 125 | 130"), in that unit."""
    if _NOT_AMOUNT.search(header) or not _BARE.fullmatch(value.strip()):
        return None
    amount = scaled_cell(value, unit[0])
    return (amount, unit[1]) if amount else None


# A row label that gives the row's money unit: "EU-midler (mio. kr.)", "Budget i euro", "Funding (EUR)".
_UNIT_LABEL = re.compile(r"\(\s*(?:mio\.?|mill\.?|mia\.?|t\.?|1\.000)?\s*(?:kr|dkk|sek|nok|eur|€|£|gbp)\.?\s*\)|"
                         r"\b(?:i|in)\s+(?:kroner|kronor|euro|eur|dkk|sek|nok)\b|\b(?:tkr|t\.kr|mio\.\s*kr|mkr|teur|meur)\b",
                         re.I)


def money_label(row: list[tuple[str, str, int]]) -> str | None:
    """The row's label when it states a money unit (the first cell with letters), else None."""
    label = next((v for _h, v, _a in row if re.search(r"[^\W\d_]{3}", v)), None)
    return label if label and _UNIT_LABEL.search(label) else None


# A grouped figure ("4,100,000", "6.996.000"); a cell of two or more of them side by side is that many amounts
# (a PDF row run together with the total row under it), never one number grouped by spaces.
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?")


def _cells(row: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    out = []
    for header, value, at in row:
        parts = list(re.finditer(r"\S+", value))
        if len(parts) > 1 and all(_GROUPED.fullmatch(p.group()) for p in parts):
            out += [(header, p.group(), at + p.start()) for p in parts]
        else:
            out.append((header, value, at))
    return out


def row_money(ctx: Context, sent: Sentence, row: list[tuple[str, str, int]],
              unit: tuple[Decimal, str] | None = None) -> list[Record]:
    """A money record for every cell of a table row that states an amount; `unit` is the (scale, currency) of a
    unit line over the table ("Beløb i 1.000 kr.")."""
    out = []
    label = money_label(row)
    row_cur = row_currency(row)
    for header, value, at in _cells(row):
        if unit is not None and header_scale(header) == 1 and not _header_names_currency(header):
            amount = unit_amount(header, value, unit)  # the unit line rules the table's plain columns
        else:
            amount = cell_amount(header, value, row_cur)
        if amount is None and label is not None and value != label:
            amount = cell_amount(label, value)  # "Hjemtagne EU-midler (mio. kr.) | 2,5 | 6": the row's unit
        if amount is None:
            continue
        start = sent.start + at
        # "2.500 EUR (ca. 18.650 kr.)": both sides of a conversion written in one cell
        for other in find_money(value, header_currency(header))[1:]:
            out.append(Record(type="money", value=other.value, currency=other.currency,
                              fields={"what": f"{header}: {value}", "evidence": "table cell, converted amount"},
                              page=ctx.page(start), start=start + other.start, end=start + other.end,
                              quote=sent.text[:400], confidence=0.8))
        out.append(Record(type="money", value=amount[0], currency=amount[1],
                          fields={"what": f"{header}: {value}", "per_year": bool(_YEARLY.search(header)) or None,
                                  "evidence": "table cell"},
                          page=ctx.page(start), start=start, end=start + len(value), quote=sent.text[:400],
                          confidence=0.85))
    return out


# One partner of a list in a cell, with its country after it: "Halmstad (SE)", "Skolan i Tidaholm, Sverige".
_ITEM_COUNTRY = re.compile(r"^(?P<name>.+?)\s*(?:\((?P<paren>[^()]{2,30})\)|,\s*(?P<after>[A-ZÆØÅÄÖ][\w ]{1,30}))$")


def _country(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip()
    if re.fullmatch(r"[A-Z]{2}", text):
        return "GB" if text == "UK" else text if resolve_country_code(text) else None
    found = resolve_country(text)
    part = re.fullmatch(r"(.+?)\s*\([^()]{2,40}\)", text)
    if found is None and part:
        return _country(part.group(1))  # "United Kingdom (Scotland)": the country, with its part in brackets
    return found


def cell_country(text: str | None) -> str | None:
    """The country a table cell names, by name or ISO code ("Letland", "Latvia", "LV", "UK")."""
    return _country(text)


def resolve_country_code(code: str) -> bool:
    from babel import Locale

    return code in Locale("en").territories


def _items(value: str) -> list[str]:
    """The partners listed in a cell: separated by '/' or ';', else by commas that do not part a name from its
    country."""
    if re.search(r"\s/\s|;", value):
        return [p.strip() for p in re.split(r"\s/\s|;", value) if p.strip()]
    parts = [p.strip() for p in re.split(r",|\s+(?:og|and|och|samt)\s+", value) if p.strip()]
    out: list[str] = []
    for part in parts:
        if out and _country(part):
            out[-1] = f"{out[-1]}, {part}"  # "Skolan i Tidaholm, Sverige": the country belongs to the name
        else:
            out.append(part)
    return out


def _column_countries(items: list[str], countries: str | None) -> list[str | None]:
    """The country of each item from the row's country column, when that column lists as many countries in the
    same order ("A Kommune / B kommune" | "Danmark / Norge")."""
    parts = [p.strip() for p in re.split(r"\s/\s|;|,|\s+(?:og|and|och|samt)\s+", countries or "") if p.strip()]
    codes = [_country(p) for p in parts]
    if len(codes) == len(items) and all(codes):
        return codes
    return [None] * len(items)  # one country for several partners may be the first one's only


def cell_partners(ctx: Context, sent: Sentence, value: str, at: int, kind: str,
                  countries: str | None = None) -> list[Record]:
    """Partners abroad listed in one cell of a row (a project's foreign partners); `countries` is the row's
    country column, if it has one."""
    out = []
    home = current().home
    items = _items(value)
    for item, column in zip(items, _column_countries(items, countries), strict=True):
        m = _ITEM_COUNTRY.match(item)
        name, country = (m.group("name").strip(), _country(m.group("paren") or m.group("after"))) if m else (item, None)
        country = country or column
        if country == home or not name[:1].isupper() or len(name.split()) > 8:
            continue
        town = municipal_town(name)
        fields: dict = {"kind": kind, "evidence": "partner listed in a table cell"}
        if town is None and INSTITUTION.search(name) and len(name.split()) >= 2:
            if country is None:
                continue
            fields.update(country=country, institution=True)
        else:
            place = town or name
            city = resolve_city(place, {country} if country else set())
            if city is not None and (country is None or city.country == country):
                if city.country == home:
                    continue
                fields.update(country=city.country, city=city.name, latitude=city.latitude,
                              longitude=city.longitude)
            elif country is None:
                continue
            else:
                # A body the index does not know, in a column of partners abroad with its country given
                # ("Agrupamento de Escolas de X (PT)", "Teagasc (IE)"): the partner is the body itself.
                fields.update(country=country, institution=len(place.split()) > 1 or None)
            name = place
        start = sent.start + at + max(0, value.find(name))
        out.append(make_record(ctx, "partner", name, start, start + len(name), (sent.start, sent.end), 0.75,
                               sent.segment, **fields))
    return out
