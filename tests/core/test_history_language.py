"""History lines speak the reader's language, whoever made the change and in which language: the English message
and its values are stored, and field names show as the reader knows them."""

from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.translation import gettext_noop

from udsyn.core import history
from udsyn.core.generic import history_rows
from udsyn.core.services import record_create, record_update
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Person


def reasons(record, language: str) -> list[str]:
    with translation.override(language):
        return [row["reason"] for row in history_rows(record)]


@pytest.mark.django_db
def test_a_change_made_in_english_reads_in_danish(owner, department, network):
    with translation.override("en"):  # the command line and English users write history too
        membership = record_create(model=Membership, acting_user=owner, data={
            "department": department, "organisation": network},
            reason=history.reason(gettext_noop("Imported from %(file)s, row %(row)s"), file="liste.xlsx", row=7))
    assert reasons(membership, "da") == ["Importeret fra liste.xlsx, række 7"]
    assert reasons(membership, "en") == ["Imported from liste.xlsx, row 7"]


@pytest.mark.django_db
def test_edited_fields_and_representatives_show_by_their_danish_names(owner, department, network):
    membership = record_create(model=Membership, acting_user=owner, data={"department": department,
                                                                          "organisation": network})
    person = Person.objects.create(name="Camilla Holm")
    record_update(record=membership, expected_version=1, acting_user=owner,
                  data={"annual_fee": Decimal("1000"), "representatives": [person]},
                  reason=history.reason(gettext_noop("Accepted from %(document)s, page %(page)s"),
                                        fields=["annual_fee", "fee_year"], document="kort.pdf", page=3))
    latest, created = reasons(membership, "da")
    assert latest == "Godkendt fra kort.pdf, side 3 (rettet: årligt kontingent, kontingentet gælder året) " \
                     "(repræsentanter: Camilla Holm)"
    assert "annual_fee" not in latest and "representatives" not in latest
    assert created == ""  # "Oprettet" alone: the history line says it once, not "Oprettet: Oprettet"


@pytest.mark.django_db
def test_text_stored_before_or_typed_by_a_person_is_shown_as_it_is(owner, department, network):
    membership = record_create(model=Membership, acting_user=owner, data={"department": department,
                                                                          "organisation": network},
                               reason="Fra mødet den 3. maj")
    assert reasons(membership, "da") == ["Fra mødet den 3. maj"]
