"""Named projects ("projektet X", "X er et EU-projekt", bold-titled paragraphs), projects of a bilateral
programme (one per partner city) and titles held for a year (European Capital of Culture 2017)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .context import Context, Segment, Sentence, around, make_record, section_kind
from .gazetteer import City
from .institutions import municipal_town
from .language import current
from .model import Record
from .money import find_money
from .names import common_word, is_acronym, looks_proper, name_at, proper_names
from .periods import find_periods
from .places import EMBASSY, city_pieces, foreign_city

# ---------------------------------------------------------------- projects
# "projekt(et) Name", the word before it (Interreg-projektet, EU projekt, samarbejdsprojektet) found apart:
# an optional word before every letter made this pattern slow.
# The cue word before a project's name, in Danish, Swedish, Norwegian and English ("projektet X",
# "prosjektet X", "indsatsen X", "konceptet X", "the project X"), and quotes around a name (”X”, »X«).
_PROJ_AFTER = re.compile(r"(?:projekt(?:et)?|prosjekt(?:et)?|project|indsats(?:en)?|konceptet|initiativet|"
                         r"satsningen|programmet)(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)(?:om\s+)?"
                         r"(?=[A-ZÆØÅÄÖ'‘\"“”»«„])", re.I)
# "the GreenBridge project", "EERAdata-projektet", "Build in Wood projektet".
_PROJ_TAIL = re.compile(r"(?:\b(?:[Tt]he|[Tt]his|[Oo]ur)\s+)?(?!(?:The|This|Our)\b)"
                        r"(?P<name>[A-ZÆØÅÄÖ][\w+-]*(?:\s+[A-ZÆØÅÄÖ][\w+-]*){0,3})[\s-](?:project\b|exchange\b|"
                        r"projektet\b|prosjektet\b)")
# "Multi-word Name (ACRONYM)": a title and the acronym made of its letters.
_TITLE_ACRONYM = re.compile(r"(?P<name>[A-ZÆØÅÄÖ][\w-]+(?:\s+(?:[A-ZÆØÅÄÖ][\w-]+|of|for|the|and|&|in|on|to|og|i|"
                            r"för|och|de|des|du|la|für|und)){1,7})\s+\((?P<acr>[A-ZÆØÅ][A-ZÆØÅ0-9-]{2,11})\)")
_CONNECTOR = {"og", "och", "and", "&", "for", "of", "the", "i", "in", "på", "som", "til", "de", "du", "la", "und",
              "für", "för", "af", "av"}
_PROG_BEFORE = re.compile(r"([\w+-]+)[\s-]?$")
# "X er et EU-projekt", and as Swedish, Norwegian (Nynorsk "X er eit prosjekt") and English write it.
_PROJ_BEFORE = re.compile(r"['‘\"“]?(?P<name>[A-ZÆØÅÄÖ][\w+!&-]*(?:\s+[\w+!&-]+){0,5}?)['’\"”]?\s+"
                          r"(?:er\s+et|er\s+eit|är\s+ett|is\s+an?)\s+"
                          r"(?:(?!(?:fra|frå|från|i|om|under|af|av|med|til|till|for|för|in|of|with|from|by|about|"
                          r"the)\s)[\w-]+\s+){0,3}?(?:EU-)?(?:projekt|prosjekt|project)")
_PROJ_BEFORE_KEYS = (" er et ", " er eit ", " är ett ", " is a ", " is an ")
# A sentence's own subject, not a name: "Det er et projekt", "This is a project".
_NOT_A_NAME = {"det", "dette", "den", "denne", "detta", "this", "it", "that", "der", "her", "här", "hon", "han",
               "she", "he", "which", "som", "hvilket", "vilket", "projektet", "prosjektet", "project", "projekt"}
PROJECT_WORD = re.compile(r"projekt|prosjekt|project|indsats|konceptet|initiativet", re.I)
_BOLD_LEAD = re.compile(r"^\*\*(?P<name>[^*]{2,60})\*\*\s*[-–—:]\s+")


def project_records(ctx: Context) -> list[Record]:
    out: list[Record] = []
    for sent in ctx.prose:
        out.extend(_projects_in_sentence(ctx, sent))
        label = _NAME_LABEL.match(sent.text)
        if label:
            out.append(make_project(ctx, sent, label.group("name").strip(), label.start("name"), 0.8,
                                    "labelled project name", {}))
    out.extend(_bold_lead_projects(ctx))
    out.extend(_page_title_project(ctx))
    out.extend(_tabbed_project_column(ctx))
    return out


# A table kept as tab-separated lines (a PDF's table, a pasted sheet) whose first column is headed "Project",
# "Projekt", "Prosjekt", "Projektnavn", "Project name": the first cell of each line below names a project.
_TABBED_HEADER = re.compile(r"^(?:projekt(?:et)?|prosjekt(?:et)?|project)(?:\s*(?:navn|namn|name|title|titel))?"
                            r"\t[^\n]*\t[^\n]*$", re.I | re.M)
_TOTAL_CELL = re.compile(r"^(?:i\s+alt|total\w*|sum\w*|samlet|samla|samtliga|all|alle)\b", re.I)


def _tabbed_project_column(ctx: Context) -> list[Record]:
    if "\t" not in ctx.text:
        return []
    out: list[Record] = []
    for header in _TABBED_HEADER.finditer(ctx.text):
        pos = header.end() + 1
        while pos < len(ctx.text):
            end = ctx.text.find("\n", pos)
            end = len(ctx.text) if end < 0 else end
            line = ctx.text[pos:end]
            if "\t" not in line:
                break  # the table ends with the first line that is not a row
            cell = line.split("\t")[0].strip()
            name = _project_cell(cell)
            seg = next((g for g in ctx.segments if g.start <= pos < max(g.end, g.start + 1)), None)
            if name and seg is not None:
                start = pos + cell.find(name)
                out.append(make_record(ctx, "project", name, start, start + len(name), (pos, end), 0.75, seg,
                                       evidence="project column of a table"))
            pos = end + 1
    return out


def _project_cell(cell: str) -> str | None:
    """A first cell's project name; a programme the cell ran into ("SEAWEED SCHOOLS Nordplus Junior") goes."""
    if lx.find_programme(cell):
        cuts = [m.start() for _canon, rx in lx.PROGRAMME_RES if (m := rx.search(cell)) and m.start() > 0]
        if cuts and cell[min(cuts) - 1] in " ,(–-":
            cell = cell[:min(cuts)].strip(" -–,(")
    if not cell or _TOTAL_CELL.match(cell) or not (looks_proper(cell) or is_acronym(cell.split()[0])):
        return None
    if cell.casefold() in lx.PROGRAMME_NAMES or _only_programme(cell) or len(cell) > 60:
        return None
    return cell


