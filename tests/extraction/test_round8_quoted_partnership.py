"""Round 8: a school or town partnership named in quotes after its word ("the Erasmus+ school partnership "X"",
"Erasmus+-partnerskabet »X«", "ett Nordplus-samarbete "X"") is a project with its programme. Texts of our own."""

import pytest

from .found import names


def _projects(text: str) -> list[str]:
    return names(text, "project")


@pytest.mark.parametrize(("text", "name"), [
    ('News\n\nThe council supports the Erasmus+ school partnership "Tides of Europe" with a school in Germany.',
     "Tides of Europe"),
    ("Nyheder\n\nSkolen deltager i Erasmus+-partnerskabet »Havets Stemmer« sammen med skoler i Spanien.",
     "Havets Stemmer"),
    ('Nyheter\n\nSkolan deltar i ett Nordplus-samarbete "Skog utan gränser" med skolor i Finland.',
     "Skog utan gränser"),
])
def test_a_partnership_named_in_quotes_is_a_project(text, name):
    assert _projects(text) == [name]


def test_a_quoted_name_with_a_programme_word_in_it_is_a_project():
    text = ('Nyheder\n\nBesøget er en del af Erasmus+-projektet "Rivers for Life", som skolen deltager i sammen med '
            'skoler fra Italien og Spanien.')
    assert _projects(text) == ["Rivers for Life"]
