"""Finding the register records a candidate may already be: fuzzy, accent- and OCR-tolerant.

'Kgbenhavns Kommune' should find 'Københavns Kommune', 'Eurocitics' 'Eurocities', and an
acronym its long name. Two strengths: `suggest` ranks look-alikes for a person to choose from;
the automatic link (and reuse of organisations and programmes) is udsyn.extraction.link.match_name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

K = TypeVar("K")

# Letters NFKD cannot take apart, and what OCR often makes of Danish letters.
_FOLD = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "@": "o", "đ": "d", "ł": "l"})
_NON_WORD = re.compile(r"[^\w]+")

SUGGEST_CUTOFF = 75.0


def fold(text: str) -> str:
    """Lower case without accents or punctuation: 'Øresund-Kattegat' → 'oresund kattegat'."""
    text = unicodedata.normalize("NFKD", (text or "").translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _score(query: str, choice: str, **_: Any) -> float:
    if not query or not choice:
        return 0.0
    if query == choice:
        return 100.0
    # WRatio forgives word order and extra words; plain ratio keeps short names honest.
    if min(len(query), len(choice)) <= 5:
        return fuzz.ratio(query, choice)
    return fuzz.WRatio(query, choice)


def suggest(name: str, choices: Iterable[tuple[K, Iterable[str]]], *, limit: int = 5,
            cutoff: float = SUGGEST_CUTOFF) -> list[tuple[K, float]]:
    """The best (key, score) pairs for `name` among choices given as (key, [names and acronyms])."""
    query = fold(name)
    best: dict[Any, float] = {}
    labels: list[str] = []
    keys: list[K] = []
    for key, names in choices:
        for label in names:
            if label:
                labels.append(fold(label))
                keys.append(key)
    if not query or not labels:
        return []
    for _label, score, index in process.extract(query, labels, scorer=_score, limit=None, score_cutoff=cutoff):
        key = keys[index]
        best[key] = max(best.get(key, 0.0), float(score))
    return sorted(best.items(), key=lambda item: -item[1])[:limit]
