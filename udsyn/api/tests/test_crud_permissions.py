"""The shared CRUD and permission battery, run for every register record type (see cases.py)."""

import pytest

pytestmark = pytest.mark.django_db


def url(case, record=None) -> str:
    return f"/api/v1/{case.basename}/" + (f"{record.pk}/" if record else "")


def test_reader_lists_records(case, api, reader, owner, department):
    record = case.create(department, owner)
    response = api(reader).get(url(case))
    assert response.status_code == 200
    assert record.pk in [row["id"] for row in response.json()["results"]]


def test_reader_retrieves_record_with_source_and_version(case, api, reader, owner, department):
    record = case.create(department, owner)
    response = api(reader).get(url(case, record))
    assert response.status_code == 200
    body = response.json()
    assert body["version"] == 1
    assert response["ETag"] == '"1"'
    assert body["department"] == department.pk
    assert {"source_kind", "source_document", "source_page", "source_quote"} <= body.keys()


def test_owner_creates_in_own_department(case, api, owner, department):
    response = api(owner).post(url(case), case.payload(department, owner), format="json")
    assert response.status_code == 201, response.json()
    created = case.model.objects.get(pk=response.json()["id"])
    assert created.department == department
    assert created.version == 1
    assert created.history.get().history_user == owner


def test_owner_cannot_create_in_other_department(case, api, owner, department, other_department):
    payload = case.payload(other_department, owner)
    before = case.model.objects.count()
    response = api(owner).post(url(case), payload, format="json")
    assert response.status_code == 403
    assert case.model.objects.count() == before


def test_outsider_cannot_update(case, api, owner, outsider, department):
    record = case.create(department, owner)
    before = case.stored(record)
    response = api(outsider).patch(url(case, record), {case.field: case.new_value}, format="json",
                                   HTTP_IF_MATCH='"1"')
    assert response.status_code == 403
    assert case.stored(record) == before
    assert case.model.objects.get(pk=record.pk).version == 1


def test_owner_updates_with_current_version(case, api, owner, department):
    record = case.create(department, owner)
    response = api(owner).patch(url(case, record), {case.field: case.new_value}, format="json",
                                HTTP_IF_MATCH='"1"')
    assert response.status_code == 200, response.json()
    assert response.json()["version"] == 2
    assert response["ETag"] == '"2"'
    assert case.stored(record) == case.new_value


def test_update_with_stale_version_is_a_conflict(case, api, owner, colleague, department):
    record = case.create(department, owner)
    first = api(owner).patch(url(case, record), {case.field: case.new_value}, format="json", HTTP_IF_MATCH='"1"')
    assert first.status_code == 200
    stale = api(colleague).patch(url(case, record), {"source_quote": "overwrite"}, format="json",
                                 HTTP_IF_MATCH='"1"')
    assert stale.status_code == 409
    assert stale.json()["current_version"] == 2
    assert stale.json()["current"][case.field] == case.new_value
    stored = case.model.objects.get(pk=record.pk)
    assert stored.version == 2
    assert stored.source_quote == ""


def test_owner_deletes(case, api, owner, department):
    record = case.create(department, owner)
    response = api(owner).delete(url(case, record))
    assert response.status_code == 204
    assert not case.model.objects.filter(pk=record.pk).exists()


def test_outsider_cannot_delete(case, api, owner, outsider, department):
    record = case.create(department, owner)
    assert api(outsider).delete(url(case, record)).status_code == 403
    assert case.model.objects.filter(pk=record.pk).exists()


def test_reader_cannot_write(case, api, reader, owner, department):
    record = case.create(department, owner)
    before = case.stored(record)
    client = api(reader)
    assert client.post(url(case), case.payload(department, owner), format="json").status_code == 403
    assert client.patch(url(case, record), {case.field: case.new_value}, format="json",
                        HTTP_IF_MATCH='"1"').status_code == 403
    assert client.delete(url(case, record)).status_code == 403
    assert case.stored(record) == before
    assert case.model.objects.filter(pk=record.pk).exists()


def test_owner_cannot_move_a_record_to_another_department(case, api, owner, department, other_department):
    record = case.create(department, owner)
    response = api(owner).patch(url(case, record), {"department": other_department.pk}, format="json",
                                HTTP_IF_MATCH='"1"')
    assert response.status_code == 403
    stored = case.model.objects.get(pk=record.pk)
    assert (stored.department, stored.version) == (department, 1)
