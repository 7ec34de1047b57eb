"""The main pages of the web application, with the demo municipality loaded: what a coordinator opens in a day.

Used by the site-wide walks (narrow screens, Danish wording). Each page is (name, path).
"""

from __future__ import annotations

from django.urls import reverse

from udsyn.core.generic import record_url


def demo_pages() -> list[tuple[str, str]]:
    """Lists, a detail page and a form of each record type, the import pages and the reports; needs load_demo()."""
    from udsyn.accounts.models import User
    from udsyn.core.registry import visible_to
    from udsyn.memberships.models import Membership
    from udsyn.partners.models import Partner
    from udsyn.projects.models import Project
    from udsyn.strategies.models import Strategy
    from udsyn.visits.models import Event, Visit

    coordinator = User.objects.get(username="coordinator")  # the walks log in as the demo coordinator
    pages = [("dashboard", reverse("dashboard"))]
    for model in (Membership, Partner, Project, Visit, Event, Strategy):
        name = model._meta.model_name
        record = visible_to(coordinator, model.objects.order_by("pk")).first()
        pages += [(f"{name}-list", record_url(model, "list")), (f"{name}-detail", record_url(record))]
    membership = visible_to(coordinator, Membership.objects.order_by("pk")).first()
    document = demo_import()
    pages += [
        ("import-document", document.get_absolute_url()),
        ("import-batch", document.jobs.get().batch.get_absolute_url()),
        ("import-candidate", document.candidates.filter(record_type="partner").first().get_absolute_url()),
        ("membership-edit", record_url(membership, "edit")),
        ("organisation-list", reverse("organisation_list")),
        ("imports", reverse("import_list")),
        ("reports", reverse("reports_index")),
        ("charts", reverse("insight_charts")),
        ("map", reverse("insight_map")),
        ("opendata", reverse("opendata_index")),
    ]
    return pages


MAPPING = """Internationalt samarbejde

Teknik- og Miljøforvaltningen er medlem af netværket Eurocities og betaler et årligt kontingent på 500.000 kr.
Kommunen har en venskabsbyaftale med Harbin i Kina siden 1984 og samarbejder med Hamborg om klima.
"""


def demo_import():
    """A short document imported by the demo coordinator, read by the real pipeline: its review queue."""
    from udsyn.accounts.models import User
    from udsyn.imports.services import batch_create, document_ingest, jobs_run_inline

    coordinator = User.objects.get(username="coordinator")
    batch = batch_create(name="Notat om internationalt samarbejde", acting_user=coordinator)
    outcome = document_ingest(batch=batch, name="notat.txt", data=MAPPING.encode(), acting_user=coordinator)
    jobs_run_inline([outcome.job])
    return outcome.document


def log_in_as(page, username: str, password: str) -> None:
    page.goto("/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("section.login button[type=submit]").click()
    page.wait_for_url("**/")
