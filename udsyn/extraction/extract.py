"""Rules that turn segmented text into candidate records (network, partner, project, money, count).

The rules rely on patterns, lexicons of programmes and organisation kinds, the document's own
structure (a heading under a "Medlemskaber" section is a membership) and context words, never on
names copied from particular documents.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .attach import attach_details
from .counts import find_counts
from .gazetteer import City, city_candidates, countries_in, fold, resolve_city, resolve_country
from .goals import goal_records
from .merge import merge_records
from .model import Record, page_of
from .money import find_money
from .names import common_word, is_acronym, looks_proper, proper_names
from .ocr import zipf
from .periods import find_periods
from .segment import _BULLET, Segment, sentences

MIN_CONFIDENCE = 0.5
# Political bodies that carry a network word but are not memberships.
NOT_NETWORKS = {"european union", "den europaeiske union", "european council", "european parliament",
                "eu", "security council", "nordic council of ministers"}


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    segment: Segment


@dataclass
class Context:
    text: str
    starts: list[int]
    segments: list[Segment]
    sentences: list[Sentence] = field(default_factory=list)

    def __post_init__(self) -> None:
        for seg in self.segments:
            if seg.kind == "heading" or _is_reference(seg):
                continue  # a reference list names authors and publishers' cities, not partners
            start = seg.start
            bullet = _BULLET.match(self.text[start:seg.end]) if seg.kind == "item" else None
            if bullet:
                start += bullet.end()  # a list item's sentence starts after its bullet
            for s, e in sentences(self.text[start:seg.end], start):
                self.sentences.append(Sentence(s, e, self.text[s:e], seg))

        self.sentence_starts = [s.start for s in self.sentences]

    def page(self, offset: int) -> int:
        return page_of(self.starts, offset)

    def sentence_index(self, offset: int) -> int | None:
        """Index in self.sentences of the sentence containing offset, or None (a heading, a reference)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, self.sentences[i].start + 1):
            return i
        return None

    def quote_span(self, start: int, end: int, fallback: tuple[int, int]) -> tuple[int, int]:
        """The sentence(s) holding text[start:end]: the evidence a reviewer reads, never a heading glued on."""
        first, last = self.sentence_index(start), self.sentence_index(max(start, end - 1))
        if first is None:
            return fallback
        last = first if last is None else last
        return self.sentences[first].start, self.sentences[last].end


_REFERENCES_HEADING = re.compile(r"^(?:litteratur(?:liste)?|referencer|references|bibliography|kilder|"
                                 r"kildeliste|noter|sources)\b", re.I)
# "Emmerich, Mike (2017), Britain's Cities ...", "Udenrigsministeriet (2018), Strategic Sector ...".
_CITATION = re.compile(r"^[A-ZÆØÅ][\w.’'-]+(?:,?\s+[A-ZÆØÅ][\w.’'-]*){0,4},?\s*(?:et al\.?\s*)?\((?:19|20)\d\d[a-z]?\)")


def _is_reference(seg: Segment) -> bool:
    return bool(_CITATION.match(seg.text)) or any(_REFERENCES_HEADING.match(t) for t in seg.path[-1:])


QUOTE_MAX = 400


