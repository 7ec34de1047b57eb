"""Counts of things in Danish, Swedish, Norwegian and English, digits or number words, and numbers that are no counts
(years, ages, ordinals, population). Texts of our own."""

import pytest

from tests.extraction.money_matrix import counts

COUNTS = [
    ("Kommunen har seks venskabsbyer i Europa.", {6}),
    ("Kommunen har sju vennskapsbyer i utlandet og samarbeider med dem.", {7}),
    ("Kommunen samarbejder med tolv partnere i udlandet.", {12}),
    ("The city has twelve twin towns abroad.", {12}),
    ("Kommunen har fyra vänorter i Norden och samarbetar med dem.", {4}),
    ("24 elever deltog i udvekslingen med skolen i udlandet.", {24}),
    ("Fem delegationer fra udlandet besøgte kommunen i år.", {5}),
    ("Kommunen deltager i tre internationale projekter.", {3}),
    ("The city took part in a dozen international projects.", {12}),
    ("Kommunen har et dusin venskabsbyer i Europa.", {12}),
    ("The city welcomed 1,200 visitors from its twin towns.", {1200}),
    ("Kommunen har 1.200 deltagere fra udlandet i udvekslingen.", {1200}),
    ("Kommunen tog imod 2 500 deltagere fra udlandet.", {2500}),
    ("Kommunen har to venskabsbyer i Tyskland.", {2}),
    ("The city has two twin towns in Germany.", {2}),
    ("Tjugo elever från vänorten besökte kommunen i maj.", {20}),
    ("Førti deltakere fra vennskapsbyen kom til kommunen.", {40}),
    ("Toogtyve elever fra venskabsbyen besøgte skolen.", {22}),
    ("Twenty-five pupils from the twin town visited the school.", {25}),
    ("Kommunen modtog otte delegationer fra udlandet og sendte fem.", {8}),
    ("Ni elever og to lærere rejste til venskabsbyen i Polen.", {9, 2}),
    ("Kommunen har fire venskabsbyer i Europa og én venskabsaftale uden for Europa.", {4, 1}),
    ("To turistguider fra venskabsbyen i Canada besøgte kommunen.", {2}),
    ("48 sangere og 6 dirigenter fra udlandet deltog i korfestivalen.", {48, 6}),
    ("48 songarar og 6 dirigentar frå utlandet deltek i samarbeidet.", {48, 6}),
    ("Three interpreters and two guides from the twin town joined the exchange.", {3, 2}),
    ("The town has four partner towns, one international network membership and two EU projects.", {4, 1, 2}),
    ("The city took part in three projects abroad, one of them in Poland.", {3}),
    ("Kommunen deltog i tre projekter i udlandet, en konference og et seminar.", {3}),
]


@pytest.mark.parametrize(("text", "want"), COUNTS)
def test_counts(text, want):
    assert counts(text) == want


NOT_COUNTS = [
    "I 2019 deltog kommunen i et internationalt projekt.",
    "Eleverne på 15 år deltog i udvekslingen med skolen i udlandet.",
    "Udvekslingen med udlandet blev holdt for 3. gang i år.",
    "Venskabsbyen i udlandet har 45.000 indbyggere.",
    "The exchange with the twin town took place for the 3rd time in 2019.",
    "Pupils aged 15 took part in the exchange with the twin town.",
    "Vänorten i Finland har 12 000 invånare och en hamn.",
    "Venskabsbyen fejrede 50 års jubilæum for samarbejdet med udlandet.",
    "Børn på 10-12 år deltog i udvekslingen med skolen i udlandet.",
    "Delegationen fra udlandet kom kl. 14 og blev til side 12 i rapporten.",
    "Venskabsbyen i Tyskland blev for anden gang vært for 80-årsfesten.",
    "Kommunen har en venskabsby i Tyskland og et samarbejde med udlandet.",
]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_counts(text):
    assert counts(text) == set()


def test_scanned_one_for_l_inside_words():
    from udsyn.extraction.ocr import repair_text

    text, _seen, _changed = repair_text("En klasse med 21 e1ever og 2 1ærere rejste til venskabsbyen.", damaged=True)
    assert "21 elever og 2 lærere" in text
    assert repair_text("H1N1 og 1ste gang", damaged=True)[0] == "H1N1 og 1ste gang"  # codes and ordinals stay
