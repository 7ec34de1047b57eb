"""`udsyn delegation-retention`: delete delegation contacts' personal data older than each desk's retention period.

Meant for a scheduler (cron, a systemd timer) once a day; safe to run any number of times.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, no_translations

from udsyn.delegation.services import personal_data_erase


class Command(BaseCommand):
    help = ("Delete the contact's name, title, e-mail, telephone, files and letter texts of delegation requests "
            "older than their desk's retention period. The statistics keep their counts.")

    @no_translations
    def handle(self, *args, **options) -> None:
        cleared = personal_data_erase()
        self.stdout.write(f"Personal data deleted from {cleared} delegation request(s).")
