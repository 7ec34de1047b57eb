import pytest

from udsyn.core.services import record_create
from udsyn.extraction.model import Record
from udsyn.organisations.models import City
from udsyn.partners.models import Partner
from udsyn.projects.models import Project

from .conftest import network_record


@pytest.mark.django_db
def test_an_ocr_damaged_network_name_links_to_the_membership(candidate_of, membership):
    candidate = candidate_of(network_record(name="Eurocitics"))
    assert candidate.matched == membership
    assert 85 <= candidate.match_score <= 100


@pytest.mark.django_db
def test_a_partner_links_through_the_pipelines_reading_of_the_city(candidate_of, owner, department):
    hamburg = City.objects.create(name="Hamburg", country="DE")
    partner = record_create(model=Partner, acting_user=owner,
                            data={"department": department, "city": hamburg, "kind": "twin_city"})
    candidate = candidate_of(Record(type="partner", name="Hamborg", fields={"city": "Hamburg", "country": "DE"},
                                    quote="venskabsbyen Hamborg"))
    assert candidate.matched == partner


@pytest.mark.django_db
def test_a_project_links_by_its_acronym(candidate_of, owner, department):
    project = record_create(model=Project, acting_user=owner, data={
        "department": department, "name": "Amsterdam Bilbao Citizen-driven Smart Cities", "acronym": "ATELIER"})
    candidate = candidate_of(Record(type="project", name="ATELIER", quote="Projektet ATELIER"))
    assert candidate.matched == project


@pytest.mark.django_db
def test_nothing_similar_means_no_link(candidate_of, membership):
    candidate = candidate_of(network_record(name="Union of Baltic Cities"))
    assert candidate.matched is None and candidate.match_score is None


@pytest.mark.django_db
def test_the_department_named_in_the_document_is_suggested_despite_ocr_damage(candidate_of, department,
                                                                              other_department):
    candidate = candidate_of(network_record(fields={"department": "Kultur- og Fritidsforvaltnlngen"}))
    assert candidate.department == other_department
