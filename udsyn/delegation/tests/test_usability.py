"""What looking at the desk as its users do changed: the visitor's form and receipt, the coordinator going through
the waiting requests, the host planning a programme."""

import datetime as dt
import re

import pytest
from django.utils import timezone, translation

from udsyn.delegation import services
from udsyn.delegation.models import DelegationRequest, DelegationTheme, Status

from .conftest import accept, future, hold

pytestmark = pytest.mark.django_db


# -- the visitor ----------------------------------------------------------------------------------------------------

def test_the_english_form_lists_themes_in_english_order_and_asks_for_a_country(client, desk, themes):
    DelegationTheme.objects.create(desk=desk, name="Affald", name_en="Waste")
    page = client.get(f"/delegation/{desk.municipality.slug}/?lang=en").content.decode()
    labels = re.findall(r'name="themes" value="\d+"[^>]*>\s*([^<]+?)\s*</label>', page)
    assert labels == ["Climate adaptation", "Libraries", "Waste"]  # not Affald, Biblioteker, Klimatilpasning
    assert '<option value="" selected>Choose a country</option>' in page
    danish = client.get(f"/delegation/{desk.municipality.slug}/?lang=da").content.decode()
    assert re.findall(r'name="themes" value="\d+"[^>]*>\s*([^<]+?)\s*</label>', danish) == [
        "Affald", "Biblioteker", "Klimatilpasning"]


def test_the_error_summary_links_to_each_field_to_correct(client, submit):
    response = submit(size="", consent=None)
    assert response.status_code == 400
    summary = response.content.decode().split('class="error-summary"')[1].split("</div>")[0]
    assert '<a href="#id_size">Number of participants</a>: This field is required.' in summary
    assert '<a href="#id_consent">I agree</a>' in summary and "id_organisation_name" not in summary


def test_the_receipt_writes_its_dates_out_in_the_visitors_language(client, submit, desk):
    response = submit(preferred_start=future(40).isoformat(), preferred_end=future(40).isoformat())
    request = DelegationRequest.objects.get()
    page = client.get(response["Location"]).content.decode()
    day = future(40)
    assert f"{day.day} {day:%B} {day.year}" in page  # en_GB: 16 January 2027, one day, no period
    assert "<dt>Files</dt>" not in page and "0 files" not in page  # no files sent: no line saying "None"
    danish = client.get(response["Location"].replace("lang=en", "lang=da")).content.decode()
    with translation.override("da"):
        received = services.long_date(timezone.localdate(request.submitted_at))
    assert re.fullmatch(r"\d{1,2}\. [a-zæøå]+ \d{4}", received)  # 7. december 2026
    assert f"<dd>{received}</dd>" in danish and "<dt>Filer</dt>" not in danish


# -- the coordinator ------------------------------------------------------------------------------------------------

@pytest.fixture
def queue(submit, themes):
    """Three requests, oldest first: one accepted, two waiting."""
    for number in range(3):
        assert submit(address=f"198.51.100.{number}", themes=[themes[0].pk]).status_code == 302
    return list(DelegationRequest.objects.order_by("pk"))


def test_the_queue_shows_the_day_received_finds_a_number_and_filters_the_waiting(client, coordinator, department,
                                                                                 queue):
    accept(queue[0], coordinator, department, future(45))
    client.force_login(coordinator)
    page = client.get("/delegations/?waiting=true").content.decode()
    today = timezone.localdate()
    assert f"{today:%d.%m.%Y}" in page and f"{today:%d.%m.%Y} " not in page  # the day, not the minute
    assert page.count('href="/delegations/') - page.count('href="/delegations/new') >= 2
    assert f'href="/delegations/{queue[0].pk}/"' not in page  # decided: not waiting
    assert f'href="/delegations/{queue[1].pk}/"' in page
    found = client.get("/delegations/", {"q": queue[2].number.lower()}).content.decode()
    assert f'href="/delegations/{queue[2].pk}/"' in found and f'href="/delegations/{queue[1].pk}/"' not in found
    api = client.get("/api/v1/delegation-requests/", {"waiting": "false"}).json()
    assert [r["id"] for r in api["results"]] == [queue[0].pk]


def test_the_next_waiting_request_is_one_click_away(client, coordinator, department, queue):
    accept(queue[0], coordinator, department, future(45))
    client.force_login(coordinator)
    newest, middle = queue[2], queue[1]
    page = client.get(f"/delegations/{newest.pk}/").content.decode()
    assert f'href="/delegations/{middle.pk}/" rel="next"' in page
    page = client.get(f"/delegations/{middle.pk}/").content.decode()  # the last: back to the newest waiting
    assert f'href="/delegations/{newest.pk}/" rel="next"' in page


