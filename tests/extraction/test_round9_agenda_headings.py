"""Round 9: a council agenda item's section headings and decision lines ("Beslutningsforslag", "Beslutning i
Byrådet den <date>", "Förslag till beslut", "Forslag til vedtak", "Indstilling") are parts of the item, never
projects or networks, even when the item is about a project. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes

_ITEM = """<html><body><h1>Punkt 4: Deltagelse i EU-projektet MOSSBRIDGE</h1>
<h2>{h1}</h2>
<p>Kommunen er inviteret til at deltage i MOSSBRIDGE, et treårigt projekt under Interreg Europe om moser.
Projektet ledes af Tartu i Estland.</p>
<h2>{h2}</h2>
<p>Administrationen indstiller, at kommunen deltager i MOSSBRIDGE som partner.</p>
<h2>{h3}</h2>
<p>Godkendt.</p>
</body></html>"""


@pytest.mark.parametrize("h1,h2,h3", [
    ("Sagsfremstilling", "Beslutningsforslag", "Beslutning i Byrådet den 3. marts 2027"),
    ("Sagsbeskrivelse", "Indstilling", "Beslutning i Økonomiudvalget den 12.03.2027"),
    ("Ärendebeskrivning", "Förslag till beslut", "Beslut i kommunstyrelsen 2027-03-12"),
    ("Saksopplysninger", "Forslag til vedtak", "Vedtak i kommunestyret 12.03.2027"),
    ("Saksframstilling", "Kommunedirektørens innstilling", "Kommunestyrets vedtak"),
    ("Background", "Proposed decision", "Decision of the City Council on 3 March 2027"),
])
def test_agenda_headings_are_no_names(h1, h2, h3):
    html = _ITEM.format(h1=h1, h2=h2, h3=h3)
    records = extract_bytes(html.encode(), "a.html").records
    names = {r.name for r in records if r.type in ("project", "network")}
    assert not names & {h1, h2, h3}
    assert {r.name for r in records if r.type == "project"} == {"MOSSBRIDGE"}
