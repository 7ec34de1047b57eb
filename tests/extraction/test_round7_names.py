"""Round 7: general classes of names, each with a short text of our own (no name from a document)."""

import pytest

from udsyn.extraction import extract_bytes
from udsyn.extraction.gazetteer import countries_in

from .found import names


def _names(text: str, type_: str, name: str = "a.txt") -> list[str]:
    return names(text, type_, name)


@pytest.mark.parametrize(("text", "partner"), [
    ("Unsere Partnerstadt ist Milsbeek bij Gennep in den Niederlanden. Im Mai kamen 30 Gäste.", "Milsbeek bij Gennep"),
    ("Vores venskabsby Acquanegra sul Chiese i Italien sendte 12 elever til os.", "Acquanegra sul Chiese"),
])
def test_a_town_name_with_a_lower_case_particle_is_whole(text, partner):
    assert _names(text, "partner") == [partner]


@pytest.mark.parametrize(("text", "code"), [
    ("i Norditalien", "IT"), ("in Süditalien", "IT"), ("i Nordtyskland", "DE"), ("i Sydsverige", "SE"),
    ("in Westfrankreich", "FR"), ("i Nordkorea", "KP"), ("i Sydkorea", "KR"),
])
def test_a_country_with_a_compass_prefix_is_the_country(text, code):
    assert countries_in(text) == {code}


def test_the_west_indies_are_not_india():
    assert countries_in("i Vestindien") == set()


def test_a_small_town_in_the_north_of_its_country_is_a_partner():
    text = ("En delegation fra Belforte sul Chienti i Midtitalien besøgte kommunen, og de to borgmestre underskrev "
            "en aftale om samarbejde om turisme.")
    assert _names(text, "partner") == ["Belforte sul Chienti"]


@pytest.mark.parametrize("text", [
    "Vores venskabsby Tartu i Estland var på besøg. Borgmester Hanne Riga og borgmester Peeter Kask underskrev en "
    "aftale om samarbejde.",
    "Vores venskabsby Tartu i Estland var på besøg. Borgmester Hanne Bergen og borgmester Peeter Kask underskrev en "
    "aftale om samarbejde.",
    "Our twin town Tartu in Estonia visited us. Mayor Anne Riga signed a cooperation agreement with Councillor "
    "John Bergen.",
])
def test_a_surname_after_a_title_is_no_town(text):
    assert _names(text, "partner") == ["Tartu"]


@pytest.mark.parametrize("text", [
    "I mars ansökte kommunen om medlemskap i Nordic Harbour Towns Network för att kunna ta emot fler kryssningar.",
    "I marts søgte kommunen om medlemskab af Nordic Harbour Towns Network.",
])
def test_applying_with_the_subject_after_the_verb_is_no_membership(text):
    assert _names(text, "network") == []


def _table(rows: list[str]) -> bytes:
    return _docx(("Netværk", "Forvaltning", "Status"), rows, heading="Kommunens internationale netværk")


def test_table_rows_considered_or_of_a_networks_working_group_are_no_memberships():
    data = _table(["Eurocities|Kultur|Medlem", "Nordic Harbour Towns Network|Teknik|Medlemskab overvejes",
                   "ICLEI's arbejdsgruppe for grønne havne|Teknik|Medlem"])
    names = sorted({r.name for r in extract_bytes(data, "a.docx").records if r.type == "network"})
    assert names == ["Eurocities"]


def test_a_remark_that_the_municipality_left_ends_the_membership():
    text = ("| Nettverk | Ansvarlig | Merknad |\n|---|---|---|\n| Eurocities | Kultur | Medlem |\n"
            "| Nordic Harbour Towns Network | Kultur | Utmeldt fra 2026 |\n")
    assert _names(text, "network", "a.md") == ["Eurocities"]


@pytest.mark.parametrize("text", [
    "Netværket blev i 2019 lagt sammen med Nordic Harbour Towns Network, som kommunen ikke har tilsluttet sig.",
    "The scheme merged with the Nordic Harbour Towns Network, which the council has not joined.",
])
def test_a_network_the_municipality_has_not_joined_is_no_membership(text):
    assert _names(text, "network") == []


def test_a_network_joined_beside_one_not_joined_in_a_clause_of_its_own_stays():
    text = "Kommunen er medlem af Eurocities, men den har ikke tilsluttet sig Nordic Harbour Towns Network."
    assert _names(text, "network") == ["Eurocities"]


@pytest.mark.parametrize(("text", "partners"), [
    ("Our partner towns are Kuressaare in Saaremaa, Estonia, and Whitby in Yorkshire, England.",
     ["Kuressaare", "Whitby"]),
    ("Vores venskabsbyer er Kuressaare i Saaremaa, Estland, og Whitby i Yorkshire, England.", ["Kuressaare", "Whitby"]),
    ("Our partner towns are Kuressaare, Estonia, and Whitby, England.", ["Kuressaare", "Whitby"]),
])
def test_the_region_between_a_town_and_its_country_is_no_partner(text, partners):
    assert _names(text, "partner") == partners


def test_the_home_municipality_before_the_project_word_is_no_project():
    text = ("Bjälkby kommun\n\nTillsammans med Gdynia driver Bjälkby projektet SEALINK (Interreg South Baltic, "
            "2024–2026), som bygger nya färjelägen.")
    assert _names(text, "project") == ["SEALINK"]



def _docx(heads: tuple[str, ...], rows: list[str], heading: str = "EU-projekter") -> bytes:
    """A DOCX of a heading and one table: the header row, then one row per "a|b|c" string."""
    import io

    from docx import Document

    doc = Document()
    doc.add_paragraph(heading)
    table = doc.add_table(rows=len(rows) + 1, cols=len(heads))
    for i, head in enumerate(heads):
        table.cell(0, i).text = head
    for r, row in enumerate(rows, start=1):
        for i, value in enumerate(row.split("|")):
            table.cell(r, i).text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_the_lead_partner_abroad_of_a_project_row_is_a_partner():
    data = _docx(("Project", "Programme", "Lead", "Partners abroad"),
                 ["NORTHWIND|Interreg North Sea|Kuressaare (EE)|Whitby (UK)", "SEALINK|Erasmus+|Hjørring|Tartu (EE)"])
    names = sorted({r.name for r in extract_bytes(data, "a.docx").records if r.type == "partner"})
    assert names == ["Kuressaare", "Tartu", "Whitby"]


def test_a_hyphenated_pair_of_countries_names_both():
    assert countries_in("Interreg Sverige-Norge") == {"SE", "NO"}



def test_a_small_town_beside_a_cross_border_programme_has_its_country_named():
    from udsyn.extraction.places import foreign_city

    text = ("Im Projekt NORTHWIND (Interreg Deutschland-Danmark, 2024–2026) arbeiten die Musikschule und die "
            "Kreismusikschule in Bredstedt zusammen.")
    assert foreign_city("Bredstedt", text) is not None
