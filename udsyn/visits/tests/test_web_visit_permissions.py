"""Only the owning department (and coordinators) may change a visit; others get 403 and nothing changes."""

import pytest

from udsyn.visits.models import Visit


@pytest.mark.django_db
def test_outsider_gets_403_and_the_visit_is_unchanged(client, outsider, make, harbin):
    visit = make(Visit, direction="incoming", start="2026-04-01", city=harbin, theme="Vinterby")
    client.force_login(outsider)
    assert client.get(f"/visits/{visit.pk}/edit/").status_code == 403
    response = client.post(f"/visits/{visit.pk}/edit/", {"direction": "outgoing", "status": "held",
                                                        "start": "2026-04-01", "theme": "Overtaget",
                                                        "department": outsider.department_id, "version": "1"})
    assert response.status_code == 403
    assert client.post(f"/visits/{visit.pk}/delete/", {"version": "1"}).status_code == 403
    stored = Visit.objects.get(pk=visit.pk)
    assert (stored.theme, stored.direction, stored.version) == ("Vinterby", "incoming", 1)
    assert f"/visits/{visit.pk}/edit/" not in client.get(f"/visits/{visit.pk}/").content.decode()


@pytest.mark.django_db
def test_owner_edits_and_deletes(client, owner, make, harbin, department):
    visit = make(Visit, direction="incoming", start="2026-04-01", city=harbin)
    client.force_login(owner)
    response = client.post(f"/visits/{visit.pk}/edit/", {"direction": "incoming", "status": "cancelled",
                                                        "start": "2026-04-01", "city": harbin.pk,
                                                        "department": department.pk, "version": "1"})
    assert response.status_code == 302
    assert Visit.objects.get(pk=visit.pk).status == "cancelled"
    assert client.post(f"/visits/{visit.pk}/delete/", {"version": "2"}).status_code == 302
    assert not Visit.objects.exists()
