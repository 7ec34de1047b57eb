"""Repair typical Danish OCR confusions (ø read as g/@/e, å as d/a, æ as ae/ee ...).

A word is replaced only when a candidate with at most two substitutions is much more frequent in
Danish (wordfreq Zipf rises by at least MIN_GAIN) — so real words, names and foreign words stay.
Compounds count as known when they split into two known words (optionally with a linking s/e).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from functools import lru_cache

MIN_GAIN = 2.0
# A word at least this frequent is ordinary Danish and is never touched.
KNOWN_ZIPF = 4.5
# Longer words that are already (rare but) known are left alone too.
KNOWN_LONG_ZIPF = 2.5
MIN_PART = 4
# Letters that OCR damage produces but Danish text rarely has in these places.
STRONG = set("g@é&zè")
# Inflection endings: a rare inflected form of a known word is a real word, not damage.
SUFFIXES = ("ernes", "erne", "ers", "ene", "ets", "ens", "er", "es", "en", "et", "e", "s", "r", "n", "t")

# source (lower case) -> possible intended characters
CONFUSIONS: dict[str, tuple[str, ...]] = {
    "g": ("ø",), "@": ("ø",), "e": ("ø", "æ"), "a": ("å", "ø"), "o": ("ø",), "z": ("ø",), "s": ("ø",),
    "d": ("å", "ø"), "é": ("å", "ø", "ö"), "è": ("ø",), "&": ("å",), "á": ("å",), "ae": ("æ",), "ee": ("æ",),
    "li": ("ü",), "i": ("ü",), "u": ("ü",),
}
_MULTI = [k for k in CONFUSIONS if len(k) > 1]

TOKEN = re.compile(r"(?:[^\W\d_]|[@&])+")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    # NB: wordlist="large" with "da" silently falls back to Norwegian; "small" is real Danish.
    freqs = get_frequency_dict("da", wordlist="small")
    return {w: round(math.log10(f) + 9, 2) for w, f in freqs.items() if f > 0}


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case Danish word (0 when unknown)."""
    return _vocab().get(word, 0.0)


def _compound_score(word: str, min_part: int = MIN_PART) -> float:
    vocab = _vocab()
    best = 0.0
    for i in range(min_part, len(word) - min_part + 1):
        left, right = word[:i], word[i:]
        right_z = vocab.get(right, 0.0)
        if right_z < 2.0:
            continue
        left_z = vocab.get(left, 0.0)
        if left_z < 2.0 and left[-1] in "se" and len(left) > MIN_PART:
            left_z = vocab.get(left[:-1], 0.0)  # linking letter: erhverv-s-hus, børn-e-have
        if left_z >= 2.0:
            # A split is weaker evidence than a whole-word hit, hence the small penalty.
            best = max(best, min(left_z, right_z) - 0.5)
    return best


@lru_cache(maxsize=200_000)
def score(word: str) -> float:
    """Best evidence that lower-case word is Danish: its Zipf, or its score as a compound."""
    return zipf(word) or _compound_score(word)


def _stem_score(word: str) -> float:
    # Text as written gets the benefit of the doubt: short tails (befolknings-tal) and inflections.
    short = _compound_score(word, 3)
    if short:
        return short
    for suffix in SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            z = zipf(stem) or _compound_score(stem)
            if z >= KNOWN_LONG_ZIPF:
                return z - 0.5
    return 0.0


@lru_cache(maxsize=200_000)
def original_score(word: str) -> float:
    """Like score, but also credits inflected forms of known words (the text as written)."""
    return score(word) or _stem_score(word)


