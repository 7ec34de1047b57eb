"""OCR repair on the shared corpus: the scanned Copenhagen mapping's damaged words come out right, and the
clean corpus documents keep every word as written."""

import re

import pytest

from udsyn.extraction.normalise import normalise_pages
from udsyn.extraction.parsers import parse_bytes

from .conftest import corpus_file

CLEAN = ["aalborg-business-strategy-2030-webpage.txt", "aalborg-international-results-2014-2017.txt",
         "aarhus-city-diplomacy-article.txt", "kkr-nordjylland-meeting-appendices-2021.txt"]
# Damaged words of the scan (issue 8) and what they stand for (either Danish spelling of Göteborg).
DAMAGED = {"Kgbenhavn": "København", "Sjeaelland": "Sjælland", "sesterbyaftale": "søsterbyaftale",
           "Q@restad": "Ørestad", "Dsterbro": "Østerbro", "Minchen": "München", "Geteborg": "G[öø]teborg",
           "Al4Cities": "AI4Cities", "indgiki": "indgik i"}


def _normalised(name: str):
    path = corpus_file(name)
    return normalise_pages(parse_bytes(path.read_bytes(), str(path)).pages)


@pytest.mark.parametrize("name", CLEAN)
def test_clean_corpus_documents_keep_every_word(name):
    assert _normalised(name).stats["ocr_changed"] == 0


def test_the_scanned_mappings_damaged_words_are_repaired():
    text = _normalised("copenhagen-mapping-of-international-work-2020.txt").text
    for damaged, repaired in DAMAGED.items():
        assert not re.search(rf"(?<!\w){re.escape(damaged)}", text), damaged
        assert re.search(repaired, text), repaired
