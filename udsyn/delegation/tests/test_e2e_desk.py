"""End to end in a real headless Chromium, with no step outside udsyn: a foreign visitor asks for a visit on the
public form (in English), the coordinator screens and accepts it and sends the letter, the host plans the programme
and downloads it as PDF and iCalendar; on the day after the visit the host registers it as held, and the
coordinator finds it counted on the statistics page and in the mapping and results reports made on the reports page.
Screenshots of each step land in test-artifacts/."""

import datetime as dt
import io
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from conftest import log_in, save_screenshot
from udsyn.delegation.models import DelegationRequest, Status
from udsyn.organisations.models import Person

WAIT = 120_000  # ms: a report is made on a machine shared with other work; wait for it, generously


def text_of_pdf(content: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages).split())


@pytest.mark.e2e
def test_from_the_public_form_to_a_held_visit_counted_in_statistics_and_reports(
        transactional_db, browser, live_server, page, desk, themes, coordinator, owner, department, private_files,
        tmp_path):
    host = Person.objects.create(name="Bo Vært", title="Chief engineer", email="bo@testkobing.dk",
                                 department=department)
    day = timezone.localdate() + dt.timedelta(days=35)

    # A foreign visitor, with an English browser, on the municipality's English page.
    visitor = browser.new_context(base_url=live_server.url, locale="en-GB", viewport={"width": 390, "height": 844})
    public = visitor.new_page()
    public.goto(f"/delegation/{desk.municipality.slug}/?lang=en")
    expect(public.get_by_role("heading", level=1)).to_have_text("Request a visit to Testkøbing Kommune")
    public.locator("#id_organisation_name").fill("Göteborgs Stad, Stadsbyggnadskontoret")
    public.get_by_label("Kind of organisation").select_option("municipality")
    public.get_by_label("Country").select_option("SE")
    public.get_by_label("City").fill("Göteborg")
    public.get_by_label("Number of participants").fill("9")
    public.get_by_label("Professional").check()
    public.get_by_label("Climate adaptation").check()
    public.get_by_label("What do you hope to learn?").fill("Cloudburst plans and how the streets carry water.")
    public.get_by_label("Earliest date").fill(day.isoformat())
    public.get_by_label("Name").fill("Karin Lind")
    public.get_by_label("E-mail").fill("karin.lind@example.se")
    public.get_by_label("I agree").check()
    save_screenshot(public, "delegation-form-en-390")
    public.get_by_role("button", name="Send the request").click()
    expect(public.get_by_role("heading", level=1)).to_have_text("Thank you for your request")
    request = DelegationRequest.objects.get()
    expect(public.locator(".receipt")).to_contain_text(request.number)
    save_screenshot(public, "delegation-receipt-en-390")
    visitor.close()
    assert request.suggestion == "accept" and request.language == "en"

    # The coordinator finds it in the queue, reads the suggestion and accepts it with a host.
    log_in(page, coordinator)
    page.locator("nav a[href='/delegations/']").click()
    page.get_by_role("link", name="Göteborgs Stad, Stadsbyggnadskontoret").click()
    expect(page.locator(".screening")).to_contain_text("Forslag")
    expect(page.locator(".screening li.failed")).to_have_count(0)
    page.locator("input[name=outcome][value=accept]").check()
    page.locator("#id_department").select_option(str(department.pk))
    page.locator("#id_host").select_option(str(host.pk))
    page.locator("#id_visit_start").fill(day.isoformat())
    save_screenshot(page, "delegation-decision-da")
    page.get_by_role("button", name="Gem beslutningen").click()
    expect(page.locator(".messages")).to_contain_text("Henvendelsen blev godkendt")
    expect(page.locator("#letters textarea")).to_contain_text("Dear Karin Lind,")
    page.get_by_role("button", name="Send brevet").click()
    expect(page.locator(".messages")).to_contain_text("Brevet blev sendt til karin.lind@example.se")
    assert len(mail.outbox) == 1 and "will receive your delegation" in mail.outbox[0].body
    request.refresh_from_db()
    assert request.status == Status.ACCEPTED and request.visit.status == "confirmed"
    page.get_by_role("button", name="Log ud").click()

    # The host (an editor of the host department) plans the programme and downloads it.
    log_in(page, owner)
    page.goto(f"/delegations/{request.pk}/")
    page.locator("#id_day").fill(day.isoformat())
    page.locator("#id_start").fill("10:00")
    page.locator("#id_end").fill("11:30")
    page.locator("#id_topic").fill("Skybrudssikring i Skt. Kjelds Kvarter")
    page.locator("#id_place").fill("Rådhuset, mødelokale 1")
    page.locator(".agenda-form select[name=host]").select_option(str(host.pk))
    page.get_by_role("button", name="Tilføj til programmet").click()
    expect(page.locator("table.agenda")).to_contain_text("Skybrudssikring i Skt. Kjelds Kvarter")
    page.get_by_role("button", name="Programmet er planlagt").click()
    expect(page.locator("h1 .badge")).to_have_text("Program planlagt")
    save_screenshot(page, "delegation-programme-da")

    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="Program (PDF)", exact=True).click()
    pdf = pdf_download.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")
    text = text_of_pdf(pdf)
    assert "Skybrudssikring i Skt. Kjelds Kvarter" in text and "10.00–11.30" in text
    with page.expect_download() as ics_download:
        page.get_by_role("link", name="Kalender til værterne (iCal)").click()
    ics = ics_download.value.path().read_text(encoding="utf-8").replace("\r\n ", "")
    assert "BEGIN:VEVENT" in ics and "mailto:bo@testkobing.dk" in ics
    assert DelegationRequest.objects.get().status == Status.PLANNED

    # The day after the visit (the clock moved on for the web server too): the host registers it as held.
    real_now = timezone.now
    with mock.patch("django.utils.timezone.now", lambda: real_now() + dt.timedelta(days=36)):
        log_in(page, owner)  # the session of five weeks ago has expired
        page.goto(f"/delegations/{request.pk}/")
        page.locator(".held-form #id_participants").fill("9")
        page.locator(".held-form").get_by_role("button", name="Besøget blev gennemført").click()
        expect(page.locator(".messages")).to_contain_text("Besøget er registreret som gennemført")
        expect(page.locator("h1 .badge")).to_have_text("Gennemført")
        request.refresh_from_db()
        assert (request.status, request.participants, request.visit.status) == (Status.HELD, 9, "held")
        page.get_by_role("button", name="Log ud").click()

        # The coordinator finds it counted on the statistics page ...
        log_in(page, coordinator)
        page.goto("/delegations/")
        page.get_by_role("link", name="Statistik").click()
        expect(page.locator("#figure-requests")).to_have_text("1")
        expect(page.locator("#figure-held")).to_have_text("1")
        expect(page.locator("#figure-participants")).to_have_text("9")
        expect(page.locator("#by_country-table")).to_contain_text("Sverige")
        save_screenshot(page, "delegation-statistics-held-da")

        # ... and in the reports made on the reports page: the mapping (opened in the browser) and the results
        # summary (downloaded as PDF), for the period that holds the request and the visit.
        page.locator("nav a[href='/reports/']").click()
        page.locator("input[name=kind][value=mapping]").check()
        page.locator("input[name=format][value=html]").check()
        page.get_by_role("button", name="Lav rapporten").click()
        page.wait_for_load_state(timeout=WAIT)
        mapping = " ".join(page.locator("body").inner_text(timeout=WAIT).split())
        assert "Delegationsmodtagelsen modtog 1 henvendelse fra 1 land: 1 godkendt og 0 afvist." in mapping
        assert "1 besøg blev gennemført med 9 deltagere." in mapping
        assert page.locator('[data-figure="incoming_visits"]').inner_text() == "1"  # the register's visit
        page.go_back()
        page.locator("input[name=kind][value=results]").check()
        page.locator("input[name=format][value=pdf]").check()
        with page.expect_download(timeout=WAIT) as results_download:
            page.get_by_role("button", name="Lav rapporten").click()
        results = text_of_pdf(results_download.value.path().read_bytes())
        assert "1 besøg blev gennemført med 9 deltagere." in results
        assert "har kommunen modtaget 1 delegationsbesøg fra udlandet." in results
