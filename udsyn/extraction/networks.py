"""Memberships of networks and organisations: a membership cue, a network word in the name, a list after
"netværk som ...", or a well-known network (lexicon.KNOWN_NETWORKS)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .context import Context, Sentence, denied_section, make_record
from .gazetteer import fold, resolve_country
from .homebodies import HOME_BODY, LOCAL_BODY, home_body
from .language import current
from .model import Record
from .names import common_word, is_acronym, looks_proper, name_at, name_running_on, proper_names
from .ocr import zipf
from .places import english_or_danish_word, foreign_city
from .projects import PROJECT_WORD, make_project

# Political bodies that carry a network word but are not memberships.
NOT_NETWORKS = {"european union", "den europaeiske union", "european council", "european parliament",
                "eu", "security council", "nordic council of ministers"}


def has_network_head(name: str) -> bool:
    last = name.split()[-1].lower() if name.split() else ""
    return last in lx.NETWORK_HEADS or last.endswith(("forum", "netværk", "network", "alliance"))


# ---------------------------------------------------------------- networks
def _known_network_re() -> re.Pattern:
    parts = []
    for key in sorted(lx.KNOWN_NETWORKS, key=len, reverse=True):
        canon = lx.KNOWN_NETWORKS[key]
        if is_acronym(canon) and len(key) <= 6:
            parts.append(r"(?-i:" + re.escape(key.upper()) + r")")
        else:  # "Union of the Baltic Cities" is the Union of Baltic Cities
            parts.append(re.escape(key).replace(r"of\ ", r"of\ (?:the\ )?"))
    return re.compile(r"(?<![\w-])(" + "|".join(parts) + r")(?![\w])", re.I)


_KNOWN_RE = _known_network_re()
_ADJECTIVES = (r"internationale|europæiske|globale|nordiske|international|european|global|nordic|internationella|"
               r"europeiska|globala|nordiska|internasjonale|europeiske")
# A month before a year after a cue: "tilsluttede sig i marts 2025 X", "joined in March 2025 X".
_MONTHS = (r"(?i:januar[iy]?|februar[iy]?|marts|mars|march|april|maj|mai|may|juni|june|juli|july|august[i]?|"
           r"september|oktober|october|november|december|desember)")
_NET_TRIGGER = re.compile(r"(?:bynetværk\w*|netværk\w*|network|medlem af|member of|[Mm]edlemskab(?:et)? af|"
                          r"medlem i|medlem av|[Mm]edlemskap(?:et)? i|member in|[Mm]embership of|joined|"
                          r"tilsluttet sig|tilsluttede sig|tilslutning til|anslutit sig till|anslöt sig till|"
                          r"nätverket|nettverket|(?:er|är|blev|ble|var|være|været|vært)\s+(?:\w+\s+)?med\s+i|"
                          r"deltagelse i|deltager i|engageret sig i|indgår i|"
                          # admitted or signed up: "optaget i X", "meldt sig ind i X", "admitted to X"
                          r"optag(?:et|en|es)\s+(?:som\s+medlem\s+)?i|antagits\s+(?:som\s+medlem\s+)?i|"
                          r"tatt\s+opp\s+(?:som\s+medlem\s+)?i|admitted\s+(?:as\s+a\s+member\s+)?(?:to|of)|"
                          r"meld\w*\s+(?:sig|seg)\s+(?:ind|inn)\s+i|"
                          # German with its article: "Mitglied im X", "Mitglied der/des X", "in der X", "beim X"
                          r"[Mm]itglied(?:schaft)?\s+(?:im|in\s+der|in|beim|bei|der|des)|"
                          # a membership fee paid to it: "the annual subscription to the X", "kontingent til X"
                          r"(?:annual\s+|yearly\s+)?subscription\s+to|membership\s+fee\s+(?:to|for|of)|"
                          r"(?:års|medlems)?kontingent(?:et)?\s+til|(?:års|medlems)?avgift(?:en)?\s+till?|"
                          r"medlemsavgift(?:en)?\s+(?:för|for)|"
                          r"(?:are|is)\s+(?:also\s+)?(?:a\s+)?part\s+of)\s+"
                          # "tilsluttede sig i 2021 X", "member since 2019 of X", "medlem også af X"
                          r"(?:(?:i|in|år|siden|sedan|since)\s+(?:(?:\d{1,2}\.?\s+)?" + _MONTHS + r"\s+)?\d{4},?\s+|"
                          r"(?:også|også|också|desuden|dessutom|"
                          r"derudover|also)\s+)?(?:the\s+|det\s+|den\s+|de\s+)?"
                          # an adjective before the name, not the first word of it ("Nordic Safe Cities")
                          r"(?:(?:" + _ADJECTIVES + r")\s+|(?i:" + _ADJECTIVES + r")\s+(?![A-ZÆØÅ])){0,2}"
                          r"(?:for\s+(?:[a-zæøå]+\s+){1,4})?"
                          r"(?:EU-programmet\s+)?(?=[A-ZÆØÅ])")
_NET_LIST = re.compile(r"(?<![A-Z]\w\w\w )(?:netværk\w*|networks?|medlemskaber)\b[^.:]{0,30}?"
                       r"\b(?:er|are|som|såsom|:)\s+"
                       r"(?:bl\.\s?a\.\s+|blandt andet\s+|f\.\s?eks\.\s+|fx\s+|e\.g\.\s+)?")
_PLURAL_NET = re.compile(r"[\s-]+(?:networks|netværk(?:ene|erne)|nätverken|nettverkene|organisations|organizations)\b",
                         re.I)
_OWNERS_NETWORK = re.compile(r"(?:['’]s)?\s+(?:[a-zæøåäö][\w-]*\s+){0,2}?(?:networks?|netværk\w*|nätverk\w*|"
                             r"nettverk\w*)\b")


def _owners_network(text: str, at: int, name: str) -> int | None:
    """Where 'X's (international) network' ends when the name after a cue is its owner in the genitive, else None."""
    possessive = re.search(r"['’]s$", name) or text.startswith(("'s", "’s"), at + len(name))
    if not possessive or name.lower().rstrip("'’s") in lx.KNOWN_NETWORKS:
        return None
    m = _OWNERS_NETWORK.match(text, at + len(name))
    return m.end() if m else None
