"""Partners abroad: foreign cities and institutions named in a cooperation context (or under a twin-town
section), placed with the city index; Danish bodies and where an embassy sits are not partners."""

from __future__ import annotations

import re

from . import lexicon as lx
from .context import Context, Sentence, announced_partners, around, denied_section, make_record, section_kind
from .gazetteer import city_candidates, countries_in, resolve_country
from .institutions import INSTITUTION, extend_name, genitive_town, municipal_town, national_body
from .language import current
from .model import Record
from .names import common_word, is_acronym, proper_names
from .partnerlists import listed_partners
from .places import (
    COUNTRY_NEXT,
    EMBASSY,
    MUNICIPAL,
    SEPARATOR,
    abroad,
    city_pieces,
    english_or_danish_word,
    foreign_city,
    foreign_word,
    home_town_in,
    kind_of,
    unknown_town,
)


def partner_records(ctx: Context) -> list[Record]:
    out: list[Record] = []
    for k, sent in enumerate(ctx.prose):
        # Under a twin-town heading a list line needs no cue of its own; prose does (a news story headed
        # "X får ny venskabsby" also names where a company has its office).
        if denied_section(sent.segment):
            continue  # "Tidigare vänort", "Former twin towns": an agreement that has ended
        if _COMPOSITION.search(sent.text) and (section_kind(sent.segment) == "network"
                                               or lx.NETWORK_WORD.search(sent.text)):
            continue  # who a network consists of: its members, not the municipality's partners
        announced = announced_partners(ctx, sent.segment)  # "Partners:", "The partners are:" over a list
        in_section = (section_kind(sent.segment) == "partner" or announced) and _list_line(sent)
        coop = lx.COOPERATION.search(sent.text)
        later = None if coop or in_section else _cue_in_next(ctx, k)  # "... X i Polen. Byerne er venskabsbyer ..."
        if not (coop or in_section or later):
            later = _one_of_the_twins(ctx, k)  # "Vi har to venskabsbyer. Den anden, X i Norge, ..."
        if not (coop or in_section or later):
            continue
        kind = kind_of(sent.text) if coop else kind_of(later.text) if later else "cooperation"
        if kind == "cooperation":
            kind = kind_of(" ".join(sent.segment.path))
        conf = 0.8 if in_section else 0.65 if later else 0.7
        coop = coop or bool(later)
        strong = in_section or bool(lx.STRONG_COOPERATION.search(sent.text))
        if in_section and _at_home(sent.text):
            continue  # "Vestland fylkeskommune og Høgskulen på Vestlandet (Norge)": partners at home
        found: list[Record] = _item_with_country(ctx, sent, kind) if in_section else listed_partners(ctx, sent, kind)
        for start, _end, name in ([] if found else proper_names(sent.text)):
            if found and sent.start + start < max(r.end for r in found):
                continue  # inside a partner just found ("Maritime Institute in Gdańsk": Gdańsk is its seat)
            found.extend(_partners_in_name(ctx, sent, name, sent.start + start, kind, conf, bool(coop), strong))
        towns = {r.fields.get("city") for r in found if not r.fields.get("institution")} - {None}
        # "samarbejde med Göteborg gennem Business Region Göteborg": the town's own body is how it cooperates.
        # A university, school or museum there is a partner of its own ("Åbo stad och Åbo Akademi").
        found = [r for r in found if not (r.fields.get("institution") and r.fields.get("city") in towns
                                          and not lx.INSTITUTION_ABROAD.search(r.name or ""))]
        # A funding programme is never a partner ("deltar i Erasmus+ med partnerskoler i ...").
        found = [r for r in found if lx.find_programme(r.name or "") != r.name]
        # "borgmester Hanne X og ...": the last word of a person's name, listed or not, is no town.
        found = [r for r in found if not _ROLE_BEFORE.search(ctx.text[max(0, r.start - 60):r.start])]
        for rec in found:
            if in_section and rec.confidence >= 0.8 and rec.start > sent.start + 2:
                rec.confidence = 0.7  # a short sentence under a twin-town heading that does not open with the town
            if announced and section_kind(sent.segment) != "partner":
                rec.confidence = min(rec.confidence, 0.75)  # a list announced in prose, not a section of partners
        other = _OTHER_TOWNS_TWIN.match(sent.text)
        if other and not current().own.is_own(other.group("subject")) and foreign_city(other.group("subject")):
            # "Valmiera er i forvejen venskabsby med Haapsalu": a partner's own twin town is not ours
            found = [r for r in found if r.start < sent.start + other.end("subject")]
        if found and _declined(ctx, k):
            continue  # "en henvendelse fra byen X ... Udvalget har besluttet ikke at gå videre med sagen"
        out.extend(_same_country_as_siblings(found))
    return out


