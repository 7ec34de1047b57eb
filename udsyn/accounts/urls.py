from django.contrib.auth import views as auth_views
from django.urls import path

from udsyn.core.generic import record_urls

from . import views

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/<uidb64>/<token>/", views.PasswordSet.as_view(), name="password_set"),
    path("password/done/", views.PasswordSetDone.as_view(), name="password_set_done"),
    path("users/<int:pk>/active/", views.UserActive.as_view(), name="user_active"),
]
urlpatterns += record_urls("user", list_view=views.UserList, detail_view=views.UserDetail,
                           create_view=views.UserCreate, update_view=views.UserUpdate, prefix="users/")
