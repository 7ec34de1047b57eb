from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("memberships/", include("udsyn.memberships.urls")),
    path("partners/", include("udsyn.partners.urls")),
    path("projects/", include("udsyn.projects.urls")),
    path("visits/", include("udsyn.visits.urls")),
    path("strategies/", include("udsyn.strategies.urls")),
    path("organisations/", include("udsyn.organisations.urls")),
    path("imports/", include("udsyn.imports.urls")),
    path("reports/", include("udsyn.reports.urls")),
]
