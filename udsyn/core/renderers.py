"""How the API answers: JSON, and DRF's browsable pages for people trying the API in a browser."""

from __future__ import annotations

from typing import Any

from rest_framework import renderers

# DRF's browsable pages load only their own scripts, but carry inline styles of their own (the site's pages carry
# none): their answers allow inline styles, never inline script.
BROWSABLE_POLICY = "style-src 'self' 'unsafe-inline'"


class BrowsableAPIRenderer(renderers.BrowsableAPIRenderer):
    def render(self, data: Any, accepted_media_type: str | None = None,
               renderer_context: dict[str, Any] | None = None) -> Any:
        response = (renderer_context or {}).get("response")
        if response is not None:
            response["Content-Security-Policy"] = BROWSABLE_POLICY
        return super().render(data, accepted_media_type, renderer_context)
