"""The roles a user can have. They belong to the floor: udsyn.core.permissions says what each may do, and every app
(accounts' User included) stands on that.

One installation may hold several municipalities. Every role but the installation administrator and the regional
reader belongs to one municipality and sees nothing of another (udsyn.core.registry.visible_to).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    INSTALLATION_ADMIN = "installation_admin", _("Installation administrator")
    ADMINISTRATOR = "administrator", _("Municipality administrator")
    COORDINATOR = "coordinator", _("Coordinator")
    EDITOR = "editor", _("Department editor")
    READER = "reader", _("Reader")
    REGIONAL_READER = "regional_reader", _("Regional reader")


# Roles that only read, whatever their department.
READ_ONLY_ROLES = (Role.READER, Role.REGIONAL_READER)
# Roles that keep every record of their own municipality.
MUNICIPALITY_WIDE_ROLES = (Role.ADMINISTRATOR, Role.COORDINATOR)
