"""Shared pieces of the REST API at /api/v1/.

Register records (memberships, projects, visits...) are written only through
udsyn.core.services, so the API keeps the same permissions, validation and
history as the web pages. Every update must say which version it is based on
(If-Match header or a `version` field): a missing version is 428, a stale one 409.

Shared reference data (organisations, cities, people, programmes, exchange rates)
has no owning department and no version; it is written by `save_reference`.

Adding a record type: in udsyn/<app>/api.py a RecordSerializer subclass with
`fields = record_fields(...)` and a RecordViewSet subclass (queryset with select_related,
serializer_class, filterset_class, ordering_fields, a docstring for the OpenAPI description);
register it in udsyn/api/urls.py and add a Case to udsyn/api/tests/cases.py, which runs the
shared CRUD and permission tests for it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models, transaction
from django.db.models.deletion import ProtectedError, RestrictedError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, parsers, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import SAFE_METHODS
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils import json

from udsyn.accounts.models import Role
from udsyn.core.permissions import RecordPermission, can_edit_department
from udsyn.core.services import EditConflict, record_create, record_delete, record_update

SOURCE_FIELDS = ("source_kind", "source_document", "source_page", "source_quote")
RECORD_META_FIELDS = ("version", "created_at", "updated_at")
# Bookkeeping columns that change on every save; listing them as "changed" says nothing.
HISTORY_IGNORED_FIELDS = ("version", "created_at", "updated_at")


def record_fields(*own: str) -> tuple[str, ...]:
    """The serializer fields of a record: id, owner, its own fields, its source and version."""
    return ("id", "display", "department", *own, *SOURCE_FIELDS, *RECORD_META_FIELDS)


# --- parsing -----------------------------------------------------------------------------------------------


class DecimalJSONParser(parsers.JSONParser):
    """JSON whose numbers with a fraction become Decimal, so an amount never passes through a float."""

    def parse(self, stream, media_type=None, parser_context=None) -> Any:
        encoding = (parser_context or {}).get("encoding", "utf-8")
        try:
            return json.loads(stream.read().decode(encoding), parse_float=Decimal)
        except ValueError as exc:
            raise exceptions.ParseError(_("JSON parse error: %(error)s") % {"error": exc}) from exc


API_PARSERS = [DecimalJSONParser, parsers.FormParser, parsers.MultiPartParser]


# --- errors ------------------------------------------------------------------------------------------------


class PreconditionRequired(exceptions.APIException):
    status_code = 428
    default_detail = gettext_lazy(
        "Say which version of the record your change is based on: send the header If-Match with the ETag "
        "(the version) you read, or a field \"version\" in the body."
    )
    default_code = "version_required"


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
    your_version = serializers.IntegerField(allow_null=True)
    current_version = serializers.IntegerField(allow_null=True)
    current = serializers.DictField(allow_null=True, help_text=gettext_lazy("The record as it is stored now."))


def validation_error_detail(exc: DjangoValidationError) -> Any:
    """Django's {field: [messages]} with '__all__' named the DRF way (non_field_errors)."""
    return serializers.as_serializer_error(exc)


# --- versions ----------------------------------------------------------------------------------------------


def etag(version: int) -> str:
    return f'"{version}"'


def parse_version(value: Any, source: str) -> int:
    text = str(value).strip()
    if text.startswith("W/"):
        text = text[2:]
    text = text.strip('"')
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 1:
        raise exceptions.ValidationError(
            {"version": [_("%(source)s must be the version number (ETag) of the record, e.g. \"3\".")
                         % {"source": source}]}
        )
    return number


def expected_version(request: Request, *, required: bool = True) -> int | None:
    """The version the client based its change on, from If-Match or the body's `version`."""
    header = request.headers.get("If-Match")
    body = request.data.get("version") if hasattr(request.data, "get") else None
    from_header = parse_version(header, "If-Match") if header else None
    from_body = parse_version(body, "version") if body not in (None, "") else None
    if from_header and from_body and from_header != from_body:
        raise exceptions.ValidationError(
            {"version": [_("The If-Match header and the version field disagree (%(a)s and %(b)s).")
                         % {"a": from_header, "b": from_body}]}
        )
    found = from_header or from_body
    if found is None and required:
        raise PreconditionRequired()
    return found


# --- permissions -------------------------------------------------------------------------------------------


def is_coordinator(user: Any) -> bool:
    return user.is_superuser or user.role in (Role.ADMINISTRATOR, Role.COORDINATOR)


