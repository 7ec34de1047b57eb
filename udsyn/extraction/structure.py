"""Names given by document structure: headings and list items under a section whose title tells the type
("Venskabsbyer", "Medlemskaber", "Projekter")."""

from __future__ import annotations

import bisect
import re

from . import lexicon as lx
from .context import Context, Segment, announced_partners, denied_section, department, make_record, section_kind
from .gazetteer import resolve_country
from .homebodies import described_national, home_named
from .language import current
from .model import Record
from .names import common_word, is_acronym, looks_proper, plain_words
from .networks import generic_compound, has_network_head
from .ocr import zipf
from .places import foreign_city, kind_of
from .projects import letters_in_order, project_fields

# ---------------------------------------------------------------- structure
_NAME_PREFIX = re.compile(r"^(?:EU-projektet|EU-projekt|projektet|projekt|netværket|H2020-projektet)\s+",
                          re.I)
_NAME_SUFFIX = re.compile(r"\s+(?:netværk\w*|konferencer|projekt\w*|\(.*\))$", re.I)  # "X Network" is a name


def clean_name(title: str) -> str:
    name = _NAME_PREFIX.sub("", re.sub(r"^\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+(?=\S)", "", title.strip()))
    # "Skoleledelsesuddannelse i samarbejde med ...": the partner is not part of the name.
    name = re.split(r"\s+(?:i samarbejde med|i partnerskab med|in (?:co-?operation|partnership) with)\s", name)[0]
    name = re.sub(r"\s+\d[\d.,]*$", "", name) if not re.search(r"\b(19|20)\d\d$", name) else name
    # "VIA projekt - Vækst via ...": the project word between a short name and its expansion goes.
    name = re.sub(r"^(\S{2,12})\s+projekt(?:et)?\s+(?=[-–—]\s)", r"\1 ", name, flags=re.I)
    stripped = _NAME_SUFFIX.sub("", name)
    return (stripped or name).strip(" -–:'\"‘’“”")


def _programme_prefix(name: str) -> tuple[str | None, str]:
    """'Climate-KIC EZEMCONS' -> ('EIT Climate-KIC', 'EZEMCONS'): a funder or programme before the name."""
    for canon, rx in lx.PROGRAMME_RES:
        m = rx.match(name)
        if m and len(name) - m.end() >= 3 and name[m.end():m.end() + 1] in " -–":
            return canon, name[m.end():].strip(" -–:")
    return None, name


def _lead_name(text: str) -> str | None:
    """Name that opens a list item: 'Global Growth Agents – samarbejde med ...' -> 'Global Growth Agents'."""
    m = re.match(r"^\s*(.+?)(?:\s+[–—-]\s+|\s*\(|:\s|,\s|$)", text)
    if not m:
        return None
    lead = m.group(1).strip(" .,'\"‘’“”")
    if not lead or len(lead.split()) > 6 or not (lead[0].isupper() or lead[0].isdigit()):
        return None
    return lead


def structural_records(ctx: Context) -> list[Record]:
    out: list[Record] = []
    for seg in ctx.segments:
        if seg.kind == "heading":
            out.extend(_acronym_heading(ctx, seg))
        kind = section_kind(seg) or (_introduced_kind(ctx, seg) if seg.kind == "item" else None)
        if kind is None and seg.kind == "heading" and _twin_card(ctx, seg):
            kind = "partner"
        if kind is None or (kind != "project" and denied_section(seg)):
            continue
        if seg.kind == "heading":
            out.extend(_from_heading(ctx, seg, kind))
        elif seg.kind == "item" and kind in ("project", "network"):
            kind = _announced_kind(ctx, seg) or kind
            if kind == "partner":
                continue  # "Partners:" over a list under a project's heading: its items are partners
            if "\t" in ctx.text[seg.start:seg.end]:
                continue  # a table's row kept as tab-separated cells, read by its header (projects.py)
            lead = None if _label_item(seg.text) or _PERSON_ITEM.match(seg.text) else _lead_name(seg.text)
            said = bool(lead) and kind == "project" and _said_a_project(seg.text[len(lead):])
            if lead and _COUNT_LEAD.match(lead):
                lead = None  # "48 songarar og 6 dirigentar deltek", "12 schools take part": a count, no name
            if lead and (said or (_not_plain_danish(lead) and not _phrase(lead))) and not lx.DEPARTMENT.search(lead):
                s = seg.start + max(0, ctx.text[seg.start:seg.end].find(lead.split()[0]))
                out.append(make_record(ctx, kind, lead, s, s + len(lead), (seg.start, seg.end), 0.7, seg,
                                   evidence="list under section"))
    return out