def _quote(text: str, at: int = 0) -> str:
    """Text as one line; a very long sentence is cut to a window around position `at` (the name)."""
    if len(text) > QUOTE_MAX:
        lo = max(0, min(at - QUOTE_MAX // 3, len(text) - QUOTE_MAX))
        hi = lo + QUOTE_MAX
        lo = text.rfind(" ", 0, lo) + 1 if lo else 0  # start on a whole word
        text = text[lo:hi]
    return " ".join(text.replace("**", "").split())


def section_kind(seg: Segment) -> str | None:
    """Record type implied by the nearest ancestor heading with a telling keyword."""
    for title in reversed(seg.path):
        if lx.DEPARTMENT.search(title) and len(title.split()) <= 4:
            continue
        for kind, rx in lx.SECTION_KINDS:
            if rx.search(title):
                return kind
    return None


def department(seg: Segment, text: str = "", at: int | None = None) -> str | None:
    """The forvaltning named in text, else in the headings above seg. When text names several, the last one
    before position `at` (the name) is its subject ("X-forvaltningen er medlem af ..."), else the first after."""
    found = list(lx.DEPARTMENT.finditer(text))
    if found:
        before = [m for m in found if at is not None and m.start() < at]
        return (before[-1] if before else found[0]).group(1)
    for title in reversed(seg.path):
        m = lx.DEPARTMENT.search(title)
        if m:
            return m.group(1)
    return None


def _record(ctx: Context, type_: str, name: str, start: int, end: int, quote_span: tuple[int, int] | None,
            confidence: float, seg: Segment, **fields) -> Record:
    qs, qe = ctx.quote_span(start, end, quote_span or (start, end))
    fields = {k: v for k, v in fields.items() if v is not None}
    dept = department(seg, ctx.text[qs:qe], start - qs)
    if dept:
        fields.setdefault("department", dept)
    in_heading = seg.kind == "heading" and ctx.sentence_index(start) is None
    quote = seg.text if in_heading else _quote(ctx.text[qs:qe], start - qs)  # a title without its '###' or number
    return Record(type=type_, name=display_name(name), fields=fields, page=ctx.page(start), start=start, end=end,
                  quote=quote, confidence=confidence)


def display_name(name: str) -> str:
    """A name as a person writes it: one space between words, no possessive (C40's -> C40)."""
    name = " ".join(name.split())
    return re.sub(r"(?<=\w)['’]s$", "", name)


# ---------------------------------------------------------------- structure
_NAME_PREFIX = re.compile(r"^(?:EU-projektet|EU-projekt|projektet|projekt|netværket|H2020-projektet)\s+",
                          re.I)
_NAME_SUFFIX = re.compile(r"\s+(?:netværk\w*|konferencer|projekt\w*|\(.*\))$", re.I)  # "X Network" is a name


def clean_name(title: str) -> str:
    name = _NAME_PREFIX.sub("", re.sub(r"^\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+(?=\S)", "", title.strip()))
    # "Skoleledelsesuddannelse i samarbejde med ...": the partner is not part of the name.
    name = re.split(r"\s+(?:i samarbejde med|i partnerskab med|in (?:co-?operation|partnership) with)\s", name)[0]
    name = re.sub(r"\s+\d[\d.,]*$", "", name) if not re.search(r"\b(19|20)\d\d$", name) else name
    stripped = _NAME_SUFFIX.sub("", name)
    return (stripped or name).strip(" -–:'\"‘’“”")


def _lead_name(text: str) -> str | None:
    """Name that opens a list item: 'Global Growth Agents – samarbejde med ...' -> 'Global Growth Agents'."""
    m = re.match(r"^\s*(.+?)(?:\s+[–—-]\s+|\s*\(|:\s|$)", text)
    if not m:
        return None
    lead = m.group(1).strip(" .,'\"‘’“”")
    if not lead or len(lead.split()) > 6 or not (lead[0].isupper() or lead[0].isdigit()):
        return None
    return lead


def structural_records(ctx: Context) -> list[Record]:
    out: list[Record] = []
    for seg in ctx.segments:
        kind = section_kind(seg)
        if kind is None:
            continue
        if seg.kind == "heading":
            out.extend(_from_heading(ctx, seg, kind))
        elif seg.kind == "item" and kind in ("project", "network"):
            lead = _lead_name(seg.text)
            if lead and _not_plain_danish(lead) and not lx.DEPARTMENT.search(lead) and not _phrase(lead):
                s = seg.start + max(0, ctx.text[seg.start:seg.end].find(lead.split()[0]))
                out.append(_record(ctx, kind, lead, s, s + len(lead), (seg.start, seg.end), 0.7, seg,
                                   evidence="list under section"))
    return out


_ROLE = re.compile(r",\s+(?:formand|næstformand|direktør|borgmester|rådmand|chef|leder|medlem|adm\.|ceo|director|"
                   r"chair|president|professor)\b", re.I)


_FUNCTION_WORDS = {"for", "under", "fra", "til", "med", "af", "i", "på", "om", "ved", "efter", "mellem", "samt",
                   "eller", "hos", "inden", "uden", "som", "der", "at"}


def _phrase(lead: str) -> bool:
    """A list item that reads as a Danish phrase or names a person ('Øvrige fondsmuligheder', 'X, formand for Y')."""
    if _ROLE.search(lead):
        return True
    words = lead.split()
    lower = [w for w in words[1:] if w[:1].islower() and w.isalpha()]
    if sum(common_word(w, 3.5) for w in lower) >= 3:
        return True
    if len(lower) >= 2 and any(w in _FUNCTION_WORDS for w in lower):
        return True  # "Decentrale midler udmøntet for 2021": a description, names rarely run on like this
    return len(words) >= 2 and common_word(words[0], 4.0) and len(lower) == len(words) - 1


def _not_plain_danish(name: str) -> bool:
    """A list lead that is not just ordinary Danish words (so: a name, English title, acronym)."""
    from wordfreq import zipf_frequency

    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name) if len(w) > 2]
    # English words in a Danish list (Crack the code) mark a title as much as unknown words do.
    return looks_proper(name) or any(not common_word(w, 3.0) or zipf_frequency(w, "en") > zipf(w) + 1
                                     for w in words)


def _from_heading(ctx: Context, seg: Segment, kind: str) -> list[Record]:
    title = seg.text
    if lx.DEPARTMENT.search(title) and len(title.split()) <= 4:
        return []
    name = clean_name(title)
    if not name or len(name) > 90:
        return []
    body = _section_body(ctx, seg)
    if kind == "partner":
        city = _foreign_city(name, title + "\n" + body[:600], strong=True)
        if city is None:
            return []
        start, end = _evidence_of_heading(ctx, seg, name)
        return [_record(ctx, "partner", name, start, end, (seg.start, seg.end), 0.85, seg,
                        country=city.country, kind=_kind(body + " " + " ".join(seg.path)), city=city.name,
                        latitude=city.latitude, longitude=city.longitude, evidence="heading under section")]
    if not (looks_proper(name) or _has_network_head(name)):
        return []
    if kind == "project" and (_UNIT_HEADING.search(name) or (lx.find_programme(name) and _is_programme(name))):
        return []  # "Thorvaldsens Museum", "Nordisk Ministerråd": who runs or funds projects, not a project
    if kind == "network" and _AWARD.search(name):
        return []  # an award is an event, not a membership
    fields = {"evidence": "heading under section", "department": department(seg, title + "\n" + body[:600])}
    if kind == "project":
        fields.update(_project_fields(body, periods=False))
    start, end = _evidence_of_heading(ctx, seg, name)
    return [_record(ctx, kind, name, start, end, (seg.start, seg.end), 0.85, seg, **fields)]


