"""The full Danish lexicon (915,000 word forms) for OCR repair, beside wordfreq's 29,000 frequent words.

Derived by tools/danish_lexicon.py from Stavekontrolden's hunspell dictionary (Debian's hunspell-da):
(c) 2007-2014 Foreningen for frit tilgængelige sprogværktøjer, LGPL-2.1 (data/DA_WORDS_LICENSE). The
gzip'd list ships in the repository; a prebuilt SQLite file (prebuilt.py) answers `known(word)` without
loading the list into memory.
"""

from __future__ import annotations

import gzip
import hashlib
import sqlite3

from .prebuilt import DATA_DIR, Prebuilt

SOURCE = DATA_DIR / "da_words.txt.gz"


def _tag() -> str:
    return "da_words " + hashlib.sha256(SOURCE.read_bytes()).hexdigest()[:16]


def _fill(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE word(w TEXT PRIMARY KEY) WITHOUT ROWID")
    with gzip.open(SOURCE, "rt", encoding="utf-8") as f:
        conn.executemany("INSERT OR IGNORE INTO word VALUES (?)", ((w.rstrip("\n"),) for w in f if w.strip()))


WORDS = Prebuilt(DATA_DIR / "da_words.sqlite", "UDSYN_WORDS_DB", _tag, _fill)


_KNOWN: dict[str, bool] = {}  # answers so far (the OCR repair asks about the same candidates again and again)
_MAX_CACHED = 400_000
_CHUNK = 500


def known(word: str) -> bool:
    """True when the lower-case word is a Danish word form (any inflection the dictionary lists)."""
    hit = _KNOWN.get(word)
    if hit is None:
        prefetch((word,))
        hit = _KNOWN[word]
    return hit


def prefetch(words) -> None:
    """Look many words up in a few queries (one per 500) and remember the answers."""
    todo = [w for w in dict.fromkeys(words) if w not in _KNOWN]
    if len(_KNOWN) + len(todo) > _MAX_CACHED:
        _KNOWN.clear()
    for i in range(0, len(todo), _CHUNK):
        chunk = todo[i:i + _CHUNK]
        found = {r[0] for r in WORDS.query(f"SELECT w FROM word WHERE w IN ({','.join('?' * len(chunk))})",
                                           tuple(chunk))}
        _KNOWN.update((w, w in found) for w in chunk)
