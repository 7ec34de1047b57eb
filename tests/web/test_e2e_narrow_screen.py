"""A phone-sized screen (390 px): the menu folds behind a button, and no main page scrolls sideways."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import save_screenshot
from udsyn.demo.loader import load_demo

from .pages import demo_pages, log_in_as

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="da-DK", viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def sideways_overflow(page) -> list[str]:
    """The page's width beyond the screen, with the widest elements that stick out (to say what to fix)."""
    return page.evaluate("""() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return [];
        return [...document.querySelectorAll('body *')]
          .filter(el => el.getBoundingClientRect().right > width + 1)
          .slice(0, 5).map(el => el.tagName.toLowerCase() + '.' + el.className + ' → ' +
                            Math.round(el.getBoundingClientRect().right) + ' px');
    }""")


@pytest.mark.e2e
def test_the_menu_folds_behind_a_button_on_a_phone(transactional_db, phone):
    load_demo()
    log_in_as(phone, "coordinator", "coordinator")
    menu = phone.get_by_role("navigation", name="Hovedmenu")
    button = phone.get_by_role("button", name="Menu")
    expect(menu).to_be_hidden()
    expect(button).to_have_attribute("aria-expanded", "false")

    button.click()
    expect(menu).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "true")
    save_screenshot(phone, "phone-menu-open")
    menu.get_by_role("link", name="Projekter").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Projekter")
    expect(phone.get_by_role("navigation", name="Hovedmenu")).to_be_hidden()  # folded again on the next page

    phone.set_viewport_size({"width": 1366, "height": 768})  # a wide screen shows the menu without a button
    expect(menu).to_be_visible()
    expect(button).to_be_hidden()


@pytest.mark.e2e
def test_no_main_page_scrolls_sideways_on_a_phone(transactional_db, phone):
    load_demo()
    log_in_as(phone, "coordinator", "coordinator")
    too_wide = {}
    for name, path in demo_pages():
        response = phone.goto(path)
        assert response.ok, f"{name} ({path}) answered {response.status}"
        phone.wait_for_load_state("networkidle")
        overflow = sideways_overflow(phone)
        if overflow:
            too_wide[name] = overflow
            save_screenshot(phone, f"phone-too-wide-{name}")
    assert not too_wide, "\n".join(f"{name}: {', '.join(where)}" for name, where in too_wide.items())
