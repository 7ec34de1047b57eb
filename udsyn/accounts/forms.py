"""The forms of the Users pages: a municipality administrator invites or creates a user with a role, and changes
a user's role and department."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from udsyn.core.forms import RecordForm
from udsyn.core.permissions import MUNICIPALITY_ROLES
from udsyn.core.roles import Role

from .models import User


class UserForm(RecordForm):
    """Name, e-mail, role and department of a user of the municipality."""

    class Meta:
        model = User
        fields = ["first_name", "last_name", "email", "role", "department"]

    def __init__(self, *args: Any, user: Any, **kwargs: Any):
        super().__init__(*args, user=user, **kwargs)
        roles = [(role.value, role.label) for role in MUNICIPALITY_ROLES]
        current = self.instance.role if self.instance.pk else None
        if current and current not in dict(roles):  # given in the admin site: kept unless changed
            roles.append((current, Role(current).label))
        self.fields["role"].choices = roles
        self.fields["role"].help_text = _(
            "Administrator: everything of the municipality, its settings and users. Coordinator: every record of "
            "the municipality. Department editor: the records of their department. Reader: reads, changes nothing.")
        self.fields["department"].help_text = _("A department editor needs one; it decides the municipality.")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("role") == Role.EDITOR and not data.get("department"):
            self.add_error("department", _("A department editor needs a department."))
        elif not data.get("department") and not self.instance.municipality_id \
                and getattr(self.user, "municipality_id", None) is None:
            self.add_error("department", _("Choose a department: it decides the user's municipality."))
        return data


class UserCreateForm(UserForm):
    """A new user: with a password given here, or (none given) invited by e-mail to choose their own."""

    password1 = forms.CharField(label=_("Password"), required=False, strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
                                help_text=_("Leave empty to send an invitation: the user chooses a password from "
                                            "a link in an e-mail."))
    password2 = forms.CharField(label=_("Password again"), required=False, strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    class Meta(UserForm.Meta):
        fields = ["username", *UserForm.Meta.fields]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first or second:
            if first != second:
                self.add_error("password2", _("The two passwords differ."))
            else:
                candidate = User(username=data.get("username", ""), email=data.get("email", ""),
                                 first_name=data.get("first_name", ""), last_name=data.get("last_name", ""))
                try:
                    validate_password(first, candidate)
                except ValidationError as error:
                    self.add_error("password1", error)
        elif not data.get("email"):
            self.add_error("email", _("Give an e-mail address to send the invitation to, or a password."))
        return data

    @property
    def invites(self) -> bool:
        return not self.cleaned_data.get("password1")