def test_the_decision_form_says_which_outcome_each_field_is_for(client, coordinator, queue, other_department):
    client.force_login(coordinator)
    page = client.get(f"/delegations/{queue[0].pk}/").content.decode()
    assert re.search(r'<select name="decline_reason"[^>]*data-outcomes="decline"', page)
    assert re.search(r'<input type="date" name="visit_start"[^>]*data-outcomes="accept"', page)
    assert re.search(r'<select name="department"[^>]*data-outcomes="accept refer"', page)
    assert "/static/delegation/decision.js" in page
    services.delegation_request_decide(request=queue[0], outcome="refer", expected_version=queue[0].version,
                                       acting_user=coordinator, department=other_department)
    referred = client.get(f"/delegations/{queue[0].pk}/").content.decode()
    assert re.search(r'name="outcome" value="accept"[^>]*checked', referred)  # the department decides now


def test_the_rows_written_when_a_request_came_name_the_form_as_their_source(client, coordinator, department, queue):
    accept(queue[0], coordinator, department, future(45))
    client.force_login(coordinator)
    page = client.get(f"/delegations/{queue[0].pk}/").content.decode()
    history = page.split('id="history-heading"')[1]
    assert history.count("Sendt af delegationen via den offentlige formular") == 2  # received, screened
    assert history.count("Indtastet manuelt") == 1  # the coordinator's decision


def test_a_decision_right_after_entering_is_not_part_of_the_receiving(client, coordinator, desk, department):
    request = services.delegation_request_enter(desk=desk, acting_user=coordinator, themes=[], attachments=[], data={
        "channel": "email", "language": "en", "submitted_at": timezone.now(), "organisation_name": "Oslo kommune",
        "country": "NO", "size": 4, "level": "professional", "wishes": "-", "preferred_start": future(40)})
    accept(request, coordinator, department, future(45))
    client.force_login(coordinator)
    history = client.get(f"/delegations/{request.pk}/").content.decode().split('id="history-heading"')[1]
    sources = re.findall(r"<td>([^<]*)</td>\s*</tr>", history)  # each row's last cell
    assert [s.strip() for s in sources[::-1]] == ["E-mail, indtastet af coordinator"] * 2 + ["Indtastet manuelt"]


# -- the host -------------------------------------------------------------------------------------------------------

@pytest.fixture
def host(department):
    from udsyn.organisations.models import Person

    return Person.objects.create(name="Bo Vært", email="bo@testkobing.dk", department=department)


def test_the_host_is_named_after_acceptance_with_history(client, owner, coordinator, department, queue, host):
    request = accept(queue[0], coordinator, department, future(45))
    client.force_login(owner)
    page = client.get(f"/delegations/{request.pk}/").content.decode()
    assert 'id="host-form-host"' in page and page.count('id="id_host"') == 1  # the item form's own host field
    assert client.post(f"/delegations/{request.pk}/host/", {"version": request.version,
                                                             "host": host.pk}).status_code == 302
    request.refresh_from_db()
    assert request.host == host and request.history.latest().history_change_reason == "Vært: Bo Vært"
    assert request.history.latest().history_user == owner
    page = client.get(f"/delegations/{request.pk}/").content.decode()
    assert re.search(rf'<select name="host" id="id_host">.*?<option value="{host.pk}" selected>', page, re.S)


def test_a_held_visit_keeps_its_host(coordinator, department, queue, host):
    request = accept(queue[0], coordinator, department)
    request = hold(request, coordinator, 8)
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.delegation_request_host(request=request, host=host, expected_version=request.version,
                                         acting_user=coordinator)


def test_the_next_item_starts_where_the_last_one_ended(client, owner, coordinator, department, queue):
    day = future(45)
    request = accept(queue[0], coordinator, department, day)
    client.force_login(owner)
    page = client.get(f"/delegations/{request.pk}/").content.decode()
    assert f'name="day" value="{day.isoformat()}"' in page and 'name="start" value' not in page
    zone = timezone.get_current_timezone()
    services.agenda_item_save(request=request, acting_user=owner, data={
        "topic": "Velkomst", "place": "Rådhuset", "starts_at": dt.datetime.combine(day, dt.time(9), tzinfo=zone),
        "ends_at": dt.datetime.combine(day, dt.time(10, 30), tzinfo=zone)})
    page = client.get(f"/delegations/{request.pk}/").content.decode()
    assert 'name="start" value="10:30"' in page and 'name="end" value="11:30"' in page


def test_the_held_form_waits_for_the_day_of_the_visit(client, owner, coordinator, department, queue):
    coming = accept(queue[0], coordinator, department, future(45))
    today = accept(queue[1], coordinator, department)
    client.force_login(owner)
    page = client.get(f"/delegations/{coming.pk}/").content.decode()
    assert f'action="/delegations/{coming.pk}/held/"' not in page and "registrerer du her, hvor mange" in page
    assert f'action="/delegations/{today.pk}/held/"' in client.get(f"/delegations/{today.pk}/").content.decode()


