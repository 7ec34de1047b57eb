from django.urls import path

from . import saved_filters

urlpatterns = [
    path("", saved_filters.saved_filter_save, name="saved_filter_save"),
    path("<int:pk>/delete/", saved_filters.saved_filter_delete, name="saved_filter_delete"),
]