# An inquiry, invitation, application or proposal the municipality looked into ...
_PROSPECT = lx.Keyed(r"henvendelse\w*|henvendelse|forespørgsel\w*|förfrågan|förfrågning\w*|invitation\w*|"
                     r"inbjudan|invitasjon\w*|inquiry|enquiry|request|anmodning\w*|ansøgning\w*|ansökan|søknad\w*|"
                     r"application|undersøgt\s+om|undersökt\s+om|undersøkt\s+om|looked\s+into\s+whether|"
                     r"considered\s+(?:an?|the)\s+(?:invitation|request|proposal|inquiry)",
                     ("henvend", "forespørg", "förfråg", "invita", "inbjud", "inquiry", "enquiry", "request",
                      "anmodning", "ansøgning", "ansökan", "søknad", "application", "undersøgt", "undersökt",
                      "undersøkt", "looked into", "considered"))
# ... and the next sentence declining it.
_DECLINE = lx.Keyed(r"beslut\w*\s+(?:\w+\s+){0,2}?(?:ikke|inte|ikkje)|besluttet\s+å\s+ikke|decided\s+not\s+to|"
                    r"ikke\s+(?:at\s+|å\s+)?gå\s+videre|inte\s+(?:att\s+)?gå\s+vidare|not\s+(?:to\s+)?pursue|"
                    r"\bavstå\w*|\bafstå\w*|\bafslå\w*|\bavslå\w*|takke[dt]?\s+nej|tacka[rt]?\s+nej|takke[dt]?\s+nei|"
                    r"declin\w*|turn(?:ed|s)?\s+down",
                    ("beslut", "decided not", "gå videre", "gå vidare", "pursue", "avstå", "afstå", "afslå", "avslå",
                     "nej", "nei", "declin", "down"))


def _declined(ctx: Context, k: int) -> bool:
    """Sentence k names an inquiry, invitation or application the next sentence of its paragraph declines."""
    sent = ctx.prose[k]
    if k + 1 >= len(ctx.prose) or ctx.prose[k + 1].segment is not sent.segment:
        return False
    return bool(_PROSPECT.search(sent.text)) and bool(_DECLINE.search(ctx.prose[k + 1].text))


# The next sentence speaks of the towns or the visit just named: "Byerne har været venskabsbyer siden 1993",
# "Besøget skal styrke samarbejdet", "The two towns have been twinned since 1974", "Siden 1993 er byerne ...".
_ABOUT_THE_TOWNS = re.compile(
    r"\b(?:byerne|byene|byarna|städerna|orterna|kommunerne|kommunene|kommunerna|(?:de|begge)\s+to\s+byer|"
    r"begge\s+byer|de\s+två\s+städerna|båda\s+städerna|both\s+(?:towns|cities)|"
    r"the\s+two\s+(?:towns|cities|municipalities)|besøget|besøket|besöket|the\s+visit|gæsterne|gästerna|gjestene|"
    r"the\s+visitors|delegationen|delegasjonen|the\s+delegation|turen|rejsen|resan|reisen|the\s+trip|the\s+journey|"
    r"udvekslingen|utbytet|utvekslingen|the\s+exchange)\b", re.I)


def _cue_in_next(ctx: Context, k: int) -> Sentence | None:
    """The next sentence of the same paragraph, when it gives the cooperation cue about the towns or the visit of
    sentence k and names no place of its own (then its own names are the partners; a person after a title is none)."""
    if k + 1 >= len(ctx.prose):
        return None
    sent, nxt = ctx.prose[k], ctx.prose[k + 1]
    if nxt.segment is not sent.segment:
        return None
    # The towns or the visit named at the start (60 characters) first: it rules out most sentences at a fraction of
    # the cost of the cooperation cue's keyed pattern over the whole sentence.
    if _ABOUT_THE_TOWNS.search(nxt.text[:60]) is None or not lx.COOPERATION.search(nxt.text):
        return None
    if any(s > 0 and not _ROLE_BEFORE.search(nxt.text[:s]) for s, _e, _n in proper_names(nxt.text)):
        return None
    return nxt


# A sentence that opens by pointing back at one of the twin towns the sentence before counted: "Den anden, X i
# Norge, ...", "Den ældste er X", "The other, X in Norway, ...", "Den andra, X i Norge", "Den eldste er X".
_ONE_OF_THEM = re.compile(r"^(?:den|the|det)\s+(?:anden|andra|andre|other|ene|ena|eine|first|første|första|"
                          r"fyrste|ældste|äldsta|eldste|oldest|nyeste|nyaste|newest|seneste|senaste|siste|latest|"
                          r"sidste|yngste|youngest)\b", re.I)


