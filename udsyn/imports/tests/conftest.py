"""Fixtures for the import tests: a batch, a stand-in pipeline, and candidates ready for review."""

from __future__ import annotations

import pytest

from udsyn.extraction.model import DocumentResult, Record


def fake_result(name: str, records: list[Record], text: str = "") -> DocumentResult:
    text = text or " ".join(r.quote for r in records) or "Tekst"
    return DocumentResult(source=name, mime="text/plain", pages=1, text=text, page_starts=[0], records=records)


@pytest.fixture(autouse=True)
def read_within_the_request(settings):
    """Tests read an inline upload in the request: a thread of its own would not see the test's transaction."""
    settings.IMPORT_INLINE_THREAD = False


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def batch(owner, media):
    from udsyn.imports.services import batch_create

    return batch_create(name="Kortlægning", acting_user=owner)


@pytest.fixture
def pipeline(monkeypatch):
    """Replace the document pipeline: `pipeline.records` are what every document yields."""

    class StandIn:
        records: list[Record] = []
        calls: list[str] = []

        def __call__(self, data: bytes, name: str, progress=None) -> DocumentResult:
            self.calls.append(name)
            result = fake_result(name, list(self.records))
            if progress:
                progress("found", {"pages": result.pages, "records": len(result.records)})
            return result

    stand_in = StandIn()
    stand_in.records, stand_in.calls = [], []
    monkeypatch.setattr("udsyn.imports.services._extract", stand_in)
    return stand_in


QUOTE = "Forvaltningen er medlem af Eurocities og betaler et årligt kontingent på 500.000 kr."


def network_record(**extra) -> Record:
    values = dict(type="network", name="Eurocities", page=2, start=100, end=110, quote=QUOTE, confidence=0.9,
                  fields={"department": "Teknik- og Miljøforvaltningen",
                          "annual_fee": {"value": 500000, "currency": "DKK"}})
    values.update(extra)
    return Record(**values)


@pytest.fixture
def candidate_of(batch, pipeline):
    """candidate_of(record) → the saved Candidate the pipeline's record became."""
    from udsyn.imports.models import Candidate
    from udsyn.imports.services import document_ingest, jobs_run_inline

    counter = iter(range(1000))

    def make(record: Record) -> Candidate:
        pipeline.records = [record]
        outcome = document_ingest(batch=batch, name=f"doc{next(counter)}.txt",
                                  data=f"document {record.name} {record.start} {id(record)}".encode(),
                                  acting_user=batch.created_by)
        jobs_run_inline([outcome.job])
        return Candidate.objects.get(document=outcome.document)

    return make


@pytest.fixture
def document_of(batch, pipeline):
    """document_of([record, ...]) → one imported Document whose candidates are those records."""
    from udsyn.imports.services import document_ingest, jobs_run_inline

    counter = iter(range(1000))

    def make(found: list[Record]):
        pipeline.records = list(found)
        outcome = document_ingest(batch=batch, name=f"kortlaegning{next(counter)}.pdf",
                                  data=f"document {id(found)} {len(found)}".encode(), acting_user=batch.created_by)
        jobs_run_inline([outcome.job])
        return outcome.document

    return make
