"""GET /api/v1/search/?q=...: the header search's results as JSON, grouped by type."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from .results import MAX_QUERY, PER_TYPE, search_register


class HitSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="record.pk")
    display = serializers.CharField(source="record")
    url = serializers.CharField(allow_null=True, help_text=_("The record's page in the web application."))


class GroupSerializer(serializers.Serializer):
    type = serializers.CharField(source="kind", help_text=_("e.g. projects.project"))
    label = serializers.CharField()
    results = HitSerializer(source="hits", many=True)
    more_url = serializers.CharField(allow_null=True, help_text=_("The type's list searched the same way, when "
                                                                  "there are more matches than shown."))


class SearchResultSerializer(serializers.Serializer):
    q = serializers.CharField()
    groups = GroupSerializer(many=True)


class SearchView(APIView):
    """Search every record, person, organisation, city and document by name, acronym or text (Danish stemming,
    accents folded: "Goteborg" finds Göteborg, "kontingent" finds "kontingenter"; a city by its Danish or its
    international name: "Hamburg" finds Hamborg; "quotes", or, -word)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(parameters=[
        OpenApiParameter("q", str, required=True, description=_("What to search for")),
        OpenApiParameter("per_type", int, description=_("Results of each type (1-50, default 5)"))],
        responses=SearchResultSerializer)
    def get(self, request: Request) -> Response:
        text = request.query_params.get("q", "")
        if not text.strip() or len(text) > MAX_QUERY:
            message = _("Give 1 to %(n)s characters to search for.") % {"n": MAX_QUERY}
            raise serializers.ValidationError({"q": [message]})
        try:
            per_type = int(request.query_params.get("per_type", PER_TYPE))
        except ValueError:
            per_type = 0
        if not 1 <= per_type <= 50:
            raise serializers.ValidationError({"per_type": [_("A number from 1 to 50.")]})
        groups = search_register(text, request.user, per_type=per_type)
        return Response(SearchResultSerializer({"q": text, "groups": groups}).data)
