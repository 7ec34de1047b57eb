from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from udsyn.core.models import SourceKind
from udsyn.extraction.model import Record
from udsyn.imports.models import Candidate
from udsyn.imports.services import CandidateClosed, candidate_accept, candidate_edit
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Organisation
from udsyn.partners.models import Partner
from udsyn.projects.models import Programme, Project

from .conftest import QUOTE, network_record


@pytest.mark.django_db
def test_accepting_a_network_creates_a_membership_with_its_source_and_history(candidate_of, owner, department):
    candidate = candidate_of(network_record())

    membership = candidate_accept(candidate=candidate, acting_user=owner)

    assert isinstance(membership, Membership)
    assert membership.organisation.name == "Eurocities"
    assert membership.organisation.kind == "network"
    assert membership.department == department  # named in the document
    assert membership.annual_fee == Decimal("500000.00") and membership.fee_currency == "DKK"
    assert membership.source_kind == SourceKind.DOCUMENT
    assert membership.source_document == candidate.document
    assert (membership.source_page, membership.source_quote) == (2, QUOTE)
    created = membership.history.get()
    assert created.history_user == owner
    assert candidate.document.name in created.history_change_reason
    candidate.refresh_from_db()
    assert candidate.status == Candidate.Status.ACCEPTED
    assert candidate.accepted == membership
    assert candidate.decided_by == owner and candidate.decided_at is not None


@pytest.mark.django_db
def test_an_existing_organisation_is_reused_even_when_ocr_damaged_it(candidate_of, owner, network):
    candidate = candidate_of(network_record(name="Eurocitics"))
    membership = candidate_accept(candidate=candidate, acting_user=owner)
    assert membership.organisation == network
    assert Organisation.objects.count() == 1


@pytest.mark.django_db
def test_a_candidate_is_accepted_only_once(candidate_of, owner, colleague):
    candidate = candidate_of(network_record())
    candidate_accept(candidate=candidate, acting_user=owner)
    with pytest.raises(CandidateClosed):
        candidate_accept(candidate=Candidate.objects.get(pk=candidate.pk), acting_user=colleague)
    assert Membership.objects.count() == 1


@pytest.mark.django_db
def test_edited_values_replace_the_proposed_ones(candidate_of, owner):
    candidate = candidate_of(network_record())
    membership = candidate_edit(candidate=candidate, acting_user=owner,
                                values={"name": "Eurocities", "annual_fee": Decimal("550000"), "fee_year": 2020})
    assert membership.annual_fee == Decimal("550000.00")
    assert membership.fee_year == 2020
    assert "annual_fee" in membership.history.get().history_change_reason


@pytest.mark.django_db
def test_accepting_a_partner_places_the_city(candidate_of, owner):
    candidate = candidate_of(Record(type="partner", name="Hamborg", fields={"kind": "venskabsby"}, page=1,
                                    start=5, end=12, quote="Venskabsbyen Hamborg", confidence=0.8))
    partner = candidate_accept(candidate=candidate, acting_user=owner)
    assert isinstance(partner, Partner)
    assert (partner.city.name, partner.city.country) == ("Hamburg", "DE")
    assert partner.city.latitude is not None
    assert partner.kind == "twin_city"
    assert partner.source_quote == "Venskabsbyen Hamborg"


@pytest.mark.django_db
def test_an_institution_abroad_becomes_a_partner_in_its_city(candidate_of, owner, client):
    # The pipeline names the institution and flags it (institution: True); its town, when read, is the city.
    candidate = candidate_of(Record(type="partner", name="Tartu Ülikool", page=1, start=5, end=18, confidence=0.8,
                                    quote="samarbejde med Tartu Ülikool", fields={
                                        "institution": True, "city": "Tartu", "country": "EE", "kind": "partner"}))
    client.force_login(owner)
    form = client.get(candidate.get_absolute_url()).context["form"]
    assert (form["name"].value(), form["institution"].value()) == ("Tartu", "Tartu Ülikool")  # never "True"

    partner = candidate_accept(candidate=candidate, acting_user=owner)
    assert (partner.city.name, partner.city.country, partner.institution.name) == ("Tartu", "EE", "Tartu Ülikool")


@pytest.mark.django_db
def test_an_institution_without_its_city_asks_for_the_city(candidate_of, owner):
    candidate = candidate_of(Record(type="partner", name="Elizabethtown College", page=1, start=5, end=26,
                                    quote="Elizabethtown College, USA", confidence=0.8,
                                    fields={"institution": True, "country": "US"}))
    with pytest.raises(ValidationError) as refused:
        candidate_accept(candidate=candidate, acting_user=owner)
    assert refused.value.message_dict["name"] == ["Giv den by, Elizabethtown College ligger i."]
    assert not Partner.objects.exists()


@pytest.mark.django_db
def test_accepting_a_project_matches_the_programme_from_the_managed_list(candidate_of, owner):
    programme = Programme.objects.create(name="Horizon 2020", family="Horizon", is_eu=True)
    candidate = candidate_of(Record(type="project", name="ATELIER", page=4, start=1, end=8, quote="ATELIER",
                                    fields={"programme": "Horizon2020", "period_start": "2019-11",
                                            "period_end": "2024-10"}))
    project = candidate_accept(candidate=candidate, acting_user=owner)
    assert isinstance(project, Project)
    assert project.programme == programme
    assert (str(project.start), str(project.end)) == ("2019-11-01", "2024-10-31")


@pytest.mark.django_db
def test_money_candidates_are_evidence_and_cannot_become_records(candidate_of, owner):
    from django.core.exceptions import ValidationError

    candidate = candidate_of(Record(type="money", value=4971000, currency="DKK", quote="4.971.000 kr."))
    with pytest.raises(ValidationError):
        candidate_accept(candidate=candidate, acting_user=owner)
    assert candidate.value == Decimal("4971000")


@pytest.mark.django_db
def test_the_yearly_fee_stated_with_the_network_becomes_the_fee(batch, owner):
    """The real pipeline attaches the fee to the network candidate ('... medlem af netværket Eurocities og
    betaler et årligt kontingent på 500.000 kr.'); accepting it fills the membership's fee."""
    from udsyn.imports.services import document_ingest, jobs_run_inline

    from .documents import PARAGRAPH

    jobs_run_inline([document_ingest(batch=batch, name="a.txt", data=PARAGRAPH.encode(), acting_user=owner).job])

    membership = candidate_accept(candidate=Candidate.objects.get(record_type="network"), acting_user=owner)

    assert (membership.annual_fee, membership.fee_currency) == (Decimal("500000.00"), "DKK")