class SharedDataPermission(RecordPermission):
    """Reference data: everyone logged in reads; writing follows RecordPermission's object rules.

    Creating is open to everyone who may create records (an editor registering a membership of a
    new network must be able to add the network), unless the view sets `coordinators_only`
    (managed lists such as programmes and exchange rates).
    """

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if request.method in SAFE_METHODS:
            return True
        return not getattr(view, "coordinators_only", False) or is_coordinator(request.user)


# --- history -----------------------------------------------------------------------------------------------

CHANGE_TYPES = {"+": "created", "~": "changed", "-": "deleted"}


class HistoryUserSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    name = serializers.CharField()


class HistoryEntrySerializer(serializers.Serializer):
    history_id = serializers.IntegerField()
    when = serializers.DateTimeField()
    change_type = serializers.ChoiceField(choices=list(CHANGE_TYPES.values()))
    user = HistoryUserSerializer(allow_null=True)
    reason = serializers.CharField(allow_null=True)
    version = serializers.IntegerField(allow_null=True)
    changed_fields = serializers.ListField(child=serializers.CharField())


def history_entries(instance: models.Model) -> list[dict[str, Any]]:
    """Who changed the record, when, how and which fields; newest first."""
    rows = list(instance.history.select_related("history_user").order_by("history_date", "history_id"))
    entries = []
    previous = None
    for row in rows:
        if previous is None:
            changed = [f.name for f in row.instance_type._meta.concrete_fields
                       if f.name not in HISTORY_IGNORED_FIELDS and f.name != "id"
                       and getattr(row, f.attname, None) not in (None, "")]
        else:
            changed = row.diff_against(previous, excluded_fields=HISTORY_IGNORED_FIELDS).changed_fields
        user = row.history_user
        entries.append({
            "history_id": row.history_id,
            "when": row.history_date,
            "change_type": CHANGE_TYPES.get(row.history_type, row.history_type),
            "user": {"id": user.pk, "username": user.get_username(), "name": user.get_full_name()} if user else None,
            "reason": row.history_change_reason,
            "version": getattr(row, "version", None),
            "changed_fields": changed if row.history_type != "-" else [],
        })
        previous = row
    return entries[::-1]


class HistoryMixin:
    """`GET .../{id}/history/`: the record's change history."""

    @extend_schema(responses=HistoryEntrySerializer(many=True), filters=False,
                   description=gettext_lazy("Who changed the record, when, how, and which fields; newest first."))
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def history(self, request: Request, pk: str | None = None) -> Response:
        return Response(HistoryEntrySerializer(history_entries(self.get_object()), many=True).data)


# --- serializers -------------------------------------------------------------------------------------------


class DisplayField(serializers.CharField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(source="__str__", read_only=True, **kwargs)


# Base classes carry comments, not docstrings: drf-spectacular would show a base docstring as the
# description of every subclass in the OpenAPI document.


class RecordSerializer(serializers.ModelSerializer):
    # Base of register record serializers; subclasses set Meta.model and Meta.fields = record_fields(...).

    display = DisplayField()

    class Meta:
        read_only_fields = RECORD_META_FIELDS


class ReferenceSerializer(serializers.ModelSerializer):
    display = DisplayField()


# --- schema ------------------------------------------------------------------------------------------------

IF_MATCH = OpenApiParameter(
    "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER,
    description=gettext_lazy("The ETag (version) of the record your change is based on, e.g. \"3\". "
                             "Required for PUT and PATCH unless the body has a \"version\" field."),
)
ETAG = OpenApiParameter("ETag", OpenApiTypes.STR, OpenApiParameter.HEADER, response=[200, 201],
                        description=gettext_lazy("The record's version, to send back in If-Match."))


class RecordSchema(AutoSchema):
    """Documents If-Match/ETag and the 409/428 answers of record writes."""

    def get_override_parameters(self) -> list:
        params = list(super().get_override_parameters())
        if self.method in ("PUT", "PATCH", "DELETE"):
            params.append(IF_MATCH)
        if self.method in ("GET", "POST", "PUT", "PATCH") and not self._is_list_view() \
                and getattr(self.view, "action", None) != "history":
            params.append(ETAG)
        return params

    def get_response_serializers(self) -> Any:
        serializer = super().get_response_serializers()
        if isinstance(serializer, dict):
            return serializer
        if self.method in ("PUT", "PATCH"):
            return {200: serializer, 403: ErrorSerializer, 409: ConflictSerializer, 428: ErrorSerializer}
        if self.method == "DELETE":
            return {204: None, 403: ErrorSerializer, 409: ConflictSerializer}
        if self.method == "POST":
            return {201: serializer, 403: ErrorSerializer}
        return serializer


# --- viewsets ----------------------------------------------------------------------------------------------


class ApiViewSetMixin:
    """Turns the domain's exceptions into HTTP answers."""

    parser_classes = API_PARSERS

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, EditConflict):
            return self.conflict_response(exc)
        if isinstance(exc, DjangoValidationError):
            exc = exceptions.ValidationError(validation_error_detail(exc))
        elif isinstance(exc, ProtectedError | RestrictedError):
            blocking = exc.protected_objects if isinstance(exc, ProtectedError) else exc.restricted_objects
            names = sorted({str(obj._meta.verbose_name_plural) for obj in blocking})
            return Response(
                {"detail": _("This is still used by other records (%(what)s); change or delete them first.")
                 % {"what": ", ".join(names)}, "code": "in_use"},
                status=status.HTTP_409_CONFLICT,
            )
        return super().handle_exception(exc)

    def conflict_response(self, exc: EditConflict) -> Response:
        current = exc.record
        return Response(
            {
                "detail": str(exc),
                "code": "edit_conflict",
                "your_version": exc.expected,
                "current_version": current.version,
                "current": self.get_serializer(current).data,
            },
            status=status.HTTP_409_CONFLICT,
            headers={"ETag": etag(current.version)},
        )


