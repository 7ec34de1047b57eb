"""A partner named as a district's council abroad ('Mbale District Council in Uganda'): a district is no town, so
the partner is the council by its whole name, not 'Mbale District'."""

from __future__ import annotations

import pytest

from tests.extraction.found import names


@pytest.mark.parametrize("text,partner", [
    ("Since 2021 the municipality has had a development partnership with Mbale District Council in Uganda on "
     "clean water.", "Mbale District Council"),
    ("Kommunen har siden 2022 et samarbejde med Kilwa District Council i Tanzania om affaldshåndtering.",
     "Kilwa District Council"),
    ("Kommunen har sedan 2020 ett samarbete med Mpwapwa District Council i Tanzania om skolmåltider.",
     "Mpwapwa District Council"),
    ("Kommunen har eit samarbeid med Mzimba District Council i Malawi om helsestasjonar.",
     "Mzimba District Council"),
])
def test_a_district_council_abroad_is_named_whole(text, partner):
    assert names(text, "partner") == [partner]


@pytest.mark.parametrize("text,partner", [
    ("Since 2022 the municipality has had a partnership with Mzimba District Council in\nMalawi on health posts. "
     "It is funded by a national fund.", "Mzimba District Council"),
    ("Siden 2021 har kommunen et udviklingssamarbejde med Kilwa District Council i\nTanzania om rent vand. "
     "Det er finansieret af en pulje.", "Kilwa District Council"),
])
def test_a_line_break_before_the_country(text, partner):
    assert names(text, "partner") == [partner]
