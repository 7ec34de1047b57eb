"""`udsyn import-sheet` and udsyn.imports.sheets: rows become memberships or projects, bad rows are reported."""

from decimal import Decimal
from io import BytesIO, StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from openpyxl import Workbook

from udsyn.core.history import reason_text
from udsyn.imports.sheets import Outcome, SheetError, import_sheet, parse_amount, parse_date
from udsyn.memberships.models import Membership
from udsyn.organisations.models import Organisation
from udsyn.projects.models import Programme, Project


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def english():
    # The messages are asserted in English (their msgids), whatever Danish translation is installed.
    with translation.override("en"):
        yield


@pytest.fixture
def programmes(db):
    for name, family in [("Interreg North Sea", "Interreg"), ("Interreg Øresund-Kattegat-Skagerrak", "Interreg"),
                         ("Horizon Europe", "EU framework programme"), ("Erasmus+", "Erasmus+")]:
        Programme.objects.create(name=name, family=family, is_eu=True)


def xlsx(rows, title="Ark1") -> BytesIO:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = BytesIO()
    workbook.save(out)
    out.seek(0)
    return out


def csv_bytes(text: str, encoding="utf-8") -> BytesIO:
    return BytesIO(text.encode(encoding))


@pytest.mark.parametrize(("text", "expected"), [
    ("1.300.000", Decimal("1300000")), ("1,3 mio. kr.", Decimal("1300000")), ("0,725", Decimal("0.725")),
    ("500.000,-", Decimal("500000")), ("1300000.00", Decimal("1300000.00")), ("€ 665.462,50", Decimal("665462.50")),
    ("1.250,5", Decimal("1250.5")), (1300000, Decimal("1300000")), (665462.5, Decimal("665462.5")),
])
def test_danish_amounts_are_exact(text, expected):
    assert parse_amount(text)[0] == expected


@pytest.mark.parametrize("text", ["31-12-2024", "2024-12-31", "31.12.2024", "31/12/2024", "31. december 2024"])
def test_danish_dates(text):
    import datetime as dt

    assert parse_date(text) == dt.date(2024, 12, 31)


def test_amount_and_date_errors_say_what_to_write():
    with pytest.raises(ValueError, match="Not an amount"):
        parse_amount("12x3")
    with pytest.raises(ValueError, match="Not a date"):
        parse_date("31-13-2024")


@pytest.mark.django_db
def test_dry_run_reports_row_by_row_and_creates_nothing(department, owner):
    sheet = xlsx([["Netværk", "Årligt kontingent", "Valuta", "Fra"],
                  ["Eurocities", "1.300.000", "DKK", "01-01-2019"],
                  ["ICLEI", "1,3 mio. kr.", "", "2020-03-01"]])
    report = import_sheet(sheet, filename="net.xlsx", record_type="memberships", department=department,
                          acting_user=owner, dry_run=True)
    assert [(r.row, r.outcome) for r in report.rows] == [(2, Outcome.WOULD_CREATE), (3, Outcome.WOULD_CREATE)]
    assert "new organisation Eurocities" in report.rows[0].notes
    assert Membership.objects.count() == 0 and Organisation.objects.count() == 0


