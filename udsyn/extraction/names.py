"""Proper-name spans in Danish/English text, and tests of what a name looks like."""

from __future__ import annotations

import re

from .ocr import zipf
from .words import doc_zipf

# Every capital of the Latin alphabets (Łeba, Šiauliai, Ísafjörður), not only the Nordic ones.
UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper()) + "]"
_SAINT = rf"(?:Skt|Sct|St)\.[ \t]?{UPPER}[\w-]+"  # "Skt. Petersborg" is one word of a name
_TOKEN = (rf"(?:{_SAINT}|{UPPER}[\w+!&'’.-]*\w[+!]?|{UPPER}|[A-Z0-9]*\d[A-Za-z0-9+]*[A-Za-z][\w+]*"
          r"|[A-Z]{2,}\d*)")
_CONNECT = r"(?:of|for|and|&|the|de|la|du|di|des|der|del|on|und|og|to|A-Z)"
# Between the words of a name: spaces, or one line break (PDF and OCR text wrap names: "Municipal\nBuilding").
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
NAME_RE = re.compile(rf"(?<![\w@]){_TOKEN}(?:{_GAP}(?:{_CONNECT}{_GAP}){{0,2}}{_TOKEN})*(?:[ \t]+A-Z)?")
_LEADING_NOISE = set(
    "det den de der her i og en et som til for med på af projektet netværket samarbejde eksempler "
    "nogle bl desuden endvidere derudover the a an in at this vi hvor når både også via fra om "
    "mellem sammen ved siden under efter inden ligesom eksempelvis herunder blandt andet fx ex "
    "kontrakt se læs link membership medlemskab medlemskabet medlemskap medlemskapet of "
    # German (every noun has a capital; a sentence's first word before a name is no part of it)
    "mit seit im und auch außerdem zu über nach von bei für aus auf durch zwischen gegenüber"
    .split()
)


# Lower-case particles inside town names of many languages (Lohr am Main, Frankfurt an der Oder, Stratford upon
# Avon, Viana do Castelo, Bad Homburg vor der Höhe, Castelnuovo di Porto, Bergen op Zoom, Alphen aan den Rijn,
# Milsbeek bij Gennep, Bussi sul Tirino, Weil am Rhein, Neustadt an der Weinstraße). Only a name the index knows
# whole is taken, so a particle that is an everyday word elsewhere does no harm.
PARTICLES = ("am", "an", "der", "den", "dem", "vor", "upon", "on", "under", "sur", "sous", "en", "le", "la", "les",
             "lès", "do", "da", "dos", "das", "di", "del", "della", "dei", "de", "du", "des", "van", "von", "im",
             "bei", "ob", "nad", "pod", "aan", "op", "ter", "ten", "y", "in", "al", "el", "över", "bij", "sul",
             "sulla", "sopra", "sotto", "nel", "ad", "aux", "zum", "zur", "auf")
_PARTICLE_SET = frozenset(PARTICLES)
_PLACE_WORD = rf"{UPPER}[\w'’-]*"
# One or two capitalised words, one to three particles, one or two capitalised words (overlapping starts).
_PARTICLE_ALT = "|".join(PARTICLES)
_PARTICLE_NAME = re.compile(rf"(?<![\w-])(?=({_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?(?:[ \t]+(?:{_PARTICLE_ALT})){{1,3}}"
                            rf"[ \t]+{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?))")


def particle_places(text: str) -> list[tuple[int, int]]:
    """Spans of town names with lower-case particles that the city index knows by that whole name."""
    from .gazetteer import known_place_name, resolve_country

    low = text.lower()
    if not any(f" {p} " in low for p in PARTICLES):
        return []
    spans: list[tuple[int, int]] = []
    for m in _PARTICLE_NAME.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        words = [(w.start() + m.start(1), w.end() + m.start(1), w.group()) for w in re.finditer(r"\S+", m.group(1))]
        # The longest reading the index knows: drop a capitalised word at either end, never keep a particle there.
        for lo, hi in sorted(((a, b) for a in range(2) for b in range(a + 3, len(words) + 1)),
                             key=lambda p: p[0] - p[1]):
            part = [w for _s, _e, w in words[lo:hi]]
            if (part[0].lower() in _PARTICLE_SET or part[-1].lower() in _PARTICLE_SET
                    or not any(w in _PARTICLE_SET for w in part)):
                continue
            if known_place_name(" ".join(part)) and not resolve_country(part[-1]):  # not "Tapa in Estonia"
                spans.append((words[lo][0], words[hi - 1][1]))
                break
    return spans


