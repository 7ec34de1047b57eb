"""The projects list filtered by status is read from its SQLite indexes (migration projects 0007) and lists the
same records in the same Danish order, with the same count, as before; another municipality's are not among them."""

import pytest
from django.db import connection

from udsyn.organisations.models import Department, Municipality
from udsyn.projects.models import Project


@pytest.mark.django_db
def test_status_filter_lists_the_users_projects_of_that_status_in_danish_order(client, reader, department):
    for name, status in [("Åben by", "active"), ("Zebra", "active"), ("Æble", "planned"), ("Ørsted", "active"),
                         ("aarhus", "active")]:
        Project.objects.create(department=department, name=name, status=status)
    other = Department.objects.create(municipality=Municipality.objects.create(name="Andenby", code="997"),
                                      name="Andet")
    Project.objects.create(department=other, name="Alfa", status="active")
    client.force_login(reader)

    page = client.get("/projects/", {"status": "active"}).context["page_obj"]
    assert [p.name for p in page.object_list] == ["Zebra", "Ørsted", "Åben by", "aarhus"]
    assert page.paginator.count == 4
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'projects_project'")
            names = {row[0] for row in cursor.fetchall()}
        assert "projects_project_status_name_da" in names
