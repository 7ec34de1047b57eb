import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from udsyn.imports.models import Job
from udsyn.imports.services import document_ingest, job_process_next, job_requeue


@pytest.mark.django_db
def test_a_failed_job_can_be_queued_again_and_then_succeeds(batch, owner, monkeypatch, pipeline):
    job = document_ingest(batch=batch, name="a.txt", data=b"Eurocities", acting_user=owner).job
    Job.objects.filter(pk=job.pk).update(status=Job.Status.FAILED, message="boom")

    job = job_requeue(job=job, acting_user=owner)

    assert job.status == Job.Status.QUEUED and "owner" in job.message_text
    assert job_process_next(worker="w").status == Job.Status.DONE


@pytest.mark.django_db
def test_only_finished_jobs_can_be_queued_again_and_only_by_editors(batch, owner, reader):
    job = document_ingest(batch=batch, name="a.txt", data=b"Eurocities", acting_user=owner).job
    with pytest.raises(ValidationError):
        job_requeue(job=job, acting_user=owner)  # still queued
    Job.objects.filter(pk=job.pk).update(status=Job.Status.STOPPED)
    with pytest.raises(PermissionDenied):
        job_requeue(job=job, acting_user=reader)
    assert Job.objects.get(pk=job.pk).status == Job.Status.STOPPED


@pytest.mark.django_db
def test_read_it_again_from_the_batch_page(client, batch, owner, pipeline, settings):
    from django.urls import reverse

    settings.IMPORT_INLINE = True
    job = document_ingest(batch=batch, name="a.txt", data=b"Eurocities", acting_user=owner).job
    Job.objects.filter(pk=job.pk).update(status=Job.Status.STOPPED, message="x")
    client.force_login(owner)
    page = client.get(batch.get_absolute_url()).content.decode()
    assert reverse("import_job_retry", args=[job.pk]) in page
    client.post(reverse("import_job_retry", args=[job.pk]))
    assert Job.objects.get(pk=job.pk).status == Job.Status.DONE
