"""Every model is in the admin, and its pages open."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

OWN_APPS = {"core", "accounts", "organisations", "memberships", "partners", "projects", "visits", "strategies",
            "imports", "reports"}


def register_models():
    return [m for m in apps.get_models()
            if m._meta.app_label in OWN_APPS and not m.__name__.startswith("Historical")]


def test_every_model_is_registered():
    assert register_models()
    missing = [m.__name__ for m in register_models() if not admin.site.is_registered(m)]
    assert missing == []


@pytest.mark.django_db
def test_admin_pages_open_for_the_administrator(client, admin_user, membership):
    client.force_login(admin_user)
    for model in register_models():
        meta = model._meta
        for page in ("changelist", "add"):
            url = reverse(f"admin:{meta.app_label}_{meta.model_name}_{page}")
            assert client.get(url).status_code == 200, url
    change = reverse("admin:memberships_membership_change", args=[membership.pk])
    assert client.get(change).status_code == 200


@pytest.mark.django_db
def test_admin_edit_bumps_the_version_so_open_web_forms_notice(admin_user, membership, rf):
    from udsyn.memberships.admin import MembershipAdmin
    from udsyn.memberships.models import Membership

    request = rf.post("/")
    request.user = admin_user
    membership.purpose = "Changed in the admin"
    MembershipAdmin(Membership, admin.site).save_model(request, membership, form=None, change=True)
    stored = Membership.objects.get(pk=membership.pk)
    assert stored.version == 2
    assert stored.history.first().history_user == admin_user
