"""Repair typical Danish OCR confusions (ø read as g/@/e, å as d/a/é, æ as ae/ee ...), conservatively.

A correct Danish word must never change, so a word is only considered damaged when

- it carries a hard OCR signal (``@`` or ``&`` inside a word), or
- it is unknown: not in the Danish word list, not a regular inflection of a known word
  (``præcis`` + ``erer``), not a compound of two known words (``borgmester`` + ``kontor``),
  and not a common English word (``Tenders``);

and it is only replaced when a candidate with at most two substitutions is a clearly frequent word.
Among candidates the most frequent wins, after a small penalty for the less likely confusion
(``a`` is usually a lost ring on ``å``, rarely a broken ``ø``: ``gar`` becomes ``går``, not ``gør``).

How bold to be depends on the document. Clean text (no hard evidence of OCR damage) only gets
repairs through telling substitutions (``g``/``@``/``&``/``é``/``ae``/``ee`` ...) or into a direct
dictionary word. A document that is visibly damaged also gets its short look-alike words repaired
(``pa`` -> ``på``, ``nar`` -> ``når``) and compounds reached through one plain vowel change
(``kulturomradet`` -> ``kulturområdet``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from itertools import accumulate

from .ocrfigures import figures_damaged, repair_numbers, zero_as_letter
from .ocrplaces import country_reading, placed_towns, repair_place
from .wordlist import known, prefetch
from .words import (
    _compound3,
    _compound_score,
    _inflection_score,
    _long_compound,
    english_zipf,
    lexical,
    regular_score,
    score,
    zipf,
)

__all__ = ["english_zipf", "is_damaged", "lexical", "regular_score", "repair_numbers", "repair_text", "repair_word",
           "score", "zipf"]

# more frequent.
SHORT_KNOWN_GAIN = 1.7
SHORT_KNOWN_MAX_LEN = 4
# A damaged document: at least this many words carry hard evidence, and this share of all words.
DAMAGE_MIN_WORDS = 3
DAMAGE_MIN_SHARE = 0.002
# A common English word (Tenders, Representative) is a word, not damage.
ENGLISH_ZIPF = 3.0

# source (lower case) -> (intended character, penalty in Zipf units for the less likely reading)
CONFUSIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "g": (("ø", 0.0),), "@": (("ø", 0.0),), "&": (("å", 0.0),), "é": (("å", 0.0), ("ö", 0.3)),
    "è": (("ø", 0.2),), "á": (("å", 0.0),), "z": (("ø", 0.2),), "ae": (("æ", 0.0),), "ee": (("æ", 0.0),),
    "li": (("ü", 0.3),), "a": (("å", 0.0), ("ø", 0.5)), "e": (("ø", 0.3), ("æ", 0.5), ("ö", 0.6)), "o": (("ø", 0.2),),
    "d": (("å", 0.3), ("ø", 0.6)), "s": (("ø", 0.8),), "i": (("ü", 0.8),), "u": (("ü", 0.8),),
    "eae": (("æ", 0.0),), "q@": (("ø", 0.0),), "ë": (("ø", 0.2),), "ze": (("æ", 0.1),),
    # letters a scanner runs together or splits: "sarnarbejde" is samarbejde, "forbinclelse" forbindelse
    "rn": (("m", 0.2),), "cl": (("d", 0.3),),
}
# Substitutions that ordinary Danish spelling does not explain: telling evidence of OCR damage.
STRONG = {"g", "@", "&", "é", "è", "á", "z", "ae", "ee", "li", "eae", "q@", "ë", "ze"}
HARD = re.compile(r"[@&]")
# The multi-letter confusions with their patterns compiled once (_sites runs for every unknown word).
_MULTI = [(k, re.compile(re.escape(k))) for k in CONFUSIONS if len(k) > 1]

# A run of letters, @ and & (a word as a scanner may have damaged it). Written as runs of either kind rather than
# one character at a time: the same matches, and the regex engine loops over a run without re-entering the group.
TOKEN = re.compile(r"(?:[^\W\d_]+|[@&]+)+")


def _sites(word: str) -> list[tuple[int, int, str, float, bool]]:
    """(start, end, replacement, penalty, strong) for every confusion site in word."""
    sites = []
    for i, ch in enumerate(word):
        for rep, penalty in CONFUSIONS.get(ch, ()):
            sites.append((i, i + 1, rep, penalty, ch in STRONG))
    for key, rx in _MULTI:
        for m in rx.finditer(word):
            for rep, penalty in CONFUSIONS[key]:
                sites.append((m.start(), m.end(), rep, penalty, True))
    return sites


def _apply(word: str, edits) -> str:
    if len(edits) == 1:
        start, end, rep = edits[0][:3]
        return word[:start] + rep + word[end:]
    if len(edits) == 2 and edits[0][1] <= edits[1][0]:
        # A pair in order, as _edit_sets yields them: tens of thousands per damaged document, so no sort or join.
        (s1, e1, r1), (s2, e2, r2) = edits[0][:3], edits[1][:3]
        return word[:s1] + r1 + word[e1:s2] + r2 + word[e2:]
    out, pos = [], 0
    for start, end, rep, *_ in sorted(edits):
        out.append(word[pos:start])
        out.append(rep)
        pos = end
    out.append(word[pos:])
    return "".join(out)


def _candidate_score(cand: str, capitalised: bool, strong: bool = True,
                     indirect: bool = True, hard: bool = False, damaged: bool = False) -> tuple[float, bool]:
    """(score, direct): direct when cand (or a name's genitive base) is itself in the word list.

    indirect=False skips the (costly) compound and inflection readings when they could not be accepted.
    In a damaged document the full lexicon counts as a word list too (søsterbyaftale, Østerbro).
    """
    z = zipf(cand) or (lexical(cand) if damaged and len(cand) >= 6 else 0.0)  # short rare forms: coincidences
    if z:
        return z, True
    if cand.endswith("s") and zipf(cand[:-1]):
        # Genitive: of a name (Kgbenhavns) as good as listed; else (Klas -> Kløs) just an inflection.
        return (zipf(cand[:-1]) - 0.3, True) if capitalised and strong else (zipf(cand[:-1]) - 0.8, False)
    if not indirect:
        return 0.0, False
    found = max(_compound_score(cand), _inflection_score(cand))
    if not found and (hard or damaged) and len(cand) >= 12:
        found = _compound3(cand, 4 if hard else 5)  # where damage is certain: three-part readings are many
    return found, False



@lru_cache(maxsize=200_000)
def repair_lower(word: str, capitalised: bool = False, damaged: bool = True) -> str | None:
    """Repaired lower-case word, or None when the word is fine or no candidate is clearly better.

    damaged says whether the document shows OCR damage elsewhere (see module docstring).
    """
    hard = bool(HARD.search(word))
    known = zipf(word) or (lexical(word) if len(word) > SHORT_KNOWN_MAX_LEN else 0.0)  # the full lexicon too
    short_known = False
    if not hard:
        if known:
            # A listed word is left alone, except a short look-alike in a damaged document (pa, nar).
            if not (damaged and len(word) <= SHORT_KNOWN_MAX_LEN):
                return None
            if capitalised and _place_name(word):
                return None  # Kobe, Bern: a place, not a misread Danish word
            short_known = True
        elif len(word) >= 4 and english_zipf(word) >= ENGLISH_ZIPF:
            # A rare English word in a damaged Danish text may be a misread everyday word ("fern" for fem).
            return _everyday_reading(word) if damaged and english_zipf(word) < RARE_ENGLISH else None
    regular = 0.0 if hard or short_known else regular_score(word)
    sites = _sites(word)
    if not sites or len(sites) > 40:
        return None
    if not damaged and not hard and (capitalised or regular) and not any(site[4] for site in sites):
        return None  # clean text: a name (Kobe, Malmo) or a regular word needs telling evidence
    best, best_value, best_direct = None, -1.0, False
    for n in (1, 2):
        if n == 2 and (short_known or (best is not None and best_direct)):
            break  # a listed word one change away is the likelier reading
        # Two plain vowel changes in clean text are more likely a foreign word than damage.
        rounds = [(e, _apply(word, e) if damaged else "") for e in _edit_sets(sites, n, weak_pairs=damaged or hard)]
        if damaged:  # the lexicon answers this round's candidates _candidate_score asks about in one query
            prefetch(c for _e, c in rounds if len(c) >= 6 and not zipf(c))
        for edits, cand in rounds:
            # Any telling site among the one or two edits (indexing, not any(): this loop runs per candidate).
            strong = hard or edits[0][4] or edits[-1][4]
            if capitalised and not damaged and not strong:
                continue
            # Compound and inflection readings are accepted only with telling evidence, or after one plain
            # vowel change in a damaged document; never for a short listed word or a regular-looking one.
            indirect = ((strong or (damaged and n == 1 and word[edits[0][0]] in "aeo"))
                        and not short_known and not (regular and not hard))
            cand = cand or _apply(word, edits)
            s, direct = _candidate_score(cand, capitalised, strong, indirect, hard, damaged)
            if not s or not (direct or indirect):
                continue  # e.g. shape confusions (d for å) need a listed word: fordrer is no forårer
            if short_known and not (direct and s >= known + SHORT_KNOWN_GAIN and (not capitalised or s >= 5.0)):
                continue  # a capitalised one may be a name (Kobe): only a very common word replaces it (Mål)
            if not direct and not strong and capitalised and not _long_compound(cand):
                continue  # a name (Emmerich) must not become a Danish compound (ømme-rich)
            if regular and (not (strong or damaged) or s < max(4.0, regular + 1.0)):
                # Looks like an inflection or compound of known words: only a direct, clearly more
                # frequent word through telling evidence (or in a damaged document) overrides that.
                continue
            # Fewer substitutions and a whole listed word are the likelier reading (Feergerne is
            # Færøerne, not a rare inflection reached with one change).
            value = s - sum(e[3] for e in edits) - 0.3 * (n - 1) + (0.5 if direct else 0.0)
            if value > best_value:
                best, best_value, best_direct = cand, value, direct
    return best


# An English word rarer than this, in a damaged Danish document, may be damage (fern is fem).
RARE_ENGLISH = 3.8
EVERYDAY = 5.0


def _everyday_reading(word: str) -> str | None:
    """A very common Danish word one confusion away from word (rn -> m, cl -> d), else None."""
    best = None
    for start, end, rep, _penalty, _strong in _sites(word):
        cand = word[:start] + rep + word[end:]
        z = zipf(cand)
        if z >= EVERYDAY and z >= english_zipf(word) + 1.5 and (best is None or z > best[0]):
            best = (z, cand)
    return best[1] if best else None


def _edit_sets(sites: list, n: int, weak_pairs: bool = True):
    """Single sites, or pairs of sites that do not overlap (weak_pairs=False: one of them telling)."""
    if n == 1:
        yield from ((site,) for site in sites)
        return
    ordered = sorted(sites)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b[0] >= a[1] and (weak_pairs or a[4] or b[4]):
                yield a, b


def _place_name(word: str) -> bool:
    from .gazetteer import city_candidates

    # Only a sizeable city: small towns called Pa or Born are far rarer in Danish text than På and Børn.
    return any(c.population >= 100_000 for c in city_candidates(word.title()))


def _recase(original: str, repaired: str) -> str:
    if original.isupper() and sum(c.isalpha() for c in original) > 1:
        return repaired.upper()
    if original[0].isupper() or original[0] == "@":
        return repaired[0].upper() + repaired[1:]
    return repaired


@lru_cache(maxsize=200_000)
def repair_word(token: str, damaged: bool = True) -> str:
    """Repair one token as it appears in the text (case is kept).

    damaged=True (the default, for a word seen on its own) allows the bolder repairs; repair_text
    decides it per document.
    """
    # map(str.is...) rather than a generator: the same test, without a generator frame per token
    if len(token) < 2 or not any(map(str.isalpha, token)):
        return token
    body = token[1:]
    # Mixed case (EUniverCities, ServiceNow) marks a brand or acronym: leave it.
    if any(map(str.isupper, body)) and not token.isupper():
        return token
    if token.isupper() and sum(c.isalpha() for c in token) > 1:
        # All-caps acronyms are not words, but '@' inside one is surely an OCR'd Ø (@KF -> ØKF).
        return token.replace("@", "Ø") if "@" in token else token
    lower = token.lower()
    capitalised = token[0].isupper() or token[0] == "@"
    fixed = repair_lower(lower, capitalised, damaged)
    # Leading capital I read for l (Igsninger -> løsninger) is a frequent OCR slip.
    if fixed is None and damaged and token[0] == "I" and len(token) > 3 and not regular_score(lower):
        alt = "l" + lower[1:]
        alt_fixed = repair_lower(alt, False, damaged)
        if alt_fixed is not None:
            return alt_fixed
        if zipf(alt) >= 4.0:
            return "l" + token[1:]
    if (fixed is None and damaged and capitalised and len(lower) >= 5 and not lexical(lower)
            and not _own_city_name(lower) and not _exonym(lower)):
        fixed = _city_reading(lower)  # Minchen, Geteborg: one confusion away from a sizeable city
    if fixed is None:
        return token
    return _recase(token, fixed)


def _exonym(word: str) -> bool:
    from .gazetteer import DANISH_EXONYMS, fold

    return fold(word) in DANISH_EXONYMS


def _own_city_name(word: str) -> bool:
    """A sizeable city's own name (Kobe, Malmo), not one of the many alternate spellings GeoNames keeps."""
    from .gazetteer import city_candidates, fold

    return any(c.population >= 100_000 and fold(c.name) == fold(word) for c in city_candidates(word.title()))


def _city_reading(word: str) -> str | None:
    """The sizeable city one confusion away from word, when exactly one is (München for Minchen); of its
    spellings (Göteborg, Gøteborg) the likelier confusion."""
    from .gazetteer import city_candidates

    found: dict[int, tuple[float, str]] = {}
    for site in _sites(word):
        cand = _apply(word, (site,))
        if _place_name(cand):
            city = city_candidates(cand.title())[0]
            found[city.geonameid] = min(found.get(city.geonameid, (9.0, "")), (site[3], cand))
    return next(iter(found.values()))[1] if len(found) == 1 else None


_PROTECT = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+|<[^>\s]+>")


def _hard_evidence(token: str) -> bool:
    """A token that is surely OCR damage: a hard signal, or unknown and fixed by a telling substitution."""
    if len(token) < 2 or any(map(str.isupper, token[1:])):
        return False
    lower = token.lower()
    if HARD.search(lower) and any(c.isalpha() for c in lower):
        return True
    # The substring test first: it is cheap, and regular_score (compound and inflection readings) is not.
    if not any(map(lower.__contains__, STRONG)) or regular_score(lower):
        return False
    fixed = repair_lower(lower, False, False)
    return fixed is not None and bool(zipf(fixed) or (fixed.endswith("s") and zipf(fixed[:-1])))


def _alpha(token: str) -> bool:
    return any(map(str.isalpha, token))


# A scanner's digit for a letter inside a word ("K0mmunens", "pers0n", "udva1get", "Ti1skud") or its O for a zero in a
# figure ("45.OOO kr.", "95O kr."): damage as hard as an '@' in a word. Codes (CO2, A4, 3D, DK2020) have no lower-case
# letters on both sides of the digit, nor an O among a figure's digits.
_DIGIT_DAMAGE = re.compile(r"(?<![\w@])[A-ZÆØÅa-zæøå][a-zæøå]*[01][a-zæøå]{2,}(?![\w@])|"
                           r"(?<![\w.,])\d{1,3}(?:[.,][\dO]{3})*[.,]?[\dO]*O[\dO]*(?=\s*(?:kr\b|DKK|SEK|NOK|EUR|euro))")


@lru_cache(maxsize=1)
def _token_counts(text: str) -> Counter[str]:
    """How often each token stands in text. normalise.py judges the whole document (is_damaged) and then repairs
    it page by page (repair_text): a document of one page (a web page, a text file) is the same text twice, so
    the last answer is kept. Callers only read it."""
    return Counter(TOKEN.findall(text))


def is_damaged(text: str) -> bool:
    """True when text shows clear OCR damage (so bolder repairs are justified)."""
    counts = _token_counts(text)  # each distinct word is judged once
    need = max(DAMAGE_MIN_WORDS, DAMAGE_MIN_SHARE * sum(n for tok, n in counts.items() if _alpha(tok)))
    digits = len(_DIGIT_DAMAGE.findall(text)) if any(c.isdigit() for c in text) else 0
    # Damage enough ends the count: judging the other words is the costly part.
    return digits >= need or any(total >= need for total in accumulate(
        (n for tok, n in counts.items() if _hard_evidence(tok)), initial=digits))


_JOINED = ("i", "og")  # a scanner's lost space before a short word: "indgiki 2012" is "indgik i 2012"
# "ERlH", "UNESCQ": an acronym in capitals with an l the scanner read for its I.
_DAMAGED_ACRONYM = re.compile(r"[A-ZÆØÅ]+l[A-ZÆØÅl]*|[A-ZÆØÅ]*l[A-ZÆØÅ]+(?<=[A-ZÆØÅ]{2})")
_AI_DIGIT = re.compile(r"\bAl(?=\d)")  # "Al4Cities": a capital I read as l before a digit is AI (AI4Cities)


def _unknown_name(token: str) -> bool:
    """A capitalised token that is no Danish or English word: a place name the scanner may have damaged."""
    low = token.lower()
    return (len(token) >= 4 and token[0].isupper() and token[1:].islower() and not zipf(low)
            and english_zipf(low) < 2.5 and not lexical(low))


def _known_town(token: str) -> bool:
    from .gazetteer import _by_key

    return any(c.population >= 5_000 for c in _by_key(token.casefold()))


def _split_joined(token: str) -> str | None:
    low = token.lower()
    for tail in _JOINED:
        head = low[: -len(tail)]
        if low.endswith(tail) and len(head) >= 4 and zipf(head) >= 3.5 and not lexical(low) and \
                not regular_score(low):
            return token[: len(head)] + " " + token[len(head):]
    return None


def repair_text(text: str, damaged: bool | None = None) -> tuple[str, int, int]:
    """Repair every word of text; returns (text, tokens seen, tokens changed).

    damaged: whether the document is OCR-damaged; None judges it from text itself.
    """
    if damaged is None:
        damaged = is_damaged(text)
    if damaged:
        text = zero_as_letter(text)  # "Ris0r", "0regrund": a zero among letters is a scanned ø or ö
        text = _ONE_AS_L.sub(_one_as_l, text)  # "21 e1ever og 2 1ærere": a one among letters is a scanned l
    counts = _token_counts(text)
    seen = sum(n for tok, n in counts.items() if _alpha(tok))
    prefetch(tok.lower() for tok in counts if len(tok) > 4)
    fixes = {tok: fixed for tok in counts if _alpha(tok) and (fixed := repair_word(tok, damaged)) != tok}
    if damaged:
        fixes.update({tok: split for tok in counts if tok not in fixes and (split := _split_joined(tok))})
        # A town name is no Danish word: read it back with the city index first ("Geteborg" is Göteborg, not a
        # compound the word repair makes of it), in the country named beside it when one is ("Hérby i Sverige").
        placed = placed_towns(text)
        # A name the city index knows as it stands (Geteborg is an old spelling of Göteborg) is left as written.
        fixes = {tok: fixed for tok, fixed in fixes.items() if not (_unknown_name(tok) and _known_town(tok))}
        fixes.update({tok: place for tok in counts if _unknown_name(tok) and (place := repair_place(tok))})
        fixes.update({tok: place for tok, country in placed.items() if (place := repair_place(tok, country))})
        fixes.update({tok: land for tok in counts if "@" in tok and tok[:1].isupper() and len(tok) >= 5
                      and (land := country_reading(tok))})  # "Faer@eme" is Færøerne
        fixes.update({tok: tok.replace("l", "I") for tok in counts if _DAMAGED_ACRONYM.fullmatch(tok)})
        text = repair_numbers(_AI_DIGIT.sub("AI", text))
    elif figures_damaged(text):
        text = repair_numbers(text)  # a scan whose words came through but whose figures did not
    if not damaged:
        # A scan with little damage may still misspell a town it spells right elsewhere ("Knvsna" beside three
        # "Knysna"): an unknown name that the city index reads as a town the document names as written.
        shapes = {(len(t), t[0], t[-1]) for t, n in counts.items() if n >= 2 and t[:1].isupper()}
        fixes.update({tok: place for tok in counts if tok[:1].isupper() and (len(tok), tok[0], tok[-1]) in shapes
                      and tok not in fixes and _unknown_name(tok) and (place := repair_place(tok)) and place != tok
                      and counts.get(place, 0) >= 2})
    if not fixes:
        return text, seen, 0
    protected = [(m.start(), m.end()) for m in _PROTECT.finditer(text)]
    out, pos, changed = [], 0, 0
    for m in TOKEN.finditer(text):
        fixed = fixes.get(m.group())
        if fixed is None or _inside(protected, m.start()) or _next_to_digit(text, m.start(), m.end()):
            continue
        changed += 1
        out.append(text[pos:m.start()])
        out.append(fixed)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), seen, changed


# A word of letters with a 1 among them ("e1ever", "1ærere", "bevil1ing", "f1y"); never a code with other digits.
_ONE_AS_L = re.compile(r"(?<![\w.,-])(?=[^\W\d_]*1)(?=1?[^\W\d_])[^\W\d_1]*1[^\W\d_1]*(?:1[^\W\d_1]*)*(?![\w])")


def _one_as_l(m: re.Match) -> str:
    """The word with l for its ones when that is a Danish word form, else as it was."""
    word = m.group()
    read = word.replace("1", "l")
    return read if len(read) >= 3 and known(read.lower()) else word


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    # spans are sorted and disjoint: only the last one starting at or before offset can contain it
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _next_to_digit(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())

