from datetime import timedelta

import pytest
from django.utils import timezone

from udsyn.imports.models import Job
from udsyn.imports.services import MAX_ATTEMPTS, document_ingest, job_claim, job_run, jobs_requeue_stale


@pytest.mark.django_db
def test_a_job_whose_worker_died_is_queued_again_and_finished_by_another(batch, owner, pipeline):
    outcome = document_ingest(batch=batch, name="a.txt", data=b"Eurocities", acting_user=owner)
    dead = job_claim(worker="dead:1")
    Job.objects.filter(pk=dead.pk).update(claimed_at=timezone.now() - timedelta(hours=1))

    assert jobs_requeue_stale() == 1
    assert Job.objects.get(pk=outcome.job.pk).status == Job.Status.QUEUED
    alive = job_claim(worker="alive:2")
    assert alive.pk == outcome.job.pk and alive.attempts == 2
    assert job_run(job=alive, worker="alive:2").status == Job.Status.DONE

    # The dead worker waking up later cannot overwrite the result.
    late = job_run(job=dead, worker="dead:1")
    assert late.lost
    assert Job.objects.get(pk=outcome.job.pk).claimed_by == "alive:2"


@pytest.mark.django_db
def test_a_recently_started_job_is_left_alone(batch, owner):
    document_ingest(batch=batch, name="a.txt", data=b"Eurocities", acting_user=owner)
    job_claim(worker="busy:1")
    assert jobs_requeue_stale() == 0
    assert Job.objects.get().status == Job.Status.RUNNING


@pytest.mark.django_db
def test_a_job_that_kept_killing_its_workers_ends_failed_not_lost(batch, owner):
    outcome = document_ingest(batch=batch, name="a.txt", data=b"Eurocities", acting_user=owner)
    job_claim(worker="w")
    Job.objects.filter(pk=outcome.job.pk).update(attempts=MAX_ATTEMPTS,
                                                 claimed_at=timezone.now() - timedelta(hours=1))
    jobs_requeue_stale()
    job = Job.objects.get(pk=outcome.job.pk)
    assert job.status == Job.Status.FAILED
    assert str(MAX_ATTEMPTS) in job.message_text
