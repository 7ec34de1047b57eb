"""Formula (CSV) injection: no cell of any CSV or XLSX udsyn writes starts like a formula, whatever the names hold.

The register is filled with names that begin with a formula; every writer is then read back with a real reader:
`udsyn export` (CSV and XLSX), each list's download, the open-data files and the XLSX reports.
"""

from __future__ import annotations

import csv
import io
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from udsyn.core.cells import FORMULA_PREFIXES, formula_safe, formula_unsafe
from udsyn.core.generic import record_url
from udsyn.reports.exports import record_types

from .hostile import hostile_register

PAYLOADS = ["=1+2", "+1-1", "@SUM(1;2)", "-2+3"]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_text_is_quoted_and_reads_back(text):
    assert text.startswith(FORMULA_PREFIXES)
    safe = formula_safe(text)
    assert safe == "'" + text
    assert formula_unsafe(safe) == text


@pytest.mark.parametrize("value", ["Eurocities", "", None, 5, -5, "'quoted", "a=b"])
def test_other_values_are_left_alone(value):
    assert formula_safe(value) == value
    assert formula_unsafe(value) == value


class Cells:
    """Every text cell read from the files, with where it came from."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self.formulas: list[str] = []

    def add(self, where: str, value, *, is_formula: bool = False) -> None:
        if is_formula:
            self.formulas.append(f"{where}: {value!r}")
        if isinstance(value, str):
            self.seen.append((where, value))

    def add_csv(self, where: str, text: str) -> None:
        for row in csv.reader(io.StringIO(text)):
            for value in row:
                self.add(where, value)

    def add_xlsx(self, where: str, data: bytes | Path) -> None:
        workbook = load_workbook(data if isinstance(data, Path) else io.BytesIO(data))
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    self.add(f"{where}/{sheet.title}!{cell.coordinate}", cell.value, is_formula=cell.data_type == "f")

    def check(self, payload: str, wanted_sources: set[str]) -> None:
        assert not self.formulas, self.formulas[:5]
        running = [f"{w}: {v!r}" for w, v in self.seen if v.startswith(FORMULA_PREFIXES)]
        assert not running, running[:5]
        # The names are there, neutralised, in every file (not left out).
        found = {w.split("/")[0].split("!")[0] for w, v in self.seen if v.startswith("'" + payload)}
        assert wanted_sources <= found, sorted(wanted_sources - found)


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_spreadsheet_written_neutralises_formulas(payload, municipality, admin_user, client, tmp_path):
    records = hostile_register(municipality, payload)
    cells = Cells()
    sources: set[str] = set()

    call_command("export", "--format", "csv", "-o", str(tmp_path / "csv"), stderr=StringIO())
    for path in sorted((tmp_path / "csv").glob("*.csv")):
        cells.add_csv(f"export-{path.name}", path.read_text(encoding="utf-8-sig"))
        sources.add(f"export-{path.name}")
    call_command("export", "--format", "xlsx", "-o", str(tmp_path / "all.xlsx"), stderr=StringIO())
    cells.add_xlsx("export-xlsx", tmp_path / "all.xlsx")
    sources.add("export-xlsx")

    client.force_login(admin_user)
    for key in record_types():
        for fmt in ("csv", "xlsx"):
            response = client.get(f"/reports/opendata/{key}.{fmt}")
            assert response.status_code == 200, (key, fmt)
            where = f"opendata-{key}.{fmt}"
            if fmt == "csv":
                cells.add_csv(where, response.content.decode("utf-8-sig"))
            else:
                cells.add_xlsx(where, response.content)
    sources |= {f"opendata-{k}.{f}" for k in ("memberships", "projects", "partners", "organisations", "cities")
                for f in ("csv", "xlsx")}

    for kind in ("membership", "partner", "project", "visit", "event", "strategy", "network", "city"):
        url = record_url(records[kind], "list")
        assert url, kind
        for fmt in ("csv", "xlsx"):
            response = client.get(url, {"export": fmt})
            assert response.status_code == 200, (url, fmt)
            where = f"list-{kind}.{fmt}"
            cells.add_csv(where, response.content.decode("utf-8-sig")) if fmt == "csv" else \
                cells.add_xlsx(where, response.content)
            sources.add(where)

    for report in ("mapping", "results", "strategy"):
        path = tmp_path / f"{report}.xlsx"
        call_command("report", report, "--format", "xlsx", "-o", str(path), "--municipality", municipality.name,
                     "--since", "2015", stdout=StringIO(), stderr=StringIO())
        cells.add_xlsx(f"report-{report}", path)
        sources.add(f"report-{report}")

    cells.check(payload, sources)


@pytest.mark.django_db
def test_an_exported_sheet_imports_with_the_names_as_they_were(municipality, tmp_path):
    from udsyn.imports.sheets import read_table

    records = hostile_register(municipality, "=1+2")
    call_command("export", "--format", "xlsx", "--type", "memberships", "-o", str(tmp_path / "m.xlsx"),
                 stderr=StringIO())
    call_command("export", "--format", "csv", "--type", "memberships", "-o", str(tmp_path / "m.csv"),
                 stderr=StringIO())
    for name in ("m.xlsx", "m.csv"):
        table = read_table(tmp_path / name, record_type="memberships")
        row = dict(zip(table.headers, table.rows[0][1], strict=False))
        assert row["Organisation"] == records["network"].name, name
        assert row["Purpose"] == records["membership"].purpose, name