def _evidence_of_heading(ctx: Context, heading: Segment, name: str) -> tuple[int, int]:
    """Where a name given by a heading is best shown: the first sentence of its section naming it (a quote is a
    sentence, not a heading), else the name within the heading line itself."""
    body_end = next((s.start for s in ctx.segments[heading.index + 1:]
                     if s.kind == "heading" and s.level <= heading.level), len(ctx.text))
    i = bisect.bisect_left(ctx.sentence_starts, heading.end)
    folded = name.casefold()
    for sent in ctx.sentences[i:i + 40]:
        if sent.start >= body_end:
            break
        at = sent.text.casefold().find(folded)
        if at >= 0 and not sent.text[at + len(name):at + len(name) + 1].isalnum():
            return sent.start + at, sent.start + at + len(name)
    at = ctx.text.find(name, heading.start, heading.end)
    return (at, at + len(name)) if at >= 0 else (heading.start, heading.end)


# A heading naming an organisational unit (a museum, an archive, a department abroad), not a project.
_UNIT_HEADING = re.compile(
    r"(?:museum|museet|kunsthal\w*|arkiv(?:et)?|bibliotek(?:et|er|erne)?|teater|teatret|kapel(?:let)?|"
    r"erhvervshus|sekretariat(?:et)?|forvaltning(?:en)?|kontor(?:et)?|enhed(?:en)?|afdeling(?:en)?)$|"
    r"^(?:Fachber\w*|Abteilung|Department\s+of|Afdeling)\b", re.I)


_AWARD = re.compile(r"\b(?:awards?|prize|pris(?:en)?|konkurrence\w*)$", re.I)


def _is_programme(name: str) -> bool:
    """True when name is no more than a programme's name (Nordisk Ministerråd, Interreg)."""
    rest = name
    for _canon, rx in lx.PROGRAMME_RES:
        rest = rx.sub("", rest)
    return len(re.sub(r"[\W\d_]+", "", rest)) <= 3


def _section_body(ctx: Context, heading: Segment) -> str:
    parts = []
    for seg in ctx.segments[heading.index + 1:]:
        if seg.kind == "heading" and seg.level <= heading.level:
            break
        parts.append(seg.text)
        if sum(len(p) for p in parts) > 3000:
            break
    return "\n".join(parts)


def _project_fields(text: str, periods: bool = True) -> dict:
    """Programme, role, lead and amounts stated in text; its periods too unless attach.py places them
    (a period belongs to the record named nearest to it, not to every project of the paragraph)."""
    fields: dict = {"programme": lx.find_programme(text)}
    periods = find_periods(text) if periods else []
    if periods:
        fields["period_start"] = next((p.start for p in periods if p.start), None)
        fields["period_end"] = next((p.end for p in periods if p.end), None)
    if re.search(r"\b(er|som)\s+lead\b|\bleder projektet|koordinator|lead partner|\bledet af\b", text, re.I):
        own_lead = re.search(r"kommune\w*\s+(er|som)\s+(lead|koordinator)", text, re.I)
        fields["role"] = "lead" if own_lead else None
    m = re.search(r"([A-ZÆØÅ][\w ]{2,60}?)\s+er\s+lead\b", text)
    if m:
        fields["lead"] = m.group(1).strip()
    money = find_money(text)
    if money:
        fields["amounts"] = [{"value": a.value, "currency": a.currency} for a in money[:4]]
    return {k: v for k, v in fields.items() if v}


def _has_network_head(name: str) -> bool:
    last = name.split()[-1].lower() if name.split() else ""
    return last in lx.NETWORK_HEADS or last.endswith(("forum", "netværk", "network", "alliance"))


# ---------------------------------------------------------------- networks
def _known_network_re() -> re.Pattern:
    parts = []
    for key in sorted(lx.KNOWN_NETWORKS, key=len, reverse=True):
        canon = lx.KNOWN_NETWORKS[key]
        if is_acronym(canon) and len(key) <= 6:
            parts.append(r"(?-i:" + re.escape(key.upper()) + r")")
        else:
            parts.append(re.escape(key))
    return re.compile(r"(?<![\w-])(" + "|".join(parts) + r")(?![\w])", re.I)


_KNOWN_RE = _known_network_re()
_NET_TRIGGER = re.compile(r"(?:bynetværk\w*|netværk\w*|network|medlem af|member of|medlemskab af|"
                          r"deltagelse i|deltager i|engageret sig i|indgår i)\s+"
                          r"(?:for\s+(?:[a-zæøå]+\s+){1,4})?"
                          r"(?:EU-programmet\s+)?(?=[A-ZÆØÅ])")
_NET_LIST = re.compile(r"(?<![A-Z]\w\w\w )(?:netværk\w*|networks?|medlemskaber)\b[^.:]{0,30}?"
                       r"\b(?:er|are|som|såsom|:)\s+"
                       r"(?:bl\.\s?a\.\s+|blandt andet\s+|f\.\s?eks\.\s+|fx\s+|e\.g\.\s+)?")
_NAME_BEFORE_NET = re.compile(r"(\b[A-Z][\w+]*(?:\s+[A-Z][\w+]*)*)[ -](?:netværk(?:et)?|network)\b")


# Every network rule below needs one of these in the sentence (lower case); most sentences have none.
_NET_KEYS = ("netværk", "network", "medlem", "member", "deltag", "engageret", "indgår", *lx.KNOWN_NETWORKS)
_HEAD_KEYS = (*lx.NETWORK_HEADS, "forum", "netværk", "network", "alliance")


def network_records(ctx: Context) -> list[Record]:
    out: list[Record] = []
    for sent in ctx.sentences:
        if lx.HEDGES.search(sent.text):
            continue
        out.extend(_network_in_sentence(ctx, sent))
    return out


