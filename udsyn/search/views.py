from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from .results import MAX_QUERY, search_register


@login_required
def search_page(request: HttpRequest) -> HttpResponse:
    """The results of the header's search box: the whole page, or (HTMX, as the user types) the result list only."""
    text = request.GET.get("q", "")[:MAX_QUERY]
    groups = search_register(text, request.user)
    partial = request.headers.get("HX-Request") and not request.headers.get("HX-Boosted")
    template = "search/_results.html" if partial else "search/page.html"
    response = render(request, template, {"q": text, "groups": groups, "title": text or None})
    patch_vary_headers(response, ["HX-Request"])
    return response
