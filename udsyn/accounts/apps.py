from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "udsyn.accounts"
    label = "accounts"
    verbose_name = _("accounts")

    def ready(self) -> None:
        from udsyn.core import registry

        from .models import User

        # Users are seen by the users of their own municipality (history names them); installation administrators
        # manage them all.
        registry.register(User, scope="municipality")