def _one_of_the_twins(ctx: Context, k: int) -> Sentence | None:
    if k == 0 or not _ONE_OF_THEM.match(ctx.prose[k].text):
        return None
    before = ctx.prose[k - 1]
    if before.segment is not ctx.prose[k].segment or not lx.TWIN_RE.search(before.text):
        return None
    return before


# A sentence about another town's twin towns: the town, a verb, the twin-town word, then 'med/with/till'.
_OTHER_TOWNS_TWIN = re.compile(r"^(?P<subject>[A-ZÆØÅÄÖ][\w'’.-]+(?:[ -][A-ZÆØÅÄÖ][\w'’.-]+)?)\s+"
                               r"(?:er|är|is|has\s+been|har\s+været|har\s+varit|har\s+vært|var|was)\s+"
                               r"(?:\w+\s+){0,3}?(?:\w+-)?(?:venskabsby|vänort|vänstad|vennskapsby|twin\w*|"
                               r"sister\s+cit\w*|søsterby|partnerby)\w*\s+(?:med|with|till|to|of|af|av)\s", re.I)


# A list line of partners "Name of a body (Country)": the whole line before the bracket is its name, whatever its case
# ("Norsk institutt for vannforskning – NIVA (Norway)").
_ITEM_COUNTRY = re.compile(r"^(?P<name>[A-ZÆØÅÄÖ][^()\n]{2,80}?)\s*\((?P<country>[A-ZÆØÅÄÖ][^()\n]{1,30})\)\W*$")


def _at_home(line: str) -> bool:
    """A list line that ends with the home country in brackets."""
    m = _ITEM_COUNTRY.match(line)
    return bool(m) and resolve_country(m.group("country")) == current().home


def _item_with_country(ctx: Context, sent: Sentence, kind: str) -> list[Record]:
    m = _ITEM_COUNTRY.match(sent.text)
    country = resolve_country(m.group("country")) if m else None
    if country is None or country == current().home or len(m.group("name").split()) < 2:
        return []
    name = m.group("name").strip(" ,;–-")
    if current().own.in_name(name):
        return []
    start = sent.start + m.start("name")
    town = municipal_town(name)  # "Lemvig Kommune (Danmark)": the municipality is its town
    if town is not None and town in name:
        start += name.index(town)
        return [make_record(ctx, "partner", town, start, start + len(town), (sent.start, sent.end), 0.75,
                            sent.segment, kind=kind, country=country, evidence="list line with its country")]
    return [make_record(ctx, "partner", name, start, start + len(name), (sent.start, sent.end), 0.75, sent.segment,
                        kind=kind, country=country, institution=True, evidence="list line with its country")]


# "Partners: A (Latvia); B (Estonia)": after this label any body with its country is a partner.
_PARTNER_LABEL = re.compile(r"^\W*(?:(?:project\s+|lead\s+|projekt|prosjekt)?partners?|partnere|partnerne|"
                            r"samarbejdspartnere|samarbeidspartnere|samarbetspartners?|"
                            r"(?:associated\s+|coordinating\s+)?beneficiar(?:y|ies))\s*:", re.I)
# "a member of the X Association": a body one is a member of is a membership, not a partner.
_MEMBER_OF = re.compile(r"\b(?:members?\s+of|membership\s+of|medlem\s+a[fv]|medlem\s+i|medlemskab\s+af|"
                        r"medlemskap\s+i)\s+(?:the\s+|det\s+|den\s+)?$", re.I)
# A title or role right before a name: the name is a person's (a surname may spell a town somewhere).
_ROLE_BEFORE = re.compile(r"\b(?:borgmest[ae]r\w*|borgmästar\w*|ordfør\w*|ordför\w*|formand\w*|direktør\w*|"
                          r"rådmand\w*|mayor|councill?or|chairman|chairwoman|chair|director|"
                          r"(?-i:B)ürgermeister\w*|minister|ambassadør|ambassador|professor|dr\.)\s+"
                          r"(?:(?-i:[A-ZÆØÅÄÖÜ])[\w-]+\s+){0,2}$", re.I)
_COMPOSITION = re.compile(r"\b(?:består\s+a[fv]|consists?\s+of|is\s+made\s+up\s+of|medlemmerne\s+er|"
                          r"medlemmarna\s+är|the\s+members\s+are|members\s+include|medlemsbyerne\s+er)\b", re.I)


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


