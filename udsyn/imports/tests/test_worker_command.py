import io
import signal

import pytest
from django.core.management import call_command

from udsyn.imports.management.commands.worker import Command
from udsyn.imports.models import Job
from udsyn.imports.services import document_ingest

from .documents import PARAGRAPH


@pytest.mark.django_db
def test_worker_once_processes_the_queue_and_exits(batch, owner):
    for i in range(2):
        document_ingest(batch=batch, name=f"{i}.txt", data=f"{i} {PARAGRAPH}".encode(), acting_user=owner)
    out = io.StringIO()
    call_command("worker", "--once", stdout=out)
    assert list(Job.objects.values_list("status", flat=True)) == ["done", "done"]
    assert out.getvalue().count(": done (") == 2


@pytest.mark.django_db
def test_sigterm_lets_the_current_job_finish_then_stops(batch, owner, monkeypatch):
    document_ingest(batch=batch, name="a.txt", data=PARAGRAPH.encode(), acting_user=owner)
    document_ingest(batch=batch, name="b.txt", data=("b " + PARAGRAPH).encode(), acting_user=owner)
    import udsyn.imports.management.commands.worker as worker_module

    real = worker_module.job_process_next

    def process_then_get_terminated(*, worker):
        outcome = real(worker=worker)
        signal.raise_signal(signal.SIGTERM)  # arrives while the first job is being finished
        return outcome

    monkeypatch.setattr(worker_module, "job_process_next", process_then_get_terminated)
    previous = signal.getsignal(signal.SIGTERM)
    out = io.StringIO()
    call_command(Command(), stdout=out)  # without --once: only the signal ends it

    assert sorted(Job.objects.values_list("status", flat=True)) == ["done", "queued"]
    assert "stopped" in out.getvalue()
    assert signal.getsignal(signal.SIGTERM) == previous  # the handler is put back
