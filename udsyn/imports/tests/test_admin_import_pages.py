"""The import pipeline in the admin: jobs can be queued again through the service, candidate decisions are
read-only there (they go through the services), documents show how much OCR repair changed."""

import pytest
from django.urls import reverse

from udsyn.imports.models import Candidate, Document, ImportBatch, Job


@pytest.fixture
def batch(owner):
    return ImportBatch.objects.create(name="Kortlægning 2020", created_by=owner, status=ImportBatch.Status.REVIEW)


@pytest.fixture
def document(owner):
    return Document.objects.create(name="kortlaegning.pdf", sha256="b" * 64, ocr_share=0.125, uploaded_by=owner)


@pytest.mark.django_db
def test_queue_again_requeues_failed_jobs_and_says_why_others_are_not(client, admin_user, batch, document):
    failed = Job.objects.create(batch=batch, document=document, file_name="failed.pdf", status=Job.Status.FAILED,
                                attempts=3, claimed_by="worker-1")
    done = Job.objects.create(batch=batch, document=document, file_name="done.pdf", status=Job.Status.DONE)
    client.force_login(admin_user)
    response = client.post(reverse("admin:imports_job_changelist"),
                           {"action": "queue_again", "_selected_action": [failed.pk, done.pk]}, follow=True)
    failed.refresh_from_db()
    done.refresh_from_db()
    assert (failed.status, failed.claimed_by) == (Job.Status.QUEUED, "")
    assert "admin" in failed.message  # who queued it again
    assert done.status == Job.Status.DONE
    page = response.content.decode()
    assert "1 job sat i kø igen." in page
    assert "Ikke sat i kø igen: done.pdf. Kun en fejlet eller stoppet" in page


@pytest.mark.django_db
def test_candidate_decisions_are_read_only_in_the_admin(client, admin_user, batch, document):
    candidate = Candidate.objects.create(batch=batch, document=document, record_type="network", name="Eurocities")
    client.force_login(admin_user)
    page = client.get(reverse("admin:imports_candidate_change", args=[candidate.pk])).content.decode()
    assert 'name="status"' not in page and 'name="decided_by"' not in page
    assert 'name="name"' in page  # the proposal itself can still be corrected
    listing = client.get(reverse("admin:imports_candidate_changelist"), {"status__exact": "proposed"})
    assert "Eurocities" in listing.content.decode()


@pytest.mark.django_db
def test_document_and_batch_lists_show_their_columns(client, admin_user, batch, document):
    client.force_login(admin_user)
    documents = client.get(reverse("admin:imports_document_changelist")).content.decode()
    assert "column-ocr_share" in documents and "column-extracted_at" in documents
    batches = client.get(reverse("admin:imports_importbatch_changelist")).content.decode()
    assert "Kortlægning 2020" in batches and "column-created_by" in batches
    change = client.get(reverse("admin:imports_importbatch_change", args=[batch.pk])).content.decode()
    assert 'name="refused"' not in change