# "Projektnamn: Smarta skolmåltider", "Project acronym: COASTWISE" in a fact box.
_NAME_LABEL = re.compile(r"^(?:projekt(?:ets)?\s*navn|projektnamn|prosjekt(?:ets)?\s*navn|project\s+(?:name|title|"
                         r"acronym)|projekttitel|akronym|acronym)\s*:\s*(?P<name>[^;:\n]{2,80}?)\.?$", re.I)
# A page's title "NAME – what it is" (COASTWISE – Climate-proof small harbours).
_TITLE = re.compile(r"^(?P<name>[^–—:()]{2,40}?)\s*(?:–|—|\s-|:)\s+\S")


def _page_title_project(ctx: Context) -> list[Record]:
    """A project page's title: a coined name or acronym before a dash or colon, on a page about a project (a
    programme or the word project near its top)."""
    head = next((seg for seg in ctx.segments[:3] if seg.kind == "heading"), None)
    m = _TITLE.match(head.text) if head is not None else None
    if m is None and head is not None and _coined(head.text.strip()):
        m = _WHOLE.match(head.text.strip())  # a title that is only the coined name (CIRCPORTS), its gloss below
    if m is None:
        return []
    name = m.group("name").strip()
    top = ctx.text[:3000]
    if not (lx.find_programme(top) or PROJECT_WORD.search(top)) or not _coined(name):
        return []
    if _only_programme(name) or foreign_city(name) or current().own.is_own(name):
        return []
    if municipal_town(name) or municipal_town(name.title()):
        return []  # "X KOMMUNE" over an annual report: who wrote it, not a project
    if _MASTHEAD.search(name) or _DATELINE.match(ctx.text[head.end:head.end + 200].lstrip()):
        return []  # a newspaper's masthead ("X FOLKEBLAD", a date and "Side 6" below it), not a project
    start = ctx.text.find(name, head.start, head.end)
    return [make_record(ctx, "project", name, start, start + len(name), (head.start, head.end), 0.7, head,
                        evidence="page title", **project_fields(top, periods=False))]


