"""REST API of the delegation desk: /api/v1/delegation-requests/ (list, detail, history, the decision, the
cancellation of an accepted visit, and the statistics). Requests come from the public form and the staff's entry
page, not the API; the same scope and rules as the web pages apply."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from udsyn.core.api import (
    ApiViewSetMixin,
    ConflictSerializer,
    DisplayField,
    ErrorSerializer,
    HistoryMixin,
    ScopedChoicesMixin,
    etag,
    expected_version,
)
from udsyn.core.limits import id_param, year_param
from udsyn.core.registry import visible_to
from udsyn.organisations.models import Department, Municipality, Person

from . import services
from .filters import DelegationRequestFilterSet
from .models import CancelReason, DelegationRequest, Outcome, Rule
from .scope import may_handle, visible_requests
from .stats import delegation_statistics


class DelegationRequestSerializer(serializers.ModelSerializer):
    display = DisplayField()
    number = serializers.CharField(read_only=True)
    themes = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")

    class Meta:
        model = DelegationRequest
        fields = ("id", "number", "display", "department", "status", "channel", "entered_by", "language",
                  "submitted_at",
                  "organisation_name", "organisation_kind", "country", "city_name", "size", "level", "themes",
                  "wishes", "preferred_start", "preferred_end", "languages", "contact_name", "contact_role",
                  "contact_email", "contact_phone", "erased_at", "suggestion", "suggestion_reasons",
                  "suggested_date", "suggested_department", "screening_rules", "decision", "decline_reason",
                  "decision_note", "decided_at", "decided_by", "cancel_reason", "cancel_note", "cancelled_at",
                  "cancelled_by", "host", "visit", "participants", "follow_up",
                  "led_to_partner", "led_to_project", "led_to_event", "version", "created_at", "updated_at")
        read_only_fields = fields


class DecisionSerializer(ScopedChoicesMixin, serializers.Serializer):
    outcome = serializers.ChoiceField(choices=[Outcome.ACCEPT, Outcome.DECLINE, Outcome.REFER])
    version = serializers.IntegerField(required=False, help_text=gettext_lazy(
        "The version you decided on (or send If-Match)."))
    department = serializers.PrimaryKeyRelatedField(queryset=Department.objects.all(), required=False,
                                                    allow_null=True)
    host = serializers.PrimaryKeyRelatedField(queryset=Person.objects.all(), required=False, allow_null=True)
    visit_start = serializers.DateField(required=False, allow_null=True)
    visit_end = serializers.DateField(required=False, allow_null=True)
    decline_reason = serializers.ChoiceField(choices=Rule.choices, required=False, allow_blank=True)
    note = serializers.CharField(required=False, allow_blank=True)

    def validate(self, data: dict[str, Any]) -> dict[str, Any]:
        request = self.context["delegation_request"]
        municipality = request.department.municipality_id
        department = data.get("department")
        if department is not None and department.municipality_id != municipality:
            raise serializers.ValidationError({"department": gettext_lazy("Not a department of the municipality.")})
        host = data.get("host")
        if host is not None and (host.department is None or host.department.municipality_id != municipality):
            raise serializers.ValidationError({"host": gettext_lazy("Not a person of the municipality.")})
        return data


class CancellationSerializer(serializers.Serializer):
    reason = serializers.ChoiceField(choices=CancelReason.choices)
    version = serializers.IntegerField(required=False, help_text=gettext_lazy(
        "The version you cancelled on (or send If-Match)."))
    note = serializers.CharField(required=False, allow_blank=True)
    letter = serializers.BooleanField(required=False, default=True, help_text=gettext_lazy(
        "Draft a letter to the delegation in the request's language (sent from the web app)."))


MUNICIPALITY = OpenApiParameter("municipality", int, description="The municipality's id (administrators; others "
                                                                 "get their own).")
YEAR = OpenApiParameter("year", int, description="Only requests received in this year.")
IF_MATCH = OpenApiParameter("If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER)


class DelegationRequestViewSet(ApiViewSetMixin, HistoryMixin, viewsets.ReadOnlyModelViewSet):
    """Delegation requests from the public form, with the screening's suggestion and reasons, the decision, the
    host and the visit. Coordinators see their municipality's requests, department editors their queue."""

    queryset = DelegationRequest.objects.select_related("department").prefetch_related("themes")
    serializer_class = DelegationRequestSerializer
    filterset_class = DelegationRequestFilterSet
    permission_classes = [IsAuthenticated]
    ordering_fields = ["submitted_at", "preferred_start", "size", "status", "updated_at"]

    def get_queryset(self):
        return visible_requests(self.request.user).select_related("department").prefetch_related("themes")

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        instance = self.get_object()
        return Response(self.get_serializer(instance).data, headers={"ETag": etag(instance.version)})

    @extend_schema(request=DecisionSerializer, parameters=[IF_MATCH],
                   responses={200: DelegationRequestSerializer, 403: ErrorSerializer, 409: ConflictSerializer,
                              428: ErrorSerializer},
                   description=gettext_lazy("Accept (the visit is registered), decline (a letter is drafted) or "
                                            "refer the request to a department."))
    @action(detail=True, methods=["post"])
    def decision(self, request: Request, pk: str | None = None, **kwargs: Any) -> Response:  # kwargs: ?format
        def decide(record: DelegationRequest, data: dict[str, Any], version: int) -> None:
            services.delegation_request_decide(
                request=record, outcome=data["outcome"], expected_version=version, acting_user=request.user,
                department=data.get("department"), host=data.get("host"), visit_start=data.get("visit_start"),
                visit_end=data.get("visit_end"), decline_reason=data.get("decline_reason", ""),
                note=data.get("note", ""))

        return self._change(request, DecisionSerializer, gettext_lazy("You may not decide on this request."), decide)

    @extend_schema(request=CancellationSerializer, parameters=[IF_MATCH],
                   responses={200: DelegationRequestSerializer, 403: ErrorSerializer, 409: ConflictSerializer,
                              428: ErrorSerializer},
                   description=gettext_lazy("Cancel an accepted visit that has not taken place: the register's "
                                            "visit is cancelled too, and a letter is drafted unless letter=false."))
    @action(detail=True, methods=["post"])
    def cancellation(self, request: Request, pk: str | None = None, **kwargs: Any) -> Response:  # kwargs: ?format
        def cancel(record: DelegationRequest, data: dict[str, Any], version: int) -> None:
            services.delegation_request_cancel(request=record, reason=data["reason"], note=data.get("note", ""),
                                               letter=data["letter"], expected_version=version,
                                               acting_user=request.user)

        return self._change(request, CancellationSerializer, gettext_lazy("You may not cancel this visit."), cancel)

    def _change(self, request: Request, serializer_class: type[serializers.Serializer], refusal: str,
                change: Callable[[DelegationRequest, dict[str, Any], int], None]) -> Response:
        """A change to one request: from the user's scope, their right checked, the version they read (If-Match or
        `version`), the input validated; answered with the request as it is now and its new ETag."""
        record = self.get_object()
        if not may_handle(request.user, record):
            raise PermissionDenied(refusal)
        version = expected_version(request)
        serializer = serializer_class(data=request.data, context={"delegation_request": record, "request": request})
        serializer.is_valid(raise_exception=True)
        change(record, serializer.validated_data, version)
        fresh = self.get_queryset().get(pk=record.pk)
        return Response(self.get_serializer(fresh).data, headers={"ETag": etag(fresh.version)})

    @extend_schema(parameters=[MUNICIPALITY, YEAR], responses={200: OpenApiTypes.OBJECT}, filters=False,
                   description=gettext_lazy("Requests, acceptance rate, median lead time, visits held and "
                                            "participants, per year, month, country, level, theme and department; "
                                            "declined by reason."))
    @action(detail=False, methods=["get"], filter_backends=[], pagination_class=None)
    def statistics(self, request: Request, **kwargs: Any) -> Response:  # kwargs: .json suffix
        return Response(delegation_statistics(_municipality(request), _year(request)).as_json())


def _municipality(request: Request) -> Municipality:
    """The user's own municipality; users who see several (installation administrators, regional readers) name one
    with ?municipality=ID."""
    wanted = request.query_params.get("municipality", "")
    user = request.user
    if wanted:
        found = visible_to(user, Municipality.objects.filter(pk=id_param(wanted, "municipality"))).first()
    else:
        found = user.municipality
    if found is None:
        raise NotFound(gettext_lazy("No such municipality."))
    return found


def _year(request: Request) -> int | None:
    return year_param(request.query_params.get("year"), "year")
