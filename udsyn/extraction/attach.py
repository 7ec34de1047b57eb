"""What a sentence says about the records named in it: a membership's yearly fee and representative,
and the period of a project, partnership or membership.

A detail belongs to the record whose mention is nearest to it in the same sentence (so no other
record's name stands in between), or to the one a phrase plainly points at: "<Project> (2019-2022)",
"Projektet løber fra ... til ...", "Kontingentet er 0,5 mio. kr." right after the membership.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .context import Context, Sentence
from .model import Record
from .money import Money, find_money
from .periods import Period, find_periods

NAME_TYPES = ("network", "partner", "project")

# Words that make an amount a membership's yearly fee.
FEE_WORDS = re.compile(r"kontingent\w*|medlemsbidrag\w*|medlemsgebyr\w*|membership\s+fees?|annual\s+fees?|"
                       r"fees?\b|årlig\w*|om året|per år|pr\.? år|hvert år|per year|a year|annually|yearly", re.I)
# A sentence that goes on about the membership just named: "Kontingentet er 0,5 mio. kr."
_FEE_BACK = re.compile(r"^\W*(?:(?:det|den|dette|vores|kommunens|the|its|this|our)\s+)?(?:årlige\s+|annual\s+)?"
                       r"(?:kontingent\w*|medlemskab\w*|medlemsbidrag\w*|membership|fee\b)", re.I)
_FEE_YEAR = re.compile(r"\b(?:i|for|in|budget(?:året)?|pr\.?)\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)", re.I)
_JOINED = re.compile(r"medlem|indmeld|tilsluttet|optaget|joined|member|siden|since|fra\s*$|from\s*$", re.I)

_ROLE = (r"(?:(?:kommunens|byens|vores|the|our|the\s+city's)\s+)?(?:vice)?(?:borgmester(?:en)?|rådmand(?:en)?|"
         r"rådmændene|udvalgsformand(?:en)?|formand(?:en)?|kommunaldirektør(?:en)?|direktør(?:en)?|"
         r"(?:deputy\s+)?mayor|chief\s+executive)(?:\s+[A-ZÆØÅ][\w-]+){0,3}")
_REPRESENTED = re.compile(r"\b(?:repræsenteret|repræsenteres|represented)\s+(?:[a-zæøå]+\s+){0,3}?(?:ved|af|by)\s+"
                          r"(?P<who>[^,.;:()]{3,80}?)(?=\s*[,.;:()]|\s+(?:og|and|som|der|i|på|til|in|at)\s|\s*$)",
                          re.I)
_ROLE_TAKES_PART = re.compile(rf"\b(?P<who>{_ROLE})\s+(?:deltager|deltog|sidder|repræsenterer|er\s+medlem|"
                              rf"participates|attends|sits|represents)\b", re.I)
_ABOUT_NETWORK = re.compile(r"netværk|møde|bestyrelse|styregruppe|generalforsamling|board|meeting|network|heri\b",
                            re.I)

# Words that stand for a record of one type when that type is named once in the sentence.
_STAND_INS = {"project": re.compile(r"\bprojekt\w*|\bproject\w*", re.I),
              "partner": re.compile(r"\bvenskabsby\w*|\bsøsterby\w*|\btwin\w*|\bsamarbejdsaftale\w*", re.I),
              "network": re.compile(r"\bmedlem\w*|\bnetværk\w*|\bmember\w*", re.I)}
# "Projektet løber fra marts 2019 til 2022": a period the project word plainly owns.
_PROJECT_RUNS = re.compile(r"\b(?:projekt(?:et)?|project)\s+(?:\w+\s+){0,2}?(?:løber|forløber|varer|kører|"
                           r"gennemføres|strækker sig|startede|starter|begyndte|slutter|afsluttes|runs|lasts|started|"
                           r"ends)\b", re.I)


@dataclass
class Mention:
    start: int  # within the sentence
    end: int
    record: Record
    stand_in: bool = False


def attach_details(ctx: Context, records: Sequence[Record]) -> None:
    """Give each name record (before merging) the fee, representative and period its sentence states."""
    by_sentence: dict[int, list[Record]] = {}
    for rec in records:
        if rec.type in NAME_TYPES:
            i = ctx.sentence_index(rec.start)
            if i is not None:
                by_sentence.setdefault(i, []).append(rec)
    for i, recs in by_sentence.items():
        sent = ctx.sentences[i]
        follow = _following(ctx, i, by_sentence)
        mentions = _mentions(sent, recs)
        _attach_periods(sent.text, mentions)
        if follow is not None and _PROJECT_RUNS.search(follow.text):
            projects = [r for r in recs if r.type == "project"]
            if len(projects) == 1:  # "Projektet løber fra ... til ..." in the next sentence
                _set_period(projects[0], find_periods(follow.text)[:1])
        networks = [m for m in mentions if m.record.type == "network" and not m.stand_in]
        if networks:
            _attach_fee(sent.text, networks, follow)
            _attach_representative(sent.text, networks, follow)
    _heading_project_periods(ctx, records)


def _following(ctx: Context, i: int, by_sentence: dict[int, list[Record]]) -> Sentence | None:
    """The next sentence of the same section when it names no record of its own (so it may refer back)."""
    if i + 1 >= len(ctx.sentences) or i + 1 in by_sentence:
        return None
    here, nxt = ctx.sentences[i], ctx.sentences[i + 1]
    return nxt if nxt.segment.path == here.segment.path else None


def _mentions(sent: Sentence, recs: list[Record]) -> list[Mention]:
    out = [Mention(r.start - sent.start, r.end - sent.start, r) for r in recs]
    for type_, rx in _STAND_INS.items():
        of_type = {id(r): r for r in recs if r.type == type_}
        if len(of_type) != 1:
            continue
        (rec,) = of_type.values()
        for m in rx.finditer(sent.text):
            if not any(o.start <= m.start() < o.end for o in out):
                out.append(Mention(m.start(), m.end(), rec, stand_in=True))
    return out


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


def _nearest(start: int, end: int, mentions: Sequence[Mention], limit: int | None = None) -> Mention | None:
    """The mention nearest to text[start:end] (within limit characters); on a tie the one before it."""
    if not mentions:
        return None
    best = min(mentions, key=lambda m: (_gap(m.start, m.end, start, end), m.start > start))
    return best if limit is None or _gap(best.start, best.end, start, end) <= limit else None


_MEMBER_PERIOD = re.compile(r"medlem|member|tilslut|indmeld|joined|siden|since|deltage|deltog|fra\s+\S*\d|"
                            r"from\s+\S*\d", re.I)
# A period further than this from every name in its sentence is about something else (an event, a plan).
PERIOD_REACH = 80


# ---------------------------------------------------------------- periods
def _set_period(rec: Record, periods: Sequence[Period]) -> None:
    for period in periods:
        if period.start and "period_start" not in rec.fields:
            rec.fields["period_start"] = period.start
        if period.end and "period_end" not in rec.fields:
            rec.fields["period_end"] = period.end


def _attach_periods(text: str, mentions: list[Mention]) -> None:
    for period in find_periods(text):
        # A stand-in word points forward ("projektet løber 2019-2022"), never back at a period before it.
        near = [m for m in mentions if not m.stand_in or m.start < period.span_start]
        owner = _nearest(period.span_start, period.span_end, near, PERIOD_REACH)
        if owner is not None and owner.record.type == "network" and not _MEMBER_PERIOD.search(
                text[max(0, period.span_start - 60):period.span_end]):
            continue  # "formand for EUROCITIES for 2010 til 2012": a chairmanship, not the membership
        if owner is not None:
            _set_period(owner.record, [period])


def _heading_project_periods(ctx: Context, records: Sequence[Record]) -> None:
    """A project named by a heading (or a paragraph's bold title) owns the periods of its section (paragraph)
    that no other record's name is nearer to."""
    named_at: dict[int, list[Record]] = {}
    for rec in records:
        if rec.type in NAME_TYPES:
            i = ctx.sentence_index(rec.start)
            if i is not None:
                named_at.setdefault(i, []).append(rec)
    for rec in records:
        if rec.type != "project":
            continue
        body = _body_of(ctx, rec)
        if body is None:
            continue
        lo, hi = body
        first = bisect.bisect_left(ctx.sentence_starts, lo)
        for i in range(first, len(ctx.sentences)):
            sent = ctx.sentences[i]
            if sent.start >= hi:
                break
            others = _mentions(sent, [r for r in named_at.get(i, []) if r is not rec])
            for period in find_periods(sent.text):
                owner = _nearest(period.span_start, period.span_end, others, PERIOD_REACH)
                if owner is None or (owner.stand_in and owner.record.type == "project"):
                    _set_period(rec, [period])


def _body_of(ctx: Context, rec: Record) -> tuple[int, int] | None:
    """The text a titled project speaks for: its heading's section, or the paragraph its bold title opens."""
    evidence = rec.fields.get("evidence")
    if evidence == "titled paragraph":
        seg = next((s for s in ctx.segments if s.start <= rec.start < s.end), None)
        return (seg.start, seg.end) if seg is not None else None
    if evidence != "heading under section":
        return None
    # The heading naming it: the one holding its start, else the last one before it that names it (the
    # record may point at the first body sentence naming it).
    heading = next((s for s in reversed(ctx.segments) if s.kind == "heading" and s.start <= rec.start
                    and (rec.start < s.end + 1 or (rec.name or "").casefold() in s.text.casefold())), None)
    if heading is None:
        return None
    body_end = next((s.start for s in ctx.segments[heading.index + 1:]
                     if s.kind == "heading" and s.level <= heading.level), len(ctx.text))
    return heading.end, body_end


# ---------------------------------------------------------------- fees
def _shared(text: str, net: Mention, networks: Sequence[Mention]) -> bool:
    """'medlem af Eurocities og ICLEI og betaler 300.000 kr.': a fee after a list of networks is shared."""
    for other in networks:
        if other is net:
            continue
        lo, hi = sorted((other, net), key=lambda m: m.start)
        if re.fullmatch(r"\s*(?:,|og|and|samt|&)\s*", text[lo.end:hi.start]):
            return True
    return False


_NOT_A_FEE = re.compile(r"tilskud|støtte|bevilg|bevilling|hjemt|modtag|fået|fik\b|budget|omsætning|funding|grant|"
                        r"received|receives|invester|projekt", re.I)
_PAID_FEE = re.compile(r"kontingent|medlemsbidrag|medlemsgebyr|\bfee|betal|\bpays?\b|koster|\bcosts?\b", re.I)


def _received(text: str, amount: Money) -> bool:
    """'modtager årligt 2 mio. kr. i tilskud': money the municipality gets or spends on projects, not a fee."""
    around = text[max(0, amount.start - 50):amount.end + 30]
    return bool(_NOT_A_FEE.search(around)) and not _PAID_FEE.search(around)


def _fee_of(text: str, amounts: Sequence[Money], net: Mention, networks: Sequence[Mention]) -> Money | None:
    cue = FEE_WORDS.search(text)
    amounts = [a for a in amounts if not _received(text, a)]
    yearly = [a for a in amounts if a.per_year] or (list(amounts) if cue else [])
    mine = [a for a in yearly if _nearest(a.start, a.end, networks) is net]
    if not mine or _shared(text, net, networks):
        return None
    if cue is None:
        return mine[0]
    return min(mine, key=lambda a: (not a.per_year, _gap(a.start, a.end, cue.start(), cue.end())))


def _fee_year(text: str, amount: Money) -> int | None:
    lo, hi = max(0, amount.start - 60), min(len(text), amount.end + 40)
    years = []
    for m in _FEE_YEAR.finditer(text, lo, hi):
        if _JOINED.search(text[max(0, m.start() - 25):m.start()]):
            continue  # "blev medlem i 2015": when the membership began, not the fee's year
        years.append(m.group(1))
    return int(years[0]) if len(set(years)) == 1 else None


def _set_fee(rec: Record, text: str, amount: Money) -> None:
    if "annual_fee" in rec.fields:
        return
    rec.fields["annual_fee"] = {"value": amount.value, "currency": amount.currency}
    year = _fee_year(text, amount)
    if year:
        rec.fields["fee_year"] = year


def _attach_fee(text: str, networks: list[Mention], follow: Sentence | None) -> None:
    amounts = find_money(text)
    for net in networks:
        amount = _fee_of(text, amounts, net, networks) if amounts else None
        if amount is not None:
            _set_fee(net.record, text, amount)
    if follow is None or not _one_network(networks) or any("annual_fee" in n.record.fields for n in networks):
        return
    if _FEE_BACK.search(follow.text) or re.search(r"kontingent|medlemsbidrag|membership fee", follow.text, re.I):
        found = find_money(follow.text)
        for net in networks if found else ():
            _set_fee(net.record, follow.text, next((a for a in found if a.per_year), found[0]))


def _one_network(networks: Sequence[Mention]) -> bool:
    """The sentence names one network (perhaps found by two rules, as two records of one name)."""
    return len({(n.record.name or "").casefold() for n in networks}) == 1


# ---------------------------------------------------------------- representatives
def _representative(text: str) -> tuple[int, str] | None:
    m = _REPRESENTED.search(text) or _ROLE_TAKES_PART.search(text)
    return (m.start("who"), " ".join(m.group("who").split())) if m else None


def _attach_representative(text: str, networks: list[Mention], follow: Sentence | None) -> None:
    found = _representative(text)
    if found is not None:
        at, who = found
        owner = _nearest(at, at + len(who), networks)
        if owner is not None:
            owner.record.fields.setdefault("representative", who)
        return
    if follow is None or not _one_network(networks):
        return
    found = _representative(follow.text)
    if found is not None and (_REPRESENTED.search(follow.text) or _ABOUT_NETWORK.search(follow.text)):
        for net in networks:
            net.record.fields.setdefault("representative", found[1])
