"""Money amounts and stated counts of things, one record per mention (the merge of names does not apply)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .context import Context, Sentence, department, quote_text
from .counts import find_counts, find_counts_before
from .countwords import is_work
from .model import Record
from .money import find_money
from .tablecells import unit_line

# ---------------------------------------------------------------- money and counts
# A unit in brackets: "Budget (1.000 kr.)", "Tilskud (mio. kr.)", "Funding (EUR)".
_BRACKET_UNIT = re.compile(r"\(\s*(?:mio\.?|mill\.?|mia\.?|t\.?|1[.,]000)?\s*(?:kr|dkk|sek|nok|eur|€|£|gbp)\.?\s*\)",
                           re.I)


def _money_lines(ctx: Context) -> list:
    """The sentences amounts are read from, and the headings: a headline states amounts too ('Kommunen får 2 mio.
    kr. til projekt i Polen'), but a heading with a unit in brackets ('Budget (1.000 kr.)') states none."""
    heads = [Sentence(seg.start, seg.end, seg.text, seg) for seg in ctx.segments
             if seg.kind == "heading" and not _BRACKET_UNIT.search(seg.text)]
    return [*ctx.sentences, *heads] if heads else ctx.sentences


def money_records(ctx: Context) -> list[Record]:
    out = []
    for sent in _money_lines(ctx):
        if sent.segment.kind == "row" or unit_line(sent.text):
            continue  # a table row's amounts are read cell by cell, with the currency of their header (tables.py);
            # a unit line over a table ("Beløb i 1.000 kr.") states the unit of its figures, no amount
        for amount in find_money(sent.text):
            start = sent.start + amount.start
            subject = sent.segment.path[-1] if sent.segment.path else None
            out.append(Record(type="money", value=amount.value, currency=amount.currency,
                              fields={"what": quote_text(sent.text)[:160], "approximate": amount.approx or None,
                                      "evidence": "table cell" if sent.segment.kind == "row" else "amount in text",
                                      "per_year": amount.per_year or None, "section": subject,
                                      "department": department(sent.segment, sent.text)},
                              page=ctx.page(start), start=start, end=sent.start + amount.end,
                              quote=quote_text(sent.text, amount.start), confidence=0.85))
    return out


def count_records(ctx: Context) -> list[Record]:
    out = []
    near = _near_international(ctx.sentences)
    lines = [(sent.start, sent.text, sent.segment, near[k]) for k, sent in enumerate(ctx.sentences)]
    about = all(near) or any(_international(seg.text) for seg in ctx.segments[:3] if seg.kind == "heading")
    lines += [(seg.start, seg.text, seg, about or _international(seg.text)) for seg in ctx.segments
              if seg.kind == "heading"]  # "Åtte partnere fra seks land": a headline states counts too
    for at, text, seg, international in lines:
        for count in find_counts(text):
            if not counts_work(text, count) or not international or _TARGET_BEFORE.search(text[:count.start]):
                continue
            if seg.kind == "heading" and not _headline_count(text, count):
                continue
            start = at + count.start
            conf = _count_confidence(text, count)
            if 1900 <= count.value <= 2100 and count.noun[0].isupper():
                continue
            how = count.how or ("number word" if count.raw[:1].isalpha() else "number") + " before a countable noun"
            out.append(Record(type="count", value=count.value,
                              fields={"what": count.noun, "approximate": count.approx or None,
                                      "evidence": how + (" in a heading" if seg.kind == "heading" else ""),
                                      "department": department(seg, text)},
                              page=ctx.page(start), start=start, end=at + count.end,
                              quote=quote_text(text, count.start), confidence=conf))
    return out


# A goal's figure is a target, not a stated number of things: "Goals for 2026: four EU projects", "Målet for 2028 er
# 8 EU-projekter", "Mål: 500 elever", "the target is 12 partners".
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:goals?|targets?|aims?|objectives?|ambitions?|mål(?:et|ene|en|sætning\w*|sättning\w*)?|"
    r"målsætning\w*|målsättning\w*|ambition(?:en|er|erne)?)\s+(?:for|by|in|until|til|till|frem\s+mod|fram\s+till|"
    r"innen|inden|senest)\s+(?:\w+\s+)?20\d\d\b|^\W*(?:goals?|targets?|mål|målsætning|målsättning|delmål)\s*:|"
    r"\b(?:målet|målsætningen|målsättningen|the\s+(?:goal|target|aim)|our\s+(?:goal|target|aim))\s+(?:er|är|is)\b)",
    re.I)


def _headline_count(text: str, count) -> bool:
    """A count in a heading: a number word, or digits before a lower-case noun ('12 elever på besøg'), never the
    number of a section ('3 Projekter', '7.1 Venskabsbyer')."""
    if count.raw[:1].isalpha():
        return True
    return count.start > 0 or not count.noun[:1].isupper() and not re.match(r"\d+[.)]", text)


# What makes a sentence about international work (general vocabulary of the four languages), tested as substrings of
# the lower-cased sentence (a pattern of word alternatives at every letter was the slow part of counting).
_INTERNATIONAL_KEYS = ("internation", "internasjonal", "udland", "utland", "abroad", "foreign", "overseas", "europ",
                       "nordisk", "nordic", "norden", "interreg", "erasmus", "horizon", "nordplus", "delegation",
                       "delegasjon", "vänort", "venskab", "vennskap", "twin", "sister cit", "søsterby", "partnerby",
                       "partner town", "partner cit", "udveksling", "utbyte", "utveksling", "exchange", "netværk",
                       "network", "nätverk", "nettverk")
