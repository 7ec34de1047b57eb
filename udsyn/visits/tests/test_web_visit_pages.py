"""A delegation visit through the pages: created by its department, shown with its relations and history."""

import pytest

from udsyn.partners.models import Partner
from udsyn.visits.models import Visit


@pytest.mark.django_db
def test_owner_creates_a_visit_in_own_department(client, owner, department, harbin):
    client.force_login(owner)
    form = client.get("/visits/add/").content.decode()
    assert f'<option value="{department.pk}" selected>' in form
    response = client.post("/visits/add/", {"direction": "incoming", "status": "confirmed", "start": "2026-05-04",
                                            "end": "2026-05-06", "city": harbin.pk, "size": "14",
                                            "theme": "Vandforsyning", "department": department.pk})
    visit = Visit.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/visits/{visit.pk}/"
    assert visit.department == department and visit.size == 14
    assert visit.history.get().history_user == owner


@pytest.mark.django_db
def test_detail_shows_relations_and_history(client, owner, make, harbin):
    from udsyn.core.services import record_update

    twin = make(Partner, city=harbin, kind="sister_city")
    earlier = make(Visit, direction="outgoing", start="2015-09-01", city=harbin, theme="Isfestival")
    visit = make(Visit, direction="incoming", start="2026-01-10", city=harbin, theme="Vinterby")
    record_update(record=visit, data={"size": 30}, expected_version=1, acting_user=owner)
    client.force_login(owner)
    page = client.get(f"/visits/{visit.pk}/").content.decode()
    assert f'href="/partners/{twin.pk}/"' in page  # the agreement with the same city
    assert f'href="/visits/{earlier.pk}/"' in page  # the earlier visit with the same city
    assert f'href="/organisations/cities/{harbin.pk}/"' in page
    assert "<ins>30</ins>" in page  # history: what changed
    assert "Olga" in page or "owner" in page  # and who
