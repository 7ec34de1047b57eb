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


def policy_directives(policy: str) -> dict[str, str]:
    """{'script-src': "'self'", ...} of a Content-Security-Policy header value."""
    directives = {}
    for part in policy.split(";"):
        words = part.split(None, 1)
        if words:
            directives[words[0].lower()] = words[1] if len(words) > 1 else ""
    return directives


class ContentSecurityPolicyMiddleware:
    """Every response carries settings.CONTENT_SECURITY_POLICY: scripts and styles only from the site's own static
    files, no inline script, style or event handler (a name that slipped through escaping could not run). A view that
    sets a policy of its own (the embeddable delegation form's frame-ancestors, a generated HTML report's inline
    styles) keeps its directives; the site's fill in the ones it did not name."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from django.conf import settings

        response = self.get_response(request)
        policy = settings.CONTENT_SECURITY_POLICY
        if policy:
            own = policy_directives(response.get("Content-Security-Policy", ""))
            merged = {**policy_directives(policy), **own}
            response["Content-Security-Policy"] = "; ".join(f"{name} {value}".strip() for name, value in merged.items())
        return response
