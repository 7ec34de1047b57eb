"""Files that are not spreadsheets, or too big, get a clear Danish message and no traceback."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse


@pytest.fixture
def sheets_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def post(client, department, upload):
    return client.post(reverse("import_sheet"), {"file": upload, "record_type": "memberships",
                                                 "department": department.pk})


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "data"), [
    ("rapport.pdf", b"%PDF-1.7\n..."),
    ("rapport.xlsx", b"%PDF-1.7\n..."),  # a PDF renamed: not a zip archive
    ("billede.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
])
def test_a_file_that_is_not_a_spreadsheet_is_refused_in_danish(client, owner, department, sheets_media, name, data):
    client.force_login(owner)
    response = post(client, department, SimpleUploadedFile(name, data))
    assert response.status_code == 400
    assert f"“{name}” er ikke et regneark" in response.content.decode()


@pytest.mark.django_db
def test_a_damaged_xlsx_is_refused_with_a_message(client, owner, department, sheets_media):
    client.force_login(owner)
    response = post(client, department, SimpleUploadedFile("n.xlsx", b"PK\x03\x04 not really a workbook"))
    assert response.status_code == 400
    assert "Kan ikke læse regnearket" in response.content.decode()
    assert not any((sheets_media / "sheets").iterdir())  # the unreadable file is not kept


@pytest.mark.django_db
def test_a_file_over_the_limit_is_refused_with_the_limit(client, owner, department, sheets_media, settings):
    settings.UPLOAD_MAX_MB = 1
    client.force_login(owner)
    response = post(client, department, SimpleUploadedFile("stor.csv", b"Netv\xc3\xa6rk\n" + b"x" * 1024 * 1024))
    assert response.status_code == 400
    assert "højst fylde 1 MB" in response.content.decode()
