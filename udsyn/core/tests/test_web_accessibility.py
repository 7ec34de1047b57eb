"""Every form control on the register pages has a label; pages have a skip link and landmarks."""

from html.parser import HTMLParser

import pytest


class Controls(HTMLParser):
    def __init__(self):
        super().__init__()
        self.labels, self.controls, self.tags = set(), [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])
        if tag in ("input", "select", "textarea") and attrs.get("type") not in ("hidden", "submit"):
            self.controls.append(attrs.get("id") or attrs.get("name"))


PAGES = ["/", "/memberships/", "/memberships/add/", "/partners/", "/partners/add/", "/projects/", "/projects/add/",
         "/organisations/", "/organisations/add/", "/organisations/cities/", "/organisations/cities/add/",
         "/organisations/people/", "/organisations/people/add/"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_controls_are_labelled_and_landmarks_exist(client, coordinator, url):
    client.force_login(coordinator)
    response = client.get(url)
    assert response.status_code == 200
    parser = Controls()
    parser.feed(response.content.decode())
    unlabelled = [c for c in parser.controls if c not in parser.labels]
    assert unlabelled == []
    assert {"header", "nav", "main"} <= parser.tags
    assert 'href="#main"' in response.content.decode()
