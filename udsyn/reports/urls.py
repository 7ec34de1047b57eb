from django.urls import path

from . import views

urlpatterns = [
    path("", views.reports_index, name="reports_index"),
    path("map/", views.insight_map, name="insight_map"),
    path("graph/", views.insight_graph, name="insight_graph"),
    path("charts/", views.insight_charts, name="insight_charts"),
    path("opendata/", views.opendata_index, name="opendata_index"),
    path("opendata/partners.geojson", views.opendata_partners, name="opendata_partners"),
    path("opendata/calendar.ics", views.opendata_calendar, name="opendata_calendar"),
    path("opendata/<slug:record_type>.<str:fmt>", views.opendata_export, name="opendata_export"),
]