_COUNT_LEAD = re.compile(r"^\d[\d.,]*\s+[a-zæøåäö]")
# "Projektnamn: Smarta skolmåltider", "Period: 2025–2027": a fact box's label, not a name of the section's list
# (a label is an everyday word, its other words in lower case; "Energy Cities: ..." names a network).
_LABEL = re.compile(r"^(?P<first>[A-ZÆØÅÄÖ][\wæøåäö]*)(?:[ -][a-zæøåäö()][\wæøåäö()]*){0,2}:\s+\S")


def _label_item(text: str) -> bool:
    m = _LABEL.match(text)
    return bool(m) and (common_word(m.group("first"), 3.0) or bool(_FACT_LABEL.match(m.group("first"))))


_FACT_LABEL = re.compile(r"(?:projekt|project|prosjekt|program|period|budget|partner|akronym|acronym|status|"
                         r"kontakt|contact|deltag|particip|finansier|funding|varighed|duration|tema|theme|"
                         # "Udmeldt: X", "Former: X": a status label before a name that is no membership
                         r"udmeld|utmeld|utträd|udtrådt|withdrawn|left|former|tidligere|tidigare|ophørt)\w*$", re.I)
# "Unga i jobb – ett ESF-projekt ...", "SkolNet Nord, et Erasmus+-projekt": the item says what its name is.
_CALLED_A_PROJECT = re.compile(r"^\s*(?:[–—-]|,)\s*(?:et|ett|en|a|an|vores|vårt|our)\s+(?:[\w+-]+\s+){0,2}?"
                               r"[\w+-]*(?:projekt|project|prosjekt)", re.I)
# "Kirsten Madsen, formand for HK Nordjylland", "Jane Doe, Director of ...": a person and the role they hold.
_PERSON_ITEM = re.compile(r"^[A-ZÆØÅÄÖ][\w.-]+(?:\s+[A-ZÆØÅÄÖ][\w.-]+){1,3},\s+(?:næst|vice|deputy\s+)?"
                          r"(?:formand|forkvinde|ordförande|leder|ledare|repræsentant|representant|representative|"
                          r"direktør|direktör|director|chef|chief|chair\w*|borgmester|borgmästare|ordfører|mayor|"
                          r"rådmand|councillor|konsulent|koordinator|coordinator|sekretær|secretary|manager|"
                          r"projektleder|head|medlem|member|adm\.)\b", re.I)
_DASH = re.compile(r"^\s*[–—-]\s*")


def _said_a_project(rest: str) -> bool:
    """What follows a list item's name calls it a project, or opens with its programme ('– Erasmus+ partnerskab
    med ...', '– Interreg Aurora, 2024-2026')."""
    if _CALLED_A_PROJECT.match(rest):
        return True
    dash = _DASH.match(rest)
    return bool(dash) and lx.find_programme(rest[dash.end():dash.end() + 40]) is not None and bool(
        re.match(r"[\w-]*(?:interreg|erasmus|nordplus|horizon|life|creative|urbact|eu)", rest[dash.end():], re.I))


_TITLED = re.compile(r"^(?P<name>[A-ZÆØÅÄÖ][^()]{3,80}?)\s*\((?P<acr>[A-ZÆØÅ][A-ZÆØÅ0-9-]{2,11})\)$")


def _acronym_heading(ctx: Context, seg: Segment) -> list[Record]:
    """A heading 'Smart Rural Ferries (SMARTFERRY)' over a section naming a funding programme: a project page."""
    m = _TITLED.match(seg.text.strip())
    if not m or not letters_in_order(m.group("acr"), m.group("name")):
        return []
    body = _section_body(ctx, seg)
    programme = lx.find_programme(body[:2000])
    if not programme or lx.NETWORK_WORD.search(m.group("name")):
        return []
    name = m.group("name").strip()
    start, end = _evidence_of_heading(ctx, seg, name)
    return [make_record(ctx, "project", name, start, end, (seg.start, seg.end), 0.8, seg, programme=programme,
                        acronym=m.group("acr"), evidence="title with its acronym over a programme")]


