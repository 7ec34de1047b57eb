import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from udsyn.imports.models import Document, ImportBatch, Job

from .conftest import network_record


def _upload(client, *files, **data):
    return client.post(reverse("import_list"), {"files": list(files), **data})


@pytest.mark.django_db
def test_an_editor_uploads_several_files_and_sees_each_processed(client, owner, pipeline, settings, media):
    settings.IMPORT_INLINE = True
    pipeline.records = [network_record()]
    client.force_login(owner)

    response = _upload(client, SimpleUploadedFile("a.txt", b"Eurocities"), SimpleUploadedFile("b.txt", b"Energy"))

    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response.url == batch.get_absolute_url()
    assert batch.created_by == owner
    assert sorted(batch.jobs.values_list("status", flat=True)) == ["done", "done"]
    page = client.get(batch.get_absolute_url())
    assert page.status_code == 200
    assert "a.txt" in page.content.decode() and "b.txt" in page.content.decode()
    assert 'hx-trigger="every 2s"' not in page.content.decode()  # nothing left to wait for


@pytest.mark.django_db
def test_with_a_worker_the_page_polls_while_jobs_wait(client, owner, settings, media):
    settings.IMPORT_INLINE = False
    client.force_login(owner)
    _upload(client, SimpleUploadedFile("a.txt", b"Eurocities"))
    batch = ImportBatch.objects.get()
    assert Job.objects.get().status == Job.Status.QUEUED
    page = client.get(batch.get_absolute_url()).content.decode()
    assert 'hx-trigger="every 2s"' in page
    assert f'hx-get="{reverse("import_batch_jobs", args=[batch.pk])}"' in page
    fragment = client.get(reverse("import_batch_jobs", args=[batch.pk])).content.decode()
    assert "<html" not in fragment and 'id="jobs"' in fragment


@pytest.mark.django_db
def test_a_file_over_the_limit_is_refused_in_danish_and_the_others_go_on(client, owner, pipeline, settings, media):
    settings.IMPORT_INLINE = True
    settings.UPLOAD_MAX_MB = 1
    client.force_login(owner)

    _upload(client, SimpleUploadedFile("stor.pdf", b"x" * (1024 * 1024 + 10)), SimpleUploadedFile("tom.txt", b""),
            SimpleUploadedFile("ok.txt", b"Eurocities"))

    batch = ImportBatch.objects.get()
    assert [d.name for d in Document.objects.all()] == ["ok.txt"]
    reasons = " ".join(item["reason"] for item in batch.refused)
    assert "stor.pdf" in reasons and "1 MB" in reasons and "tom.txt" in reasons
    page = client.get(batch.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="da").content.decode()
    assert "stor.pdf" in page and "tom.txt" in page
    assert "filer må højst fylde 1 MB" in page  # in Danish, the users' language


@pytest.mark.django_db
def test_choosing_no_file_gives_a_clear_message(client, owner):
    client.force_login(owner)
    response = client.post(reverse("import_list"), {})
    assert response.status_code == 400
    assert "file" in response.content.decode().lower() or "fil" in response.content.decode().lower()
    assert not ImportBatch.objects.exists()


@pytest.mark.django_db
def test_a_reader_sees_the_imports_but_cannot_upload(client, reader, media):
    client.force_login(reader)
    page = client.get(reverse("import_list"))
    assert page.status_code == 200
    assert 'type="file"' not in page.content.decode()
    assert _upload(client, SimpleUploadedFile("a.txt", b"Eurocities")).status_code == 403
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_the_pages_need_a_login(client):
    response = client.get(reverse("import_list"))
    assert response.status_code == 302 and "/login/" in response.url
