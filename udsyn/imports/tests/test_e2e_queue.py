"""End-to-end in Chromium: the review queue of a long document, by keyboard, and bulk approval of a real one."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from playwright.sync_api import expect

from conftest import corpus_file, log_in, save_screenshot
from udsyn.imports.matching import fold
from udsyn.imports.models import Candidate, Document, ImportBatch, Job
from udsyn.imports.services import jobs_run_inline
from udsyn.memberships.models import Membership
from udsyn.partners.models import Partner
from udsyn.projects.models import Project

from .documents import text_pdf

WORDS = ("kommunen samarbejder med byer i Europa om klima mobilitet kultur og erhverv gennem projekter netværk "
         "og aftaler som forvaltningerne står for hvert år med møder besøg og fælles indsatser").split()


def long_document(owner, *, pages: int, candidates: int) -> Document:
    """A document of `pages` pages of generated prose and `candidates` proposals spread over them."""
    chance = random.Random(11)
    per_page = candidates // pages
    texts, names, starts = [], [], []
    offset = 0
    for page in range(1, pages + 1):
        body = []
        for index in range(per_page):
            number = (page - 1) * per_page + index + 1
            name = f"Netværk {number:04d}" if number % 3 else f"Projekt {number:04d}"
            body.append(" ".join(chance.choice(WORDS) for _ in range(40)))
            names.append((page, name, offset + len(" ".join(body)) + 1))
            body.append(f"{name} er nævnt her.")
        text = " ".join(body) + "\n"
        starts.append(offset)
        texts.append(text)
        offset += len(text)
    municipality = owner.department.municipality  # only its users see the batch and its document
    batch = ImportBatch.objects.create(name="Stor kortlægning", created_by=owner, department=owner.department,
                                       municipality=municipality, status=ImportBatch.Status.REVIEW)
    document = Document.objects.create(name="stor-kortlaegning.pdf", sha256="0" * 64, pages=pages,
                                       municipality=municipality, text="".join(texts), page_starts=starts,
                                       uploaded_by=owner)
    Job.objects.create(batch=batch, document=document, file_name=document.name, status=Job.Status.DONE)
    Candidate.objects.bulk_create(
        Candidate(batch=batch, document=document, name=name, page=page, start=start, end=start + len(name),
                  record_type="network" if name.startswith("Netværk") else "project",
                  quote=f"{name} er nævnt her.", confidence=chance.choice((0.6, 0.75, 0.8, 0.85, 0.9)),
                  department=owner.department)
        for page, name, start in names)
    return document


def load_time_ms(page) -> float:
    return page.evaluate("performance.getEntriesByType('navigation')[0].duration")


@pytest.mark.e2e
def test_a_queue_of_a_thousand_proposals_loads_quickly_and_is_worked_by_keyboard(transactional_db, page, owner):
    document = long_document(owner, pages=200, candidates=1000)
    log_in(page, owner)

    page.goto(document.get_absolute_url())

    # A generous functional bound, not a benchmark: the page holds one page of proposals, not a thousand.
    assert load_time_ms(page) < 1000
    expect(page.get_by_text("Tastaturgenveje")).to_be_visible()  # the keys work from here on
    count = page.get_by_test_id("queue-count")
    expect(count).to_have_text("1000 af 1000 forslag venter på gennemsyn")
    expect(page.locator("#queue .proposal")).to_have_count(25)
    page.evaluate("window.stillTheSamePage = true")  # gone if anything reloads the whole page

    first, second, third = Candidate.objects.filter(document=document).order_by("start")[:3]
    page.keyboard.press("j")
    expect(page.locator(f"#candidate-{first.pk}")).to_have_class(re.compile(r"\bcurrent\b"))
    page.keyboard.press("a")
    expect(page.locator(f"#candidate-{first.pk}")).to_have_class(re.compile(r"\bdecided\b"))
    expect(count).to_have_text("999 af 1000 forslag venter på gennemsyn")
    following = page.locator(f"#candidate-{second.pk}")
    expect(following).to_have_class(re.compile(r"\bcurrent\b"))  # the next open card comes into view
    expect(following).to_be_in_viewport()
    page.keyboard.press("r")
    expect(following).to_contain_text("Afvist")
    expect(page.locator(f"#candidate-{third.pk}")).to_be_focused()
    save_screenshot(page, "import-queue-keyboard")

    page.get_by_label("Fra side").fill("150")
    page.get_by_label("Type", exact=True).select_option(label="Projekt")
    wanted = Candidate.objects.filter(document=document, status="proposed", record_type="project", page__gte=150)
    expect(page.locator("#queue .count")).to_have_text(f"{wanted.count()} passer til filteret · side 1 af 4")
    shown = " ".join(page.locator("#queue .proposal .meta").all_inner_texts())
    assert min(int(number) for number in re.findall(r"side (\d+)", shown)) == 150
    assert page.evaluate("window.stillTheSamePage") is True
    assert Membership.objects.count() == 1
    assert Candidate.objects.filter(document=document, status="rejected").count() == 1


@pytest.mark.e2e
def test_after_the_last_open_card_of_a_page_the_next_open_one_is_current(transactional_db, page, owner):
    document = long_document(owner, pages=27, candidates=27)
    in_order = list(Candidate.objects.filter(document=document).order_by("start", "pk"))
    log_in(page, owner)
    page.goto(document.get_absolute_url())
    expect(page.get_by_text("Tastaturgenveje")).to_be_visible()
    page.evaluate("window.stillTheSamePage = true")

    def card(number: int):
        return page.locator(f"#candidate-{in_order[number - 1].pk}")

    # Awaiting review: 24 proposals passed over, the last of page 1 accepted. Page 1 is read again (the decided
    # one has left it) and the proposal after the accepted one is current, not the first passed over.
    card(25).locator(".meta").click()
    page.keyboard.press("a")
    expect(page.get_by_test_id("queue-count")).to_have_text("26 af 27 forslag venter på gennemsyn")
    expect(card(26)).to_have_class(re.compile(r"\bcurrent\b"))
    expect(card(26)).to_be_in_viewport()
    expect(page.locator("#queue .proposal")).to_have_count(25)

    # All of them: decided proposals stay listed, so the next open ones are on the next page.
    page.get_by_label("Status").select_option(label="Alle")
    expect(page.locator("#queue .count")).to_have_text("27 passer til filteret · side 1 af 2")
    card(24).locator(".meta").click()
    page.keyboard.press("r")
    expect(page.locator("#queue .count")).to_have_text("27 passer til filteret · side 2 af 2")
    expect(card(26)).to_have_class(re.compile(r"\bcurrent\b"))
    page.keyboard.press("a")
    expect(card(27)).to_have_class(re.compile(r"\bcurrent\b"))
    assert page.evaluate("window.stillTheSamePage") is True
    decided = [Candidate.objects.get(pk=in_order[n].pk).status for n in (23, 24, 25)]
    assert decided[0] == "rejected" and "proposed" not in decided  # a accepts, or merges into a look-alike


ANSWERED = """pk => {
    const card = document.getElementById("candidate-" + pk);
    return !card || card.classList.contains("decided")
        || (card.classList.contains("current") && card.querySelector(".error") !== null);
}"""


def twins() -> set[tuple]:
    """Register records that are the same thing twice: the same organisation, city (and institution) or project
    name, owned by the same department."""
    keys: Counter = Counter()
    for m in Membership.objects.select_related("organisation"):
        keys["membership", m.department_id, fold(m.organisation.name)] += 1
    for p in Partner.objects.all():
        keys["partner", p.department_id, p.city_id, p.institution_id] += 1
    for p in Project.objects.all():
        keys["project", p.department_id, fold(p.name)] += 1
    return {key for key, n in keys.items() if n > 1}


@pytest.mark.e2e
def test_the_copenhagen_mapping_bulk_approved_adds_no_duplicate_and_the_rest_is_done_by_keyboard(
        transactional_db, page, settings, tmp_path):
    from udsyn.demo.loader import load_demo
    from udsyn.extraction import BULK_ACCEPT_CONFIDENCE

    text = corpus_file("copenhagen-mapping-of-international-work-2020.txt").read_text(encoding="utf-8")
    pdf = text_pdf(tmp_path / "kortlaegning-af-det-internationale-arbejde-2020.pdf", text, pages=18)
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.IMPORT_INLINE = False  # a worker reads it: here the test itself, below
    load_demo()  # the register already holds much of what the mapping names
    before = twins()
    sizes = (Membership.objects.count(), Partner.objects.count(), Project.objects.count())

    page.goto("/login/")
    page.get_by_label("Brugernavn").fill("coordinator")
    page.get_by_label("Adgangskode").fill("coordinator")
    page.get_by_role("button", name="Log ind").click()
    page.goto("/imports/")
    page.locator("input[type=file]").set_input_files(str(pdf))
    page.get_by_test_id("import-submit").click()
    expect(page.locator(".job-status.queued")).to_have_count(1)  # the upload answered at once
    # Hold the page's polls in the browser while the "worker" reads the document here, so the two never share
    # the test database connection at the same time; the held polls go on afterwards.
    page.route("**/jobs/", lambda route: route.continue_())
    jobs_run_inline(list(Job.objects.filter(status=Job.Status.QUEUED)))
    expect(page.locator(".job-status.done")).to_have_count(1, timeout=30_000)
    page.get_by_role("link", name=pdf.name).click()
    document = Document.objects.get()
    assert document.pages == 18

    expect(page.get_by_label(re.compile("sikkerhed på mindst"))).to_have_value(str(round(BULK_ACCEPT_CONFIDENCE * 100)))
    page.get_by_test_id("bulk-preview").click()
    summary = page.get_by_test_id("bulk-summary")
    expect(summary).to_contain_text("Intet er gemt endnu")
    save_screenshot(page, "import-bulk-preview-copenhagen")
    page.get_by_test_id("bulk-apply").click()
    expect(page.get_by_test_id("bulk-approval")).to_have_count(1)
    # The answer's HTML may be in before its scripts have run: the help for the keys shows once they work.
    expect(page.get_by_text("Tastaturgenveje")).to_be_visible()

    assert twins() <= before  # bulk approval created no record the register already had
    approval = document.bulk_approvals.get()
    assert approval.merged > 0 and approval.created > 0
    now = (Membership.objects.count(), Partner.objects.count(), Project.objects.count())
    assert sum(now) == sum(sizes) + approval.created

    # The rest by keyboard: a accepts (or merges into the record the register has); what cannot be accepted as it
    # stands (a look-alike, a city without a country) is rejected with r.
    count = page.get_by_test_id("queue-count")
    page.evaluate("window.stillTheSamePage = true")  # gone if a key posted a form the old way and reloaded
    page.keyboard.press("j")
    for _ in range(300):
        if "gennemset" in count.inner_text():
            break
        # The card the keys act on; after the last open card of a page, once the next open ones are swapped in.
        card = page.locator("#queue .proposal.open.current")
        try:
            pk = card.get_attribute("data-candidate", timeout=60_000)
        except Exception:
            save_screenshot(page, "import-queue-copenhagen-no-current")
            raise
        page.keyboard.press("a")
        # Decided (and maybe gone already, with the next open ones swapped in), or refused with the reason and made
        # current again so that r acts on it.
        page.wait_for_function(ANSWERED, arg=pk)
        if page.locator(f"#candidate-{pk} .error").count():
            page.keyboard.press("r")
            expect(page.locator(f"#candidate-{pk}.decided")).to_have_count(1)
    expect(count).to_contain_text("forslag er gennemset")
    expect(page.locator("#queue .proposal.decided")).not_to_have_count(0)  # the last answer stays in view
    save_screenshot(page, "import-queue-copenhagen-done")
    assert page.evaluate("window.stillTheSamePage") is True
    assert not Candidate.objects.filter(document=document, status="proposed",
                                        record_type__in=("network", "partner", "project")).exists()
    assert twins() <= before  # nor did the one-by-one review
