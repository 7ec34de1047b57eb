import pytest

from udsyn.imports.models import Document, Job
from udsyn.imports.services import IngestOutcome, batch_create, document_ingest, job_process_next


@pytest.mark.django_db
def test_an_unexpected_error_marks_the_job_failed_with_its_message_and_keeps_the_document(batch, owner,
                                                                                         monkeypatch):
    def broken(data, name, progress=None):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr("udsyn.imports.services._extract", broken)
    outcome = document_ingest(batch=batch, name="a.txt", data=b"Eurocities", acting_user=owner)

    result = job_process_next(worker="w1")

    job = Job.objects.get(pk=outcome.job.pk)
    assert result.status == job.status == Job.Status.FAILED
    assert "parser exploded" in job.message_text
    assert job.finished_at is not None
    assert Document.objects.filter(pk=outcome.document.pk).exists()
    assert job_process_next(worker="w1") is None  # failed is final: it is not retried in a loop


@pytest.mark.django_db
def test_a_failed_document_uploaded_again_is_processed_again(batch, owner, monkeypatch, pipeline):
    outcome = document_ingest(batch=batch, name="a.txt", data=b"Eurocities", acting_user=owner)
    Job.objects.filter(pk=outcome.job.pk).update(status=Job.Status.FAILED, message="boom")

    again = document_ingest(batch=batch_create(name="igen", acting_user=owner), name="a.txt", data=b"Eurocities",
                            acting_user=owner)

    assert again.kind == IngestOutcome.RETRIED
    assert again.job.status == Job.Status.QUEUED
    assert job_process_next(worker="w1").status == Job.Status.DONE
