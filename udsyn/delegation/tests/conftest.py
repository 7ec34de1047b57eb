"""A delegation desk for the test municipality (requests arrive in the owner's department, TMF), its themes, a
second municipality, and a helper that submits a request as the public form does."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.utils import timezone

from udsyn.core.services import record_create


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.PRIVATE_FILES_ROOT = tmp_path / "private"
    return settings.PRIVATE_FILES_ROOT


@pytest.fixture
def desk(department, coordinator):
    from udsyn.delegation.models import Desk

    return record_create(model=Desk, acting_user=coordinator, data={
        "municipality": department.municipality, "department": department, "email": "delegations@testkobing.dk",
        "min_lead_days": 21, "min_size": 2, "max_size": 30, "accepted_levels": [], "retention_days": 365})


@pytest.fixture
def themes(desk, department, other_department):
    """Climate (hosted by the desk's own department) and libraries (hosted by the culture department)."""
    from udsyn.delegation.models import DelegationTheme

    climate = DelegationTheme.objects.create(desk=desk, name="Klimatilpasning", name_en="Climate adaptation",
                                             department=department)
    libraries = DelegationTheme.objects.create(desk=desk, name="Biblioteker", name_en="Libraries",
                                               department=other_department)
    return climate, libraries


@pytest.fixture
def other_municipality(db):
    from udsyn.organisations.models import Department, Municipality

    municipality = Municipality.objects.create(name="Andeby Kommune", code="998")
    department = Department.objects.create(municipality=municipality, name="Borgmesterens Afdeling",
                                           short_name="BA")
    return municipality, department


@pytest.fixture
def stranger(other_municipality):
    """A coordinator of another municipality."""
    from udsyn.accounts.models import User

    return User.objects.create_user(username="stranger", password="pw-stranger", role="coordinator",
                                    department=other_municipality[1])


def future(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


def form_data(**changes) -> dict:
    """What a foreign visitor types into the public form."""
    data = {
        "organisation_name": "Hamburg Behörde für Umwelt", "organisation_kind": "authority", "country": "DE",
        "city_name": "Hamborg", "size": "12", "level": "professional", "wishes": "Cloudburst plans and green roofs.",
        "preferred_start": future(40).isoformat(), "preferred_end": future(50).isoformat(),
        "languages": "English, German", "contact_name": "Anna Schmidt", "contact_role": "Project manager",
        "contact_email": "anna.schmidt@example.org", "contact_phone": "+49 40 1234", "consent": "on",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def pdf_file(name: str = "programme.pdf", size: int = 2000) -> io.BytesIO:
    data = b"%PDF-1.4\n" + b"x" * size + b"\n%%EOF\n"
    upload = io.BytesIO(data)
    upload.name = name
    return upload


@pytest.fixture
def submit(client, desk):
    """submit(**changes): POST the public form, like a visitor; returns the response."""

    def post(language: str = "en", address: str = "203.0.113.7", **changes):
        url = f"/delegation/{desk.municipality.slug}/?lang={language}"
        return client.post(url, form_data(**changes), REMOTE_ADDR=address)

    return post


def accept(request, user, department, day=None):
    """Accept `request` through the service (a visit today unless `day`), as the coordinator's form does."""
    from udsyn.delegation import services

    return services.delegation_request_decide(request=request, outcome="accept", expected_version=request.version,
                                              acting_user=user, department=department,
                                              visit_start=day or timezone.localdate())


def hold(request, user, participants):
    from udsyn.delegation import services

    request.refresh_from_db()
    return services.delegation_request_hold(request=request, participants=participants,
                                            expected_version=request.version, acting_user=user)


def decline(request, user, reason=""):
    from udsyn.delegation import services

    return services.delegation_request_decide(request=request, outcome="decline", expected_version=request.version,
                                              acting_user=user, decline_reason=reason)