_NAME_BEFORE_NET = re.compile(r"(\b[A-Z][\w+]*(?:\s+[A-Z][\w+]*)*)[ -](?:netværk(?:et)?|network)\b")


# Every network rule below needs one of these in the sentence (lower case); most sentences have none.
_NET_KEYS = ("netværk", "network", "medlem", "member", "deltag", "engageret", "indgår", "med i", "joined", "tilslut",
             "mitglied", "optag", "antagits", "tatt opp", "admitted", "meldt", "meldte",
             "anslut", "nätverk", "nettverk", "subscription", "kontingent", "avgift", *lx.KNOWN_NETWORKS)
_HEAD_KEYS = (*lx.NETWORK_HEADS, "forum", "netværk", "network", "alliance")


def network_records(ctx: Context) -> list[Record]:
    out: list[Record] = []
    denied: set[str] = set()
    for k, sent in enumerate(ctx.prose):
        found = _network_in_sentence(ctx, sent)
        if not found:
            continue  # nothing named, so nothing to keep or deny: the hedges (nine keyed patterns) need not be read
        if _no_member_next(ctx, k):
            # "Staff attended X's conference as guests. We are not a member of the commission.": X only named
            weak = [r for r in found if r.fields.get("evidence") in _WEAK]
            denied.update(fold(r.name or "") for r in weak)
            found = [r for r in found if r not in weak]
        hedge = lx.HEDGES.search(sent.text)
        if hedge or denied_section(sent.segment):
            # "ikke medlem af X", "left X in 2022": X is no membership, here or where it is merely named; a name in
            # a clause of its own before the hedge keeps its membership ("med i X, og vurderer medlemskap i Y").
            hedges = lx.HEDGES.starts(sent.text) if hedge else []
            kept = [r for r in found if hedges and _own_clause(sent.text, r.end - sent.start, hedges)]
            denied.update(fold(r.name or "") for r in found if r not in kept)
            if denied_section(sent.segment):
                continue
            found = kept
        out.extend(r for r in found if not _inside_a_network(ctx, sent, r) and not _an_event(sent, r))
    out = [r for r in out if not _through_national(ctx.text, r)]
    return [r for r in out if not (fold(r.name or "") in denied and r.fields.get("evidence") in _WEAK)]


