"""Users that are not people: the authors history names for work done by udsyn itself."""

from __future__ import annotations

from udsyn.accounts.models import User
from udsyn.core.roles import Role


def system_user(*, username: str, first_name: str) -> User:
    """The inactive user `username` (made on first use), so that history says which part of udsyn wrote a record;
    it has no password and cannot log in. It acts for the operator of the installation (the command line, the demo),
    so it has the installation administrator's role."""
    user, created = User.objects.get_or_create(
        username=username, defaults={"role": Role.INSTALLATION_ADMIN, "is_active": False, "first_name": first_name})
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    elif user.role != Role.INSTALLATION_ADMIN:  # made by an earlier version as a (then global) administrator
        User.objects.filter(pk=user.pk).update(role=Role.INSTALLATION_ADMIN)
        user.role = Role.INSTALLATION_ADMIN
    return user


def command_line_user() -> User:
    """The inactive user history names for work done on the command line without a named user."""
    return system_user(username="cli", first_name="Kommandolinjen")


def name_creator(user: User, actor: User, reason: str = "") -> None:
    """Name `actor` (and `reason`) as the writer of `user`'s creation in its history: User.objects.create_user saves
    before anyone can say who is creating the user."""
    user.history.filter(history_type="+").update(history_user=actor, history_change_reason=reason or None)
