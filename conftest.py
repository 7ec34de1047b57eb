"""Test personas shared by every app's tests.

- owner: department editor in the Technical and Environmental Administration;
- colleague: another editor in the same department;
- outsider: an editor in the Culture and Leisure Administration;
- coordinator: the international coordinator of the municipality;
- reader: reads everything, changes nothing;
- admin: administrator.
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


def chromium_path() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        if os.environ.get("UDSYN_REQUIRE_CHROMIUM"):
            pytest.fail("UDSYN_REQUIRE_CHROMIUM is set but /usr/bin/chromium is missing")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return path


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
