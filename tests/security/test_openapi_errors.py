"""The OpenAPI document names the errors every operation can answer with, and If-Match where it is required."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(client):
    return client.get("/api/v1/openapi.json").json()


def operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                yield path, method, operation


def test_every_operation_documents_its_errors(document):
    missing = []
    for path, method, operation in operations(document):
        codes = set(operation["responses"])
        wanted = {"401", "403"} if path != "/api/v1/auth/token/" else {"400", "429"}
        if "{" in path:
            wanted.add("404")
        if method in ("post", "put", "patch"):
            wanted.add("400")
        if method == "delete":
            wanted.add("409")
        if not wanted <= codes:
            missing.append((method, path, sorted(wanted - codes)))
    assert not missing


def test_lists_answer_400_for_filters_and_paging_out_of_range(document):
    for path in ("/api/v1/memberships/", "/api/v1/projects/", "/api/v1/organisations/"):
        get = document["paths"][path]["get"]
        assert "400" in get["responses"]
        limit = next(p for p in get["parameters"] if p["name"] == "limit")
        assert limit["schema"]["maximum"] == 1000


def test_record_writes_require_if_match_and_document_409_and_428(document):
    records = [path for path in document["paths"] if path.endswith("/{id}/")
               and "patch" in document["paths"][path]
               and any(p["name"] == "If-Match" for p in document["paths"][path]["patch"]["parameters"])]
    assert len(records) >= 10
    for path in records:
        for method in ("put", "patch"):
            operation = document["paths"][path][method]
            if_match = next(p for p in operation["parameters"] if p["name"] == "If-Match")
            assert if_match["in"] == "header" and if_match["required"] is True, (method, path)
            assert {"400", "401", "403", "404", "409", "428"} <= set(operation["responses"]), (method, path)
        delete = document["paths"][path]["delete"]
        assert not next(p for p in delete["parameters"] if p["name"] == "If-Match").get("required", False)
        assert document["paths"][path]["delete"]["responses"]["409"]
