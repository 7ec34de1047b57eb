from udsyn.core.generic import record_urls

from . import views

urlpatterns = record_urls("partner", list_view=views.PartnerList, detail_view=views.PartnerDetail,
                          create_view=views.PartnerCreate, update_view=views.PartnerUpdate,
                          delete_view=views.PartnerDelete)
