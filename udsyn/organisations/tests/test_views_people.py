"""People (representatives, contacts): any editor adds them; a department's people are changed by its editors."""

import pytest

from udsyn.organisations.models import Person


@pytest.mark.django_db
def test_editor_adds_a_contact_person_for_own_department(client, owner, department):
    client.force_login(owner)
    response = client.post("/organisations/people/add/", {"name": "Mette Jensen", "title": "Klimakoordinator",
                                                          "department": department.pk})
    assert response.status_code == 302
    person = Person.objects.get()
    assert person.department == department
    assert client.get(f"/organisations/people/{person.pk}/edit/").status_code == 200


@pytest.mark.django_db
def test_other_department_and_reader_cannot_change_the_person(client, outsider, reader, department):
    person = Person.objects.create(name="Mette Jensen", department=department)
    client.force_login(outsider)
    assert client.post(f"/organisations/people/{person.pk}/edit/", {"name": "X"}).status_code == 403
    client.force_login(reader)
    assert client.post("/organisations/people/add/", {"name": "Y"}).status_code == 403
    assert [p.name for p in Person.objects.all()] == ["Mette Jensen"]