def _net(ctx: Context, sent: Sentence, name: str, offset: int, conf: float, why: str) -> Record:
    start = sent.start + offset
    return _record(ctx, "network", name, start, start + len(name), (sent.start, sent.end), conf, sent.segment,
                   evidence=why)


def _network_in_sentence(ctx: Context, sent: Sentence) -> list[Record]:
    # Without a section that lists them as international, Danish bodies (Dansk ..., Danske ...) are national.
    out = [r for r in _network_candidates(ctx, sent) if not lx.DANISH_INSTITUTION.search(r.name or "")]
    # "Projektet er støttet af Climate-KIC, EU's Big Buyers netværk og ICLEI": funders, not memberships.
    funder = _FUNDED_BY.search(sent.text)
    if funder:
        out = [r for r in out if r.start < sent.start + funder.start()]
    return out


_FUNDED_BY = re.compile(r"\b(?:støttet|finansieret|medfinansieret|sponsoreret)\s+af\b|\b(?:funded|supported|"
                        r"sponsored)\s+by\b", re.I)


def _network_candidates(ctx: Context, sent: Sentence) -> list[Record]:
    out, text = [], sent.text
    low = text.lower()
    if not any(k in low for k in _NET_KEYS):
        return _networks_by_name(ctx, sent)  # no network word and no known network: only names can tell
    for m in (_KNOWN_RE.finditer(text) if any(k in low for k in lx.KNOWN_NETWORKS) else ()):
        out.append(_net(ctx, sent, lx.KNOWN_NETWORKS.get(m.group().lower(), m.group()), m.start(), 0.8,
                        "known network"))
    for m in _NET_TRIGGER.finditer(text):
        name = _name_at(text, m.end())
        if not name or re.search(r"projekt|program", name, re.I) or lx.find_programme(name):
            continue
        weak = re.match(r"deltag|engag|indgår", m.group())
        if len(name.split()) == 1 and not is_acronym(name) and _english_or_danish_word(name):
            continue  # "netværket Municipal ...": an ordinary word, the rest of the name is elsewhere
        for offset, part in _split_pair(name):
            if is_acronym(part) or _has_network_head(part) or (looks_proper(part) and not weak):
                out.append(_net(ctx, sent, part, m.end() + offset, 0.75, "after network word"))
    for m in _NET_LIST.finditer(text):
        for offset, name in _enumeration(text, m.end()):
            out.append(_net(ctx, sent, name, offset, 0.75, "listed as network"))
    for m in _NAME_BEFORE_NET.finditer(text):
        name = m.group(1)
        if not common_word(name.split()[0], 5.0) and not resolve_country(name) and not _adjective(name):
            out.append(_net(ctx, sent, name, m.start(1), 0.7, "named network"))
    out.extend(_networks_by_name(ctx, sent))
    return _outermost(out)


def _generic_compound(name: str) -> bool:
    """'Bynetværk', 'Erhvervsforum': an everyday word plus netværk/forum names a kind, not an organisation."""
    head = re.sub(r"s?(?:netværk|forum)$", "", name.lower())
    return common_word(head, 4.0)


def _adjective(name: str) -> bool:
    """A lone Danish word before "netværk" (Internationale, Globalt, Europæisk): a description, not a name."""
    if len(name.split()) > 1 or is_acronym(name):
        return False
    low = name.lower()
    return bool(zipf(low)) or low.endswith(("isk", "iske", "sk", "ske", "ale", "alt", "elt", "elle", "lige", "ligt"))


def _split_pair(name: str) -> list[tuple[int, str]]:
    """'Environment Forum og Mobility Forum', 'Eurocities og ICLEI' -> both; other names stay whole."""
    parts = re.split(r"(\s+(?:og|and|&)\s+)", name)
    if len(parts) == 3 and all(_has_network_head(p) or p.lower() in lx.KNOWN_NETWORKS for p in (parts[0], parts[2])):
        return [(0, parts[0]), (len(parts[0]) + len(parts[1]), parts[2])]
    return [(0, name)]


def _outermost(records: list[Record]) -> list[Record]:
    """Drop a name found inside a longer name of the same sentence (Healthy Cities in WHO ... Network)."""
    return [r for r in records
            if not any(o is not r and o.start <= r.start and r.end <= o.end and (o.end - o.start) > (r.end - r.start)
                       for o in records)]


def _networks_by_name(ctx: Context, sent: Sentence) -> list[Record]:
    """Proper names that end in a network word (Strong Cities Network, Klimaforum)."""
    out: list[Record] = []
    low = sent.text.lower()
    if not any(k in low for k in _HEAD_KEYS):
        return out
    for start, _end, name in proper_names(sent.text):
        if (_has_network_head(name) and 2 <= len(name.split()) <= 6 and not lx.DEPARTMENT.search(name)
                and fold(name) not in NOT_NETWORKS and " The " not in name):
            if _PROJECT_WORD.search(sent.text[:start]):
                # "Et projekt ... hedder Nordic Forum for ...": the sentence itself says what it is.
                out.append(_proj(ctx, sent, name, start, 0.65, "named in a project sentence", {}))
                continue
            for offset, part in _split_pair(name):
                out.append(_net(ctx, sent, part, start + offset, 0.65, "network word in name"))
        elif (len(name.split()) == 1 and re.search(r"[a-zæøå](forum|netværk)$", name)
              and not common_word(name) and not _generic_compound(name)):
            out.append(_net(ctx, sent, name, start, 0.6, "network word in name"))
    return out


