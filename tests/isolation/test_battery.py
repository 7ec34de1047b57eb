"""The isolation battery: every route of the site, asked by every kind of user of municipality B with the ids of
municipality A's rows, answers 404 or 403 (a list: without A's rows), shows none of A's marker strings, and changes
none of A's data. The routes come from the URL resolver (the API router's routes included), so a new route is
covered without writing a test; a route the battery cannot fill fails it (tests/isolation/routes.py).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from udsyn.core.registry import SHARED, scope_of

from .routes import NO_OBJECT, PUBLIC_BY_DESIGN, Route, all_routes
from .world import MARKER, World, snapshot

pytestmark = pytest.mark.django_db

PERSONAS = ["coordinator", "editor", "reader", "administrator", "regional_reader", "anonymous"]
# What answers another municipality's object may get: not found, not allowed, or a method the route never takes.
REFUSED = {403, 404, 405}
API_WRITES = ("put", "patch", "delete")


def body_of(response: Any) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def _refused_status(route: Route, persona: str) -> set[int]:
    if persona != "anonymous":
        return REFUSED
    # Anonymous: the web pages send to the login page, the API says 401/403.
    return REFUSED | ({401} if route.is_api else {302})


class Battery:
    def __init__(self, world: World, persona: str):
        self.world = world
        self.persona = persona
        self.user = world.b_users.get(persona)
        self.client = Client(HTTP_ACCEPT_LANGUAGE="en")
        self.client.raise_request_exception = False  # a server error is a failure to report, not the end of the run
        self.failures: list[str] = []
        self.asked = 0
        self.logged_in = False
        self.state = snapshot(world)

    def ask(self, method: str, url: str, data: Any = None, **headers: Any) -> Any:
        """One request as the persona. A route that touched the session (logging out, logging in) is followed by a
        fresh login, so every request is the persona's."""
        if self.user is not None and not self.logged_in:
            self.client.force_login(self.user)
            self.logged_in = True
        self.asked += 1
        send = getattr(self.client, method)
        if method in ("put", "patch"):
            response = send(url, json.dumps(data or {}), content_type="application/json", **headers)
        else:
            response = send(url, data or {}, **headers)
        if "sessionid" in response.cookies:
            self.client.logout()
            self.logged_in = False
        return response

    def fail(self, route: Route, method: str, url: str, what: str) -> None:
        self.failures.append(f"{method.upper()} {url} [{route.full_name or route.pattern}] as B's {self.persona}: "
                             f"{what}")

    def check(self, route: Route, method: str, url: str, response: Any, *, must_refuse: bool) -> None:
        body = body_of(response)
        if response.status_code >= 500:
            self.fail(route, method, url, f"server error {response.status_code}")
        if MARKER.encode() in body:
            at = body.index(MARKER.encode())
            self.fail(route, method, url, f"shows A's data: …{body[max(0, at - 80):at + 40]!r}…")
        if must_refuse and response.status_code not in _refused_status(route, self.persona):
            self.fail(route, method, url, f"answered {response.status_code}, not 404/403")

    def check_unchanged(self, route: Route) -> None:
        """After every request of a route (GETs too: a GET must not write either), A's data is as it was."""
        now = snapshot(self.world)
        if now != self.state:
            changed = [label for label in now if now[label] != self.state.get(label)]
            self.fail(route, "any", route.pattern, f"changed A's data: {', '.join(changed)}")
            self.state = now

    def summary(self) -> str:
        kinds = {"shows A's data": 0, "not 404/403": 0, "lists A's rows": 0, "changed A's data": 0,
                 "server error": 0, "admin answered": 0}
        for failure in self.failures:
            for kind in kinds:
                kinds[kind] += kind in failure
        routes = {failure.split("[", 1)[1].split("]", 1)[0] for failure in self.failures if "[" in failure}
        counts = ", ".join(f"{n} {kind}" for kind, n in kinds.items() if n)
        return (f"{len(self.failures)} isolation failures on {len(routes)} routes of {self.asked} requests "
                f"({counts}):\n" + "\n".join(self.failures[:60]))

    def check_api_list(self, route: Route, url: str, response: Any) -> None:
        """An API list of a municipality's rows holds none of A's ids."""
        viewset = route.viewset
        queryset = getattr(viewset, "queryset", None)
        if queryset is None or response.status_code != 200 or scope_of(queryset.model) == SHARED:
            return
        payload = response.json()
        rows = payload.get("results", payload) if isinstance(payload, dict) else payload
        a_ids = {obj.pk for obj in self.world.a_objects.get(queryset.model, [])}
        leaked = [row.get("id") for row in rows if isinstance(row, dict) and row.get("id") in a_ids]
        if leaked:
            self.fail(route, "get", url, f"lists A's rows {leaked}")

    def run_route(self, route: Route) -> None:
        if route.admin:
            self.run_admin(route)
        else:
            self.run_site(route)
        self.check_unchanged(route)

    def run_site(self, route: Route) -> None:
        must_refuse = route.serves_an_object and route.name not in PUBLIC_BY_DESIGN
        for url in route.urls:
            # Shared reference data is read by everyone; changing it is refused below like everything of A.
            reading_refused = must_refuse and not route.serves_shared_data
            self.check(route, "get", url, self.ask("get", url), must_refuse=reading_refused)
            if not route.serves_an_object:
                self.run_list(route, url)
                continue
            self.check(route, "post", url, self.ask("post", url, {"version": "1", "reason": "x"}),
                       must_refuse=must_refuse)
            if route.is_api:
                for method in API_WRITES:
                    response = self.ask(method, url, {"version": 1, "name": "B was here"}, HTTP_IF_MATCH='"1"')
                    self.check(route, method, url, response, must_refuse=must_refuse)

    def run_list(self, route: Route, url: str) -> None:
        """A page of many rows (or none): also narrowed to A's municipality and department, and searched for a word
        of A's names; whatever it answers, none of A's rows."""
        response = self.ask("get", url)
        if route.is_api:
            self.check_api_list(route, url, response)
        department = self.world.first(type(self.world.b_departments[0]))
        query = f"?municipality={self.world.a.pk}&department={department.pk}&q=Alfa"
        narrowed = self.ask("get", url + query)
        self.check(route, "get", url + query, narrowed, must_refuse=False)
        if route.is_api:
            self.check_api_list(route, url + query, narrowed)

    def run_admin(self, route: Route) -> None:
        """The admin site is the installation administrators' alone: B's users (even a staff administrator of B) are
        sent to its login page, whatever the address names."""
        for url in route.urls:
            for method in ("get", "post") if route.serves_an_object else ("get",):
                response = self.ask(method, url)
                self.check(route, method, url, response, must_refuse=False)
                login = response.status_code == 302 and "/admin/login/" in response.get("Location", "")
                gate = route.name in ("login", "logout")  # the admin's own login and logout pages are the gate
                if not (login or gate) and response.status_code not in (404, 405):
                    self.fail(route, method, url, f"admin answered {response.status_code} without asking to log in")


