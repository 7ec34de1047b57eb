"""A list table's cells are escaped as Django's escape() writes them (list_rows escapes plain text with html.escape,
which is what escape() calls, without its wrapper for lazy text)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils.html import escape

from udsyn.core.services import record_create
from udsyn.projects.models import Programme, Project

pytestmark = pytest.mark.django_db

HOSTILE = "<b>\"Øresund\" & 'Kattegat'</b>"


def test_list_cells_escape_text_as_django_does(client, owner, department):
    programme = Programme.objects.create(name=HOSTILE, family="Interreg")
    record_create(model=Project, data={"department": department, "name": "Grøn by", "programme": programme,
                                       "start": dt.date(2024, 1, 1), "external_funding": Decimal("1300000"),
                                       "budget_currency": "DKK"}, acting_user=owner)
    client.force_login(owner)
    html = client.get("/projects/").content.decode()
    row = html[html.index("<tbody>"):html.index("</tbody>")]
    assert f'<td data-label="Program">{escape(HOSTILE)}</td>' in row
    assert "&lt;b&gt;&quot;Øresund&quot; &amp; &#x27;Kattegat&#x27;&lt;/b&gt;" in row
    assert "1.300.000\u00a0kr." in row
