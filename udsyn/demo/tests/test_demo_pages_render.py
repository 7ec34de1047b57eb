"""The demo's pages read well for a coordinator of either municipality, in Danish and English, with the records that
lack dates or figures among them: every page answers, and no page says None or nan where a value is missing."""

import datetime as dt
import re
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse

from udsyn.core.generic import record_url
from udsyn.demo.loader import load_demo
from udsyn.projects.models import Project
from udsyn.visits.models import Event, Visit

pytestmark = pytest.mark.django_db
MISSING = re.compile(r"\b(None|nan|NaN|null|undefined)\b")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def visible_text(html: str) -> str:
    html = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", html)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def pages(username: str, language: str) -> list[str]:
    year = dt.date.today().year
    gaps = [Project.objects.get(name="Bynetværk om klimaborgerting"),
            Event.objects.get(name="Velkomstdag for nye internationale borgere"),
            Visit.objects.get(theme="Affaldssortering i etageboliger")] if username == "coordinator" else \
        [Project.objects.get(name="Grøn brint i Nordsøregionen")]
    reports = [f"{reverse('reports_index')}?kind={kind}&format=html&language={language}&since={year - 4}"
               for kind in ("mapping", "results", "strategy")]
    lists = ["membership_list", "partner_list", "project_list", "visit_list", "event_list", "strategy_list",
             "delegationrequest_list", "organisation_list", "insight_charts", "insight_map", "reports_index"]
    return ([reverse("dashboard")] + [reverse(name) for name in lists] + [record_url(r) for r in gaps] + reports
            + [f"{reverse('project_list')}?sort=start", f"{reverse('project_list')}?sort=-end"])


@pytest.mark.parametrize("username", ["coordinator", "aalborg"])
@pytest.mark.parametrize("language", ["da", "en"])
def test_every_page_answers_and_shows_no_missing_value_as_text(username, language):
    load_demo()
    client = Client()
    client.post("/login/", {"username": username, "password": username})
    if language == "en":
        client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    for path in pages(username, language):
        response = client.get(path)
        assert response.status_code == 200, path
        text = visible_text(response.content.decode())
        found = MISSING.search(text)
        assert found is None, f"{path}: …{text[max(0, found.start() - 80):found.end() + 40]}…"
