"""The Danish pages speak Danish: walking the main pages as a coordinator finds no English text the catalogues
translate (an untranslated msgid), and no field names from the code (annual_fee)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import udsyn
from udsyn.demo.loader import load_demo

from .pages import demo_pages, log_in_as

# The parts of a page that are the application's own words (not the register's data, which may be English).
CHROME = "th, label, button, legend, summary, dt, caption, .help, .breadcrumb, nav, .page-head h1 + p"
IDENTIFIER = re.compile(r"\b[a-z]+_[a-z_]+\b")


def english_phrases() -> tuple[set[str], set[str]]:
    """The English texts our Danish catalogues translate differently: phrases of two words or more, and words."""
    phrases, words = set(), set()
    for po in Path(udsyn.__file__).parent.glob("**/locale/da/LC_MESSAGES/django.po"):
        with po.open("rb") as handle:
            for message in read_po(handle):
                texts = message.id if isinstance(message.id, tuple) else (message.id,)
                translated = message.string if isinstance(message.string, tuple) else (message.string,)
                for text in texts:
                    if not text or "%" in text or not any(translated) or text in translated:
                        continue
                    if len(text.split()) >= 2:
                        phrases.add(text)
                    elif text.isalpha() and len(text) > 3:
                        words.add(text)
    return phrases, words


def found(phrases: set[str], text: str) -> list[str]:
    """The phrases in `text`, also where a page capitalised their first letter (labels, headings)."""
    return sorted(p for p in phrases if any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)
                                            for v in {p, p[:1].upper() + p[1:]}))


def labels(chrome: str) -> set[str]:
    """Each line of the page's own words as a whole label ("Historik", "Navn:"), in its forms without a capital."""
    lines = {line.strip().rstrip(":").strip() for line in chrome.splitlines()}
    return {form for line in lines if line for form in (line, line[:1].lower() + line[1:])}


@pytest.mark.e2e
def test_the_main_pages_show_no_english_in_the_danish_ui(transactional_db, page):
    load_demo()
    phrases, words = english_phrases()
    assert len(phrases) > 300  # the catalogues were read
    log_in_as(page, "coordinator", "coordinator")
    english = {}
    for name, path in demo_pages():
        response = page.goto(path)
        assert response.ok, f"{name} ({path}) answered {response.status}"
        text = page.title() + "\n" + page.locator("body").inner_text()
        # (the language switch names the other language in that language: lang="en" is not English by mistake)
        chrome = "\n".join(page.locator(CHROME).evaluate_all(
            "els => els.filter(el => !el.closest('[lang]:not([lang=da])')).map(el => el.innerText)"))
        hits = found(phrases, text) + sorted(words & labels(chrome)) + IDENTIFIER.findall(text)
        if hits:
            english[name] = hits
    assert not english, "\n".join(f"{name}: {hits}" for name, hits in english.items())
