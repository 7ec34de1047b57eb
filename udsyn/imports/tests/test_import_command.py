import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from conftest import corpus_file
from udsyn.imports.models import Candidate, Document, ImportBatch

from .documents import corrupt_pdf, pdf_document, text_document


def run(*args) -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("import", *[str(a) for a in args], stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_import_reports_each_file_done_duplicate_or_stopped(owner, department, media, tmp_path):
    pdf = pdf_document(tmp_path / "kortlaegning.pdf")
    bad = corrupt_pdf(tmp_path / "ødelagt.pdf")

    first = run(pdf, bad, "--user", "owner", "--department", "TMF")
    second = run(pdf)

    assert "kortlaegning.pdf: done (" in first and "candidates)" in first
    assert "ødelagt.pdf: stopped: " in first and "damaged" in first
    assert "kortlaegning.pdf: duplicate" in second
    assert Document.objects.count() == 2
    batch = ImportBatch.objects.order_by("pk").first()
    assert (batch.created_by, batch.department) == (owner, department)
    names = set(Candidate.objects.filter(record_type__in=["network", "partner"]).values_list("name", flat=True))
    assert {"Eurocities", "Harbin"} <= names


@pytest.mark.django_db
def test_import_searches_folders(media, tmp_path):
    folder = tmp_path / "dokumenter"
    folder.mkdir()
    text_document(folder / "a.txt")
    text_document(folder / "b.txt", "Kommunen deltager i netværket Energy Cities.")
    output = run(folder)
    assert output.count(": done (") == 2


@pytest.mark.django_db
def test_unknown_user_or_department_is_a_clear_error(media, tmp_path, department):
    path = text_document(tmp_path / "a.txt")
    with pytest.raises(CommandError, match="nobody"):
        run(path, "--user", "nobody")
    with pytest.raises(CommandError, match="Teknik- og Miljøforvaltningen"):
        run(path, "--department", "Finans")
    with pytest.raises(CommandError, match="No such file"):
        run(tmp_path / "findes-ikke.pdf")
    assert not ImportBatch.objects.exists()


@pytest.mark.django_db
def test_import_a_corpus_document(media):
    path = corpus_file("aarhus-city-diplomacy-article.txt")
    output = run(path)
    assert ": done (" in output
    document = Document.objects.get()
    assert document.text and document.extracted_at
    assert Candidate.objects.filter(document=document, record_type="partner").exists()
