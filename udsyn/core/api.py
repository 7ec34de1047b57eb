"""Shared pieces of the REST API at /api/v1/ (each app's api.py builds on them; udsyn.api routes them).

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

import operator
from typing import Any

from django.core.exceptions import BadRequest, FieldDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models, transaction
from django.db.models.deletion import ProtectedError, RestrictedError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, parsers, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.fields import SkipField
from rest_framework.relations import PKOnlyObject
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from udsyn.core.api_permissions import RecordPermission
from udsyn.core.generic import claim_for_municipality, visible_users
from udsyn.core.history import reason_text
from udsyn.core.parsers import DecimalJSONParser
from udsyn.core.permissions import can_edit_department
from udsyn.core.registry import user_can_create, visible_to
from udsyn.core.schema import ConflictSerializer, ErrorSerializer, RecordSchema  # noqa: F401
from udsyn.core.services import EditConflict, record_create, record_delete, record_update

SOURCE_FIELDS = ("source_kind", "source_document", "source_page", "source_quote")
RECORD_META_FIELDS = ("version", "created_at", "updated_at")
# Bookkeeping columns that change on every save; listing them as "changed" says nothing.
HISTORY_IGNORED_FIELDS = ("version", "created_at", "updated_at")


def record_fields(*own: str) -> tuple[str, ...]:
    """The serializer fields of a record: id, owner, its own fields, its source and version."""
    return ("id", "display", "department", *own, "internal", *SOURCE_FIELDS, *RECORD_META_FIELDS)


# --- parsing -----------------------------------------------------------------------------------------------


API_PARSERS = [DecimalJSONParser, parsers.FormParser, parsers.MultiPartParser]  # udsyn.core.parsers


# --- errors ------------------------------------------------------------------------------------------------


class PreconditionRequired(exceptions.APIException):
    status_code = 428
    default_detail = gettext_lazy(
        "Say which version of the record your change is based on: send the header If-Match with the ETag "
        "(the version) you read, or a field \"version\" in the body."
    )
    default_code = "version_required"


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler, and a query parameter the view cannot use (udsyn.core.limits.BadParameter, Django's BadRequest)
    as a 400 with its message, like every other bad input of the API."""
    if isinstance(exc, BadRequest):
        return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
    return drf_exception_handler(exc, context)


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


class SharedDataPermission(RecordPermission):
    """Reference data and people: everyone logged in reads (what visible_to lets them see); creating and changing
    follow the rules the registry gives the model, as on the web pages (cities and organisations: anyone who registers
    records adds a new one, installation administrators change them; programmes and exchange rates: installation
    administrators only; people: their municipality's editors)."""

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if getattr(view, "action", None) != "create":  # a read-only list answers 405 to a POST
            return True
        return user_can_create(request.user, view.get_queryset().model)


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