def proper_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) for runs of capitalised words, acronyms and codes (C40, H2020); a town name with
    lower-case particles that the city index knows whole (Lohr am Main) is one name of its own."""
    places = particle_places(text)
    out = []
    for m in NAME_RE.finditer(text):
        for lo, hi in _outside(m.start(), m.end(), places):
            piece = text[lo:hi]
            start, name = lo + len(piece) - len(piece.lstrip()), piece.strip()
            name, start = _trim(name, start)
            name = name.rstrip(".,;:'’")
            if name and text[start + len(name):start + len(name) + 1] == "@":
                continue  # "Tor@havn": a word the scanner damaged, not a name that ends here
            if name:
                out.append((start, start + len(name), name))
    out += [(lo, hi, text[lo:hi]) for lo, hi in places]
    return sorted(out) if places else out


def _outside(start: int, end: int, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of text[start:end] outside the place spans (the whole span when none overlaps)."""
    out, pos = [], start
    for lo, hi in places:
        if hi <= pos or lo >= end:
            continue
        if lo > pos:
            out.append((pos, lo))
        pos = max(pos, hi)
    if pos < end:
        out.append((pos, end))
    return out


def _trim(name: str, start: int) -> tuple[str, int]:
    words = name.replace("\n", " ").split(" ")
    while words and words[0].lower().rstrip(".") in _LEADING_NOISE:
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1].lower() in {"og", "and", "of", "for", "the", "de", "i", "&", "to"}:
        words = words[:-1]
    return " ".join(words), start


def name_at(text: str, pos: int) -> str | None:
    """The proper name that starts exactly at pos (within 120 characters), else None."""
    for start, _end, name in proper_names(text[pos:pos + 120]):
        return name if start == 0 else None
    return None


# Lower-case words inside a name after a naming cue ("Unge Stemmer i Norden", "Bridges over the Baltic", "Lohr am
# Main"): the name runs on when a capitalised word follows them.
_PARTICLES = (r"i|for|för|af|av|på|til|till|over|mod|mot|om|under|fra|från|frå|of|in|on|the|to|from|across|beyond|"
              r"de|del|di|du|la|le|sur|an|am|op|der|über|över|mellem|mellan|between")
_RUNS_ON = re.compile(r"(?:\s+(?:" + _PARTICLES + r")){1,2}\s+(?=[A-ZÆØÅÄÖÜ])")


def name_running_on(text: str, pos: int) -> str | None:
    """name_at, the name carried on over lower-case particles to the capitalised words after them (only where a cue
    says a name starts here: a naming verb, a programme's project word)."""
    name = name_at(text, pos)
    while name:
        end = pos + len(name)
        m = _RUNS_ON.match(text, end)
        more = name_at(text, m.end()) if m else None
        if not more or len(name) + len(m.group()) + len(more) > 80 or _a_place_after(m.group(), more):
            break
        name = text[pos:m.end()] + more
    return name


_LOCATIVE = {"i", "in", "på", "on", "at", "im", "am"}


_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)$")


def _a_place_after(particles: str, name: str) -> bool:
    """'Eurocities in Brussels', 'X i Danmark': where the body is (a country, a city of some size), not a word of
    its name ('Unge Stemmer i Norden')."""
    from .gazetteer import find_city, resolve_country

    if particles.split()[-1].lower() not in _LOCATIVE:
        return False
    if _MONTH.match(name):
        return True  # "joined X in March": when, not a word of its name
    city = find_city(name)
    return bool(resolve_country(name)) or (city is not None and city.population >= 50_000)


def is_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÆØÅ0-9+&.-]{2,12}", name)) and any(c.isalpha() for c in name)


def looks_proper(name: str) -> bool:
    """True when name is more than an ordinary capitalised Danish phrase ("Internationale sportsevents")."""
    words = [w for w in re.split(r"[\s/-]+", name) if w]
    if not words:
        return False
    if any(any(c.isdigit() for c in w) for w in words) or any(is_acronym(w) for w in words):
        return True
    if any(w[0].isupper() for w in words[1:]):
        return True
    # A single capitalised word that is not a common Danish word is a name (Pendlerbroen, Centrinno).
    return all(zipf(w.lower()) < 4.0 for w in words) and len(words) <= 2


def common_word(word: str, limit: float = 4.5) -> bool:
    """An everyday word of the document's language (Danish outside an extraction)."""
    return doc_zipf(word.lower()) >= limit


def plain_words(name: str) -> bool:
    """A heading of ordinary words (a Danish dictionary word or inflection, a common word of the document's
    language or of English), in lower case after the first: no proper name. Made-up compounds (Pendlerbroen,
    Euromontana), acronyms and known networks are names."""
    from .lexicon import KNOWN_NETWORKS
    from .ocr import english_zipf
    from .words import lexical

    words = name.split()
    if not 1 <= len(words) <= 4 or is_acronym(name) or name.lower() in KNOWN_NETWORKS:
        return False
    if any(w[:1].isupper() for w in words[1:]) or any(ch.isdigit() for ch in name):
        return False
    return all(lexical(w) or doc_zipf(w) >= 2.5 or english_zipf(w) >= 3.0
               for w in (re.sub(r"[^\w]", "", x).lower() for x in words) if w)
