"""Step 2 of the spreadsheet import in the browser: only the good rows are created, by the user, from the sheet."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from udsyn.memberships.models import Membership
from udsyn.projects.models import Project

SHEET = "Netværk;Kontingent;Til\nEurocities;1.300.000;31-12-2026\nICLEI;abc;\nEnergy Cities;45.000;\n"


@pytest.fixture
def sheets_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def preview(client, department, text=SHEET):
    upload = SimpleUploadedFile("netværk.csv", text.encode())
    response = client.post(reverse("import_sheet"), {"file": upload, "record_type": "memberships",
                                                     "department": department.pk})
    assert response.status_code == 200
    return response


def columns(response) -> dict[str, str]:
    form = response.context["form"]
    return {name: form[name].initial for name in form.fields}


@pytest.mark.django_db
def test_confirm_creates_the_good_rows_with_their_source_and_history(client, owner, department, sheets_media):
    client.force_login(owner)
    shown = preview(client, department)
    token = shown.context["stored"].token

    response = client.post(reverse("import_sheet_confirm", args=[token]), {**columns(shown), "action": "import"})

    assert response.status_code == 200
    assert sorted(Membership.objects.values_list("organisation__name", flat=True)) == ["Energy Cities", "Eurocities"]
    eurocities = Membership.objects.get(organisation__name="Eurocities")
    assert eurocities.source_kind == "sheet" and "netværk.csv, række 2" in eurocities.source_quote
    assert eurocities.history.get().history_user == owner
    page = response.content.decode()
    assert f'href="{reverse("membership_detail", args=[eurocities.pk])}"' in page  # a link to each new record
    assert 'id="row-3"' in page and "abc" in page  # the bad row, still reported
    assert not any((sheets_media / "sheets").iterdir())  # the file is gone once imported

    gone = client.post(reverse("import_sheet_confirm", args=[token]), {**columns(shown), "action": "import"})
    assert gone.status_code == 302 and gone.url == reverse("import_sheet")  # a second click imports nothing twice
    assert Membership.objects.count() == 2


@pytest.mark.django_db
def test_changed_columns_are_previewed_before_anything_is_imported(client, owner, department, sheets_media):
    client.force_login(owner)
    shown = preview(client, department)
    changed = {**columns(shown), "column_1": "ignore"}
    response = client.post(reverse("import_sheet_confirm", args=[shown.context["stored"].token]),
                           {**changed, "action": "import"})
    assert response.status_code == 200 and response.context["report"].dry_run
    assert Membership.objects.count() == 0
    assert [item["row"].outcome for item in response.context["rows"]] == ["would_create"] * 3  # no fee, no error


@pytest.mark.django_db
def test_another_user_cannot_use_the_uploaded_file(client, owner, colleague, department, sheets_media):
    client.force_login(owner)
    shown = preview(client, department)
    client.force_login(colleague)
    response = client.post(reverse("import_sheet_confirm", args=[shown.context["stored"].token]),
                           {**columns(shown), "action": "import"})
    assert response.status_code == 404
    assert Membership.objects.count() == 0


@pytest.mark.django_db
def test_projects_are_imported_and_linked(client, owner, department, sheets_media):
    client.force_login(owner)
    upload = SimpleUploadedFile("projekter.csv", "Projekt;Budget;Fra\nGrøn havn;2.000.000;1-1-2024\n;5;\n".encode())
    shown = client.post(reverse("import_sheet"), {"file": upload, "record_type": "projects",
                                                  "department": department.pk})
    assert [item["row"].outcome for item in shown.context["rows"]] == ["would_create", "error"]
    response = client.post(reverse("import_sheet_confirm", args=[shown.context["stored"].token]),
                           {**columns(shown), "action": "import"})
    project = Project.objects.get()
    assert (project.name, project.total_budget, project.department) == ("Grøn havn", 2000000, department)
    assert f'href="{reverse("project_detail", args=[project.pk])}"' in response.content.decode()
    assert reverse("project_list") in response.content.decode()


@pytest.mark.django_db
def test_an_old_unconfirmed_upload_is_swept_by_a_later_one(client, owner, department, sheets_media):
    import os

    client.force_login(owner)
    old = preview(client, department).context["stored"]
    for path in (sheets_media / "sheets").iterdir():
        os.utime(path, (0, 0))
    new = preview(client, department).context["stored"]
    assert sorted(p.name for p in (sheets_media / "sheets").iterdir()) == [new.token, f"{new.token}.json"]
    assert old.token != new.token
