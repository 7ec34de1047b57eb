"""Workers racing for the same job on real PostgreSQL connections: exactly one gets it."""

import threading

import pytest
from django.db import connections

from conftest import require_postgres
from udsyn.imports.models import Job
from udsyn.imports.services import document_ingest, job_claim


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_four_workers_polling_at_once_claim_each_job_exactly_once(batch, owner):
    require_postgres()
    jobs = [document_ingest(batch=batch, name=f"{i}.txt", data=f"doc {i}".encode(), acting_user=owner).job
            for i in range(3)]
    barrier = threading.Barrier(4)
    claimed: dict[str, list[int]] = {}

    def worker(name: str) -> None:
        barrier.wait()
        try:
            mine = []
            while (job := job_claim(worker=name)) is not None:
                mine.append(job.pk)
            claimed[name] = mine
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    taken = sorted(pk for pks in claimed.values() for pk in pks)
    assert taken == sorted(j.pk for j in jobs)  # every job once, none twice
    for job in Job.objects.all():
        assert job.status == Job.Status.RUNNING and job.attempts == 1
        assert job.pk in claimed[job.claimed_by]
