"""`udsyn createuser`: users with a role and a department, and clear errors."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from udsyn.accounts.models import User

PASSWORD = "Cykelsti-langs-åen"  # passes Django's password rules (settings.AUTH_PASSWORD_VALIDATORS)


def run(*args):
    out = StringIO()
    call_command("createuser", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_creates_a_coordinator_in_a_department(department):
    out = run("mette", "--role", "coordinator", "--department", "Teknik- og Miljøforvaltningen",
              "--password", "Vindmølle-ved-havnen", "--email", "mette@example.dk")
    user = User.objects.get(username="mette")
    assert (user.role, user.department, user.email) == ("coordinator", department, "mette@example.dk")
    assert user.check_password("Vindmølle-ved-havnen") and not user.is_superuser
    assert "Created mette" in out


@pytest.mark.django_db
def test_department_by_abbreviation_and_admin_alias(department):
    """`admin` is a municipality's administrator: its municipality only, no admin site."""
    run("boss", "--role", "admin", "--department", "tmf", "--password", PASSWORD)
    boss = User.objects.get(username="boss")
    assert boss.role == "administrator" and not boss.is_superuser and not boss.is_staff
    assert (boss.department, boss.municipality) == (department, department.municipality)


@pytest.mark.django_db
def test_installation_admin_belongs_to_no_municipality(department):
    out = run("drift", "--role", "installation-admin", "--password", PASSWORD)
    root = User.objects.get(username="drift")
    assert root.role == "installation_admin" and root.is_superuser and root.is_staff and root.municipality is None
    assert "Created drift: Installation administrator." in out


@pytest.mark.django_db
def test_regional_reader_reads_a_region(municipality):
    from udsyn.organisations.models import Region

    with pytest.raises(CommandError, match="needs --region"):
        run("kkr", "--role", "regional-reader", "--password", PASSWORD)
    Region.objects.create(name="KKR Nordjylland")
    with pytest.raises(CommandError, match="Unknown region 'Sjælland' \\(known: KKR Nordjylland\\)"):
        run("kkr", "--role", "regional-reader", "--region", "Sjælland", "--password", PASSWORD)
    run("kkr", "--role", "regional-reader", "--region", "kkr nordjylland", "--password", PASSWORD)
    assert User.objects.get(username="kkr").region.name == "KKR Nordjylland"
    with pytest.raises(CommandError, match="Only a regional reader has a region"):
        run("other", "--role", "reader", "--municipality", municipality.name, "--region", "KKR Nordjylland",
            "--password", PASSWORD)


@pytest.mark.django_db
def test_unknown_department_lists_the_choices(department, other_department):
    with pytest.raises(CommandError) as error:
        run("x", "--role", "editor", "--department", "Økonomiforvaltningen", "--password", PASSWORD)
    message = str(error.value)
    assert "Unknown department 'Økonomiforvaltningen'" in message
    assert "Teknik- og Miljøforvaltningen (Testkøbing Kommune)" in message
    assert "Kultur- og Fritidsforvaltningen (Testkøbing Kommune)" in message
    assert not User.objects.filter(username="x").exists()


@pytest.mark.django_db
def test_unknown_role_and_existing_user_and_missing_department(department, owner):
    with pytest.raises(CommandError, match="Unknown role 'boss'"):
        run("x", "--role", "boss", "--password", PASSWORD)
    with pytest.raises(CommandError, match="already exists"):
        run("OWNER", "--role", "reader", "--password", PASSWORD)
    with pytest.raises(CommandError, match="needs --department"):
        run("x", "--role", "editor", "--password", PASSWORD)
    with pytest.raises(CommandError, match="belongs to a municipality"):
        run("x", "--role", "reader", "--password", PASSWORD)
    with pytest.raises(CommandError, match="valid e-mail"):
        run("x", "--role", "reader", "--municipality", "Testkøbing Kommune", "--password", PASSWORD, "--email",
            "not-an-address")
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_reader_without_department_and_prompted_password(monkeypatch, municipality):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "typed-Regnvejr-9")
    run("lise", "--role", "reader", "--municipality", "testkoebing-kommune")
    lise = User.objects.get(username="lise")
    assert lise.check_password("typed-Regnvejr-9") and lise.municipality == municipality and lise.department is None


@pytest.mark.django_db
def test_prompted_passwords_must_match(monkeypatch, municipality):
    answers = iter(["one", "two"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(CommandError, match="differ"):
        run("lise", "--role", "reader", "--municipality", municipality.name)
    assert not User.objects.filter(username="lise").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("password", "rule"), [
    ("1", "too short"), ("12345678901", "entirely numeric"), ("password123", "too common"),
    ("mettehansen1", "too similar"),
])
def test_a_weak_password_is_refused_with_the_rules_it_breaks(municipality, password, rule):
    with pytest.raises(CommandError, match=rule) as error:
        run("mettehansen", "--role", "reader", "--municipality", municipality.name, "--password", password,
            "--first-name", "Mette", "--last-name", "Hansen")
    assert "The password is too weak" in str(error.value)
    assert not User.objects.filter(username="mettehansen").exists()