def _announced_kind(ctx: Context, item: Segment) -> str | None:
    """What the paragraph introducing a list says its items are ("... seks EU-projekter. De største er:"; "...
    Interreg-projektet X. Partnere:" lists partners)."""
    if announced_partners(ctx, item):
        return "partner"
    for seg in reversed(ctx.segments[max(0, item.index - 12):item.index]):
        if seg.kind == "paragraph":
            if seg.path != item.path:
                return None
            if re.search(r"projekt|project|prosjekt", seg.text, re.I):
                return "project"
            if lx.NETWORK_WORD.search(seg.text):
                return "network"
            return None
        if seg.kind == "heading":
            return None
    return None


_INTRO_NETWORK = re.compile(r"medlemskab\w*|medlemskap\w*|memberships?|netværk\w*|networks?|nätverk\w*|nettverk\w*",
                            re.I)


def _introduced_kind(ctx: Context, item: Segment) -> str | None:
    """Items outside a telling section introduced by a line that ends in a colon and says what they are
    ("Kommunens internationale medlemskaber efter beslutningen:", "Our memberships:")."""
    for seg in reversed(ctx.segments[max(0, item.index - 12):item.index]):
        if seg.kind == "item":
            continue
        if seg.kind != "paragraph" or not seg.text.rstrip().endswith(":") or len(seg.text) > 200:
            return None
        if announced_partners(ctx, item):
            return "partner"
        if _INTRO_NETWORK.search(seg.text):
            return "network"
        # "Kommunen deltager i disse EU-projekter:", "We take part in the following projects:"
        return "project" if _INTRO_PROJECT.search(seg.text) else None
    return None


_INTRO_PROJECT = re.compile(r"projekt\w*|projects?\b|prosjekt\w*", re.I)


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


def section_title(name: str) -> bool:
    """A heading that only says what its section lists ("Venskabsbyer", "Vänorter", "Medlemskaber", "Our twin
    towns", "Internationale netværk"): a section-kind word, whole or inflected, and at most everyday words in lower
    case beside it ("Nordisk direktørnetværk", "European Green Capital Network" are names)."""
    from .places import english_or_danish_word

    words = list(re.finditer(r"[^\W\d_]+", name))
    for _kind, rx in lx.SECTION_KINDS:
        hits = list(rx.finditer(name))
        if not hits:
            continue
        kind_words = [w for w in words
                      if any(m.start() <= w.start() < m.end() and w.end() - m.end() <= 4 for m in hits)]
        if not kind_words:
            continue
        rest = [w for w in words if w not in kind_words]
        if all((w.start() == 0 or w.group()[0].islower()) and (english_or_danish_word(w.group())
                                                               or common_word(w.group(), 3.0)) for w in rest):
            return True
    return False


# A page's running header or footer ("Årsberetning 2003 Side 4", "Annual report - page 7"), and a heading that is a
# clause ("Direktøren indstiller, at udvalget", "The officer recommends that"): no names.
_RUNNING_HEAD = re.compile(r"\b(?:side|sida|page|s\.)\s*\d{1,4}(?:\s*(?:af|of|av)\s*\d{1,4})?\s*$", re.I)
_CLAUSE = re.compile(r",\s+(?:at|att|that)\s+\w|\b(?:indstiller|anbefaler|foreslår|föreslår|recommends?|"
                     r"proposes?)\b", re.I)


