"""Building a strategy through the pages: strategy, theme, goal, indicator. Parts take their parent's department."""

import pytest

from udsyn.strategies.models import Goal, Indicator, Strategy, Theme


@pytest.mark.django_db
def test_owner_builds_a_strategy_in_own_department(client, owner, department):
    client.force_login(owner)
    response = client.post("/strategies/add/", {"name": "Erhvervsstrategi 2030", "department": department.pk,
                                                "adopted_on": "2022-06-20", "horizon_year": "2030"})
    strategy = Strategy.objects.get()
    assert response["Location"] == f"/strategies/{strategy.pk}/"
    assert f'href="/strategies/{strategy.pk}/themes/add/"' in client.get(response["Location"]).content.decode()

    form = client.get(f"/strategies/{strategy.pk}/themes/add/").content.decode()
    assert 'name="number" value="1"' in form  # the next number is proposed
    response = client.post(f"/strategies/{strategy.pk}/themes/add/", {"number": "1", "name": "Besøg"})
    theme = Theme.objects.get()
    assert response["Location"] == f"/strategies/{strategy.pk}/#theme-{theme.pk}"
    assert f'href="/strategies/themes/{theme.pk}/goals/add/"' in client.get(response["Location"]).content.decode()

    response = client.post(f"/strategies/themes/{theme.pk}/goals/add/", {"text": "Flere konferencer"})
    goal = Goal.objects.get()
    assert response["Location"] == f"/strategies/{strategy.pk}/#goal-{goal.pk}"

    response = client.post(f"/strategies/goals/{goal.pk}/indicators/add/", {
        "name": "Internationale konferencer", "unit": "konferencer", "baseline": "5", "baseline_year": "2022",
        "target": "15", "deadline": "2026-12-31", "direction": "increase"})
    indicator = Indicator.objects.get()
    assert response["Location"] == f"/strategies/indicators/{indicator.pk}/"
    assert (theme.strategy, goal.theme, indicator.goal) == (strategy, theme, goal)
    for part in (theme, goal, indicator):
        assert part.department == department  # from the parent: no department was sent
        assert part.history.get().history_user == owner


@pytest.mark.django_db
def test_department_defaults_to_the_parents_not_the_users(client, coordinator, make, outsider, other_department):
    from udsyn.strategies.models import Strategy

    theirs = make(Strategy, user=outsider, name="Kulturstrategi")
    client.force_login(coordinator)  # a coordinator of the owner's department may change every department's records
    form = client.get(f"/strategies/{theirs.pk}/themes/add/").content.decode()
    assert f'<option value="{other_department.pk}" selected>' in form
    response = client.post(f"/strategies/{theirs.pk}/themes/add/", {"number": "1", "name": "Kulturarv",
                                                                    "department": ""})
    assert response.status_code == 302
    assert Theme.objects.get().department == other_department


@pytest.mark.django_db
def test_owner_edits_and_deletes_a_goal(client, owner, goal, department):
    client.force_login(owner)
    response = client.post(f"/strategies/goals/{goal.pk}/edit/", {"text": "Flere og større konferencer",
                                                                  "department": department.pk, "version": "1"})
    assert response.status_code == 302
    goal.refresh_from_db()
    assert (goal.text, goal.version) == ("Flere og større konferencer", 2)
    page = client.get(f"/strategies/goals/{goal.pk}/").content.decode()
    assert "<ins>Flere og større konferencer</ins>" in page  # the goal's own history
    response = client.post(f"/strategies/goals/{goal.pk}/delete/", {"version": "2"})
    assert response["Location"] == f"/strategies/{goal.theme.strategy_id}/#theme-{goal.theme_id}"
    assert not Goal.objects.exists()


@pytest.mark.django_db
def test_indicator_without_target_is_refused(client, owner, goal):
    client.force_login(owner)
    response = client.post(f"/strategies/goals/{goal.pk}/indicators/add/", {
        "name": "Besøgende", "unit": "personer", "deadline": "2026-12-31", "direction": "increase"})
    assert response.status_code == 400
    assert 'id="id_target_error"' in response.content.decode()
    assert not Indicator.objects.exists()
