"""`makemessages` that keeps every translation when a message moves from one catalogue to another.

Django files a message under the nearest app that has a locale/ directory, else under the project catalogue
(settings.LOCALE_PATHS), and msgmerge fills it only from that one catalogue's old .po. A message that moves (a
template moved to another app, a string now used by an app with its own catalogue) would come out untranslated,
or worse fuzzy-guessed from a similar message. So before the run, every translated message of the existing
catalogues is gathered into one compendium per language, in the order Django looks them up at runtime (project
catalogue first, then the apps in INSTALLED_APPS order), and msgmerge takes translations from it without fuzzy
matching. Obsolete entries stay in the .po files (Django's default) as a record; they are not compiled.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.commands import makemessages


def catalogue_paths(locale: str, domain: str) -> list[Path]:
    """The existing .po files of `locale`, in the order Django's runtime prefers their translations."""
    roots = [Path(path) for path in settings.LOCALE_PATHS]
    roots += [Path(config.path) / "locale" for config in apps.get_app_configs()]
    paths = [root / locale / "LC_MESSAGES" / f"{domain}.po" for root in roots]
    return [path for path in dict.fromkeys(paths) if path.exists()]


def write_compendium(pofiles: list[Path], target: Path) -> None:
    """The translated, non-fuzzy, live messages of `pofiles` in one .po; the first translation of a message wins."""
    parts = []
    for index, pofile in enumerate(pofiles):
        part = target.with_name(f"{target.stem}-{index}.po")
        run(["msgattrib", "--translated", "--no-fuzzy", "--no-obsolete", "-o", str(part), str(pofile)])
        parts.append(str(part))
    run(["msgcat", "--use-first", "-o", str(target), *parts])


def run(args: list[str]) -> None:
    subprocess.run(args, check=True, capture_output=True, text=True)


class Command(makemessages.Command):
    help = makemessages.Command.help + " Translations follow a message that moves between catalogues."

    def handle(self, *args, **options) -> None:
        with tempfile.TemporaryDirectory(prefix="udsyn-makemessages-") as tmp:
            self.compendia = {}
            for locale in options["locale"]:
                pofiles = catalogue_paths(locale, options["domain"])
                if pofiles:
                    self.compendia[locale] = Path(tmp) / f"{locale}.po"
                    write_compendium(pofiles, self.compendia[locale])
            super().handle(*args, **options)

    def write_po_file(self, potfile: str, locale: str) -> None:
        # msgmerge_options is shared by all languages; set this language's compendium just for its merge.
        base = self.msgmerge_options
        compendium = self.compendia.get(locale)
        if compendium:
            self.msgmerge_options = [*base, "--no-fuzzy-matching", f"--compendium={compendium}"]
        try:
            super().write_po_file(potfile, locale)
        finally:
            self.msgmerge_options = base
