"""Round 9: a named sports event abroad that the town's young people play or take part in ("for at spille X Cup
sammen med unge fra venskabsbyen", "took part in the X Games", "deltog i X Cup") is a project of its own, like an
event said to be held. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


@pytest.mark.parametrize("text", [
    "Nyheder\n\nTre hold drog til Estland for at spille Linden Bay Cup sammen med unge fra venskabsbyen.",
    "Nyheter\n\nUngdomarna deltog i Linden Bay Cup i Estland tillsammans med vänorten.",
    "News\n\nYoung players from the town took part in the Linden Bay Cup in Estonia with the twin town.",
])
def test_played_event_is_a_project(text):
    projects = [r.name for r in extract_bytes(text.encode(), "a.txt").records if r.type == "project"]
    assert projects == ["Linden Bay Cup"]


def test_playing_a_team_is_no_event():
    text = "Nyheder\n\nPigerne spillede mod et hold fra Tartu i Estland og vandt."
    assert [r.name for r in extract_bytes(text.encode(), "a.txt").records if r.type == "project"] == []
