"""A list's filters keep their Danish names after the API's OpenAPI document has been built (it builds the filter
fields once, without labels, on the filter classes themselves)."""

import pytest


@pytest.mark.django_db
def test_filter_labels_stay_danish_after_the_openapi_document(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/api/v1/openapi.json").status_code == 200
    page = client.get("/partners/").content.decode()
    assert 'for="id_kind">Type af samarbejde</label>' in page
    assert ">Kind</label>" not in page
    organisations = client.get("/organisations/").content.decode()  # a list whose filters have no common base
    assert 'for="id_kind">Type</label>' in organisations