# The next sentence says the municipality is no member of the body just named, by its head noun or a pronoun
# ("... is not a member of the commission", "Kommunen er ikke medlem af netværket", "Vi är inte medlemmar i det").
_NO_MEMBER_OF_IT = re.compile(
    r"\b(?:ikke|inte|ikkje|not)\s+(?:\w+\s+){0,2}?(?:medlem\w*|members?)\s+(?:af|i|av|of|in)\s+(?:the\s+|this\s+)?"
    r"(?:[\wæøåäö-]*(?:netværket|nätverket|nettverket|nettverket|foreningen|föreningen|organisationen|"
    r"organisasjonen|kommissionen|kommisjonen|alliancen|alliansen|sammenslutningen)|commission|network|"
    r"association|organi[sz]ation|alliance|forum|it|them|den|det|dem|dei)\b", re.I)


def _no_member_next(ctx: Context, k: int) -> bool:
    if k + 1 >= len(ctx.prose) or ctx.prose[k + 1].segment is not ctx.prose[k].segment:
        return False
    return bool(_NO_MEMBER_OF_IT.search(ctx.prose[k + 1].text))


# A body of the home country that holds a membership on the municipalities' behalf ("følger CEMR gennem KL",
# "through the LGA's membership of CEMR", "via SKR:s medlemskap i CEMR").
_NATIONAL_HOLDER = (r"(?:KL|SKR|KS|LGA|NALC|COSLA|Kommunernes\s+Landsforening|Sveriges\s+Kommuner\s+och\s+Regioner|"
                    r"Local\s+Government\s+Association|(?:the\s+)?national\s+association\w*|landsforening\w*)")
_THROUGH_AFTER = re.compile(r"^[^.;:]{0,40}?\b(?i:via|gennem|igennem|genom|gjennom|through)\s+"
                            r"(?i:the\s+|det\s+|den\s+)?" + _NATIONAL_HOLDER + r"(?![\w-])")
_HOLDER_BEFORE = re.compile(_NATIONAL_HOLDER + r"(?:['’]s|s|:s)?\s+(?:medlemskab|medlemskap|membership)\s+"
                            r"(?:af|i|av|of|in)\s+(?:the\s+)?$")


_THROUGH_BEFORE = re.compile(r"\b(?i:via|gennem|igennem|genom|gjennom|through)\s+(?i:the\s+|det\s+|den\s+)?"
                             + _NATIONAL_HOLDER + r"(?![\w-])[^.;:]{0,80}$")


def _through_national(text: str, rec: Record) -> bool:
    """The municipality takes part through its national association, which is the member (not a membership)."""
    return bool(_THROUGH_AFTER.search(text[rec.end:rec.end + 120])
                or _HOLDER_BEFORE.search(text[max(0, rec.start - 80):rec.start])
                or _THROUGH_BEFORE.search(text[max(0, rec.start - 120):rec.start]))


_MEMBERSHIP_TALK = re.compile(r"medlem|member|netværk|nettverk|nätverk|network", re.I)
_CLAUSE_BREAK = re.compile(r",\s+(?:og|and|och|men|but|mens|while|samt)\s|;\s|\s(?:men|but)\s")


def _own_clause(text: str, end: int, hedges: list[int]) -> bool:
    """Every hedge comes after the name, with a clause boundary between them."""
    return hedges[0] >= end and bool(_CLAUSE_BREAK.search(text, end, hedges[0]))


# Evidence that names a network without a membership cue of its own sentence.
_WEAK = {"known network", "network word in name", "named network"}
_SUB_BODY = re.compile(r"(?:forum|fora|board|working\s+group|workgroup|task\s+force|committee|commission|kommission|"
                       r"arbejdsgruppe\w*|udvalg\w*|arbetsgrupp\w*|arbeidsgruppe\w*|group|panel)$", re.I)


_HELD = re.compile(r"^[^.;]{0,30}?\b(?:der|som|which|that)\s+(?:afholdes|holdes|arrangeres|finder\s+sted|is\s+held|"
                   r"takes\s+place|hålls|arrangeras|avholdes)\b", re.I)


def _an_event(sent: Sentence, rec: Record) -> bool:
    """'... Business Forum, der afholdes hvert 2. år': a forum held as an event, not a body one is a member of."""
    return bool(_HELD.search(sent.text[rec.end - sent.start:]))


