"""Numbers that are no amounts of money although they sit near one or look like one: exchange rates, years, dates,
times, phone numbers, CVR and organisation numbers, postcodes, percentages, page numbers, population figures.
Texts of our own."""

import pytest

from tests.extraction.money_matrix import D, amounts

NONE = [
    "Kursen var 7,46 DKK per EUR, da aftalen blev indgået af kommunen.",
    "The exchange rate was 7.46 DKK per EUR when the agreement was signed by the city.",
    "Vekselkursen på 10,9 SEK for en euro blev brugt af kommunen i regnskabet.",
    "Kommunen har 59.000 indbyggere og ligger ved fjorden.",
    "Venskabsbyen har 1,2 mio. indbyggere og en stor havn.",
    "The twin town has 1.2 million inhabitants and a large port.",
    "Ring til kommunen på telefon 70 20 30 40 for at høre mere om samarbejdet.",
    "Kommunen, CVR-nr. 29 18 96 42, er ansvarlig for samarbejdet.",
    "Kommunen, org.nr. 212000-1234, står för samarbetet med vänorten.",
    "Kommunen, Torvet 1, 8000 Aarhus C, og kommunens afdeling for samarbejde.",
    "Andelen steg til 12,5 % i 2019, og kommunen er tilfreds med samarbejdet.",
    "Side 12 af 40 i rapporten fra kommunen om samarbejdet.",
    "Mødet blev holdt den 12.03.2024 kl. 14.00 i kommunen og venskabsbyen.",
    "I 2019 og 2020 deltog kommunen i projektet med 2021 som sidste år.",
    "Kommunen har 120 000 invånare och ligger vid kusten, vänorten har 45 000 invånare.",
    "The 2,500 pupils of the city met 1,200 pupils of the twin town in 2019.",
    "I regnskabet blev 1 EUR = 7,46 DKK brugt af kommunen.",
    "Amounts in euro are converted at EUR 1 = DKK 7.46 in the report of the city.",
    "Kursen var 7,46 kr. per euro for kommunen og venskabsbyen.",
    "The bridge of the twin town is 2.5 m long and 5 k people cross it each day.",
    "Mødet i kommunen var kl. 10.30-12.00 den 1.-3. juni med venskabsbyen.",
    "Version 2.5 af rapporten fra kommunen blev udgivet som nr. 1.234 i serien.",
    "Ring til kommunen på mobil 20 30 40 50 eller 70 12 34 56 om samarbejdet.",
    "Börn på 10-12 år deltog i udvekslingen af elever og kommunen betalte ikke.",
    "Kommunens EAN-nummer 5798000123456 og CVR 12345678 står i kontrakten.",
    "Tabellen viser mio. kr. 2025: 3,4 for kommunen og venskabsbyen.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_amount(text):
    assert amounts(text) == set()


SOME = [
    ("Ring på 70 20 30 40 og hør om prisen på 500 kr. pr. deltager i kommunen.", {(D(500), "DKK")}),
    ("I 2019 betalte kommunen 25.000 kr. i kontingent til netværket.", {(D(25000), "DKK")}),
    ("Med en kurs på 7,45 svarer 100.000 EUR til 745.000 kr. for kommunen.",
     {(D(100000), "EUR"), (D(745000), "DKK")}),
    ("The fee rose by 5 % to EUR 2,100 in 2024 for the city.", {(D(2100), "EUR")}),
    ("Billetten koster 150 kr., og kommunen giver et tilskud på 50 kr. pr. indbygger.",
     {(D(150), "DKK"), (D(50), "DKK")}),
    ("Kommunen betaler 3 % af 2 mio. kr. til netværket.", {(D(2000000), "DKK")}),
    ("Siden 1990 har kommunen betalt 12.000 kr. om året, i alt 420.000 kr. til 2025.",
     {(D(12000), "DKK"), (D(420000), "DKK")}),
]


@pytest.mark.parametrize(("text", "want"), SOME)
def test_amount_beside_a_trap(text, want):
    assert amounts(text) == want
