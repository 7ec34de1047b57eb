"""Countable nouns in Danish, Swedish, Norwegian and English (general vocabulary, no names): what a stated number
of things counts. People (deltagere, gjester, host families), places and bodies (byer, kystsamfund, skolor,
companies), events and works (workshops, besøg, udstillinger), and units of work (projekter, aftaler).

Not every countable noun counts international work (the contract's counts: twin towns, networks, projects,
activities, visits, delegations, participants, partners...): a town's inhabitants, a strategy's themes and goals,
buildings and jobs are numbers of other things. OTHER_THINGS lists them; is_work() tells the two apart.

A long head also counts as the last part of a compound (delegations-henvendelser, camping-pladser); a short one
(land, barn, kurs) only as a whole word or after a hyphen, so that it does not end unrelated words.
"""

from __future__ import annotations

import re

_DANISH = """
personer mennesker folk borgere indbyggere beboere deltagere gæster besøgende turister elever studerende lærere
pædagoger børn unge ældre voksne familier frivillige medarbejdere ansatte kolleger ledere politikere borgmestre
rådmænd repræsentanter delegerede eksperter forskere kunstnere musikere sangere dansere spillere atleter
idrætsudøvere spejdere iværksættere landmænd fiskere praktikanter lærlinge flygtninge tilflyttere ambassadører
partnere partnerne medlemmer kunder patienter brugere tilhørere oplægsholdere talere arbejdstagere
byer kommuner regioner lande landsbyer samfund havne skoler gymnasier institutioner organisationer foreninger
klubber virksomheder projekter aftaler netværk arrangementer aktiviteter konferencer seminarer workshops møder
besøg ture rejser udvekslinger ansøgninger henvendelser forespørgsler delegationer pladser arbejdspladser
boliger hoteller bygninger anlæg udstillinger koncerter forestillinger festivaler kurser uddannelser forløb
publikationer rapporter partnerskaber samarbejder initiativer indsatser tiltag løsninger produkter
skibe færger busser ladestandere træer temaer indsatsområder nationaliteter sprog øer broer stier moler
events programmer medlemskaber følgere venskabsbyer klasser skoleklasser
løbere sejlere roere trænere ryttere cyklister svømmere dommere frivillige hold
guider turistguider dirigenter instruktører tolke oversættere koordinatorer journalister fotografer
"""
_SWEDISH = """
personer människor invånare deltagare gäster besökare turister elever studenter lärare ungdomar unga äldre vuxna
familjer värdfamiljer volontärer frivilliga medarbetare anställda kollegor chefer politiker ledamöter
representanter delegater experter forskare konstnärer musiker sångare dansare spelare idrottare scouter
företagare entreprenörer medlemmar partners ledare tränare
städer orter vänorter kommuner regioner länder byar samhällen hamnar skolor organisationer föreningar klubbar
företag projekt avtal nätverk evenemang aktiviteter konferenser seminarier workshoppar möten besök resor utbyten
ansökningar delegationer platser arbetstillfällen bostäder byggnader utställningar konserter festivaler kurser
utbildningar rapporter partnerskap samarbeten initiativ insatser båtar fartyg färjor bryggor öar teman
medlemskap guider dirigenter instruktörer tolkar översättare koordinatorer journalister fotografer
"""
_NORWEGIAN = """
personer mennesker innbyggere deltakere gjester besøkende elever studenter lærere ungdommer voksne familier
vertsfamilier medarbeidere ansatte kolleger ledere politikere representanter delegater eksperter forskere
kunstnere musikere sangere dansere spillere idrettsutøvere speidere gründere medlemmer
byer bygder samfunn havner skoler organisasjoner foreninger klubber bedrifter virksomheter prosjekter avtaler
nettverk arrangementer aktiviteter konferanser seminarer møter reiser utvekslinger søknader delegasjoner
plasser arbeidsplasser boliger hoteller bygninger utstillinger konserter festivaler utdanninger båter ferger
brygger kaier øyer vennskapsbyer vennskapskommuner løpere seilere trenere syklister klasser skoleklasser
guider dirigenter instruktører tolker koordinatorer journalister fotografer
"""
# German (nouns are written with a capital; the lexicon holds them in lower case).
_GERMAN = """
personen menschen teilnehmer teilnehmerinnen schüler schülerinnen lehrer lehrerinnen jugendliche kinder gäste
besucher besucherinnen delegationen delegierte vertreter mitarbeiter mitarbeiterinnen politiker bürgermeister
partnerstädte partnergemeinden städte gemeinden kommunen regionen länder projekte partner partnerschaften
vereine verbände organisationen schulen klassen schulklassen veranstaltungen besuche reisen begegnungen
konferenzen seminare workshops netzwerke mitgliedschaften familien gastfamilien sportler musiker künstler
einwohner
"""
# Nynorsk plurals (-ar, -arar): "27 elevar og 4 lærarar", "to delegasjonar", "tre vennskapskommunar".
_NYNORSK = """
elevar lærarar deltakarar delegasjonar kommunar vennskapskommunar vennskapsbyar byar skular gjester besøkande
medarbeidarar tilsette politikarar representantar organisasjonar foreiningar klubbar verksemder avtalar
aktivitetar konferansar utvekslingar søknader partnarar familiar vertsfamiliar ungdomar vaksne studentar
ekspertar forskarar kunstnarar musikarar songarar dansarar spelarar klassar innbyggjarar
dirigentar instruktørar koordinatorar journalistar fotografar
"""
_ENGLISH = """
people persons inhabitants residents citizens participants guests visitors tourists pupils students teachers
children youths adults families volunteers employees colleagues officials councillors mayors politicians
representatives delegates experts researchers artists musicians singers dancers players athletes scouts
entrepreneurs members partners followers staff officers trainees apprentices engineers planners
cities towns villages municipalities regions countries communities harbours harbors ports schools organisations
organizations associations clubs companies businesses firms projects agreements networks events activities
conferences seminars workshops meetings visits trips exchanges applications requests delegations places jobs
homes hotels buildings exhibitions concerts festivals courses programmes programs reports partnerships
initiatives boats ships ferries jetties piers islands themes languages nationalities memberships occasions classes
guides conductors instructors interpreters translators coordinators journalists photographers coaches
"""
# Countable, but not things of international work: population, a plan's themes and efforts, courses and reports,
# infrastructure and objects, customers of a service, languages.
_OTHER_THINGS = """
borgere indbyggere beboere turister kunder patienter brugere tilflyttere landmænd fiskere arbejdstagere flygtninge
pladser arbejdspladser boliger hoteller bygninger anlæg kurser uddannelser forløb publikationer rapporter
løsninger produkter skibe færger busser ladestandere træer temaer indsatsområder indsatser tiltag nationaliteter
sprog øer broer stier moler programmer mål målsætninger visioner medlemmer
invånare turister kurser utbildningar rapporter platser arbetstillfällen bostäder byggnader båtar fartyg färjor
bryggor öar teman insatser mål medlemmar
innbyggere innbyggjarar plasser arbeidsplasser boliger hoteller bygninger utdanninger båter ferger brygger kaier
øyer medlemmer
einwohner inhabitants residents citizens tourists jobs homes hotels buildings courses programmes programs reports boats
ships ferries jetties piers islands themes languages nationalities goals objectives members
"""
OTHER_THINGS: frozenset[str] = frozenset(_OTHER_THINGS.split())

