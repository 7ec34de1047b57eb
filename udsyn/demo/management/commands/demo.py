"""`udsyn demo [--reset]`: load the demo municipality (safe to run again)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, no_translations

from udsyn.demo.loader import DEFAULT_ADDRESS, load_demo


class Command(BaseCommand):
    help = "Load the demo municipality (Copenhagen, with Aalborg and Aarhus). Running it again adds nothing."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--serving", action="store_true",
                            help="the web application starts right after (make demo): say so, not how to start it")
        parser.add_argument("--address", default=DEFAULT_ADDRESS,
                            help="where the web application answers, for the addresses printed (make demo passes "
                                 "its HOST and PORT)")
        parser.add_argument("--reset", action="store_true",
                            help="delete the earlier demo records (source 'demo') and load them again; this also "
                                 "moves the upcoming visits to dates after today")

    @no_translations  # the command line speaks English throughout; the web app speaks Danish
    def handle(self, *args, reset: bool = False, serving: bool = False, address: str = DEFAULT_ADDRESS,
               **options) -> None:
        result = load_demo(reset=reset, address=address)
        for name, count in result.removed.items():
            if count:
                self.stdout.write(f"removed {count} {name}")
        for name, count in sorted(result.updated.items()):
            self.stdout.write(f"brought {count} {name} of an earlier demo up to date")
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
        for note in result.notes:
            self.stdout.write(note)
        if serving:
            self.stdout.write(self.style.SUCCESS(f"Demo data loaded. Starting the web application at {address}/ and "
                                                 "the import worker (Ctrl+C stops both)..."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo data loaded. Start the web application with: udsyn serve "
                                                 "(and `udsyn worker` to read uploaded documents in the background)"))
