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
    assert "kortlaegning.txt" in second.job.message_text
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


@pytest.mark.django_db
def test_another_municipalitys_upload_of_the_same_bytes_is_a_document_of_its_own(client, batch, owner, pipeline):
    """The bytes another municipality imported are no duplicate here: its batch and file name are never named, and
    its document stays out of sight."""
    from udsyn.accounts.models import User
    from udsyn.organisations.models import Department, Municipality

    pipeline.records = [network_record()]
    data = b"Kommunen er medlem af Eurocities."
    first = document_ingest(batch=batch, name="hemmelig-kortlaegning.txt", data=data, acting_user=owner)
    jobs_run_inline([first.job])
    elsewhere = Department.objects.create(municipality=Municipality.objects.create(name="Andeby Kommune"), name="AF")
    stranger = User.objects.create_user(username="stranger", password="pw", role="coordinator", department=elsewhere)
    theirs = batch_create(name="Andebys import", acting_user=stranger)
    second = document_ingest(batch=theirs, name="kopi.txt", data=data, acting_user=stranger)
    jobs_run_inline([second.job])

    assert second.kind == IngestOutcome.CREATED and second.document != first.document
    assert second.document.municipality == elsewhere.municipality and theirs.municipality == elsewhere.municipality
    assert second.job.message_text == "" and "hemmelig" not in second.job.message_text
    client.force_login(stranger)
    page = client.get(f"/imports/batches/{theirs.pk}/").content.decode()
    assert "kopi.txt" in page and "hemmelig" not in page and batch.name not in page
    assert client.get(f"/imports/documents/{first.document.pk}/").status_code == 404
    assert client.get(f"/imports/documents/{first.document.pk}/file/").status_code == 404
    # Within one municipality the same bytes stay a duplicate, named by its own earlier batch.
    again = document_ingest(batch=batch_create(name="Igen", acting_user=owner), name="igen.txt", data=data,
                            acting_user=owner)
    assert again.kind == IngestOutcome.DUPLICATE and "hemmelig-kortlaegning.txt" in again.job.message_text


@pytest.mark.django_db
def test_a_duplicates_message_gives_the_earlier_date_in_the_readers_language(batch, owner, pipeline):
    from django.utils import timezone, translation
    from django.utils.formats import date_format

    pipeline.records = [network_record()]
    data = b"Kommunen er medlem af Eurocities."
    jobs_run_inline([document_ingest(batch=batch, name="notat.txt", data=data, acting_user=owner).job])
    again = document_ingest(batch=batch_create(name="Igen", acting_user=owner), name="notat.txt", data=data,
                            acting_user=owner)
    day = timezone.localtime(batch.jobs.get().created_at).date()
    with translation.override("da"):
        danish = again.job.message_text
        assert danish.startswith(f"Allerede importeret {date_format(day, 'SHORT_DATE_FORMAT')}")
    with translation.override("en"):
        english = again.job.message_text
        assert english.startswith(f"Already imported on {date_format(day, 'SHORT_DATE_FORMAT')}")
        assert f"{day:%d.%m.%Y}" not in english  # the Danish form of the date stays in the Danish message
