import pytest

from udsyn.extraction.normalise import normalise_pages
from udsyn.extraction.ocr import repair_text, repair_word


@pytest.mark.parametrize(("damaged", "repaired"), [
    ("Kgbenhavns", "Københavns"), ("@konomiforvaltningen", "Økonomiforvaltningen"), ("arligt", "årligt"),
    ("pd", "på"), ("pa", "på"), ("sa", "så"), ("veerktgj", "værktøj"), ("Mlinchen", "München"),
    ("netvaerk", "netværk"), ("Miljgforvaltningen", "Miljøforvaltningen"), ("béde", "både"), ("p&", "på"),
    ("Géteborg", "Göteborg"), ("hgring", "høring"), ("@KF", "ØKF"), ("Miljeforvaltningen", "Miljøforvaltningen"),
    ("kulturomradet", "kulturområdet"), ("P&", "På"), ("Byl@sninger", "Byløsninger"),
    ("@resundsvandsamarbejdet", "Øresundsvandsamarbejdet"), ("Feergerne", "Færøerne"), ("veeret", "været"),
    ("gar", "går"),
])
def test_known_damage_is_repaired(damaged, repaired):
    assert repair_word(damaged) == repaired


@pytest.mark.parametrize("name", ["Harbin", "Gdynia", "Hamborg", "Fredrikstad", "Aalborg", "Tampere",
                                  "Emmerich", "data", "EUniverCities", "Sermersooq"])
def test_names_and_foreign_words_are_left_alone(name):
    assert repair_word(name) == name


ORDINARY_DANISH = (
    "Kommunen arbejder sammen med andre byer i Europa om klima, erhverv og uddannelse. Hvert år "
    "deltager medarbejdere fra forvaltningerne i møder og konferencer, hvor de deler erfaringer med "
    "kolleger fra udlandet. Samarbejdet giver nye idéer til løsninger på fælles udfordringer, og det "
    "styrker byens position som et godt sted at bo, arbejde og studere. Politikerne følger arbejdet tæt, "
    "og udvalget får en status to gange om året. Borgerne kan læse mere på hjemmesiden, hvor der også er "
    "en oversigt over de projekter, som har fået støtte fra EU."
)


def test_ordinary_danish_is_never_changed():
    text, seen, changed = repair_text(ORDINARY_DANISH)
    assert text == ORDINARY_DANISH
    assert seen > 80 and changed == 0


def test_share_of_changed_tokens_is_reported():
    norm = normalise_pages(["Kgbenhavns Kommune betaler arligt et kontingent til netvaerket."])
    assert norm.text == "Københavns Kommune betaler årligt et kontingent til netværket."
    assert norm.stats["ocr_changed"] == 3
    assert norm.stats["ocr_changed_share"] == pytest.approx(3 / 8)


def test_email_addresses_and_urls_are_protected():
    text = "Skriv til post@kk.dk eller se https://www.kk.dk/netvaerk"
    assert repair_text(text)[0] == text


def test_town_names_a_scanner_damaged_in_a_damaged_document():
    from udsyn.extraction.ocrplaces import repair_place

    assert repair_place("Miinchen") == "München"
    assert repair_place("Lidkeping") == "Lidkøping"
    assert repair_place("Andersen") is None  # a surname stays itself, though one letter more would make a town
    assert repair_place("Ratzeburg") is None  # a known town needs no repair


def test_letters_run_together_are_parted():
    from udsyn.extraction.ocr import repair_word

    assert repair_word("sarnarbejde") == "samarbejde"