def _partners_in_name(ctx: Context, sent: Sentence, name: str, start: int, kind: str, conf: float, coop: bool,
                      strong: bool) -> list[Record]:
    """Partners in a run of names: 'the City of Bremerhaven, the Province of Drenthe and Aberdeenshire Council' is
    three bodies, each a municipality (its town), an institution or else read as places."""
    if not SEPARATOR.search(name):
        return _partner_from_name(ctx, sent, name, start, kind, conf, coop, strong)
    bodies = [(o, p, _body_abroad(ctx, sent, _strip_article(p), start + o + _article_len(p), kind, conf, strong))
              for o, p in _separated(name)]
    if all(b is None for _o, _p, b in bodies):
        found = _partner_from_name(ctx, sent, name, start, kind, conf, coop, strong)
        unknown = [(o, p) for o, p, _b in bodies if not any(start + o <= r.start < start + o + len(p) for r in found)]
        return found + _municipalities_like_siblings(ctx, sent, start, unknown, found, kind)
    out: list[Record] = []
    unknown = []
    for o, p, body in bodies:
        found = body if body is not None else _partner_from_name(ctx, sent, p, start + o, kind, conf, coop, strong)
        out.extend(found)
        if body is None and not found:
            unknown.append((o, p))
    return out + _municipalities_like_siblings(ctx, sent, start, unknown, out, kind)


# The word a country's municipalities are written with, after their name ("Nord-X kommune", "X kommun").
_MUNICIPALITY_WORD = {"kommune": {"NO", "DK"}, "kommun": {"SE"}}


def _municipalities_like_siblings(ctx: Context, sent: Sentence, start: int, unknown: list[tuple[int, str]],
                                  siblings: list[Record], kind: str) -> list[Record]:
    """'Hamar, Gjøvik og Nord-X kommune': a municipality the index does not know, listed with towns abroad that all
    lie in one country writing its municipality word, lies there too (proposed below the line, 0.65)."""
    countries = {r.fields.get("country") for r in siblings if not r.fields.get("institution")}
    if not unknown or len(countries) != 1:
        return []
    country = next(iter(countries))
    if not country or country == current().home:
        return []
    out = []
    for o, p in unknown:
        at = start + o
        full = extend_name(ctx.text, at + len(p), p)
        word = full[len(p):].strip().lower()
        town = municipal_town(full)
        if town != p or country not in _MUNICIPALITY_WORD.get(word, ()):
            continue
        out.append(make_record(ctx, "partner", town, at, at + len(town), (sent.start, sent.end), 0.65, sent.segment,
                               kind=kind, country=country, evidence="municipality listed with towns of its country"))
    return out


def _separated(name: str) -> list[tuple[int, str]]:
    """The comma/'and'-separated parts of a run of names, with their offsets."""
    out, pos = [], 0
    for sep in SEPARATOR.finditer(name):
        out.append((pos, name[pos:sep.start()]))
        pos = sep.end()
    out.append((pos, name[pos:]))
    return [(o + len(p) - len(p.lstrip()), p.strip()) for o, p in out if p.strip()]


_ARTICLE = re.compile(r"^(?:the|den|det)\s+", re.I)


def _strip_article(part: str) -> str:
    return _ARTICLE.sub("", part)


def _article_len(part: str) -> int:
    m = _ARTICLE.match(part)
    return m.end() if m else 0


