"""A batch imported from the command line without --user says so on its pages, instead of "by –"."""

import pytest

from udsyn.imports.models import Document, ImportBatch

from .test_import_command import run


@pytest.mark.django_db
def test_batch_and_document_pages_say_no_user_was_named(client, coordinator, department, media, tmp_path):
    notes = tmp_path / "notat.txt"
    notes.write_text("Kommunen har en venskabsbyaftale med Wien.\n", encoding="utf-8")
    run(notes, "--department", "TMF")
    batch, document = ImportBatch.objects.get(), Document.objects.get()
    assert batch.created_by is None
    client.force_login(coordinator)
    page = client.get(batch.get_absolute_url()).content.decode()
    assert "(ingen bruger angivet)" in page and "af –" not in page
    page = client.get(document.get_absolute_url()).content.decode()
    assert "(ingen bruger angivet)" in page and "af –" not in page