def _inside_a_network(ctx: Context, sent: Sentence, rec: Record) -> bool:
    """A forum, board or working group of a network ("Eurocities Mobility Forum", the forums under an
    "EUROCITIES" heading) is a detail of that membership, not a membership of its own."""
    name = rec.name or ""
    if not _SUB_BODY.search(name):
        return False
    own = fold(name)
    if own.endswith("network"):
        return False
    at = rec.start - sent.start
    owner = re.search(r"(\S+?)(?:['’]s?|s)?\s+$", sent.text[max(0, at - 40):at])  # "Eurocities' Culture Forum"
    through = _THROUGH.search(sent.text[:at])  # "Through Eurocities the municipality takes part in the X Forum"
    around = [*sent.segment.path[-1:], name, owner.group(1) if owner else "", through.group(1) if through else ""]
    return any(fold(m.group()) != own for text in around for m in _KNOWN_RE.finditer(text))


_THROUGH = re.compile(r"\b(?:through|via|gennem|genom|gjennom|i\s+regi\s+af|within|inden\s+for|innenfor|inom)\s+"
                      r"(?:the\s+|det\s+|den\s+)?(\S+(?:\s+\S+){0,4})", re.I)
_KIND_SUFFIX = re.compile(r"(?<=\w)-(?:bevægelse\w*|bevegelse\w*|rörelse\w*|movement|netværk\w*|nätverk\w*|"
                          r"nettverk\w*|network|samarbejde\w*|initiativ\w*|koalition\w*)$", re.I)


def _net(ctx: Context, sent: Sentence, name: str, offset: int, conf: float, why: str,
         length: int | None = None) -> Record:
    lead = _CUE_OPENS.match(name) if length is None else None  # "... und Mitglied der B": B after its own cue
    if lead:
        name, offset = name[lead.end():], offset + lead.end()
    start = sent.start + offset
    end = start + (len(name) if length is None else length)  # where the name stands in the text
    # A well-known network written with or without "the" gets its usual name (Union of the Baltic Cities).
    name = _KIND_SUFFIX.sub("", name)  # "Cittaslow-bevægelsen", "Cittaslow-netværket": the name is Cittaslow
    name = lx.GERMAN_KIND.sub("", name)  # "Netzwerk Energy Cities", "Städtebund Die Hanse": a German noun before it
    if current().lang == "de":
        # "Mitglied der Europäischen Route der X", "in der Neuen X": the name in the nominative
        name = _GERMAN_WEAK_ADJECTIVE.sub(r"\1", name)
    name = lx.KNOWN_NETWORKS.get(re.sub(r"\bthe\s+", "", " ".join(name.lower().split())), name)
    acronym = _ACRONYM_AFTER.match(ctx.text, end)  # "Conference of Peripheral Maritime Regions (CPMR)"
    fields = {"acronym": acronym.group(1)} if acronym and len(name.split()) >= 2 else {}
    return make_record(ctx, "network", name, start, end, (sent.start, sent.end), conf, sent.segment, evidence=why,
                       **fields)


# A German adjective (-isch, -lich, -ig, -al, neu ...) after a dative or genitive article ends in -en; in the name in
# -e (a noun ending in -en keeps it).
_GERMAN_WEAK_ADJECTIVE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]*(?:sch|lich|ig|al|är|iv|eu|ell)e)n(?=\s+[A-ZÄÖÜ])")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÆØÅ][A-ZÆØÅ0-9+&-]{1,11})\)")
# "X, a three-year project", "X, et EU-projekt om ...", "X, som er et Interreg-projekt": what the name is.
_CALLED_A_PROJECT = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:(?:which|that|som|der)\s+(?:is|er|är)\s+)?"
                               r"(?:an?|et|ett|en|the)\s+(?:[\w+-]+\s+){0,3}?[\w+-]*(?:project|projekt|prosjekt)\w*\b",
                               re.I)


_NATIONAL = re.compile(r"\b(?:nationale?|nationella|nasjonale|national|danske|svenska|norske|landsdækkende|"
                       r"rikstäckande|landsomfattende)\s+(?:netværk\w*|nätverk\w*|nettverk\w*|networks?|"
                       r"organisation\w*|organisasjon\w*|organizations?|foreninger|föreningar)", re.I)