class RecordViewSet(ApiViewSetMixin, HistoryMixin, viewsets.ModelViewSet):
    # CRUD for one kind of register record, through udsyn.core.services. Subclasses set queryset,
    # serializer_class, filterset_class (the app's FilterSet, shared with the list page), ordering_fields
    # and a docstring (it becomes the description in the OpenAPI document).

    permission_classes = [RecordPermission]
    schema = RecordSchema()

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        instance = self.get_object()
        return Response(self.get_serializer(instance).data, headers={"ETag": etag(instance.version)})

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        record = record_create(model=self.queryset.model, data=serializer.validated_data,
                               acting_user=request.user)
        return self.record_response(record, status.HTTP_201_CREATED)

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        instance = self.get_object()  # 404 and the object permission (403) come first
        version = expected_version(request)
        if instance.version != version:  # answer 409 before complaining about the body
            raise EditConflict(instance, version)
        serializer = self.get_serializer(instance, data=request.data, partial=kwargs.get("partial", False))
        serializer.is_valid(raise_exception=True)
        # The service checks the version again under a row lock: two clients with the same version can't both win.
        record = record_update(record=instance, data=serializer.validated_data, expected_version=version,
                               acting_user=request.user)
        return self.record_response(record, status.HTTP_200_OK)

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        instance = self.get_object()
        record_delete(record=instance, acting_user=request.user,
                      expected_version=expected_version(request, required=False))
        return Response(status=status.HTTP_204_NO_CONTENT)

    def record_response(self, record: models.Model, code: int) -> Response:
        fresh = self.get_queryset().get(pk=record.pk)  # reload with the queryset's related data
        return Response(self.get_serializer(fresh).data, status=code, headers={"ETag": etag(fresh.version)})


def save_reference(instance: models.Model, data: dict[str, Any], acting_user: Any) -> models.Model:
    """Create or change a piece of shared reference data: validated, with history naming the user."""
    with transaction.atomic():
        many = {}
        for name, value in data.items():
            field = instance._meta.get_field(name)
            if field.many_to_many:
                many[name] = value
            else:
                setattr(instance, name, value)
        department = getattr(instance, "department", None)
        if department is not None and not can_edit_department(acting_user, department):
            raise PermissionDenied(_("You may not change records owned by %(department)s.")
                                   % {"department": department})
        instance.full_clean()
        instance._history_user = acting_user
        instance.save()
        for name, values in many.items():
            getattr(instance, name).set(values)
    return instance


class ReferenceViewSet(ApiViewSetMixin, HistoryMixin, viewsets.ModelViewSet):
    # CRUD for shared reference data; `coordinators_only = True` limits writing to coordinators.

    permission_classes = [SharedDataPermission]
    coordinators_only = False

    def perform_create(self, serializer: serializers.ModelSerializer) -> None:
        serializer.instance = save_reference(self.queryset.model(), serializer.validated_data, self.request.user)

    def perform_update(self, serializer: serializers.ModelSerializer) -> None:
        serializer.instance = save_reference(serializer.instance, serializer.validated_data, self.request.user)

    def perform_destroy(self, instance: models.Model) -> None:
        instance._history_user = self.request.user
        instance.delete()


class ReadOnlyReferenceViewSet(ApiViewSetMixin, HistoryMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [SharedDataPermission]
