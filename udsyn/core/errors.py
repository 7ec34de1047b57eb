"""The site's error pages that say more than Django's defaults (udsyn.urls names them)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views import defaults

from udsyn.core.limits import BadParameter


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """400: a parameter the application could not use (udsyn.core.limits.BadParameter: a filter or id out of range)
    is named on the page; Django's own 400s (a forged host, a broken upload) keep Django's plain page."""
    if isinstance(exception, BadParameter):
        return render(request, "400.html", {"message": str(exception)}, status=400)
    return defaults.bad_request(request, exception)
