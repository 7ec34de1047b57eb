from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "udsyn.accounts"
    label = "accounts"
    verbose_name = _("accounts")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from udsyn.core import permissions, registry

        from .models import User

        # Users are seen by the users of their own municipality (history names them); their administrators manage
        # them (the Users pages), installation administrators every municipality's.
        registry.register(User, scope="municipality", create=permissions.can_manage_users,
                          edit=permissions.can_manage_user)
        # A login updates last_login without a row in the user's history (which records who changed what).
        user_logged_in.disconnect(dispatch_uid="update_last_login")
        user_logged_in.connect(_update_last_login, dispatch_uid="update_last_login")


def _update_last_login(sender, user, **kwargs) -> None:
    from django.utils import timezone

    user.last_login = timezone.now()
    type(user)._default_manager.filter(pk=user.pk).update(last_login=user.last_login)