def _partner_from_name(ctx: Context, sent: Sentence, name: str, start: int, kind: str, conf: float,
                       coop: bool, strong: bool = False) -> list[Record]:
    span = (sent.start, sent.end)
    if _MEMBER_OF.search(ctx.text[max(0, start - 30):start]):
        return []  # "a member of the X Association": a membership, not a partner
    if _ROLE_BEFORE.search(ctx.text[max(0, start - 40):start]):
        return []  # "borgmester Hanne Bech", "Mayor Anne Paris": a person's name, whatever town it spells
    if _region_of_a_town(ctx.text, start, name) or _region_between(ctx.text, start, name):
        return []  # "Alnwick in X, England", "Town, X, Country": X is the county or province the town lies in
    if _REGION_WORD.search(name) and _TOWN_IN.search(ctx.text[max(0, start - 40):start]):
        return []  # "Qufu in Shandong Province", "Kuressaare i Saare maakond": the region the partner lies in
    if not SEPARATOR.search(name):
        body = _body_abroad(ctx, sent, name, start, kind, conf, strong)
        if body is not None:
            return body
    head = re.split(r"\s+(?:og|and|samt)\s+|,", name)[0]
    one = _ONE_WORD_UNIVERSITY.fullmatch(head) if coop else None
    if one:
        return _one_word_university(ctx, sent, head, start, one.group("town"), kind)
    if coop and lx.INSTITUTION_ABROAD.search(head) and len(head.split()) >= 2:
        # A university, museum or chamber abroad is the partner itself, placed by the city in its name
        # or right after it ("Fondazione Prada, Milano").
        after = _CITY_AFTER.match(ctx.text, start + len(head))
        next_city = foreign_city(after.group(1), around(ctx, sent)) if after else None
        country = next_city.country if next_city else abroad(head, sent.text, around(ctx, sent))
        if country:
            city = next_city or next((c for _o, w in city_pieces(head) if w != head and not is_acronym(w)
                                      and (c := foreign_city(w, around(ctx, sent)))), None)
            place = {"city": city.name, "latitude": city.latitude, "longitude": city.longitude} if city else {}
            rec = make_record(ctx, "partner", head, start, start + len(head), span, 0.65, sent.segment, kind=kind,
                              country=country, institution=True, evidence="institution abroad", **place)
            if next_city is not None:
                rec.end = start + len(head) + after.end() - after.start()  # its seat is part of the mention
            return [rec]
    found, covered = [], []
    listed = bool(SEPARATOR.search(name))
    danish = bool(lx.DANISH_INSTITUTION.search(name))  # "Green Hub Denmark": no town hides in a Danish name
    for offset, piece in city_pieces(name):
        if any(a <= offset < b for a, b in covered) or is_acronym(piece):
            continue
        if ctx.text[start + offset + len(piece):start + offset + len(piece) + 1] == "-":
            continue  # "Børne- og Ungdomsforvaltningen": the first half of a Danish compound
        if (start + offset == sent.start and common_word(piece, 3.0) and not (strong and foreign_word(piece))
                and (not _list_line(sent) or _VERB_NEXT.match(ctx.text, start + offset + len(piece)))):
            continue  # a capitalised word of the language opening a sentence (Måden ..., Reisen gikk ...)
        before = ctx.text[max(0, start + offset - 80):start + offset]
        if EMBASSY.search(before) or (before.endswith("(") and not _country_before_bracket(before)):
            continue  # where a Danish embassy sits is not a partner; Tshwane (Pretoria) is one city
        if _only_a_place(ctx.text[max(sent.start, start + offset - 80):start + offset], piece, name):
            continue
        lies = _WHERE_A_TOWN_LIES.search(before)
        if lies and not common_word(lies.group("town"), 3.0):
            continue  # "Kärdla på ön X i Estland", "Town on the island of X": where the town lies, no partner
        city = foreign_city(piece, around(ctx, sent), strong)
        if city is None and strong:
            unknown = unknown_town(ctx.text, start + offset, piece)
            if unknown is not None:
                s = start + offset
                covered.append((offset, offset + len(piece)))
                found.append(make_record(ctx, "partner", piece, s, s + len(piece), span, 0.7, sent.segment,
                                         country=unknown, kind=kind, evidence="town with its country, twin-town cue"))
                continue
        if (city is not None and piece != name and not listed and len(piece.split()) == 1
                and _country_line_after(name, offset, piece) != city.country
                and (city.population < 100_000 or english_or_danish_word(piece) or danish)):
            city = None  # one word of a longer name (Petit Palais, Green Hub Denmark) is rarely a town
        if city is not None:
            s = start + offset
            covered.append((offset, offset + len(piece)))
            found.append(make_record(ctx, "partner", piece, s, s + len(piece), span, conf, sent.segment,
                                 country=city.country, kind=kind, city=city.name, latitude=city.latitude,
                                 longitude=city.longitude, evidence="list line under a twin-town cue"
                                 if _list_line(sent) and (strong or not coop) else "city in cooperation context"))
    if found:
        return found
    placed = _COUNTRY_AFTER.match(ctx.text, start + len(name))
    if coop and placed and len(name.split()) >= 2 and (lx.INSTITUTION_WORDS.search(name) or MUNICIPAL.search(name)
                                                        or lx.INSTITUTION_ABROAD.search(name)
                                                        or _PARTNER_LABEL.match(sent.text)):
        country = resolve_country(placed.group(1))
        if country and country != current().home:  # "Gemeente Texel (Netherlands)", "X University, Finland"
            return [make_record(ctx, "partner", name, start, start + len(name), span, 0.65, sent.segment,
                                kind=kind, country=country, institution=True, evidence="institution with its country")]
    name = re.split(r"\s+(?:og|and|samt)\s+", name)[0]
    institution = coop and lx.INSTITUTION_WORDS.search(name)
    country = abroad(name, sent.text, around(ctx, sent)) if institution else None
    if country and len(name.split()) >= 2:
        return [make_record(ctx, "partner", name, start, start + len(name), span, 0.6, sent.segment, kind=kind,
                        country=country, evidence="institution in cooperation context")]
    return []


# The last word of a local authority's place that names an area, not a town ("Kilwa District", "Mbale County").
_AREA_WORD = re.compile(r"\s(?:District|County|Rural|Region|Province|Distrikt)$")