# A newspaper's name (Folkebladet, Tidende, Posten, Tidning, Herald, Gazette) and the dateline under a masthead
# ("Onsdag 9. april 2025 · Lokalt · Side 6", "Tuesday 4 March 2025").
_MASTHEAD = re.compile(r"(?:avis\w*|blad(?:et)?|tidende|tidning\w*|posten|kurir\w*|kuriren|herald|gazette|times|"
                       r"courier|chronicle|journal|news)$", re.I)
_DATELINE = re.compile(r"(?:(?:man|tirs|tis|ons|tors|tors|fre|lør|lör|søn|sön)dag|monday|tuesday|wednesday|thursday|"
                       r"friday|saturday|sunday|måndag|mandag|tisdag|onsdag|torsdag|fredag|lørdag|lördag|søndag|"
                       r"söndag)\b[^\n]{0,40}\d{4}", re.I)
_WHOLE = re.compile(r"(?P<name>.+)")


def _only_programme(name: str) -> bool:
    """A title that names only a programme (Interreg Europe, LIFE), not a project named after it (LIFE SEAGRASS)."""
    programme = lx.find_programme(name)
    if programme is None or len(name.split()) > 3:
        return False
    rest = next((rx.sub("", name) for p, rx in lx.PROGRAMME_RES if p == programme), name)
    return not any(is_acronym(w) and len(w) >= 3 for w in rest.split())


def _coined(name: str) -> bool:
    """An acronym or a made-up word (COASTWISE, SmartHarbours, CIRCULAR PORTS), not an everyday title."""
    words = name.split()
    if not 1 <= len(words) <= 4:
        return False
    if all(is_acronym(w) and len(w) >= 3 for w in words):
        return True
    return len(words) == 1 and bool(re.search(r"[a-zæøå][A-ZÆØÅ]", name)) and not common_word(name, 2.5)