def _network_in_sentence(ctx: Context, sent: Sentence) -> list[Record]:
    # Bodies of the home country (Dansk ..., Sveriges ..., KS) and networks a sentence calls national are not
    # international memberships, unless they are well-known international networks.
    home = HOME_BODY.get(current().home, lx.DANISH_INSTITUTION)
    found = _network_candidates(ctx, sent)
    if not found:
        return []  # most sentences: the two sentence-wide patterns below need not be read
    national = bool(_NATIONAL.search(sent.text))
    out = [r for r in found
           if not home_body(r.name or "", home) and not (national and r.fields.get("evidence") != "known network")]
    # "Projektet er støttet af Climate-KIC, EU's Big Buyers netværk og ICLEI": funders, not memberships.
    funder = _FUNDED_BY.search(sent.text) if out else None
    if funder:
        out = [r for r in out if r.start < sent.start + funder.start()]
    return out


_PROJECT_WORD_BEFORE = re.compile(r"(?:^|[\s-])(?:projekt|prosjekt|project)(?:et)?\s+(?=[A-ZÆØÅ])", re.I)
_NET_WORD_AFTER = re.compile(r"-?(?:netværket|nätverket|nettverket|network|netværk|nätverk|nettverk)\b", re.I)
_CUE_OPENS = re.compile(r"^(?:Mitglied(?:schaft)?\s+(?:im|in\s+der|in|beim|bei|der|des)|Member\s+of(?:\s+the)?|"
                        r"Medlem\s+a[fv])\s+(?=[A-ZÆØÅÄÖÜ])")
_NEXT_CUE = re.compile(r"\s+(?:und|and|og|och)\s+(?:Mitglied|Member|Medlem)\b.*$", re.S)
_FUNDED_BY = re.compile(r"\b(?:støttet|finansieret|medfinansieret|sponsoreret)\s+af\b|\b(?:funded|supported|"
                        r"sponsored)\s+by\b", re.I)


_WORKS_WITH = re.compile(r"\b(?:with|med|tillsammans\s+med|in\s+(?:co-?operation|partnership)\s+with|organi[sz]ed\s+by|"
                         r"arrangeret\s+af|arrangerad\s+av|hosted\s+by|funded\s+by|støttet\s+af|finansieret\s+af|"
                         r"finansierad\s+av)\s+(?:the\s+|det\s+|den\s+)?$", re.I)
# A new clause between a membership cue and a name: "..., og borgmesteren holdt", "og deltog i", "; ", "men".
_NEW_CLAUSE = re.compile(r",\s+(?:og|and|och|samt|men|but)\s+(?-i:[a-zæøåäö])|;\s|\s(?:men|but)\s|"
                         r"\s(?:og|and|och)\s+(?-i:[a-zæøåäö])\w+\s+(?-i:[a-zæøåäö])", re.I)
_LOWER_WORD = re.compile(r"(?<![\w.])(?-i:[a-zæøåäö])[a-zæøåäö]{2,}\b")


def _cue_reaches(text: str, start: int) -> bool:
    """A membership cue in the sentence that is about the name at start: the cue is after it, or before it with no new
    clause between (a conference, meeting or report of another clause names a body the cue is not about)."""
    cues = list(_MEMBER_CUE.finditer(text, 0, start))
    if not cues:
        return bool(_MEMBER_CUE.search(text, start))
    gap = text[cues[-1].end():start]
    if _NEW_CLAUSE.search(gap):
        return False
    # "Som medlem af A læste kommunen en rapport fra X": a name, then a clause of its own before this one
    first_name = re.search(r"(?-i:[A-ZÆØÅÄÖ])", gap)
    return not (first_name and len(_LOWER_WORD.findall(gap[first_name.start():])) >= 3)


_MEMBER_CUE = re.compile(r"medlem|member|tilslut|anslut|joined|mitglied|optag|antagits|tatt\s+opp|admitted|"
                         r"meld\w*\s+(?:sig|seg)\s+(?:ind|inn)", re.I)
# "optaget i X" is said of plans and budgets too: a membership only of a network by its name or word.
_ADMITTED = re.compile(r"^(?:optag|antagits|tatt\s+opp)", re.I)
_MEMBER_WORD = re.compile(r"medlem|member", re.I)  # "optaget som medlem i X" says it outright
_JOINING = re.compile(r"^(?:optag|antagits|tatt\s+opp|admitted|meld)", re.I)
# Who joined: the municipality, its council, a unit or school of it, or the town by its own name.
_HOME_SUBJECT = re.compile(r"\b(?:kommun\w*|byen|staden|byrådet|kommunalbestyrelsen|kommunestyret|vi|we|our|"
                           r"council|town|city|municipality|\w*forvaltning\w*|\w*skole[nr]?|\w*skola[n]?|"
                           r"\w*skule[n]?)\b", re.I)


