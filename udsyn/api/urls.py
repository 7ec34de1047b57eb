"""The REST API, /api/v1/: one router over every register record and the reference data."""

from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import DefaultRouter

from udsyn.accounts.api import ObtainToken
from udsyn.delegation.api import DelegationRequestViewSet
from udsyn.memberships.api import MembershipViewSet
from udsyn.organisations.api import (
    CityViewSet,
    DepartmentViewSet,
    MunicipalityViewSet,
    OrganisationViewSet,
    PersonViewSet,
)
from udsyn.partners.api import PartnerViewSet
from udsyn.projects.api import ProgrammeViewSet, ProjectViewSet
from udsyn.reports.api import CalendarICS, PartnersGeoJSON
from udsyn.search.api import SearchView
from udsyn.strategies.api import GoalViewSet, IndicatorViewSet, MeasurementViewSet, StrategyViewSet, ThemeViewSet
from udsyn.visits.api import EventViewSet, VisitViewSet

from .exchange_rates import ExchangeRateViewSet

app_name = "api"

router = DefaultRouter()
# Register records (owned by a department, versioned, written through udsyn.core.services).
router.register("memberships", MembershipViewSet)
router.register("partners", PartnerViewSet)
router.register("projects", ProjectViewSet)
router.register("visits", VisitViewSet)
router.register("events", EventViewSet)
router.register("strategies", StrategyViewSet)
router.register("themes", ThemeViewSet)
router.register("goals", GoalViewSet)
router.register("indicators", IndicatorViewSet)
router.register("measurements", MeasurementViewSet)
router.register("delegation-requests", DelegationRequestViewSet, basename="delegationrequest")
# Reference data.
router.register("municipalities", MunicipalityViewSet)
router.register("departments", DepartmentViewSet)
router.register("organisations", OrganisationViewSet)
router.register("cities", CityViewSet)
router.register("people", PersonViewSet)
router.register("programmes", ProgrammeViewSet)
router.register("exchange-rates", ExchangeRateViewSet)

urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    path("auth/token/", ObtainToken.as_view(), name="token"),
    path("opendata/partners.geojson", PartnersGeoJSON.as_view(), name="opendata-partners"),
    path("opendata/calendar.ics", CalendarICS.as_view(), name="opendata-calendar"),
    path("search/", SearchView.as_view(), name="search"),
    *router.urls,
]
