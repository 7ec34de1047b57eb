"""Every register list downloads as CSV or XLSX with the filters and order on the page, and a user can name the
filters of a list and come back to them."""

import csv
import io
from decimal import Decimal

import openpyxl
import pytest

from udsyn.core.models import SavedFilter
from udsyn.core.services import record_create
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Organisation


@pytest.fixture
def memberships(owner, department, other_department, coordinator):
    for name, where, fee in [("Eurocities", department, "500000"), ("Energy Cities", department, "12000"),
                             ("ICLEI", other_department, "90000")]:
        organisation = Organisation.objects.create(name=name, kind="network")
        record_create(model=Membership, acting_user=coordinator, data={
            "department": where, "organisation": organisation, "annual_fee": Decimal(fee), "fee_currency": "DKK"})


def rows_of_csv(response) -> list[dict]:
    text = b"".join(response.streaming_content if response.streaming else [response.content]).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.django_db
def test_a_list_downloads_with_its_filters_and_order(client, coordinator, department, memberships):
    client.force_login(coordinator)
    page = client.get("/memberships/", {"department": department.pk}).content.decode()
    assert f'href="?department={department.pk}&amp;export=csv"' in page

    response = client.get("/memberships/", {"department": department.pk, "sort": "-annual_fee", "export": "csv"})

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="medlemskaber-' in response["Content-Disposition"]
    assert [row["Organisation eller netværk"] for row in rows_of_csv(response)] == ["Eurocities", "Energy Cities"]
    workbook = client.get("/memberships/", {"department": department.pk, "export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(workbook.content)).active
    names = [row[sheet[1].index(next(c for c in sheet[1] if c.value == "Organisation eller netværk"))].value
             for row in sheet.iter_rows(min_row=2)]
    assert names == ["Energy Cities", "Eurocities"]  # the page's own order: by name, the Danish way


@pytest.mark.django_db
def test_an_unknown_format_is_not_found(client, coordinator, memberships):
    client.force_login(coordinator)
    assert client.get("/memberships/", {"export": "exe"}).status_code == 404


@pytest.mark.django_db
def test_a_user_names_filters_comes_back_to_them_and_deletes_them(client, coordinator, owner, department,
                                                                   memberships):
    client.force_login(coordinator)
    query = f"department={department.pk}&sort=-annual_fee"
    # The form sits beside the list; the filters are those of the page it was sent from, without its page number.
    saved = client.post("/filters/", {"path": "/memberships/", "name": "Vores netværk"},
                        HTTP_REFERER=f"http://testserver/memberships/?{query}&page=2")
    assert saved.status_code == 302 and saved["Location"] == f"/memberships/?{query}"

    page = client.get("/memberships/").content.decode()
    assert f'href="/memberships/?department={department.pk}&amp;sort=-annual_fee">Vores netværk</a>' in page
    assert "Vores netværk" not in client.get("/projects/").content.decode()  # kept with its own list
    client.force_login(owner)
    assert "Vores netværk" not in client.get("/memberships/").content.decode()  # and its own user
    mine = SavedFilter.objects.get()
    assert client.post(f"/filters/{mine.pk}/delete/").status_code == 404  # not theirs to delete
    client.force_login(coordinator)
    client.post(f"/filters/{mine.pk}/delete/")
    assert not SavedFilter.objects.exists()


@pytest.mark.django_db
def test_a_saved_filter_points_only_into_this_site(client, coordinator):
    client.force_login(coordinator)
    response = client.post("/filters/", {"path": "https://elsewhere.example/", "query": "", "name": "Ud"})
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_a_downloaded_list_reads_like_its_page_and_imports_again(client, settings, coordinator, department):
    from udsyn.imports.sheets import IGNORE, default_mapping
    from udsyn.projects.models import Programme, Project

    record_create(model=Project, acting_user=coordinator, data={
        "department": department, "name": "Grøn havn", "role": "lead", "status": "active",
        "programme": Programme.objects.create(name="Own budget"), "budget_currency": "EUR"})
    client.force_login(coordinator)

    danish = rows_of_csv(client.get("/projects/", {"export": "csv"}))
    assert danish[0]["Navn"] == "Grøn havn"
    assert (danish[0]["Kommunens rolle"], danish[0]["Status"]) == ("Leadpartner", "I gang")  # as on the page
    assert danish[0]["Program"] == "Kommunens eget budget" and danish[0]["Valuta"] == "EUR"
    workbook = openpyxl.load_workbook(io.BytesIO(client.get("/projects/", {"export": "xlsx"}).content))
    assert workbook.active.title == "Projekter"

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = rows_of_csv(client.get("/projects/", {"export": "csv"}))
    assert (english[0]["The municipality's role"], english[0]["Programme"]) == ("Lead partner", "Own budget")

    # The sheet import knows every column of either, so a downloaded list can be edited and imported again.
    for rows in (danish, english):
        mapping = default_mapping(list(rows[0]), "projects")
        assert set(rows[0]) - set(mapping) == set(), rows[0].keys()
        assert {h for h, target in mapping.items() if target == IGNORE} <= {"ID", "Kilde", "Source", "Version"}
