"""`udsyn demo [--reset]`: load the demo municipality (safe to run again)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, no_translations

from udsyn.core.demo import load_demo


class Command(BaseCommand):
    help = "Load the demo municipality (Copenhagen, with Aalborg and Aarhus). Running it again adds nothing."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--reset", action="store_true",
                            help="delete the earlier demo records (source 'demo') and load them again; this also "
                                 "moves the upcoming visits to dates after today")

    @no_translations  # the command line speaks English throughout; the web app speaks Danish
    def handle(self, *args, reset: bool = False, **options) -> None:
        result = load_demo(reset=reset)
        for name, count in result.removed.items():
            if count:
                self.stdout.write(f"removed {count} {name}")
        if result.created:
            for name, count in sorted(result.created.items()):
                self.stdout.write(f"created {count} {name}")
        else:
            self.stdout.write("The demo data is already loaded; nothing new was created.")
        self.stdout.write("")
        self.stdout.write("Demo users (username / password — for demonstration only):")
        for user in result.users:
            note = "" if user.created else "  (already existed; password unchanged)"
            self.stdout.write(f"  {user.username} / {user.password}  {user.role}, {user.department}{note}")
        self.stdout.write(self.style.SUCCESS("Demo data loaded. Start the web application with: udsyn serve"))
