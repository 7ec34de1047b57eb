"""Stored XSS: every name in the register holds markup, and no page runs it, in a real headless Chromium.

Markup that would run if any page put a name into the document as HTML: an <img> whose onerror sets window.__xss, an
<svg> whose onload opens a dialog, and a <script> after a closing </script>. The walk visits the dashboard, every list,
every record's page and form, the map (pointing at the marker for its tooltip, opening its popup), the graph, the
charts, the reports page and a generated HTML report, the search; on each it asserts that no script ran (window.__xss
undefined, no dialog), that no element of the markup exists in the document, and that the names are shown as text.
"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from conftest import log_in
from udsyn.core.generic import record_url
from udsyn.core.registry import user_can_edit

from .hostile import hostile_register

pytestmark = pytest.mark.e2e

PAYLOAD = '<img src=x onerror=window.__xss=1>"><svg onload=alert(2)></script><script>window.__xss=3</script>'
INJECTED = "img[src='x'], svg[onload], [onerror], [onload], script:not([src]):not([type='application/json'])"
SCOPE = "?since=2015&until=2026-12-31"
# Every Content-Security-Policy violation on a page: what the policy blocked, and where.
CSP_LISTENER = """document.addEventListener("securitypolicyviolation", function (e) {
  (window.__csp = window.__csp || []).push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" +
                                           e.lineNumber);
});"""


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


class Watch:
    """What the browser did that it should not have: dialogs opened, and markup from the names in the document."""

    def __init__(self, page):
        self.page = page
        self.dialogs: list[str] = []
        page.on("dialog", self.on_dialog)
        page.add_init_script(CSP_LISTENER)

    def on_dialog(self, dialog) -> None:
        self.dialogs.append(f"{self.page.url}: {dialog.message}")
        dialog.dismiss()

    def check(self, where: str) -> None:
        assert self.page.evaluate("typeof window.__xss") == "undefined", f"script ran on {where}"
        assert not self.dialogs, self.dialogs
        injected = self.page.evaluate(f"Array.from(document.querySelectorAll({INJECTED!r})).map(e => e.outerHTML)")
        assert not injected, (where, injected)
        assert self.page.evaluate("window.__csp || []") == [], where  # nothing the site's own pages need is blocked


def visit(page, watch: Watch, url: str, *, shows_payload: bool = True) -> None:
    response = page.goto(url)
    assert response is not None and response.status < 400, (url, response and response.status)
    page.wait_for_load_state("load")
    watch.check(url)
    if shows_payload:  # the markup is shown to the reader as the text it is
        assert "<img src=x" in page.locator("body").inner_text(), url


def visit_form(page, watch: Watch, key: str, record) -> None:
    """A record's edit form: the names are the values of its fields, not markup."""
    visit(page, watch, record_url(record, "edit"), shows_payload=False)
    values = page.evaluate("Array.from(document.querySelectorAll('input, textarea')).map(e => e.value).join(' ')")
    assert "<img src=x" in values or key in ("membership", "visit", "measurement", "partner"), key


def test_no_name_runs_as_script_anywhere(page, municipality, coordinator, installation_admin):
    records = hostile_register(municipality, PAYLOAD)
    call_command("reindex", stdout=StringIO())  # the records were made directly: put them in the search index
    watch = Watch(page)
    log_in(page, coordinator)
    watch.check("dashboard after login")

    visit(page, watch, reverse("dashboard"), shows_payload=False)  # figures; names only of coming visits
    shared = {}  # shared reference data (organisations, cities): its forms are the installation administrator's
    for key, record in records.items():
        for action in ("list", "detail"):
            url = record_url(record, action)
            if url:
                visit(page, watch, url)
        if record_url(record, "edit"):
            if user_can_edit(coordinator, record):
                visit_form(page, watch, key, record)
            else:
                shared[key] = record

    visit(page, watch, reverse("insight_map"))
    page.wait_for_selector("#partner-map[data-ready='true']")
    marker = page.locator("path.udsyn-partner-marker").first
    marker.hover(force=True)
    tooltip = page.locator(".leaflet-tooltip")
    tooltip.wait_for()
    watch.check("map tooltip")
    assert tooltip.inner_text().startswith("<img src=x onerror=window.__xss=1>")
    marker.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "<img src=x onerror" in popup.inner_text()
    watch.check("map popup")

    visit(page, watch, reverse("insight_graph") + SCOPE)
    for node in page.locator("#network-graph .node").all():
        node.hover(force=True)
    watch.check("graph, every node pointed at")
    visit(page, watch, reverse("insight_charts") + SCOPE)
    visit(page, watch, reverse("reports_index"), shows_payload=False)
    visit(page, watch, reverse("opendata_index"), shows_payload=False)
    for kind in ("mapping", "results", "strategy"):
        visit(page, watch, reverse("reports_index") + f"{SCOPE}&kind={kind}&format=html&language=da"
              f"&municipality={municipality.pk}", shows_payload=kind != "strategy")
    visit(page, watch, reverse("search") + "?q=project", shows_payload=True)
    page.locator("#site-search-q").fill("strategy")  # the header's live search, swapped in by htmx
    page.locator("#site-search-results").get_by_text("<img src=x", exact=False).first.wait_for()
    watch.check("header search")

    log_in(page, installation_admin)
    for key, record in shared.items():
        visit_form(page, watch, key, record)
