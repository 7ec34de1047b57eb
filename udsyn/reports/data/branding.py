"""The municipality's look on its reports: its name, its logo and its accent colour (set on the municipality's
settings page)."""

from __future__ import annotations

import logging

from udsyn.organisations.models import Municipality

from ..document import Branding

DEFAULT_ACCENT = "#0B3D5C"
LOGO_TYPES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif"}
logger = logging.getLogger(__name__)


def branding(municipality: Municipality) -> Branding:
    logo, logo_type = None, ""
    if municipality.logo:
        try:
            with municipality.logo.open("rb") as handle:
                logo = handle.read()
            logo_type = LOGO_TYPES.get(municipality.logo.name.rsplit(".", 1)[-1].lower(), "image/png")
        except OSError:  # the file is gone from the media folder: the report shows the name alone
            logger.warning("Logo file of %s is missing: %s", municipality, municipality.logo.name)
            logo = None
    return Branding(name=municipality.name, accent=municipality.accent_colour or DEFAULT_ACCENT, logo=logo,
                    logo_type=logo_type)
