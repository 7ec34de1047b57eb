"""A laptop's screen (1280 px): no table of a main page is cut off at its right edge (the projects list's last
column, the fee table of the money charts), and no page scrolls sideways."""

from __future__ import annotations

import pytest

from conftest import save_screenshot
from udsyn.demo.loader import load_demo

from .pages import demo_pages, log_in_as

LAPTOP = {"width": 1280, "height": 800}


def cut_off(page) -> list[str]:
    """Boxes that hide part of their content sideways (a table wider than its card), and the page's own width."""
    return page.evaluate("""() => {
        const out = [];
        const page = document.documentElement;
        if (page.scrollWidth > page.clientWidth) out.push('page ' + page.scrollWidth + ' px');
        for (const el of document.querySelectorAll('main *')) {
            const style = getComputedStyle(el);
            if (!['auto', 'scroll', 'hidden'].includes(style.overflowX) || !el.querySelector('table')) continue;
            if (el.scrollWidth > el.clientWidth + 1)
                out.push(el.tagName.toLowerCase() + '.' + el.className + ' shows ' + el.clientWidth + ' of ' +
                         el.scrollWidth + ' px');
        }
        return out;
    }""")


@pytest.mark.e2e
def test_no_table_of_a_main_page_is_cut_off_on_a_laptop(transactional_db, page):
    load_demo()
    page.set_viewport_size(LAPTOP)
    log_in_as(page, "coordinator", "coordinator")
    hidden = {}
    for name, path in demo_pages():
        response = page.goto(path)
        assert response.ok, f"{name} ({path}) answered {response.status}"
        page.wait_for_load_state("networkidle")
        found = cut_off(page)
        if found:
            hidden[name] = found
            save_screenshot(page, f"laptop-cut-off-{name}")
    assert not hidden, "\n".join(f"{name}: {', '.join(where)}" for name, where in hidden.items())


@pytest.mark.e2e
@pytest.mark.parametrize("language", ["da", "en"])
def test_the_menu_is_one_line_on_a_laptop(transactional_db, page, language):
    """Twelve sections on one line at 1280 px: a lone section wrapped onto a second line reads as a different menu."""
    load_demo()
    page.set_viewport_size(LAPTOP)
    log_in_as(page, "coordinator", "coordinator")
    page.goto("/projects/")
    if language == "en":
        page.locator("form.language button[value=en]").click()
        page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == language
    items = page.locator(".main-nav li").count()
    assert items >= 10, f"the menu has {items} sections"
    wrapped = []
    # on every section's own page: the current section is marked, and the mark must not widen it
    for path in page.eval_on_selector_all(".main-nav a", "links => links.map(a => a.getAttribute('href'))"):
        page.goto(path)
        rows = page.evaluate("""() => new Set([...document.querySelectorAll('.main-nav li')]
            .map(li => Math.round(li.getBoundingClientRect().top))).size""")
        if rows != 1:
            wrapped.append(f"{path}: {rows} lines")
            save_screenshot(page, f"laptop-menu-{language}-{path.strip('/').replace('/', '-') or 'home'}")
    assert not wrapped, f"the menu wraps in {language} on " + ", ".join(wrapped)
