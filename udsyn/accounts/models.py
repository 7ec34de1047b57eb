from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from udsyn.core.roles import Role

__all__ = ["Role", "User"]


class User(AbstractUser):
    """A person who logs in. The role decides what they may change, the municipality what they see; see
    udsyn.core.permissions. A user with a department belongs to that department's municipality."""

    role = models.CharField(_("role"), max_length=32, choices=Role.choices, default=Role.READER)
    municipality = models.ForeignKey(
        "organisations.Municipality", null=True, blank=True, on_delete=models.PROTECT, related_name="users",
        verbose_name=_("municipality"), help_text=_("The municipality whose records the user sees."),
    )
    department = models.ForeignKey(
        "organisations.Department", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="users", verbose_name=_("department"),
    )
    region = models.ForeignKey(
        "organisations.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="users",
        verbose_name=_("region"), help_text=_("For regional readers: the region whose municipalities they read."),
    )
    # Who invited, changed the role of or deactivated whom, and when. Never the password hash; a login is no change
    # (AccountsConfig writes last_login without a history row).
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    def clean(self) -> None:
        super().clean()
        if self.department_id and self.municipality_id and self.department.municipality_id != self.municipality_id:
            raise ValidationError({"department": _("The department belongs to another municipality.")})
        if self.role == Role.REGIONAL_READER and not self.region_id:
            raise ValidationError({"region": _("A regional reader needs a region.")})

    def save(self, *args, **kwargs) -> None:
        # The department decides the municipality: a user never sees one municipality while acting for another's
        # department.
        if self.department_id:
            self.municipality_id = self.department.municipality_id
        super().save(*args, **kwargs)