def _from_heading(ctx: Context, seg: Segment, kind: str) -> list[Record]:
    title = seg.text
    if lx.DEPARTMENT.search(title) and len(title.split()) <= 4:
        return []
    if _RUNNING_HEAD.search(title) or _CLAUSE.search(title):
        return []  # "Årsberetning 2003 Side 4": a running header; "X indstiller, at udvalget": a clause
    name = clean_name(title)
    if not name or len(name) > 90 or lx.GENERIC_HEADING.match(name) or section_title(name) or name.endswith("?"):
        return []  # a question ("Hva får X ut av det?") is a heading, never a name
    body = _section_body(ctx, seg)
    if kind == "partner":
        placed = _PLACED_TITLE.match(name)  # "Valga, Estland", "Húsavík (Island)": the town with its country
        country = resolve_country(placed.group("country")) if placed else None
        if country:  # "Paimpol – Bretagne, Frankrig": the town, before the region it lies in
            name = re.split(r"\s+[–—-]\s+", placed.group("town"))[0]
        city = foreign_city(name, title + "\n" + body[:600], strong=True)
        if city is None:
            return _unknown_town(ctx, seg, name, country or _country_line(body))
        start, end = _evidence_of_heading(ctx, seg, name)
        return [make_record(ctx, "partner", name, start, end, (seg.start, seg.end), 0.85, seg,
                        country=city.country, kind=kind_of(body + " " + " ".join(seg.path)), city=city.name,
                        latitude=city.latitude, longitude=city.longitude, evidence="heading under section")]
    if not (looks_proper(name) or has_network_head(name)):
        return []
    plain = plain_words(name)
    if plain and kind == "network":
        return []  # "Kontingenter", "Arbejdsgrupper", "Working groups": a part of the section, not a network
    programme = None
    if kind == "project":
        programme, name = _programme_prefix(name)
    if kind == "project" and (_UNIT_HEADING.search(name) or _unit_of_a_department(ctx, name)
                              or (lx.find_programme(name) and _is_programme(name)
                                  and not _called_a_project(name, body))):
        return []  # "Thorvaldsens Museum", "Nordisk Ministerråd": who runs or funds projects, not a project
    if kind == "network" and _HEADLINE.search(name):
        return []  # a news headline ("X får EU-stöd", "Y joins Z"): a clause, no network's name
    if kind == "network" and (_AWARD.search(name) or _OWN_UNIT.search(name)):
        return []  # an award is an event, a municipality's own unit or office no membership
    if kind == "network" and (home_named(name) or described_national(_first_sentence(body))):
        return []  # "Sveriges X", "Danske X", or "Ett nationellt nätverk för ...": a body at home, no membership
    if kind == "network" and len(name.split()) == 1 and generic_compound(name):
        return []  # "Biblioteksnetværk": a kind of network, not one by name
    fields = {"evidence": "heading under section", "department": department(seg, title + "\n" + body[:600])}
    conf = 0.85
    if kind == "project":
        fields.update(project_fields(body, periods=False))
        if programme:
            fields["programme"] = programme
        # A heading under "Projekter" may also be a unit, a course or a funder: sure only with a programme,
        # a project word or an acronym in its section.
        if not (fields.get("programme") or re.search(r"projekt|project|prosjekt", body[:600], re.I)
                or is_acronym(name)):
            conf = 0.75
        if plain:
            conf = 0.7  # a heading of ordinary words may be a unit, a theme or a course as well as a project
    start, end = _evidence_of_heading(ctx, seg, name)
    return [make_record(ctx, kind, name, start, end, (seg.start, seg.end), conf, seg, **fields)]


# A finite verb in lower case after the first word: a headline is a clause ("Skolen får EU-støtte", "Byen
# vinder pris", "Kommunen går ud af netværket", "Town joins network").
_HEADLINE = re.compile(r"^\S+(?:\s+\S+){0,3}?\s+(?:får|fik|fick|fekk|fikk|gets|got|wins|vinder|vinner|vann|vandt|"
                       r"joins|leaves|melder|starter|startar|går|gik|gick|gjekk|blir|bliver|bli|becomes|"
                       r"skal|ska|will|har|har fått|has|have|søger|söker|søkjer|søker)\s", re.I)


def _first_sentence(body: str) -> str:
    return re.split(r"(?<=[.!?])\s", body.strip()[:400], maxsplit=1)[0]


# "Land: Norge", "Country: Latvia", "Maa: Suomi" as the first lines of a twin town's section.
_COUNTRY_LINE = re.compile(r"^\s*(?:land|country|maa)\s*:\s*(?P<country>[A-ZÆØÅÄÖ][\w ]{1,30}?)\s*$", re.I | re.M)


def _country_line(body: str) -> str | None:
    m = _COUNTRY_LINE.search(body[:300])
    return resolve_country(m.group("country")) if m else None


def _unknown_town(ctx: Context, seg: Segment, name: str, country: str | None) -> list[Record]:
    """A town the index does not know (a municipality named after no single town, a village) is still a partner
    when its twin-town section states its country abroad."""
    if (not country or country == current().home or not looks_proper(name) or len(name.split()) > 3
            or common_word(name.split()[0], 3.0)):
        return []
    start, end = _evidence_of_heading(ctx, seg, name)
    return [make_record(ctx, "partner", name, start, end, (seg.start, seg.end), 0.75, seg, country=country,
                        kind=kind_of(" ".join(seg.path)), evidence="heading with its country under section")]


