import unicodedata

from udsyn.extraction.normalise import dehyphenate, normalise_pages


def test_words_hyphenated_over_lines_are_joined():
    assert dehyphenate("en ny for-\nståelse af by-\ndiplomati") == "en ny forståelse af bydiplomati"


def test_real_hyphens_are_kept():
    assert dehyphenate("Teknik-\nog Miljøforvaltningen") == "Teknik- og Miljøforvaltningen"
    assert dehyphenate("et EU-\nprojekt") == "et EU-projekt"
    assert dehyphenate("Teknik- og Miljø") == "Teknik- og Miljø"


def test_text_is_nfc():
    decomposed = unicodedata.normalize("NFD", "Århus og Ærø")
    assert normalise_pages([decomposed]).text == "Århus og Ærø"


def test_page_offsets_point_into_the_joined_text():
    norm = normalise_pages(["første side", "anden side", "tredje side"])
    assert [norm.text[s:s + 5] for s in norm.page_starts] == ["først", "anden", "tredj"]
