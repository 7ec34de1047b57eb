import pytest
from django.utils import translation

from udsyn.imports.models import Candidate, Document, ImportBatch, Job
from udsyn.imports.services import document_ingest, jobs_run_inline

from .documents import corrupt_pdf, encrypted_pdf, text_document


@pytest.mark.django_db
def test_a_corrupt_pdf_stops_with_a_clear_message_while_the_other_file_is_done(batch, owner, tmp_path):
    bad = corrupt_pdf(tmp_path / "ødelagt.pdf")
    good = text_document(tmp_path / "notat.txt")
    jobs = [document_ingest(batch=batch, name=p.name, data=p.read_bytes(), acting_user=owner).job
            for p in (bad, good)]

    with translation.override("en"):
        jobs_run_inline(jobs)

    stopped, done = (Job.objects.get(pk=j.pk) for j in jobs)
    assert stopped.status == Job.Status.STOPPED
    with translation.override("en"):
        assert "damaged" in stopped.message_text
    assert done.status == Job.Status.DONE
    assert Candidate.objects.filter(document=done.document, record_type="network", name="Eurocities").exists()
    assert Document.objects.filter(pk=stopped.document.pk).exists()  # kept, to show what was refused
    assert ImportBatch.objects.get(pk=batch.pk).status == ImportBatch.Status.REVIEW


@pytest.mark.django_db
def test_a_password_protected_pdf_says_so(batch, owner, tmp_path):
    locked = encrypted_pdf(tmp_path / "låst.pdf")
    job = document_ingest(batch=batch, name=locked.name, data=locked.read_bytes(), acting_user=owner).job
    with translation.override("en"):
        jobs_run_inline([job])
    job.refresh_from_db()
    assert job.status == Job.Status.STOPPED
    with translation.override("en"):
        assert "password" in job.message_text


@pytest.mark.django_db
def test_an_unsupported_file_says_which_kinds_are(batch, owner):
    job = document_ingest(batch=batch, name="billede.bin", data=bytes(range(256)) * 4, acting_user=owner).job
    with translation.override("en"):
        jobs_run_inline([job])
    job.refresh_from_db()
    assert job.status == Job.Status.STOPPED
    with translation.override("en"):
        assert "PDF" in job.message_text and "DOCX" in job.message_text


@pytest.mark.django_db
def test_stop_messages_are_in_the_readers_language_whatever_the_workers(batch, owner, tmp_path):
    """The worker serves no one's language: what it writes is shown in Danish to Danish readers and in English to
    English ones."""
    bad = corrupt_pdf(tmp_path / "x.pdf")
    job = document_ingest(batch=batch, name=bad.name, data=bad.read_bytes(), acting_user=owner).job
    with translation.override("en"):
        jobs_run_inline([job])
    job.refresh_from_db()
    with translation.override("da"):
        assert job.message_text == "Dokumentet er beskadiget og kan ikke åbnes."
    with translation.override("en"):
        assert job.message_text == "The document is damaged and cannot be opened."
