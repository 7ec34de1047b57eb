"""The API writes a record the way DRF's own Serializer.to_representation does: udsyn.core.api's plain readers
(PlainRepresentationMixin) are a faster way to the same JSON, for the lists (prefetched relations) and for one record
(relations read through their manager), for every serializer the router serves."""

import datetime as dt
from decimal import Decimal

import pytest
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from udsyn.api.urls import router
from udsyn.core.api import PlainRepresentationMixin
from udsyn.core.models import ExchangeRate
from udsyn.organisations.models import Person

from .cases import CASES, organisation

pytestmark = pytest.mark.django_db


def drf_representation(serializer: serializers.Serializer, instance) -> dict:
    return serializers.Serializer.to_representation(serializer, instance)


@pytest.fixture
def register(owner, department):
    """A record of every case, with empty and filled optional fields, and a piece of each kind of reference data."""
    for case in CASES:
        case.create(department, owner)
    project = next(c for c in CASES if c.basename == "projects").create(department, owner)
    project.partners.add(organisation("Eurocities"))
    project.acronym, project.start, project.external_funding = "=GBAZ", dt.date(2020, 1, 1), Decimal("12.50")
    project.save()
    Person.objects.create(name="Jens Jensen", department=department, municipality=department.municipality)
    ExchangeRate.objects.create(currency="EUR", date=dt.date(2024, 1, 2), dkk_per_unit=Decimal("7.4560"))


@pytest.mark.parametrize("prefix", [prefix for prefix, viewset, _basename in router.registry
                                    if issubclass(viewset.serializer_class, PlainRepresentationMixin)])
def test_plain_representation_is_drfs(prefix, register, owner):
    viewset_class = next(viewset for p, viewset, _basename in router.registry if p == prefix)
    request = Request(APIRequestFactory().get(f"/api/v1/{prefix}/"))
    request.user = owner
    viewset = viewset_class(request=request, format_kwarg=None, action="list")
    prefetched = list(viewset.get_queryset())
    plain = list(viewset_class.queryset.model._default_manager.all())  # no prefetch: each relation's manager
    assert prefetched, f"no {prefix} to serialise"
    for rows in (prefetched, plain):
        serializer = viewset.get_serializer(rows, many=True)
        child = serializer.child
        assert serializer.data == [drf_representation(child, row) for row in rows]
