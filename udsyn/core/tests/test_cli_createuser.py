"""`udsyn createuser`: users with a role and a department, and clear errors."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from udsyn.accounts.models import User


def run(*args):
    out = StringIO()
    call_command("createuser", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_creates_a_coordinator_in_a_department(department):
    out = run("mette", "--role", "coordinator", "--department", "Teknik- og Miljøforvaltningen",
              "--password", "s3cret", "--email", "mette@example.dk")
    user = User.objects.get(username="mette")
    assert (user.role, user.department, user.email) == ("coordinator", department, "mette@example.dk")
    assert user.check_password("s3cret") and not user.is_superuser
    assert "Created mette" in out


@pytest.mark.django_db
def test_department_by_abbreviation_and_admin_alias(department):
    run("boss", "--role", "admin", "--department", "tmf", "--password", "x")
    boss = User.objects.get(username="boss")
    assert boss.role == "administrator" and boss.is_superuser and boss.is_staff and boss.department == department


@pytest.mark.django_db
def test_unknown_department_lists_the_choices(department, other_department):
    with pytest.raises(CommandError) as error:
        run("x", "--role", "editor", "--department", "Økonomiforvaltningen", "--password", "x")
    message = str(error.value)
    assert "Unknown department 'Økonomiforvaltningen'" in message
    assert "Teknik- og Miljøforvaltningen (Testkøbing Kommune)" in message
    assert "Kultur- og Fritidsforvaltningen (Testkøbing Kommune)" in message
    assert not User.objects.filter(username="x").exists()


@pytest.mark.django_db
def test_unknown_role_and_existing_user_and_missing_department(department, owner):
    with pytest.raises(CommandError, match="Unknown role 'boss'"):
        run("x", "--role", "boss", "--password", "x")
    with pytest.raises(CommandError, match="already exists"):
        run("OWNER", "--role", "reader", "--password", "x")
    with pytest.raises(CommandError, match="needs --department"):
        run("x", "--role", "editor", "--password", "x")
    with pytest.raises(CommandError, match="valid e-mail"):
        run("x", "--role", "reader", "--password", "x", "--email", "not-an-address")
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_reader_without_department_and_prompted_password(monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "typed-pw")
    run("lise", "--role", "reader")
    assert User.objects.get(username="lise").check_password("typed-pw")


@pytest.mark.django_db
def test_prompted_passwords_must_match(monkeypatch):
    answers = iter(["one", "two"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(CommandError, match="differ"):
        run("lise", "--role", "reader")
    assert not User.objects.filter(username="lise").exists()
