"""`make lint`: every message the code marks for translation has its Danish translation, compiled.

Runs udsyn's own makemessages (what `make messages` runs) on a temporary copy of the sources, so the work tree
is not written, and compares with the committed catalogues. It fails when
- a message of the code has no Danish translation, or only a fuzzy one (fix: `make messages`, then translate);
- a committed .po lacks a message the code has, or keeps one the code dropped (fix: `make messages`);
- a committed .mo differs from its .po (fix: `make messages`, which compiles).
Messages are compared by catalogue content (msgfmt, then Python's gettext reader), not by text, so line numbers in
the location comments and the creation date do not count.
"""

from __future__ import annotations

import gettext
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "udsyn"
LOCALE = "da"
EXTRACTED = {".py", ".html", ".txt", ".po", ".mo"}  # what makemessages reads, and the catalogues it merges into
MAKEMESSAGES = ["makemessages", "-l", LOCALE, "--ignore=static/*", "--ignore=tests/*"]  # as the Makefile runs it


def copy_sources(target: Path) -> None:
    def skip(folder: str, names: list[str]) -> list[str]:
        return [name for name in names
                if not (Path(folder) / name).is_dir() and Path(name).suffix not in EXTRACTED
                or name == "__pycache__"]

    shutil.copytree(SOURCES, target, ignore=skip)


def make_messages(sources: Path) -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "udsyn.settings"}
    subprocess.run([sys.executable, "-m", "django", *MAKEMESSAGES, "-v", "0"], cwd=sources, env=env, check=True)


def catalogue(mo: Path) -> dict:
    with mo.open("rb") as handle:
        return {key: value for key, value in gettext.GNUTranslations(handle)._catalog.items() if key != ""}


def compiled(po: Path, work: Path, every_message: bool = False) -> dict:
    """The messages of `po` as msgfmt compiles them; with every_message, untranslated and fuzzy ones too."""
    if every_message:
        filled = work / "filled.po"
        subprocess.run(f"msgattrib --no-obsolete --clear-fuzzy '{po}' | msgen -o '{filled}' -",
                       shell=True, check=True)
        po = filled
    mo = work / "out.mo"
    subprocess.run(["msgfmt", "-o", str(mo), str(po)], check=True)
    return catalogue(mo)


def problems(fresh: Path, committed: Path, work: Path) -> list[str]:
    name = committed.relative_to(ROOT)
    code = compiled(fresh, work, every_message=True)
    found = [f"{name}: no Danish translation for {key!r}" for key in code if key not in compiled(fresh, work)]
    kept = compiled(committed, work, every_message=True) if committed.exists() else {}
    found += [f"{name}: not updated by `make messages`, lacks {key!r}" for key in code.keys() - kept.keys()]
    found += [f"{name}: not updated by `make messages`, keeps {key!r}" for key in kept.keys() - code.keys()]
    mo = committed.with_suffix(".mo")
    if committed.exists() and (not mo.exists() or catalogue(mo) != compiled(committed, work)):
        found.append(f"{mo.relative_to(ROOT)}: not compiled from its .po (`make messages`)")
    return found


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="udsyn-check-messages-") as tmp:
        work = Path(tmp)
        copy_sources(work / "udsyn")
        make_messages(work / "udsyn")
        found = []
        for fresh in sorted((work / "udsyn").glob(f"**/locale/{LOCALE}/LC_MESSAGES/django.po")):
            found += problems(fresh, SOURCES / fresh.relative_to(work / "udsyn"), work)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
