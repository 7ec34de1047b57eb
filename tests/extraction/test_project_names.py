"""Project names found by their syntax in Danish, Swedish, Norwegian and English."""

import pytest

from udsyn.extraction import extract_bytes


def _projects(text: str) -> list[str]:
    return sorted(r.name for r in extract_bytes(text.encode(), "a.txt").records if r.type == "project")


@pytest.mark.parametrize(("text", "name"), [
    ("Projektet Regnvand som Ressource, støttet af Interreg, løber til 2025.", "Regnvand som Ressource"),
    ("Kommunen leder prosjektet Grønn Havn Nord, som er finansiert av Interreg Aurora.", "Grønn Havn Nord"),
    ("Projektet ”Unga röster i Östersjön” finansieras av Erasmus+.", "Unga röster i Östersjön"),
    ("Indsatsen Grønne Skolegårde er et LIFE-projekt sammen med byer i Belgien.", "Grønne Skolegårde"),
    ("The GreenBridge project, co-funded by Horizon Europe, has 31 partners.", "GreenBridge"),
    ("Tidal Energy Communities (TIDECOM) is an Interreg North Sea project led by the municipality.",
     "Tidal Energy Communities"),
])
def test_project_names(text, name):
    assert name in _projects(text)


def test_a_role_with_an_acronym_is_no_project():
    text = ("Til EU's programmer skal kommunen udpege en Legally Appointed Representative (LEAR) over for "
            "Horizon Europe.")
    assert _projects(text) == []


def test_a_project_named_in_sentence_case_or_in_a_fact_box():
    from udsyn.extraction import extract_bytes

    text = ("Kommunen deltar i projektet Trygga skolvägar, som finansieras av Interreg Aurora.\n\n"
            "- Projektnamn: Grönare hamnar\n- Period: 2025–2027\n")
    names = sorted(r.name for r in extract_bytes(text.encode(), "a.txt").records if r.type == "project")
    assert names == ["Grönare hamnar", "Trygga skolvägar"]


def test_a_well_known_network_one_works_with_is_no_membership():
    from udsyn.extraction import extract_bytes

    text = "The project works closely with Eurocities and is funded by Interreg Europe."
    assert [r.name for r in extract_bytes(text.encode(), "a.txt").records if r.type == "network"] == []
