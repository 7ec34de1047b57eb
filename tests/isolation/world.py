"""Two municipalities in one installation, for the isolation battery.

Municipality A ("Alfaby") holds one row of every model that belongs to a municipality, each carrying a marker
string (MARKER) in a text the pages, the API and the files show. Municipality B ("Betaby") has its own records and
one user of every role. The battery asks every route as B's users, with A's ids, and looks for A's markers.

The shared reference data (organisations, cities, programmes, exchange rates) carries no marker: every municipality
reads it by design. An organisation created by A's editor is there to prove that its history does not name A's user
to B (A's users carry the marker in their names).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

MARKER = "QZXALFA"  # in every text of municipality A's rows; never produced by anything else


def marked(text: str) -> str:
    return f"{MARKER} {text}"


@dataclass
class World:
    a: Any = None  # municipality A
    b: Any = None  # municipality B
    a_objects: dict[type[models.Model], list[models.Model]] = field(default_factory=dict)
    shared: dict[type[models.Model], models.Model] = field(default_factory=dict)  # reference data all read
    a_users: dict[str, Any] = field(default_factory=dict)
    b_users: dict[str, Any] = field(default_factory=dict)
    sheet_token: str = ""
    b_departments: list[Any] = field(default_factory=list)

    def add(self, obj: models.Model) -> models.Model:
        self.a_objects.setdefault(type(obj), []).append(obj)
        return obj

    def first(self, model: type[models.Model]) -> models.Model | None:
        rows = self.a_objects.get(model)
        return rows[0] if rows else self.shared.get(model)


def _user(username: str, role: str, *, department: Any = None, municipality: Any = None, **extra: Any) -> Any:
    from udsyn.accounts.models import User

    return User.objects.create_user(username=username, password="pw-" + username, role=role, department=department,
                                    municipality=municipality, **extra)


def build_world(tmp_path: Path) -> World:
    """Both municipalities, their users and A's marked rows."""
    from udsyn.organisations.models import Department, Municipality, Region

    world = World()
    region = Region.objects.create(name="Betaregionen")
    world.a = Municipality.objects.create(name="Alfaby Kommune", code="901",
                                          work_organisation=marked("how Alfaby organises its work"))
    world.b = Municipality.objects.create(name="Betaby Kommune", code="902", region=region)
    a_dept = world.add(Department.objects.create(municipality=world.a, name=marked("Alfa Forvaltning"),
                                                 short_name="AF", committee=marked("Alfa udvalg")))
    a_unit = world.add(Department.objects.create(municipality=world.a, name=marked("Alfa Kultur"), short_name="AK"))
    b_dept = Department.objects.create(municipality=world.b, name="Beta Forvaltning", short_name="BF")
    b_other = Department.objects.create(municipality=world.b, name="Beta Kultur", short_name="BK")
    world.b_departments = [b_dept, b_other]
    world.add(world.a)

    world.a_users = {
        "coordinator": _user("alfa-coordinator", "coordinator", department=a_dept, first_name=marked("Anne")),
        "editor": _user("alfa-editor", "editor", department=a_unit, first_name=marked("Arne")),
    }
    for user in world.a_users.values():
        world.add(user)
    world.b_users = {
        "coordinator": _user("beta-coordinator", "coordinator", department=b_dept),
        "editor": _user("beta-editor", "editor", department=b_dept),
        "reader": _user("beta-reader", "reader", municipality=world.b),
        # staff, to prove the admin site refuses a municipality's administrator too
        "administrator": _user("beta-admin", "administrator", municipality=world.b, is_staff=True),
        "regional_reader": _user("beta-regional", "regional_reader", region=region),
    }
    _register_of_a(world, a_dept, a_unit)
    _imports_of_a(world, a_dept, tmp_path)
    _delegation_of_a(world, a_dept)
    _register_of_b(world, b_dept)
    return world


