"""The review queue of a long document: filters, pages, decisions answered as HTMX cards, never a twin record."""

import re

import pytest
from django.urls import reverse

from udsyn.extraction.model import Record
from udsyn.imports.models import Candidate
from udsyn.memberships.models import Membership

from .conftest import network_record

HTMX = {"HTTP_HX_REQUEST": "true"}


def many(n: int, **values) -> list[Record]:
    return [network_record(name=f"Netværk {i:03d}", start=i * 10, end=i * 10 + 5, page=1 + i // 5,
                           confidence=0.5 + (i % 5) / 10, **values) for i in range(n)]


def names(response) -> list[str]:
    return [c.name for c in response.context["candidates"]]


@pytest.mark.django_db
def test_the_queue_opens_on_the_open_proposals_a_page_at_a_time(client, owner, document_of):
    document = document_of(many(60) + [Record(type="money", value=100, currency="DKK", quote="100 kr.", start=5)])
    Candidate.objects.filter(name="Netværk 000").update(status="rejected")
    client.force_login(owner)

    first = client.get(document.get_absolute_url())

    assert names(first)[:2] == ["Netværk 001", "Netværk 002"] and len(names(first)) == 25
    assert "59 af 60 forslag venter på gennemsyn" in first.content.decode()
    last = client.get(document.get_absolute_url(), {"page": 3})
    assert names(last)[-1] == "Netværk 059" and len(names(last)) == 9


@pytest.mark.django_db
def test_the_queue_filters_by_status_type_confidence_and_page_and_sorts(client, owner, document_of):
    document = document_of(many(30) + [Record(type="money", value=100, currency="DKK", quote="100 kr.", start=5)])
    Candidate.objects.filter(name="Netværk 000").update(status="rejected")
    client.force_login(owner)
    url = document.get_absolute_url()

    assert names(client.get(url, {"status": "rejected"})) == ["Netværk 000"]
    assert [c.record_type for c in client.get(url, {"kind": "evidence"}).context["candidates"]] == ["money"]
    assert names(client.get(url, {"kind": "partner"})) == []
    assert set(names(client.get(url, {"confidence": "90"}))) == {"Netværk 004", "Netværk 009", "Netværk 014",
                                                                 "Netværk 019", "Netværk 024", "Netværk 029"}
    assert names(client.get(url, {"page_from": 3, "page_to": 3})) == [f"Netværk 0{i}" for i in range(10, 15)]
    assert names(client.get(url, {"sort": "-confidence"}))[0] == "Netværk 004"
    table = client.get(url, {"status": "rejected"}, **HTMX)
    assert table.templates[0].name == "imports/_queue.html"  # HTMX gets the list alone


@pytest.mark.django_db
def test_the_queue_says_where_the_next_open_proposals_are_once_its_page_is_done(client, owner, document_of):
    document = document_of(many(30))
    client.force_login(owner)
    url = document.get_absolute_url()

    def following(**query) -> tuple[str, str]:
        html = client.get(url, query, **HTMX).content.decode()
        found = re.search(r'data-next-url="([^"]*)" data-next-is-further="(\d)"', html)
        return found.group(1).replace("&amp;", "&"), found.group(2)

    # Awaiting review: the decided ones leave the list, so the same page, read again, holds the next ones.
    assert following() == (f"{url}?page=1", "0")
    assert following(kind="network", page=2) == (f"{url}?kind=network&page=2", "0")
    # All: decided ones stay listed, so the next open ones are a page further on, until the last page.
    assert following(status="all") == (f"{url}?status=all&page=2", "1")
    assert following(status="all", page=2) == ("", "0")
    # Only the decided ones: nothing open to go to.
    assert following(status="rejected") == ("", "0")


@pytest.mark.django_db
def test_a_decision_by_htmx_answers_with_the_card_and_the_count(client, owner, document_of):
    document = document_of(many(3))
    first = document.candidates.get(name="Netværk 000")
    client.force_login(owner)

    response = client.post(reverse("import_candidate_accept", args=[first.pk]), {"next": "/x"}, **HTMX)

    html = response.content.decode()
    assert response.status_code == 200 and f'id="candidate-{first.pk}"' in html
    assert 'class="proposal decided"' in html and "Godkendt" in html
    assert 'hx-swap-oob="true"' in html and "2 af 3 forslag venter" in html
    assert response["HX-Trigger-After-Settle"] == f'{{"udsyn:decided": {{"id": {first.pk}}}}}'
    reject = client.post(reverse("import_candidate_reject", args=[document.candidates.get(name="Netværk 001").pk]),
                         **HTMX)
    assert "Afvist" in reject.content.decode() and Membership.objects.count() == 1


@pytest.mark.django_db
def test_accepting_what_the_register_already_has_offers_the_merge_instead(client, owner, document_of):
    document = document_of([network_record(start=10, end=20), network_record(name="EUROCITIES", start=50, end=60)])
    first, second = document.candidates.order_by("start")
    client.force_login(owner)
    client.post(reverse("import_candidate_accept", args=[first.pk]), **HTMX)

    refused = client.post(reverse("import_candidate_accept", args=[second.pk]), **HTMX)

    html = refused.content.decode()
    assert Membership.objects.count() == 1
    assert "findes allerede i registret" in html and 'data-testid="merge"' in html
    assert Candidate.objects.get(pk=second.pk).status == "proposed"
    client.post(reverse("import_candidate_accept", args=[second.pk]), {"as_new": "1"}, **HTMX)
    assert Membership.objects.count() == 2  # a person may still decide it is something else


@pytest.mark.django_db
def test_without_script_a_decision_returns_to_the_queue_as_it_was_filtered(client, owner, document_of):
    document = document_of(many(3))
    first = document.candidates.get(name="Netværk 000")
    client.force_login(owner)
    back = f"{document.get_absolute_url()}?confidence=50&page=1"
    response = client.post(reverse("import_candidate_reject", args=[first.pk]), {"next": back})
    following = document.candidates.get(name="Netværk 001")
    assert response.status_code == 302 and response["Location"] == f"{back}#candidate-{following.pk}"
    elsewhere = client.post(reverse("import_candidate_reject", args=[following.pk]),
                            {"next": "https://elsewhere.example/"})
    assert elsewhere["Location"].startswith(document.get_absolute_url())
