"""A register of N records of each type for the benchmark, loaded the fast way.

Several municipalities with their departments; N memberships, partners, projects, visits and events spread over
them; organisations, cities and people in realistic proportion (a register has far fewer organisations and cities
abroad than records pointing at them); strategies with indicators and measurements; one history row per record
(as a record created by hand has); and the search index's entries. Rows go in with COPY on PostgreSQL and
executemany on SQLite, in the columns Django's models define (values converted by the fields themselves), so the
schema is the migrated one and 1,000,000 records of each type load in minutes.

Words: every text is made of a small Danish vocabulary. RARE_WORD occurs in one record in 20,000 (50 at a
million), COMMON_WORD in about a third of them: the two searches the benchmark times.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from django.db import connection, models, transaction
from django.utils import timezone

from udsyn.core import search
from udsyn.core.models import ExchangeRate, SearchEntry
from udsyn.reports.exports import batched

RARE_WORD = "narhvalsamarbejde"
COMMON_WORD = "klima"
BATCH = 5000
MUNICIPALITIES = ("Nordby", "Sønderå", "Østervig", "Vestlund", "Midtholm")
DEPARTMENTS = ("Økonomiforvaltningen", "Teknik- og Miljøforvaltningen", "Kultur- og Fritidsforvaltningen",
               "Børne- og Ungdomsforvaltningen", "Sundheds- og Omsorgsforvaltningen", "Beskæftigelsesforvaltningen",
               "Socialforvaltningen")
ADJECTIVES = ("grøn", "digital", "bæredygtig", "fælles", "nordisk", "europæisk", "lokal", "ny", "smart", "åben",
              "cirkulær", "sund", "kreativ", "sikker", "aktiv")
NOUNS = ("omstilling", "havn", "energi", "mobilitet", "kultur", "innovation", "læring", "vand", "byudvikling",
         "sundhed", "turisme", "beskæftigelse", "data", "natur", "bolig", "forskning", "erhverv", "ungdom")
FILLER = ("samarbejde", "kommunen", "projektet", "partnere", "udvikling", "viden", "netværk", "borgere", "erfaringer",
          "løsninger", "region", "indsats", "mål", "midler", "aktiviteter", "deltagere", "konference", "besøg",
          "strategi", "rapport", "udveksling", "workshop", "pilotprojekt", "kontingent", "kontingenter", "fond",
          "ansøgning", "evaluering", "forankring", "uddannelse", "arbejdspladser", "investeringer")
CITIES = ("Hamburg", "Göteborg", "Malmö", "Oslo", "Kiel", "Rostock", "Gdańsk", "Tallinn", "Riga", "Vilnius", "Turku",
          "Tampere", "Bergen", "Trondheim", "Lübeck", "Bremen", "Szczecin", "Harbin", "Tshwane", "Udaipur")
COUNTRIES = ("DE", "SE", "NO", "PL", "EE", "LV", "LT", "FI", "CN", "ZA", "IN", "NL", "BE", "FR", "US")


class Writer:
    """Inserts model rows, given as {attname: value}, with COPY (PostgreSQL) or executemany (SQLite)."""

    def __init__(self) -> None:
        self.postgres = connection.vendor == "postgresql"

    def insert(self, model: type[models.Model], rows: Iterable[dict[str, Any]], with_pk: bool = True) -> int:
        """Insert `rows`; without `with_pk` the database numbers them."""
        fields = [f for f in model._meta.concrete_fields if with_pk or not f.primary_key]
        defaults = {f.attname: None if f.null else f.get_default() for f in fields}
        names = [f.attname for f in fields]
        table = connection.ops.quote_name(model._meta.db_table)
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        prepare = list(zip(names, [_prepared(f) for f in fields], strict=True))
        count = 0
        with connection.cursor() as cursor:
            for chunk in batched(rows, BATCH):
                if self.postgres:  # psycopg adapts dates, decimals and None itself, and fast
                    values = [[row.get(name, defaults[name]) for name in names] for row in chunk]
                    with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                        for value in values:
                            copy.write_row(value)
                else:
                    values = [[convert(row.get(name, defaults[name])) for name, convert in prepare]
                              for row in chunk]
                    marks = ", ".join(["%s"] * len(fields))
                    with transaction.atomic():  # one transaction a batch, not one a row
                        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)  # noqa: S608
                count += len(values)
        return count

    def reset_sequences(self, models_: Iterable[type[models.Model]]) -> None:
        if not self.postgres:
            return
        from django.core.management.color import no_style

        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), list(models_)):
                cursor.execute(statement)


def _prepared(field: models.Field) -> Callable[[Any], Any]:
    """A value as the field stores it in SQLite (get_db_prep_save), remembered per value: the generated columns
    repeat a few thousand dates, amounts and timestamps over millions of rows. Text, whole numbers and None are
    stored as they are."""
    done: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        kind = value.__class__
        if kind is str or kind is int or value is None:
            return value
        try:
            return done[value]
        except KeyError:
            prepared = done[value] = field.get_db_prep_save(value, connection)
            return prepared
        except TypeError:  # not hashable
            return field.get_db_prep_save(value, connection)

    return convert


@contextmanager
def fast_sqlite():
    """SQLite settings for a bulk load (the database is the benchmark's own: a crash loses it, and it is loaded
    again): no syncing, a large page cache, temporary tables in memory; PostgreSQL is left as it is."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.execute("PRAGMA cache_size=-262144")  # 256 MB
        cursor.execute("PRAGMA temp_store=MEMORY")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous=NORMAL")  # as udsyn.settings opens every connection


