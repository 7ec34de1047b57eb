"""A proposal that is a figure (an amount, a number) is named on its page as a person writes the figure
(`500.000 kr.`, `42`), not as the database keeps it (`Amount of money: 500000.00 DKK`)."""

from decimal import Decimal

import pytest
from django.utils import translation

from udsyn.extraction.model import Record


@pytest.mark.django_db
def test_a_figures_page_writes_the_figure_the_readers_way(client, owner, candidate_of):
    amount = candidate_of(Record(type="money", value=Decimal("500000"), currency="DKK", quote="500.000 kr."))
    count = candidate_of(Record(type="count", value=Decimal("42"), quote="42 aktiviteter"))
    client.force_login(owner)
    page = client.get(f"/imports/candidates/{amount.pk}/").content.decode()
    assert "<h1>500.000\xa0kr." in page and "500000.00" not in page
    assert "<h1>42 " in client.get(f"/imports/candidates/{count.pk}/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "<h1>DKK\xa0500,000" in client.get(f"/imports/candidates/{amount.pk}/").content.decode()
    with translation.override("en"):
        assert str(count) == "Number: 42"  # in its history and the admin too
