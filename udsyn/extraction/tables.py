"""Records from table rows, read by their headers: "Netværk: X; Forvaltning: Y; Årligt kontingent: 42.500 kr.".

The parsers write every table row (DOCX, XLSX, CSV, HTML) as "Header: value; ..." (segment kind "row").
A header names the column's role in any of the supported languages: the row's name (network, project,
partner town or institution), its country, department, fee, programme, period, status. Values of other
columns (a contact person, an organisation type) never become names.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .context import Context, department, make_record, section_kind
from .gazetteer import fold, resolve_city
from .homebodies import described_national, home_body
from .institutions import municipal_town
from .language import current
from .model import Record
from .names import is_acronym, plain_words
from .periods import find_periods
from .tablecells import cell_amount, cell_country, cell_partners, money_label, row_currency, row_money, unit_line

# Header words (folded to lower case) → the role of the column. The first matching role wins.
ROLES: list[tuple[str, re.Pattern]] = [(role, re.compile(p, re.I)) for role, p in [
    ("count", r"^(?:antal|antall|number\s+of|no\.\s+of|count\b)"),
    ("contact", r"kontakt|contact|ansvarlig|responsible|person|navn på|e-?mail|telefon|phone"),
    ("fee", r"kontingent|fee|avgift|gebyr|kostnad|cost|pris|price|beløb|amount|andel|share|budget|tilskud|grant"),
    ("country", r"^(?:land|country|nation|stat)\b"),
    ("department", r"forvaltning|förvaltning|department|afdeling|avdeling|avdelning|enhed|unit|sektor"),
    ("programme", r"^(?:program\w*|fund\w*|finansiering\w*|fond)"),
    ("period", r"periode|period|varighed|duration|tidsrum"),
    ("since", r"siden|since|sedan|fra\b|from\b|år\b|year"),
    ("status", r"status|state"),
    ("remark", r"^(?:bemærkning\w*|bemerkning\w*|anmärkning\w*|kommentar\w*|comments?|remarks?|notes?|note|"
               r"merknad\w*|anmerkning\w*|noter?|notering\w*|anteckning\w*)\b"),
    ("kind", r"^(?:type|typ|art|kind|aftale|agreement|avtal\w*|avtale)\b|(?:type|typ)$"),  # never "city"
    ("network", r"netværk|network|nätverk|nettverk|organisation|organization|organisasjon|medlemskab|membership|"
                r"medlemskap"),
    ("project", r"projekt|project|prosjekt"),
    ("partner", r"^(?:(?:udenlandske|foreign|international\w*|utländska|utenlandske|øvrige|other|project|projekt)\s+)?"
                r"(?:by|byer|city|town|stad|ort|kommune|kommun|municipality|partner\w*|samarbejdsby\w*|"
                r"institution|organisation|" + lx.TWIN + r")"),
]]
_CELL = re.compile(r"(?:^|;\s)(?P<head>[^:;]{1,60}):(?:[ \t](?P<value>[^;]*))?")
_ENDED = re.compile(r"ophørt|afsluttet|ended|inactive|inaktiv|avsluttet|avslutad|upphört|suspended|stillet i bero|"
                    r"vilande|lagt på is|udmeldt|left\b", re.I)
# A status that says a membership is not (yet) one: only considered, discussed, applied for, declined or planned.
_NOT_YET = re.compile(r"overvej\w*|under\s+overvejelse|overveiel\w*|övervä\w*|consider\w*|under\s+(?:consideration|"
                      r"review|vurdering|utredning|behandling)|vurder\w*|drøft\w*|diskut\w*|discuss\w*|utred\w*|"
                      r"ansøg\w*|ansök\w*|søkt|sökt|søgt|applied|application|pending|afvent\w*|avvakt\w*|"
                      r"planlagt|planned|planerad|foreslået|proposed|föreslag\w*|forslag|mulig\w*|possible|potential|"
                      r"afvist|afslået|declined|rejected|avslag\w*|avslått|^nej\b|^nei\b|^no\b|ikke\s+medlem|"
                      r"inte\s+medlem|not\s+(?:a\s+)?member", re.I)
# A remark that says the municipality left the network ("Utträde 2023", "Udmeldt 2024", "Withdrew in 2022").
_LEFT = re.compile(r"\b(?:utträd\w*|utträtt|udtrådt|udtræd\w*|udmeld\w*|utmeld\w*|meldt\s+(?:ud|ut)|withdr[ae]w\w*|"
                   r"left\b|lämna\w*|forlod|gick\s+ur|resigned|opsagt|sagt\s+op|uppsagt|oppsagt)", re.I)
# "Medlem", "Member (evaluated 2026)"; not "Medlemskab overvejes", where the membership is what is considered.
_MEMBER_STATUS = re.compile(r"^(?:medlem(?!skab|skap)|member(?!ship)|aktiv|active|ja\b|yes\b)", re.I)


def _not_yet(status: str) -> bool:
    """'Overvejes', 'Ansøgt', 'Ikke medlem': no membership; 'Medlem (evalueres 2026)' is one."""
    return bool(_NOT_YET.search(status)) and not _MEMBER_STATUS.match(status.strip())


def _status_not_yet(by_role: dict) -> bool:
    """The row's status, or a remark that opens with one ("Overvejes – ikke besluttet"), says no membership yet."""
    if "status" in by_role and _not_yet(by_role["status"][1]):
        return True
    remark = by_role.get("remark", ("", "", 0))[1].strip()
    m = _NOT_YET.search(remark)
    return bool(m) and (m.start() == 0 or bool(_UNDECIDED.search(remark))) and not _MEMBER_STATUS.match(remark)


