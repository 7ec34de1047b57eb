"""End-to-end in a real headless Chromium: upload a document, review what was found, accept a membership,
and find it in the register with its source."""

import pytest
from playwright.sync_api import expect

from conftest import log_in, save_screenshot
from udsyn.imports.models import Candidate, Job
from udsyn.imports.services import jobs_run_inline
from udsyn.memberships.models import Membership

from .documents import pdf_document


@pytest.fixture
def import_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings


@pytest.mark.e2e
def test_upload_review_accept_and_find_the_record_with_its_source(transactional_db, page, owner, department,
                                                                  import_settings, tmp_path):
    import_settings.IMPORT_INLINE = True
    pdf = pdf_document(tmp_path / "internationalt-samarbejde.pdf")
    log_in(page, owner)

    page.locator("nav a[href='/imports/']").click()
    page.locator("input[type=file]").set_input_files(str(pdf))
    page.get_by_test_id("import-submit").click()

    expect(page.locator(".job-status.done")).to_have_count(1)
    page.get_by_role("link", name=pdf.name).click()
    candidate = Candidate.objects.get(record_type="network", name="Eurocities")
    proposal = page.locator(f"#candidate-{candidate.pk}")
    expect(proposal.locator("mark")).to_contain_text("Eurocities")  # the evidence, marked in its context
    save_screenshot(page, "import-review-queue")

    harbin = Candidate.objects.get(record_type="partner", name="Harbin")
    page.locator(f"#candidate-{harbin.pk}").get_by_role("link", name="Harbin").click()
    expect(page.locator(".page-text mark")).to_have_text("Harbin")  # the span marked in the page's text
    expect(page.locator("input[name=name]")).to_have_value("Harbin")  # the form prefilled with the proposal
    save_screenshot(page, "import-candidate-evidence")
    page.go_back()

    proposal.get_by_test_id("accept").click()

    expect(page.locator(f"#candidate-{candidate.pk}")).to_contain_text("Godkendt")  # the card, swapped in place
    membership = Membership.objects.get()
    assert (membership.source_document_id, membership.department) == (candidate.document_id, department)
    assert membership.annual_fee == 500000  # the yearly fee stated beside the network
    page.get_by_role("link", name="Medlemskaber").first.click()
    page.get_by_role("link", name="Eurocities").first.click()
    main = page.locator("main")
    expect(main).to_contain_text(pdf.name)  # the source: document, page and quote
    expect(main).to_contain_text("medlem af netværket Eurocities")
    save_screenshot(page, "import-accepted-record-source")


@pytest.mark.e2e
def test_the_batch_page_follows_a_background_job_without_reloading(transactional_db, page, owner, department,
                                                                   import_settings, tmp_path):
    import_settings.IMPORT_INLINE = False  # a worker does the work
    pdf = pdf_document(tmp_path / "notat.pdf")
    log_in(page, owner)
    page.goto("/imports/")
    page.locator("input[type=file]").set_input_files(str(pdf))
    page.get_by_test_id("import-submit").click()
    expect(page.locator(".job-status.queued")).to_have_count(1)
    batch_url = page.url

    # Hold the page's polls in the browser while the "worker" runs here, so the two never share the test
    # database connection at the same time; the held polls go on afterwards.
    page.route("**/jobs/", lambda route: route.continue_())
    jobs_run_inline(list(Job.objects.filter(status=Job.Status.QUEUED)))

    expect(page.locator(".job-status.done")).to_have_count(1, timeout=30_000)
    assert page.url == batch_url  # updated in place by HTMX polling, not by a reload
    expect(page.locator("#jobs")).not_to_have_attribute("hx-trigger", "every 2s")  # polling stops when done
    save_screenshot(page, "import-batch-done")