def _name_at(text: str, pos: int) -> str | None:
    for start, _end, name in proper_names(text[pos:pos + 120]):
        return name if start == 0 else None
    return None


def _enumeration(text: str, pos: int) -> list[tuple[int, str]]:
    """Names in a list 'A, B, C og D' starting at pos."""
    out = []
    rest = text[pos:]
    m = re.match(r"[^.;:]*", rest)
    chunk = m.group() if m else rest
    # Parenthesised glosses ("Tour de France (TMF, KFF)") name who takes part, not members: blank them.
    chunk = re.sub(r"\([^()]*\)?", lambda m: " " * len(m.group()), chunk)
    for part in re.finditer(r"[^,]+", re.sub(r"\s+(?:og|and|samt)\s+", lambda m: "," + " " * (len(m.group()) - 1),
                                              chunk)):
        piece = part.group().strip()
        if not piece:
            continue
        name = _name_at(piece, 0)
        if name and len(name.split()) <= 6 and not lx.DEPARTMENT.search(piece) and not piece.endswith("-"):
            at = pos + chunk.find(name)
            if text[:at].count("(") > text[:at].count(")"):
                continue  # inside a parenthesis: a gloss such as the departments taking part
            out.append((at, name))
    return out


# ---------------------------------------------------------------- projects
# "projekt(et) Name", the word before it (Interreg-projektet, EU projekt, samarbejdsprojektet) found apart:
# an optional word before every letter made this pattern slow.
_PROJ_AFTER = re.compile(r"projekt(?:et)?\s+(?:om\s+)?(?=[A-ZÆØÅ'‘\"“])", re.I)
_PROG_BEFORE = re.compile(r"([\w+-]+)[\s-]?$")
_PROJ_BEFORE = re.compile(r"['‘\"“]?(?P<name>[A-ZÆØÅ][\w+!&-]*(?:\s+[\w+!&-]+){0,5}?)['’\"”]?\s+er\s+et\s+"
                          r"(?:(?!(?:fra|i|om|under|af|med|til|for|fra)\s)[\w-]+\s+){0,3}?(?:EU-)?projekt")
_PROJECT_WORD = re.compile(r"projekt", re.I)
_BOLD_LEAD = re.compile(r"^\*\*(?P<name>[^*]{2,60})\*\*\s*[-–—:]\s+")


def project_records(ctx: Context) -> list[Record]:
    out: list[Record] = []
    for sent in ctx.sentences:
        out.extend(_projects_in_sentence(ctx, sent))
    out.extend(_bold_lead_projects(ctx))
    return out


def _projects_in_sentence(ctx: Context, sent: Sentence) -> list[Record]:
    out, text = [], sent.text
    if not _PROJECT_WORD.search(text):
        return out
    found: list[tuple[str, int]] = []
    for m in _PROJ_AFTER.finditer(text):
        before = _PROG_BEFORE.search(text, max(0, m.start() - 40), m.start())
        prog = before.group(1) if before else ""
        quoted = text[m.end()] in "'‘\"“"
        name = _quoted_at(text, m.end()) if quoted else _name_at(text, m.end())
        if not name or name.casefold() in lx.PROGRAMME_NAMES:
            continue
        if not (quoted or is_acronym(name) or lx.find_programme(prog) or prog.lower().startswith("eu")
                or looks_proper(name)):
            continue
        found.append((name, m.end() + (1 if quoted else 0)))
    for m in (_PROJ_BEFORE.finditer(text) if " er et " in text else ()):
        name = m.group("name").strip()
        if looks_proper(name) and name.casefold() not in lx.PROGRAMME_NAMES:
            found.append((name, m.start("name")))
    if found:
        fields = _project_fields(text, periods=False)  # only for sentences naming a project: the costly part
        for name, offset in found:
            acronym = _ACRONYM_AFTER.match(text, offset + len(name) + (1 if text[offset + len(name):][:1] in "'’\"”"
                                                                       else 0))
            extra = {"acronym": acronym.group(1)} if acronym else {}
            out.append(_proj(ctx, sent, name, offset, 0.75, "named project", {**fields, **extra}))
    return out


_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÆØÅ][A-ZÆØÅ0-9+&-]{1,11})\)")


def _quoted_at(text: str, pos: int) -> str | None:
    m = re.match(r"['‘\"“]([^'’\"”]{2,80})['’\"”]", text[pos:])
    return m.group(1).strip() if m else None


def _proj(ctx: Context, sent: Sentence, name: str, offset: int, conf: float, why: str,
          fields: dict) -> Record:
    start = sent.start + offset
    return _record(ctx, "project", name, start, start + len(name), (sent.start, sent.end), conf, sent.segment,
                   evidence=why, **fields)


def _bold_lead_projects(ctx: Context) -> list[Record]:
    """Paragraphs opening with a bold title and a dash, in a run where the bodies speak of projects."""
    runs: dict[tuple[str, ...], list[Segment]] = {}
    for seg in ctx.segments:
        if seg.kind == "paragraph" and _BOLD_LEAD.match(seg.raw):
            runs.setdefault(seg.path, []).append(seg)
    out = []
    for segs in runs.values():
        if not any(re.search(r"projekt|project", s.raw, re.I) for s in segs):
            continue
        for seg in segs:
            name = _BOLD_LEAD.match(seg.raw).group("name").strip()
            start = seg.start + 2
            out.append(_record(ctx, "project", name, start, start + len(name), (seg.start, seg.end), 0.75,
                               seg, evidence="titled paragraph", **_project_fields(seg.text, periods=False)))
    return out