def _body_abroad(ctx: Context, sent: Sentence, name: str, start: int, kind: str, conf: float,
                 strong: bool) -> list[Record] | None:
    """A municipality or an institution named with its town: the municipality is its town ('Åbo stad' -> Åbo), the
    institution is itself ('Tartu universitet'); [] when it is at home, None when name is neither."""
    span, around_ = (sent.start, sent.end), around(ctx, sent)
    full = extend_name(ctx.text, start + len(name), name)
    if national_body(full):
        return []  # an association of the home country's local authorities
    if current().own.in_name(full):
        return []  # the document's own town or a body of it (Tallbacka Vatten AB, Twin Town Association of X)
    town = municipal_town(full)
    if town is not None:
        town = genitive_town(town, city_candidates)
        hits = city_candidates(town)
        if hits and hits[0].country == current().home and not countries_in(around_) - {current().home}:
            return []  # a municipality at home (Aalborg Kommune), however it is written
        city = foreign_city(town, around_, strong=True)
        at = start + full.find(town) if town in full else start
        if city is not None:
            return [make_record(ctx, "partner", town, at, at + len(town), span, conf, sent.segment, kind=kind,
                                country=city.country, city=city.name, latitude=city.latitude,
                                longitude=city.longitude, evidence="municipality abroad")]
        if hits:
            return []  # a town of the home country
        after = COUNTRY_NEXT.match(ctx.text, start + len(full))
        country = resolve_country(after.group(1)) if after else None
        if country and country != current().home:
            if _AREA_WORD.search(town) and full.startswith(town):
                town, at = full, start  # "X District Council": a district is no town, its council is named whole
            return [make_record(ctx, "partner", town, at, at + len(town), span, 0.65, sent.segment, kind=kind,
                                country=country, evidence="municipality abroad with its country")]
        return None
    if len(full.split()) < 2 or not INSTITUTION.search(full):
        return None
    country = abroad(full, sent.text, around_)
    if country is None:
        return [] if lx.DANISH_INSTITUTION.search(full) or home_town_in(full) else None
    city = next((c for _o, w in city_pieces(full) if w != full and not is_acronym(w)
                 and (c := foreign_city(w, around_, strong=True))), None)
    place = {"city": city.name, "latitude": city.latitude, "longitude": city.longitude} if city else {}
    return [make_record(ctx, "partner", full, start, start + len(full), span, 0.65, sent.segment, kind=kind,
                        country=country, institution=True, evidence="institution abroad", **place)]


# Before a place that is only a direction or a distance: "40 km nord for", "south of", "near", "nära".
_DIRECTION = re.compile(
    r"(?:\b(?:nord|syd|øst|vest|north|south|east|west|norr|söder|öster|väster|sør|aust)(?:-?\w+)?\s+"
    r"(?:for|of|om|fra|från|af)|\b(?:nær|nära|nærheden\s+af|near|close\s+to|outside|uden\s*for|utanför|utenfor|"
    # "on the estuary opposite X", "just across the border from X", "over for X", "mitt emot X", "next to X"
    r"opposite|across\s+(?:\w+\s+){0,3}?from|overfor|over\s+for|mitt\s+emot|midt\s+imot|gegenüber|next\s+to|"
    r"ved\s+siden\s+af|bredvid|beside|"
    # transit: "travelled via X", "rejste via X" (and each town after it: "via A, B og C"), "a stopover in X"
    r"(?:via|über)(?:\s+(?-i:[A-ZÆØÅÄÖÜ@0])[\w@'’.-]*(?:\s+(?-i:[A-ZÆØÅÄÖÜ])[\w'’-]*)?\s*(?:,|\s(?:og|and|och|und|et|samt)))*|"
    r"stop-?over\s+in|mellemlanding\s+i|mellanlandning\s+i|mellomlanding\s+i|transit\s+(?:in|through))|"
    r"\b\d+\s*(?:km|kilometer|kilometres?|mil|miles)\s+(?:[a-zæøåäö]+\s+){0,2}(?:fra|from|från|of|for|til|to))\s*$",
    re.I)
# Before a place that is only a venue, a seat or an office: "the conference in Brussels", "an office in".
_VENUE = re.compile(
    r"\b(?:\w*(?:møde|møte|möte|mötet|meeting|konferen[cs]e|conference|seminar|workshop)\w*|summit|topmøde\w*|"
    r"kongres\w*|congress\w*|"
    r"messe\w*|kontor\w*|office\w*|afdeling\w*|filial\w*|branch\w*|sekretariat\w*|headquarter\w*|hovedkontor\w*|"
    r"based|baseret|located|beliggende|held|holdt|afholdt|holdes|afholdes|avholdes|hålls|took\s+place|"
    r"fandt\s+sted|hölls|lander|lands?|landed|kick-?off|opstart\w*|oppstart\w*|uppstart\w*|launch\w*|"
    r"sejler|sails?|flyver|flights?)\b[^.;:]{0,40}?\b(?:i|in|på|at|til|to)\s*$", re.I)
