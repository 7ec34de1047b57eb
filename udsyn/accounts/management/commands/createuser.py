"""`udsyn createuser USERNAME --role ROLE --department NAME [--municipality NAME] [--region NAME] [--password PW]
[--email E]`."""

from __future__ import annotations

import getpass
import sys

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, no_translations
from django.core.validators import validate_email
from django.db.models import Q
from django.utils.translation import gettext_noop

from udsyn.accounts.models import Role, User
from udsyn.accounts.services import command_line_user, name_creator
from udsyn.core import history
from udsyn.organisations.models import Department, Municipality, Region

ROLE_ALIASES = {"installation-admin": Role.INSTALLATION_ADMIN, "installation_admin": Role.INSTALLATION_ADMIN,
                "admin": Role.ADMINISTRATOR, "administrator": Role.ADMINISTRATOR, "coordinator": Role.COORDINATOR,
                "editor": Role.EDITOR, "reader": Role.READER, "regional-reader": Role.REGIONAL_READER,
                "regional_reader": Role.REGIONAL_READER}
ROLE_NAMES = "installation-admin, administrator, coordinator, editor, reader, regional-reader"
# Coordinators and editors act for a department; without one they could change nothing.
NEEDS_DEPARTMENT = {Role.COORDINATOR, Role.EDITOR}
# A municipality's administrator and reader belong to a municipality (a department, or --municipality).
NEEDS_MUNICIPALITY = {Role.ADMINISTRATOR, Role.READER}


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


def check_password(password: str, user: User) -> None:
    """Django's password rules (settings.AUTH_PASSWORD_VALIDATORS): every rule broken, in one error."""
    try:
        password_validation.validate_password(password, user)
    except ValidationError as error:
        raise CommandError("The password is too weak:\n" + "\n".join(f"  {m}" for m in error.messages)) from error


class Command(BaseCommand):
    help = "Create a user who can log in, with a role and a department."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", required=True, help=ROLE_NAMES)
        parser.add_argument("--department", help="the department's name or abbreviation, e.g. Økonomiforvaltningen")
        parser.add_argument("--municipality", help="the user's municipality (without a department), or the "
                                                   "department's when two municipalities have that department")
        parser.add_argument("--region", help="the region a regional reader reads")
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
            raise CommandError(f"Unknown role {options['role']!r}. Choose one of: {ROLE_NAMES}.")
        department = None
        if options["department"]:
            department = find_department(options["department"], options["municipality"])
        elif role in NEEDS_DEPARTMENT:
            raise CommandError(f"A {role} needs --department. Choose one of:\n"
                               f"{_choices(Department.objects.select_related('municipality'))}")
        municipality = department.municipality if department else self.municipality(options["municipality"])
        if municipality is None and role in NEEDS_MUNICIPALITY:
            raise CommandError(f"A {role} belongs to a municipality: give --department or --municipality.")
        region = self.region(options["region"], role)
        email = options["email"].strip()
        if email:
            try:
                validate_email(email)
            except ValidationError as error:
                raise CommandError(f"Not a valid e-mail address: {email!r}") from error
        password = options["password"] if options["password"] is not None else self.ask_password()
        if not password:
            raise CommandError("The password cannot be empty.")
        is_admin = role == Role.INSTALLATION_ADMIN  # the Django admin site is the installation's
        check_password(password, User(username=username, email=email, first_name=options["first_name"],
                                      last_name=options["last_name"]))
        user = User.objects.create_user(
            username=username, password=password, email=email, role=role, department=department,
            municipality=municipality, region=region,
            first_name=options["first_name"], last_name=options["last_name"],
            is_staff=is_admin, is_superuser=is_admin,
        )
        name_creator(user, command_line_user(), history.reason(gettext_noop("Created on the command line")))
        where = (f", {department.name} ({department.municipality.name})" if department else
                 f", {municipality.name}" if municipality else f", {region.name}" if region else "")
        self.stdout.write(self.style.SUCCESS(f"Created {user.username}: {user.get_role_display()}{where}."))

    def municipality(self, name: str | None) -> Municipality | None:
        if not name:
            return None
        found = Municipality.objects.filter(Q(name__iexact=name.strip()) | Q(slug=name.strip())).first()
        if found is None:
            known = ", ".join(Municipality.objects.values_list("name", flat=True)) or "none yet"
            raise CommandError(f"Unknown municipality {name!r} (known: {known}).")
        return found

    def region(self, name: str | None, role: str) -> Region | None:
        if role != Role.REGIONAL_READER:
            if name:
                raise CommandError("Only a regional reader has a region.")
            return None
        if not name:
            raise CommandError(f"A regional reader needs --region (known: {self.regions()}).")
        found = Region.objects.filter(name__iexact=name.strip()).first()
        if found is None:
            raise CommandError(f"Unknown region {name!r} (known: {self.regions()}).")
        return found

    @staticmethod
    def regions() -> str:
        return ", ".join(Region.objects.values_list("name", flat=True)) or "none yet: add one in the administration"

    def ask_password(self) -> str:
        if not sys.stdin.isatty():
            raise CommandError("No terminal to ask for a password: give --password.")
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("The two passwords differ.")
        return first
