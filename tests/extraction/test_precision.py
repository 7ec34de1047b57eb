"""Rules that keep look-alikes out: departments, adjectives, funders, units, embassies, references."""

from udsyn.extraction import extract_bytes

DOC = """# Internationalt arbejde i Testby Kommune

## 3. Medlemskaber

Forvaltningernes internationale netværk er blandt andet Energy Cities (KFF, TMF) og Klimaforum Nord.

Teknik- og Miljøforvaltningen deltager i Waste Forum og Transport Forum under netværket.

Forvaltningen er med i et Europæisk netværk for festivaler og et Globalt netværk for byer.

Siden 2019 har Testby ledet C40 netværket Urban
Water Network, og C40's styregruppe mødes årligt.

Projektet er støttet af Climate-KIC, EU's Big Buyers netværk og ICLEI.

### 3.4 The Blue Harbour Awards

Prisen uddeles hvert år.

## 6. Projekter

### 6.1 Testby Kunstmuseum

Museet samarbejder med Fondazione Lupo, Milano, om en udstilling.

### 6.2 Nordisk Ministerråd

Ministerrådet finansierer projektet GREENLOOP.

### 6.3 Skoleudvikling i samarbejde med Oslo Handelshøyskole

Projektet 'Healthy Water Design' (HWD) udvikler nye metoder. HWD slutter i 2024.

## 7. Partnerskaber

På opfordring af ambassaden i Nairobi indgik kommunen i Udenrigsministeriets strategiske sektorsamarbejde.

Kommunen har sammen med bystyret i Accra identificeret emner, som begge byer vil samarbejde om i projektet.

Samarbejdet med Region Sjælland og Børne- og Ungdomsforvaltningen fortsætter, og Kinas ambassade deltager.

Testby var i 2023 Europæisk Kulturhovedstad 2023 og samarbejder siden med kulturbyer i Europa.

## Litteratur

Hansen, Peter (2019), Byer i verden, Bath: Bath Publishing Partner.
"""


def _by_type() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for rec in extract_bytes(DOC.encode(), "testby.md").records:
        out.setdefault(rec.type, set()).add(rec.name)
    return out


def test_networks_without_departments_adjectives_funders_or_awards():
    networks = _by_type()["network"]
    assert {"Energy Cities", "Klimaforum Nord", "Waste Forum", "Transport Forum", "Urban Water Network",
            "C40"} <= networks
    assert not networks & {"KFF", "TMF", "Europæisk", "Globalt", "Urban", "C40's", "Big Buyers", "ICLEI",
                           "The Blue Harbour Awards", "Waste Forum og Transport Forum"}


def test_project_headings_that_name_a_unit_or_a_funder_are_no_projects():
    projects = _by_type()["project"]
    assert not projects & {"Testby Kunstmuseum", "Nordisk Ministerråd"}
    assert "Skoleudvikling" in projects
    assert "GREENLOOP" in projects


def test_a_project_and_its_acronym_are_one_record():
    projects = _by_type()["project"]
    assert "Healthy Water Design" in projects and "HWD" not in projects


def test_programme_partnership_and_title_year_are_projects():
    projects = _by_type()["project"]
    assert "Strategic Sector Cooperation – Accra" in projects
    assert not any("Nairobi" in p for p in projects)  # where the embassy sits
    assert "European Capital of Culture 2023" in projects


def test_partners_without_embassies_danish_bodies_compound_halves_or_references():
    partners = _by_type()["partner"]
    assert "Accra" in partners and "Fondazione Lupo" in partners
    assert not partners & {"Nairobi", "Region Sjælland", "Børne", "Kinas", "Bath"}
