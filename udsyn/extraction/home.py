"""The document's own municipality: the town a page or report is written by or about.

Its name is never a partner ("Tallbacka kommun har fem vänorter" on Tallbacka's own page), a body named after
it is local (the Ashcombe Twinning Association, Tallbacka Vatten AB), and where it lies decides the home
country when the language alone cannot (an English page of a British town council, a Swedish-speaking
Finnish town).

The name is read from how municipalities call themselves, in general grammar, never from a list of towns:
"X Kommune", "Xs kommun", "X stad", "X Town Council", "the Municipality of X", "X has three twin towns";
the candidate named most often in the whole document wins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .gazetteer import City, find_city, fold

_NAME = r"[A-ZÆØÅÄÖÜ][\w'’-]+(?:[ -](?:[A-ZÆØÅÄÖÜ][\w'’-]+|upon|on|am|an|der|sur|le|la)){0,3}"
# "Bøgelund Kommune", "Københavns Kommune", "Tallbacka kommun", "Malmö stad", "Ashcombe Town Council".
_SELF_CUE = re.compile(r"[ \t]+(?:[Kk]ommunes?\b|[Kk]ommuns?\b|[Kk]ommunestyre|[Bb]yråd|[Ss]tad\b|Municipality|"
                       r"Municipal\s+Council|(?:Town|City|Borough|District|County|Parish|Metropolitan\s+Borough)\s+"
                       r"Council|Council\b|Kaupunki|kaupunki|Stadt\b|Gemeente|Twinning\s+(?:Association|Committee|"
                       r"Society)|[Vv]enskabsforening|[Vv]änortsförening|[Vv]ennskapsforening)")
# The name just before such a cue (searched backwards from the cue: a pattern that opened at every capital was
# the slowest part of reading a long report).
_NAME_BEFORE_CUE = re.compile(rf"\b(?P<name>{_NAME})$")
# "the Municipality of X", "City of X", "Town of X", "Kommunen X" is rare: English only.
_SELF_BEFORE = re.compile(rf"\b(?:Municipality|City|Town|Borough|Council)\s+of\s+(?P<name>{_NAME})|"
                          # German: "die Kommune X", "Stadt X", "Gemeinde X"
                          rf"(?:\b[Dd](?:ie|er)\s+Kommune|\bStadt|\bGemeinde|\bHansestadt)\s+(?P<de>{_NAME})")
# "X has three twin towns", "X har fem venskabsbyer", "X är vänort med ...": the subject of its twin towns.
_HAS_TWINS = re.compile(rf"(?:^|[.!?]\s+|\n)(?P<name>{_NAME})\s+(?:har|has|have|hat|hefur)\s+(?:\w+\s+){{0,3}}?"
                        r"(?:venskabsby\w*|venskabskommune\w*|vänort\w*|vänstäder|vänkommun\w*|vennskapsby\w*|"
                        r"vennskapskommune\w*|twin\s+towns?|twin\s+cities|sister\s+cit\w*|partner\s+towns?)")
# "X har varit vänort sedan 1991", "X has been our twin town": X is the twin town, not the one that has them.
_BEEN = re.compile(r"\b(?:varit|været|vært|been|gewesen)\b", re.I)
# "en delegation från X kommun", "guests from X Town Council": the visitors' municipality.
_FROM_BEFORE = re.compile(r"\b(?:från|fra|frå|from|aus|von)\s+$|"
                          # "samarbetar med X stad", "a cooperation agreement with X Municipality": a partner
                          r"\b(?:samarbe\w+|samarbejd\w+|cooperat\w+|collaborat\w+|avtal\w*|aftale\w*|avtale\w*|"
                          r"agreement)\s+(?:\w+\s+){0,3}?(?:med|with|mit)\s+(?:the\s+)?$", re.I)
_NOT_A_TOWN = re.compile(r"^(?:The|This|Our|Vores|Vår|Vårt|Den|Det|Denne|Dette|Kommunen|Kommune|Byen|Staden|"
                         r"Die|Der|Das|Unsere|Unser|Eine|Ein|Dänische|Deutsche|"
                         r"Byrådet|Kommunalbestyrelsen|Council|Town|City|Region|Hele|Alle|All|En|Et|Ett|A|An)$")


@dataclass(frozen=True)
class Home:
    """The document's own town: its name as written (folded keys for lookups) and where it lies, if known."""

    name: str | None = None
    keys: frozenset[str] = frozenset()
    city: City | None = None

    def is_own(self, name: str) -> bool:
        """True when name is the own town (or its genitive: Bøgelunds, Tallbackas)."""
        key = fold(name)
        return bool(key) and (key in self.keys or (key.endswith("s") and key[:-1] in self.keys))

    def in_name(self, name: str) -> bool:
        """True when name holds the own town as a word (Ashcombe Twinning Association, Tallbacka Vatten AB)."""
        words = fold(name).split()
        return any(w in self.keys or (w.endswith("s") and w[:-1] in self.keys) for w in words)