@pytest.mark.django_db
def test_good_rows_import_with_exact_values_and_sheet_history(department, owner):
    sheet = xlsx([["Medlemskaber 2024"], [],
                  ["Netværk", "Årligt kontingent", "Valuta", "År", "Fra", "Til", "Formål", "Repræsentanter"],
                  ["Eurocities", "1.300.000", "", 2024, "01-01-2019", "31.12.2026", "Byer i Europa", "A; B"],
                  ["Energy Cities", "€ 45.000,50", "", "", "", "", "", ""]])
    report = import_sheet(sheet, filename="net.xlsx", record_type="memberships", department=department,
                          acting_user=owner)
    assert report.header_row == 3
    assert [r.outcome for r in report.rows] == [Outcome.CREATED, Outcome.CREATED]
    eurocities = Membership.objects.get(organisation__name="Eurocities")
    assert (eurocities.annual_fee, eurocities.fee_currency, eurocities.fee_year) == (Decimal("1300000"), "DKK", 2024)
    assert str(eurocities.start) == "2019-01-01" and str(eurocities.end) == "2026-12-31"
    assert sorted(p.name for p in eurocities.representatives.all()) == ["A", "B"]
    assert eurocities.source_kind == "sheet" and "net.xlsx, row 4" in eurocities.source_quote
    history = eurocities.history.get()
    assert history.history_user == owner
    with translation.override("da"):
        assert "række 4" in reason_text(history.history_change_reason)
    energy = Membership.objects.get(organisation__name="Energy Cities")
    assert (energy.annual_fee, energy.fee_currency) == (Decimal("45000.50"), "EUR")


@pytest.mark.django_db
def test_bad_rows_are_reported_by_row_and_column_and_good_rows_still_import(department, owner, programmes):
    sheet = xlsx([["Projekt", "Program", "Rolle", "Budget", "Andel", "Fra", "Til"],
                  ["Good one", "Interreg North Sea", "Lead partner", "2.000.000", "500.000", "1-1-2024", "2026"],
                  ["Bad date", "Horizon Europe", "partner", "", "", "31-13-2024", ""],
                  ["Bad programme", "Interreg", "partner", "", "", "", ""],
                  ["Share too big", "Erasmus+", "partner", "100", "200", "", ""],
                  ["Also good", "horizon europe", "Partner", "1,5 mio. kr.", "", "", ""]])
    report = import_sheet(sheet, filename="p.xlsx", record_type="projects", department=department,
                          acting_user=owner)
    outcomes = {r.row: r for r in report.rows}
    assert outcomes[2].outcome == Outcome.CREATED and outcomes[6].outcome == Outcome.CREATED
    assert outcomes[3].outcome == Outcome.ERROR
    assert outcomes[3].errors[0].column == "Fra" and "Not a date" in outcomes[3].errors[0].message
    assert outcomes[4].errors[0].column == "Program"
    assert "Interreg North Sea" in outcomes[4].errors[0].message  # close matches listed
    assert outcomes[5].errors[0].column == "Andel" and "exceed" in outcomes[5].errors[0].message
    good = Project.objects.get(name="Good one")
    assert (good.role, good.total_budget, good.municipality_share) == ("lead", Decimal("2000000"), Decimal("500000"))
    assert str(good.end) == "2026-12-31"
    assert Project.objects.get(name="Also good").programme.name == "Horizon Europe"
    assert set(Project.objects.values_list("name", flat=True)) == {"Good one", "Also good"}


@pytest.mark.django_db
def test_negative_fee_and_missing_organisation_are_row_errors(department, owner):
    sheet = csv_bytes("Netværk;Kontingent;Fra\nEurocities;-500;\n;1.000;\nICLEI;2.000;1-1-2020\n")
    report = import_sheet(sheet, filename="n.csv", record_type="memberships", department=department,
                          acting_user=owner)
    assert [(r.row, r.outcome) for r in report.rows] == [(2, Outcome.ERROR), (3, Outcome.ERROR),
                                                          (4, Outcome.CREATED)]
    assert report.rows[0].errors[0].column == "Kontingent" and "negative" in report.rows[0].errors[0].message
    assert report.rows[1].errors[0].column == "Netværk" and "missing" in report.rows[1].errors[0].message
    assert list(Membership.objects.values_list("organisation__name", flat=True)) == ["ICLEI"]
    assert not Organisation.objects.filter(name="Eurocities").exists()  # the failed row left nothing behind