_PLACED_TITLE = re.compile(r"^(?P<town>[^,()]{2,40}?)\s*(?:,\s*|\()\s*(?P<country>[A-ZÆØÅÄÖ][\w ]{1,30}?)\)?$")


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
    r"erhvervshus|sekretariat(?:et)?|forvaltning(?:en)?|kontor(?:et)?|enhed(?:en)?|afdeling(?:en)?|"
    r"uddannelse(?:n)?|kursus|kurset|kurser|course|training|utbildning(?:en)?|opplæring)$|"
    r"^(?:Fachber\w*|Abteilung|Department\s+of|Afdeling)\b", re.I)


_OWN_UNIT = re.compile(r"\b(?:kommune|kommun|municipality|afdeling|avdeling|avdelning|forvaltning|förvaltning|"
                       r"department|sekretariat|kontor)\b", re.I)
def _called_a_project(name: str, body: str) -> bool:
    """'X er et projekt ...', 'X is a project': the heading's body says the name is a project.

    Asked only where the answer matters: the pattern is built from the name, and compiling one per heading was a
    good part of this module's time."""
    return bool(re.search(rf"{re.escape(name)}\W{{0,3}}(?:der|som|which)?\s*(?:er|is|är)\s+(?:et|a|ett)\s+"
                          r"(?:\w+\s+)?(?:projekt|project)", body[:400], re.I))


_IN_UNIT = re.compile(r"\s+(?:i|under|in|hos)\s+")


def _unit_of_a_department(ctx: Context, name: str) -> bool:
    """'Copenhagen Solutions Lab i Teknik- og Miljøforvaltningen': a unit of a department, not a project."""
    # The matches of re.finditer(re.escape(name) + _IN_UNIT) found with str.find and one compiled pattern: a
    # pattern per name cost a compile for every heading. As finditer does, a match resumes the search at its end.
    text = ctx.text
    at = text.find(name)
    while at >= 0:
        m = _IN_UNIT.match(text, at + len(name))
        if m is None:
            at = text.find(name, at + 1)
            continue
        if lx.DEPARTMENT.match(text, m.end()):
            return True
        at = text.find(name, m.end())
    return False


_AWARD = re.compile(r"\b(?:awards?|prize|pris(?:en)?|konkurrence\w*)$", re.I)


def _is_programme(name: str) -> bool:
    """True when name is no more than a programme's name (Nordisk Ministerråd, Interreg)."""
    rest = name
    for _canon, rx in lx.PROGRAMME_RES:
        rest = rx.sub("", rest)
    return len(re.sub(r"[\W\d_]+", "", rest)) <= 3


# A card's fact line: "Polen · ca. 32.000 indbyggere · venskabsby siden 1993", "Tyskland | vänort sedan 1989",
# "Germany - twinned since 1974": short parts between dots or bars, one of them a twin word with a year.
_FACT_SEPARATOR = re.compile(r"\s[·•|–—]\s|\s-\s")
_TWIN_SINCE = re.compile(r"(?:" + lx.TWIN + r")\w*\s+(?:siden|sedan|sidan|sia|since|fra|från|frå|from|i|in)\s+"
                         r"(?:\d{1,2}\.?\s*\w+\s+)?(?:19|20)\d\d", re.I)


def _twin_card(ctx: Context, heading: Segment) -> bool:
    """A heading over a card: its section opens with a short fact line naming a twin relation and its year
    ("Letland · ca. 8.000 indbyggere · venskabsby siden 2004") though no heading above says "Venskabsbyer"."""
    nxt = ctx.segments[heading.index + 1] if heading.index + 1 < len(ctx.segments) else None
    if nxt is None or nxt.kind == "heading" or len(heading.text.split()) > 4:
        return False
    line = nxt.text.strip().split("\n")[0]
    return len(line) <= 160 and bool(_FACT_SEPARATOR.search(line)) and bool(_TWIN_SINCE.search(line))


def _section_body(ctx: Context, heading: Segment) -> str:
    parts = []
    for seg in ctx.segments[heading.index + 1:]:
        if seg.kind == "heading" and seg.level <= heading.level:
            break
        parts.append(seg.text)
        if sum(len(p) for p in parts) > 3000:
            break
    return "\n".join(parts)
