"""Saved filters: a user names the filters of a list and comes back to them from the list's filter panel."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from udsyn.core.models import SavedFilter
from udsyn.core.registry import visible_to


def _list_path(request: HttpRequest) -> str:
    """The list the filter belongs to: a path of this site only (never an address elsewhere)."""
    path = request.POST.get("path", "")
    try:
        resolve(path)
    except Resolver404:
        return "/"
    return path if path.startswith("/") and not path.startswith("//") else "/"


def _query_of_page(request: HttpRequest, path: str) -> str:
    """The filters of the list page the form was sent from (its address, HTMX keeps it current)."""
    sent_from = urlsplit(request.headers.get("Referer", ""))
    same_page = sent_from.path == path and sent_from.netloc in ("", request.get_host())
    return sent_from.query if same_page else ""


def _without_paging(query: str) -> str:
    params = QueryDict(query, mutable=True)
    for name in ("page", "export"):
        params.pop(name, None)
    return params.urlencode()


@login_required
@require_POST
def saved_filter_save(request: HttpRequest) -> HttpResponse:
    path = _list_path(request)
    query = request.POST.get("query") if "query" in request.POST else _query_of_page(request, path)
    query = _without_paging(query)[:2000]
    name = request.POST.get("name", "").strip()[:100]
    back = f"{path}?{query}" if query else path
    if not name:
        messages.error(request, _("Give the filter a name to save it."))
        return HttpResponseRedirect(back)
    SavedFilter.objects.update_or_create(user=request.user, path=path, name=name, defaults={"query": query})
    messages.success(request, _("The filter “%(name)s” was saved. You find it beside the list.") % {"name": name})
    return HttpResponseRedirect(back)


@login_required
@require_POST
def saved_filter_delete(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(visible_to(request.user, SavedFilter.objects.all()), pk=pk)  # only one's own
    saved.delete()
    messages.success(request, _("The filter “%(name)s” was deleted.") % {"name": saved.name})
    return HttpResponseRedirect(saved.path)
