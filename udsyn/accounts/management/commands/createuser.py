"""`udsyn createuser USERNAME --role ROLE --department NAME [--password PW] [--email E]`."""

from __future__ import annotations

import getpass
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, no_translations
from django.core.validators import validate_email
from django.db.models import Q

from udsyn.accounts.models import Role, User
from udsyn.organisations.models import Department

ROLE_ALIASES = {"admin": Role.ADMINISTRATOR, "administrator": Role.ADMINISTRATOR, "coordinator": Role.COORDINATOR,
                "editor": Role.EDITOR, "reader": Role.READER}
# Coordinators and editors act for a department; without one they could change nothing.
NEEDS_DEPARTMENT = {Role.COORDINATOR, Role.EDITOR}


def _choices(departments) -> str:
    return "\n".join(f"  {d.name} ({d.municipality.name})" for d in departments) or "  (none yet: run `udsyn demo`)"


def find_department(name: str, municipality: str | None = None) -> Department:
    """The department called `name` (or with that abbreviation); a clear error lists the choices."""
    departments = Department.objects.select_related("municipality").order_by("municipality__name", "name")
    if municipality:
        departments = departments.filter(municipality__name__iexact=municipality)
    matches = list(departments.filter(Q(name__iexact=name.strip()) | Q(short_name__iexact=name.strip())))
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CommandError(f"Unknown department {name!r}. Choose one of:\n{_choices(departments)}")
    raise CommandError(f"{name!r} is a department in more than one municipality; add --municipality:\n"
                       f"{_choices(matches)}")


class Command(BaseCommand):
    help = "Create a user who can log in, with a role and a department."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", required=True, help="administrator, coordinator, editor or reader")
        parser.add_argument("--department", help="the department's name or abbreviation, e.g. Økonomiforvaltningen")
        parser.add_argument("--municipality", help="needed only when two municipalities have that department")
        parser.add_argument("--password", help="the password (asked for when left out)")
        parser.add_argument("--email", default="")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")

    @no_translations  # the command line speaks English throughout; the web app speaks Danish
    def handle(self, *args, **options) -> None:
        username = options["username"].strip()
        if not username:
            raise CommandError("The username cannot be empty.")
        if User.objects.filter(username__iexact=username).exists():
            raise CommandError(f"A user called {username!r} already exists.")
        role = ROLE_ALIASES.get(options["role"].strip().lower())
        if role is None:
            raise CommandError(f"Unknown role {options['role']!r}. Choose one of: administrator, coordinator, "
                               "editor, reader.")
        department = None
        if options["department"]:
            department = find_department(options["department"], options["municipality"])
        elif role in NEEDS_DEPARTMENT:
            raise CommandError(f"A {role} needs --department. Choose one of:\n"
                               f"{_choices(Department.objects.select_related('municipality'))}")
        email = options["email"].strip()
        if email:
            try:
                validate_email(email)
            except ValidationError as error:
                raise CommandError(f"Not a valid e-mail address: {email!r}") from error
        password = options["password"] if options["password"] is not None else self.ask_password()
        if not password:
            raise CommandError("The password cannot be empty.")
        is_admin = role == Role.ADMINISTRATOR
        user = User.objects.create_user(
            username=username, password=password, email=email, role=role, department=department,
            first_name=options["first_name"], last_name=options["last_name"],
            is_staff=is_admin, is_superuser=is_admin,
        )
        where = f", {department.name} ({department.municipality.name})" if department else ""
        self.stdout.write(self.style.SUCCESS(f"Created {user.username}: {user.get_role_display()}{where}."))

    def ask_password(self) -> str:
        if not sys.stdin.isatty():
            raise CommandError("No terminal to ask for a password: give --password.")
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("The two passwords differ.")
        return first
