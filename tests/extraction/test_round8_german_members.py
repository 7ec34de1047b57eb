"""Round 8: German memberships with a genitive or dative article ("Mitglied der Europäischen Route der X", "Mitglied
des X", "in der Neuen X") are memberships, named in the nominative ("Europäische Route der X"); two memberships in one
sentence ("Mitglied im Netzwerk A und Mitglied der B") are two. Texts of our own."""

import pytest

from .found import names


def _networks(text: str) -> list[str]:
    return names(text, "network")


@pytest.mark.parametrize(("text", "networks"), [
    ("Neuigkeiten\n\nDie Stadt ist Mitglied der Europäischen Route der Industriekultur.",
     ["Europäische Route der Industriekultur"]),
    ("Neuigkeiten\n\nDie Gemeinde ist seit 2010 Mitglied im Städtenetzwerk Nordic Bay Cities und Mitglied der "
     "Europäischen Route der Industriekultur.", ["Europäische Route der Industriekultur", "Nordic Bay Cities"]),
    ("Neuigkeiten\n\nDie Gemeinde ist Mitglied im Kleinhafen Allianz und in der Neuen Küstenallianz.",
     ["Kleinhafen Allianz", "Neue Küstenallianz"]),
])
def test_a_german_membership_with_its_article(text, networks):
    assert _networks(text) == networks
