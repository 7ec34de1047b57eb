from udsyn.core.generic import record_urls

from . import views

urlpatterns = record_urls("visit", list_view=views.VisitList, detail_view=views.VisitDetail,
                          create_view=views.VisitCreate, update_view=views.VisitUpdate,
                          delete_view=views.VisitDelete)
urlpatterns += record_urls("event", list_view=views.EventList, detail_view=views.EventDetail,
                           create_view=views.EventCreate, update_view=views.EventUpdate,
                           delete_view=views.EventDelete, prefix="events/")