# ---------------------------------------------------------------- programme partnerships and title years
def programme_projects(ctx: Context) -> list[Record]:
    """Projects of a bilateral programme, one per partner city: 'Strategic Sector Cooperation – Tshwane'.

    The programme is named once; its projects are the cities the same and the next two paragraphs
    cooperate with (or the paragraph before, when the programme paragraph names no city: "Samarbejdet
    foregår gennem ... Strategisk Sektor Samarbejde").
    """
    out: list[Record] = []
    seen: set[tuple[str, int]] = set()
    paragraphs = [seg for seg in ctx.segments if seg.kind in ("paragraph", "item")]
    for i, seg in enumerate(paragraphs):
        programme = lx.find_bilateral(seg.text)
        if programme not in lx.BILATERAL_PROGRAMMES:
            continue
        window = [p for p in paragraphs[i:i + 3] if p.path == seg.path]
        if not _cities_in(ctx, seg) and i and paragraphs[i - 1].path == seg.path:
            window.insert(0, paragraphs[i - 1])
        for para in window:
            for sent, name, start, city in _cities_in(ctx, para):
                if (programme, city.geonameid) in seen:
                    continue  # Tshwane (Pretoria): one city, one project
                seen.add((programme, city.geonameid))
                label = f"{programme} – {name}"
                out.append(_record(ctx, "project", label, start, start + len(name), (sent.start, sent.end), 0.7,
                                   para, programme=programme, partner_city=city.name, country=city.country,
                                   evidence="programme partnership"))
    return out


def _cities_in(ctx: Context, seg: Segment) -> list[tuple[Sentence, str, int, City]]:
    """Foreign cities a paragraph cooperates with or runs a project with (not where an embassy sits)."""
    found = []
    for sent in ctx.sentences:
        if not (seg.start <= sent.start < seg.end) or not (lx.COOPERATION.search(sent.text)
                                                               or _PROJECT_WORD.search(sent.text)):
            continue
        for start, _end, whole in proper_names(sent.text):
            for offset, name in _city_pieces(whole):
                at = sent.start + start + offset
                before = ctx.text[max(0, at - 80):at]
                if _EMBASSY.search(before) or before.rstrip().endswith("("):
                    continue  # where an embassy sits, or a gloss of the name before: Tshwane (Pretoria)
                city = _foreign_city(name, _around(ctx, sent))
                if city is not None:
                    found.append((sent, name, at, city))
    return found


_EMBASSY = re.compile(r"ambassade\w*\s+(?:[\w-]+\s+){0,6}$|embass\w*\s+(?:[\w-]+\s+){0,6}$", re.I)


_YEAR_NEAR = re.compile(r"^\W{0,3}(?:i\s+|in\s+|for\s+)?((?:19|20)\d\d)\b")


def _held_abroad(ctx: Context, sent: Sentence, at: int) -> bool:
    """'Liverpool, der var kulturhovedstad i 2008': a foreign city named just before holds the title."""
    return any(_foreign_city(name, _around(ctx, sent)) is not None
               for start, _end, name in proper_names(sent.text[:at]) if at - start < 60)


def title_year_records(ctx: Context) -> list[Record]:
    """A title held for a year (European Capital of Culture 2017) is an international project of its own."""
    out = []
    for sent in ctx.sentences:
        low = sent.text.lower()
        if not any(k in low for k in lx.TITLE_KEYS):
            continue
        for canon, rx in lx.TITLE_YEARS:
            for m in rx.finditer(sent.text):
                year = _YEAR_NEAR.match(sent.text[m.end():m.end() + 12])
                if year is None or _held_abroad(ctx, sent, m.start()):
                    continue
                name = f"{canon} {year.group(1)}"
                start = sent.start + m.start()
                out.append(_record(ctx, "project", name, start, sent.start + m.end(), (sent.start, sent.end), 0.7,
                                   sent.segment, kind="title year", evidence="title held for a year"))
    return out


# ---------------------------------------------------------------- partners
def _foreign_city(name: str, context: str = "", strong: bool = False) -> City | None:
    """The foreign city name stands for, judged with its context.

    A country named in context (i England, UK, britisk) picks among cities of the same name; an ordinary
    word that is also a town (Bath, Split, Nice) counts only in a strong cooperation context (venskabsby,
    twin city, samarbejdsaftale).
    """
    if resolve_country(name) or len(name) < 3 or (name.endswith("s") and resolve_country(name[:-1])):
        return None  # a country, or its genitive (Kinas)
    words = name.split()
    if len(words) > 3 or any(common_word(w, 4.6) for w in words if not w[0].isupper()):
        return None
    city = resolve_city(name, countries_in(context) if context else frozenset())
    if city is None or city.country == "DK":
        return None
    # An ordinary word that happens to be a small town somewhere (Green, Mission) is not a city here.
    if len(words) == 1 and _ordinary_word(name, city.population):
        # ... unless the sentence leaves no doubt and the word is no everyday Danish word (Nye, Center).
        if not (strong and city.population >= 50_000 and not common_word(name, 4.5)):
            return None
    return city


def _foreign_word(word: str) -> bool:
    """More English than Danish (Bath), so not a Danish word that happens to open a sentence."""
    from .ocr import english_zipf

    return english_zipf(word.lower()) > zipf(word.lower()) + 0.5


def _ordinary_word(word: str, population: int) -> bool:
    """A town name that is rather an everyday word (Green, Reading, Bath, Split): the larger the city,
    the commoner the word may be before it stops counting as the city (Liverpool, Boston stay cities)."""
    from .ocr import english_zipf

    low = word.lower()
    if population >= 1_000_000:
        return False
    limit = 5.0 if population >= 300_000 else 4.4
    return common_word(low, limit) or english_zipf(low) >= limit


