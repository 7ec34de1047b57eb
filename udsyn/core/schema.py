"""The OpenAPI document's schema classes (a module of its own: DRF's settings name ApiSchema, and drf-spectacular's
decorators import it while the API modules load)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import serializers
from rest_framework.permissions import AllowAny


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
    your_version = serializers.IntegerField(allow_null=True)
    current_version = serializers.IntegerField(allow_null=True)
    current = serializers.DictField(allow_null=True, help_text=gettext_lazy("The record as it is stored now."))


IF_MATCH = OpenApiParameter(
    "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER, required=True,
    description=gettext_lazy("The ETag (version) of the record your change is based on, e.g. \"3\". Without it the "
                             "answer is 428; a version that is not the current one is 409."),
)
IF_MATCH_DELETE = OpenApiParameter(
    "If-Match", OpenApiTypes.STR, OpenApiParameter.HEADER,
    description=gettext_lazy("The ETag (version) of the record you mean to delete, e.g. \"3\": when it is no longer "
                             "the current one, the answer is 409 and nothing is deleted."),
)
ETAG = OpenApiParameter("ETag", OpenApiTypes.STR, OpenApiParameter.HEADER, response=[200, 201],
                        description=gettext_lazy("The record's version, to send back in If-Match."))

VALIDATION_ERROR = OpenApiResponse(OpenApiTypes.OBJECT, description=gettext_lazy(
    "The input cannot be used: each field or query parameter named has its messages (a list of texts); "
    "\"detail\" for the request as a whole."))
NOT_LOGGED_IN = OpenApiResponse(ErrorSerializer, description=gettext_lazy(
    "Not logged in: send \"Authorization: Token <key>\" (POST /api/v1/auth/token/ gives the key) or a session "
    "cookie."))
FORBIDDEN = OpenApiResponse(ErrorSerializer, description=gettext_lazy("Logged in, but not allowed to do this."))
NOT_FOUND = OpenApiResponse(ErrorSerializer, description=gettext_lazy(
    "No such record, or none that you may see."))
STALE_VERSION = OpenApiResponse(ConflictSerializer, description=gettext_lazy(
    "The record changed since the version you sent (the current record and its version are in the answer), or it "
    "is still used by other records."))
IN_USE = OpenApiResponse(ErrorSerializer, description=gettext_lazy(
    "Still used by other records: change or delete them first."))
TOO_MANY = OpenApiResponse(ErrorSerializer, description=gettext_lazy(
    "Too many requests, or too many wrong passwords (the account is locked for a while): try again later."))
VERSION_MISSING = OpenApiResponse(ErrorSerializer, description=gettext_lazy(
    "Say which version your change is based on: the If-Match header."))


class ApiSchema(AutoSchema):
    """Every operation of the OpenAPI document with the error answers it can give besides its own: 400 (bad input,
    also out-of-range filters and paging), 401 and 403 (not logged in, not allowed), 404 (an id that is not there or
    not yours), 409 (a delete of something still in use); RecordSchema adds the record writes' 409 and 428."""

    def error_responses(self) -> dict[int, OpenApiResponse]:
        answers: dict[int, OpenApiResponse] = {}
        if self.method in ("POST", "PUT", "PATCH") or self.method == "GET" and self.has_query_parameters():
            answers[400] = VALIDATION_ERROR
        if not all(isinstance(permission, AllowAny) for permission in self.view.get_permissions()):
            answers[401] = NOT_LOGGED_IN
            answers[403] = FORBIDDEN
        if "{" in self.path:
            answers[404] = NOT_FOUND
        if self.method == "DELETE":
            answers[409] = IN_USE
        if self.view.get_throttles():
            answers[429] = TOO_MANY
        return answers

    def has_query_parameters(self) -> bool:
        return self._is_list_view() or any(
            getattr(parameter, "location", None) == OpenApiParameter.QUERY for parameter in
            self.get_override_parameters())

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        for code, answer in self.error_responses().items():
            if str(code) not in responses:
                responses[str(code)] = self._get_response_for_code(answer, str(code), direction=direction)
        return responses


class RecordSchema(ApiSchema):
    """Documents If-Match/ETag and the 409/428 answers of record writes."""

    def get_override_parameters(self) -> list:
        params = list(super().get_override_parameters())
        if self.method in ("PUT", "PATCH"):
            params.append(IF_MATCH)
        elif self.method == "DELETE":
            params.append(IF_MATCH_DELETE)
        if self.method in ("GET", "POST", "PUT", "PATCH") and not self._is_list_view() \
                and getattr(self.view, "action", None) != "history":
            params.append(ETAG)
        return params

    def error_responses(self) -> dict[int, OpenApiResponse]:
        answers = super().error_responses()
        if self.method in ("PUT", "PATCH", "DELETE"):
            answers[409] = STALE_VERSION
        if self.method in ("PUT", "PATCH"):
            answers[428] = VERSION_MISSING
        return answers
