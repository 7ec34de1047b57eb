from udsyn.core.generic import record_urls

from . import views

urlpatterns = record_urls("project", list_view=views.ProjectList, detail_view=views.ProjectDetail,
                          create_view=views.ProjectCreate, update_view=views.ProjectUpdate,
                          delete_view=views.ProjectDelete)
