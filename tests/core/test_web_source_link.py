"""A record's source document links to the document's review page, on the record page and in its history."""

import pytest
from django.urls import reverse

from udsyn.core.services import record_create
from udsyn.imports.models import Document
from udsyn.memberships.models import Membership


@pytest.mark.django_db
def test_source_document_name_links_to_its_review_page(client, reader, owner, department, network):
    document = Document.objects.create(name="kortlaegning-2020.pdf", sha256="a" * 64, text="Eurocities ...",
                                       municipality=department.municipality)
    membership = record_create(model=Membership, acting_user=owner, data={
        "department": department, "organisation": network, "source_kind": "document",
        "source_document": document, "source_page": 12, "source_quote": "Eurocities"})
    client.force_login(reader)
    page = client.get(reverse("membership_detail", args=[membership.pk])).content.decode()
    link = f'<a href="{document.get_absolute_url()}"'
    assert page.count(link) >= 2  # the record's source and the history row of its creation
    assert "kortlaegning-2020.pdf</a>, side 12" in page
    assert client.get(document.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_a_record_entered_by_hand_has_no_document_link(client, reader, membership):
    client.force_login(reader)
    page = client.get(reverse("membership_detail", args=[membership.pk])).content.decode()
    assert "/imports/documents/" not in page
    assert "Indtastet manuelt" in page