def _projects_in_sentence(ctx: Context, sent: Sentence) -> list[Record]:
    out, text = [], sent.text
    found: list[tuple[str, int]] = _acronym_titles(text) + _quoted_appositions(text)
    if not (found or PROJECT_WORD.search(text) or " exchange" in text):
        return out
    for m in _PROJ_AFTER.finditer(text):
        before = _PROG_BEFORE.search(text, max(0, m.start() - 40), m.start())
        prog = before.group(1) if before else ""
        quoted = text[m.end()] in "'‘\"“”»«„"
        name = _quoted_at(text, m.end()) if quoted else project_name_at(text, m.end())
        if not name or name.casefold() in lx.PROGRAMME_NAMES or _only_programme(name):
            continue  # "EU-programmet Sokrates": the programme itself
        if not (quoted or is_acronym(name) or lx.find_programme(prog) or prog.lower().startswith("eu")
                or looks_proper(name)):
            continue
        found.append((name, m.end() + (1 if quoted else 0)))
    for m in _CALLED_PROJECT.finditer(text):
        name = m.group("name").strip()
        if _coined_title(name) and name.casefold() not in lx.PROGRAMME_NAMES and not _only_programme(name):
            found.append((name, m.start("name")))
    for m in (_PROJ_BEFORE.finditer(text) if any(k in text for k in _PROJ_BEFORE_KEYS) else ()):
        name = m.group("name").strip()
        if name.split()[0].casefold() in _NOT_A_NAME or lx.find_programme(name):
            continue
        if looks_proper(name) and name.casefold() not in lx.PROGRAMME_NAMES:
            found.append((name, m.start("name")))
    for m in _PROJ_TAIL.finditer(text):
        name = m.group("name").strip()
        if (looks_proper(name) or is_acronym(name)) and not lx.find_programme(name) and \
                name.split()[0].lower() not in ("the", "this", "our", "vores", "dette", "det") and \
                name.casefold() not in lx.PROGRAMME_NAMES and not _a_place(name):
            found.append((name, m.start("name")))
    if found:
        fields = project_fields(text, periods=False)  # only for sentences naming a project: the costly part
        for name, offset in found:
            if current().own.is_own(name):
                continue  # "driver X projektet Y": the municipality running the project is no project
            acronym = _ACRONYM_AFTER.match(text, offset + len(name) + (1 if text[offset + len(name):][:1] in "'’\"”"
                                                                       else 0))
            extra = {"acronym": acronym.group(1)} if acronym else {}
            out.append(make_project(ctx, sent, name, offset, 0.75, "named project", {**fields, **extra}))
    return out


# A quoted title the sentence then calls a project or an exchange: '"Rivers Between Us", an exchange between ...',
# '»Hav i Syne«, et udvekslingsprojekt ...', '"Unga röster", ett utbytesprojekt'.
_QUOTED_APPOSITION = re.compile(r"['‘\"“”»«](?P<name>[A-ZÆØÅÄÖ][^'’\"”«»\n]{1,60}?)['’\"”«»],?\s+(?:(?:is|er|är)\s+)?"
                                r"(?:an?|et|ett|en|the|our|vores|vårt|vort)\s+(?:[\w+-]+\s+){0,3}?[\w+-]*"
                                r"(?:exchange|project|programme|partnership|initiative|udveksling|projekt|prosjekt|"
                                r"utbyte|utveksling|partnerskab|partnerskap)\w*\b", re.I)


def _quoted_appositions(text: str) -> list[tuple[str, int]]:
    if not any(q in text for q in "'‘\"“”»«"):
        return []
    return [(m.group("name").strip(), m.start("name")) for m in _QUOTED_APPOSITION.finditer(text)
            if m.group("name").strip().casefold() not in lx.PROGRAMME_NAMES and not lx.find_programme(m.group("name"))]


# "SMART HARBOURS NORTH, a three-year project funded by ...", "BlueBridge, et EU-projekt om ...": a coined name the
# sentence calls a project (its words between the article and 'project' are no prepositions: not "Tartu, a partner
# in the project").
_CALLED_PROJECT = re.compile(r"(?P<name>[A-ZÆØÅÄÖ][\w+-]*(?:\s+[A-ZÆØÅÄÖ0-9][\w+-]*){0,4}),\s+(?:an?|et|ett|en)\s+"
                             r"(?:(?!(?:in|i|of|af|av|på|for|för|the|den|det|with|med)\s)[\w+-]+\s+){0,3}?"
                             r"[\w+-]*(?:project|projekt|prosjekt)\w*\b")


def _coined_title(name: str) -> bool:
    """A project's coined name: capitals (SMART HARBOURS NORTH, SEA-LINK), or a word with an inner capital."""
    words = name.split()
    return (all(is_acronym(w) for w in words) and sum(c.isalpha() for c in name) >= 4) or bool(
        len(words) == 1 and re.search(r"[a-zæøå][A-ZÆØÅ]", name))


