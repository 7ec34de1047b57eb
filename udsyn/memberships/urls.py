from udsyn.core.generic import record_urls

from . import views

urlpatterns = record_urls("membership", list_view=views.MembershipList, detail_view=views.MembershipDetail,
                          create_view=views.MembershipCreate, update_view=views.MembershipUpdate,
                          delete_view=views.MembershipDelete)
