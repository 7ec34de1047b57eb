"""The screening rules: each rule's verdict and the suggestion, by example and, with hypothesis, over many dates,
sizes, closed periods and loads; and a coordinator who changes a rule in the web app sees the next suggestion
change."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from udsyn.delegation.screening import Application, Blackout, Capacity, Load, Rules, reason_text, screen

DESK, TECHNICAL, CULTURE = 1, 2, 3
CLIMATE, LIBRARIES = 10, 11
DAY = dt.date(2026, 3, 2)  # a Monday


def rules(**changes) -> Rules:
    values = {"desk_department": DESK, "min_lead_days": 21, "min_size": 2, "max_size": 30,
              "offered_themes": frozenset({CLIMATE, LIBRARIES}),
              "theme_departments": {CLIMATE: DESK, LIBRARIES: CULTURE}}
    values.update(changes)
    return Rules(**values)


def application(start_in: int = 40, length: int = 0, **changes) -> Application:
    values = {"received": DAY, "size": 12, "level": "professional", "country": "DE",
              "themes": frozenset({CLIMATE}), "preferred_start": DAY + dt.timedelta(days=start_in),
              "preferred_end": DAY + dt.timedelta(days=start_in + length)}
    values.update(changes)
    return Application(**values)


def verdicts(suggestion) -> dict[str, bool | None]:
    return {r.rule: r.ok for r in suggestion.reasons}


# -- each rule, by example ----------------------------------------------------------------------------------------

def test_a_request_within_every_rule_is_accepted_on_its_first_day():
    suggestion = screen(application(), rules())
    assert suggestion.outcome == "accept" and suggestion.failed() == []
    assert suggestion.date == DAY + dt.timedelta(days=40) and suggestion.department == DESK


def test_too_short_notice_is_declined_and_a_period_reaching_past_it_starts_when_notice_allows():
    assert screen(application(start_in=10), rules()).failed() == ["lead_time"]
    assert screen(application(start_in=10), rules()).outcome == "decline"
    reaching = screen(application(start_in=10, length=15), rules())
    assert reaching.outcome == "accept" and reaching.date == DAY + dt.timedelta(days=21)


@pytest.mark.parametrize("size, ok", [(1, False), (2, True), (30, True), (31, False)])
def test_group_size_within_the_range(size, ok):
    suggestion = screen(application(size=size), rules())
    assert verdicts(suggestion)["size"] is ok
    assert (suggestion.outcome == "decline") is (not ok)


def test_levels_not_accepted_are_declined_and_no_list_accepts_all():
    public_only = rules(accepted_levels=frozenset({"political", "management"}))
    assert screen(application(level="students"), public_only).failed() == ["level"]
    assert verdicts(screen(application(level="students"), rules()))["level"] is True


def test_a_request_for_no_offered_theme_is_declined():
    suggestion = screen(application(themes=frozenset({99})), rules())
    assert suggestion.failed() == ["theme"]
    assert verdicts(screen(application(themes=frozenset()), rules(offered_themes=frozenset())))["theme"] is True


def test_closed_periods_remove_days_and_decline_when_nothing_is_left():
    window = application(start_in=40, length=6)
    summer = Blackout(DAY + dt.timedelta(days=38), DAY + dt.timedelta(days=50), "Sommerferie")
    closed = screen(window, rules(blackouts=(summer,)))
    assert closed.failed() == ["blackout"] and closed.date is None
    partly = Blackout(DAY + dt.timedelta(days=38), DAY + dt.timedelta(days=42), "Valg")
    open_later = screen(window, rules(blackouts=(partly,)))
    assert open_later.outcome == "accept" and open_later.date == DAY + dt.timedelta(days=43)
    assert [r.params for r in open_later.reasons if r.rule == "blackout"] == [{"periods": ["Valg"]}]


def test_a_full_week_moves_the_date_and_a_full_period_declines():
    load = Load()
    start = DAY + dt.timedelta(days=42)  # a Monday
    for _n in range(2):
        load.add(DESK, start)
    weekly = rules(capacities={DESK: Capacity(per_week=2)})
    moved = screen(application(start_in=42, length=10), weekly, load)
    assert moved.outcome == "accept" and moved.date == start + dt.timedelta(days=7)  # next Monday
    full = screen(application(start_in=42, length=3), weekly, load)
    assert full.failed() == ["capacity"]
    monthly = rules(capacities={DESK: Capacity(per_month=2)})
    assert screen(application(start_in=42, length=3), monthly, load).failed() == ["capacity"]


def test_capacity_is_the_host_department_s():
    load = Load()
    load.add(DESK, DAY + dt.timedelta(days=40))
    suggestion = screen(application(themes=frozenset({LIBRARIES})), rules(capacities={DESK: Capacity(per_week=1)}),
                        load)
    assert suggestion.outcome == "refer" and suggestion.department == CULTURE  # the culture department has room


def test_a_country_on_the_list_needs_a_decision_unless_a_rule_declines():
    listed = rules(decision_countries=frozenset({"DE"}))
    assert screen(application(), listed).outcome == "decision"
    assert screen(application(size=80), listed).outcome == "decline"


def test_a_theme_hosted_elsewhere_is_referred_there():
    suggestion = screen(application(themes=frozenset({LIBRARIES})), rules())
    assert (suggestion.outcome, suggestion.department) == ("refer", CULTURE)


def test_rules_after_a_rule_that_left_no_day_are_not_checked():
    suggestion = screen(application(start_in=5), rules(capacities={DESK: Capacity(per_week=1)}))
    assert verdicts(suggestion) == {"lead_time": False, "blackout": None, "capacity": None, "size": True,
                                    "level": True, "theme": True, "country": True}


def test_every_reason_reads_as_a_sentence_in_both_languages():
    from django.utils import translation

    suggestion = screen(application(start_in=10, size=80), rules(capacities={DESK: Capacity(per_week=1)}))
    for language in ("da", "en"):
        with translation.override(language):
            texts = [reason_text(r.as_json(), {"departments": {DESK: "Desk"}}) for r in suggestion.reasons]
        assert all(text and "%(" not in text for text in texts)
    with translation.override("en"):
        assert reason_text(suggestion.reasons[0].as_json()).startswith("Too short notice")
    with translation.override("da"):
        assert reason_text(suggestion.reasons[0].as_json()).startswith("For kort varsel")


# -- the same rules over many cases -------------------------------------------------------------------------------

days = st.integers(min_value=0, max_value=200)


@st.composite
def cases(draw):
    blackouts = tuple(
        Blackout(DAY + dt.timedelta(days=a), DAY + dt.timedelta(days=a + n), "closed")
        for a, n in draw(st.lists(st.tuples(days, st.integers(0, 30)), max_size=3)))
    low = draw(st.integers(1, 20))
    the_rules = rules(min_lead_days=draw(st.integers(0, 90)), min_size=low,
                      max_size=draw(st.none() | st.integers(low, 60)), blackouts=blackouts,
                      capacities={DESK: Capacity(draw(st.none() | st.integers(0, 3)),
                                                 draw(st.none() | st.integers(0, 8)))})
    load = Load()
    for offset in draw(st.lists(days, max_size=15)):
        load.add(DESK, DAY + dt.timedelta(days=offset))
    the_application = application(start_in=draw(days), length=draw(st.integers(0, 45)),
                                  size=draw(st.integers(1, 80)))
    return the_application, the_rules, load


@settings(max_examples=300, deadline=None)
@given(cases())
def test_a_suggested_date_keeps_every_rule(case):
    app, the_rules, load = case
    suggestion = screen(app, the_rules, load)
    assert (suggestion.outcome == "decline") == bool(suggestion.failed())
    if suggestion.outcome != "decline":
        day = suggestion.date
        assert app.preferred_start <= day <= app.preferred_end
        assert (day - app.received).days >= the_rules.min_lead_days
        assert not any(b.covers(day) for b in the_rules.blackouts)
        assert load.has_room(DESK, day, the_rules.capacities[DESK])


@settings(max_examples=300, deadline=None)
@given(cases())
def test_size_and_lead_time_verdicts_follow_their_rule(case):
    app, the_rules, load = case
    found = verdicts(screen(app, the_rules, load))
    within = the_rules.min_size <= app.size and (the_rules.max_size is None or app.size <= the_rules.max_size)
    assert found["size"] is within
    assert found["lead_time"] is ((app.preferred_end - app.received).days >= the_rules.min_lead_days)


@settings(max_examples=200, deadline=None)
@given(cases(), st.lists(days, min_size=1, max_size=10))
def test_more_visits_never_turn_a_decline_into_an_acceptance(case, extra):
    app, the_rules, load = case
    before = screen(app, the_rules, load)
    busier = Load(weeks=load.weeks.copy(), months=load.months.copy())
    for offset in extra:
        busier.add(DESK, DAY + dt.timedelta(days=offset))
    after = screen(app, the_rules, busier)
    if before.outcome == "decline":
        assert after.outcome == "decline"
    if after.date is not None and before.date is not None:
        assert after.date >= before.date  # a busier calendar only pushes the date later


# -- each rule's suggestion and the reasons a coordinator reads ---------------------------------------------------

NAMES = {"departments": {DESK: "Teknik- og Miljøforvaltningen", CULTURE: "Kultur- og Fritidsforvaltningen"},
         "themes": {CLIMATE: "Klimatilpasning", LIBRARIES: "Biblioteker"},
         "levels": {"professional": "Fagligt", "students": "Studerende", "political": "Politisk",
                    "management": "Ledelse"},
         "countries": {"DE": "Tyskland"}}
SUMMER = Blackout(DAY + dt.timedelta(days=38), DAY + dt.timedelta(days=50), "Sommerferie")
ELECTION = Blackout(DAY + dt.timedelta(days=38), DAY + dt.timedelta(days=42), "Valg")


def busy_week() -> Load:
    load = Load()
    for _n in range(2):
        load.add(DESK, DAY + dt.timedelta(days=42))
    return load


@pytest.mark.parametrize("case, rule, outcome, text", [
    (lambda: (application(start_in=10), rules(), None), "lead_time", "decline",
     "For kort varsel: henvendelser skal komme 21 dage før besøget; den ønskede periode slutter før 23. marts 2026."),
    (lambda: (application(start_in=40), rules(), None), "lead_time", "accept",
     "Mindst 21 dages varsel: den første ønskede dag er 40 dage efter henvendelsen."),
    (lambda: (application(start_in=10, length=15), rules(), None), "lead_time", "accept",
     "Mindst 21 dages varsel: den ønskede periode når til 23. marts 2026, den første dag, varslet tillader."),
    (lambda: (application(start_in=40, length=6), rules(blackouts=(SUMMER,)), None), "blackout", "decline",
     "Alle mulige dage i den ønskede periode er lukkede (Sommerferie)."),
    (lambda: (application(start_in=40, length=6), rules(blackouts=(ELECTION,)), None), "blackout", "accept",
     "En del af den ønskede periode er lukket (Valg); andre dage er åbne."),
    (lambda: (application(start_in=42, length=3), rules(capacities={DESK: Capacity(per_week=2)}), busy_week()),
     "capacity", "decline",
     "Teknik- og Miljøforvaltningen er fuldt booket i den ønskede periode (2 besøg om ugen)."),
    (lambda: (application(start_in=42, length=10), rules(capacities={DESK: Capacity(per_week=2)}), busy_week()),
     "capacity", "accept", "Teknik- og Miljøforvaltningen har plads i perioden (2 besøg om ugen)."),
    (lambda: (application(size=35), rules(), None), "size", "decline",
     "35 deltagere: der modtages grupper på 2 til 30 deltagere."),
    (lambda: (application(size=30), rules(), None), "size", "accept", "30 deltagere: inden for 2 til 30 deltagere."),
    (lambda: (application(level="students"), rules(accepted_levels=frozenset({"political", "management"})), None),
     "level", "decline", "Delegationer på niveauet Studerende modtages ikke (der modtages: Ledelse, Politisk)."),
    (lambda: (application(themes=frozenset({99})), rules(), None), "theme", "decline",
     "Ingen af de ønskede temaer tilbydes."),
    (lambda: (application(themes=frozenset({LIBRARIES})), rules(), None), "theme", "refer",
     "Temaer, der tilbydes: Biblioteker."),
    (lambda: (application(), rules(decision_countries=frozenset({"DE"})), None), "country", "decision",
     "Henvendelser fra Tyskland kræver en ledelsesbeslutning."),
    (lambda: (application(), rules(), None), "country", "accept", "Tyskland kræver ingen ledelsesbeslutning."),
], ids=["short notice", "notice kept", "period reaching past the notice", "closed", "partly closed",
        "fully booked", "room the week after", "group too large", "largest group", "level not received",
        "no theme offered", "theme hosted elsewhere", "country needs a decision", "country needs none"])
def test_each_rule_suggests_its_outcome_and_says_why_in_danish(case, rule, outcome, text):
    from django.utils import translation

    app, the_rules, load = case()
    suggestion = screen(app, the_rules, load)
    assert suggestion.outcome == outcome
    reason = next(r for r in suggestion.reasons if r.rule == rule)
    assert reason.ok is (outcome != "decline")  # the rule under test is the one that declines, or it passes
    assert suggestion.failed() == ([rule] if outcome == "decline" else [])
    with translation.override("da"):
        assert reason_text(reason.as_json(), NAMES) == text
