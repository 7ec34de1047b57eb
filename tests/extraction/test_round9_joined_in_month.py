"""Round 9: a membership cue with a month and year before the name ("tilsluttede sig i marts 2025 X", "joined in
March 2025 X") names the network after the date. Texts of our own."""

import pytest

from udsyn.extraction import extract_bytes


@pytest.mark.parametrize("text", [
    "Status\n\nKommunen tilsluttede sig i marts 2025 Cities for Quiet Harbours, et netværk af byer ved havet.",
    "Status\n\nThe town joined in May 2024 Cities for Quiet Harbours.",
    "Status\n\nThe council joined in March 2025 Cities for Quiet Harbours, a network of towns by the sea.",
    "Status\n\nKommunen tilsluttede sig i 2025 Cities for Quiet Harbours, et netværk af byer ved havet.",
])
def test_joined_with_month_and_year(text):
    records = extract_bytes(text.encode(), "a.txt").records
    assert [r.name for r in records if r.type == "network"] == ["Cities for Quiet Harbours"]
