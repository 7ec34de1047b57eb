"""A history row written by the installation itself (demo data, the command line's system users, an installation
administrator) names that writer to every reader, instead of "unknown"; another municipality's user is still not
named on shared data."""

import pytest

from udsyn.accounts.models import User
from udsyn.accounts.services import system_user
from udsyn.core.services import record_create
from udsyn.organisations.models import Department, Municipality, Organisation
from udsyn.projects.models import Project


def who_column(page: str) -> list[str]:
    table = page.split('id="history-heading"')[1].split("</table>")[0]
    return [row.split("<td>")[2].split("</td>")[0].strip() for row in table.split("<tbody>")[1].split("<tr>")[1:]]


@pytest.mark.django_db
def test_demo_data_names_its_writer(client, reader, department):
    demo = system_user(username="demo", first_name="Demodata")
    project = record_create(model=Project, acting_user=demo, data={"department": department, "name": "Havn"})
    client.force_login(reader)
    assert who_column(client.get(f"/projects/{project.pk}/").content.decode()) == ["Demodata (demo)"]
    assert client.get(f"/api/v1/projects/{project.pk}/history/").json()[0]["user"]["username"] == "demo"


@pytest.mark.django_db
def test_an_installation_administrators_change_is_named(client, reader, department, installation_admin):
    project = record_create(model=Project, acting_user=installation_admin, data={"department": department,
                                                                                 "name": "Havn"})
    client.force_login(reader)
    assert who_column(client.get(f"/projects/{project.pk}/").content.decode()) == ["driftsadmin"]


@pytest.mark.django_db
def test_another_municipalitys_user_is_still_not_named_on_shared_data(client, reader):
    other = Municipality.objects.create(name="Andenby Kommune", code="998")
    stranger = User.objects.create_user(username="andenby", password="x", role="coordinator",
                                        department=Department.objects.create(municipality=other, name="BA"))
    network = Organisation(name="Fælles netværk", kind="network")
    network._history_user = stranger
    network.save()
    client.force_login(reader)
    assert who_column(client.get(f"/organisations/{network.pk}/").content.decode()) == ["ukendt"]
