"""Round 8: 'already a member' idioms ('sedan tidigare', 'fra tidligere', 'fra før') say the membership holds now;
'tidigare/tidligere medlem' alone still says it has ended. Texts of our own."""

import pytest

from .found import names


def _networks(text: str) -> list[str]:
    return names(text, "network")


@pytest.mark.parametrize("text", [
    "Kommunen är sedan tidigare medlem i Eurocities och i Energy Cities.",
    "Kommunen er fra tidligere medlem av Eurocities og Energy Cities.",
])
def test_already_a_member_is_a_membership(text):
    assert _networks(text) == ["Energy Cities", "Eurocities"]


@pytest.mark.parametrize("text", [
    "Kommunen är tidigare medlem i Eurocities och i Energy Cities.",
    "Kommunen var tidligere medlem af Eurocities og Energy Cities.",
])
def test_a_former_member_is_no_membership(text):
    assert _networks(text) == []
