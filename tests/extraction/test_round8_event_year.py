"""Round 8: a named event written with its year ("<Name>lejren 1986", "Nordic Youth Summit 2025", "<Name> Sail 2026",
a scanned report's "<Name>lejren 88") is a project named with the year; a plan, budget or strategy with a year, a
generic word with a year and an event at home are not. Texts of our own."""

import pytest

from .found import names


def _projects(text: str) -> list[str]:
    return names(text, "project")


@pytest.mark.parametrize(("text", "event"), [
    ("Venskabsbyer\n\nI juli deltog 40 unge fra vores venskabsbyer i Strandlejren 1986 ved kysten.",
     "Strandlejren 1986"),
    ("Venskabsbyer\n\nI august havde vi besøg af en gruppe på tolv fra vores venskabsby, som deltog i Fiskerlejren 88 "
     "ved havnen.", "Fiskerlejren 88"),
    ("Internationalt samarbejde\n\nUdvalget godkendte kommunens deltagelse i Nordic Sail 2026 med skoleskibet.",
     "Nordic Sail 2026"),
    ("International work\n\nTwenty pupils from our twin towns took part in the Nordic Youth Summit 2025 in June.",
     "Nordic Youth Summit 2025"),
    ("Referat\n\n12. Deltagelse i Nordic Sail 2026\n\nUdvalget godkendte deltagelse med skoleskibet og 14 elever.",
     "Nordic Sail 2026"),
])
def test_an_event_with_its_year_is_a_project(text, event):
    assert _projects(text) == [event]


@pytest.mark.parametrize("text", [
    "Internationalt samarbejde\n\nByrådet vedtog Strategi 2030 og Budget 2026 for det internationale samarbejde.",
    "Internationalt samarbejde\n\nKommunen deltog i Sæby Festival 2026 med en stand om venskabsbyer.",
])
def test_a_plan_or_a_home_event_is_no_event(text):
    assert _projects(text) == []
