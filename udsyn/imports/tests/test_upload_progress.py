"""An upload answers at once and the batch page follows the reading: pages read, findings, done."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from udsyn.extraction.model import DocumentResult
from udsyn.imports.models import ImportBatch, Job
from udsyn.imports.services import document_ingest, job_process_next

from .conftest import fake_result, network_record


@pytest.mark.django_db
def test_the_job_notes_how_far_it_has_come_while_it_reads(batch, owner, monkeypatch):
    seen = []

    def pipeline(data: bytes, name: str, progress=None) -> DocumentResult:
        seen.append(Job.objects.get().progress)  # what the batch page would show while the pages are read
        progress("finding", {"pages": 18})
        seen.append(Job.objects.get().progress)
        result = fake_result(name, [network_record(), network_record(name="Energy Cities", start=300, end=310)])
        progress("found", {"pages": 18, "records": len(result.records)})
        seen.append(Job.objects.get().progress)
        return result

    monkeypatch.setattr("udsyn.imports.services._extract", pipeline)
    document_ingest(batch=batch, name="kortlaegning.pdf", data=b"%PDF stand-in", acting_user=owner)

    job_process_next(worker="w1")

    assert seen == [{"step": "reading"}, {"step": "finding", "pages": 18},
                    {"step": "found", "pages": 18, "candidates": 2}]
    assert Job.objects.get().status == Job.Status.DONE


@pytest.mark.django_db
def test_the_upload_answers_before_the_document_is_read(client, owner, pipeline, settings, media,
                                                         django_capture_on_commit_callbacks):
    settings.IMPORT_INLINE, settings.IMPORT_INLINE_THREAD = True, True
    pipeline.records = [network_record()]
    client.force_login(owner)

    with django_capture_on_commit_callbacks(execute=False) as started:
        response = client.post(reverse("import_list"), {"files": [SimpleUploadedFile("a.txt", b"Eurocities")]})

    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response.url == batch.get_absolute_url()
    assert Job.objects.get().status == Job.Status.QUEUED and pipeline.calls == []  # not read in the request
    assert len(started) == 1  # the reading starts on its own thread once the upload is saved


@pytest.mark.django_db
def test_the_batch_page_shows_the_progress_of_a_running_job(client, owner, batch):
    outcome = document_ingest(batch=batch, name="kortlaegning.pdf", data=b"%PDF stand-in", acting_user=owner)
    Job.objects.filter(pk=outcome.job.pk).update(status=Job.Status.RUNNING,
                                                 progress={"step": "found", "pages": 18, "candidates": 106})
    client.force_login(owner)
    fragment = client.get(reverse("import_batch_jobs", args=[batch.pk])).content.decode()
    assert "18 sider læst · 106 fund · gemmer" in fragment
    assert 'hx-trigger="every 2s"' in fragment
