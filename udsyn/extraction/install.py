"""Build the pipeline's prebuilt files ahead of time (`make venv` runs build_all): the city index and the
Danish word list, each an SQLite file read per lookup (prebuilt.py)."""

from __future__ import annotations

from . import placeindex, wordlist


def build_all(force: bool = False) -> None:
    """Build every prebuilt file that is missing or outdated."""
    for prebuilt in (placeindex.PLACES, wordlist.WORDS):
        if force or not prebuilt.fresh():
            print(f"{prebuilt.build()}: built")
        else:
            print(f"{prebuilt.path}: up to date")