def _a_network_by_name(text: str, part: str, end: int) -> bool:
    return bool(is_acronym(part) or has_network_head(part) or _KIND_SUFFIX.search(part)
                or part.lower() in lx.KNOWN_NETWORKS or _NET_WORD_AFTER.match(text, end))


def _home_subject(before: str) -> bool:
    return bool(_HOME_SUBJECT.search(before)) or current().own.in_name(before)


def _network_candidates(ctx: Context, sent: Sentence) -> list[Record]:
    out, text = [], sent.text
    low = text.lower()
    if not any(map(low.__contains__, _NET_KEYS)):  # map: no Python frame per key
        return _networks_by_name(ctx, sent)  # no network word and no known network: only names can tell
    for m in (_KNOWN_RE.finditer(text) if any(map(low.__contains__, lx.KNOWN_NETWORKS)) else ()):
        if _WORKS_WITH.search(text[max(0, m.start() - 40):m.start()]) and not _MEMBER_CUE.search(text):
            continue  # "works closely with the Baltic Sea Commission", "organised by Eurocities": no membership
        # Named with a membership cue or in a section on memberships it is a membership as sure as any; merely named
        # (a conference it held, a report it wrote) it is one as likely as not: below the bulk-accept line.
        if lx.PROGRAMME_NETWORK.match(text, m.start()):
            continue  # "URBACT-netværket OPEN SQUARES": the programme of a project named after it
        sure = _cue_reaches(text, m.start()) or _MEMBERSHIP_TALK.search(" ".join(sent.segment.path[-1:]))
        out.append(_net(ctx, sent, lx.KNOWN_NETWORKS.get(m.group().lower(), m.group()), m.start(),
                        0.8 if sure else 0.7, "known network", len(m.group())))
    for m in _NET_TRIGGER.finditer(text):
        name = name_running_on(text, m.end())  # "medlem i Nordiska Föreningen för Vänorter"
        if name:  # "Mitglied im Netzwerk A und Mitglied der B": B has its own cue
            name = _NEXT_CUE.split(name)[0]
        if not name or re.search(r"projekt|program", name, re.I) or lx.find_programme(name):
            continue
        if any(p.end() == m.end() for p in lx.PROGRAMME_NETWORK.finditer(text, max(0, m.start() - 40), m.end())):
            continue  # "URBACT-netværket OPEN SQUARES", "the URBACT network X": a project (projectcues.py)
        owner = _owners_network(text, m.end(), name)
        if owner:
            # "member of the Local Government Association's international network and of X": the body owns the
            # network named after it (national bodies' networks are left to the reader); X is coordinated after it.
            out.extend(_net(ctx, sent, part, m.end() + offset, 0.75, "after network word")
                       for offset, part in _coordinated(text, owner, m.end()))
            continue
        weak = re.match(r"deltag|engag|indgår|er\b|är\b|blev|ble\b|var\b|være|vært", m.group())
        if len(name.split()) == 1 and not is_acronym(name) and english_or_danish_word(name):
            continue  # "netværket Municipal ...": an ordinary word, the rest of the name is elsewhere
        plural = bool(_PLURAL_NET.match(text, m.end() + len(name)))
        if m.group().endswith(("part of ", "part of")) and not (plural or has_network_head(name)
                                                               or name.lower() in lx.KNOWN_NETWORKS):
            continue  # "is part of the Region": only 'part of the X and Y networks' speaks of memberships
        coordinated = [(offset + o, p) for offset, whole in _coordinated(text, m.end() + len(name), m.end())
                       for o, p in _split_pair(whole, plural)]
        # "er medlem af X", "joined X", "medlemskap i X" say it outright; "netværket X", "deltager i X" less so.
        member = bool(_MEMBER_CUE.search(m.group()))
        for offset, part in [*_split_pair(name, plural), *coordinated]:
            if _CALLED_A_PROJECT.match(text, m.end() + offset + len(part)):
                continue  # "has joined SMART HARBOURS, a three-year project": a project, not a membership
            if _PROJECT_WORD_BEFORE.search(part):
                continue  # "netværket A og i EU-projektet B": B is a project (projects.py)
            if _JOINING.match(m.group()) and not _home_subject(text[:m.start()]):
                continue  # another town's archive "har meldt sig ind i" a service the municipality offers
            if _ADMITTED.match(m.group()) and not _MEMBER_WORD.search(m.group()) and not _a_network_by_name(
                    text, part, m.end() + offset + len(part)):
                continue  # "optaget i Kommuneplan 2025": a plan, not a network
            if (is_acronym(part) or has_network_head(part) or _KIND_SUFFIX.search(part)
                    or (looks_proper(part) and not weak)):
                why = "after a membership cue" if member else "after a participation cue" if weak else \
                    "after network word"
                out.append(_net(ctx, sent, part, m.end() + offset, 0.8 if member else 0.75, why))
            elif weak and looks_proper(part) and _MEMBERSHIP_TALK.search(text) and not foreign_city(part):
                # "er også med i X" where the sentence speaks of memberships or networks
                out.append(_net(ctx, sent, part, m.end() + offset, 0.65, "after a weak cue in a network sentence"))
    for m in _NET_LIST.finditer(text):
        for offset, name in _enumeration(text, m.end()):
            out.append(_net(ctx, sent, name, offset, 0.75, "listed as network"))
    for m in _NAME_BEFORE_NET.finditer(text):
        name = m.group(1)
        if lx.PROGRAMME_NETWORK.match(text, m.start(1)) and lx.find_programme(name):
            continue  # "URBACT-netværket OPEN SQUARES": the programme of a project
        if not common_word(name.split()[0], 5.0) and not resolve_country(name) and not _adjective(name):
            out.append(_net(ctx, sent, name, m.start(1), 0.7, "named network"))
    for m in _IS_A_NETWORK.finditer(text):
        name = m.group("name")
        if is_acronym(name) or looks_proper(name):
            out.append(_net(ctx, sent, name, m.start("name"), 0.7, "said to be a network"))
    out.extend(_networks_by_name(ctx, sent))
    # "medlemskap i KS og i <county> kulturnettverk": a place with a generic noun after it is a regional body
    out = [r for r in out if not _GENERIC_NOUN_AFTER.match(ctx.text, r.end)]
    return _outermost(out)