def _english_or_danish_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    low = word.lower()
    return common_word(low, 4.4) or zipf_frequency(low, "en") >= 4.4


def _kind(text: str) -> str:
    for kind, rx in lx.KIND_PATTERNS:
        if rx.search(text):
            return kind
    return "cooperation"


def partner_records(ctx: Context) -> list[Record]:
    out: list[Record] = []
    for sent in ctx.sentences:
        in_section = section_kind(sent.segment) == "partner"
        coop = lx.COOPERATION.search(sent.text)
        if not (coop or in_section):
            continue
        kind = _kind(sent.text) if coop else "cooperation"
        if kind == "cooperation":
            kind = _kind(" ".join(sent.segment.path))
        conf = 0.8 if in_section else 0.7
        strong = in_section or bool(lx.STRONG_COOPERATION.search(sent.text))
        found: list[Record] = []
        for start, _end, name in proper_names(sent.text):
            found.extend(_partner_from_name(ctx, sent, name, sent.start + start, kind, conf, bool(coop), strong))
        out.extend(_same_country_as_siblings(found))
    return out


def _same_country_as_siblings(records: list[Record]) -> list[Record]:
    """Cities listed together usually share a country: 'New York, Washington og Boston/Cambridge'."""
    countries = {r.fields.get("country") for r in records}
    for rec in records:
        hits = city_candidates(rec.name) if rec.fields.get("city") else ()
        if len(hits) > 1 and sum(r.fields.get("country") == rec.fields["country"] for r in records) == 1:
            other = next((c for c in hits if c.country in countries and c.country != rec.fields["country"]), None)
            if other is not None:
                rec.fields.update(country=other.country, city=other.name, latitude=other.latitude,
                                  longitude=other.longitude)
    return records


def _partner_from_name(ctx: Context, sent: Sentence, name: str, start: int, kind: str, conf: float,
                       coop: bool, strong: bool = False) -> list[Record]:
    span = (sent.start, sent.end)
    head = re.split(r"\s+(?:og|and|samt)\s+|,", name)[0]
    if coop and lx.INSTITUTION_ABROAD.search(head) and len(head.split()) >= 2:
        # A university, museum or chamber abroad is the partner itself, placed by the city in its name
        # or right after it ("Fondazione Prada, Milano").
        after = _CITY_AFTER.match(ctx.text, start + len(head))
        next_city = _foreign_city(after.group(1), _around(ctx, sent)) if after else None
        country = next_city.country if next_city else _abroad(head, sent.text, _around(ctx, sent))
        if country:
            city = next_city or next((c for _o, w in _city_pieces(head) if w != head and not is_acronym(w)
                                      and (c := _foreign_city(w, _around(ctx, sent)))), None)
            place = {"city": city.name, "latitude": city.latitude, "longitude": city.longitude} if city else {}
            return [_record(ctx, "partner", head, start, start + len(head), span, 0.65, sent.segment, kind=kind,
                            country=country, institution=True, evidence="institution abroad", **place)]
    found, covered = [], []
    listed = bool(_SEPARATOR.search(name))
    danish = bool(lx.DANISH_INSTITUTION.search(name))  # "Green Hub Denmark": no town hides in a Danish name
    for offset, piece in _city_pieces(name):
        if any(a <= offset < b for a, b in covered) or is_acronym(piece):
            continue
        if ctx.text[start + offset + len(piece):start + offset + len(piece) + 1] == "-":
            continue  # "Børne- og Ungdomsforvaltningen": the first half of a Danish compound
        if start + offset == sent.start and common_word(piece, 3.0) and not (strong and _foreign_word(piece)):
            continue  # a capitalised Danish word opening the sentence (Måden ...), not a city
        before = ctx.text[max(0, start + offset - 80):start + offset]
        if _EMBASSY.search(before) or before.endswith("("):
            continue  # where a Danish embassy sits is not a partner; Tshwane (Pretoria) is one city
        city = _foreign_city(piece, _around(ctx, sent), strong)
        if (city is not None and piece != name and not listed and len(piece.split()) == 1
                and (city.population < 100_000 or _english_or_danish_word(piece) or danish)):
            city = None  # one word of a longer name (Petit Palais, Green Hub Denmark) is rarely a town
        if city is not None:
            s = start + offset
            covered.append((offset, offset + len(piece)))
            found.append(_record(ctx, "partner", piece, s, s + len(piece), span, conf, sent.segment,
                                 country=city.country, kind=kind, city=city.name, latitude=city.latitude,
                                 longitude=city.longitude, evidence="city in cooperation context"))
    if found:
        return found
    name = re.split(r"\s+(?:og|and|samt)\s+", name)[0]
    institution = coop and lx.INSTITUTION_WORDS.search(name)
    country = _abroad(name, sent.text, _around(ctx, sent)) if institution else None
    if country and len(name.split()) >= 2:
        return [_record(ctx, "partner", name, start, start + len(name), span, 0.6, sent.segment, kind=kind,
                        country=country, evidence="institution in cooperation context")]
    return []


_CITY_AFTER = re.compile(r"\s*,\s*([A-ZÆØÅÄÖÜ][\w-]+(?:\s[A-ZÆØÅÄÖÜ][\w-]+)?)")


def _around(ctx: Context, sent: Sentence, chars: int = 200) -> str:
    """The sentence with a little text either side: where a country or nationality would be named."""
    return ctx.text[max(0, sent.start - chars):sent.end + chars]