def test_unsent_letters_on_one_page_have_ids_of_their_own(client, coordinator, department, queue):
    request = accept(queue[0], coordinator, department, future(45))
    services.letter_draft(request=request, kind="decline", acting_user=coordinator)  # two drafts on one page
    client.force_login(coordinator)
    page = client.get(f"/delegations/{request.pk}/").content.decode()
    ids = re.findall(r'id="(letter-\d+-body)"', page)
    assert len(ids) == 2 and len(set(ids)) == 2 and 'id="id_body"' not in page


def test_a_cancelled_visits_unsent_welcome_is_withdrawn_but_a_sent_one_stays(client, coordinator, department,
                                                                              queue):
    unsent = accept(queue[0], coordinator, department, future(45))
    services.delegation_request_cancel(request=unsent, reason="host", expected_version=unsent.version,
                                       acting_user=coordinator)
    assert list(unsent.letters.values_list("kind", flat=True)) == ["cancel"]
    deleted = unsent.letters.model.history.get(kind="accept", history_type="-")
    assert deleted.history_user == coordinator
    sent = accept(queue[1], coordinator, department, future(45))
    welcome = sent.letters.get()
    services.letter_send(letter=welcome, subject=welcome.subject, body=welcome.body, recipient=welcome.recipient,
                         acting_user=coordinator)
    sent.refresh_from_db()
    services.delegation_request_cancel(request=sent, reason="delegation", expected_version=sent.version,
                                       acting_user=coordinator)
    assert sorted(sent.letters.values_list("kind", flat=True)) == ["accept", "cancel"]
    assert DelegationRequest.objects.get(pk=sent.pk).status == Status.CANCELLED


# -- walking the demo desk as a coordinator (December 2026) -----------------------------------------------------------

def test_the_request_page_gives_the_time_received_in_the_municipalitys_time_zone(client, coordinator, queue):
    # 9.30 UTC on a winter day is 10.30 in Copenhagen, as the history below the details says too
    received = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    DelegationRequest.objects.filter(pk=queue[0].pk).update(submitted_at=received)
    client.force_login(coordinator)
    page = client.get(f"/delegations/{queue[0].pk}/").content.decode()
    assert "2. marts 2026 10:30" in page and "2. marts 2026 09:30" not in page


def test_a_suggestion_to_refer_names_the_department(client, coordinator, submit, themes, other_department):
    assert submit(themes=[themes[1].pk]).status_code == 302  # libraries: hosted by the culture department
    request = DelegationRequest.objects.get()
    assert (request.suggestion, request.suggested_department) == ("refer", other_department)
    client.force_login(coordinator)
    page = client.get(f"/delegations/{request.pk}/").content.decode()
    assert f"<strong>Henvis til en forvaltning: {other_department.name}</strong>" in page


def test_a_visit_marked_held_too_early_is_refused_with_the_day_written_out(coordinator, department, queue):
    request = accept(queue[0], coordinator, department, dt.date(2099, 1, 16))
    with translation.override("da"), pytest.raises(Exception, match="Besøget er den 16. januar 2099"):
        hold(request, coordinator, participants=5)


def test_the_rules_page_says_which_countries_need_a_decision(client, desk, coordinator):
    from udsyn.core.services import record_update

    client.force_login(coordinator)
    assert "Ingen valgt nu." in client.get(f"/delegations/desk/{desk.pk}/rules/").content.decode()
    record_update(record=desk, data={"decision_countries": ["CN", "RU"]}, expected_version=desk.version,
                  acting_user=coordinator)
    page = client.get(f"/delegations/desk/{desk.pk}/rules/").content.decode()
    assert "Valgt nu: Kina, Rusland." in page


def test_chart_labels_fit_left_of_the_bars_and_long_ones_are_named_in_full(client, coordinator, submit, themes):
    from udsyn.delegation.stats import LABEL_SIZE, LABEL_WIDTH, fitted_label
    from udsyn.reports.fonts import text_width

    long_name = "Beskæftigelses- og Integrationsforvaltningen, Jobcenter København"
    short = fitted_label(long_name)
    assert short.endswith("…") and long_name.startswith(short[:-1])
    assert text_width(short, LABEL_SIZE) <= LABEL_WIDTH - 8
    assert fitted_label("Klimatilpasning og skybrud") == "Klimatilpasning og skybrud"  # was cut to 22 letters
    DelegationTheme.objects.filter(pk=themes[0].pk).update(name=long_name)
    submit(themes=[themes[0].pk])
    client.force_login(coordinator)
    page = client.get("/delegations/statistics/").content.decode()
    assert f"<title>{long_name}</title>{short}</text>" in page