def _register_of_a(world: World, a_dept: Any, a_unit: Any) -> None:
    from udsyn.core.models import ExchangeRate, SavedFilter
    from udsyn.core.services import record_create
    from udsyn.memberships.models import Membership
    from udsyn.organisations.models import City, Organisation, Person
    from udsyn.partners.models import Partner
    from udsyn.projects.models import Programme, Project
    from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme
    from udsyn.visits.models import Event, Visit

    coordinator = world.a_users["coordinator"]
    network = Organisation.objects.create(name="Fælles Netværk", kind="network", country="BE")
    # Shared data an A user made: B may read it, but its history must not name A's user.
    made_by_a = Organisation(name="Hansenetværket", kind="network", country="DE")
    made_by_a._history_user = world.a_users["editor"]
    made_by_a.save()
    city = City.objects.create(name="Fællesby", country="DE", latitude=Decimal("53.5"), longitude=Decimal("10.0"))
    programme = Programme.objects.create(name="Interreg Fælles", family="Interreg", is_eu=True)
    rate = ExchangeRate.objects.create(currency="EUR", date=dt.date(2024, 1, 2), dkk_per_unit=Decimal("7.45"))
    world.shared = {Organisation: made_by_a, City: city, Programme: programme, ExchangeRate: rate}
    person = world.add(Person.objects.create(name=marked("Anna Alfa"), title=marked("adviser"), department=a_dept,
                                             email="anna@alfaby.example"))
    world.add(Person.objects.create(name=marked("Aksel Alfa"), municipality=world.a))

    def create(model: type[models.Model], **data: Any) -> models.Model:
        return world.add(record_create(model=model, acting_user=coordinator, data={"department": a_dept, **data}))

    membership = create(Membership, organisation=network, annual_fee=Decimal("123456.00"), fee_currency="DKK",
                        fee_year=2026, purpose=marked("membership purpose"), value_assessment=marked("worth it"),
                        contact=person, representatives=[person])
    partner = create(Partner, city=city, kind="twin_city", activities=marked("partner activities"),
                     themes=marked("partner themes"), departments_involved=[a_unit])
    project = create(Project, name=marked("Alfa Project"), acronym="ALFAPROJ", programme=programme, role="lead",
                     status="active", start=dt.date(2024, 1, 1), end=dt.date(2027, 12, 31),
                     total_budget=Decimal("1000000.00"), municipality_share=Decimal("100000.00"),
                     budget_currency="DKK", description=marked("project description"), partners=[network])
    create(Visit, direction="incoming", status="confirmed", start=timezone.localdate() + dt.timedelta(days=5),
           city=city, size=9, theme=marked("visit theme"), notes=marked("visit notes"))
    create(Event, name=marked("Alfa Event"), kind="conference", date=dt.date(2025, 5, 1), participants=40,
           partner=partner, project=project, description=marked("event description"))
    strategy = create(Strategy, name=marked("Alfa Strategy"), description=marked("strategy description"),
                      horizon_year=2030)
    theme = create(Theme, strategy=strategy, number=1, name=marked("Alfa Theme"))
    goal = create(Goal, theme=theme, text=marked("Alfa Goal"))
    indicator = create(Indicator, goal=goal, name=marked("Alfa Indicator"), unit="stk", baseline=Decimal("1"),
                       baseline_year=2020, target=Decimal("10"), deadline=dt.date(2030, 12, 31))
    create(Measurement, indicator=indicator, date=dt.date(2024, 12, 31), value=Decimal("4"),
           comment=marked("measurement comment"))
    world.add(SavedFilter.objects.create(user=coordinator, path="/memberships/", name=marked("saved filter"),
                                         query="q=" + MARKER))
    assert membership.pk and partner.pk


def _imports_of_a(world: World, a_dept: Any, tmp_path: Path) -> None:
    """A batch with a document read by a stand-in pipeline, its candidates, a bulk decision, a spreadsheet preview."""
    from udsyn.extraction.model import DocumentResult, Record
    from udsyn.imports import services
    from udsyn.imports.models import BulkApproval, Candidate, ImportBatch

    coordinator = world.a_users["coordinator"]
    found = [Record(type="network", name=marked("Candidate Network"), page=1, start=0, end=10,
                    quote=marked("a quote from the document"), confidence=0.9, fields={}),
             Record(type="project", name=marked("Candidate Project"), page=1, start=20, end=30,
                    quote=marked("another quote"), confidence=0.5, fields={})]
    text = marked("the document's text")

    def pipeline(data: bytes, name: str, progress: Any = None) -> DocumentResult:
        return DocumentResult(source=name, mime="text/plain", pages=1, text=text, page_starts=[0], records=found)

    original = services._extract
    services._extract = pipeline
    try:
        batch = services.batch_create(name=marked("batch"), acting_user=coordinator, department=a_dept)
        outcome = services.document_ingest(batch=batch, name="alfa-QZXALFA-mapping.txt",
                                           data=("Alfaby " + MARKER).encode(), acting_user=coordinator)
        services.jobs_run_inline([outcome.job])
    finally:
        services._extract = original
    world.add(ImportBatch.objects.get(pk=batch.pk))
    document = world.add(type(outcome.document).objects.get(pk=outcome.document.pk))
    world.add(type(outcome.job).objects.get(pk=outcome.job.pk))
    for candidate in Candidate.objects.filter(document=document).order_by("pk"):
        world.add(candidate)
    world.add(BulkApproval.objects.create(document=document, min_confidence=0.9, department=a_dept,
                                          decided_by=coordinator))
    # A spreadsheet preview of A's coordinator, kept between the upload and the confirmation.
    folder = Path(settings.MEDIA_ROOT) / "sheets"
    folder.mkdir(parents=True, exist_ok=True)
    world.sheet_token = str(uuid.uuid4())
    (folder / world.sheet_token).write_text(f"Organisation\n{MARKER} sheet row\n", encoding="utf-8")
    (folder / f"{world.sheet_token}.json").write_text(json.dumps({
        "token": world.sheet_token, "user": coordinator.pk, "filename": "alfa.csv", "record_type": "memberships",
        "department": a_dept.pk}), encoding="utf-8")


