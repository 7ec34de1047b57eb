from django.urls import path

from . import review_views, views
from .sheet_views import sheet_confirm, sheet_upload

urlpatterns = [
    path("", views.import_list, name="import_list"),
    path("batches/<int:pk>/", views.import_batch, name="import_batch"),
    path("batches/<int:pk>/jobs/", views.import_batch_jobs, name="import_batch_jobs"),
    path("jobs/<int:pk>/retry/", views.import_job_retry, name="import_job_retry"),
    path("documents/<int:pk>/", review_views.import_document, name="import_document"),
    path("documents/<int:pk>/file/", views.import_document_file, name="import_document_file"),
    path("documents/<int:pk>/accept/", review_views.import_bulk_accept, name="import_bulk_accept"),
    path("bulk/<int:pk>/undo/", review_views.import_bulk_undo, name="import_bulk_undo"),
    path("candidates/<int:pk>/", views.import_candidate, name="import_candidate"),
    path("candidates/<int:pk>/accept/", review_views.import_candidate_accept, name="import_candidate_accept"),
    path("candidates/<int:pk>/merge/", review_views.import_candidate_merge, name="import_candidate_merge"),
    path("candidates/<int:pk>/reject/", review_views.import_candidate_reject, name="import_candidate_reject"),
    path("sheets/", sheet_upload, name="import_sheet"),
    path("sheets/<uuid:token>/", sheet_confirm, name="import_sheet_confirm"),
]