class Register:
    """The generated register: ids of what was made, for the benchmark to pick pages and filters from."""

    def __init__(self, scale: int, seed: int = 2026) -> None:
        self.scale = scale
        self.rng = random.Random(seed)
        self.now = timezone.now()
        self.writer = Writer()
        self.next_id: dict[type[models.Model], int] = {}
        self.departments: list[int] = []
        self.municipalities: list[int] = []
        self.loaded: dict[str, int] = {}

    # -- helpers --------------------------------------------------------------------------------------------

    def ids(self, model: type[models.Model], count: int) -> range:
        start = self.next_id.get(model, (model._default_manager.order_by("-pk").values_list("pk", flat=True)
                                         .first() or 0) + 1)
        self.next_id[model] = start + count
        return range(start, start + count)

    def words(self, n: int, i: int) -> str:
        rng = self.rng
        words = [rng.choice(FILLER) if rng.random() < 0.6 else rng.choice(NOUNS) for _ in range(n)]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words) + 1), COMMON_WORD)
        if i % 20_000 == 7:
            words.insert(rng.randrange(len(words) + 1), RARE_WORD)
        return " ".join(words)

    def day(self, first: int = 2005, last: int = 2027) -> dt.date:
        return dt.date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def record(self, pk: int) -> dict[str, Any]:
        return {"id": pk, "department_id": self.rng.choice(self.departments), "source_kind": "demo", "version": 1,
                "created_at": self.now, "updated_at": self.now}

    def load(self, model: type[models.Model], make: Callable[[int, int], dict[str, Any]], count: int,
             history: bool = True) -> list[int]:
        """`count` rows of `model` from make(pk, i); a creation row in its history; entries in the search index."""
        ids = self.ids(model, count)
        rows = (make(pk, i) for i, pk in enumerate(ids))
        start = time.perf_counter()
        written = self.writer.insert(model, self._with_history(model, rows) if history else rows)
        self.loaded[model._meta.label] = written
        print(f"  {model._meta.label}: {written:,} rows in {time.perf_counter() - start:.0f} s", flush=True)
        return list(ids)

    def _with_history(self, model: type[models.Model], rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        history, self._pending = model.history.model, []
        for row in rows:
            self._pending.append({**row, "history_date": self.now, "history_type": "+",
                                  "history_change_reason": "Benchmark data"})
            yield row
            if len(self._pending) >= BATCH:
                self.flush(history)
        self.flush(history)

    def flush(self, history: type[models.Model]) -> None:
        # History ids are the history table's own sequence: assign them as the sequence would.
        pending, self._pending = self._pending, []
        for pk, row in zip(self.ids(history, len(pending)), pending, strict=True):
            row["history_id"] = pk
        self.writer.insert(history, pending)

    # -- the register ---------------------------------------------------------------------------------------

    def build(self) -> dict[str, int]:
        from udsyn.organisations.models import City, Department, Municipality, Organisation, Person
        from udsyn.projects.models import Programme

        n, rng = self.scale, self.rng
        for name in MUNICIPALITIES:
            municipality = Municipality.objects.create(name=f"{name} Kommune (benchmark)")
            self.municipalities.append(municipality.pk)
            for department in DEPARTMENTS:
                self.departments.append(Department.objects.create(municipality=municipality, name=department).pk)
        for currency, rate in (("EUR", "7.4604"), ("SEK", "0.6512"), ("NOK", "0.6389")):
            ExchangeRate.objects.get_or_create(currency=currency, date=dt.date(2020, 1, 1),
                                               defaults={"dkk_per_unit": Decimal(rate)})
        self.programmes = list(Programme.objects.bulk_create(
            Programme(name=f"{family} benchmark {i}", family=family, is_eu=True)
            for i, family in enumerate(["Interreg", "Horizon Europe", "Erasmus+", "URBACT"] * 5)))
        organisations = max(100, n // 20)
        self.organisations = self.load(Organisation, lambda pk, i: {
            "id": pk, "name": f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS)}snetværk {i}",
            "acronym": f"N{i}", "kind": rng.choice(["network", "association", "university", "authority"]),
            "country": rng.choice(COUNTRIES)}, organisations)
        self.cities = self.load(City, lambda pk, i: {
            "id": pk, "name": CITIES[i] if i < len(CITIES) else f"{rng.choice(NOUNS).capitalize()}by {i}",
            "country": rng.choice(COUNTRIES), "latitude": Decimal(rng.randint(-6000, 7000)) / 100,
            "longitude": Decimal(rng.randint(-17000, 17000)) / 100}, min(5000, max(100, n // 20)))
        self.people = self.load(Person, lambda pk, i: {
            "id": pk, "name": f"Person {i}", "title": rng.choice(["rådgiver", "chef", "borgmester", "konsulent"]),
            "department_id": rng.choice(self.departments)}, max(100, n // 50))
        self.build_records()
        self.build_strategies()
        self.writer.reset_sequences(self.next_id)
        self.index()
        return self.loaded

    def build_records(self) -> None:
        from udsyn.memberships.models import Membership
        from udsyn.partners.models import Partner
        from udsyn.projects.models import Project
        from udsyn.visits.models import Event, Visit

        n, rng = self.scale, self.rng
        self.load(Membership, lambda pk, i: {
            **self.record(pk), "organisation_id": rng.choice(self.organisations),
            "annual_fee": Decimal(rng.randint(1, 500) * 1000), "fee_currency": rng.choice(["DKK", "DKK", "EUR", "SEK"]),
            "fee_year": 2026, "start": self.day(1995, 2024), "end": None if i % 4 else self.day(2020, 2030),
            "purpose": self.words(12, i), "contact_id": rng.choice(self.people)}, n)
        self.load(Partner, lambda pk, i: {
            **self.record(pk), "city_id": rng.choice(self.cities), "kind": rng.choice(
                ["twin_city", "sister_city", "cooperation_agreement", "memorandum", "project_partner"]),
            "signed_on": self.day(1970, 2025), "ended_on": None if i % 6 else self.day(2010, 2026),
            "themes": ", ".join(rng.sample(NOUNS, 3)), "activities": self.words(15, i)}, n)
        projects = self.load(Project, lambda pk, i: {
            **self.record(pk), "name": f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS)} {self.words(3, i)}",
            "acronym": f"P{i}", "programme_id": rng.choice(self.programmes).pk, "role": rng.choice(["lead", "partner"]),
            "lead_organisation_id": rng.choice(self.organisations), "status": rng.choice(
                ["active", "active", "completed", "completed", "applied", "planned", "rejected"]),
            "start": (start := self.day(2008, 2026)), "end": start + dt.timedelta(days=rng.randint(300, 2000)),
            "total_budget": Decimal(rng.randint(100, 50_000) * 1000), "external_funding": Decimal(
                rng.randint(10, 5000) * 1000), "budget_currency": rng.choice(["DKK", "EUR", "EUR"]),
            "description": self.words(40, i)}, n)
        through = Project.partners.through
        links = [(pk, org) for pk in projects for org in set(rng.sample(self.organisations, 2))]
        self.writer.insert(through, ({"id": link_id, "project_id": pk, "organisation_id": org}
                                     for link_id, (pk, org) in zip(self.ids(through, len(links)), links, strict=True)))
        self.load(Visit, lambda pk, i: {
            **self.record(pk), "direction": rng.choice(["incoming", "incoming", "outgoing"]),
            "start": self.day(2008, 2027), "city_id": rng.choice(self.cities), "size": rng.randint(2, 40),
            "organisation_id": rng.choice(self.organisations) if i % 3 == 0 else None,
            "theme": f"{rng.choice(NOUNS)} og {rng.choice(NOUNS)}", "notes": self.words(10, i),
            "status": rng.choice(["held", "held", "confirmed", "requested", "declined", "cancelled"])}, n)
        self.load(Event, lambda pk, i: {
            **self.record(pk), "name": f"{rng.choice(NOUNS).capitalize()}dag {i}", "kind": rng.choice(
                ["conference", "meeting", "exchange", "culture", "workshop"]), "date": self.day(2008, 2027),
            "participants": rng.randint(5, 400), "project_id": rng.choice(projects) if i % 3 == 0 else None,
            "description": self.words(15, i)}, n)

    def build_strategies(self) -> None:
        from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme

        rng = self.rng
        strategies = self.load(Strategy, lambda pk, i: {
            **self.record(pk), "name": f"International strategi {2020 + i % 8}", "horizon_year": 2030,
            "description": self.words(30, i)}, 3 * len(MUNICIPALITIES))
        themes = self.load(Theme, lambda pk, i: {**self.record(pk), "strategy_id": strategies[i // 4],
                                                 "number": i % 4 + 1, "name": rng.choice(NOUNS)}, 4 * len(strategies))
        goals = self.load(Goal, lambda pk, i: {**self.record(pk), "theme_id": themes[i // 3],
                                               "text": self.words(12, i)}, 3 * len(themes))
        indicators = self.load(Indicator, lambda pk, i: {
            **self.record(pk), "goal_id": goals[i // 3], "name": f"Antal {rng.choice(NOUNS)}", "unit": "antal",
            "baseline": Decimal(rng.randint(0, 50)), "baseline_year": 2020, "target": Decimal(rng.randint(60, 150)),
            "deadline": dt.date(2030, 12, 31)}, 3 * len(goals))
        self.load(Measurement, lambda pk, i: {
            **self.record(pk), "indicator_id": indicators[i // 5], "date": dt.date(2021 + i % 5, 12, 31),
            "value": Decimal(rng.randint(0, 150))}, 5 * len(indicators))

    def index(self) -> None:
        """The search index's entries of everything loaded, through the index's own code (udsyn.core.search)."""
        for spec in search.specs():
            if spec.model._meta.label not in self.loaded:
                continue
            select, prefetch = spec.relations()
            objects = spec.model._default_manager.select_related(*select).prefetch_related(*prefetch)
            rows = ({"kind": spec.kind, "object_id": obj.pk, **search.entry_values(spec, obj)}
                    for chunk in search._chunks(objects, BATCH) for obj in chunk)
            start = time.perf_counter()
            self.loaded[f"search entries: {spec.kind}"] = self.writer.insert(SearchEntry, rows, with_pk=False)
            print(f"  search entries of {spec.kind} in {time.perf_counter() - start:.0f} s", flush=True)


def build_register(scale: int, seed: int = 2026) -> Register:
    register = Register(scale, seed)
    with fast_sqlite():
        register.build()
    with connection.cursor() as cursor:  # table statistics, as autovacuum (PostgreSQL) or PRAGMA optimize would keep
        cursor.execute("ANALYZE")
    return register
