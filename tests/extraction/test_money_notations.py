"""Money notations as municipal pages in Danish, Swedish, Norwegian and English write them: grouping and decimal
marks are decided by the number's own shape and the document's language; a currency before or after, a scale word
or a scale inside the currency ('tkr.', 'MNOK', 'mnkr'). Texts of our own."""

import pytest

from tests.extraction.money_matrix import D, amounts

DA = [
    ("Kommunen betaler hvert år 25.000 kr. i kontingent til netværket.", {(D(25000), "DKK")}),
    ("Projektet har et budget på 1.245.000 kr. og er støttet af EU.", {(D(1245000), "DKK")}),
    ("Tilskuddet til kommunen er på 1 245 000 kr. for hele perioden.", {(D(1245000), "DKK")}),
    ("Bevillingen er på 1,2 mio. kr. for hele perioden og kommunen bidrager også.", {(D(1200000), "DKK")}),
    ("EU støtter projektet med € 1,2 mio., og kommunen bidrager også.", {(D(1200000), "EUR")}),
    ("Kommunen har fået 1,5 mia. kr. til byggeriet af den nye skole.", {(D(1500000000), "DKK")}),
    ("Kontingentet udgør kr. 350.000,- for kommunen og regionen.", {(D(350000), "DKK")}),
    ("Rammen er 350 tkr. til udvekslingen, og kommunen står for resten.", {(D(350000), "DKK")}),
    ("Til udvekslingen af elever er der afsat tkr. 350 i kommunen.", {(D(350000), "DKK")}),
    ("Projektets samlede budget er EUR 12,000, og kommunen betaler halvdelen.", {(D(12000), "EUR")}),
    ("Partnerskabet har et budget på 12.000 EUR, og kommunen deltager.", {(D(12000), "EUR")}),
    ("Fonden har bevilget DKK 1.5 million til samarbejdet med kommunen.", {(D(1500000), "DKK")}),
    ("Kommunen har afsat en halv million kroner til venskabsbysamarbejdet.", {(D(500000), "DKK")}),
    ("Kommunen har afsat to millioner kroner til samarbejdet i Norden.", {(D(2000000), "DKK")}),
    ("Det samlede tilskud var 89.634.975,00 kr. og kommunen fik en del af det.", {(D(89634975), "DKK")}),
    ("Kommunen modtog 2½ mio. kr. fra fonden til projektet.", {(D(2500000), "DKK")}),
    ("Kommunen modtog 0,725 mio. kr. fra EU til projektet.", {(D(725000), "DKK")}),
    ("EU har bevilget 5 mio. euro til projektet, og kommunen er partner.", {(D(5000000), "EUR")}),
    ("Regnskabet viser kr. 1.234.567,89 til samarbejdet i kommunen.", {(D("1234567.89"), "DKK")}),
    ("Fonden giver DKK 2,5 mio. til kommunens projekt.", {(D(2500000), "DKK")}),
    ("Kommunen har afsat 1,250 mio. kr. til udvekslingen.", {(D(1250000), "DKK")}),
    ("Projektet har et budget på 2.5 MEUR, og kommunen er partner.", {(D(2500000), "EUR")}),
    ("Kommunens andel er 450 TEUR af det samlede budget.", {(D(450000), "EUR")}),
    ("Kommunen fik 15 t.kr. til et besøg fra venskabsbyen.", {(D(15000), "DKK")}),
    ("Staten har afsat 0,5 mia. kr. til programmet, og kommunen søger.", {(D(500000000), "DKK")}),
    ("Kommunen har afsat tre millioner kroner til samarbejdet.", {(D(3000000), "DKK")}),
    ("Udvekslingen kostede ca. 40.000 kr. for kommunen.", {(D(40000), "DKK")}),
    ("Kommunen betaler €50,000 om året til netværket.", {(D(50000), "EUR")}),
    ("Budgettet for samarbejdet er mio. kr. 2,5 i kommunen.", {(D(2500000), "DKK")}),
    ("Projektets budget er Mio. EUR 3,4, og kommunen er partner.", {(D(3400000), "EUR")}),
    ("Kommunen betalte 5.000,- kr. til venskabsforeningen.", {(D(5000), "DKK")}),
    ("Kommunen betalte Kr. 2.500.- til foreningen for venskabsbyer.", {(D(2500), "DKK")}),
]

