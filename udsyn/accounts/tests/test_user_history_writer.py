"""A user made with `udsyn createuser` says in their history that the command line created them."""

import io

import pytest
from django.core.management import call_command

from udsyn.accounts.models import User


@pytest.mark.django_db
def test_a_user_made_with_createuser_was_created_on_the_command_line(client, department, municipality_admin):
    call_command("createuser", "sofie", "--role", "reader", "--department", department.name, "--password",
                 "Grøn-havn-2030", stdout=io.StringIO())
    user = User.objects.get(username="sofie")
    [created] = user.history.all()
    assert created.history_user.username == "cli"
    client.force_login(municipality_admin)
    history = client.get(f"/users/{user.pk}/").content.decode().split('id="history-heading"')[1]
    assert "Kommandolinjen (cli)" in history and "Oprettet på kommandolinjen" in history and "ukendt" not in history
