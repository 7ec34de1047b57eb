"""The OpenAPI document describes every record type."""

import pytest

from .cases import CASES

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.oai.openapi+json") or \
        response["Content-Type"].startswith("application/json")
    return response.json()


@pytest.mark.parametrize("basename", [case.basename for case in CASES])
def test_every_record_type_has_its_paths(document, basename):
    paths = document["paths"]
    collection, item = f"/api/v1/{basename}/", f"/api/v1/{basename}/{{id}}/"
    assert {"get", "post"} <= paths[collection].keys()
    assert {"get", "put", "patch", "delete"} <= paths[item].keys()
    assert f"/api/v1/{basename}/{{id}}/history/" in paths
    assert "If-Match" in [p["name"] for p in paths[item]["patch"]["parameters"]]
    assert {"409", "428"} <= paths[item]["patch"]["responses"].keys()


def test_reference_data_is_described(document):
    for basename in ("municipalities", "departments", "organisations", "cities", "people", "programmes",
                     "exchange-rates"):
        assert f"/api/v1/{basename}/" in document["paths"]
    assert "post" not in document["paths"]["/api/v1/departments/"]


def test_money_is_a_decimal_string_in_the_schema(document):
    fee = document["components"]["schemas"]["Membership"]["properties"]["annual_fee"]
    assert (fee["type"], fee["format"]) == ("string", "decimal")
    assert document["components"]["schemas"]["Membership"]["properties"]["version"]["readOnly"] is True