_SEPARATOR = re.compile(r",|\s+(?:og|and|samt)\s+")
_NONSPACE = re.compile(r"\S+")


def _city_pieces(name: str) -> list[tuple[int, str]]:
    """The whole name, then its comma/"og"-separated parts and single words (Business Region Göteborg)."""
    pieces = [(0, name)]
    pos, parts = 0, []
    for sep in _SEPARATOR.finditer(name):
        parts.append((pos, name[pos:sep.start()]))
        pos = sep.end()
    if parts:
        parts.append((pos, name[pos:]))
        pieces += [(off + len(part) - len(part.lstrip()), part.strip()) for off, part in parts if part.strip()]
    words = list(_NONSPACE.finditer(name))
    if len(words) > 1:
        pieces += [(w.start(), w.group().strip(",")) for w in words if w.group()[0].isupper()]
    return pieces


def _abroad(name: str, sentence: str, context: str) -> str | None:
    """Country code of an institution abroad: from a city or country in its name, else named nearby.

    None for a Danish institution (Aalborg Kommune, Region Sjælland, Danmarks ...).
    """
    if lx.DANISH_INSTITUTION.search(name):
        return None
    for _s, _e, piece in proper_names(name):
        for _o, word in _city_pieces(piece):
            if is_acronym(word) or word == name:
                continue
            code = resolve_country(word)
            if code:
                return code if code != "DK" else None
            hits = city_candidates(word)
            if hits and hits[0].country == "DK":
                return None
            city = _foreign_city(word, context)
            if city:
                return city.country
    if re.search(r"kommuneqarfik|grønland", name, re.I):
        return "GL"
    for text in (sentence, context):  # the sentence's own country first, then the text around it
        nearby = countries_in(text) - {"DK"}
        if len(nearby) == 1:
            return nearby.pop()
    return None


# ---------------------------------------------------------------- money and counts
def money_records(ctx: Context) -> list[Record]:
    out = []
    for sent in ctx.sentences:
        for amount in find_money(sent.text):
            start = sent.start + amount.start
            subject = sent.segment.path[-1] if sent.segment.path else None
            out.append(Record(type="money", value=amount.value, currency=amount.currency,
                              fields={"what": _quote(sent.text)[:160], "approximate": amount.approx or None,
                                      "per_year": amount.per_year or None, "section": subject,
                                      "department": department(sent.segment, sent.text)},
                              page=ctx.page(start), start=start, end=sent.start + amount.end,
                              quote=_quote(sent.text, amount.start), confidence=0.85))
    return out


def count_records(ctx: Context) -> list[Record]:
    out = []
    for sent in ctx.sentences:
        for count in find_counts(sent.text):
            start = sent.start + count.start
            conf = _count_confidence(sent.text, count)
            if 1900 <= count.value <= 2100 and count.noun[0].isupper():
                continue
            out.append(Record(type="count", value=count.value,
                              fields={"what": count.noun, "approximate": count.approx or None,
                                      "department": department(sent.segment, sent.text)},
                              page=ctx.page(start), start=start, end=sent.start + count.end,
                              quote=_quote(sent.text, count.start), confidence=conf))
    return out


def _count_confidence(text: str, count) -> float:
    conf = 0.75
    before = text[:count.start]
    if before.count("(") > before.count(")"):
        conf -= 0.3  # a detail in parentheses, not a headline figure
    if re.match(r"\s*(pr\.|per|hver|each|om\s+(dagen|ugen|måneden))", text[count.end:]):
        conf -= 0.3  # a rate, not a total
    if re.search(r"\b(ca\.|cirka|omkring|about)\s*$", before):
        conf -= 0.2
    return conf


# ---------------------------------------------------------------- entry point
def extract_records(text: str, starts: list[int], segments: list[Segment]) -> list[Record]:
    """All records found in normalised text, merged (one per distinct thing) and filtered."""
    ctx = Context(text, starts, segments)
    names = (structural_records(ctx) + network_records(ctx) + project_records(ctx) + partner_records(ctx)
             + programme_projects(ctx))
    projects = [fold(r.name or "") for r in names if r.type == "project"]
    # A title year already named as a project ("UNESCO.UIA World Capital of Architecture 2023") is no new one.
    names += [r for r in title_year_records(ctx) if not any(fold(r.name) in p for p in projects)]
    attach_details(ctx, names)  # before merging: each mention's own sentence decides
    values = money_records(ctx) + count_records(ctx)
    records = merge_records(names) + _dedupe_values(values) + goal_records(text, starts, segments)
    records.sort(key=lambda r: r.start)
    _attach_fees(records)
    return [r for r in records if r.confidence >= MIN_CONFIDENCE]


def _dedupe_values(records: list[Record]) -> list[Record]:
    seen: dict[tuple, Record] = {}
    for rec in records:
        key = (rec.type, rec.start)
        if key not in seen or rec.confidence > seen[key].confidence:
            seen[key] = rec
    return sorted(seen.values(), key=lambda r: r.start)


def _attach_fees(records: list[Record]) -> None:
    """A yearly amount stated in a network's own section is that membership's annual fee."""
    networks = {r.name: r for r in records if r.type == "network"}
    for rec in records:
        if rec.type == "money" and rec.fields.get("per_year"):
            net = networks.get(rec.fields.get("section") or "")
            if net is not None and "annual_fee" not in net.fields:
                net.fields["annual_fee"] = {"value": rec.value, "currency": rec.currency}
