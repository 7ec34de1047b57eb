"""How Danish a lower-case word is: frequency (wordfreq), the full lexicon (wordlist.py), regular
inflections (præcis-erer) and compounds of known words (borgmester-kontor). The OCR repair (ocr.py) and the
name rules ask here."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .wordlist import known

# Zipf values of the Danish "small" word list start at 3.0: every listed word is in real use.
MIN_PART = 4
# A word the full lexicon knows but wordfreq does not counts as this frequent (rare but real).
LEXICON_ZIPF = 2.5

# Regular Danish inflection and derivation endings, longest first (præcis-erer, borger-ne, ...).
SUFFIXES = tuple(sorted({
    "erne", "ernes", "erer", "erede", "eret", "ering", "eringen", "eringer", "eringerne", "ende", "endes",
    "ede", "else", "elsen", "elser", "elserne", "ing", "ingen", "inger", "ingerne", "ighed", "igheden", "ige",
    "igt", "lig", "lige", "ligt", "hed", "heden", "heder", "er", "ers", "en", "ens", "et", "ets", "ene", "enes",
    "e", "es", "s", "r", "t", "n", "ne", "te", "de", "ste", "est", "skab", "skabet", "isk", "iske",
    "isere", "iserer", "iseret", "iserede", "isering", "iseringen", "iseringer", "isme", "ismen", "ist", "isten",
    "ister", "isterne",
}, key=len, reverse=True))
_SUFFIX_SET = frozenset(SUFFIXES)
# Verbs in -ere pair with nouns in -ation (deleg-ere / deleg-ation, koordin-ere / koordin-ation).
_ERE_VERB = re.compile(r"(.{3,}?)(?:ere|erer|eret|erede|ering|eringen|eringer|erende)$")
MIN_STEM = 4


# word -> Zipf, filled on first use. A plain module dict rather than an lru_cache'd loader: zipf() is called
# hundreds of thousands of times per corpus (every OCR repair candidate), and the cache call was half its cost.
_VOCAB: dict[str, float] = {}


def _vocab() -> dict[str, float]:
    if not _VOCAB:
        from wordfreq import get_frequency_dict

        # NB: wordlist="large" with "da" silently falls back to Norwegian; "small" is real Danish.
        freqs = get_frequency_dict("da", wordlist="small")
        vocab = {w: round(math.log10(f) + 9, 2) for w, f in freqs.items() if f > 0}
        _VOCAB.update(vocab)  # whole at once: another thread never sees half a list
    return _VOCAB


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case Danish word (0 when unknown)."""
    return (_VOCAB or _vocab()).get(word, 0.0)


_WORDFREQ_LANG = {"sv": "sv", "no": "nb", "en": "en", "de": "de"}


@lru_cache(maxsize=100_000)
def _other_zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, _WORDFREQ_LANG[lang], wordlist="small")


def doc_zipf(word: str) -> float:
    """Zipf frequency of a lower-case word in the language of the document being read (Danish outside one):
    'mellan' and 'sidan' are everyday words of a Swedish page, 'skagen' is not."""
    from .language import current

    lang = current().lang
    return zipf(word) if lang not in _WORDFREQ_LANG else _other_zipf(word, lang)


@lru_cache(maxsize=100_000)
def english_zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _compound_score(word: str, min_part: int = MIN_PART) -> float:
    get = (_VOCAB or _vocab()).get  # the OCR repair scores tens of thousands of candidates: one lookup per part
    best = 0.0
    if min_part >= MIN_PART and len(word) >= 8:  # (at 8 letters every split below leaves parts of 2 and 3)
        # Short but very frequent parts (by-løsninger, minister-råd) make compounds too.
        for i in (2, 3, len(word) - 3):
            left_z, right_z = get(word[:i], 0), get(word[i:], 0)
            if left_z >= 4.5 and right_z >= 4.5:
                best = max(best, min(left_z, right_z) - 1.0)
    for i in range(min_part, len(word) - min_part + 1):
        right_z = get(word[i:], 0.0)
        if not right_z:
            continue  # most splits: the left part is not even cut
        left = word[:i]
        left_z = get(left, 0.0)
        if not left_z and left[-1] in "se" and len(left) > min_part:
            left_z = get(left[:-1], 0.0)  # linking letter: erhverv-s-hus, børn-e-have
        if left_z:
            # A split is weaker evidence than a whole-word hit, hence the small penalty.
            best = max(best, min(left_z, right_z) - 0.5)
    return best


def _long_compound(word: str) -> bool:
    """A compound of a frequent head and a long Danish tail (miljø-forvaltningen), hardly a coincidence."""
    for i in range(MIN_PART, len(word) - 5):
        left, right = word[:i], word[i:]
        if zipf(left) >= 3.4 and zipf(right) >= 3.4 and english_zipf(right) < zipf(right):
            return True
    return False


def _inflection_score(word: str, generous: bool = False) -> float:
    """Zipf of the known stem when word is stem + a regular ending (0 otherwise).

    generous (for text as written) also accepts a compound stem and -ere verbs of -ation nouns; for a
    repair candidate that would make too many coincidences (international-især-ing).
    """
    # Longest ending first; no ending is longer than SUFFIXES[0], so shorter tails are all there is to try.
    for i in range(max(MIN_STEM, len(word) - len(SUFFIXES[0])), len(word)):
        if word[i:] in _SUFFIX_SET:
            stem = word[:i]
            z = zipf(stem) or zipf(stem + "e") or (generous and _compound_score(stem))
            if z:
                return z - 0.5
    if generous:
        m = _ERE_VERB.match(word)
        if m and (zipf(m.group(1) + "ation") or zipf(m.group(1) + "ationen")):
            return zipf(m.group(1) + "ation") or zipf(m.group(1) + "ationen")
    return 0.0


@lru_cache(maxsize=200_000)
def score(word: str) -> float:
    """Best evidence that lower-case word is Danish: its Zipf, or its score as a compound."""
    return zipf(word) or _compound_score(word)


_RARE_IN_DANISH = re.compile(r"ae|ee|[éèáz]")


@lru_cache(maxsize=200_000)
def regular_score(word: str) -> float:
    """Evidence that word is correct as written: known, a compound (tails of 3 allowed) or inflected.

    Letters rare in Danish (ae, ee, é, z) make the generous readings suspect: igangveer-ende is no word.
    """
    generous = not _RARE_IN_DANISH.search(word)
    return zipf(word) or _compound_score(word, 3 if generous else MIN_PART) or _inflection_score(word, generous)


# Kept under its old name for callers that ask how Danish a written word looks.
original_score = regular_score


def _compound3(word: str, min_left: int = MIN_PART) -> float:
    """A known word (with a linking s/e) before a two-part compound: øresund-s-vand-samarbejdet."""
    vocab = _VOCAB or _vocab()
    for i in range(MIN_PART, len(word) - 2 * MIN_PART + 1):
        left = word[:i]
        left_z = vocab.get(left, 0.0) or (vocab.get(left[:-1], 0.0) if left[-1] in "se" and i > min_left else 0.0)
        if i < min_left:
            continue
        if left_z >= 3.5:
            rest = _compound_score(word[i:])
            if rest:
                return min(left_z, rest) - 0.5
    return 0.0



@lru_cache(maxsize=300_000)
def lexical(word: str) -> float:
    """Zipf of a lower-case Danish word, or LEXICON_ZIPF for a form only the full lexicon lists (0: unknown)."""
    return zipf(word) or (LEXICON_ZIPF if len(word) > 2 and known(word) else 0.0)