@pytest.mark.django_db
def test_duplicates_are_reported_not_created_twice(department, owner, membership):
    sheet = csv_bytes("Network,Fee\nEurocities,500000\nICLEI,100\nICLEI,100\n")
    report = import_sheet(sheet, filename="n.csv", record_type="memberships", department=department,
                          acting_user=owner)
    assert [r.outcome for r in report.rows] == [Outcome.DUPLICATE, Outcome.CREATED, Outcome.DUPLICATE]
    assert report.rows[0].record_id == membership.pk
    sheet.seek(0)
    again = import_sheet(sheet, filename="n.csv", record_type="memberships", department=department,
                         acting_user=owner)
    assert [r.outcome for r in again.rows] == [Outcome.DUPLICATE] * 3
    assert Membership.objects.count() == 2


@pytest.mark.django_db
def test_cp1252_semicolon_csv_and_explicit_mapping(department, owner):
    text = "Navn på netværk;Beløb;Kommentar\nKøbenhavnernes Forening;1.250,50;æøå\n"
    report = import_sheet(csv_bytes(text, "cp1252"), filename="x.csv", record_type="memberships",
                          department=department, acting_user=owner,
                          mapping={"Navn på netværk": "organisation", "Beløb": "annual_fee"})
    assert report.rows[0].outcome == Outcome.CREATED
    assert report.ignored_columns == ["Kommentar"]
    assert Membership.objects.get().annual_fee == Decimal("1250.50")
    assert Membership.objects.get().organisation.name == "Københavnernes Forening"


@pytest.mark.django_db
def test_rows_for_another_department_need_permission(department, other_department, owner):
    sheet = csv_bytes("Netværk,Forvaltning\nICLEI,Kultur- og Fritidsforvaltningen\nEurocities,\n")
    report = import_sheet(sheet, filename="n.csv", record_type="memberships", department=department,
                          acting_user=owner)
    assert report.rows[0].outcome == Outcome.ERROR and report.rows[0].errors[0].column == "Forvaltning"
    assert report.rows[1].outcome == Outcome.CREATED


@pytest.mark.django_db
def test_a_sheet_without_the_required_column_is_refused(department, owner):
    with pytest.raises(SheetError, match="No column for organisation"):
        import_sheet(csv_bytes("Foo,Bar\n1,2\n"), filename="n.csv", record_type="memberships",
                     department=department, acting_user=owner)
    with pytest.raises(SheetError, match="fields are"):
        import_sheet(csv_bytes("Foo,Bar\n1,2\n"), filename="n.csv", record_type="memberships",
                     department=department, acting_user=owner, mapping={"Foo": "nonsense"})


@pytest.mark.django_db
def test_command_dry_run_and_errors(department, owner, tmp_path):
    path = tmp_path / "n.csv"
    path.write_text("Netværk;Kontingent;Til\nEurocities;1.000;31-12-2024\nICLEI;abc;\n", encoding="utf-8")
    out = StringIO()
    with pytest.raises(CommandError, match="1 row\\(s\\) had errors"):
        call_command("import_sheet", str(path), "--type", "memberships", "--department", "TMF", "--dry-run",
                     "--user", "owner", stdout=out)
    text = out.getvalue()
    assert "row 2: would create membership of Eurocities" in text
    assert "row 3: error" in text and "“Kontingent”" in text
    assert "Dry run, nothing was changed" in text
    assert Membership.objects.count() == 0
    with pytest.raises(CommandError, match="Unknown department “Nowhere”; choose from Teknik- og Miljøforvaltningen"):
        call_command("import_sheet", str(path), "--type", "memberships", "--department", "Nowhere")


@pytest.mark.django_db
def test_command_imports_as_the_given_user(department, owner, tmp_path):
    path = tmp_path / "n.csv"
    path.write_text("Netværk;Kontingent\nEurocities;1.000\n", encoding="utf-8")
    out = StringIO()
    call_command("import_sheet", str(path), "--type", "memberships", "--department", "Teknik- og Miljøforvaltningen",
                 "--user", "owner", stdout=out)
    assert "row 2: created membership of Eurocities" in out.getvalue()
    assert Membership.objects.get().history.get().history_user == owner
