"""Public open data, no login: /opendata/<municipality>/... serves what the municipality publishes."""

from django.urls import path

from . import views

urlpatterns = [
    path("<slug:slug>/", views.public_index, name="public_opendata"),
    path("<slug:slug>/partners.geojson", views.public_partners, name="public_opendata_partners"),
    path("<slug:slug>/calendar.ics", views.public_calendar, name="public_opendata_calendar"),
    path("<slug:slug>/<slug:record_type>.<str:fmt>", views.public_export, name="public_opendata_export"),
]
