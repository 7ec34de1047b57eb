"""Apps contribute demo data through their own `demo` module: loaded after the demo's records, once, and reset."""

import datetime as dt
from types import SimpleNamespace

import pytest

from udsyn.demo import loader
from udsyn.visits.models import Visit

THEME = "A contributed delegation"


def load(demo: loader.DemoLoader) -> None:
    # A contribution may refer to what the demo itself created: here a department and a city.
    demo.ensure(Visit, {"department": demo.department("Aalborg Kommune", "BLF"), "theme": THEME}, {
        "direction": "incoming", "status": "confirmed", "start": demo.today + dt.timedelta(days=10),
        "city": demo.city("Tromsø", "NO")})


@pytest.fixture(autouse=True)
def contribution(monkeypatch, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.setattr(loader, "contributions", lambda: [SimpleNamespace(MODELS=[Visit], load=load)])


@pytest.mark.django_db
def test_a_contribution_is_loaded_once_with_the_demo_source():
    loader.load_demo()
    visit = Visit.objects.get(theme=THEME)
    assert visit.source_kind == "demo" and visit.history.get().history_user.username == "demo"
    assert loader.load_demo().created == {}


@pytest.mark.django_db
def test_reset_removes_contributed_records_and_loads_them_again():
    loader.load_demo()
    first = Visit.objects.get(theme=THEME).pk
    result = loader.load_demo(reset=True)
    assert result.removed[str(Visit._meta.verbose_name_plural)] == Visit.objects.count()
    assert Visit.objects.get(theme=THEME).pk != first
