"""'X er eit prosjekt ...', 'X är ett projekt ...', 'X is a project ...': a sentence opening with a name and
calling it a project names the project, in all four languages; 'Det er et projekt', 'This is a project' name none.
A list item opening with a number ('48 singers take part') is a count, never a project's name."""

from __future__ import annotations

import pytest

from tests.extraction.found import names

NAMED = [
    ("Havklang er eit prosjekt for vaksne songarar i små kystsamfunn, og det varer i to år.", "Havklang"),
    ("Skogsljus är ett projekt om friluftsliv för äldre i tre kommuner.", "Skogsljus"),
    ("Stormsong is a project for amateur choirs in small coastal towns.", "Stormsong"),
    ("Lysbroen er et projekt om belysning af stier i landdistrikter.", "Lysbroen"),
]


@pytest.mark.parametrize("text,name", NAMED)
def test_a_name_called_a_project(text, name):
    assert names(text, "project") == [name]


@pytest.mark.parametrize("text", [
    "Det er et projekt, som mange borgere har spurgt til.",
    "This is a project for the whole region.",
    "Dette er eit prosjekt som skulen har ønskt seg lenge.",
])
def test_a_pronoun_is_no_project(text):
    assert names(text, "project") == []


@pytest.mark.parametrize("item", ["48 songarar og 6 dirigentar deltek.", "12 schools take part in the exchange.",
                                  "30 elever deltager fra hver skole."])
def test_a_count_in_a_project_list_is_no_name(item):
    text = (f"# Kystkoret\n\nKystkoret er et projekt for kor.\n\n## Hvad sker der i projektet?\n\n"
            f"- {item}\n- Fire samlinger.\n")
    assert names(text, "project", "a.md") == ["Kystkoret"]
