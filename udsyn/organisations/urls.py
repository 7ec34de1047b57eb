from django.urls import path

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
urlpatterns += record_urls("municipality", list_view=views.MunicipalityList, detail_view=views.MunicipalityDetail,
                           update_view=views.MunicipalityUpdate, prefix="municipalities/")
urlpatterns += [path("municipalities/<int:pk>/logo/", views.municipality_logo, name="municipality_logo")]
urlpatterns += record_urls("department", list_view=views.DepartmentList, detail_view=views.DepartmentDetail,
                           update_view=views.DepartmentUpdate, prefix="departments/")
