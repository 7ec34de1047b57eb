"""The command line's share of the isolation battery: every `udsyn` command that takes --municipality (found from the
commands' own parsers, so a new one is covered), run for municipality B, writes none of municipality A's markers:
not on its output, not in the files it writes, not in its error messages.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import call_command, get_commands, load_command_class
from django.core.management.base import CommandError

from .world import MARKER

pytestmark = pytest.mark.django_db

OUT = "{out}"  # replaced by a file in the test's folder
# The arguments each command is run with besides --municipality (each list is one run). A command that takes
# --municipality and is missing here fails the battery.
RUNS: dict[str, list[list[str]]] = {
    "opendata": [["--format", "geojson", "-o", OUT], ["--format", "ics", "-o", OUT]],
    "report": [[kind, "--format", "html", "-o", OUT] for kind in ("mapping", "results", "strategy")]
    + [["mapping", "--format", "xlsx", "-o", OUT]],
    "export": [["--format", "json", "-o", OUT], ["--format", "csv", "--type", "memberships", "-o", OUT]],
    "delegation_stats": [["--json"], []],
    "createuser": [["beta-newcomer", "--role", "reader", "--password", "Havnebad-om-vinteren-42"],
                   # a department of A named for B: the error lists B's departments only
                   ["beta-other", "--role", "editor", "--department", MARKER + " Alfa Forvaltning",
                    "--password", "pw-Other-42"]],
    "import_sheet": [["{sheet}", "--type", "memberships", "--department", "Beta Forvaltning", "--dry-run"],
                     ["{sheet}", "--type", "memberships", "--department", MARKER + " Alfa Forvaltning",
                      "--dry-run"]],
    "import": [["{document}", "--department", "BF"]],
}
# Commands that take --municipality but write nothing the battery can read, each with its reason.
NOT_RUN: dict[str, str] = {
    "report_pages": "draws the report's pages as PNG pictures for looking at; `udsyn report` with the same "
                    "--municipality is checked above as text",
}


def commands_taking_municipality() -> list[str]:
    found = []
    for name, app in get_commands().items():
        if not app.startswith("udsyn"):
            continue
        parser = load_command_class(app, name).create_parser("udsyn", name)
        if any("--municipality" in action.option_strings for action in parser._actions):
            found.append(name)
    return sorted(found)


def test_every_command_with_municipality_is_run_or_named():
    found = commands_taking_municipality()
    assert {"opendata", "report", "export", "delegation_stats", "import"} <= set(found)
    missing = [name for name in found if name not in RUNS and name not in NOT_RUN]
    assert not missing, f"commands taking --municipality that the battery does not run: {missing}"


@pytest.mark.parametrize("command", sorted(RUNS))
def test_a_command_for_municipality_b_writes_nothing_of_a(world, tmp_path, command, monkeypatch):
    monkeypatch.setattr("udsyn.imports.services._extract", _stand_in_pipeline)
    assert command in commands_taking_municipality()
    sheet = tmp_path / "beta.csv"
    sheet.write_text("Organisation;Kontingent\nFælles Netværk;1000\n", encoding="utf-8")
    # The very bytes A imported: a duplicate across municipalities would name A's batch and file.
    document = tmp_path / "beta-document.txt"
    document.write_bytes(("Alfaby " + MARKER).encode())
    for number, arguments in enumerate(RUNS[command]):
        suffix = arguments[arguments.index("--format") + 1] if "--format" in arguments else "out"
        out = tmp_path / f"{command}-{number}.{suffix}"
        args = [a.replace(OUT, str(out)).replace("{sheet}", str(sheet)).replace("{document}", str(document))
                for a in arguments]
        written = _run(command, [*args, "--municipality", world.b.name])
        if out.exists():
            written += out.read_bytes().decode("utf-8", errors="replace") if out.suffix != ".xlsx" else ""
            written += _xlsx_text(out)
        for typed in args:  # a name B typed may come back in a message; only what the command adds counts
            if MARKER in typed:
                written = written.replace(typed, "")
        assert MARKER not in written, f"udsyn {command} {' '.join(args)} wrote A's data: {written[:2000]}"
        assert written.strip(), f"udsyn {command} {' '.join(args)} wrote nothing: the check proves nothing"


def _run(command: str, args: list[str]) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        call_command(command, *args, stdout=stdout, stderr=stderr)
    except CommandError as error:  # a refusal is an answer too: its message must not name A's rows
        return stdout.getvalue() + stderr.getvalue() + str(error)
    return stdout.getvalue() + stderr.getvalue()


def _xlsx_text(path: Path) -> str:
    """Every cell of a workbook written by `-o x.xlsx`, as text (a zip: its bytes say nothing)."""
    import zipfile

    if not zipfile.is_zipfile(path):
        return ""
    from openpyxl import load_workbook

    cells = []
    for sheet in load_workbook(path, read_only=True).worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells.extend(str(value) for value in row if value is not None)
    return "\n".join(cells)


def _stand_in_pipeline(data: bytes, name: str, progress=None):
    from udsyn.extraction.model import DocumentResult, Record

    found = [Record(type="network", name="Fælles Netværk", page=1, start=0, end=10, quote="medlem af Fælles Netværk",
                    confidence=0.9, fields={})]
    return DocumentResult(source=name, mime="text/plain", pages=1, text="Betaby og Fælles Netværk", page_starts=[0],
                          records=found)