_EU = re.compile(r"\bEU\b")


def _international(text: str) -> bool:
    low = text.lower()
    return any(map(low.__contains__, _INTERNATIONAL_KEYS)) or ("EU" in text and bool(_EU.search(text)))


_INTERNATIONAL_SHARE = 0.15


def _near_international(sentences: list) -> list[bool]:
    """Which sentences may hold a count of international work: all of a document about it (one sentence in seven
    or more speaks of it), else those within two sentences of one that does (a business strategy's '405
    pædagogstuderende' is no count of international work)."""
    cued = [_international(s.text) for s in sentences]
    if not cued or sum(cued) >= _INTERNATIONAL_SHARE * len(cued) or _project_page(sentences):
        return [True] * len(cued)
    return [any(cued[max(0, k - 2):k + 3]) for k in range(len(cued))]


def _project_page(sentences: list) -> bool:
    """A page about one international project names its programme near its top (a fact sheet, a programme's page)."""
    top, size = [], 0
    for sent in sentences:
        top.append(sent.text)
        size += len(sent.text)
        if size > 3000:
            break
    return bool(_PROGRAMME_ABROAD.search(" ".join(top)))


_PROGRAMME_ABROAD = re.compile(r"interreg|erasmus|horizon\s*(?:europe|2020)|nordplus|\blife\b|creative\s+europe|urbact|"
                               r"turing\s+scheme|eea\s+grants|norway\s+grants|\berdf\b|co-?funded\s+by\s+the\s+european|"
                               r"lead\s+partner|leadpartner", re.I)


def counts_work(text: str, count) -> bool:
    """A count records the municipality's international work (twin towns, projects, delegations, participants):
    not a town's inhabitants or a plan's themes (countwords.OTHER_THINGS), nor how big a network is ("94 byer er
    medlem af organisationen", "a network of 130 cities"), which describes the network."""
    return is_work(count.noun) and not _describes_a_network(text, count)


_MEMBER_NOUN = re.compile(r"(?:byer|cities|städer|medlemmer|members|medlemmar|medlemsbyer|kommuner|municipalities|"
                          r"regioner|regions|organisationer|organisations|organizations|lande|countries)$", re.I)
_NETWORK_TALK = re.compile(r"\b(?:medlem\w*|members?\w*|netværk\w*|network\w*|nätverk\w*|nettverk\w*|"
                           r"organisation\w*|organization\w*)", re.I)
_TWIN_WORD = re.compile(lx.TWIN + r"|venskab|vennskap|twin|sister", re.I)
_COMPOSITION = re.compile(r"\bbestår\s+a[fv]\b|\bconsists?\s+of\b|\bsamler\s+(?:mere|over|cirka|ca\.)|"
                          r"(?:netværk|network|nätverk|nettverk)\s+(?:af|of|av)\s+(?:\w+\s+){0,2}\d", re.I)
# Member towns of a network ("31 medlemsbyer", "member cities"); a count of memberships is the municipality's own.
_MEMBER_TOWNS = re.compile(r"^(?:medlem|member)(?!skab|skap|ship)", re.I)
_MEMBER_WORD = re.compile(r"\b(?:member|medlems?|medlemmar|medlemmer)(?!skab|skap|ship)(?:[\s-]|(?=by|stad|städ|kommun|"
                          r"land|länder|org|cit|town))", re.I)


def _describes_a_network(text: str, count) -> bool:
    if _MEMBER_WORD.search(count.raw):
        return True  # "29 member towns", "280 medlemsbyer": the network's size, not the municipality's work
    if _TWIN_WORD.search(text):
        return False
    if _COMPOSITION.search(text) or _MEMBER_TOWNS.match(count.noun):
        return True
    # "Netværket har partnerskaber i 27 byer", "94 byer er medlem af ...": members of a network, counted by it
    rest = text[:count.start] + text[count.end:]  # the counted noun itself ("13 organisationer") says nothing
    return bool(_MEMBER_NOUN.search(count.noun)) and bool(_NETWORK_TALK.search(rest))


def _restated(before: str) -> bool:
    """A count in brackets right after another count restates that group ("To 8. klasser (47 elever)")."""
    head = before.rstrip()
    return head.endswith("(") and find_counts_before(head[:-1].rstrip())


def _count_confidence(text: str, count) -> float:
    conf = 0.75
    before = text[:count.start]
    if before.count("(") > before.count(")") and not _restated(before):
        conf -= 0.3  # a detail in parentheses, not a headline figure
    if re.match(r"\s*(pr\.|per|hver|each|om\s+(dagen|ugen|måneden))", text[count.end:]):
        conf -= 0.2  # a rate, not a total (kept, below the bulk-accept line)
    if re.search(r"\b(ca\.|cirka|omkring|about)\s*$", before):
        conf -= 0.2
    return conf


def dedupe_values(records: list[Record]) -> list[Record]:
    seen: dict[tuple, Record] = {}
    for rec in records:
        key = (rec.type, rec.start)
        if key not in seen or rec.confidence > seen[key].confidence:
            seen[key] = rec
    return sorted(seen.values(), key=lambda r: r.start)


def attach_fees(records: list[Record]) -> None:
    """A yearly amount stated in a network's own section is that membership's annual fee."""
    networks = {r.name: r for r in records if r.type == "network"}
    for rec in records:
        if rec.type == "money" and rec.fields.get("per_year"):
            net = networks.get(rec.fields.get("section") or "")
            if net is not None and "annual_fee" not in net.fields:
                net.fields["annual_fee"] = {"value": rec.value, "currency": rec.currency}
