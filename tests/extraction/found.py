"""What `udsyn extract` finds in a short text of a test: the one place the extraction tests read records from."""

from __future__ import annotations

from udsyn.extraction import extract_bytes
from udsyn.extraction.model import Record


def records(text: str, type_: str, name: str = "a.txt") -> list[Record]:
    """The records of one type found in `text`, read as a file called `name` (its suffix chooses the parser)."""
    return [r for r in extract_bytes(text.encode(), name).records if r.type == type_]


def names(text: str, type_: str, name: str = "a.txt") -> list[str]:
    """The names of those records, sorted, each once."""
    return sorted({r.name for r in records(text, type_, name)})