def _delegation_of_a(world: World, a_dept: Any) -> None:
    """A desk, a request that came by the form with a file, accepted, with a programme item and a letter."""
    from udsyn.core.services import record_create
    from udsyn.delegation import services
    from udsyn.delegation.models import AgendaItem, DelegationTheme, Desk, Letter

    coordinator = world.a_users["coordinator"]
    desk = world.add(record_create(model=Desk, acting_user=coordinator, data={
        "municipality": world.a, "department": a_dept, "email": "desk@alfaby.example", "min_lead_days": 1,
        "min_size": 1, "accepted_levels": [], "retention_days": 365}))
    world.add(DelegationTheme.objects.create(desk=desk, name="Klima", name_en="Climate", department=a_dept))
    upload = io.BytesIO(b"%PDF-1.4\n" + MARKER.encode() + b"\n%%EOF\n")
    upload.name = "alfa-wishes.pdf"
    upload.size = len(upload.getvalue())
    start = timezone.localdate() + dt.timedelta(days=30)
    request = services.delegation_request_submit(desk=desk, data={
        # Accepting the request adds the visiting organisation to the shared organisations (read by every
        # municipality, as cities are): its name carries no marker; what A does with it does.
        "organisation_name": "Hamburger Umweltbehörde", "organisation_kind": "authority", "country": "DE",
        "city_name": "Hamburg", "size": 5, "level": "professional", "wishes": marked("delegation wishes"),
        "preferred_start": start, "contact_name": marked("Contact"), "contact_email": "contact@example.org"},
        themes=[], attachments=[(upload, "application/pdf")], client_address="198.51.100.9", language="en")
    request = services.delegation_request_decide(request=request, outcome="accept", expected_version=request.version,
                                                 acting_user=coordinator, department=a_dept, visit_start=start)
    item = services.agenda_item_save(request=request, acting_user=coordinator, data={
        "topic": marked("agenda topic"), "place": "Rådhuset",
        "starts_at": timezone.make_aware(dt.datetime.combine(start, dt.time(10))),
        "ends_at": timezone.make_aware(dt.datetime.combine(start, dt.time(11)))})
    world.add(AgendaItem.objects.get(pk=item.pk))
    letter = services.letter_draft(request=request, kind="accept", acting_user=coordinator)
    letter.subject = marked("letter subject")
    letter.save()
    world.add(Letter.objects.get(pk=letter.pk))
    request.refresh_from_db()
    world.add(request)
    world.add(request.attachments.get())
    if request.visit_id:
        world.add(request.visit)


def _register_of_b(world: World, b_dept: Any) -> None:
    """B's own records: its pages are not empty, so an empty page proves nothing by accident."""
    from udsyn.core.services import record_create
    from udsyn.memberships.models import Membership
    from udsyn.organisations.models import Organisation
    from udsyn.projects.models import Project

    coordinator = world.b_users["coordinator"]
    network = Organisation.objects.get(name="Fælles Netværk")
    record_create(model=Membership, acting_user=coordinator, data={
        "department": b_dept, "organisation": network, "annual_fee": Decimal("5000.00"), "fee_currency": "DKK",
        "purpose": "Betaby's own membership"})
    record_create(model=Project, acting_user=coordinator, data={
        "department": b_dept, "name": "Betaby Project", "role": "partner", "status": "active",
        "budget_currency": "DKK"})


def snapshot(world: World) -> dict[str, Any]:
    """Every row of A (and every row of the models they belong to, of A), as values: a change shows."""
    from udsyn.core.registry import in_municipalities, municipality_path

    state: dict[str, Any] = {}
    for model in [*world.a_objects, *world.shared]:
        path = municipality_path(model)
        rows = model._default_manager.all()
        if path is not None:
            rows = in_municipalities(rows, [world.a.pk])
        state[model._meta.label] = sorted(map(str, rows.order_by("pk").values()))
    return state