_UNDECIDED = re.compile(r"ikke\s+besluttet|not\s+(?:yet\s+)?decided|inte\s+beslutat|ikke\s+vedtatt|ikke\s+medlem|"
                        r"not\s+a\s+member|inte\s+medlem", re.I)


_REMARK_AFTER = re.compile(r"\s*\([a-zæøåäö][^()]{0,30}\)\s*$")
_NONE = re.compile(r"^(?:-+|–|—|n/?a|ingen|none|gratis|free|0)$", re.I)
_TOTAL = re.compile(r"^(?:i\s+alt|totalt?|total\s+\w+|sum|summa|samlet|samlede?\s+\w+|grand\s+total|subtotal|"
                    r"sammanlagt|til\s+sammen|tillsammans|overall|heraf|varav|hvorav|thereof)\b", re.I)
_ACRONYM = re.compile(r"\s*\(([A-ZÆØÅ][A-ZÆØÅ0-9+&-]{1,11})\)\s*$")


def cells(row: str) -> list[tuple[str, str, int]]:
    """(header, value, offset of value in row) for each cell of a row line."""
    out = []
    for m in _CELL.finditer(row):
        value = (m.group("value") or "").strip()
        if value:
            out.append((m.group("head").strip(), value, m.start("value")))
    return out


def role_of(header: str) -> str | None:
    head = header.strip().lower()
    return next((role for role, rx in ROLES if rx.search(head)), None)


_BODY_HEADER = re.compile(r"(?:organisation|organization|organisasjon|institution)\w*$", re.I)


def table_records(ctx: Context) -> list[Record]:
    """Name records (and fees stated as bare numbers) from every table row of the document."""
    out: list[Record] = []
    for sent in ctx.sentences:
        if sent.segment.kind == "row":
            out.extend(_row_records(ctx, sent))
    return out


def not_yet_networks(ctx: Context) -> set[str]:
    """Folded names of the networks a table row says are only considered, applied for or declined."""
    out = set()
    for sent in ctx.sentences:
        if sent.segment.kind != "row":
            continue
        by_role = _roles(sent.text)
        if "network" in by_role and _status_not_yet(by_role):
            name = by_role["network"][1]
            acronym = _ACRONYM.search(name)
            out.add(fold(name[:acronym.start()] if acronym else name))
            if acronym:
                out.add(fold(acronym.group(1)))
    return out


