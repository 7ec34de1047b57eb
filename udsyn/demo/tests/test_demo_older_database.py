"""`udsyn demo` on a database holding an earlier version of the demo adds no second strategy: the demo's strategy
of a department is the same strategy whatever the demo calls it (Copenhagen's was "International strategi
2021-2026" before the demo moved with the present), so loading again brings it up to date instead of adding a new
one beside it. A strategy someone has changed since is left as they made it, and still not doubled."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command

from udsyn.accounts.models import User
from udsyn.core.services import record_update
from udsyn.demo.loader import load_demo, system_user
from udsyn.strategies.models import Goal, Indicator, Measurement, Strategy, Theme

pytestmark = pytest.mark.django_db

OLDER_NAME = "International strategi 2021-2026"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def register() -> dict[str, list]:
    """The strategies' records as a reader sees them."""
    return {model.__name__: sorted(str(record) for record in model.objects.all())
            for model in (Strategy, Theme, Goal, Indicator, Measurement)}


def copenhagen() -> list[Strategy]:
    return list(Strategy.objects.filter(department__municipality__name="Københavns Kommune"))


def test_the_older_demos_strategy_is_brought_up_to_date_not_doubled():
    load_demo()
    current = register()
    Strategy.objects.filter(name="International strategi").update(name=OLDER_NAME, horizon_year=2026)
    call_command("demo", stdout=StringIO())
    (strategy,) = copenhagen()
    assert strategy.name == "International strategi" and strategy.horizon_year != 2026
    assert register() == current
    assert strategy.history.first().history_user == system_user()  # the update is in its history
    call_command("demo", stdout=StringIO())
    assert register() == current  # and again: the same register


def test_a_strategy_someone_changed_keeps_their_change():
    load_demo()
    (strategy,) = copenhagen()
    record_update(record=strategy, data={"name": "Vores internationale strategi"}, expected_version=strategy.version,
                  acting_user=User.objects.get(username="coordinator"))  # the demo's coordinator of Copenhagen
    call_command("demo", stdout=StringIO())
    (strategy,) = copenhagen()
    assert strategy.name == "Vores internationale strategi"


def test_the_demo_keeps_its_strategy_in_force_whenever_it_is_loaded_again():
    for year in (2027, 2029, 2030):  # updated more than once: the demo's own earlier updates are no person's change
        load_demo(today=dt.date(year, 3, 1))
    (strategy,) = copenhagen()
    assert strategy.adopted_on == dt.date(2026, 6, 1) and strategy.horizon_year == 2032
