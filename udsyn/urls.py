"""The site's addresses: every app's pages under its own prefix (this module is the roof; no app includes another)."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico whatever the page says; answer with the icon the pages name.
    path("favicon.ico", RedirectView.as_view(url=static_url("udsyn/favicon.svg"), permanent=True)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("filters/", include("udsyn.core.urls")),
    path("api/v1/", include("udsyn.api.urls")),
    path("", include("udsyn.dashboard.urls")),
    path("", include("udsyn.accounts.urls")),
    path("memberships/", include("udsyn.memberships.urls")),
    path("partners/", include("udsyn.partners.urls")),
    path("projects/", include("udsyn.projects.urls")),
    path("visits/", include("udsyn.visits.urls")),
    path("strategies/", include("udsyn.strategies.urls")),
    path("organisations/", include("udsyn.organisations.urls")),
    path("imports/", include("udsyn.imports.urls")),
    path("reports/", include("udsyn.reports.urls")),
    path("opendata/", include("udsyn.reports.public_urls")),
    path("", include("udsyn.delegation.urls")),
    path("search/", include("udsyn.search.urls")),
]
handler400 = "udsyn.core.errors.bad_request"  # names the parameter that cannot be used

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
