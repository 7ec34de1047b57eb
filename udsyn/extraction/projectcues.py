"""Projects named without the word "project" beside them, by the company a name keeps:

- a name glossed with its funding programme, as list items and report lines write them:
  "SMART HARBOURS (Interreg Öresund-Kattegat-Skagerrak), budget ...", "Unga röster i Europa (Erasmus+)";
- a name the sentence says a programme funds: "deltar i GRØNNE HAVNER, som finansieres av Interreg ...",
  "X, which is funded by Horizon Europe".

Programmes themselves, places and known networks are no projects (the programme is the project's `programme`).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .context import Context, Sentence
from .countwords import is_head
from .gazetteer import find_city, resolve_country
from .institutions import municipal_town
from .language import current
from .model import Record
from .names import is_acronym, looks_proper, name_at, name_running_on, proper_names
from .projects import make_project, project_fields

# At the start of a line or item: the name (any case, no clause punctuation), then its programme in brackets.
_GLOSSED = re.compile(r"^(?P<name>[A-ZÆØÅÄÖ0-9][^()\n,;:.!?]{1,60}?)\s+\((?P<prog>[^()]{2,60})\)")
# "..., som finansieres av Interreg", "which is funded by Horizon Europe", "der støttes af Erasmus+"
_FUNDED = re.compile(r"^\s*,?\s*(?:som|der|which|that|vilket|hvilket)\s+(?:is\s+|er\s+|är\s+|blir\s+|bliver\s+)?"
                     r"(?:\w+\s+){0,2}?(?:finansieres|finansieras|finansieret|finansiert|finansierad|"
                     r"medfinansieres|medfinansieras|støttes|stöds|støttet|funded|financed|co-?funded|supported|"
                     r"co-?financed)\s+(?:av|af|by|gennem|genom|gjennom|through|from|fra|från)\s+(?:the\s+|EU'?s\s+)?",
                     re.I)
_PARTICIPATES = re.compile(r"\b(?:deltar|deltager|deltog|deltok|medverkar|participates?|participated|takes?\s+part|"
                           r"took\s+part|er\s+med|är\s+med|is\s+a\s+partner|er\s+partner|är\s+partner)\s+"
                           r"(?:\w+\s+){0,2}?(?:i|in)\s+(?:the\s+)?", re.I)


# "Projektet har arbejdstitlen X", "the project is called X", "prosjektet heter X": a project named by a verb.
_NAMED = re.compile(r"\b(?:projekt(?:et)?|project|prosjekt(?:et)?|samarbejdet|samarbetet|samarbeidet|initiativet|"
                    r"initiative)\s+(?:\w+\s+){0,3}?(?:(?:har|has|får|fik|fick|fikk|gets?|got|bærer|bär|bears?)\s+"
                    r"(?:fået\s+|fått\s+|been\s+given\s+)?(?:arbejdstitlen|arbetsnamnet|arbetstiteln|arbeidstittelen|"
                    r"arbeidsnavnet|navnet|namnet|the\s+(?:working\s+)?(?:title|name))|hedder|heter|kaldes|kallas|kalles|"
                    r"is\s+called|is\s+named|går\s+under\s+navnet|går\s+under\s+namnet)\s+[\"“”'‘«]?", re.I)


# An exchange, camp, campaign or partnership named in quotes: 'Ungdomsudvekslingen »Sommerbro 89«', 'the exchange
# "Bridges"'.
# A LIFE project is named "LIFE" and its coined name in capitals ("LIFE BALTIC REEDS", "LIFE-IP NATURA-SMART").
_LIFE_NAME = re.compile(r"(?<![\w-])LIFE(?:[ -](?!PROGRAMME\b|PROGRAM\b)[A-ZÆØÅÄÖ0-9][A-ZÆØÅÄÖ0-9+-]+){1,4}(?![\w-])")
_LIFE_STRANDS = {"NAT", "ENV", "CCM", "CCA", "CET", "IP", "SNAP", "SAP", "GIE", "GOV", "BIO", "PRE", "NATURE",
                 "CLIMATE"}
_ACTIVITY_QUOTED = re.compile(r"\b\w*(?:udveksling|utveksling|utbyte|exchange|lejr|läger|leir|camp|festival|stævne|"
                              r"træf|kampagne|kampanj|campaign|forløb|satsning|satsing|turné|tour|"
                              # a school or town partnership: 'the Erasmus+ school partnership "X"'
                              r"partnerskab|partnerskap|partnership|samarbete|samarbejde|samarbeid|projekt|project|"
                              r"prosjekt)\w*\s+"
                              r"[»«\"“„](?P<name>[^»«\"“”„\n]{3,60})[«»\"”“]", re.I)
_OPEN_QUOTE = re.compile(r"[»«\"“„]")  # every quotation mark _ACTIVITY_QUOTED can open with


# "received EUR 36,400 under Erasmus+ for X", "tilskud fra Nordplus til X", "bidrag från Interreg för X"
_FUNDS_FOR = re.compile(r"\b(?:under|from|through|fra|från|frå|gennem|genom|gjennom)\s+(?:the\s+)?"
                        r"(?P<prog>[A-Z][\w+-]*(?:\s[A-Z][\w+-]*){0,3})\s+(?:for|til|för|till)\s+(?:the\s+)?")


# An event by name: a proper name ending in an event noun in a sentence that says it is held ("Sommaren 2025 hålls
# Nordic Youth Camp på X", "The Baltic Music Festival takes place in June").
_EVENT_HEAD = re.compile(r"\s(?:Camp|Festival|Summit|Week|Games|Cup|Fair|Expo|Days|Symposium|Regatta|Marathon|Tour|"
                         r"Jamboree|Festival\w*|Festivalen|Lejr|Läger|Leir|Stævne|Træf|Dagene|Dagarna|Veka|Uge)$")
_HELD = re.compile(r"\b(?:hålls|hölls|holdes|ble\s+holdt|afholdes|afholdtes|avholdes|arrangeras|arrangeres|arrangeret|"
                   r"is\s+held|was\s+held|will\s+be\s+held|takes\s+place|took\s+place|finder\s+sted|fandt\s+sted|"
                   r"äger\s+rum|ägde\s+rum|går\s+av\s+stabelen|hosts?|hosted|værter\s+for|värd\s+för)\b", re.I)


# Playing or taking part in an event: "for at spille X Cup", "deltog i X Cup", "took part in the X Games".
_TAKE_PART = re.compile(r"\b(?:spille|spillede|spiller|spilte|spela|spelade|spelar|play|played|plays|compete|competed|"
                        r"deltage\s+i|deltog\s+i|deltager\s+i|delta\s+i|deltok\s+i|deltar\s+i|deltog\s+vid|"
                        r"take\s+part\s+in|took\s+part\s+in|taking\s+part\s+in|"
                        r"competing\s+in)\b", re.I)


def _events(ctx: Context, sent: Sentence) -> list[Record]:
    out = []
    for start, end, name in proper_names(sent.text):
        if _YEAR_AFTER_SPACE.match(sent.text, end):
            continue  # "the Nordic Youth Summit 2025": named with its year (_events_with_year)
        first = find_city(name.split()[0])
        if first is not None and first.country == current().home:
            continue  # "Roskilde Festival": an event at home, not international work
        if len(name.split()) >= 2 and _EVENT_HEAD.search(name) and not find_city(name) and _a_title(name):
            out.append(make_project(ctx, sent, name, start, 0.7, "event held by name", {"kind": "event"}))
    return out


# An event named with its year: "Strandlejren 1986", "Nordic Youth Summit 2025", "<Name> Sail 2026", and in a scanned
# report with the year's last two digits ("<Name>lejren 88"). The name is capitalised and ends in an event word (a
# Nordic compound's tail, or an English word of its own); a plan, budget or strategy with a year is none.
_EVENT_YEAR = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-ZÆØÅÄÖ][\w'’-]*\s+){0,3}(?:(?=[A-ZÆØÅÄÖ])[\w'’-]*?(?i:lejr|lejren|läger|lägret|leir|"
    r"leiren|stævne|stævnet|træf|træffet|festival|festivalen|dagene|dagarna|ugen|veckan|uka|uken)|"
    r"(?:[A-ZÆØÅÄÖ][\w'’-]*\s+)(?:Camp|Summit|Games|Cup|Regatta|Sail|Marathon|Jamboree|Week|Days|Festival)))"
    r"\s+(?P<year>(?:19|20)\d\d|['’]?\d\d)(?![\w,.]\d|[\w%]|\s*[%–-])")


# What every match of _EVENT_YEAR holds: a space, then the year. A sentence without it is passed over with one quick
# scan; _EVENT_YEAR itself tries a name at every capital letter, which made it the costliest pattern of the module.
_YEAR_AFTER_SPACE = re.compile(r"\s['’]?\d\d")


def _events_with_year(ctx: Context, sent: Sentence) -> list[Record]:
    out = []
    if not _YEAR_AFTER_SPACE.search(sent.text):
        return out
    for m in _EVENT_YEAR.finditer(sent.text):
        name, year = m.group("name"), m.group("year")
        if len(year.lstrip("'’")) == 2:
            after = re.match(r"\s+([a-zæøåäö]+)", sent.text[m.end():])
            if after and (is_head(after.group(1)) or _UNIT_AFTER.match(after.group(1))):
                continue  # "Lejren 24 børn ...", "Lejren 12 dage": a count or a measure, not a year
        first = find_city(name.split()[0])
        if first is not None and first.country == current().home:
            continue  # "<home town> Festival 2026": an event at home, not international work
        full = f"{name} {year}"
        out.append(make_project(ctx, sent, full, m.start("name"), 0.7, "event named with its year",
                                {"kind": "event"}))
    return out


_UNIT_AFTER = re.compile(r"^(?:dage|dagar|dager|days|uger|veckor|uker|weeks|timer|timmar|hours|km|kr|procent|"
                         r"prosent|percent)$", re.I)


def cue_projects(ctx: Context) -> list[Record]:
    out: list[Record] = []
    for sent in ctx.prose:
        if _HELD.search(sent.text) or _TAKE_PART.search(sent.text):
            out.extend(_events(ctx, sent))
        out.extend(_events_with_year(ctx, sent))
        for m in _FUNDS_FOR.finditer(sent.text):
            programme = lx.find_programme(m.group("prog"))
            name = name_at(sent.text, m.end())
            if (programme and programme not in _FUNDERS and name and _a_title(name) and len(name.split()) >= 2
                    and looks_proper(name) and not find_city(name)):
                fields = project_fields(sent.text, periods=False)
                fields["programme"] = programme
                out.append(make_project(ctx, sent, name, m.end(), 0.75, "named as what a programme pays for", fields))
        for m in lx.PROGRAMME_NETWORK.finditer(sent.text):
            programme = lx.find_programme(m.group("prog"))
            name = name_at(sent.text, m.end())
            if programme and name and _a_title(name) and (_coined_caps(name) or looks_proper(name)):
                fields = project_fields(sent.text, periods=False)
                fields["programme"] = programme
                out.append(make_project(ctx, sent, name, m.end(), 0.75, "named after its programme's network or "
                                        "project word", fields))
        for m in _NAMED.finditer(sent.text):
            quoted = re.match(r"([^\"“”'‘’«»\n]{2,60})[\"“”'’»]", sent.text[m.end():]) if m.group().rstrip()[-1:] in \
                "\"“”'‘«" else None
            name = quoted.group(1).strip() if quoted else name_running_on(sent.text, m.end())
            if name and _a_title(name) and (quoted or looks_proper(name)):
                out.append(make_project(ctx, sent, name, m.end(), 0.75, "project named by a naming verb",
                                        project_fields(sent.text, periods=False)))
        # A name in quotes needs a quotation mark: most sentences have none, and the pattern is slow to rule out.
        for m in (_LIFE_NAME.finditer(sent.text) if "LIFE" in sent.text else ()):
            if not any(len(w) >= 4 for w in re.split(r"[ -]", m.group())[1:] if w not in _LIFE_STRANDS):
                continue  # "LIFE NAT", "LIFE-IP": a strand of the programme, not a project's name
            # "LIFE BALTIC REEDS brings ...": a LIFE project carries the programme's name before its own
            out.append(make_project(ctx, sent, m.group(), m.start(), 0.75, "a LIFE project's name in capitals",
                                    {"programme": "LIFE"}))
        for m in (_ACTIVITY_QUOTED.finditer(sent.text) if _OPEN_QUOTE.search(sent.text) else ()):
            name = m.group("name").strip()
            if _a_title(name) and not find_city(name) and not _names_a_programme(name):
                out.append(make_project(ctx, sent, name, m.start("name"), 0.7, "an activity's name in quotes",
                                        project_fields(sent.text, periods=False)))
        if "(" in sent.text:
            out.extend(_glossed(ctx, sent))
        if _FUNDED_KEYS.search(sent.text) or _PARTICIPATES.search(sent.text):
            out.extend(_funded(ctx, sent))
    for seg in ctx.segments:  # a minute's item "42. Deltagelse i <Name> Sail 2026" names it in its heading
        if seg.kind == "heading":
            out.extend(_events_with_year(ctx, Sentence(seg.start, seg.end, ctx.text[seg.start:seg.end], seg)))
    return out


def _names_a_programme(name: str) -> bool:
    """A quoted name that is a programme's ("Erasmus+", "Interreg Öresund"): the programme written as it writes
    itself, not a word of it in a title ("Rivers for Life" is no LIFE)."""
    programme = lx.find_programme(name)
    return bool(programme) and (programme in name or name.lower().startswith(programme.lower()))


# Funders named in brackets after a body they fund (a council of ministers, national research councils).
_FUNDERS = {"Nordic Council of Ministers", "Formas", "Vinnova", "NordForsk", "Innovationsfonden", "Realdania", "EUDP",
            "Nordic Culture Fund"}
# Structural funds pay mostly for projects at home (a business house's programme), not international ones.
_DOMESTIC_FUNDS = {"EU Social Fund", "EU Regional Development Fund"}


def _opens_with_programme(prog: str) -> bool:
    """The bracket is the programme itself (and perhaps its strand or years): 'Interreg Öresund-Kattegat-Skagerrak',
    'Nordplus Vuxen', 'LIFE', 'Erasmus+ KA2'."""
    return lx.find_programme(prog[:len(prog.split()[0]) + 1]) is not None if prog.split() else False


_FUNDED_KEYS = re.compile(r"finansi|støtte|stöd|fund|financ|support", re.I)


def _glossed(ctx: Context, sent: Sentence) -> list[Record]:
    m = _GLOSSED.match(sent.text)
    if m is None:
        return []
    prog = m.group("prog").strip()
    programme = lx.find_programme(prog)
    name = m.group("name").strip()
    if programme is None or programme in _FUNDERS or programme in _DOMESTIC_FUNDS or not _a_title(name):
        return []
    if not _opens_with_programme(prog):
        return []  # "(Erhvervshusene/Regionalfondsprogram)": who runs it, then how it is funded
    if sent.segment.kind != "item" and (not is_acronym(name.split()[0]) or name_at(sent.text, 0) != name):
        return []  # in running prose a bracket after a name glosses many things; a list line is a title
    if lx.INSTITUTION_WORDS.search(name) or lx.NETWORK_WORD.search(name) or municipal_town(name):
        return []  # a body funded by the programme, not a project
    fields = project_fields(sent.text, periods=False)
    fields["programme"] = prog if len(prog) <= 60 else programme
    return [make_project(ctx, sent, name, m.start("name"), 0.75, "name glossed with its programme", fields)]


def _funded(ctx: Context, sent: Sentence) -> list[Record]:
    out = []
    for m in _PARTICIPATES.finditer(sent.text):
        name = name_at(sent.text, m.end())
        if not name or not _a_title(name):
            continue
        tail = sent.text[m.end() + len(name):]
        funded = _FUNDED.match(tail)
        if funded is not None and lx.find_programme(tail[funded.end():funded.end() + 60]) is not None:
            why = "named as funded by a programme"
        elif _coined_caps(name) and (lx.find_programme(sent.text) or lx.find_programme(" ".join(sent.segment.path))):
            why = "coined name taken part in, under a programme"  # "deltager i COASTAL YOUTH" under an Interreg item
        else:
            continue
        fields = project_fields(sent.text, periods=False)
        out.append(make_project(ctx, sent, name, m.end(), 0.75, why, fields))
    return out


# Labels of a fact box that a programme glosses ("EU funding (ERDF)", "Tilskud (Interreg)"): no names.
_LABEL_WORDS = re.compile(r"\b(?:funding|budget|grants?|co-?financing|contribution|share|støtte|tilskud|bidrag|"
                          r"finansiering|medfinansiering|andel|stöd|midler|medel|programme|program)$", re.I)


def _coined_caps(name: str) -> bool:
    """A name in capitals (COASTAL YOUTH, BLUE-CYCLE): projects are named so, towns and bodies seldom."""
    words = name.split()
    return 1 <= len(words) <= 4 and all(is_acronym(w) for w in words) and sum(c.isalpha() for c in name) >= 5


def _a_title(name: str) -> bool:
    """A project's name, not a programme, a place, a country, a known network or a fact box's label."""
    low = name.casefold()
    if _LABEL_WORDS.search(name):
        return False
    if low in lx.PROGRAMME_NAMES or lx.find_programme(name) == name or low in lx.KNOWN_NETWORKS:
        return False
    if resolve_country(name) or (find_city(name) is not None and not is_acronym(name.replace(" ", ""))):
        return False
    return len(name.split()) <= 8 and (looks_proper(name) or len(name.split()) >= 2)
