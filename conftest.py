"""Test personas shared by every app's tests.

- owner: department editor in the Technical and Environmental Administration;
- colleague: another editor in the same department;
- outsider: an editor in the Culture and Leisure Administration;
- coordinator: the international coordinator of the municipality;
- reader: reads everything of the municipality, changes nothing;
- municipality_admin: administrator of the municipality (sees and changes only its records);
- installation_admin: the installation's administrator (manages municipalities, users and shared reference data;
  the only one who sees across municipalities);
- admin_user: a Django superuser (counts as an installation administrator).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("UDSYN_CORPUS_DIR", REPO.parent / "shared" / "corpus"))
ARTIFACTS = REPO / "test-artifacts"


def corpus_file(name: str) -> Path:
    """A corpus document, or skip the test with a reason when the corpus is not here."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus document {path} is absent (set UDSYN_CORPUS_DIR)")
    return path


def require_postgres() -> None:
    """Skip (or, in CI's PostgreSQL pass, fail) a test that needs real PostgreSQL connections."""
    from django.db import connection

    if connection.vendor != "postgresql":
        message = "needs PostgreSQL: runs in the suite's PostgreSQL pass (UDSYN_DATABASE_URL=postgres://...)"
        if os.environ.get("UDSYN_REQUIRE_POSTGRES") and os.environ.get("UDSYN_DATABASE_URL"):
            pytest.fail(message)
        pytest.skip(message)


def chromium_path() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        if os.environ.get("UDSYN_REQUIRE_CHROMIUM"):
            pytest.fail("UDSYN_REQUIRE_CHROMIUM is set but /usr/bin/chromium is missing")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return path


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache (the dashboard remembers its figures per state of the register)."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a page asked for in English (the language switch, ?lang=en) leaves
    English active in the test's thread, and a later test reading a report's Danish text would get English."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def municipality(db):
    from udsyn.organisations.models import Municipality

    return Municipality.objects.create(name="Testkøbing Kommune", code="999")


@pytest.fixture
def department(municipality):
    from udsyn.organisations.models import Department

    return Department.objects.create(municipality=municipality, name="Teknik- og Miljøforvaltningen",
                                     short_name="TMF")


@pytest.fixture
def other_department(municipality):
    from udsyn.organisations.models import Department

    return Department.objects.create(municipality=municipality, name="Kultur- og Fritidsforvaltningen",
                                     short_name="KFF")


def _user(username, role, department, **extra):
    from udsyn.accounts.models import User

    return User.objects.create_user(username=username, password="pw-" + username, role=role,
                                    department=department, **extra)


@pytest.fixture
def owner(department):
    return _user("owner", "editor", department, first_name="Olga")


@pytest.fixture
def colleague(department):
    return _user("colleague", "editor", department)


@pytest.fixture
def outsider(other_department):
    return _user("outsider", "editor", other_department)


@pytest.fixture
def coordinator(department):
    return _user("coordinator", "coordinator", department)


@pytest.fixture
def reader(department):
    return _user("reader", "reader", department)


@pytest.fixture
def admin_user(department):
    return _user("admin", "administrator", department, is_staff=True, is_superuser=True)


@pytest.fixture
def municipality_admin(department):
    return _user("kommuneadmin", "administrator", department)


@pytest.fixture
def installation_admin(db):
    return _user("driftsadmin", "installation_admin", None, is_staff=True)


@pytest.fixture
def network(db):
    from udsyn.organisations.models import Organisation

    return Organisation.objects.create(name="Eurocities", kind="network", country="BE")


@pytest.fixture
def membership(department, network, owner):
    from decimal import Decimal

    from udsyn.core.services import record_create
    from udsyn.memberships.models import Membership

    return record_create(model=Membership, acting_user=owner, data={
        "department": department, "organisation": network, "annual_fee": Decimal("500000.00"),
        "fee_currency": "DKK", "fee_year": 2026,
    })


@pytest.fixture
def browser(live_server):
    """A real headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    executable = chromium_path()
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    from playwright.sync_api import expect

    context = browser.new_context(base_url=live_server.url, locale="da-DK", viewport={"width": 1366, "height": 768})
    page = context.new_page()
    # Generous limits for what a test waits for (never a measure of speed): 2 shared cores run many suites at once.
    page.set_default_timeout(30_000)
    expect.set_options(timeout=20_000)
    yield page
    context.close()


def log_in(page, user) -> None:
    """Log `user` in through the login form (their password is 'pw-' + username)."""
    page.goto("/login/")
    page.get_by_label("Brugernavn").fill(user.username)
    page.get_by_label("Adgangskode").fill("pw-" + user.username)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url("**/")


def save_screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