COMPANY_FORMS = {"a/s", "aps", "ab", "gmbh", "ltd", "oy", "oyj", "as", "asa", "oü", "sia", "uab", "bv", "nv", "sa",
                 "inc", "llc", "plc", "k/s", "i/s", "ag", "se", "srl", "spa", "sp. z o.o."}


# A partner town, then the region it lies in: "Qufu in Shandong Province", "Gniew w województwie pomorskim".
_REGION_WORD = re.compile(r"\b(?:province|provinz|provincie|provincia|provinsen|county|oblast|region|regionen|"
                          r"prefecture|präfektur|län|fylke|amt|landkreis|kreis|voivodeship|województwo|maakond|"
                          r"département|departement|comarca|bundesland|state|canton|kanton)\b", re.I)
_TOWN_IN = re.compile(r"\b(?-i:[A-ZÆØÅÄÖ])[\w'’-]+\s+(?:in|i|im|w|en)\s+(?:the\s+)?$", re.I)


# A town, then the island or region it lies on: "Kärdla på ön ", "Lerwick på ", "Town on the island of ".
_WHERE_A_TOWN_LIES = re.compile(r"\b(?P<town>[A-ZÆØÅÄÖ][\w'’-]+)\s+(?:på|on|auf|sur)\s+"
                                r"(?:(?:ön|øen|øya|øyna|the\s+(?:island|isle)\s+of|der\s+(?:Insel|Halbinsel)|"
                                r"l'île\s+de)\s+)?$")


# A person's title or role right before a name: the name is a person's ("borgmester Lone Friis", "Cllr Ann Hale").
_PERSON_TITLE = re.compile(r"\b(?:borgmester|borgmästare|ordfører|ordförande|ordfører|rådmand|rådman|kommunalråd|"
                           r"kommunaldirektør|kommundirektör|rådmann|direktør|direktör|formand|forkvinde|næstformand|"
                           r"minister|ambassadør|ambassadör|konsul|mayor|deputy\s+mayor|councillor|cllr\.?|"
                           r"alderman|director|chair(?:man|woman|person)?|chief\s+executive|professor|prof\.|dr\.|"
                           r"mr\.?|mrs\.?|ms\.?|hr\.|fru|herr|leder|ledare|chef|projektleder|projektledare|"
                           r"prosjektleder|koordinator|coordinator|sagde|siger|sier|säger|says|said)\s+$", re.I)


def _only_a_place(before: str, piece: str, name: str) -> bool:
    """A place named as a direction, a venue or a company's seat, a company form, or a word of a programme's
    name (Interreg Aurora): not a partner."""
    if piece.lower() in COMPANY_FORMS or _DIRECTION.search(before) or _VENUE.search(before):
        return True
    if _PERSON_TITLE.search(before):
        return True  # "borgmester Lone Friis", "Mayor Anna Berg": a person's name, not a town
    programme = lx.find_programme(name)
    return bool(programme) and piece != name and piece.lower() in name.lower() and len(name.split()) <= 4


# After a sentence's first word, a lower-case word that is no preposition: the sentence goes on ("Reisen gikk via"),
# where a list line goes on with its country ("Ribe i Danmark", "Ribe, Danmark", "Ribe (Danmark)").
_VERB_NEXT = re.compile(r"\s+(?!(?:i|in|på|im|on)\b)[a-zæøåäöü]{2,}\b")


# "X-universitetet", "Xuniversitetet", "X-högskolan": a university named in one word after its town.
_ONE_WORD_UNIVERSITY = re.compile(r"(?P<town>[A-ZÆØÅÄÖÜ][\w]+?)-?(?:universitet(?:et)?|universitetu|högskolan|"
                                  r"høgskolen|høgskulen|hochschule)")
# "... i Finland", "(Finland)", ", Finland" right after the name.
_IN_COUNTRY = re.compile(r"\s*(?:\(|,\s*|\s(?:i|in|im)\s+)([A-ZÆØÅÄÖ][\w]+(?:\s[A-Z][\w]+)?)")