def _a_place(name: str) -> bool:
    """'the Zeven exchange', 'the Valga project': named after a town, the project's own name is elsewhere."""
    return not is_acronym(name) and foreign_city(name) is not None


_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÆØÅ][A-ZÆØÅ0-9+&-]{1,11})\)")


def _quoted_at(text: str, pos: int) -> str | None:
    m = re.match(r"['‘\"“”»«„]([^'’\"”«»„“]{2,80})['’\"”«»“]", text[pos:])
    return m.group(1).strip() if m else None


def project_name_at(text: str, pos: int) -> str | None:
    """The name after a project cue: capitalised words, joined by short function words when a capitalised word
    follows ("Regnvand som Ressource", "Hav og Fremtid", "Grønn Havn Nord"), up to punctuation."""
    first = name_at(text, pos)
    if first is None:
        return None
    words = first.split()
    rest = text[pos + len(first):pos + 120]
    for m in re.finditer(r"\s+(\S+)\s+([A-ZÆØÅÄÖ][\w+-]*)", rest):
        if m.start() != 0 or m.group(1).lower() not in _CONNECTOR:
            break
        words += [m.group(1), m.group(2)]
        rest = rest[m.end():]
        m2 = re.match(r"(?:\s+[A-ZÆØÅÄÖ][\w+-]*)+", rest)
        if m2:
            words += m2.group().split()
            rest = rest[m2.end():]
    if len(words) == 1 and not is_acronym(words[0]) and not re.search(r"[a-zæøå][A-ZÆØÅ]", words[0]):
        # A name in sentence case, as Nordic project names often are ("projektet Smarta skolmåltider, som ..."):
        # the lower-case words up to the end of the clause belong to it.
        tail = _SENTENCE_CASE_TAIL.match(rest)
        if tail and not any(w.lower() in _CONNECTOR or w.lower() in _CLAUSE_WORDS for w in tail.group(1).split()):
            words += tail.group(1).split()
    return " ".join(words)


_SENTENCE_CASE_TAIL = re.compile(r"((?:\s+[a-zæøåäöü][\w-]*){1,3})(?=\s*(?:[,.;:(]|–|\s(?:som|der|which|that|hvor|"
                                 r"där|hvis|whose)\b|$))")
_CLAUSE_WORDS = {"er", "är", "is", "har", "has", "blev", "ble", "was", "var", "skal", "ska", "will", "kan", "can",
                 "vil", "ikke", "inte", "not", "også", "också", "also"}


def _acronym_titles(text: str) -> list[tuple[str, int]]:
    """'Cool Neighbourhoods for Climate Adaptation (COOLNEIGH)': a title whose acronym is made of its letters,
    in a sentence naming a funding programme (an organisation's or a role's acronym is no project)."""
    if "(" not in text or not lx.find_programme(text):
        return []
    out = []
    for m in _TITLE_ACRONYM.finditer(text):
        name = m.group("name")
        words = name.split()
        while words and words[0].lower() in ("the", "den", "det", "projektet", "project"):
            words = words[1:]
        name = " ".join(words)
        before = text[:m.start()]
        if before.count("(") > before.count(")"):
            continue  # a gloss inside parentheses ("repræsentant (Legally Appointed Representative (LEAR))")
        if _NOT_A_TITLE.search(words[-1]) if words else True:
            continue  # a role, body or unit with its acronym (Legally Appointed Representative (LEAR))
        if len(words) >= 2 and letters_in_order(m.group("acr"), name) and not lx.NETWORK_WORD.search(name):
            out.append((name, m.end("name") - len(name)))
    return out


_NOT_A_TITLE = re.compile(r"^(?:representatives?|officers?|managers?|coordinators?|directors?|advisors?|secretar\w*|"
                          r"chairs?|committees?|councils?|boards?|units?|offices?|departments?|agency|authority|"
                          r"commission|ministry|university|universitet|kommune|municipality|regions?)$", re.I)


