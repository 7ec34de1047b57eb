import pytest

from udsyn.imports.models import Document
from udsyn.imports.services import IngestRefused, document_ingest


@pytest.mark.django_db
def test_a_file_over_the_limit_is_refused_with_its_name_and_the_limit(batch, owner, settings):
    settings.UPLOAD_MAX_MB = 1
    with pytest.raises(IngestRefused) as refused:
        document_ingest(batch=batch, name="stor.pdf", data=b"x" * (1024 * 1024 + 1), acting_user=owner)
    assert "stor.pdf" in str(refused.value)
    assert "1 MB" in str(refused.value)
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_file_at_the_limit_is_accepted(batch, owner, settings):
    settings.UPLOAD_MAX_MB = 1
    outcome = document_ingest(batch=batch, name="lige.txt", data=b"x" * (1024 * 1024), acting_user=owner)
    assert outcome.document.size == 1024 * 1024


@pytest.mark.django_db
def test_an_empty_file_is_refused(batch, owner):
    with pytest.raises(IngestRefused, match="tom.pdf"):
        document_ingest(batch=batch, name="tom.pdf", data=b"", acting_user=owner)
    assert not Document.objects.exists()
