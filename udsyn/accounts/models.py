from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Administrator")
    COORDINATOR = "coordinator", _("Coordinator")
    EDITOR = "editor", _("Department editor")
    READER = "reader", _("Reader")


class User(AbstractUser):
    """A person who logs in. The role decides what they may change; see udsyn.core.permissions."""

    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.READER)
    department = models.ForeignKey(
        "organisations.Department", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="users", verbose_name=_("department"),
    )

    @property
    def municipality_id(self) -> int | None:
        return self.department.municipality_id if self.department_id else None
