"""Two workers polling one queue of 100 jobs on PostgreSQL: SELECT ... FOR UPDATE SKIP LOCKED gives each job to
exactly one of them, and both get work."""

import threading
import time

import pytest
from django.db import connection, connections

from conftest import require_postgres
from udsyn.imports.models import Document, ImportBatch, Job
from udsyn.imports.services import _finish, job_claim


@pytest.mark.django_db(transaction=True)
def test_two_workers_do_each_of_100_jobs_exactly_once():
    require_postgres()
    batch = ImportBatch.objects.create(name="Hundred")
    for i in range(100):
        document = Document.objects.create(name=f"doc{i}.txt", sha256=f"{i:064d}")
        Job.objects.create(batch=batch, document=document, file_name=document.name)
    done: dict[str, list[int]] = {"one": [], "two": []}
    statements: list[str] = []
    start = threading.Barrier(2)

    def worker(name: str) -> None:
        def record(execute, sql, params, many, context):
            statements.append(sql)
            return execute(sql, params, many, context)

        try:
            start.wait()
            with connection.execute_wrapper(record):
                while (job := job_claim(worker=name)) is not None:
                    time.sleep(0.002)  # the work
                    assert _finish(job, name, Job.Status.DONE, "")
                    done[name].append(job.pk)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(name,)) for name in done]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    every = done["one"] + done["two"]
    assert sorted(every) == sorted(Job.objects.values_list("pk", flat=True))  # each job once, none twice
    assert done["one"] and done["two"]
    assert set(Job.objects.values_list("status", flat=True)) == {Job.Status.DONE}
    assert any("FOR UPDATE SKIP LOCKED" in sql for sql in statements)