SV = [
    ("Kommunen betalar 27 500 SEK i årsavgift för medlemskap i nätverket.", {(D(27500), "SEK")}),
    ("Projektet har en budget på SEK 250 000:- och kommunen deltar.", {(D(250000), "SEK")}),
    ("Kommunen fick 3 mnkr från EU för projektet och samarbetet.", {(D(3000000), "SEK")}),
    ("Budgeten är 350 tkr och kommunen står för hälften av kostnaden.", {(D(350000), "SEK")}),
    ("Medlemsavgiften är 1 245 000 kronor för kommunen och regionen.", {(D(1245000), "SEK")}),
    ("Projektet har en total budget på 2,6 miljoner euro och kommunen deltar.", {(D(2600000), "EUR")}),
    ("Kommunen har avsatt en halv miljon kronor till samarbetet med vänorten och skolorna.", {(D(500000), "SEK")}),
    ("Kommunen fick 12 Mkr från staten för samarbetet med vänorterna.", {(D(12000000), "SEK")}),
    ("Stödet från EU är 1,2 miljarder kronor för hela regionen och kommunen.", {(D(1200000000), "SEK")}),
    ("Medlemsavgiften är 25 000 kr/år och betalas av kommunen.", {(D(25000), "SEK")}),
    ("Kommunen har fått kr 12 000:- för besöket från vänorten.", {(D(12000), "SEK")}),
    ("Kommunen fick 4,5 MSEK från Tillväxtverket och deltar i projektet.", {(D(4500000), "SEK")}),
    ("Kommunens andel är 800 KSEK och regionen står för resten.", {(D(800000), "SEK")}),
]

NO = [
    ("Kommunen har fått 2,5 MNOK fra EU til prosjektet og samarbeidet.", {(D(2500000), "NOK")}),
    ("Prosjektet har en ramme på NOK 2.5m, og kommunen deltar i samarbeidet.", {(D(2500000), "NOK")}),
    ("Kontingentet er 15 000 kroner i året, og det ble betalt av kommunen gjennom fylket.", {(D(15000), "NOK")}),
    ("Tilskuddet ble på 1,2 mill. kr. til prosjektet, og det er ikke mye for kommunen.", {(D(1200000), "NOK")}),
    ("Kommunen har fått 3 mnkr fra fylket til samarbeid med vennskapsbyer, og det ble godt mottatt.",
     {(D(3000000), "NOK")}),
    ("Kommunen bevilget kr 450 000,- til samarbeid med vennskapsbyer, og det ble ikke mer i år.", {(D(450000), "NOK")}),
    ("Fylket ga NOK 1,5 millioner til prosjektet, og det ble ikke mer mellom kommunene.", {(D(1500000), "NOK")}),
    ("Kommunen fikk 350 000 kroner gjennom Interreg, og det ble brukt på samarbeid.", {(D(350000), "NOK")}),
]

EN = [
    ("The project has a total budget of EUR 12,000 and the city pays half of it.", {(D(12000), "EUR")}),
    ("The EU contribution is 89,634,975.00 € for all partners of the project.", {(D(89634975), "EUR")}),
    ("The city received £12k from the fund for the exchange of pupils.", {(D(12000), "GBP")}),
    ("The foundation granted USD 40 thousand to the project of the city.", {(D(40000), "USD")}),
    ("The programme has two million euros for the partners of the city.", {(D(2000000), "EUR")}),
    ("The grant of €1.2m covers the travel of the partners and the city.", {(D(1200000), "EUR")}),
    ("The council contributed £250,000 to the twinning association this year.", {(D(250000), "GBP")}),
    ("The city will invest EUR 1.25 million in the partnership with its twin town.", {(D(1250000), "EUR")}),
    ("The municipality's share was DKK 450,000 and the region paid the rest.", {(D(450000), "DKK")}),
    ("The project is worth half a million euros to the city and its partners.", {(D(500000), "EUR")}),
    ("The partners were awarded €2.3 bn by the Commission for the whole programme.", {(D(2300000000), "EUR")}),
    ("The city pays DKK 250.000 a year for the membership of the network.", {(D(250000), "DKK")}),
    ("The project received EUR 1,5 million from the programme and the city.", {(D(1500000), "EUR")}),
    ("The fee is 50 000 € a year for the city and its partners.", {(D(50000), "EUR")}),
    ("The exchange cost the city € 2.500 and the school paid the rest.", {(D(2500), "EUR")}),
    ("The council set aside one million pounds for the partnership.", {(D(1000000), "GBP")}),
    ("The city spent USD 2 bn on the port and its partners.", {(D(2000000000), "USD")}),
]


@pytest.mark.parametrize(("text", "want"), DA)
def test_danish_notations(text, want):
    assert amounts(text) == want


@pytest.mark.parametrize(("text", "want"), SV)
def test_swedish_notations(text, want):
    assert amounts(text) == want


@pytest.mark.parametrize(("text", "want"), NO)
def test_norwegian_notations(text, want):
    assert amounts(text) == want


@pytest.mark.parametrize(("text", "want"), EN)
def test_english_notations(text, want):
    assert amounts(text) == want