# Short words that are plurals (or the same in both numbers) but would end too many other words.
_WHOLE = {"land", "barn", "kurs", "skip", "job", "folk", "unge", "mål", "bøger", "film", "hus", "huse", "ting",
          "projekt", "besøk", "partner", "jobb", "hotell", "unga", "eldre", "lande", "øer", "öar", "øyer"}

# Short heads that end many compounds all the same (venskabs-byer, delegations-besøg, studie-ture).
_COMPOUND_TAILS = {"byer", "besøg", "besök", "besøk", "møder", "möten", "møter", "ture", "orter", "byar", "havne",
                   "hamnar", "havner", "skoler", "skolor"}

HEADS: frozenset[str] = frozenset((_DANISH + _SWEDISH + _NORWEGIAN + _NYNORSK + _GERMAN + _ENGLISH).split())
# Heads of six letters or more end compounds; shorter ones must be the whole word.
SUFFIXES: tuple[str, ...] = tuple(sorted({*(h for h in HEADS if len(h) >= 6), *_COMPOUND_TAILS}, key=len,
                                         reverse=True))
WHOLE: frozenset[str] = frozenset({h for h in HEADS if len(h) < 6} | _WHOLE)


def head_of(word: str) -> str | None:
    """The lexicon's noun a lower-case word is or ends in (delegationshenvendelser -> henvendelser), else None;
    a definite plural is its plural ("seks vennskapsbyene", "de fem vänorterna", "alle tre projekterne")."""
    for form in (word, *_indefinite(word)):
        head = _head(form)
        if head is not None:
            return head
    return None