def _roles(row: str) -> dict[str, tuple[str, str, int]]:
    by_role: dict[str, tuple[str, str, int]] = {}
    for header, value, at in cells(row):
        role = role_of(header)
        if role is not None and role not in by_role:
            by_role[role] = (header, value, at)
    return by_role


# A row under a membership that names a part of it: a dash before the name, or a working group, forum or committee.
# "X's arbejdsgruppe for ...": a network's own group, named with its owner's genitive.
_PART_ROW = re.compile(r"^(?:[-–—•·]\s*|(?:\S+['’]s?\s+|\S+s\s+)?(?:arbejds|arbeids|arbets|styre|styrings|working|"
                       r"steering|task)[-\s]?(?:gruppe|grupp|group|force)\w*\b)", re.I)


def _row_records(ctx: Context, sent) -> list[Record]:
    by_role = _roles(sent.text)
    kind = next((k for k in ("network", "project", "partner") if k in by_role), None)
    if kind is None:
        return []
    if kind == "network" and "partner" in by_role and section_kind(sent.segment) == "partner":
        kind = "partner"  # "Organisation" in a table of partners abroad
    elif (kind == "network" and section_kind(sent.segment) == "partner"
          and _BODY_HEADER.match(by_role["network"][0].strip())):
        kind, by_role["partner"] = "partner", by_role["network"]  # "Organisation | Country" under "Project partners"
    if "status" in by_role and _ENDED.search(by_role["status"][1]):
        return []  # an ended agreement or membership: a reviewer may add it with its end date
    if kind == "network" and any(_LEFT.search(by_role.get(r, ("", "", 0))[1]) for r in ("status", "remark")):
        return []  # "Kommentar: Utträde 2023": a membership the status or remark says was left
    if kind == "network" and _status_not_yet(by_role):
        return []  # only considered or applied for: no membership (an applied-for project still counts)
    _header, name, at = by_role[kind]
    acronym = _ACRONYM.search(name)
    if acronym:
        name = name[:acronym.start()].strip()
    name = _REMARK_AFTER.sub("", name)  # "LIFE WET MEADOWS (ansøgt)": the status is no part of the name
    if kind == "network" and _PART_ROW.match(name):
        return []  # "– arbejdsgruppen X under Y": a group inside the membership of the row above, no membership
    if kind == "network" and plain_words(name):
        return []  # "Øvrige netværk", "Andre": ordinary words in the name column, no network
    if kind == "network" and (home_body(name) or described_national(by_role.get("remark", ("", ""))[1])):
        return []  # "KL", "Sveriges Kommuner och Regioner", or a remark "Dansk brancheforening": a national body
    if _TOTAL.match(name):  # "I alt", "Total": the sum of the rows above (its amounts are read by table_money)
        return []
    if _COUNT_LABEL.match(name):
        return []  # "Antal projekter", "Number of partners": a row of counts (read by table_counts), no name
    if not name or _NONE.match(name) or len(name) > 90:
        return []
    start = sent.start + at
    fields: dict = {"evidence": f"table row ({_header})"}
    if acronym:
        fields["acronym"] = acronym.group(1)
    if "department" in by_role:
        fields["department"] = by_role["department"][1]
    out: list[Record] = []
    fee = cell_amount(*by_role["fee"][:2], row_currency(cells(sent.text))) if "fee" in by_role else None
    if kind == "network":
        if fee is not None:
            fields["annual_fee"] = {"value": fee[0], "currency": fee[1]}
    elif kind == "project":
        if "programme" in by_role:
            fields["programme"] = lx.find_programme(by_role["programme"][1]) or by_role["programme"][1]
        period = find_periods(by_role["period"][1]) if "period" in by_role else []
        if period:
            fields.update(period_start=period[0].start, period_end=period[0].end)
        if "partner" in by_role:  # a column of the project's partners abroad
            _h, value, at = by_role["partner"]
            countries = by_role["country"][1] if "country" in by_role else None
            out.extend(cell_partners(ctx, sent, value, at, "project partner", countries))
        # The lead partner abroad, with its country given ("Lead: <town> (ES)"); a lead at home has none.
        out.extend(r for _h, value, at in cells(sent.text) if _LEAD.match(_h) and "(" in value
                   for r in cell_partners(ctx, sent, value, at, "project partner"))
    else:
        town = municipal_town(name)  # "Halmstad kommun", "Larvik kommune": the municipality is its town
        if town and town in name:
            start, name = start + name.index(town), town
        partner = _partner_fields(ctx, name, by_role)
        if partner is None:
            return out
        fields.update(partner)
    conf = 0.85 if _says_what_rows_are(kind, _header, by_role, sent.segment) else 0.75
    rec = make_record(ctx, kind, name, start, start + len(name), (sent.start, sent.end), conf, sent.segment,
                      **fields)
    if "department" not in fields:
        rec.fields.pop("department", None)  # no department column: do not guess one from a neighbouring cell
        dept = department(sent.segment)
        if dept:
            rec.fields["department"] = dept
    return [rec, *out]