# A lower-case compound for a network or body right after a capitalised name: the name was only its place.
_GENERIC_NOUN_AFTER = re.compile(r"\s+[a-zæøåäö]+(?:nettverk|netværk|nätverk|netverk|samarbejde|samarbeid|samarbete|"
                                 r"forbund|förbund|råd|rådet|forening|förening|forum)\b")


# "ISCA er et internationalt netværk for byer", "X is a European network of cities".
_IS_A_NETWORK = re.compile(r"(?:^|[.;:]\s+)(?P<name>[A-ZÆØÅ][\w&+-]*(?:\s+[A-ZÆØÅ][\w&+-]*){0,5})\s+(?:er|is|är)\s+"
                           r"(?:et|en|an?|ett)\s+(?:[\wæøåäö-]+\s+){0,2}(?:netværk|network|nätverk|nettverk|"
                           r"sammenslutning|organisation|organization)\b")


_AND_NEXT = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:,|\s(?:og|and|och|samt|&|as well as|und)\s)\s*"
                       r"(?:(?:af|of|i|in|im|bei|av|til|to|till|med|with)\s+)?(?:der\s+|dem\s+)?"
                       r"(?:(?:det|den|the)\s+(?:[\wæøåäö-]+\s+){0,2}"
                       r"(?:netværk\w*|network|nätverk\w*|nettverk\w*)\s+)?(?=[A-ZÆØÅ])")


def _coordinated(text: str, pos: int, base: int) -> list[tuple[int, str]]:
    """Names coordinated with the first after a membership cue: 'member of the UBC (UBC) and ICLEI Europe',
    'medlem af X og af det europæiske netværk Y' ((offset from base, name) pairs, at most four)."""
    out = []
    for _ in range(4):
        m = _AND_NEXT.match(text, pos)
        name = name_at(text, m.end()) if m else None
        if not name:
            break
        out.append((m.end() - base, name))
        pos = m.end() + len(name)
    return out