def _head(word: str) -> str | None:
    if word in WHOLE or word in HEADS:
        return word
    tail = word.rsplit("-", 1)[-1]
    if tail in WHOLE:
        return tail
    return next((s for s in SUFFIXES if word.endswith(s)), None)


def _indefinite(word: str) -> tuple[str, ...]:
    """Plurals a definite plural may come from: byerne/vänorterna/projekten -> -er/-t, deltagerne/deltagarna ->
    -ere/-are, vennskapsbyene -> -er."""
    if len(word) < 6 or not word.endswith(("ne", "na", "en")):
        return ()
    forms = [word[:-2], word[:-2] + "e"]
    if word.endswith("ene"):
        forms.append(word[:-3] + "er")
    if word.endswith("arna"):
        forms.append(word[:-3] + "e")
    return tuple(forms)


# What the municipality's international work is counted in first: 'the six partners', 'de to venskabsbyer' state
# the number even after a definite article (where 'the two museums' picks out things named before).
_CORE = frozenset("""
partnere partners partner partnerne venskabsbyer venskabskommuner vennskapsbyer vennskapskommuner vänorter
vänkommuner twin sister lande countries länder land projekter projects projekt prosjekter netværk networks nätverk
nettverk medlemskaber memberships medlemskap deltagere participants deltagare deltakere delegationer delegations
delegasjoner delegasjonar partnerstädte projekte delegationen teilnehmer
vennskapskommunar vennskapsbyar partnarar deltakarar
""".split())


def is_core(word: str) -> bool:
    """A noun the municipality's international work is counted in first (partners, twin towns, countries...)."""
    low = word.lower()
    return (head_of(low) or low) in _CORE or low.split("-")[0] in _CORE


_BODY_MEMBERS = re.compile(r"^(?:by|kommune|kommunal|kommun|bys)?(?:råds|rådets|udvalgs|utvalgs|bestyrelses|styrelse|"
                           r"styre|nämnd|nämnds|fullmäktige|kommunestyre|byråds|kommunalbestyrelses|delegations)"
                           r"(?:medlemmer|medlemmar|medlemmene|medlemmerne|medlemmarna|ledamöter)$")


def is_work(word: str) -> bool:
    """False when the noun counts something other than international work (inhabitants, campingpladser, themes);
    a plural the lexicon lacks (English 'host families') is given the benefit of the doubt."""
    low = word.lower()
    if _BODY_MEMBERS.match(low):
        return True  # "to byrådsmedlemmer", "tre udvalgsmedlemmer": people of a council, not a network's members
    head = head_of(low) or low
    return head not in OTHER_THINGS


def is_head(word: str) -> bool:
    """True when the lower-case word is a countable noun of the lexicon, a compound ending in one, or the
    definite plural of either."""
    return any(_is_head(form) for form in (word, *_indefinite(word)))


def _is_head(word: str) -> bool:
    if word in WHOLE or word in HEADS:
        return True
    return word.rsplit("-", 1)[-1] in WHOLE or word.endswith(SUFFIXES)
