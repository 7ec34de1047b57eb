"""A coordinator keeps the desk's rules in the web app, without code: the next suggestion follows the new rules,
and a request can be screened again by them. The lists (themes, capacities, closed periods) keep their history."""

import pytest

from udsyn.delegation.forms import desk_formsets
from udsyn.delegation.models import BlackoutPeriod, DelegationRequest, DelegationTheme

from .conftest import future

pytestmark = pytest.mark.django_db


def rules_post(desk, **changes) -> dict:
    """The rules page's form as the browser would send it, unchanged except for `changes`."""
    data = {}
    fields = {"department": desk.department_id, "is_open": "on" if desk.is_open else "", "email": desk.email,
              "website": desk.website, "min_lead_days": desk.min_lead_days, "min_size": desk.min_size,
              "max_size": desk.max_size or "", "accepted_levels": desk.accepted_levels,
              "decision_countries": desk.decision_countries, "retention_days": desk.retention_days,
              "version": desk.version}
    data.update({k: v for k, v in fields.items() if v not in ("", None)})
    for formset in desk_formsets(desk):
        data[f"{formset.prefix}-TOTAL_FORMS"] = len(formset.forms)
        data[f"{formset.prefix}-INITIAL_FORMS"] = formset.initial_form_count()
        for form in formset.forms:
            for name in form.fields:
                value = form[name].value()
                if value not in (None, "", False):
                    data[form.add_prefix(name)] = "on" if value is True else value
    data.update(changes)
    return data


def test_a_new_maximum_group_size_changes_the_next_suggestion_and_a_screening_again(client, desk, coordinator,
                                                                                     submit):
    submit(size="35")
    first = DelegationRequest.objects.get()
    assert first.suggestion == "decline" and "size" in [r["rule"] for r in first.suggestion_reasons if not r["ok"]]
    client.force_login(coordinator)
    response = client.post(f"/delegations/desk/{desk.pk}/rules/", rules_post(desk, max_size=40))
    assert response.status_code == 302, response.content.decode()[:2000]
    desk.refresh_from_db()
    assert (desk.max_size, desk.version) == (40, 2)
    submit(size="35", address="198.51.100.30")
    assert DelegationRequest.objects.order_by("-pk").first().suggestion == "accept"
    assert client.post(f"/delegations/{first.pk}/screen/", {"version": first.version}).status_code == 302
    first.refresh_from_db()
    assert first.suggestion == "accept" and first.screening_rules["max_size"] == 40
    assert first.screening_rules["version"] == 2  # the rules it was screened by are kept with it


def test_themes_and_closed_periods_are_added_in_the_lists(client, desk, coordinator, department, submit):
    client.force_login(coordinator)
    post = rules_post(desk, **{
        "themes-0-name": "Havnebade", "themes-0-name_en": "Harbour baths", "themes-0-department": department.pk,
        "themes-0-offered": "on",
        "blackouts-0-start": future(30).isoformat(), "blackouts-0-end": future(60).isoformat(),
        "blackouts-0-reason": "Kommunalvalg"})
    assert client.post(f"/delegations/desk/{desk.pk}/rules/", post).status_code == 302
    theme = DelegationTheme.objects.get(name="Havnebade")
    assert theme.history.get().history_user == coordinator
    assert BlackoutPeriod.objects.get().reason == "Kommunalvalg"
    assert "Harbour baths" in client.get(f"/delegation/{desk.municipality.slug}/?lang=en").content.decode()
    submit(preferred_start=future(35).isoformat(), preferred_end=future(40).isoformat(), themes=[theme.pk])
    request = DelegationRequest.objects.get()
    assert request.suggestion == "decline"
    assert [r["rule"] for r in request.suggestion_reasons if r["ok"] is False] == ["blackout"]


def test_bad_rules_are_refused_and_what_was_typed_stays(client, desk, coordinator):
    client.force_login(coordinator)
    response = client.post(f"/delegations/desk/{desk.pk}/rules/", rules_post(desk, min_size=20, max_size=10, **{
        "blackouts-0-start": future(30).isoformat(), "blackouts-0-end": future(10).isoformat(),
        "blackouts-0-reason": "Omvendt"}))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Den største gruppe kan ikke være mindre end den mindste." in page and 'value="Omvendt"' in page
    desk.refresh_from_db()
    assert (desk.min_size, desk.max_size, desk.version) == (2, 30, 1)
    assert not BlackoutPeriod.objects.exists()


def test_rules_saved_on_a_stale_page_are_refused(client, desk, coordinator):
    client.force_login(coordinator)
    stale = rules_post(desk, max_size=50)
    assert client.post(f"/delegations/desk/{desk.pk}/rules/", rules_post(desk, max_size=40)).status_code == 302
    response = client.post(f"/delegations/desk/{desk.pk}/rules/", stale)
    assert response.status_code == 400 and "En anden har ændret reglerne" in response.content.decode()
    desk.refresh_from_db()
    assert desk.max_size == 40