NOWHERE = Home()


def _clean(name: str) -> str:
    words = name.split()
    while words and _NOT_A_TOWN.match(words[0]):
        words = words[1:]
    return " ".join(words)


def find_home(text: str) -> Home:
    """The document's own town, or NOWHERE when the text never names itself the way municipalities do."""
    head = text[:300_000]
    cues: Counter[str] = Counter()
    shown: dict[str, str] = {}
    first: dict[str, int] = {}
    named = [(_clean(m.group("name") or m.group("de")), m.start()) for m in _SELF_BEFORE.finditer(head)]
    away: set[str] = set()  # a twin town ("X har varit vänort"), a delegation's town ("från X kommun")
    for m in _HAS_TWINS.finditer(head):
        if _BEEN.search(m.group()):
            away.add(_simple(_clean(m.group("name"))))
        else:
            named.append((_clean(m.group("name")), m.start()))
    for cue in _SELF_CUE.finditer(head):
        m = _NAME_BEFORE_CUE.search(head, max(0, cue.start() - 80), cue.start())
        if m:
            named.append((_clean(m.group("name")), m.start()))
            if _FROM_BEFORE.search(head, max(0, m.start() - 60), m.start()):
                away.add(_simple(_clean(m.group("name"))))
    named = [(n, at) for n, at in named if _simple(n) not in away and _simple(n).removesuffix("s") not in away]
    if not named:
        return NOWHERE
    keys = {_simple(n) for n, _ in named}
    grams = _count_names(_simple(head).split(), keys | {k[:-1] for k in keys})
    for name, at in named:
        key = _simple(name)
        if len(key) < 3:
            continue
        if key.endswith("s") and grams[key[:-1]] > 0:
            key, name = key[:-1], name[:-1]  # a genitive (Københavns Kommune, Bøgelunds kommune)
        cues[key] += 1
        shown.setdefault(key, name)
        first[key] = min(first.get(key, at), at)
    if not cues:
        return NOWHERE

    def mentions(key: str) -> int:
        return grams[key] + grams[key + "s"]

    # The candidate the whole text names most often, counting every mention (with or without the cue word).
    best = max(cues, key=lambda k: (mentions(k) + cues[k], -first[k]))
    if mentions(best) < 2:
        return NOWHERE  # named once ("Lead partner: Municipality of Kalmar"): a partner as likely as the author
    city = find_city(shown[best])
    # A town known by this very name, or a large one by another (Aarhus, Copenhagen), places it; a small place
    # with the name as an alternate spelling does not (Tallbacka is no Finnish village).
    placed = city is not None and (fold(city.name) == fold(shown[best]) or city.population >= 50_000)
    return Home(name=shown[best], keys=frozenset({fold(shown[best])}), city=city if placed else None)


_NON_WORD = re.compile(r"[^\w]+")


def _simple(text: str) -> str:
    """Lower case, words only: enough to count a name's mentions (fold() of a whole document was slow)."""
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _count_names(words: list[str], keys: set[str]) -> Counter[str]:
    """How often each key (a folded name of one or more words, or it with a genitive -s) stands in words."""
    wanted = {k for key in keys if key for k in (key, key + "s")}
    by_first: dict[str, list[list[str]]] = {}
    for key in wanted:
        parts = key.split()
        by_first.setdefault(parts[0], []).append(parts)
    counts: Counter[str] = Counter()
    for i, word in enumerate(words):
        for parts in by_first.get(word, ()):
            if words[i:i + len(parts)] == parts:
                counts[" ".join(parts)] += 1
    return counts
