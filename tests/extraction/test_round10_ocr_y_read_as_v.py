"""A scanner reads y as v, its tail lost ('Bvdgoszcz', 'Nvköping'): in a damaged document a town name that is no
word and no place becomes the one town of some size a v -> y substitution makes of it; known towns and words stay."""

from __future__ import annotations

import pytest

from udsyn.extraction.ocrplaces import repair_place


@pytest.mark.parametrize("damaged,town", [
    ("Bvdgoszcz", "Bydgoszcz"), ("Nvköping", "Nyköping"), ("Hvvinkää", "Hyvinkää"), ("Olvmpia", "Olympia"),
])
def test_y_read_as_v(damaged, town):
    assert repair_place(damaged) == town


@pytest.mark.parametrize("name", ["Ravenna", "Vaasa", "Veile", "Kvarken", "Hvalsø"])
def test_a_v_that_is_a_v_stays(name):
    assert repair_place(name) in (None, name)


@pytest.mark.parametrize("damaged,town,rest", [
    ("Bvdgoszcz", "Bydgoszcz", "Vores venskabsby Bydgoszcz sendte et kor. Koret fra Bydgoszcz sang i kirken."),
    ("Nvköping", "Nyköping", "Vänorten Nyköping skickade en kör. Kören från Nyköping sjöng i kyrkan."),
    ("Olvmpia", "Olympia", "Vennskapsbyen Olympia sendte et kor. Koret fra Olympia sang i kirken."),
])
def test_a_little_damaged_scan_spelling_the_town_right_elsewhere(damaged, town, rest):
    from tests.extraction.found import names

    text = f"Kommunen har siden 1995 haft et samarbejde med {damaged} om skoler og kultur.\n\n{rest}\n"
    assert damaged not in names(text, "partner")
    assert town in names(text, "partner")