def _one_word_university(ctx: Context, sent: Sentence, name: str, start: int, town: str, kind: str) -> list[Record]:
    """A university named in one word after its town: a partner abroad of its own, placed in its town's country."""
    city = foreign_city(town, around(ctx, sent), strong=True)
    if city is not None and (city.name != town or city.population < 20_000):
        city = None  # a village spelt nearly so is no university town; the word may be a person's (a founder's)
    after = _IN_COUNTRY.match(ctx.text, start + len(name))
    country = resolve_country(after.group(1)) if after else None
    country = country or (city.country if city else None)
    if not country or country == current().home or (city and city.country != country):
        return []
    place = {"city": city.name, "latitude": city.latitude, "longitude": city.longitude} if city else {}
    return [make_record(ctx, "partner", name, start, start + len(name), (sent.start, sent.end), 0.65, sent.segment,
                        kind=kind, country=country, institution=True, evidence="university abroad named after its town",
                        **place)]


def _country_line_after(name: str, offset: int, piece: str) -> str | None:
    """'Town\\nCountry' of a list copied from a web page: the rest of the name is the town's country, not more name."""
    rest = name[offset + len(piece):].strip(" ,\n")
    return resolve_country(rest) if offset == 0 and rest else None


def _list_line(sent: Sentence) -> bool:
    """A list item or a short line of a list: it opens with a name ("Ringkøbing, Danmark – sedan 1947")."""
    return sent.segment.kind == "item" or len(sent.text.split()) <= 8


_TOWN_BEFORE = re.compile(r"\b(?-i:[A-ZÆØÅÄÖ])(?P<town>[\w'’-]+)\s+(?:in|i|im|en)\s+$", re.I)


def _region_of_a_town(text: str, start: int, name: str) -> bool:
    """A name between a proper name with 'in' and a country: 'Town in Region, Country' names where the town lies."""
    before = _TOWN_BEFORE.search(text[max(0, start - 40):start])
    after = _COUNTRY_AFTER.match(text, start + len(name))
    if not before or not after or not resolve_country(after.group(1)) or resolve_country(name):
        return False
    town = text[max(0, start - 40):start][before.start():before.start("town") + len(before.group("town"))]
    return not english_or_danish_word(town) and not common_word(town, 3.0)


_WORD_BEFORE_BRACKET = re.compile(r"([A-ZÆØÅÄÖ][\w-]+)\s*\($")


def _country_before_bracket(before: str) -> bool:
    """'vänorter i Norge (X)': the word before the bracket is a country, so X is a town in it, not a gloss."""
    m = _WORD_BEFORE_BRACKET.search(before)
    return bool(m) and resolve_country(m.group(1)) is not None


_TOWN_COMMA_BEFORE = re.compile(r"([A-ZÆØÅÄÖÜ][\w'’-]+),\s*$")


def _region_between(text: str, start: int, name: str) -> bool:
    """'Bad Salzdetfurth, Lower Saxony, Germany': a name between a town with a comma and a country is its region
    (not in 'Kuopio, Finland, Tartu, Estonia', where a country stands before it)."""
    before = _TOWN_COMMA_BEFORE.search(text[max(0, start - 40):start])
    if not before or resolve_country(before.group(1)) or resolve_country(name) or SEPARATOR.search(name):
        return False
    after = re.match(r"\s*,\s*([A-ZÆØÅÄÖ][\w]+(?:\s[A-ZÆØÅÄÖ][\w]+)?)", text[start + len(name):start + len(name) + 40])
    if after and resolve_country(after.group(1)) is not None:
        return True
    # A line (a list item) that opens with its town: "Comune di X, Region (Italy) – ...", "X, Region (Spain)".
    bracket = re.match(r"\s*\(([A-ZÆØÅÄÖ][\w]+(?:\s[A-ZÆØÅÄÖ][\w]+)?)\)",
                       text[start + len(name):start + len(name) + 40])
    line = text[text.rfind("\n", 0, start) + 1:start]
    return bool(bracket) and resolve_country(bracket.group(1)) is not None and bool(_TOWN_OPENS_LINE.match(line))


_TOWN_OPENS_LINE = re.compile(r"^\s*(?:[-•*]\s*)?(?:(?:Comune|Ayuntamiento|Concello|Gmina|Municipality|Town|City|"
                              r"Commune|Ville|Stadt|Gemeente|Gemeinde|Kommune|Kommun)\s+(?:(?:di|de|of|du)\s+)?)?"
                              r"[A-ZÆØÅÄÖÜ][\w'’-]+(?:\s[A-ZÆØÅÄÖÜ][\w'’-]+)?,\s*$")


_COUNTRY_AFTER = re.compile(r"\s*(?:\(|,\s*)([A-ZÆØÅ][\w]+(?:\s[A-Z][\w]+)?)\)?")
_CITY_AFTER = re.compile(r"\s*,\s*([A-ZÆØÅÄÖÜ][\w-]+(?:\s[A-ZÆØÅÄÖÜ][\w-]+)?)")