# A column that says its rows are memberships or partners, not merely organisations or towns.
_NETWORK_HEADER = re.compile(r"netværk|network|nätverk|nettverk|medlemskab|membership|medlemskap", re.I)
_PARTNER_HEADER = re.compile(r"partner|samarbejdsby|samarbeidsby|samarbetsort|" + lx.TWIN, re.I)


def _says_what_rows_are(kind: str, header: str, by_role: dict, segment) -> bool:
    """Whether the table or its section says what its rows are: the bulk-accept line (0.85) needs it; a generic
    'Organisation' or 'By' column under a heading that names neither memberships nor partners is weaker (0.75)."""
    if kind == "network":
        return bool(_NETWORK_HEADER.search(header)) or section_kind(segment) == "network" or (
            "fee" in by_role or "status" in by_role)
    if kind == "partner":
        # a column for the kind of agreement ("Type of agreement", "Aftaletype") says the rows are agreements
        return bool(_PARTNER_HEADER.search(header)) or section_kind(segment) == "partner" or "kind" in by_role
    return True


_LEAD = re.compile(r"^(?:lead(?:\s+(?:partner|beneficiary|applicant))?|leadpartner|koordinator|coordinator|"
                   r"projektejer|hovedansøger|huvudsökande|lead\s+organisation)$", re.I)


def _partner_fields(ctx: Context, name: str, by_role: dict) -> dict | None:
    """Country and place of a partner row; None when the row is at home (a Danish partner of a Danish project)."""
    country = cell_country(by_role["country"][1]) if "country" in by_role else None  # "Letland", "LV"
    home = current().home
    if country == home:
        return None
    city = resolve_city(name, {country} if country else set())
    if city is not None and (country is None or city.country == country):
        if city.country == home:
            return None
        return {"country": city.country, "city": city.name, "latitude": city.latitude, "longitude": city.longitude,
                "kind": _kind(by_role)}
    if country is None or is_acronym(name):
        return None
    # An institution (Hochschule X, Gemeente Y) or a town the index does not know, with its country given.
    return {"country": country, "kind": _kind(by_role), "institution": len(name.split()) > 1}


def _kind(by_role: dict) -> str:
    text = by_role.get("kind", ("", "", 0))[1] or by_role.get("partner", ("", "", 0))[0]  # a "Vänort" column
    for kind, rx in lx.KIND_PATTERNS:
        if rx.search(text):
            return kind
    return "cooperation"


def table_money(ctx: Context) -> list[Record]:
    """Every amount stated in a table cell (fees, budgets, shares, grants; a total row's too), in the unit of a unit
    line over the table ("Beløb i 1.000 kr.") when there is one."""
    out: list[Record] = []
    rows = {id(s.segment): s for s in ctx.sentences if s.segment.kind == "row"}
    unit, since, after_row = None, 0, False  # the unit line over the coming table; non-rows read since it
    for seg in ctx.segments:
        if seg.kind == "row" and id(seg) in rows:
            out += row_money(ctx, rows[id(seg)], cells(seg.text), unit)
            since, after_row = 0, True
            continue
        if (stated := unit_line(seg.text)) is not None:
            unit, since = stated, 0
        else:
            since += 1  # a caption may sit between the unit line and its table; the table's end or more text
            if since > 1 or after_row:  # ends the unit's reach
                unit = None
        after_row = False
    return out


