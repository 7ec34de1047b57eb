import pytest


@pytest.mark.django_db
def test_exactly_one_menu_entry_is_current(client, reader):
    client.force_login(reader)
    for path, label in (("/reports/map/", "Kort"), ("/memberships/", "Medlemskaber"), ("/", "Overblik")):
        menu = client.get(path).context["menu"]
        assert [str(item["label"]) for item in menu if item["active"]] == [label]
