"""Step 1 of the spreadsheet import in the browser: a dry run that shows each row and saves nothing."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from udsyn.memberships.models import Membership
from udsyn.organisations.models import Organisation


def xlsx_upload(rows, name="netværk.xlsx") -> SimpleUploadedFile:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    out = BytesIO()
    workbook.save(out)
    return SimpleUploadedFile(name, out.getvalue())


@pytest.fixture
def sheets_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.django_db
def test_the_preview_shows_good_and_bad_rows_and_creates_nothing(client, owner, department, sheets_media):
    client.force_login(owner)
    upload = xlsx_upload([["Netværk", "Kontingent", "Fra"],
                          ["Eurocities", "1.300.000", "01-01-2019"],
                          ["ICLEI", "mange penge", "31-13-2024"]])
    response = client.post(reverse("import_sheet"), {"file": upload, "record_type": "memberships",
                                                     "department": department.pk})

    assert response.status_code == 200
    rows = {item["row"].row: item["row"] for item in response.context["rows"]}
    assert rows[2].outcome == "would_create" and rows[3].outcome == "error"
    assert {e.column for e in rows[3].errors} == {"Kontingent", "Fra"}
    page = response.content.decode()
    assert 'id="row-3"' in page and "Kontingent" in page and "31-13-2024" in page  # row number, column, value
    assert "Importér 1 række" in page
    assert Membership.objects.count() == 0 and Organisation.objects.count() == 0
    assert len(list((sheets_media / "sheets").iterdir())) == 2  # the file and its note, kept for step 2


@pytest.mark.django_db
def test_a_column_that_was_not_recognised_can_be_chosen(client, owner, department, sheets_media):
    client.force_login(owner)
    upload = SimpleUploadedFile("n.csv", "Navn på netværk;Beløb\nEurocities;1.000\n".encode())
    response = client.post(reverse("import_sheet"), {"file": upload, "record_type": "memberships",
                                                     "department": department.pk})
    assert response.status_code == 400  # no column for the organisation yet: said, with the columns to choose
    assert response.context["report"] is None and response.context["problem"]
    assert "Importér" not in response.content.decode().split("data-testid=\"sheet-problem\"")[1]
    token = response.context["stored"].token

    again = client.post(reverse("import_sheet_confirm", args=[token]),
                        {"column_0": "organisation", "column_1": "annual_fee", "action": "preview"})
    assert again.status_code == 200
    row = again.context["rows"][0]["row"]
    assert row.outcome == "would_create" and "Eurocities" in row.summary
    assert Membership.objects.count() == 0


@pytest.mark.django_db
def test_two_columns_cannot_fill_the_same_field(client, owner, department, sheets_media):
    client.force_login(owner)
    upload = SimpleUploadedFile("n.csv", "Netværk;Kontakt\nEurocities;Olga\n".encode())
    token = client.post(reverse("import_sheet"), {"file": upload, "record_type": "memberships",
                                                  "department": department.pk}).context["stored"].token
    response = client.post(reverse("import_sheet_confirm", args=[token]),
                           {"column_0": "organisation", "column_1": "organisation", "action": "import"})
    assert response.status_code == 400
    assert "samme felt" in response.content.decode()
    assert Membership.objects.count() == 0
