"""A period belongs to the record named nearest to it, not to every record of the paragraph."""

from udsyn.extraction import extract_bytes

# Made up for the test: a twin city "siden 1984" and a project "(2019-2022)" in one paragraph.
DOC = """# Internationalt samarbejde

Kommunen har en venskabsbyaftale med Tartu i Estland siden 1984 og deltager i Interreg-projektet BLUE HARBOUR \
(2019-2022) med havnen. Testby har også et samarbejde med Trondheim i Norge siden 1990 om EU-projektet GREEN \
STEPS. Projektet løber fra marts 2021 til december 2023.
"""


def _by_name() -> dict:
    return {r.name: r.fields for r in extract_bytes(DOC.encode(), "periods.md").records if r.name}


def test_each_period_goes_to_the_nearest_name():
    found = _by_name()
    assert (found["BLUE HARBOUR"]["period_start"], found["BLUE HARBOUR"]["period_end"]) == ("2019", "2022")
    assert found["Tartu"]["period_start"] == "1984"
    assert "period_end" not in found["Tartu"]


def test_a_project_sentence_after_the_name_gives_the_period():
    found = _by_name()
    assert found["Trondheim"]["period_start"] == "1990"
    assert (found["GREEN STEPS"]["period_start"], found["GREEN STEPS"]["period_end"]) == ("2021-03", "2023-12")


def test_a_project_named_by_its_heading_takes_its_own_period_not_the_partner_s():
    doc = ("# Testby\n\n## Projekter\n\n### BLUE HARBOUR\n\nVi arbejder med havnen i Tartu, som har været venskabsby "
           "siden 1984. Projektet løber 2019-2022.\n")
    found = {r.name: r.fields for r in extract_bytes(doc.encode(), "heading.md").records if r.name}
    assert (found["BLUE HARBOUR"]["period_start"], found["BLUE HARBOUR"]["period_end"]) == ("2019", "2022")
    assert found["Tartu"]["period_start"] == "1984"
