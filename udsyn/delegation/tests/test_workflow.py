"""From a screened request to a held, followed-up visit: decisions (accept, decline, refer), the register's visit,
letters by e-mail in the request's language, the programme and its PDF, Word and iCalendar files."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.utils import timezone

from udsyn.core.services import record_create
from udsyn.delegation.models import DelegationRequest, Letter, Status
from udsyn.visits.models import Visit

from .conftest import future

pytestmark = pytest.mark.django_db


@pytest.fixture
def received(submit, themes):
    def make(**changes):
        changes.setdefault("themes", [themes[0].pk])
        assert submit(**changes).status_code == 302
        return DelegationRequest.objects.order_by("-pk").first()

    return make


@pytest.fixture
def host(department):
    from udsyn.organisations.models import Person

    return Person.objects.create(name="Bo Vært", title="Chief engineer", email="bo@testkobing.dk",
                                 department=department)


def decide(client, request, **data):
    return client.post(f"/delegations/{request.pk}/decide/", {"version": request.version, **data})


def test_accepting_registers_the_visit_and_drafts_a_letter_in_the_request_language(client, coordinator, received,
                                                                                   host, department):
    request = received()
    client.force_login(coordinator)
    day = future(45)
    response = decide(client, request, outcome="accept", department=department.pk, host=host.pk,
                      visit_start=day.isoformat())
    assert response.status_code == 302
    request.refresh_from_db()
    assert (request.status, request.decision, request.host, request.decided_by) == (
        Status.ACCEPTED, "accept", host, coordinator)
    visit = request.visit
    assert (visit.direction, visit.status, visit.start, visit.size, visit.department) == (
        "incoming", "confirmed", day, 12, department)
    assert visit.city.name == "Hamburg" and visit.organisation.name == "Hamburg Behörde für Umwelt"
    assert visit.theme == "Klimatilpasning"
    assert client.get("/visits/").content.decode().count(f"/visits/{visit.pk}/") >= 1  # counted like any visit
    letter = Letter.objects.get(request=request)
    assert letter.kind == "accept" and letter.language == "en" and letter.sent_at is None
    assert letter.recipient == "anna.schmidt@example.org"
    assert "Dear Anna Schmidt," in letter.body and "Bo Vært of Teknik- og Miljøforvaltningen" in letter.body
    assert f"on {day.day} " in letter.subject


def test_declining_drafts_a_polite_letter_that_is_edited_sent_and_kept(client, coordinator, received):
    request = received(preferred_start=future(5).isoformat(), preferred_end=future(8).isoformat())
    assert request.suggestion == "decline"
    client.force_login(coordinator)
    assert decide(client, request, outcome="decline").status_code == 302
    request.refresh_from_db()
    assert (request.status, request.decline_reason, request.visit) == (Status.DECLINED, "lead_time", None)
    letter = Letter.objects.get(request=request)
    assert letter.kind == "decline"
    assert "we regret that we are not able to receive your delegation" in letter.body
    assert "at least 21 days' notice" in letter.body
    body = letter.body.replace("for a later visit.", "for a later visit, for instance in the spring.")
    response = client.post(f"/delegations/{request.pk}/letters/{letter.pk}/send/",
                           {"recipient": letter.recipient, "subject": letter.subject, "body": body})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna.schmidt@example.org"] and message.from_email == "delegations@testkobing.dk"
    assert message.reply_to == ["delegations@testkobing.dk"]
    assert "for instance in the spring" in message.body and message.subject.startswith("Your request to visit")
    letter.refresh_from_db()
    assert letter.sent_at is not None and letter.sent_by == coordinator and "spring" in letter.body
    again = client.post(f"/delegations/{request.pk}/letters/{letter.pk}/send/",
                        {"recipient": letter.recipient, "subject": letter.subject, "body": body}, follow=True)
    assert len(mail.outbox) == 1 and "Dette brev er allerede sendt." in again.content.decode()


def test_a_danish_request_gets_its_letter_in_danish(client, coordinator, received):
    request = received(language="da", size="80")
    client.force_login(coordinator)
    assert decide(client, request, outcome="decline").status_code == 302
    letter = Letter.objects.get(request=request)
    assert (letter.language, DelegationRequest.objects.get().decline_reason) == ("da", "size")
    assert letter.body.startswith("Kære Anna Schmidt")
    assert "vi beklager, at vi ikke kan tage imod jeres delegation" in letter.body
    assert "grupper på 2 til 30 personer" in letter.body
    assert letter.subject.startswith("Jeres henvendelse om et besøg i Testkøbing Kommune")


def test_referring_moves_the_request_to_the_department_queue(client, coordinator, owner, outsider, received,
                                                             other_department):
    request = received()
    client.force_login(coordinator)
    assert decide(client, request, outcome="refer", department=other_department.pk).status_code == 302
    request.refresh_from_db()
    assert (request.status, request.department) == (Status.REFERRED, other_department)
    client.force_login(owner)  # the desk's department no longer has it
    assert client.get(f"/delegations/{request.pk}/").status_code == 404
    client.force_login(outsider)  # the culture department decides now
    assert client.get(f"/delegations/{request.pk}/").status_code == 200
    assert decide(client, request, outcome="accept", department=other_department.pk,
                  visit_start=future(50).isoformat()).status_code == 302
    assert DelegationRequest.objects.get().visit.department == other_department


def test_a_decision_on_a_stale_page_is_refused(client, coordinator, received, department):
    request = received()
    client.force_login(coordinator)
    stale = request.version
    assert client.post(f"/delegations/{request.pk}/screen/", {"version": stale}).status_code == 302
    response = client.post(f"/delegations/{request.pk}/decide/", {"version": stale, "outcome": "accept",
                                                                  "department": department.pk,
                                                                  "visit_start": future(45).isoformat()},
                           follow=True)
    assert "En anden har ændret henvendelsen" in response.content.decode()
    assert DelegationRequest.objects.get().status == Status.SCREENED and not Visit.objects.exists()


def test_a_decision_form_with_errors_comes_back_with_what_was_typed(client, coordinator, received):
    request = received()
    client.force_login(coordinator)
    response = decide(client, request, outcome="refer", note="Ask the culture department first")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Vælg den forvaltning, henvendelsen skal henvises til." in page
    assert "Ask the culture department first" in page


@pytest.fixture
def accepted(client, coordinator, received, host, department):
    """An accepted request whose visit is today (so it can be held), seen by its host department's editor."""
    request = received(preferred_start=future(30).isoformat())
    client.force_login(coordinator)
    assert decide(client, request, outcome="accept", department=department.pk, host=host.pk,
                  visit_start=timezone.localdate().isoformat()).status_code == 302
    request.refresh_from_db()
    return request