def history_entries(instance: models.Model, viewer: Any = None) -> list[dict[str, Any]]:
    """Who changed the record, when, how and which fields; newest first. With `viewer`, users the viewer may not see
    (another municipality's, on shared reference data) are not named."""
    rows = list(instance.history.select_related("history_user").order_by("history_date", "history_id"))
    named = visible_users(viewer, [row.history_user for row in rows]) if viewer is not None else None
    entries = []
    previous = None
    for row in rows:
        if previous is None:
            changed = [f.name for f in row.instance_type._meta.concrete_fields
                       if f.name not in HISTORY_IGNORED_FIELDS and f.name != "id"
                       and getattr(row, f.attname, None) not in (None, "")]
        else:
            changed = row.diff_against(previous, excluded_fields=HISTORY_IGNORED_FIELDS).changed_fields
        user = row.history_user if named is None or row.history_user_id in named else None
        entries.append({
            "history_id": row.history_id,
            "when": row.history_date,
            "change_type": CHANGE_TYPES.get(row.history_type, row.history_type),
            "user": {"id": user.pk, "username": user.get_username(), "name": user.get_full_name()} if user else None,
            "reason": reason_text(row.history_change_reason, row.instance_type),
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
    def history(self, request: Request, pk: str | None = None, **kwargs: Any) -> Response:  # kwargs: ?format
        return Response(HistoryEntrySerializer(history_entries(self.get_object(), viewer=request.user),
                                               many=True).data)


# --- serializers -------------------------------------------------------------------------------------------


class DisplayField(serializers.CharField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(source="__str__", read_only=True, **kwargs)


# Base classes carry comments, not docstrings: drf-spectacular would show a base docstring as the
# description of every subclass in the OpenAPI document.


class ScopedChoicesMixin:
    # Related rows a client may name (contact, partner, department...) are those its user may see: another
    # municipality's id is "does not exist", as its page is a 404.

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        request = self.context.get("request")
        user = getattr(request, "user", None)
        if user is None:
            return fields
        for field in fields.values():
            relation = field.child_relation if isinstance(field, serializers.ManyRelatedField) else field
            if isinstance(relation, serializers.RelatedField) and relation.queryset is not None:
                relation.queryset = visible_to(user, relation.queryset.all())
        return fields


def _field_reader(field: serializers.Field, model: type[models.Model]) -> Any:
    """A function giving `field`'s value in a representation of a `model` instance, the value DRF's own
    get_attribute and to_representation give, without their machinery for every cell (a page of the API has a thousand
    cells: DRF looks each one up through a list of source attributes, asks inspect.signature whether it is a callable,
    and builds a related manager for each row's relation). None for a field this does not know: DRF's way then."""
    if len(field.source_attrs) != 1:
        return None
    source = field.source_attrs[0]
    if isinstance(field, DisplayField):
        return str
    try:
        model_field = model._meta.get_field(source)
    except FieldDoesNotExist:
        return None
    if getattr(model_field, "attname", None) != source and not model_field.is_relation:
        return None
    if type(field) is serializers.PrimaryKeyRelatedField and field.pk_field is None:
        if not (model_field.many_to_one or model_field.one_to_one) or not model_field.concrete:
            return None
        return operator.attrgetter(model_field.attname)  # the id, None for none: as DRF's PKOnlyObject gives it
    if isinstance(field, serializers.ManyRelatedField):
        child = field.child_relation
        if type(child) is not serializers.PrimaryKeyRelatedField or child.pk_field is not None:
            return None
        if not (model_field.many_to_many and model_field.concrete):
            return None

        def read_ids(instance: models.Model) -> list[Any]:
            if instance.pk is None:
                return []
            # The rows prefetch_related read (the viewsets' querysets prefetch their many-to-many fields), under the
            # field's name as Django's manager finds them, without building a manager for every row.
            prefetched = getattr(instance, "_prefetched_objects_cache", {})
            related = prefetched[source] if source in prefetched else getattr(instance, source).all()
            return [row.pk for row in related]

        return read_ids
    if model_field.is_relation or not model_field.concrete:
        return None
    to_representation = field.to_representation

    def read(instance: models.Model) -> Any:
        value = getattr(instance, source)
        return None if value is None else to_representation(value)

    return read


class PlainRepresentationMixin:
    # The representation of a record (every GET of the API), field by field as DRF writes it, by the readers of
    # _field_reader worked out once per serializer: a list's one child serializer serves its 50 rows.

    def to_representation(self, instance: models.Model) -> dict[str, Any]:
        readers = self.__dict__.get("_readers")
        if readers is None:
            model = self.Meta.model
            readers = self.__dict__["_readers"] = [
                (field.field_name, _field_reader(field, model), field) for field in self._readable_fields]
        ret = {}
        for name, read, field in readers:
            if read is not None:
                ret[name] = read(instance)
                continue
            try:  # DRF's own way (Serializer.to_representation)
                attribute = field.get_attribute(instance)
            except SkipField:
                continue
            check_for_none = attribute.pk if isinstance(attribute, PKOnlyObject) else attribute
            ret[name] = None if check_for_none is None else field.to_representation(attribute)
        return ret


class RecordSerializer(PlainRepresentationMixin, ScopedChoicesMixin, serializers.ModelSerializer):
    # Base of register record serializers; subclasses set Meta.model and Meta.fields = record_fields(...).

    display = DisplayField()

    class Meta:
        read_only_fields = RECORD_META_FIELDS


class ReferenceSerializer(PlainRepresentationMixin, ScopedChoicesMixin, serializers.ModelSerializer):
    display = DisplayField()


# --- schema ------------------------------------------------------------------------------------------------

# Schema: udsyn.core.schema (ApiSchema, RecordSchema, the error answers).


# --- viewsets ----------------------------------------------------------------------------------------------


class ApiViewSetMixin:
    """Reads through the registry's one visibility rule, and turns the domain's exceptions into HTTP answers."""

    parser_classes = API_PARSERS

    def get_queryset(self) -> models.QuerySet:
        return visible_to(self.request.user, super().get_queryset())

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
        claim_for_municipality(instance, acting_user)
        instance.full_clean()
        instance._history_user = acting_user
        instance.save()
        for name, values in many.items():
            getattr(instance, name).set(values)
    return instance


class ReferenceViewSet(ApiViewSetMixin, HistoryMixin, viewsets.ModelViewSet):
    # CRUD for shared reference data (and people); who may write is the registry's rule for the model.

    permission_classes = [SharedDataPermission]

    def perform_create(self, serializer: serializers.ModelSerializer) -> None:
        serializer.instance = save_reference(self.queryset.model(), serializer.validated_data, self.request.user)

    def perform_update(self, serializer: serializers.ModelSerializer) -> None:
        serializer.instance = save_reference(serializer.instance, serializer.validated_data, self.request.user)

    def perform_destroy(self, instance: models.Model) -> None:
        instance._history_user = self.request.user
        instance.delete()


class ReadOnlyReferenceViewSet(ApiViewSetMixin, HistoryMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [SharedDataPermission]
