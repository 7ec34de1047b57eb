"""Stated counts of things: '412 delegationshenvendelser', 'ni repræsentanter', '18 host families', 'syv af kommunens
skoler', 'fem vänorter, varav fyra i Norden'.

A count is a number (digits or a number word of the document's language) before a countable noun (countwords.py),
perhaps with modifiers between ("13 frivillige organisationer", "7 Interreg projekter"); the noun is the farthest
countable word before a word that ends the phrase ("14 medarbejdere og 3 politikere" holds two counts). A number
that measures a unit (år, km, procent, kr.) is no count. English plurals the lexicon lacks count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .countwords import is_core, is_head
from .language import current
from .lexicon import TWIN_RE
from .numbers import COMPOUND_NUMBER, NUMBER, NUMBER_WORDS, finditer_at_numbers, parse_number, word_number

_QUAL = (r"(?P<qual>(?:over|mere end|ca\.|cirka|omkring|godt|knap|næsten|mindst|more than|about|nearly|around|"
         r"almost|at least|over|drygt|knappt|omkring|nästan|minst|rundt|nesten|cirka)\s+)?")
# Between the words of the phrase: spaces, or a line break when the line goes on in lower case (a wrapped sentence;
# a capital after the break opens a new line of a list: "Prioriteter 9\nAktiviteter 9").
_GAP = r"(?:[ \t\u00a0]+|[ \t]*\n[ \t]*(?-i:(?=[a-zæøåäöü])))"
_REST = r"(?=(?P<rest>(?:" + _GAP + r"\d{1,2}\.(?=\s))?(?:" + _GAP + r"[\w+-]+){1,4}))"  # "To 8. klasser": an ordinal
COUNT_RE = re.compile(_QUAL + r"(?P<num>" + NUMBER + r")(?![\d,.]\d)" + _REST, re.I)
WORD_COUNT_RE = re.compile(r"(?<![\w-])" + _QUAL + r"(?P<num>" + COMPOUND_NUMBER + "|" + "|".join(NUMBER_WORDS)
                           + r")(?![\w-])" + _REST, re.I)
# "varav fyra i Norden", "heraf 20 strategiske", "of which three in Finland": a part of a count just stated.
_PART_RE = re.compile(r"\b(?:heraf|hvoraf|herav|hvorav|varav|of\s+which|of\s+whom|af\s+dem|av\s+dem|of\s+them|"
                      r"blandt\s+dem|bland\s+dem|among\s+them)\s+(?:er\s+|är\s+|are\s+)?(?P<num>\d+|[a-zæøåäö]+)\b",
                      re.I)
_WORD = re.compile(r"[\w+-]+")
# After a part's number: a group of digits or a unit (an amount's or a share's part, not a count's).
_MEASURE_AFTER = re.compile(r"[.,]\d|\s*%|\s*(?P<unit>[a-zæøåäö]+)\b", re.I)
_SKIP_BEFORE = re.compile(r"(\bde|\bthe|\bnr\.?|\bno\.|§|\bkl\.|\bpunkt|\bside|\bpage|\bsida|/)\s*$", re.I)
# Words that end the phrase after a number: what follows them is no longer what the number counts.
_STOP = {"og", "and", "och", "i", "in", "af", "of", "av", "til", "to", "for", "för", "med", "with", "på", "on", "at",
         "und", "aus", "von", "mit", "im", "für", "nach", "zu", "bei", "ist", "sind", "waren", "wurden", "je",
         "fra", "from", "från", "som", "der", "who", "that", "which", "er", "is", "are", "var", "was", "were", "har",
         "has", "have", "blev", "ble", "mellem", "between", "mellan", "om", "about", "per", "pr", "hver", "each",
         "eller", "or", "samt", "plus", "mest", "største", "bedste", "første", "most", "top", "ud", "out", "än",
         "end", "than", "efter", "after", "ved", "by", "under", "over", "inden", "within", "uden", "without"}
# Units a number measures: no count ("3 år", "30 km", "10 procent", "2 timer").
_UNITS = re.compile(r"^(?:år|års|åren|året|years?|jahre|jahren|monate|monaten|tage|tagen|wochen|stunden|prozent|mal|"
                    r"months?|måned\w*|månad\w*|uger?|ugers|veckor|vecka|uker?|weeks?|"
                    r"dage|dagar|dager|days?|døgn|dygn|timer|timmar|hours?|minutter|minuter|minutes?|sekunder|seconds?|"
                    r"procent\w*|prosent\w*|percent|pct|km|kilometer\w*|kilometres?|kilometers?|meter|metres?|meters?|"
                    r"mil|miles?|kr|kroner|kronor|mio|mia|mill\w*|million\w*|milliard\w*|billion|tusind\w*|tusen|"
                    r"thousand|hundrede|hundra|hundred|euro|eur|dkk|sek|nok|gange|gånger|ganger|times|sider|sidor|"
                    r"pages?|kg|ton|tons|tonnes?|liter|litres?|grader|degrees|m2|m²|kvm|hektar|hectares?|mw|kw|gwh|mwh|"
                    r"point|points|stk|st)$", re.I)
_MONEY_BEFORE = re.compile(r"(?:\b(?:kr|dkk|sek|nok|eur|usd|gbp|chf|isk)\.?|[£$€])\s*$", re.I)
# A limit is no stated number of things: "kommuner under 100.000 indbyggere", "fewer than 5,000 inhabitants".
_THRESHOLD = re.compile(r"\b(?:under|below|fewer\s+than|less\s+than|færre\s+end|mindre\s+end|färre\s+än|"
                        r"mindre\s+än|færre\s+enn|mindre\s+enn|højst|högst|høyst|at\s+most|maks(?:imalt)?|"
                        r"maximum|max\.?)\s*$", re.I)
# English words ending in -s that are no plural nouns.
_NOT_PLURAL = {"towards", "always", "perhaps", "besides", "afterwards", "whereas", "thus", "plus", "less", "unless",
               "this", "its", "his", "hers", "ours", "yours", "theirs", "was", "has", "does", "is", "various",
               "across", "includes", "remains", "means", "goes", "gets", "makes", "takes", "comes", "sets",
               "pounds", "dollars", "euros", "crowns"}
_NUMBERISH = re.compile(r"^(?:\d[\d.,]*|" + "|".join(NUMBER_WORDS) + r")$", re.I)


@dataclass(frozen=True)
class Count:
    value: int
    noun: str
    start: int
    end: int
    approx: bool = False
    raw: str = ""
    how: str = ""  # the evidence when it is not a number before a countable noun


def find_counts(text: str) -> list[Count]:
    """Counts of things stated in text (a number, in digits or words, followed by a countable noun)."""
    found = [*_digit_counts(text), *_word_counts(text), *_part_counts(text), *_bracket_counts(text),
             *_group_counts(text), *_colon_parts(text), *_round_counts(text)]
    found += _earlier_year_counts(text, found)
    if found:
        found += _listed_ones(text, found)
    seen: set[int] = set()
    out = []
    for c in sorted(found, key=lambda c: c.start):
        if c.start not in seen:
            seen.add(c.start)
            out.append(c)
    return out


_NUMBER_WORD_SET = frozenset(NUMBER_WORDS)
_COMPOUND_KEY = re.compile(r"^" + COMPOUND_NUMBER + r"$", re.I)


def _word_counts(text: str) -> list[Count]:
    words = _WORD.findall(text.lower())
    if _NUMBER_WORD_SET.isdisjoint(words) and not any(_COMPOUND_KEY.search(w) for w in words if len(w) >= 5):
        return []  # most sentences hold no number word: one set test instead of the pattern at every letter
    lang = current().lang
    out = []
    for m in WORD_COUNT_RE.finditer(text):
        value = word_number(m.group("num"), lang)
        one = value == 1 and m.group("num").lower() in _STRESSED_ONE
        noun = _singular_noun(m.group("rest")) if one else _noun(m.group("rest"), lang)
        if value is None or (value < 2 and not one) or noun is None:
            continue
        if (noun.group()[:1].isupper() and not m.group("rest").isupper() and lang != "de"
                and not re.search(r"-[a-zæøåäö]", noun.group())):  # "fire EU-projekter" is a count
            continue  # "to Energy Cities", "to the European Cities": a name, not what a number word counts
        if _skipped(text[max(0, m.start() - 8):m.start()], m.group("rest")[:noun.end()]):
            continue  # "the two museums", "de fem byer": a set named before; "de seks vennskapsbyene" states it
        out.append(_count(text, m, value, noun))
    return out


def _digit_counts(text: str) -> list[Count]:
    lang = current().lang
    found = []
    for m in finditer_at_numbers(COUNT_RE, text):
        start = m.start("num")
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,-/£$€"):
            continue
        if _MONEY_BEFORE.search(text[max(0, start - 6):start]) or _THRESHOLD.search(text[max(0, start - 14):start]):
            continue  # an amount ("DKK 2.500 partnere" is no phrase) or a threshold ("under 100.000 indbyggere")
        noun = _noun(m.group("rest"), lang)
        if noun is None:
            continue
        if _skipped(text[max(0, start - 8):start], m.group("rest")[:noun.end()]):
            continue  # "de 46 kommuner i regionen" picks out a set; "de 21 partnere" states the partners
        value = parse_number(m.group("num"))
        if value != value.to_integral_value() or value <= 0:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            continue  # a year ("i 2020 projekter ..."), not a count
        found.append(_count(text, m, int(value), noun))
    return found


def _skipped(before: str, phrase: str) -> bool:
    """A page, section or clock number, or a number after an article that picks out a set named before."""
    skip = _SKIP_BEFORE.search(before)
    return bool(skip) and not (skip.group(1).strip().lower() in ("de", "the") and _stated(phrase))


def _stated(phrase: str) -> bool:
    """After 'de'/'the' a number states a count of the work's core things ('the six partners', 'de to venskabsbyer')
    or stands before a Nordic definite plural ('de seks vennskapsbyene'); else it picks out a set named before
    ('the two museums', 'de fem byer')."""
    words = phrase.split()
    return bool(TWIN_RE.search(phrase)) or any(is_core(w) for w in words) or words[-1].lower().endswith(
        ("ene", "erne", "arna", "orna", "erna"))


def _count(text: str, m: re.Match, value: int, noun: re.Match) -> Count:
    end = m.start("rest") + noun.end()
    return Count(value=value, noun=noun.group(), start=m.start(), end=end, approx=bool(m.groupdict().get("qual")),
                 raw=text[m.start():end])


def _part_counts(text: str) -> list[Count]:
    """'fem vänorter, varav fyra i Norden': the part counts what the whole counts."""
    out = []
    for m in _PART_RE.finditer(text):
        num = m.group("num")
        value = int(num) if num.isdigit() else word_number(num, current().lang)
        if value is None or value <= 0 or re.fullmatch(r"(?:19|20)\d\d", num):
            continue
        after = _MEASURE_AFTER.match(text, m.end("num"))
        if after and (not after.group("unit") or _UNITS.match(after.group("unit"))):
            continue  # "hvoraf 350.000 kr.", "varav 75 procent": a share of an amount, not of a count
        out.append(Count(value=value, noun=m.group().split()[0].lower(), start=m.start("num"), end=m.end("num"),
                         raw=m.group(), how="part of a count just stated"))
    return out


# "en delegation på 18 personer", "a delegation of 18", "en gruppe på 12 ældre", "ett sällskap om 30":
# the size of a group of people, with or without a noun after the number.
_GROUP_RE = re.compile(r"\b(?P<noun>delegation\w*|delegasjon\w*|gruppe\w*|grupp\w*|group|party|team|sällskap\w*|"
                       r"følge|følget|hold)\s+(?:of|på|om|with|med|av|af)\s+" + _QUAL.replace("qual", "gqual")
                       + r"(?P<num>\d{1,4}|[a-zæøåäö]+)(?![\w,.]\w)(?!\s*(?:%|procent|prosent|percent|år|years?|"
                       r"dage|days?|kr\b|euro|eur\b|km\b))", re.I)


def _group_counts(text: str) -> list[Count]:
    low = text.lower()  # once, not once per key
    if not any(k in low for k in ("deleg", "grupp", "group", "party", "team", "sällskap", "følge", "hold")):
        return []
    out = []
    for m in _GROUP_RE.finditer(text):
        num = m.group("num")
        value = int(num) if num.isdigit() else word_number(num, current().lang)
        if value is None or value < 2 or re.fullmatch(r"(?:19|20)\d\d", num):
            continue
        out.append(Count(value=value, noun=m.group("noun").lower(), start=m.start("num"), end=m.end("num"),
                         approx=bool(m.group("gqual")), raw=text[m.start("num"):m.end("num")],
                         how="size of a group of people"))
    return out


# "ett tjugotal ungdomar" (some twenty), "et tjuetall deltakere", "en snes gæster", "et halvt hundrede elever".
_ROUND = {"tio": 10, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80,
          "nittio": 90, "hundra": 100, "ti": 10, "tjue": 20, "tretti": 30, "førti": 40, "femti": 50, "seksti": 60,
          "sytti": 70, "åtti": 80, "nitti": 90, "hundre": 100}
_ROUND_RE = re.compile(r"(?<![\w-])(?:ett|et|en)\s+(?:(?P<tens>" + "|".join(sorted(_ROUND, key=len, reverse=True))
                       + r")tall?s?|(?P<snes>snes|halvt\s+hundrede))" + _REST, re.I)


def _round_counts(text: str) -> list[Count]:
    low = text.lower()
    if "tal" not in low and "snes" not in low and "hundrede" not in low:
        return []
    out = []
    for m in _ROUND_RE.finditer(text):
        noun = _noun(m.group("rest"), current().lang)
        if noun is None:
            continue
        snes = (m.group("snes") or "").lower()
        value = _ROUND[m.group("tens").lower()] if m.group("tens") else (20 if snes == "snes" else 50)
        out.append(Count(value=value, noun=noun.group(), start=m.start(), end=m.start("rest") + noun.end(),
                         approx=True, raw=text[m.start():m.start("rest") + noun.end()],
                         how="round number word before a countable noun"))
    return out


# "knyttet til fem byer: fire i Norden og ...": a part of the count just stated, after a colon.
# "syv venskabsbyer – fem i de nordiske lande og to længere mod syd": the parts after a dash, the same way.
_COLON_PART = re.compile(r"(?::|\s[–—])\s+(?P<num>\d{1,4}|[a-zæøåäö]+)\s+(?:i|in|på|fra|från|from)\s+"
                         r"(?:de\s+|the\s+|det\s+)?[A-ZÆØÅÄÖa-zæøåäö]")
# The next parts of the same list: "og to længere mod syd", "and two further south".
_NEXT_PART = re.compile(r"(?:,|\s(?:og|and|och|samt))\s+(?P<num>\d{1,4}|[a-zæøåäö]+)\s+(?P<word>[a-zæøåäö]+)")


def _colon_parts(text: str) -> list[Count]:
    if ":" not in text and "–" not in text and "—" not in text:
        return []
    out = []
    for m in _COLON_PART.finditer(text):
        before = text[:m.start()]
        if not find_counts_before(before):
            continue  # only a part of a count stated just before the colon
        num = m.group("num")
        value = int(num) if num.isdigit() else word_number(num, current().lang)
        if value is None or value < 1 or re.fullmatch(r"(?:19|20)\d\d", num):
            continue
        out.append(Count(value=value, noun="part", start=m.start("num"), end=m.end("num"), raw=num,
                         how="part of a count stated before a colon"))
        for nxt in _NEXT_PART.finditer(text, m.end(), min(len(text), m.end() + 80)):
            num = nxt.group("num")
            value = int(num) if num.isdigit() else word_number(num, current().lang)
            if num.lower() in ("en", "et", "ett", "ei", "one", "a"):
                continue  # an article as likely as 'one'
            if value is None or value < 1 or is_head(nxt.group("word")) or _UNITS.match(nxt.group("word")):
                continue  # a count of its own ("og 12 elever") or a measure, not a part
            out.append(Count(value=value, noun="part", start=nxt.start("num"), end=nxt.end("num"), raw=num,
                             how="part of a count stated before a colon"))
            break
    return out


def find_counts_before(text: str) -> bool:
    """A count ends right before the colon: 'fem byer:'."""
    tail = text[-60:]
    return any(c.end >= len(tail) - 1 for c in [*_digit_counts(tail), *_word_counts(tail)])


# "modtager en del (28 i 2018) internationale henvendelser": the figure and its year in brackets before the noun.
_BRACKET_RE = re.compile(r"\((?P<num>\d{1,6})\s+(?:i\s+|in\s+|år\s+|year\s+)?(?:19|20)\d\d\)" + _REST)


def _bracket_counts(text: str) -> list[Count]:
    if "(" not in text:
        return []
    out = []
    for m in _BRACKET_RE.finditer(text):
        noun = _noun(m.group("rest"), current().lang)
        value = int(m.group("num"))
        if noun is not None and value > 0:
            out.append(_count(text, m, value, noun))
    return out


# "27 delegations (2023: 19)", "412 henvendelser (i 2018: 388)": the same count for an earlier year.
_EARLIER_YEAR = re.compile(r"\s*\((?:i\s+|in\s+|år\s+)?(?:19|20)\d\d:\s*(?P<num>\d{1,6})\)")


def _earlier_year_counts(text: str, found: list[Count]) -> list[Count]:
    if "(" not in text:
        return []
    out = []
    for c in found:
        m = _EARLIER_YEAR.match(text, c.end)
        if m and int(m.group("num")) > 0:
            out.append(Count(value=int(m.group("num")), noun=c.noun, start=m.start("num"), end=m.end("num"),
                             raw=m.group("num"), how="the same count for an earlier year"))
    return out


def _noun(rest: str, lang: str) -> re.Match | None:
    """The countable noun after the number: the farthest head among the next three words before a word that ends
    the phrase; 'syv af kommunens skoler' reaches over 'af' and a genitive; in English any plural that is no unit."""
    words = list(_WORD.finditer(rest))[:4]
    if len(words) >= 2 and words[0].group().lower() in ("af", "of", "av"):
        return _after_of(words[1:])
    best = None
    if len(words) >= 2 and words[0].group().isdigit() and rest[words[0].end():words[0].end() + 1] == ".":
        words = words[1:]  # "To 8. klasser": an ordinal between the number and its noun
    for k, w in enumerate(words[:3]):
        low = w.group().lower()
        if low in _STOP or _UNITS.match(low) or _NUMBERISH.match(low):
            break
        if "+" not in low and is_head(low):
            best = w
        elif best is None and k <= 1 and lang == "en" and _english_plural(w.group()):
            best = w
    return best


# Danish 'én' and 'ét' are the number one, never the article: "fire venskabsbyer og én venskabsaftale".
_STRESSED_ONE = frozenset({"én", "ét"})
_PLURAL_ENDINGS = ("r", "er", "e", "s", "")


def _singular_noun(rest: str) -> re.Match | None:
    """The noun after 'én' or a listed 'one': the farthest of the next three words that is a singular whose plural
    the lexicon counts (venskabsaftale -> venskabsaftaler, network membership -> memberships), before a word that
    ends the phrase."""
    best = None
    for w in list(_WORD.finditer(rest))[:3]:
        low = w.group().lower()
        if low in _STOP or _UNITS.match(low) or _NUMBERISH.match(low):
            break
        if any(is_head(low + ending) for ending in _PLURAL_ENDINGS):
            best = w
    return best


# "four partner towns, one international network membership and two EU projects": English 'one' as an item of a list
# of counts is a count (the Nordic 'en', 'et', 'ett' are as often articles: "tre projekter, en konference").
_LISTED_ONE = re.compile(r"(?:,\s*|\sand\s+)(?P<num>one)\s+(?P<rest>(?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_LIST_GAP = re.compile(r"\s*(?:,|\band\b)\s*", re.I)


def _listed_ones(text: str, found: list[Count]) -> list[Count]:
    ends = {c.end for c in found}
    starts = {c.start for c in found}
    out = []
    for m in _LISTED_ONE.finditer(text):
        noun = _singular_noun(m.group("rest"))
        if noun is None:
            continue
        end = m.start("rest") + noun.end()
        before = any(_LIST_GAP.fullmatch(text[e:m.start("num")]) for e in ends if e <= m.start("num"))
        after = _LIST_GAP.match(text, end)
        if before or (after and after.end() in starts):
            out.append(Count(value=1, noun=noun.group(), start=m.start("num"), end=end,
                             raw=text[m.start("num"):end], how="'one' in a list of counts"))
    return out


def _after_of(words: list[re.Match]) -> re.Match | None:
    """'syv af kommunens skoler', 'seven of the town's schools': a determiner or genitive, then the noun."""
    det = words[0].group().lower()
    if not (det in ("de", "the", "dem", "vores", "our", "its", "their", "deres", "dens", "disse", "these", "våra",
                    "våre") or det.endswith(("s", "'s", "’s"))):
        return None
    for w in words[1:3]:
        low = w.group().lower()
        if low in _STOP or _NUMBERISH.match(low):
            return None
        if is_head(low):
            return w
    return None


def _english_plural(word: str) -> bool:
    """A lower-case English plural that is no unit of measure or time ('jetties', 'host families')."""
    low = word.lower()
    return (word.islower() and word.isalpha() and len(low) >= 4 and low.endswith("s") and not low.endswith("ss")
            and not _UNITS.match(low) and low not in _NOT_PLURAL)


def parse_count(text: str) -> int:
    """The first count stated in text; raises ValueError when none is found."""
    counts = find_counts(text)
    if not counts:
        raise ValueError(f"no count in {text!r}")
    return counts[0].value
