"""The Users pages: a municipality administrator lists the users of the municipality, invites or creates one with a
role, changes a role or department, deactivates and reactivates. Everything through the one scoping rule (another
municipality's user is a 404) and written to the user's history (who, when, what)."""

from __future__ import annotations

from typing import Any

import django_filters
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import models, transaction
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop
from django.views import View

from udsyn.core import history
from udsyn.core.filters import BoundedFilterSet
from udsyn.core.generic import (
    Column,
    RecordCreateView,
    RecordDetailView,
    RecordListView,
    RecordUpdateView,
    claim_for_municipality,
    record_url,
    visible_records,
)
from udsyn.core.permissions import MUNICIPALITY_ROLES, can_manage_user, can_manage_users

from .forms import UserCreateForm, UserForm
from .models import User


class ManagersOnly:
    """The Users pages are for administrators (of the municipality, or of the installation)."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated and not can_manage_users(request.user):
            raise PermissionDenied(_("Only the municipality's administrators manage its users."))
        return super().dispatch(request, *args, **kwargs)


class UserFilterSet(BoundedFilterSet):
    q = django_filters.CharFilter(method="search", label=gettext_lazy("Search"))
    role = django_filters.ChoiceFilter(choices=[(r.value, r.label) for r in MUNICIPALITY_ROLES],
                                       label=gettext_lazy("Role"))
    is_active = django_filters.BooleanFilter(label=gettext_lazy("Active"))

    class Meta:
        model = User
        fields = ["q", "role", "department", "is_active"]

    def search(self, queryset: models.QuerySet, name: str, value: str) -> models.QuerySet:
        for word in value.split():
            queryset = queryset.filter(Q(username__icontains=word) | Q(first_name__icontains=word)
                                       | Q(last_name__icontains=word) | Q(email__icontains=word))
        return queryset


class UserList(ManagersOnly, RecordListView):
    model = User
    filterset_class = UserFilterSet
    title = gettext_lazy("Users")
    select_related = ("department", "municipality")
    columns = [Column("username", link=True), Column("get_full_name", label=gettext_lazy("Name"),
                                                     order_by="first_name"),
               Column("email"), Column("role"), Column("department", order_by="department__name"),
               Column("is_active"), Column("last_login")]

    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().order_by("username")


class UserDetail(ManagersOnly, RecordDetailView):
    model = User
    fields = ["username", "first_name", "last_name", "email", "role", "municipality", "department", "is_active",
              "last_login", "date_joined"]
    template_name = "accounts/user_detail.html"

    def get_object(self) -> models.Model:
        return get_object_or_404(visible_records(self.request, User).select_related("department", "municipality"),
                                 pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["manageable"] = can_manage_user(self.request.user, context["record"])
        context["active_url"] = reverse("user_active", args=[context["record"].pk])
        return context


class UserCreate(ManagersOnly, RecordCreateView):
    model = User
    form_class = UserCreateForm

    def get_initial(self) -> dict[str, Any]:
        return {"role": "reader"}  # the least a new user may do; the administrator chooses more

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = self.form_class(request.POST, user=request.user)
        if not form.is_valid():
            return self.render_form(form, status=400)
        with transaction.atomic():
            user = form.save(commit=False)
            claim_for_municipality(user, request.user)
            if form.invites:
                user.set_unusable_password()
                user._change_reason = history.reason(gettext_noop("Invited by e-mail to %(email)s"),
                                                     email=user.email)
            else:
                user.set_password(form.cleaned_data["password1"])
                user._change_reason = history.reason(gettext_noop("Created with a password"))
            user._history_user = request.user
            user.save()
        if form.invites:
            send_invitation(request, user)
            message = _("%(user)s was invited: an e-mail with a link to choose a password went to %(email)s.")
        else:
            message = _("%(user)s was created. Give them their password in a safe way.")
        messages.success(request, message % {"user": user.get_username(), "email": user.email})
        return HttpResponseRedirect(record_url(user))


class UserUpdate(ManagersOnly, RecordUpdateView):
    model = User
    form_class = UserForm


class UserActive(ManagersOnly, LoginRequiredMixin, View):
    """POST active=0 deactivates a user (they can no longer log in, their sessions and API token stop working;
    their name stays in the history), active=1 reactivates."""

    model = User

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        user = get_object_or_404(visible_records(request, User), pk=pk)
        if not can_manage_user(request.user, user):
            raise PermissionDenied(_("You may not change this user."))
        active = request.POST.get("active") == "1"
        if user.is_active != active:
            user.is_active = active
            user._change_reason = history.reason(gettext_noop("Reactivated") if active else gettext_noop("Deactivated"))
            user._history_user = request.user
            user.save()
        message = _("%(user)s can log in again.") if active else _("%(user)s can no longer log in.")
        messages.success(request, message % {"user": user.get_username()})
        return HttpResponseRedirect(record_url(user))


def send_invitation(request: HttpRequest, user: User) -> None:
    """An e-mail with a link where `user` chooses a password (valid as long as Django's password reset links)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    link = request.build_absolute_uri(reverse("password_set", args=[uid, token]))
    context = {"user": user, "link": link, "inviter": request.user,
               "municipality": user.municipality.name if user.municipality_id else ""}
    subject = _("Your login to udsyn")
    body = render_to_string("accounts/invitation.txt", context, request=request)
    send_mail(subject, body, None, [user.email])


class ChosenPasswordForm(SetPasswordForm):
    """Setting the password from an invitation: written in the user's history as theirs."""

    def save(self, commit: bool = True) -> Any:
        self.user._change_reason = history.reason(gettext_noop("Password chosen"))
        self.user._history_user = self.user
        return super().save(commit)


class PasswordSet(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_set.html"
    form_class = ChosenPasswordForm
    success_url = reverse_lazy("password_set_done")


class PasswordSetDone(auth_views.PasswordResetCompleteView):
    template_name = "registration/password_set_done.html"
