import pytest

from udsyn.imports.models import Job
from udsyn.imports.services import document_ingest, job_claim


@pytest.mark.django_db
def test_only_one_of_two_workers_gets_a_job(batch, owner):
    outcome = document_ingest(batch=batch, name="a.txt", data=b"Eurocities", acting_user=owner)

    first = job_claim(worker="host-a:1")
    second = job_claim(worker="host-b:2")

    assert first is not None and first.pk == outcome.job.pk
    assert second is None
    job = Job.objects.get(pk=outcome.job.pk)
    assert (job.status, job.claimed_by, job.attempts) == (Job.Status.RUNNING, "host-a:1", 1)
    assert job.claimed_at is not None


@pytest.mark.django_db
def test_claiming_a_named_job_that_someone_else_holds_fails(batch, owner):
    outcome = document_ingest(batch=batch, name="a.txt", data=b"Eurocities", acting_user=owner)
    assert job_claim(worker="a", job=outcome.job) is not None
    assert job_claim(worker="b", job=outcome.job) is None


@pytest.mark.django_db
def test_workers_take_the_oldest_job_first_and_each_job_once(batch, owner):
    jobs = [document_ingest(batch=batch, name=f"{i}.txt", data=f"doc {i}".encode(), acting_user=owner).job
            for i in range(3)]
    taken = [job_claim(worker=f"w{i}") for i in range(4)]
    assert [j.pk for j in taken[:3]] == [j.pk for j in jobs]
    assert taken[3] is None