def generic_compound(name: str) -> bool:
    """'Bynetværk', 'Erhvervsforum': an everyday word plus netværk/forum names a kind, not an organisation."""
    head = re.sub(r"s?(?:netværk|forum)$", "", name.lower())
    return common_word(head, 4.0)


def _adjective(name: str) -> bool:
    """A lone Danish word before "netværk" (Internationale, Globalt, Europæisk): a description, not a name."""
    if len(name.split()) > 1 or is_acronym(name):
        return False
    low = name.lower()
    return bool(zipf(low)) or low.endswith(("isk", "iske", "sk", "ske", "ale", "alt", "elt", "elle", "lige", "ligt"))


def _split_pair(name: str, plural: bool = False) -> list[tuple[int, str]]:
    """'Environment Forum og Mobility Forum', 'Eurocities og ICLEI' -> both; 'the WHO Healthy Cities and
    Cittaslow networks' (plural: a plural network word follows) -> both; other names stay whole."""
    parts = re.split(r"(\s+(?:og|and|och|&)\s+)", name)
    if len(parts) > 3 and re.search(r"\s(?:og|och)\s", name):
        parts = re.split(r"(\s+(?:og|och)\s+)", name, maxsplit=1)  # "X og Association of A and B"
    if len(parts) == 3:
        named = [has_network_head(p) or p.lower() in lx.KNOWN_NETWORKS for p in (parts[0], parts[2])]
        # A Nordic 'og'/'och' between two names joins two bodies as soon as one of them is a network by name
        # ("Energy Cities og Association of Cities and Regions for ..."); an English 'and' may be inside a name.
        nordic = parts[1].strip() in ("og", "och")
        if plural or all(named) or (nordic and any(named) and parts[2][:1].isupper()):
            return [(0, parts[0]), (len(parts[0]) + len(parts[1]), parts[2])]
    return [(0, name)]


def _outermost(records: list[Record]) -> list[Record]:
    """Drop a name found inside a longer name of the same sentence (Healthy Cities in WHO ... Network)."""
    return [r for r in records
            if not any(o is not r and o.start <= r.start and r.end <= o.end and (o.end - o.start) > (r.end - r.start)
                       for o in records)]


# A name after a possessive or inside a group of a body named before: a forum or group inside a network.
_PART_OF_A_BODY = re.compile(r"\b(?:its|their|dens|dets|deres|sin|sitt|sine|dess|deras|seine|ihre|ihres|"
                             r"(?:steering|working|styre|arbejds|arbeids|arbets)[-\s]?(?:group|gruppe|grupp)\w*\s+"
                             r"(?:of|for|i|af|av|under))\s+(?:the\s+)?$", re.I)


def _networks_by_name(ctx: Context, sent: Sentence) -> list[Record]:
    """Proper names that end in a network word (Strong Cities Network, Klimaforum)."""
    out: list[Record] = []
    low = sent.text.lower()
    if not any(map(low.__contains__, _HEAD_KEYS)):
        return out
    for start, _end, name in proper_names(sent.text):
        if (has_network_head(name) and 2 <= len(name.split()) <= 6 and not lx.DEPARTMENT.search(name)
                and fold(name) not in NOT_NETWORKS and " The " not in name and not LOCAL_BODY.search(name)):
            if _PART_OF_A_BODY.search(sent.text[max(0, start - 60):start]):
                continue  # "the steering group of its Water Forum", "i dets arbejdsgruppe": a part of another body
            if PROJECT_WORD.search(sent.text[:start]):
                # "Et projekt ... hedder Nordic Forum for ...": the sentence itself says what it is.
                out.append(make_project(ctx, sent, name, start, 0.65, "named in a project sentence", {}))
                continue
            for offset, part in _split_pair(name):
                out.append(_net(ctx, sent, part, start + offset, 0.65, "network word in name"))
        elif (len(name.split()) == 1 and re.search(r"[a-zæøå](forum|netværk)$", name)
              and not common_word(name) and not generic_compound(name)):
            out.append(_net(ctx, sent, name, start, 0.6, "network word in name"))
    return out


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
        name = name_at(piece, 0)
        if name and len(name.split()) <= 6 and not lx.DEPARTMENT.search(piece) and not piece.endswith("-"):
            at = pos + chunk.find(name)
            if text[:at].count("(") > text[:at].count(")"):
                continue  # inside a parenthesis: a gloss such as the departments taking part
            out.append((at, name))
    return out
