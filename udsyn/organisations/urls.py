from udsyn.core.generic import record_urls

from . import views

urlpatterns = record_urls("organisation", list_view=views.OrganisationList, detail_view=views.OrganisationDetail,
                          create_view=views.OrganisationCreate, update_view=views.OrganisationUpdate,
                          delete_view=views.OrganisationDelete)
urlpatterns += record_urls("city", list_view=views.CityList, detail_view=views.CityDetail,
                           create_view=views.CityCreate, update_view=views.CityUpdate, delete_view=views.CityDelete,
                           prefix="cities/")
urlpatterns += record_urls("person", list_view=views.PersonList, detail_view=views.PersonDetail,
                           create_view=views.PersonCreate, update_view=views.PersonUpdate,
                           delete_view=views.PersonDelete, prefix="people/")
