import pytest

from udsyn.imports.models import Candidate, Document, ImportBatch, Job
from udsyn.imports.services import IngestOutcome, batch_create, document_ingest, jobs_run_inline

from .conftest import network_record


@pytest.mark.django_db
def test_the_same_bytes_twice_make_one_document_and_no_duplicate_candidates(batch, owner, pipeline):
    pipeline.records = [network_record()]
    data = b"Kommunen er medlem af Eurocities."

    first = document_ingest(batch=batch, name="kortlaegning.txt", data=data, acting_user=owner)
    jobs_run_inline([first.job])
    second_batch = batch_create(name="Igen", acting_user=owner)
    second = document_ingest(batch=second_batch, name="kopi.txt", data=data, acting_user=owner)
    jobs_run_inline([second.job])

    assert first.kind == IngestOutcome.CREATED
    assert second.kind == IngestOutcome.DUPLICATE
    assert second.document == first.document
    assert Document.objects.count() == 1
    assert Candidate.objects.count() == 1
    assert pipeline.calls == ["kortlaegning.txt"]  # the duplicate was never processed again
    assert second.job.status == Job.Status.DUPLICATE
    assert "kortlaegning.txt" in second.job.message
    second_batch.refresh_from_db()
    assert second_batch.status == ImportBatch.Status.FINISHED  # nothing to wait for, nothing new to review


@pytest.mark.django_db
def test_the_file_is_stored_with_its_hash_and_size(batch, owner, media):
    outcome = document_ingest(batch=batch, name="../../etc/notes.txt", data=b"Harbin og Aarhus", acting_user=owner)
    document = outcome.document
    assert document.name == "notes.txt"  # no path from the client survives
    assert document.size == 16
    assert len(document.sha256) == 64
    with document.file.open("rb") as handle:
        assert handle.read() == b"Harbin og Aarhus"
    assert str(media) in document.file.path
    assert outcome.job.status == Job.Status.QUEUED
