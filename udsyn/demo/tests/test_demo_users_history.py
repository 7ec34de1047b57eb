"""The demo logins say in their history that the demo created them (not "unknown")."""

import pytest

from udsyn.accounts.models import User
from udsyn.demo.loader import load_demo


@pytest.mark.django_db
def test_the_demo_logins_were_created_by_the_demo(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    load_demo()
    for username in ("kommuneadmin", "coordinator", "aalborg"):
        [created] = User.objects.get(username=username).history.all()
        assert created.history_user.username == "demo", username
