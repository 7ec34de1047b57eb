import pytest

from udsyn.visits.models import Visit


@pytest.mark.django_db
def test_end_before_start_is_explained(client, owner, department):
    client.force_login(owner)
    response = client.post("/visits/add/", {"direction": "incoming", "status": "requested",
                                            "start": "2026-05-04", "end": "2026-05-01",
                                            "department": department.pk}, HTTP_ACCEPT_LANGUAGE="da")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Slutdatoen kan ikke ligge før startdatoen." in page
    assert 'id="id_end_error"' in page  # shown at the field
    assert not Visit.objects.exists()


@pytest.mark.django_db
def test_missing_start_and_direction_are_marked(client, owner, department):
    client.force_login(owner)
    response = client.post("/visits/add/", {"status": "requested", "department": department.pk})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="id_start_error"' in page and 'id="id_direction_error"' in page
    assert not Visit.objects.exists()
