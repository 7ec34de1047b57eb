"""`udsyn report` from the command line."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from . import readers


def test_report_command_writes_the_chosen_report(register, tmp_path):
    path = tmp_path / "status.xlsx"
    call_command("report", "mapping", "--format", "xlsx", "-o", str(path), "--municipality", "testkøbing kommune",
                 "--since", "2018", "--until", "2026-06-30", "--department", "TMF", "--department", "SOF",
                 "--language", "en")
    rows = readers.xlsx_rows(path.read_bytes(), "Departments")
    assert [row[0] for row in rows[1:]] == ["Socialforvaltningen", "Teknik- og Miljøforvaltningen"]
    assert rows[0][:2] == ("Department", "Memberships")


def test_report_command_names_the_file_itself(register, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    call_command("report", "results", "--format", "docx", "--until", "2026-06-30")
    (written,) = tmp_path.glob("*.docx")
    assert written.name == "resultatopsamling-testkoebing-kommune-2026-06-30.docx"
    assert "Vidste du?" in readers.docx_text(written.read_bytes())


@pytest.mark.parametrize("args, message", [
    (["--department", "Borgmesterens Afdeling"], "har ingen forvaltning"),
    (["--municipality", "Atlantis"], "Atlantis"),
    (["--until", "30-06-2026"], "YYYY-MM-DD"),
    (["--since", "2030", "--until", "2026-06-30"], "2030"),
])
def test_report_command_says_what_is_wrong(register, tmp_path, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("report", "mapping", "-o", str(tmp_path / "x.html"), *args)

