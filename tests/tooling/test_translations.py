"""Every text the code and templates mark for translation has a Danish translation in a catalogue, so a new
label cannot reach the Danish pages in English ("Save the filters shown"). The texts are gathered the way
`make messages` gathers them (Django's makemessages, over a copy of the package), and looked up in the catalogues
of the repository."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parents[2]
GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy", "npgettext"}
DJANGO_ADMIN = Path(sys.executable).parent / "django-admin"
SOURCES = (".py", ".html", ".txt", ".po")


def sources_only(directory: str, names: list[str]) -> list[str]:
    """What makemessages reads (code, templates) and the catalogues it merges into; no data, no tests."""
    return [n for n in names
            if n in ("__pycache__", "tests", "data") or not (n.endswith(SOURCES) or (Path(directory) / n).is_dir())]


def messages(root: Path) -> dict[tuple[str | None, str], list]:
    """(context, msgid) → locations, for every Danish catalogue under root."""
    found: dict[tuple[str | None, str], list] = {}
    for po in sorted(root.glob("**/locale/da/LC_MESSAGES/django.po")):
        with po.open("rb") as handle:
            for message in read_po(handle):
                if message.id:
                    key = (message.context, message.id if isinstance(message.id, str) else message.id[0])
                    found.setdefault(key, []).extend(message.locations)
    return found


def translated(root: Path) -> set[tuple[str | None, str]]:
    """(context, msgid) that some Danish catalogue under root translates (not empty, not fuzzy)."""
    done = set()
    for po in sorted(root.glob("**/locale/da/LC_MESSAGES/django.po")):
        with po.open("rb") as handle:
            for message in read_po(handle):
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                if message.id and all(strings) and not message.fuzzy:
                    done.add((message.context, message.id if isinstance(message.id, str) else message.id[0]))
    return done


def untranslated(copy: Path) -> dict[tuple[str | None, str], list]:
    """The texts marked for translation in the copy's sources that no catalogue of the repository translates."""
    result = subprocess.run([str(DJANGO_ADMIN), "makemessages", "-l", "da", "--settings=udsyn.settings"],
                            cwd=copy / "udsyn", capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    known = translated(REPO / "udsyn")
    return {key: where for key, where in messages(copy / "udsyn").items() if key not in known}


@pytest.fixture
def copy(tmp_path):
    if not shutil.which("xgettext"):
        pytest.skip("needs GNU gettext's xgettext (apt-get install gettext), as `make messages` does")
    shutil.copytree(REPO / "udsyn", tmp_path / "udsyn", ignore=sources_only)
    return tmp_path


def test_every_text_marked_for_translation_has_a_danish_translation(copy):
    missing = untranslated(copy)
    assert not missing, "Translate these in a Danish catalogue (udsyn/<app>/locale/da/LC_MESSAGES/django.po):\n" + \
        "\n".join(f"{key[1]!r} ({', '.join(f'{path}:{line}' for path, line in where[:2])})"
                  for key, where in missing.items())


def test_a_new_label_without_a_translation_is_found(copy):
    before = set(untranslated(copy))
    template = copy / "udsyn" / "templates" / "generic" / "_new_label.html"
    template.write_text('{% load i18n %}<summary>{% translate "Keep these filters for later" %}</summary>\n')
    assert set(untranslated(copy)) - before == {(None, "Keep these filters for later")}


def hidden_in_f_strings(source: str) -> list[int]:
    """Lines where a translation call sits inside an f-string: xgettext does not look there, so its text never
    reaches a catalogue and shows in English."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            lines += [call.lineno for call in ast.walk(node) if isinstance(call, ast.Call)
                      and isinstance(call.func, ast.Name) and call.func.id in GETTEXT]
    return lines


def test_no_text_for_translation_is_hidden_in_an_f_string():
    found = {str(path.relative_to(REPO)): lines for path in sorted((REPO / "udsyn").rglob("*.py"))
             if "tests" not in path.parts and (lines := hidden_in_f_strings(path.read_text(encoding="utf-8")))}
    assert not found, "Call gettext outside the f-string: " + ", ".join(f"{p}:{n}" for p, n in found.items())
    assert hidden_in_f_strings('title = f"{c.title} ({_(\'per currency\')})"\n') == [1]  # the check can fail
