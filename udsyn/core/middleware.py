from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class DanishByDefaultMiddleware:
    """Pages speak Danish unless the user picked English with the language switch.

    Staff often run an English-language browser on a Danish desk; the browser's
    Accept-Language should not switch the application's language for them. The
    switch (a cookie set by Django's set_language view) still wins, and API
    clients keep content negotiation.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith("/api/"):
            request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