def _sites(word: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every confusion site in word."""
    sites = []
    for i, ch in enumerate(word):
        for rep in CONFUSIONS.get(ch, ()):
            sites.append((i, i + 1, rep))
    for key in _MULTI:
        for m in re.finditer(re.escape(key), word):
            for rep in CONFUSIONS[key]:
                sites.append((m.start(), m.end(), rep))
    return sites


def _apply(word: str, edits: tuple[tuple[int, int, str], ...]) -> str:
    out, pos = [], 0
    for start, end, rep in sorted(edits):
        out.append(word[pos:start])
        out.append(rep)
        pos = end
    out.append(word[pos:])
    return "".join(out)


def _overlap(edits) -> bool:
    spans = sorted((s, e) for s, e, _ in edits)
    return any(b[0] < a[1] for a, b in itertools.pairwise(spans))


@lru_cache(maxsize=100_000)
def repair_lower(word: str, capitalised: bool = False) -> str | None:
    """Repaired lower-case word, or None when no candidate is clearly better."""
    base = original_score(word)
    if base >= KNOWN_ZIPF or (len(word) > 4 and base >= KNOWN_LONG_ZIPF):
        return None
    sites = _sites(word)
    if not sites or len(sites) > 40:
        return None
    best, best_score = None, base + MIN_GAIN
    for n in (1, 2):
        for edits in itertools.combinations(sites, n):
            if n == 2 and _overlap(edits):
                continue
            cand = _apply(word, edits)
            direct = zipf(cand) or (zipf(cand[:-1]) - 0.5 if cand.endswith("s") else 0.0)  # genitive
            s = direct or _compound_score(cand)
            strong = any(word[a] in STRONG or b - a > 1 for a, b, _ in edits)
            # Common letters (e, a, o, s, d, i) misread are weak evidence: demand more gain for them.
            if not direct and not strong and (capitalised or s < base + MIN_GAIN + 0.5):
                continue  # capitalised: a name (Emmerich, Tampere) must not become a Danish compound
            if s >= best_score:
                best, best_score = cand, s
        if best is not None:
            break  # prefer the fewest substitutions
    return best


def _recase(original: str, repaired: str) -> str:
    if original.isupper() and len(original) > 1:
        return repaired.upper()
    if original[0].isupper() or original[0] == "@":
        return repaired[0].upper() + repaired[1:]
    return repaired


@lru_cache(maxsize=200_000)
def repair_word(token: str) -> str:
    """Repair one token as it appears in the text (case is kept)."""
    if len(token) < 2 or not any(c.isalpha() for c in token):
        return token
    body = token[1:]
    # Mixed case (EUniverCities, ServiceNow) marks a brand or acronym: leave it.
    if any(c.isupper() for c in body) and not token.isupper():
        return token
    if token.isupper():
        # All-caps acronyms are not words, but '@' inside one is surely an OCR'd Ø (@KF -> ØKF).
        return token.replace("@", "Ø") if "@" in token else token
    lower = token.lower()
    # Leading capital I read for l (Igsninger -> løsninger) is a frequent OCR slip.
    fixed = repair_lower(lower, token[0].isupper())
    if fixed is None and token[0] == "I" and len(token) > 3:
        alt = repair_lower("l" + lower[1:])
        if alt is not None or score("l" + lower[1:]) >= score(lower) + MIN_GAIN:
            return alt or "l" + token[1:]
    if fixed is None:
        return token
    return _recase(token, fixed)


_PROTECT = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+|<[^>\s]+>")


def repair_text(text: str) -> tuple[str, int, int]:
    """Repair every word of text; returns (text, tokens seen, tokens changed)."""
    protected = [(m.start(), m.end()) for m in _PROTECT.finditer(text)]
    out, pos, seen, changed = [], 0, 0, 0
    for m in TOKEN.finditer(text):
        token = m.group()
        if not any(c.isalpha() for c in token):
            continue
        seen += 1
        if _inside(protected, m.start()) or _next_to_digit(text, m.start(), m.end()):
            continue
        fixed = repair_word(token)
        if fixed != token:
            changed += 1
            out.append(text[pos:m.start()])
            out.append(fixed)
            pos = m.end()
    out.append(text[pos:])
    return "".join(out), seen, changed


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    # spans are sorted and disjoint: only the last one starting at or before offset can contain it
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _next_to_digit(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())