def letters_in_order(acronym: str, name: str) -> bool:
    """The acronym's letters appear in the name in order (all but one, or four in five; SMARTFERRY), starting
    with its first letter (TIDECOM)."""
    low, pos, matched = name.lower(), 0, 0
    letters = [c for c in acronym.lower() if c.isalnum()]
    if not letters or letters[0] != low[0]:
        return False
    for c in letters:
        found = low.find(c, pos)
        if found >= 0:
            matched, pos = matched + 1, found + 1
    return matched >= max(len(letters) - 1, 0.8 * len(letters))


def make_project(ctx: Context, sent: Sentence, name: str, offset: int, conf: float, why: str,
          fields: dict) -> Record:
    start = sent.start + offset
    return make_record(ctx, "project", name, start, start + len(name), (sent.start, sent.end), conf, sent.segment,
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
            out.append(make_record(ctx, "project", name, start, start + len(name), (seg.start, seg.end), 0.75,
                               seg, evidence="titled paragraph", **project_fields(seg.text, periods=False)))
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
        if programme not in lx.BILATERAL_PROGRAMMES or section_kind(seg) == "partner":
            continue  # under a twin- or sister-city heading the programme is how that partnership works
        window = [p for p in paragraphs[i:i + 3] if p.path == seg.path]
        if not _cities_in(ctx, seg) and i and paragraphs[i - 1].path == seg.path:
            window.insert(0, paragraphs[i - 1])
        for para in window:
            for sent, name, start, city in _cities_in(ctx, para):
                if (programme, city.geonameid) in seen:
                    continue  # Tshwane (Pretoria): one city, one project
                seen.add((programme, city.geonameid))
                label = f"{programme} – {name}"
                out.append(make_record(ctx, "project", label, start, start + len(name), (sent.start, sent.end), 0.7,
                                   para, programme=programme, partner_city=city.name, country=city.country,
                                   evidence="programme partnership"))
    return out


def _cities_in(ctx: Context, seg: Segment) -> list[tuple[Sentence, str, int, City]]:
    """Foreign cities a paragraph cooperates with or runs a project with (not where an embassy sits)."""
    found = []
    for sent in ctx.prose:
        if not (seg.start <= sent.start < seg.end) or not (lx.COOPERATION.search(sent.text)
                                                               or PROJECT_WORD.search(sent.text)):
            continue
        for start, _end, whole in proper_names(sent.text):
            for offset, name in city_pieces(whole):
                at = sent.start + start + offset
                before = ctx.text[max(0, at - 80):at]
                if EMBASSY.search(before) or before.rstrip().endswith("("):
                    continue  # where an embassy sits, or a gloss of the name before: Tshwane (Pretoria)
                city = foreign_city(name, around(ctx, sent))
                if city is not None:
                    found.append((sent, name, at, city))
    return found


_YEAR_NEAR = re.compile(r"^\W{0,3}(?:i\s+|in\s+|for\s+)?((?:19|20)\d\d)\b")


def _held_abroad(ctx: Context, sent: Sentence, at: int) -> bool:
    """'Liverpool, der var kulturhovedstad i 2008': a foreign city named just before holds the title."""
    return any(foreign_city(name, around(ctx, sent)) is not None
               for start, _end, name in proper_names(sent.text[:at]) if at - start < 60)


def title_year_records(ctx: Context) -> list[Record]:
    """A title held for a year (European Capital of Culture 2017) is an international project of its own."""
    out = []
    for sent in ctx.prose:
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
                out.append(make_record(ctx, "project", name, start, sent.start + m.end(), (sent.start, sent.end), 0.7,
                                   sent.segment, kind="title year", evidence="title held for a year"))
    return out


def project_fields(text: str, periods: bool = True) -> dict:
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
