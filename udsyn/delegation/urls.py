"""The public form at /delegation/<municipality>/ and the staff's pages under /delegations/."""

from django.urls import path

from udsyn.core.generic import record_urls

from . import public, views

urlpatterns = [
    path("delegation/<slug:slug>/", public.request_form, name="delegation_form"),
    path("delegation/<slug:slug>/embed/", public.request_form_embed, name="delegation_form_embed"),
    path("delegation/<slug:slug>/receipt/<str:reference>/", public.receipt, name="delegation_receipt"),
    path("delegations/new/", views.enter, name="delegation_enter"),
    *record_urls("delegationrequest", list_view=views.RequestList, detail_view=views.RequestDetail,
                 prefix="delegations/"),
    path("delegations/statistics/", views.statistics_page, name="delegation_statistics"),
    path("delegations/desk/open/", views.desk_open, name="delegation_desk_open"),
    path("delegations/desk/<int:pk>/rules/", views.rules, name="delegation_rules"),
    path("delegations/<int:pk>/decide/", views.decide, name="delegation_decide"),
    path("delegations/<int:pk>/screen/", views.screen_again, name="delegation_screen"),
    path("delegations/<int:pk>/cancel/", views.cancel, name="delegation_cancel"),
    path("delegations/<int:pk>/plan/", views.plan, name="delegation_plan"),
    path("delegations/<int:pk>/host/", views.set_host, name="delegation_host"),
    path("delegations/<int:pk>/held/", views.hold, name="delegation_held"),
    path("delegations/<int:pk>/follow-up/", views.follow_up, name="delegation_follow_up"),
    path("delegations/<int:pk>/programme/add/", views.agenda_add, name="delegation_agenda_add"),
    path("delegations/<int:pk>/programme/<int:item_pk>/", views.agenda_edit, name="delegation_agenda_edit"),
    path("delegations/<int:pk>/programme/<int:item_pk>/delete/", views.agenda_delete,
         name="delegation_agenda_delete"),
    path("delegations/<int:pk>/programme/<int:item_pk>/presentation/", views.presentation,
         name="delegation_presentation"),
    path("delegations/<int:pk>/programme.<str:fmt>", views.programme_file, name="delegation_programme"),
    path("delegations/<int:pk>/letters/<int:letter_pk>/send/", views.letter_send, name="delegation_letter_send"),
    path("delegations/<int:pk>/files/<int:attachment_pk>/", views.attachment, name="delegation_attachment"),
]
