"""The receipt of the public form names the files a delegation sent, and says nothing of files when none were sent
(it said "Files: None", which reads as a program's empty value, not an answer)."""

import re

import pytest

from .conftest import pdf_file

pytestmark = pytest.mark.django_db


def summary(page: str) -> str:
    """What the receipt lists under "What you sent", without tags."""
    section = page[page.index('id="summary-heading"'):page.index("</section>")]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", section))


@pytest.mark.parametrize(("language", "files"), [("en", "Files"), ("da", "Filer")])
def test_without_files_the_receipt_has_no_files_line(client, desk, submit, language, files):
    response = submit(language=language)
    text = summary(client.get(response["Location"]).content.decode())
    assert "Hamburg Behörde für Umwelt" in text
    assert files not in text and "None" not in text and "Ingen" not in text


@pytest.mark.parametrize(("language", "line"), [("en", "Files 1 file"), ("da", "Filer 1 fil")])
def test_with_a_file_the_receipt_counts_it(client, desk, submit, language, line):
    response = submit(language=language, attachments=[pdf_file()])
    assert line in summary(client.get(response["Location"]).content.decode())