def test_every_route_is_filled_or_named(world):
    """A route whose parameters the battery cannot fill fails here, named; routes without an object of A are few
    and each is listed with its reason."""
    routes = all_routes(world)
    unfilled = [f"{r.pattern} ({r.full_name}): {', '.join(r.unfilled)}" for r in routes if r.unfilled]
    assert not unfilled, "routes the isolation battery cannot fill (name them in tests/isolation/routes.py):\n" + \
        "\n".join(unfilled)
    named = set(NO_OBJECT) | set(PUBLIC_BY_DESIGN)
    for route in routes:
        if route.params and not route.admin and not route.serves_an_object and not route.is_api:
            literal_only = route.name in ("opendata_export",)
            assert route.name in named or literal_only, f"{route.pattern} has parameters but names no object of A"
    assert all(reason.strip() for reason in (*NO_OBJECT.values(), *PUBLIC_BY_DESIGN.values()))
    # The API router's routes are among them: every registered viewset's list and detail.
    from udsyn.api.urls import router

    walked = {r.full_name for r in routes}
    for _prefix, _viewset, basename in router.registry:
        assert f"api:{basename}-list" in walked and f"api:{basename}-detail" in walked, basename
    assert sum(1 for r in routes if r.serves_an_object and not r.admin) >= 100  # the battery is not hollow


@pytest.mark.parametrize("persona", PERSONAS)
def test_municipality_b_gets_nothing_of_municipality_a(world, persona):
    battery = Battery(world, persona)
    routes = all_routes(world)
    assert not [r for r in routes if r.unfilled]
    for route in routes:
        battery.run_route(route)
    assert battery.asked > 500
    assert not battery.failures, battery.summary()


def test_b_reaches_its_own_records(world):
    """The battery's pages work: B's coordinator sees B's own records where A's are refused (no page passes by
    failing for everyone)."""
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(world.b_users["coordinator"])
    assert "Betaby Project" in client.get("/projects/").content.decode()
    assert "Betaby's own membership" in client.get("/api/v1/memberships/").content.decode()
    from udsyn.projects.models import Project

    own = Project.objects.get(name="Betaby Project")
    assert client.get(f"/projects/{own.pk}/").status_code == 200
    a_project = world.first(Project)
    assert client.get(f"/projects/{a_project.pk}/").status_code == 404
    # And A's coordinator reaches A's rows through the very addresses B was refused.
    client.force_login(world.a_users["coordinator"])
    assert MARKER in client.get(f"/projects/{a_project.pk}/").content.decode()
