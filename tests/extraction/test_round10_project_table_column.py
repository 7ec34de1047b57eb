"""A table kept as tab-separated lines (a PDF's table, a pasted sheet) whose first column is headed Project,
Projekt or Prosjekt: the first cell of each line names a project, a programme the cell ran into is cut off, and a
total line names none."""

from __future__ import annotations

import pytest

from tests.extraction.found import names

TABLES = [
    ("Projekterne med ekstern finansiering i 2025:\n"
     "Projekt\tProgram\tPartnere\tTilskud\n"
     "Saltvind\tInterreg Øresund-Kattegat-Skagerrak\tHalmstad (SE)\tDKK 1,2 mio.\n"
     "Bølgebrud\tErasmus+\t–\tDKK 300.000\n"
     "I alt\tDKK 1,5 mio.\n"
     "Tabellen viser kun projekter med tilskud.\n", ["Bølgebrud", "Saltvind"]),
    ("Projekt med extern finansiering:\n"
     "Projekt\tFinansiär\tBelopp\n"
     "Ljusväg\tLeader\t450 000 kr\n"
     "TIDEWORKS Interreg Aurora\t1,1 mnkr\n"
     "Summa\t1,55 mnkr\n"
     "Uppgifterna gäller 2025.\n", ["Ljusväg", "TIDEWORKS"]),
    ("Prosjekt\tProgram\tTilskot\n"
     "Fjellgnist\tNordplus Vaksen\tNOK 200 000\n"
     "Havklang\tErasmus+\tNOK 340 000\n"
     "Totalt\tNOK 540 000\n"
     "Tala gjeld for 2025.\n", ["Fjellgnist", "Havklang"]),
    ("The projects that ran in 2025:\n"
     "Project\tProgramme\tPartners abroad\tFunding\n"
     "NORTHLOOM\tCreative Europe\tAlytus (LT)\tEUR 90,000\n"
     "Stormsong\tErasmus+\t–\tEUR 20,000\n"
     "Total\tEUR 110,000\n"
     "Figures are rounded.\n", ["NORTHLOOM", "Stormsong"]),
]


@pytest.mark.parametrize("text,projects", TABLES)
def test_first_column_of_a_project_table(text, projects):
    assert names(text, "project") == projects


def test_a_table_of_other_things_names_no_project():
    text = ("Udgifter 2025:\nPost\tBeløb\tBemærkning\nRejser\tDKK 40.000\tTo besøg\n"
            "Kontingenter\tDKK 12.000\t–\n")
    assert names(text, "project") == []
