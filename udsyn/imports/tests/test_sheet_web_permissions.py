"""Who may import a spreadsheet in the browser: editors into their own department, never readers."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from udsyn.memberships.models import Membership


@pytest.fixture
def sheets_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def upload() -> SimpleUploadedFile:
    return SimpleUploadedFile("n.csv", "Netværk;Kontingent\nEurocities;1.000\n".encode())


@pytest.mark.django_db
def test_a_reader_gets_403(client, reader, department, sheets_media):
    client.force_login(reader)
    assert client.get(reverse("import_sheet")).status_code == 403
    response = client.post(reverse("import_sheet"), {"file": upload(), "record_type": "memberships",
                                                     "department": department.pk})
    assert response.status_code == 403
    assert "sheet-import-link" not in client.get(reverse("import_list")).content.decode()


@pytest.mark.django_db
def test_an_editor_sees_the_link_and_only_their_department(client, owner, department, other_department):
    client.force_login(owner)
    assert reverse("import_sheet") in client.get(reverse("import_list")).content.decode()
    form = client.get(reverse("import_sheet")).context["form"]
    assert list(form.fields["department"].queryset) == [department]


@pytest.mark.django_db
def test_an_editor_cannot_import_into_another_department(client, owner, other_department, sheets_media):
    client.force_login(owner)
    response = client.post(reverse("import_sheet"), {"file": upload(), "record_type": "memberships",
                                                     "department": other_department.pk})
    assert response.status_code == 400
    assert response.context["form"].errors["department"]
    assert Membership.objects.count() == 0
    assert not (sheets_media / "sheets").exists()  # nothing was stored


@pytest.mark.django_db
def test_a_coordinator_imports_into_another_department(client, coordinator, other_department, sheets_media):
    client.force_login(coordinator)
    shown = client.post(reverse("import_sheet"), {"file": upload(), "record_type": "memberships",
                                                  "department": other_department.pk})
    form = shown.context["form"]
    client.post(reverse("import_sheet_confirm", args=[shown.context["stored"].token]),
                {**{name: form[name].initial for name in form.fields}, "action": "import"})
    assert Membership.objects.get().department == other_department