def add_item(client, request, **data):
    values = {"day": timezone.localdate().isoformat(), "start": "10:00", "end": "11:30",
              "topic": "Skybrudssikring i Skt. Kjelds Kvarter", "place": "Rådhuset, mødelokale 1"}
    values.update(data)
    return client.post(f"/delegations/{request.pk}/programme/add/", values)


def test_the_host_plans_the_programme_and_downloads_it_as_pdf_word_and_icalendar(client, owner, accepted, host):
    client.force_login(owner)  # an editor of the host department
    assert add_item(client, accepted, host=host.pk, notes="Walk with the climate team").status_code == 302
    assert add_item(client, accepted, start="12:00", end="13:00", topic="Lunch; questions, answers",
                    place="Kantinen").status_code == 302
    assert client.post(f"/delegations/{accepted.pk}/plan/", {"version": accepted.version}).status_code == 302
    accepted.refresh_from_db()
    assert accepted.status == Status.PLANNED

    pdf = client.get(f"/delegations/{accepted.pk}/programme.pdf?lang=en")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages).split())
    assert "Programme for the visit of Hamburg Behörde für Umwelt" in text
    assert "10.00–11.30" in text and "Skybrudssikring" in text and "Bo Vært" in text

    docx = client.get(f"/delegations/{accepted.pk}/programme.docx")
    from docx import Document

    document = Document(io.BytesIO(docx.content))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert document.paragraphs[0].text == "Program for besøget fra Hamburg Behörde für Umwelt"
    assert "12.00–13.00" in cells and "Kantinen" in cells

    ics = client.get(f"/delegations/{accepted.pk}/programme.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    body = ics.content.decode()
    assert body.count("BEGIN:VEVENT") == 2 and body.endswith("END:VCALENDAR\r\n")
    assert "ATTENDEE;CN=\"Bo Vært\";ROLE=REQ-PARTICIPANT:mailto:bo@testkobing.dk" in body.replace("\r\n ", "")
    assert "SUMMARY:Lunch\\; questions\\, answers – Hamburg Behörde für Umwelt" in body.replace("\r\n ", "")
    start = timezone.localtime().replace(hour=10, minute=0, second=0, microsecond=0)
    assert f"DTSTART:{start.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_a_programme_item_must_end_after_it_starts(client, owner, accepted):
    client.force_login(owner)
    response = add_item(client, accepted, start="14:00", end="13:00")
    assert response.status_code == 400 and "Punktet skal slutte, efter det begynder." in response.content.decode()
    assert not accepted.agenda.exists()


def test_a_presentation_that_is_not_a_presentation_is_refused(client, owner, accepted):
    client.force_login(owner)
    fake = io.BytesIO(b"#!/bin/sh\necho hello\n")
    fake.name = "slides.pptx"
    response = add_item(client, accepted, presentation=fake)
    assert response.status_code == 400
    assert "“slides.pptx” er ikke en fil af en type, vi modtager" in response.content.decode()


def test_the_held_visit_counts_participants_and_the_follow_up_links_what_it_led_to(client, owner, accepted,
                                                                                  department):
    from udsyn.visits.models import Event

    client.force_login(owner)
    assert client.post(f"/delegations/{accepted.pk}/held/", {"version": accepted.version,
                                                             "participants": 11}).status_code == 302
    accepted.refresh_from_db()
    assert (accepted.status, accepted.participants) == (Status.HELD, 11)
    assert (accepted.visit.status, accepted.visit.size) == ("held", 11)
    event = record_create(model=Event, acting_user=owner, data={
        "department": department, "name": "Skybrudsseminar i Hamborg", "date": future(90)})
    response = client.post(f"/delegations/{accepted.pk}/follow-up/", {
        "version": accepted.version, "note": "They invited us to a seminar on cloudbursts.", "event": event.pk})
    assert response.status_code == 302
    accepted.refresh_from_db()
    assert (accepted.status, accepted.led_to_event) == (Status.FOLLOWED_UP, event)
    page = client.get(f"/delegations/{accepted.pk}/").content.decode()
    assert f"/visits/events/{event.pk}/" in page and "invited us to a seminar" in page


def test_a_visit_cannot_be_marked_held_before_its_day(client, coordinator, received, department):
    request = received()
    client.force_login(coordinator)
    decide(client, request, outcome="accept", department=department.pk, visit_start=future(45).isoformat())
    request.refresh_from_db()
    response = client.post(f"/delegations/{request.pk}/held/", {"version": request.version, "participants": 9},
                           follow=True)
    assert "det kan markeres som gennemført fra den dag" in response.content.decode()
    assert DelegationRequest.objects.get().status == Status.ACCEPTED


def test_declining_an_accepted_request_cancels_its_visit(client, coordinator, accepted):
    client.force_login(coordinator)
    assert decide(client, accepted, outcome="decline", decline_reason="capacity").status_code == 302
    accepted.refresh_from_db()
    assert (accepted.status, accepted.visit.status) == (Status.DECLINED, "cancelled")
    assert "fully booked" in Letter.objects.get(request=accepted, kind="decline").body
