from django.urls import path

from udsyn.core.generic import record_urls

from . import views

urlpatterns = record_urls("strategy", list_view=views.StrategyList, detail_view=views.StrategyDetail,
                          create_view=views.StrategyCreate, update_view=views.StrategyUpdate,
                          delete_view=views.StrategyDelete)
# The parts of a strategy are added under their parent and have no list of their own.
for name, parent, create, detail, update, delete in [
    ("theme", "", views.ThemeCreate, views.ThemeDetail, views.ThemeUpdate, views.ThemeDelete),
    ("goal", "themes/", views.GoalCreate, views.GoalDetail, views.GoalUpdate, views.GoalDelete),
    ("indicator", "goals/", views.IndicatorCreate, views.IndicatorDetail, views.IndicatorUpdate,
     views.IndicatorDelete),
    ("measurement", "indicators/", views.MeasurementCreate, views.MeasurementDetail, views.MeasurementUpdate,
     views.MeasurementDelete),
]:
    urlpatterns.append(path(f"{parent}<int:parent>/{name}s/add/", create.as_view(), name=f"{name}_add"))
    urlpatterns += record_urls(name, detail_view=detail, update_view=update, delete_view=delete, prefix=f"{name}s/")