# ---------------------------------------------------------------- counts in cells
# A row or column that counts things: "Antal EU-projekter ...", "Number of partners", "Deltagere".
_COUNT_LABEL = re.compile(r"^(?:antal|antall|number\s+of|no\.?\s+of|count\s+of|total\s+number\s+of|anzahl)\b", re.I)
# Columns whose numbers are dates, shares, money or references, never counts.
_NOT_COUNTED = re.compile(r"frist|deadline|\bår\b|\byear|periode|period|dato|date|\btid\b|\bnr\b|\bno\b|^id\b|"
                          r"andel|share|pct|procent|prosent|percent|%|budget|beløb|belopp|beløp|amount|\bkr\b|eur|"
                          r"dkk|sek|nok|pris|price|kontingent|fee|avgift|tilskud|bidrag|grant|page|side|sida|"
                          r"postnr|postcode|telefon|phone|cvr", re.I)
_POPULATION = re.compile(r"\b(?:population|befolkning|folketal|folkmängd|innbyggertall|einwohner\w*)\b", re.I)
_TARGET = re.compile(r"^(?:mål|målsætning\w*|målsättning\w*|målsetting\w*|target\w*|goal|ambition\w*|forventet|"
                     r"förväntat|forventa|expected|planned|planlagt)\b|\b(?:mål|target|goal)\s+(?:for\s+|för\s+)?\d{4}",
                     re.I)
_LABEL_LINE = re.compile(r"^[^:;\n]{3,40}:[ \t]+[\d. \u00a0]{1,12}$")
_CELL_INT = re.compile(r"\d{1,3}(?:[.\u00a0 ]\d{3})+|\d{1,6}")


def _counted_label(row: list[tuple[str, str, int]], is_head, is_work) -> bool:
    """An indicator row labelled with what it counts ("Elever på udveksling i udlandet | 46 | 80", "EU-projekter med
    kommunal deltagelse | 3 | 5"): the label's first word is a countable noun of international work."""
    label = next((v for _h, v, _a in row if re.search(r"[^\W\d_]{3}", v)), None)
    first = re.match(r"[^\W\d_][\w-]*", label or "")
    if first is None or label != row[0][1]:  # the row label is the first cell
        return False
    word = first.group().lower()
    return is_head(word) and is_work(word) and not _POPULATION.search(label)


def table_counts(ctx: Context) -> list[Record]:
    """Counts stated as table cells: a bare whole number in a column that counts things (its header is 'Antal
    deltagere' or 'Partnere'), or in any plain column of a row labelled 'Antal ...' (an indicator's baseline and
    target)."""
    from .countwords import is_head, is_work

    out: list[Record] = []
    for sent in ctx.sentences:
        if sent.segment.kind != "row" and not _LABEL_LINE.match(sent.text):
            continue  # a table row, or a fact box's "Partnere: 9" line
        row = cells(sent.text)
        if money_label(row):
            continue  # a row of amounts ("EU-midler (mio. kr.)")
        labelled = any(_COUNT_LABEL.match(v) for _h, v, _a in row) or _counted_label(row, is_head, is_work)
        for header, value, at in row:
            if not _CELL_INT.fullmatch(value) or _NOT_COUNTED.search(header) or _TARGET.search(header):
                continue  # a target is no stated number of things (an indicator's baseline is)
            words = re.findall(r"[^\W\d_]+", header.lower())
            if not (labelled or _COUNT_LABEL.match(header) or (words and is_head(words[-1]))):
                continue
            if words and not is_work(words[-1]) or _POPULATION.search(header):
                continue  # "Indbyggere", "Population": what the towns are, not the work (as in prose)
            number = int(re.sub(r"\D", "", value))
            if number <= 0:
                continue
            start = sent.start + at
            out.append(Record(type="count", value=number, fields={"what": header, "evidence": "table cell"},
                              page=ctx.page(start), start=start, end=start + len(value), quote=sent.text[:400],
                              confidence=0.75))
    return out
